"""Person mentions repaired from the article's own full names before linking
(stages/person_mentions.py), through `link`: a shouted or mistyped surname, a lone place
typed as a person, German genitives and the nouns they own."""

from __future__ import annotations

from linked_articles import make

from storywire.identity.registry import EntityRegistry
from storywire.model import Article, Mention, Paragraph
from storywire.stages.link import link


def test_the_noun_after_a_german_genitive_is_no_person() -> None:
    text = "Sergei Schoigu reiste nach Peking. Schoigus Besuch dauerte zwei Tage. Dieser Besuch war kurz."
    article = Article(id="de", raw=text, text=text, language="de", paragraphs=[Paragraph(0, len(text), "de")])
    for surface, model in (("Sergei Schoigu", "neural:de"), ("Schoigus Besuch", "neural:de"), ("Besuch", "propagated")):
        start = text.index(surface, text.index("Dieser") if model == "propagated" else 0)
        article.mentions.append(Mention(start, start + len(surface), surface, "PER", model=model))
    reg = EntityRegistry()
    link(article, reg)
    assert [m.text for m in article.mentions] == ["Sergei Schoigu", "Schoigus"]
    assert len({m.entity_id for m in article.mentions}) == 1


def test_shouted_or_mistyped_surname_joins_the_person_named_in_full() -> None:
    reg = EntityRegistry()
    art = make("x", "fr", [("Sergueï Choïgou", "PER"), ("SHOIGU", "ORG"), ("Shoigu", "LOC"), ("Pékin", "LOC")])
    link(art, reg)
    assert [m.type for m in art.mentions] == ["PER", "PER", "PER", "LOC"]
    assert len({reg.resolve(m.entity_id or "") for m in art.mentions[:3]}) == 1
    # without the full name in the article nothing is retyped: "Ford" may be the company
    other = make("y", "en", [("FORD", "ORG"), ("Ford", "ORG")])
    link(other, reg)
    assert [m.type for m in other.mentions] == ["ORG", "ORG"]


def test_german_genitive_is_the_person_or_place() -> None:
    reg = EntityRegistry()
    art = make(
        "de",
        "de",
        [("Sergej Schoigu", "PER"), ("Schoigus Besuch", "PER"), ("Moskaus Position", "PER"), ("Schoigus", "PER")],
    )
    link(art, reg)
    assert [(m.text, m.type) for m in art.mentions] == [
        ("Sergej Schoigu", "PER"), ("Schoigus", "PER"), ("Moskaus", "LOC"), ("Schoigus", "PER"),
    ]  # fmt: skip
    assert len({reg.resolve(m.entity_id or "") for m in art.mentions if m.type == "PER"}) == 1
    assert reg.get(art.mentions[2].entity_id or "").name == "Moscow"  # type: ignore[union-attr]
    shoigu = reg.get(art.mentions[0].entity_id or "")
    assert shoigu is not None and "Schoigu" in shoigu.aliases["de"]


def test_lone_place_name_typed_person_is_the_place() -> None:
    reg = EntityRegistry()
    art = make("de", "de", [("Kiew", "PER"), ("Chinas", "PER"), ("Olaf Scholz", "PER"), ("Scholz", "PER")])
    link(art, reg)
    assert [m.type for m in art.mentions] == ["LOC", "LOC", "PER", "PER"]
    assert reg.get(art.mentions[1].entity_id or "").name == "China"  # type: ignore[union-attr]
