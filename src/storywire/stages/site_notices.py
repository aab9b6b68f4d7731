"""A site's notices about itself: cookie consent, paywalls, sign-in prompts.

They stand where a lead would (a failed scrape may keep nothing else) and read like prose, so
the cleaner's stop-word test keeps them, and title inference then takes "We use cookies to ..."
for the article's headline.  What gives them away is that the site speaks of itself and its
reader: "we use cookies", "this website uses cookies", "your complimentary access", "subscribe
to continue reading".  A news paragraph about cookie rules ("websites must ask before they use
cookies") names no first person and stays.
"""

from __future__ import annotations

import re

CONSENT = "consent"
PAYWALL = "paywall"

_CONSENT_MAX = 900  # a banner is a paragraph at most
_PAYWALL_MAX = 400

_COOKIE = re.compile(
    r"cookie|çerez|ciasteczk|куки|ملفات تعريف الارتباط|الكوكيز|ملفات الارتباط",
    re.IGNORECASE,
)
# The site speaking of itself: a first-person plural, or "this site/page" as its subject.
_SITE_SPEAKS = re.compile(
    r"\b(?:we|our|wir|unsere[mnrs]?|nous|notre|nos|utilizamos|usamos|nuestr[oa]s?|utilizziamo|usiamo|"
    r"nostr[oaie]|używamy|stosujemy|wykorzystujemy|nasz\w*|мы|ми|наш\w*|використовуємо|используем|"
    r"sitemiz\w*|kullanıyoruz|faydalanıyoruz|this (?:web)?site|diese (?:web)?seite|dieses? (?:web)?(?:seite|angebot)|"
    r"ce site|este sitio|questo sito|ta strona|этот сайт|цей сайт)\b"
    r"|نستخدم|موقعنا|我们|本网站",
    re.IGNORECASE,
)
# ... about its pages: a baker's "our cookies sell out by nine" names no website.
_WEB = re.compile(
    r"web|site|seite|sitio|sito|strona|witryn|сайт|naveg|navig|brows|internet|موقع|网站|网页", re.IGNORECASE
)
_PAYWALL = re.compile(
    r"complimentary access|free articles? (?:this|per|a) month|"
    r"(?:subscribe|sign in|log in|register) (?:now )?to (?:continue|keep) (?:reading|viewing)|"
    r"to continue (?:reading|viewing) (?:this|content|on)|you(?:'ve| have) reached (?:your|the) (?:limit|maximum)|"
    r"already a subscriber|subscribers only|"
    r"réservée? aux abonnés|abonnez-vous pour (?:lire|continuer)|déjà abonné|il vous reste \d+ articles?|"
    r"nur für abonnenten|bereits abonnent|jetzt abonnieren und weiterlesen|"
    r"(?:última|ultima) noticia por ver|exclusivo para suscriptores|ya eres suscriptor|"
    r"suscríbete para (?:seguir leyendo|continuar)|iniciar sesión tienes que aceptar|"
    r"riservato agli abbonati|abbonati per continuare|sei già abbonato|"
    r"dostępny tylko dla (?:subskrybentów|prenumeratorów)|wykup (?:subskrypcję|dostęp)|"
    r"только для подписчиков|оформите подписку|лише для передплатників|оформіть передплату|"
    r"للمشتركين فقط",
    re.IGNORECASE,
)


# A subscription offer standing alone as a button or banner ("2 MESES GRATIS"); in a sentence
# it may be news about an offer.
_OFFER_MAX = 40
_OFFER = re.compile(
    r"\b\d+\s+(?:meses|months|mois|mesi|monate|miesi[ąę]c\w*|месяц\w*|місяц\w*)\s+"
    r"(?:gratis|free|gratuits?|gratuiti|kostenlos|za darmo|бесплатно|безкоштовно)\b",
    re.IGNORECASE,
)


def site_notice(text: str) -> str | None:
    """`CONSENT`, `PAYWALL` or None for one block of a page."""
    if len(text) <= _PAYWALL_MAX and _PAYWALL.search(text):
        return PAYWALL
    if len(text) <= _OFFER_MAX and _OFFER.search(text):
        return PAYWALL
    if len(text) <= _CONSENT_MAX and _COOKIE.search(text) and _SITE_SPEAKS.search(text) and _WEB.search(text):
        return CONSENT
    return None
