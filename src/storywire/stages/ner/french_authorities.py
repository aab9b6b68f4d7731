"""French authorities that models read as places or things are bodies: the intercommunal
authorities ("Métropole de Lyon", "Nantes Métropole", "Communauté de communes du Pays de
Landerneau", "Grand Chambéry Agglo", "Lannion-Trégor Communauté"), ombudsmen ("Médiateur de l'assurance", "Défenseur des
droits"), law firms named by their partners ("Lemaire Garnier Avocats", "Causse & Associés"), and
a bare capitalised "Région" or "Département" after an article, in an article that names the
authority in full ("La Région Auvergne-Rhône-Alpes apporte ..." ... "la vice-présidente de la
Région"): the council, as the Italian "Regione" is (`italian_utilities`); the state's
departmental and regional services spelled out with their remit and area ("Unité départementale
de l'architecture et du patrimoine de l'Orne"), one ORG; and a local gendarmerie unit's town
("brigade de gendarmerie de Belvès"), a place; and the state as a party beside a body the model
found ("signé entre l'État, La Poste et ...", "l'État et la SNCF"), a body, where a lone "l'État"
or a "chef de l'État" stays a common noun.

spaCy reads them as places, as their names hold one; news names them for what they decide, fund
or ask ("à la demande de la Métropole de Lyon").  The capitalised kind word makes the authority,
as a capitalised "Région" that funds does; a lower-case "la métropole lyonnaise" is the area and
stays as it is.  An ombudsman's office is read as a work or a title, a firm of partners as a
person.  Only a mention a model found is retyped.  Whole articles only.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.gazetteer import city_names

MODEL = "french-authority"
_AUTHORITY = re.compile(
    r"(?:Métropole|Communauté de communes|Communauté d['’]agglomération|Communauté urbaine|"
    r"Communauté de l['’]agglomération) .+|.+ (?:Métropole|Agglo|Agglomération|Communauté)"
    r"|Médiateur (?:de l['’]|de la |des |du |national ).+|Défenseur des droits"
    r"|.+ (?:Avocats|Avocats associés|Associés|& Associés)"
    # the state's regional directorates, named with their region ("Drac Bourgogne-Franche-Comté")
    r"|(?:Drac|DRAC|Dreal|DREAL|Draaf|DRAAF|Dreets|DREETS|Drajes|DRAJES) [A-ZÀ-Ö].+"
)

# The state's departmental and regional services, spelled out with their remit and their area
# ("Unité départementale de l'architecture et du patrimoine de l'Orne", "Direction départementale
# des territoires et de la mer du Finistère", "Direction régionale des affaires culturelles"):
# spaCy stops at the first "et" or reads the area alone.  An adjective may follow a remit's noun.
_JOIN = r"(?:et |, )?(?:de la |de l['’]|du |des |de |d['’]|aux |à la |à l['’]|au )"
_ADJECTIVE = r"(?: [a-zà-ÿ]+(?:elles?|ales?|aux|iques?|ées?|és?|ires?|ifs?|ives?|aines?))?"
_SERVICE_HEADS = ("Unité ", "Direction ", "Délégation ", "Agence ", "Inspection ")
_STATE_SERVICE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(head.strip() for head in _SERVICE_HEADS)}) "
    r"(?:départementale|régionale|interdépartementale|interrégionale|territoriale|académique)"
    rf"(?: {_JOIN}[a-zà-ÿ][\w'’-]*{_ADJECTIVE}){{1,5}}"
    r"(?: (?:de la |de l['’]|du |des |de |d['’])?[A-ZÀ-Ö][\w'’]*(?:-[\w'’]+)*)?"
)
# A town's council named "Ville de X" (capitalised: "la ville de X" is the town), and an
# intercommunal authority named "Grand X" after a town it holds, without the article the area
# takes ("Grand Poitiers a voté" against "le Grand Paris").
_TOWN_COUNCIL = re.compile(r"(?<![\w-])Ville (?:de |d['’])(?P<town>[A-ZÀ-Ö][\w'’]*(?:-[\w'’]+)*)")
_TITLE_BEFORE = re.compile(
    r"\b(?:maire|bourgmestre|échevine?|adjointe?|conseill(?:er|ère)(?: municipale?| communale?)?|élue?s?) de la $"
)
_GRAND_TOWN = re.compile(
    r"(?<![\w-])(?<!\b[Ll]e )(?<!\b[Dd]u )(?<!\b[Aa]u )Grand (?P<town>[A-ZÀ-Ö][\w'’]*(?:-[\w'’]+)*)"
)
# "Le Grand X" acting: the article the area takes, then a verb of the authority's ("Le Grand
# Cahors ouvrira", "le Grand Lyon a voté"); "le Grand Paris Express" has no verb after it.
_GRAND_TOWN_ACTING = re.compile(
    r"(?<![\w-])(?:Le|le) (?P<name>Grand (?P<town>[A-ZÀ-Ö][\w'’]*(?:-[\w'’]+)*))"
    r" (?:a|avait|aura|va|doit|devra|peut|pourra|prend|finance|gère|[a-zà-ÿ]{3,}(?:era|ira))(?![\w'’-])"
)
# The state's departmental directorates by their acronym, with or without their department
# ("la DDPP du Morbihan", "la DDETSPP de la Creuse", "la DDTM"): spaCy reads the acronym as a
# thing and the department as a place of its own.
_DEPARTMENTAL_OFFICE = re.compile(
    r"(?<![\w-])(?:DDPP|DDCSPP|DDETSPP|DDETS|DDTM|DDT|DDFiP|DDFIP|DDSP|DDCS)"
    r"(?: (?:de la |de l['’]|du |des |de |d['’])[A-ZÀ-Ö][\w'’]*(?:-[\w'’]+)*)?(?![\w'’-])"
)
# A department's council named with its capitalised kind word and its department, mid-sentence
# ("financé par le Département de la Drôme"); the lower-case "département" is the territory.
_DEPARTMENT_COUNCIL = re.compile(
    r"(?<=[\w,] )(?P<name>Département (?:de la |de l['’]|du |des |de |d['’])"
    r"[A-ZÀ-Ö][\w'’]*(?:-[\w'’]+)*)(?![\w'’-])"
)
# the town council's bare short form ("financé par la Ville, la Région et le Département"), where
# the article names it "Ville de X"; "la Ville rose", "la Ville Lumière" are towns' nicknames
_BARE_TOWN = re.compile(
    r"\b(?:la|La|à la|de la|par la|pour la|avec la) (?P<name>Ville)(?![\w’'-])"
    r"(?! (?:de|du|des|d['’]|[A-ZÀ-Ö]|rose|éternelle|sainte|lumière|blanche))"
)
# a capitalised "La Ville" opening a sentence with a verb after it, in an article with a mayor:
# the council acting ("La Ville verse une subvention"), though no "Ville de X" names it
_ACTING_TOWN = re.compile(
    r"(?:^|(?<=[.!?»] )|(?<=\n))La (?P<name>Ville)"
    # ... or with a relative clause of what it does ("La Ville, qui organise ...")
    r"(?: (?!(?:rose|éternelle|sainte|lumière|blanche)\b)(?=[a-zéèêà])|(?=, qui [a-zéèêà]))",
    re.MULTILINE,
)
# A local gendarmerie unit by its lower-case kind word and its town ("la brigade de gendarmerie de
# Belvès", "la compagnie de gendarmerie de X"): the labelled set marks the town alone, a place;
# spaCy reads a small town there as a miscellany.
_GENDARMERIE_TOWN = re.compile(
    r"\b(?:brigade|compagnie|groupement|escadron|peloton)(?: [a-zé]+)? de gendarmerie(?: [a-zé]+)?"
    r" (?:de la |de l['’]|du |des |de |d['’])(?P<town>[A-ZÀ-Ö][\w'’]*(?:-[\w'’]+)*)"
)
_TRIGGERS = ("Métropole", "Communauté", "Agglo", "Médiateur", "Défenseur", "Avocats", "Associés", "Dr", "DR")
# the authority named in full: "Région Occitanie", "Département de la Manche", "conseil départemental"
_FULL_AUTHORITY = re.compile(
    r"\bRégion [A-ZÀ-Ö]|\bDépartement (?:de la |de l['’]|du |des |de |d['’])[A-ZÀ-Ö]"
    r"|\b[Cc]onseil (?:régional|départemental)"
)
_BARE_AUTHORITY = re.compile(
    r"\b(?:la|La|à la|de la|par la|pour la|avec la|le|Le|au|du|par le|pour le|avec le) "
    r"(?P<name>Région|Département)(?![\w’'-])(?! (?:de|du|des|d['’]|[A-ZÀ-Ö]))"
)


# A chamber of agriculture, trades or commerce named with the area it serves right after its
# remit, without "de" ("Chambre d'agriculture Savoie Mont-Blanc", "Chambre interdépartementale
# d'agriculture Doubs-Jura"): one ORG with its area, which spaCy reads as a place of its own.
_AREA_WORD = r"[A-ZÀ-ÖØ-Þ][\w’']*"
_CHAMBER_AND_AREA = re.compile(
    r"(?<![\w-])Chambre (?:[a-zéè-]+ )?(?:d['’]agriculture|de commerce et d['’]industrie|"
    r"des métiers et de l['’]artisanat|de métiers et de l['’]artisanat) "
    rf"{_AREA_WORD}(?:(?:-| (?:de |d['’]|du )?){_AREA_WORD}){{0,4}}(?![\w’'-])"
)

# ... and the same chamber in lower case with "de"/"des" before its area ("la chambre
# d'agriculture des Pays de la Loire"): the area belongs to the body's name, one ORG, where spaCy
# reads the region alone as a place.
_CHAMBER_OF_AREA = re.compile(
    r"(?<![\w-])[Cc]hambre (?:[a-zéè-]+ )?(?:d['’]agriculture|de commerce et d['’]industrie|"
    r"des métiers et de l['’]artisanat|de métiers et de l['’]artisanat) "
    rf"(?:de la |de l['’]|du |des |de |d['’]){_AREA_WORD}(?:-[\w’']+)*"
    rf"(?: (?:de la |de l['’]|de |d['’]|du )?{_AREA_WORD}(?:-[\w’']+)*){{0,3}}"
    r"(?![\w’'-])"
)


def french_authorities(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with each intercommunal authority, ombudsman and firm of partners typed ORG, and
    a bare "Région"/"Département" standing for an authority the article names in full, one ORG."""
    if language != "fr":
        return mentions
    if ("Région" in text or "Département" in text) and _FULL_AUTHORITY.search(text):
        spans = [found.span("name") for found in _BARE_AUTHORITY.finditer(text)]
        mentions = claimed_spans(text, mentions, spans, "ORG", MODEL, 0.8) if spans else mentions
    if "Ville d" in text:
        spans = [found.span("name") for found in _BARE_TOWN.finditer(text)]
        mentions = claimed_spans(text, mentions, spans, "ORG", MODEL, 0.8) if spans else mentions
        councils = list(_TOWN_COUNCIL.finditer(text))
        titled = [found for found in councils if _TITLE_BEFORE.search(text, max(0, found.start() - 30), found.start())]
        spans = [found.span() for found in councils if found not in titled]
        mentions = claimed_spans(text, mentions, spans, "ORG", MODEL, 0.8) if spans else mentions
        # in a title of office, the town alone ("le bourgmestre de la Ville de Bruxelles")
        for found in titled:
            for m in mentions:
                if m.start == found.start() and m.end == found.end():
                    m.start, m.text, m.type, m.model = found.start("town"), found["town"], "LOC", MODEL
    if "La Ville" in text and ("maire" in text or "municipal" in text):
        spans = [found.span("name") for found in _ACTING_TOWN.finditer(text)]
        # the tagger's "La Ville" place takes the article with it: the council's name gives way
        mentions = claimed_spans(text, mentions, spans, "ORG", MODEL, 0.8, blocks=_past_article) if spans else mentions
    if "Grand " in text:
        towns = city_names("fr")
        spans = [found.span() for found in _GRAND_TOWN.finditer(text) if found["town"] in towns]
        spans += [found.span("name") for found in _GRAND_TOWN_ACTING.finditer(text) if found["town"] in towns]
        mentions = claimed_spans(text, mentions, spans, "ORG", MODEL, 0.8) if spans else mentions
    if "DD" in text:
        spans = [found.span() for found in _DEPARTMENTAL_OFFICE.finditer(text)]
        mentions = claimed_spans(text, mentions, spans, "ORG", MODEL, 0.8) if spans else mentions
    if "Département d" in text:
        spans = [found.span("name") for found in _DEPARTMENT_COUNCIL.finditer(text)]
        mentions = claimed_spans(text, mentions, spans, "ORG", MODEL, 0.8) if spans else mentions
    if any(head in text for head in _SERVICE_HEADS):
        spans = [found.span() for found in _STATE_SERVICE.finditer(text)]
        mentions = claimed_spans(text, mentions, spans, "ORG", MODEL, 0.8) if spans else mentions
    if "Chambre " in text:
        spans = [found.span() for found in _CHAMBER_AND_AREA.finditer(text)]
        mentions = claimed_spans(text, mentions, spans, "ORG", MODEL, 0.8) if spans else mentions
    if "hambre " in text:
        spans = [found.span() for found in _CHAMBER_OF_AREA.finditer(text)]
        mentions = claimed_spans(text, mentions, spans, "ORG", MODEL, 0.8) if spans else mentions
    if "gendarmerie " in text:
        spans = [found.span("town") for found in _GENDARMERIE_TOWN.finditer(text)]
        mentions = claimed_spans(text, mentions, spans, "LOC", MODEL, 0.75) if spans else mentions
    if "État" in text:
        mentions = _state_as_party(text, mentions)
    if not any(word in text for word in _TRIGGERS):
        return mentions
    return [
        Mention(m.start, m.end, m.text, "ORG", MODEL, m.confidence)
        if m.type in ("LOC", "MISC", "PER") and _AUTHORITY.fullmatch(m.text)
        else m
        for m in mentions
    ]


