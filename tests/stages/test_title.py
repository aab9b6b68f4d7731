from __future__ import annotations

from storywire.model import Article, RemovedLine, Sentence
from storywire.stages.title import dateline_headline, infer_title, representative_titles


def test_most_repeated_headline_wins_over_site_prefixed_one() -> None:
    article = Article(id="a", raw="", text="Body.")
    article.removed = [
        RemovedLine("Wire - Talks in Beijing", "headline", 1),
        RemovedLine("Talks in Beijing", "headline", 3),
        RemovedLine("Talks in Beijing", "headline", 5),
        RemovedLine("RELX 2.12%", "ticker", 2),
    ]
    infer_title(article)
    assert article.title == "Talks in Beijing" and article.provenance[-1].stage == "infer_title"


def test_given_title_is_kept_and_lead_sentence_is_the_fallback() -> None:
    given = Article(id="g", raw="", text="Body.", title="Given")
    infer_title(given)
    assert given.title == "Given" and not given.provenance
    long_text = "Sergei Shoigu met Wang Yi in Beijing " * 10
    article = Article(id="b", raw="", text=long_text, sentences=[Sentence(0, len(long_text), 0)])
    infer_title(article)
    assert article.title is not None and len(article.title) <= 140 and article.title.endswith("…")


def test_the_headline_that_shares_the_leads_words_beats_a_pages_other_headlines() -> None:
    lead = "El presidente de Egipto encara el reto de una rebelión de jueces, que lo acusaron este sábado."
    article = Article(id="c", raw="", text=lead)
    article.removed = [
        RemovedLine("Fase de Alarma por intensas lluvias para la costa", "headline", 1),  # another article's teaser
        RemovedLine("Jueces plantan frente al presidente egipcio", "headline", 2),
        RemovedLine("Correo (no será publicado):", "headline", 9),  # a comment form
    ]
    infer_title(article)
    assert article.title == "Jueces plantan frente al presidente egipcio"


def test_a_storys_title_is_the_headline_its_members_share_most() -> None:
    members: list[tuple[str | None, str | None]] = [
        ("fr", "à Le Caire (AFP)"),  # the earliest member's odd headline
        ("fr", "Egypte : des dizaines de milliers de manifestants contre Morsi"),
        ("fr", "Egypte : manifestations monstres contre Morsi au Caire"),
        ("es", "Miles de manifestantes contra Morsi en Egipto"),
        ("en", None),
    ]
    titles = representative_titles(members)
    assert set(titles) == {"fr", "es"} and titles["es"] == "Miles de manifestantes contra Morsi en Egipto"
    assert titles["fr"].startswith("Egypte :")  # either headline the others echo, never the AFP line
    assert representative_titles([("de", "Erst"), ("de", "Zweit")]) == {"de": "Erst"}  # ties: the earliest


def test_when_no_headline_shares_a_word_with_the_lead_the_lead_is_the_title() -> None:
    lead = "Rebel fighters advanced on the coastal town overnight, commanders said on Sunday morning."
    article = Article(id="d", raw="", text=lead, sentences=[Sentence(0, len(lead), 0)])
    article.removed = [RemovedLine("Politburo met to discuss the party congress document", "headline", 1)]
    infer_title(article)
    assert article.title == lead


def test_a_teaser_repeated_on_a_sites_pages_does_not_support_itself() -> None:
    teaser = "El ayuntamiento aprueba el nuevo plan de aparcamiento del centro"  # written for this test
    members: list[tuple[str | None, str | None]] = [("es", teaser)] * 4 + [
        ("es", "Los rebeldes libios avanzan hacia Trípoli"),
        ("es", "Los rebeldes entran en Trípoli"),
    ]
    assert representative_titles(members)["es"] != teaser


_LIST_PAGE = """Printemps : sept magasins ferment leurs portes
Pourquoi les abeilles quittent-elles les villes ?
« Les institutions européennes ne peuvent pas oublier la jeunesse une nouvelle fois »
Cinq recettes qui subliment le beurre
Services Le Journal
Le barrage de Mossoul menace de céder, selon les ingénieurs
Les ingénieurs irakiens et américains estiment que le barrage de Mossoul pourrait céder.
Le Journal avec AFP Publié le 8 mars 2016 à 15h47 - Mis à jour le 8 mars 2016 à 18h15
Le barrage de Mossoul, sur le Tigre, retient onze milliards de mètres cubes. Les ingénieurs
craignent que ses fondations ne cèdent avant l'été, ce qui menacerait la ville de Mossoul.
"""


def test_the_headline_above_the_pages_publication_line() -> None:
    # a scraped page opens with its site's list of other headlines, some of them sentences
    assert dateline_headline(_LIST_PAGE) == "Le barrage de Mossoul menace de céder, selon les ingénieurs"
    article = Article(id="a", raw=_LIST_PAGE, text=_LIST_PAGE)
    infer_title(article)
    assert article.title == "Le barrage de Mossoul menace de céder, selon les ingénieurs"


def test_no_headline_without_a_dateline_or_words_in_common() -> None:
    assert dateline_headline("Un titre sans date du tout\nUn paragraphe qui suit.") is None
    # prose mentioning a publication is no dateline
    assert dateline_headline("Le rapport annuel des ingénieurs\nIl a été publié le 3 mars 2016.") is None
    # a teaser with its own date under it shares nothing with what follows
    teaser = "Cinq recettes qui subliment le beurre\nPublié le 8 mars 2016\nLe barrage de Mossoul retient l'eau."
    assert dateline_headline(teaser) is None


def test_a_publication_line_is_never_the_title() -> None:
    lead = "Il 10 settembre il parlamento ha approvato la riforma della legge elettorale con un ampio voto."
    article = Article(id="e", raw="", text=lead, sentences=[Sentence(0, len(lead), 0)])
    article.removed = [RemovedLine("Giovedì • 10 Settembre 2015 • Aggiornato alle 14:54", "headline", 1)]
    infer_title(article)
    assert article.title == lead  # it shares "settembre" with the lead, but dates the page
