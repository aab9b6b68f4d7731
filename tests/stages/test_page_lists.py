"""Headline lists around the article (stages/page_lists.py), on pages written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storywire.model import Article
from storywire.stages.clean import clean, line_decisions
from storywire.stages.page_lists import HEADLINE_LIST, is_headline_shaped

# A site's list of other stories: some of them read like prose (a quotation, a headline with
# a full stop inside, a question), which is what kept them in the body before.
EN_LIST = [
    "Storm closes mountain roads across the northern valleys",
    "“We will not give up the harbour to the developers”, says the head of the fishermen's union",
    "Rail strike enters its second week. Talks between the unions and the ministry stall again",
    "Museum reopens after two years of repairs",
    "Why are the prices of bread and milk still rising in the capital this winter?",
    "Local team wins the regional final",
]
EN_HEADLINE = "City council approves the budget for the old bridges"
EN_LEAD = "The vote ends months of argument over who pays for the repairs."
EN_BODY = [
    "The city council approved the new budget on Monday after a long debate about "
    "the cost of public transport and the repair of old bridges.",
    "Opposition members said the plan did not do enough for the poorest districts, "
    "and they promised to bring the issue back to the council in the spring.",
    "The mayor said that the first works would begin in April and that the city would "
    "publish a detailed timetable on its website in the coming weeks.",
]


def _clean(lines: list[str], lang: str | None = None) -> Article:
    article = Article(id="t", raw="\n".join(lines), language_hint=lang)
    clean(article)
    return article


def _reason(article: Article, line: str) -> str | None:
    return next((r.reason for r in article.removed if r.text.strip() == line), None)


def _body(article: Article, headline: str) -> list[str]:
    """The kept paragraphs but the page's own headline, which is never a list item: without a
    publication line under it, it stays as the position rules left it (kept, when a list
    moved the body's start above it, or a related-list line)."""
    assert _reason(article, headline) != HEADLINE_LIST
    return [p for p in article.paragraph_texts() if p != headline]


def test_headline_list_before_article_is_removed() -> None:
    article = _clean([*EN_LIST, EN_HEADLINE, EN_LEAD, *EN_BODY])
    assert _body(article, EN_HEADLINE) == [EN_LEAD, *EN_BODY]
    for line in EN_LIST:
        assert _reason(article, line) in {HEADLINE_LIST, "related", "navigation", "headline"}
    # the prose-like items opened the body before; now they are the list's
    assert _reason(article, EN_LIST[2]) == HEADLINE_LIST
    assert _reason(article, EN_LIST[4]) == HEADLINE_LIST


def test_own_headline_over_publication_line_is_set_aside_as_headline() -> None:
    headline = "Council approves budget for the old bridges"
    lead = "The council voted on Monday to spend more on the repair of the old bridges in the city centre."
    dateline = "Published 3 March 2025 at 10:15"
    article = _clean([*EN_LIST, headline, lead, dateline, *EN_BODY])
    assert _reason(article, headline) == "headline"
    assert article.paragraph_texts()[0] == lead
    assert all(item not in article.text for item in EN_LIST)


def test_headline_list_after_article_is_removed() -> None:
    article = _clean([EN_HEADLINE, *EN_BODY, *EN_LIST])
    assert article.paragraph_texts() == EN_BODY
    assert _reason(article, EN_LIST[2]) == HEADLINE_LIST
    assert _reason(article, EN_LIST[4]) == HEADLINE_LIST


def test_lead_between_navigation_and_body_is_kept() -> None:
    lead = "Bridges come first, the mayor says."
    article = _clean(["Home", "World", "Europe", "Local news", "Share", lead, *EN_BODY])
    assert article.paragraph_texts() == [lead, *EN_BODY]


def test_short_lead_after_a_list_is_kept() -> None:
    # too short to read as prose, so the list's prose-like items opened the body before it
    lead = "Bridges come first, the mayor says."
    article = _clean([*EN_LIST, EN_HEADLINE, lead, *EN_BODY])
    assert _body(article, EN_HEADLINE) == [lead, *EN_BODY]
    assert _reason(article, EN_LIST[2]) == HEADLINE_LIST


def test_short_paragraph_and_subheading_inside_body_are_kept() -> None:
    short = "It was not enough."
    subheading = "What comes next for the bridges"
    lines = [EN_BODY[0], short, EN_BODY[1], subheading, EN_BODY[2]]
    article = _clean([*EN_LIST, EN_HEADLINE, *lines])
    assert _body(article, EN_HEADLINE) == lines


def test_bulleted_demands_inside_body_are_kept() -> None:
    demands = [
        "- The release of all the students detained since Friday.",
        "- An independent inquiry into the shootings in the main square.",
        "- New elections before the end of the year.",
    ]
    intro = "The protesters read out their demands to the crowd:"
    lines = [EN_BODY[0], intro, *demands, EN_BODY[1]]
    article = _clean([*EN_LIST, EN_HEADLINE, *lines, *EN_LIST[:3]])
    assert _body(article, EN_HEADLINE) == lines


def test_quoted_posts_after_the_article_stay() -> None:
    # posts quoted at the end of a blog post have a headline's shape but for their hashtags
    posts = [
        "HarbourWatch: The boats are back in the harbour tonight. Nobody expected them so soon #harbour",
        "CityReporter: Long queues at the bridge since this morning. The police are there #traffic",
        "AnnaK: Nobody told us that the road would close. We heard it on the radio #bridges",
        "TomB: Finally there is some money for the old bridge. It took them ten years #city",
    ]
    tweet = "The mayor says the works will start in April pic.twitter.com/abc123"
    attribution = "— City Hall (@cityhall) March 3, 2025"
    lines = [EN_BODY[0], tweet, attribution, *EN_BODY[1:], *posts]
    article = _clean([EN_HEADLINE, *lines])
    assert article.paragraph_texts() == lines
    assert [p.is_quote for p in article.paragraphs][:3] == [False, True, True]
    assert all(is_headline_shaped(p.split(" #")[0]) for p in posts)  # the hashtags keep them


PAGES = {
    "fr": (
        [
            "Tempête : les routes de montagne fermées dans les vallées du Nord",
            "« Nous ne céderons pas le port aux promoteurs », affirme le syndicat des pêcheurs",
            "La grève du rail entre dans sa deuxième semaine. Les discussions sont de nouveau au point mort",
            "Le musée rouvre après deux ans de travaux",
            "Pourquoi le prix du pain et du lait continue-t-il de monter dans la capitale cet hiver ?",
        ],
        "Le conseil municipal adopte le budget des vieux ponts",
        [
            "Le conseil municipal a adopté lundi le nouveau budget après un long débat sur le coût "
            "des transports publics et sur la réparation des vieux ponts de la ville.",
            "Les élus de l'opposition ont estimé que le plan ne faisait pas assez pour les quartiers "
            "les plus pauvres, et ils ont promis de revenir sur la question au printemps.",
        ],
    ),
    "es": (
        [
            "La tormenta cierra las carreteras de montaña en los valles del norte",
            "«No vamos a ceder el puerto a los promotores», dice el sindicato de pescadores",
            "La huelga del tren entra en su segunda semana. Las negociaciones vuelven a estancarse",
            "El museo reabre tras dos años de obras",
            "¿Por qué sigue subiendo el precio del pan y de la leche en la capital este invierno?",
        ],
        "El ayuntamiento aprueba el presupuesto para los puentes viejos",
        [
            "El pleno del ayuntamiento aprobó el lunes el nuevo presupuesto después de un largo debate "
            "sobre el coste del transporte público y la reparación de los puentes viejos.",
            "Los concejales de la oposición dijeron que el plan no hacía lo suficiente por los barrios "
            "más pobres, y prometieron volver a plantear la cuestión en la primavera.",
        ],
    ),
    "it": (
        [
            "La tempesta chiude le strade di montagna nelle valli del nord",
            "«Non cederemo il porto ai costruttori», dice il sindacato dei pescatori",
            "Lo sciopero dei treni entra nella seconda settimana. Le trattative sono di nuovo ferme",
            "Il museo riapre dopo due anni di lavori",
            "Perché il prezzo del pane e del latte continua a salire nella capitale quest'inverno?",
        ],
        "Il consiglio comunale approva il bilancio per i vecchi ponti",
        [
            "Il consiglio comunale ha approvato lunedì il nuovo bilancio dopo un lungo dibattito sul "
            "costo del trasporto pubblico e sulla riparazione dei vecchi ponti della città.",
            "I consiglieri dell'opposizione hanno detto che il piano non fa abbastanza per i quartieri "
            "più poveri, e hanno promesso di riportare la questione in consiglio in primavera.",
        ],
    ),
    "de": (
        [
            "Sturm sperrt die Bergstraßen in den nördlichen Tälern",
            "„Wir geben den Hafen nicht an die Investoren ab“, sagt die Gewerkschaft der Fischer",
            "Der Bahnstreik geht in die zweite Woche. Die Gespräche stocken wieder",
            "Das Museum öffnet nach zwei Jahren Umbau wieder",
            "Warum steigen die Preise für Brot und Milch in der Hauptstadt auch in diesem Winter?",
        ],
        "Stadtrat beschließt den Haushalt für die alten Brücken",
        [
            "Der Stadtrat hat am Montag nach einer langen Debatte über die Kosten des Nahverkehrs und "
            "die Reparatur der alten Brücken den neuen Haushalt beschlossen.",
            "Die Opposition sagte, dass der Plan nicht genug für die ärmeren Viertel tue, und sie "
            "kündigte an, die Frage im Frühjahr wieder in den Rat zu bringen.",
        ],
    ),
    "en": (EN_LIST, EN_HEADLINE, EN_BODY),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_headline_lists_in_other_languages(lang: str) -> None:
    items, headline, body = PAGES[lang]
    before = _clean([*items, headline, *body], lang)
    assert _body(before, headline) == body
    assert any(_reason(before, item) == HEADLINE_LIST for item in items)
    assert not any(item in before.text for item in items)
    after = _clean([headline, *body, *items], lang)
    assert after.paragraph_texts() == body
    assert any(_reason(after, item) == HEADLINE_LIST for item in items)


@pytest.mark.parametrize(
    ("text", "shaped"),
    [
        ("Rail strike enters its second week. Talks stall again", True),
        ("« Il faut refonder la politique des transports »", True),
        ("¿Por qué sube el precio del pan?", True),
        ("The council approved the budget on Monday.", False),  # a closing full stop
        ("The protesters read out their demands:", False),
        ("- An independent inquiry into the shootings", False),  # a bullet
        ("@anna_k: Nobody told us the road would close", False),  # a post
        ("Home", False),  # too short
        ("Un soldado hace guardia ante el museo | AP", False),  # a caption with its credit
        ("the rest of a wrapped sentence without its start", False),
    ],
)
def test_is_headline_shaped(text: str, shaped: bool) -> None:
    assert is_headline_shaped(text) is shaped


POOL = [*EN_LIST, EN_HEADLINE, EN_LEAD, *EN_BODY, "Share", "Home", "- The release of all detained students.", ""]


@settings(max_examples=120, deadline=None)
@given(st.lists(st.sampled_from(POOL), max_size=16))
def test_one_decision_per_line_and_body_never_a_list(lines: list[str]) -> None:
    raw = "\n".join(lines)
    decisions = line_decisions(raw)
    assert [d.line_no for d in decisions] == [i for i, line in enumerate(raw.splitlines(), 1) if line]
    article = Article(id="p", raw=raw)
    clean(article)
    assert article.raw == raw
    for r in article.removed:
        if r.text in EN_BODY:
            assert r.reason not in {HEADLINE_LIST, "headline"}
