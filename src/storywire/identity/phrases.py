"""Nominative forms of multi-word Cyrillic names of organisations and places.

Only the head noun and the adjectives that agree with it inflect; what follows the head is
a complement in its own case and stays: "Верховної Ради" -> "Верховна Рада", "Міністерства
закордонних справ" -> "Міністерство закордонних справ", "Збройних сил України" -> "Збройні
сили України".  Lemmatising every word alone gave "Міністерство закордонний справа".
"""

from __future__ import annotations

from typing import Any


def recase(lemma: str, original: str) -> str:
    """`lemma` with the capitals of `original`, part by part across hyphens ("Нью-Йорк")."""
    parts, shape = lemma.split("-"), original.split("-")
    if len(parts) != len(shape):
        shape = shape[:1]
    return "-".join(
        p[:1].upper() + p[1:] if i < len(shape) and shape[i][:1].isupper() else p for i, p in enumerate(parts)
    )


def nominative_phrase(tokens: list[str], analyser: Any) -> list[str] | None:
    """The phrase in the nominative, or None when it does not read as adjectives + noun + rest."""
    parses = [analyser.parse(token) for token in tokens]
    head = None
    for i, (token, readings) in enumerate(zip(tokens, parses, strict=True)):
        if token.isupper():
            return list(tokens) if i == 0 else None  # an acronym is the head ("МЗС України")
        if not readings:
            return None
        if i + 1 < len(tokens) and any("ADJF" in p.tag for p in readings):
            continue  # "Білого" before "дому" is the adjective, not the noun "біле"
        if any("NOUN" in p.tag for p in readings):
            head = i
            break
        return None
    if head is None:
        return None
    adjectives = parses[:head]
    nouns = [p for p in parses[head] if "NOUN" in p.tag]
    # The reading the adjectives agree with; without them, the singular ("Ради" is the
    # genitive of "Рада", not the plural "рад").
    reading = max(
        nouns, key=lambda p: (sum(_agreeing(r, p) is not None for r in adjectives), _number(p) == "sing", p.score)
    )
    if any(_agreeing(r, reading) is None for r in adjectives):
        return _substantive_head(tokens, parses)  # "збірною Англії": the adjective is the noun
    number = _number(reading)
    wanted = {"nomn"} | ({reading.tag.gender} if number == "sing" and reading.tag.gender else {"plur"})
    out = list(tokens)
    inflected = reading.inflect({"nomn"})
    if inflected is not None:
        out[head] = recase(str(inflected.word), tokens[head])
    for i, readings in enumerate(adjectives):
        agreeing = _agreeing(readings, reading)
        form = agreeing.inflect(wanted) if agreeing is not None else None
        if form is not None:
            out[i] = _keep_hyphenated_start(recase(str(form.word), tokens[i]), tokens[i])
    return out


def _substantive_head(tokens: list[str], parses: list[list[Any]]) -> list[str] | None:
    """An adjective used as a noun heads the phrase ("сборная", "збірна"): it alone inflects."""
    first = next((p for p in parses[0] if "ADJF" in p.tag), None)
    form = first.inflect({"nomn"}) if first is not None else None
    if form is None:
        return None
    return [recase(str(form.word), tokens[0]), *tokens[1:]]


def _number(parse: Any) -> str:
    # the Ukrainian dictionaries leave the singular unmarked
    return str(parse.tag.number or "sing")


def _agreeing(readings: list[Any], noun: Any) -> Any | None:
    from storywire.stages.ner.morph import agree

    return next((p for p in readings if "ADJF" in p.tag and agree(p.tag, noun.tag)), None)


def _keep_hyphenated_start(form: str, original: str) -> str:
    # pymorphy may lower-case the second half of "Військово-промислової"; keep the writer's
    # own first part and take only the inflected ending
    if "-" not in original or "-" not in form:
        return form
    return original.rsplit("-", 1)[0] + "-" + form.rsplit("-", 1)[1]
