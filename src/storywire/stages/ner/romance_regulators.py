"""Italian and Spanish regulators, agencies, regional ministries and unions by their shape.

* A body whose official name runs in lower case up to its acronym in brackets ("Autorità per le
  garanzie nelle comunicazioni (Agcom)", "Agencia Estatal de Seguridad Aérea (AESA)"): the rules
  stop at the first "per"/"de"; the acronym, opening with the head's letter, closes the name.
* A neural span run from such a name over its parent ("Empresa Nacional de X (Enx), dependiente
  del Ministerio de Y"): cut at the bracket; the parent is left to the ministry pass.
* A Spanish regional ministry with its list of portfolios ("Conselleria de Educación, Cultura y
  Deporte de la Generalitat"): one ORG, and its government after it another (a body and its
  parent are two).
* An Italian union named in lower case ("Sindacato pensionati italiani"), which the rules read as
  the word "Sindacato" alone; an Italian town whose name holds its article ("L'Aquila") after an
  elided preposition ("all'Aquila" -> "Aquila"); "al" run into a body's name ("al Corecom
  Lazio"); a given name joined by "e" to a brother's full name ("Marco e Luigi Bianchi").

Each rule looks only where its cue character or word stands.
"""

from __future__ import annotations

import re

from storywire.identity.given_names import given_names
from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.gazetteer import place_names
from storywire.stages.ner.ministries import with_ministries

MODEL = "romance-body"
_CAP = r"[A-ZÀ-ÖØ-Þ][\w’'-]*"
_HEADS = {
    "it": "Autorità|Agenzia|Istituto|Ente|Ufficio|Comitato|Commissione|Osservatorio|Garante|Fondo|Servizio",
    "es": "Autoridad|Agencia|Instituto|Empresa|Entidad|Comisión|Oficina|Consejo|Fondo|Centro|Servicio|Sociedad",
}
# head, then up to ten words (lower-case or capitalised, no punctuation), then "(Acronym)"
_BRACKETED = {
    lang: re.compile(rf"(?<![\w-])(?P<head>{heads})(?: [\w’'-]+){{1,10}} \((?P<acr>[A-Z][A-Za-z]{{1,9}})\)")
    for lang, heads in _HEADS.items()
}
_FUNCTION_ENDS = frozenset({"di", "del", "della", "delle", "per", "e", "de", "la", "las", "los", "y", "en", "nelle"})


