"""Historical states and empires are places, named with their kind word as the guidelines mark
them: "Impero romano", "Repubblica di Venezia", "Габсбурзької монархії", "Молдавського
князівства", "Heiliges Römisches Reich", "Imperio inca", "Ottoman Empire".

History and travel pages name them often and the models miss them or type them as people
("Repubblica di Venezia" PER): the kind word is a common noun, written in lower case in the
Slavic and Romance languages.  Whole articles only.
"""

from __future__ import annotations

import functools
import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "historical-state"
_UPPER = "A-ZÀ-ÖØ-ÞĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ"
_NAME = rf"[{_UPPER}][\w’'-]+"
_ROMANCE_LINK = r"(?:de la|del|de|di|della|dei|d'|d’|des|du|de los) ?"
# Per language: a kind word then a capitalised adjective or "of" and a name, or an adjective
# then the kind word (Slavic and German, whose adjectives come first).
_KIND_FIRST = {
    "en": r"(?:Kingdom|Empire|Duchy|Grand Duchy|Principality|Caliphate|Sultanate|Khanate|Republic|Electorate) of",
    "de": r"(?:Königreich|Königreichs|Kaiserreich|Kaiserreichs|Herzogtum|Herzogtums|Großherzogtum|Großherzogtums|"
    r"Fürstentum|Fürstentums|Kurfürstentum|Kurfürstentums|Kalifat|Kalifats|Sultanat|Sultanats|Khanat|Khanats)",
    "fr": rf"(?:Empire|Royaume|royaume|duché|Duché|principauté|califat|sultanat|République|république) {_ROMANCE_LINK}",
    "es": rf"(?:Imperio|Reino|reino|Virreinato|virreinato|Califato|califato|Sultanato|Ducado|ducado|Corona|"
    rf"República|república) {_ROMANCE_LINK}",
    # "la/della Corona d'Aragona": the article keeps out a surname ("Mauro Corona di Erto").
    "it": rf"(?:Impero|Regno|regno|Ducato|ducato|Granducato|granducato|Califfato|califfato|Sultanato|Repubblica|"
    rf"repubblica|Principato|principato|(?<=la |La )Corona) {_ROMANCE_LINK}",
    "pl": r"(?:Cesarstwo|Cesarstwa|Cesarstwie|Cesarstwem|Królestwo|Królestwa|Królestwie|Królestwem|Księstwo|"
    r"Księstwa|Księstwie|Księstwem|Wielkie Księstwo|Wielkiego Księstwa|Kalifat|Kalifatu|Chanat|Chanatu|"
    r"Imperium)",
}
# An adjective after the kind word: "Impero romano", "Empire ottoman", "Imperio inca".
_ROMANCE_ADJECTIVE_AFTER = {
    "fr": r"Empire (?:ottoman|romain|byzantin|austro-hongrois|russe|britannique|perse|mongol|aztèque|inca|carolingien)",
    "es": r"Imperio (?:inca|romano|otomano|español|bizantino|austrohúngaro|ruso|británico|persa|mongol|azteca)",
    "it": r"Impero (?:romano|ottomano|bizantino|austro-ungarico|asburgico|russo|britannico|persiano|mongolo|"
    r"carolingio|d'Oriente|d’Oriente|d'Occidente|d’Occidente)",
    "en": r"(?:Holy )?[A-Z][a-z]+(?:-[A-Z][a-z]+)? (?:Empire|Caliphate|Sultanate|Khanate)",
    "de": r"(?:Heilige[sn]? )?(?:Römische[sn]?|Osmanische[sn]?|Byzantinische[sn]?|Russische[sn]?|Britische[sn]?|"
    r"Persische[sn]?|Mongolische[sn]?|Deutsche[sn]?|Ostfränkische[sn]?) Reich(?:es|s)?|[A-Z][a-z]+ermonarchie",
}
_SLAVIC_KINDS = {
    "ru": "империя|империи|империю|империей|княжество|княжества|княжеству|княжеством|ханство|ханства|ханству|"
    "ханством|царство|царства|царству|царством|королевство|королевства|королевству|королевством|монархия|"
    "монархии|монархию|монархией|каганат|каганата",
    "uk": "імперія|імперії|імперію|імперією|князівство|князівства|князівству|князівством|ханство|ханства|"
    "ханству|ханством|царство|царства|королівство|королівства|королівству|королівством|монархія|монархії|"
    "монархію|монархією|гетьманат|гетьманату|каганат|каганату",
    "pl": "cesarstwo|cesarstwa|cesarstwie|królestwo|królestwa|królestwie|księstwo|księstwa|księstwie|"
    "monarchia|monarchii|monarchią|imperium|chanat|chanatu",
}
_SLAVIC_ADJECTIVE = (
    rf"(?:[{_UPPER}][\w’'-]*(?:ий|ый|ой|ая|ую|ою|ей|ого|ому|ым|ом|ій|ої|ого|ому|им|ім|а|ська|ської|ську|ською|"
    r"ckie|skie|skiego|skim|ska|skiej|ską))"
)
# ... and a Slavic state named after its kind word and a capitalised adjective ("Великое
# княжество Литовское", "Wielkie Księstwo Litewskie"): the models get those.


# A mention that only adds an article before the state is the models' misreading ("La
# Repubblica" of "La Repubblica di Venezia", the newspaper's name).
_ARTICLE = re.compile(r"(?:La|Il|Lo|L'|L’|El|Le|The|Der|Die|Das|Das) ")


@functools.cache
def _pattern(language: str) -> re.Pattern[str] | None:
    parts: list[str] = []
    if language in _KIND_FIRST:
        parts.append(rf"{_KIND_FIRST[language]} ?{_NAME}(?: {_NAME})?")
    if language in _ROMANCE_ADJECTIVE_AFTER:
        parts.append(_ROMANCE_ADJECTIVE_AFTER[language])
    if language in _SLAVIC_KINDS:
        parts.append(rf"(?:(?:Велик\w+|Wielki\w*) )?{_SLAVIC_ADJECTIVE} (?:{_SLAVIC_KINDS[language]})")
    if not parts:
        return None
    # (after an elided article too: "l'Impero romano")
    return re.compile(rf"(?<![\w-])(?:{'|'.join(parts)})(?![\w’'-])")


def historical_states(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with each state or empire named with its kind word as one place, in place of
    the mentions inside it; one that a mention runs past stays to the models."""
    pattern = _pattern(language)
    if pattern is None:
        return mentions

    def blocks(m: Mention, start: int, end: int) -> bool:
        return (m.start < start and not _ARTICLE.fullmatch(text, m.start, start)) or m.end > end

    spans = (found.span() for found in pattern.finditer(text))
    return claimed_spans(text, mentions, spans, "LOC", MODEL, 0.8, blocks)
