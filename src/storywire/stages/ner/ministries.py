"""Ministries written with a lower-case head: "ministère de l'Intérieur", "il ministero delle
Infrastrutture", "el ministerio del Interior", "le ministère chinois des Affaires étrangères";
and courts and prosecutors named by their town: "tribunal de commerce de Nanterre", "la procura di
Milano", "el juzgado de Marbella".

French, Italian and Spanish news writes the head in lower case and only the portfolio with a
capital.  The models see the portfolio alone (spaCy: "Armées" ORG; the Italian rules:
"Infrastrutture" MISC) or nothing; the name is the whole phrase, from the head to the end of
the portfolio, with a nationality adjective between them when there is one.  The minister
("ministro degli Esteri", "ministre de l'Intérieur") is a title, not a body: other words.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.gazetteer import place_names, small_place_names

_HEADS = {"fr": "ministère", "it": "ministero", "es": "ministerio"}
_OF = {
    "fr": r"(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|d['’])",
    "it": r"(?:dell['’]|della\s+|delle\s+|dello\s+|degli\s+|dei\s+|del\s+|di\s+)",
    "es": r"(?:de\s+la\s+|de\s+los\s+|de\s+las\s+|del\s+|de\s+)",
}
_AND = {"fr": "et", "it": "e", "es": "y"}
# Lower-case words that belong to a portfolio after its capital ("Affaires étrangères").
_PORTFOLIO_TAILS = (
    "étrangères|étrangers|extérieures|sociales|publiques|numérique|territoriale|territoriales|"
    "écologique|énergétique|nationale|alimentaire|industrielle|supérieur|publique|solidaire|"
    "esteri|sociali|pubblici|pubblica|exteriores|públicas|pública|sociales|nacional|"
    "energetica|ecologica|digitale|agricole|alimentare|forestali|culturali|sostenibili|ecológica|democrática|social"
)
_CAP = r"[^\W\d_a-zß-ÿ][\w’'-]*"
_LOWER_FIELDS = (
    r"(?:trasporti|finanze|foreste|turismo|sport|ricerca|merito|famiglia|politiche sociali|transports|finances|"
    r"transportes|finanzas|deportes|turismo)\b"
)


def _pattern(language: str) -> re.Pattern[str] | None:
    head = _HEADS.get(language)
    if head is None:
        return None
    of, conj = _OF[language], _AND[language]
    # "Politiche sociali", "Politiche Sociali"; "Made in Italy" (the ministry of enterprise's name)
    word = rf"(?:Made\s+in\s+Italy|{_CAP}(?:\s+(?i:{_PORTFOLIO_TAILS})\b)?)"
    # (the last field may be written in lower case, as official Italian names do: "Ministero
    # dell'Economia e delle finanze", "ministero delle Infrastrutture e dei trasporti")
    last = rf"(?:{word}|{_LOWER_FIELDS})"
    # fields in a list end with "and" and the last ("Asuntos Exteriores, Unión Europea y
    # Cooperación"); a comma without one ends the name ("el Ministerio de Hacienda, Montero dijo")
    # ... each field with its own article in Italian names ("ministero dell'Agricoltura, della
    # Sovranità alimentare e delle Foreste")
    item = rf"(?:{of})?{word}(?:\s+{_CAP})?" if language == "it" else rf"{word}(?:\s+{_CAP})?"
    portfolio = rf"{word}(?:(?:\s*,\s*{item})*\s+{conj}\s+(?:{of})?{last})?"
    return re.compile(rf"\b[{head[0]}{head[0].upper()}]{head[1:]}(?:\s+[a-zà-ÿ]+)?\s+{of}{portfolio}")


_PATTERNS = {language: _pattern(language) for language in _HEADS}
_TAIL = re.compile(rf"(?i:{_PORTFOLIO_TAILS})")


def _tailed(m: Mention) -> bool:
    """A portfolio read as a person: "Politiche Sociali" (its adjective capitalised)."""
    return " " in m.text and _TAIL.fullmatch(m.text.rsplit(" ", 1)[1]) is not None


# Courts, prosecutors and the regional offices of the state, of a town, a département or a
# region, head in lower case or capitalised: "tribunal de commerce de Nanterre", "préfecture du
# Pas-de-Calais", "centre hospitalier de Lens", "Capitaneria di porto di Piombino", "Comando
# provinciale dei Vigili del fuoco di Livorno". One body with its territory (the guidelines).
_TOWN_BODIES = {
    "fr": r"(?:tribunal(?: de commerce| judiciaire| administratif| correctionnel| de grande instance| de police)?|"
    r"cour d['’]appel|cour d['’]assises|parquet|(?:sous-)?préfecture|conseil de prud['’]hommes|"
    r"conseil (?:départemental|régional|général)|centre hospitalier(?: universitaire| régional| intercommunal)?|"
    r"service départemental d['’]incendie et de secours|groupement de gendarmerie(?: départementale)?|"
    r"agence régionale de santé|rectorat|"
    # intercommunal authorities written with a lower-case head ("communauté de communes du
    # Sarladais"), as `french_authorities` takes the capitalised ones
    r"communauté (?:de communes|d['’]agglomération|urbaine)|"
    # a profession's bar or order and a chamber of notaries by their town or département
    r"ordre des (?:avocats|médecins|pharmaciens|architectes|infirmiers|chirurgiens-dentistes|experts-comptables)|"
    r"chambre (?:départementale |interdépartementale )?des notaires)"
    r"\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])",
    "it": r"(?:tribunale(?: civile| penale| amministrativo regionale| del riesame)?|procura(?: della Repubblica)?|"
    r"corte d['’]appello|corte d['’]assise|prefettura|questura|capitaneria di porto|"
    r"comando provinciale (?:dei vigili del fuoco|dei carabinieri|della guardia di finanza)|"
    r"vigili del fuoco|guardia costiera)\s+(?:di\s+|del\s+|della\s+|dell['’])",
    "es": r"(?:juzgado|tribunal superior de justicia|audiencia provincial|fiscalía provincial|fiscalía|"
    r"cuerpo de bomberos|bomberos|subdelegación del gobierno|delegación del gobierno|comandancia)"
    r"\s+(?:de\s+la\s+|del\s+|de\s+|en\s+)",
}
_PARTICLE = re.compile(r"^(?:de la |de l['’]|du |des |de |d['’])")
_TOWN_PATTERNS = {
    language: re.compile(rf"\b(?i:{heads})(?P<town>{_CAP}(?:[\s-]+{_CAP}){{0,2}})")
    for language, heads in _TOWN_BODIES.items()
}


def _run_on(text: str, m: Mention, start: int, end: int) -> bool:
    """A mention from inside the span past its end over lower-case words only."""
    return start <= m.start < end < m.end and not any(ch.isupper() for ch in text[end : m.end])


def with_ministries(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with each ministry, court or prosecutor named by a lower-case head as one ORG;
    the model's mentions inside it (its portfolio or its town, typed ORG, MISC or LOC) give way."""
    pattern = _PATTERNS.get(language)
    head = _HEADS.get(language, "")
    if pattern is None:
        return mentions
    spans = [m.span() for m in pattern.finditer(text)] if head[1:] in text else []
    towns = place_names(language)
    small = small_place_names(language)
    tagged = {m.text for m in mentions if m.type == "LOC"}  # "Pas-de-Calais", "Finistère"
    # (spaCy takes the particle in: "de l'Aude", and "Aude" is also a given name no list holds)
    tagged |= {_PARTICLE.sub("", name) for name in tagged}
    for found in _TOWN_PATTERNS[language].finditer(text):
        town = found.group("town")
        while town and town not in towns and town not in small and town not in tagged and " " in town:
            town = town.rsplit(" ", 1)[0]  # "Nanterre" of "Nanterre Jean Dupont"
        # (French: a one-word territory right after the particle is the body's, though no list
        # holds it, as many a département is no gazetteer's town: "préfecture de la Creuse")
        lone = language == "fr" and town == found.group("town") and " " not in town
        if town in towns or town in small or town in tagged or lone:
            spans.append((found.start(), found.start("town") + len(town)))
    if not spans:
        return mentions
    out = list(mentions)
    for s, e in spans:
        inside = [m for m in out if m.start < e and s < m.end]
        # (a portfolio the model ran on into the lower-case words after it, "Économie l'an
        # dernier", is no longer name: it gives way as the portfolio alone would)
        longer = any((m.start < s or m.end > e) and not _run_on(text, m, s, e) for m in inside)
        if longer or any(m.type == "PER" and not _tailed(m) for m in inside):
            continue  # the model saw a longer name, or a person after the office: leave it
        out = [m for m in out if m not in inside]
        out.append(Mention(s, e, text[s:e], "ORG", model="ministry", confidence=0.8))
    return sorted(out, key=lambda m: m.start)