def _bracketed_bodies(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """A body named in lower case up to its acronym ("Autorità per le garanzie nelle comunicazioni
    (Agcom)"): one ORG when the acronym opens with the head's letter; a span run past the bracket
    is cut."""
    pattern = _BRACKETED.get(language)
    if pattern is None or " (" not in text:
        return mentions
    spans: list[tuple[int, int]] = []
    cut_at: dict[int, int] = {}
    for found in pattern.finditer(text):
        name = text[found.start() : found.start("acr") - 2]
        if found["acr"][0] != found["head"][0] or name.rsplit(" ", 1)[-1] in _FUNCTION_ENDS:
            continue
        spans.append((found.start(), found.start("acr") - 2))
        cut_at[found.start()] = found.end()
    if not spans:
        return mentions
    out = []
    cut = False
    for m in mentions:
        # a model's span from the name over its bracket and beyond ("(Enisa), dependiente del ...")
        if m.start in cut_at and m.end > cut_at[m.start] and m.type != "PER":
            cut = True
            continue
        out.append(m)
    out = claimed_spans(text, out, spans, "ORG", MODEL, 0.8, _starts_before)
    # the acronym names the body in the whole article ("pidió a Enisa" read as a woman)
    acronyms = {text[end + 2 : cut_at[start] - 1] for start, end in spans}
    for m in out:
        if m.text in acronyms and m.type in ("PER", "LOC", "MISC"):
            m.type = "ORG"
    if cut:
        for start, end in spans:
            acr = cut_at[start]
            if not any(m.start == end + 2 for m in out):  # the acronym itself, as a body
                out.append(Mention(end + 2, acr - 1, text[end + 2 : acr - 1], "ORG", MODEL, 0.8))
        out = with_ministries(text, sorted(out, key=lambda m: (m.start, m.end)), language)
    return sorted(out, key=lambda m: (m.start, m.end))


def _starts_before(m: Mention, start: int, end: int) -> bool:
    return m.start < start or (m.end > end and m.type == "PER")


# A regional ministry with its portfolios: "Conselleria de Innovación, Industria, Comercio y
# Turismo", "Consejería de Agricultura, Ganadería y Desarrollo Rural"; then its government.
_ITEM = rf"{_CAP}(?: {_CAP})?"
_REGIONAL_MINISTRY = re.compile(
    rf"(?<![\w-])(?:Conselleria|Consellería|Consejería|Consejeria|Conselleria) de {_ITEM}"
    rf"(?:, {_ITEM})*(?: (?:y|e|i) {_ITEM})?"
    r"(?P<parent> de la (?:Generalitat(?: Valenciana| de Catalunya)?|Xunta(?: de Galicia)?|"
    rf"Junta de {_CAP}(?: y {_CAP})?)| del Gobierno de {_CAP})?"
)


def _regional_ministries(text: str, mentions: list[Mention]) -> list[Mention]:
    if "Consel" not in text and "Consej" not in text:
        return mentions
    spans: list[tuple[int, int]] = []
    parents: list[tuple[int, int]] = []
    for found in _REGIONAL_MINISTRY.finditer(text):
        end = found.start("parent") if found["parent"] else found.end()
        spans.append((found.start(), end))
        if found["parent"]:
            head = found["parent"].split(" ")
            skip = 3 if head[1] == "de" else 2  # " de la X" / " del X"
            start = found.start("parent") + len(" ".join(head[:skip])) + 1
            parents.append((start, found.end()))
    if not spans:
        return mentions
    out = list(mentions)
    for start, end in spans + parents:
        # the model's pieces of the list ("Conselleria de Innovación" + "Industria" + "Comercio y
        # Turismo de la Generalitat") give way, unless one opens before the name
        inside = [m for m in out if m.start < end and start < m.end]
        if any(m.start < start for m in inside):
            continue
        out = [m for m in out if m not in inside]
        out.append(Mention(start, end, text[start:end], "ORG", MODEL, 0.8))
    return sorted(out, key=lambda m: (m.start, m.end))


# "Sindacato giornalisti abruzzesi", "Sindacato pensionati italiani": a plural noun and an
# adjective of place or kind in lower case.
_UNION = re.compile(
    r"(?<![\w-])Sindacato(?: (?:nazionale|autonomo|unitario|italiano))? [a-zà-ù]{4,}i"
    r"(?: [a-zà-ù]+(?:esi|ani|ini|ali|ari|ati|ici|ivi))?(?![\w-])"
)
# "all'Aquila": a town whose name holds its article, after an elided preposition
_ELIDED = re.compile(r"(?<![\w-])(?:all|dall|dell|nell|sull)['’](?P<name>[A-ZÀ-Ö][\w-]+)")
# "Marco e Luigi Bianchi": the first brother's given name before "e" and the full name
_BROTHERS = re.compile(rf"(?<![\w-])(?P<given>{_CAP}) e (?={_CAP} {_CAP})")


# The Rai's regional newscast with its region ("ai microfoni della Tgr Puglia"): one ORG, which
# the rules read as a person's name.
_TGR = re.compile(rf"(?<![\w-])(?:Tgr|TGR|TgR) {_CAP}(?![\w’'-])")
# A question tabled to an assembly names the assembly ("un'interrogazione all'Ars", "ha
# presentato un'interrogazione al Senato"): a short name there is a body, not a miscellany.
_TABLED_TO = re.compile(
    r"(?<![\w-])interrogazion[ei](?: +(?:parlamentar[ei]|urgent[ei]|scritt[ae]))? +"
    r"(?:all['’]|al +|alla +)(?P<name>[A-ZÀ-Ö](?:[a-zà-ù]{1,5}|[A-Z]{1,5}))(?![\w’'-])"
)

_ADVERBS = frozenset({"Solo", "Proprio", "Ora", "Mentre", "Anche", "Ancora", "Oltre", "Dopo"})


def _opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" ")
    return not before or before[-1] in ".!?\n»:"


def italian_media(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with Italian unions, regulators, "all'Aquila" and a brother's given name."""
    if language != "it":
        return mentions
    out = _bracketed_bodies(text, mentions, language)
    # "Solo l'anno scorso": an adverb opening a sentence, read as a foreign town of its spelling
    out = [m for m in out if not (m.type == "LOC" and m.text in _ADVERBS and _opens_sentence(text, m.start))]
    if "Sindacato" in text:
        out = claimed_spans(text, out, (f.span() for f in _UNION.finditer(text)), "ORG", MODEL, 0.8)
    for m in out:
        # "al Corecom Lazio": the article contraction is no particle of a body's or place's name
        if m.type != "PER" and m.text.startswith("al ") and m.text[3:4].isupper():
            m.start += 3
            m.text = m.text[3:]
    if "'" in text or "’" in text:
        towns = place_names(language)
        spans = [
            f.span("name") for f in _ELIDED.finditer(text) if f"L'{f['name']}" in towns or f"L’{f['name']}" in towns
        ]
        out = claimed_spans(text, out, spans, "LOC", MODEL, 0.8)
    if "Tgr" in text or "TGR" in text or "TgR" in text:
        out = claimed_spans(text, out, (f.span() for f in _TGR.finditer(text)), "ORG", MODEL, 0.8)
    if "interrogazion" in text:
        out = claimed_spans(text, out, (f.span("name") for f in _TABLED_TO.finditer(text)), "ORG", MODEL, 0.8)
    if " e " in text:
        given = given_names(language)
        starts = {m.start: m for m in out}
        spans = []
        for found in _BROTHERS.finditer(text):
            brother = starts.get(found.end())
            if (
                brother is not None
                and brother.type == "PER"
                and found["given"] in given
                and brother.text.split(" ")[0] in given
            ):
                spans.append(found.span("given"))
        out = claimed_spans(text, out, spans, "PER", MODEL, 0.8)
    return out


def spanish_bodies(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with Spanish agencies before their acronyms and regional ministries one ORG."""
    if language != "es":
        return mentions
    return _regional_ministries(text, _bracketed_bodies(text, mentions, language))
