"""Site notices: cookie banners and paywalls are told from news about cookies and paywalls.

Every text here is written for these tests."""

from __future__ import annotations

import pytest

from storywire.model import Article
from storywire.stages.clean import clean
from storywire.stages.site_notices import CONSENT, PAYWALL, site_notice


@pytest.mark.parametrize(
    "text",
    [
        "We use cookies to give you the best experience on our website. By continuing you agree.",
        "Wir verwenden auf unserer Webseite Cookies, um unser Angebot nutzerfreundlich zu gestalten.",
        "Diese Seite verwendet Cookies. Mit der Nutzung der Seite stimmen Sie dem zu.",
        "Nous utilisons des cookies pour améliorer votre expérience sur notre site.",
        "Utilizamos cookies propias y de terceros para mejorar nuestros servicios y su navegación.",
        "Questo sito utilizza cookie tecnici e di profilazione.",
        "Używamy plików cookie, aby nasza strona działała poprawnie.",
        "Мы используем файлы cookie, чтобы сайт работал лучше.",
        "Sizlere daha iyi hizmet sunabilmek için sitemizde çerezlerden faydalanıyoruz.",
        "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا.",
    ],
)
def test_cookie_banners_are_consent_notices(text: str) -> None:
    assert site_notice(text) == CONSENT


@pytest.mark.parametrize(
    "text",
    [
        "We hope you have enjoyed your complimentary access for the month.",
        "Subscribe now to continue reading this article.",
        "Cet article est réservé aux abonnés.",
        "Dieser Beitrag ist nur für Abonnenten verfügbar.",
        "Esta es tu última noticia por ver este mes.",
        "Contenuto riservato agli abbonati.",
        "Материал доступен только для подписчиков.",
        "2 MESES GRATIS",
        "3 months free",
    ],
)
def test_paywall_notices(text: str) -> None:
    assert site_notice(text) == PAYWALL


@pytest.mark.parametrize(
    "text",
    [
        # news about cookies names no first person
        "The court ruled that websites must ask visitors before they store cookies on their devices.",
        # a first person about cookies, but no website: a baker
        '"Our cookies sell out by nine every morning," said the baker, who opened the shop in 1998.',
        # a first person on a website, but no cookies
        "We will publish the full report on our website next week, the ministry said.",
        # a paywall in the news, not on the page
        "The newspaper introduced a paywall last year and now counts 200,000 subscribers.",
        # an offer in the news, in a sentence
        "The operator will give new customers 3 months free from January, the company said.",
    ],
)
def test_news_about_cookies_and_paywalls_is_no_notice(text: str) -> None:
    assert site_notice(text) is None


def test_a_banner_before_the_article_is_removed_with_its_reason() -> None:
    raw = (
        "Harbour strike ends after pay deal\n\n"
        "We use cookies and similar technologies on our website to offer you the full range of our "
        "services and to measure how the site is used. You can change your settings at any time.\n\n"
        "Dock workers at the port ended a five-day strike on Friday after their union and the employers "
        "agreed on a pay rise of six percent over two years, the union said.\n\n"
        "The strike had left more than forty container ships waiting outside the harbour, and the port "
        "authority said it would take about a week to clear the backlog."
    )
    article = Article(id="banner", raw=raw)
    clean(article)
    assert article.text.startswith("Dock workers")
    assert (CONSENT, "We use cookies") in [(r.reason, r.text[:14]) for r in article.removed]