# "l'État" followed by a comma or "et" and the next party's name (article optional): the state as
# a party to a contract or a deal, a body, when a model found that party a body too.
_STATE_PARTY = re.compile(r"(?<![\w-])[Ll]['’](?P<state>État)(?:,| et) (?:(?:la|le|les|l['’]) ?)?(?=[A-ZÀ-ÖØ-Þ])")
# "chef de l'État", "Conseil d'État", "coup d'État": a title or a name that holds the word
_NO_PARTY_BEFORE = re.compile(
    r"(?:chef|président|secrétaire|ministre|conseil|Conseil|raison|coup|affaire|affaires)\s+de\s*$"
)


def _state_as_party(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with "l'État" a body where a body the model found follows it as the next party."""
    bodies = {m.start for m in mentions if m.type == "ORG"}
    spans = []
    for found in _STATE_PARTY.finditer(text):
        if found.end() in bodies and not _NO_PARTY_BEFORE.search(text, max(0, found.start() - 20), found.start()):
            spans.append(found.span("state"))
    return claimed_spans(text, mentions, spans, "ORG", MODEL, 0.75) if spans else mentions


def _past_article(m: Mention, start: int, end: int) -> bool:
    """A mention blocks the bare council only where it holds more than "La " before it."""
    return m.end > end or (m.start < start and m.text[: start - m.start] != "La ")
