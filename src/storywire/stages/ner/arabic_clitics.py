"""Arabic, after the capitalised-run rules: people, bodies named after a cue word, and names
whose first word carries a one-letter clitic (و ب ل ف: "وبكين" is "and Beijing"), merged in the
order that lets a longer name win over what it overlaps.

Sport's cued names come first (`arabic_sport`): a circuit, a team or an event holds the
place inside it.  An event's span ("بطولة X المفتوحة") only keeps its place out and is
dropped at the end, as the guidelines label no event.  A title rule's person of one word that
is a verb or a noun with a pronoun ("الفريق الذي ترعاه", "سيزور") is dropped.

The rules read words as written without their vowel marks (`arabic_marks`): "بعمّان" is one
word, "بعمان", not three pieces cut at the shadda.  Landmarks come first ("مطار الملكة X
الدولي" is an airport, not a queen), and the bodies' spans are closed last over the
adjectives of their rank (`arabic_landmarks.close_bodies`)."""

from __future__ import annotations

import functools
from collections.abc import Mapping

from storywire.model import EntityType, Mention
from storywire.stages.ner.arabic_apiary import apiary_mentions
from storywire.stages.ner.arabic_appositions import appositive_people
from storywire.stages.ner.arabic_archives import archive_mentions
from storywire.stages.ner.arabic_athletes import with_pronoun
from storywire.stages.ner.arabic_bodies import named_bodies
from storywire.stages.ner.arabic_clubs import club_mentions
from storywire.stages.ner.arabic_communes import communes
from storywire.stages.ner.arabic_community import community_mentions
from storywire.stages.ner.arabic_crafts import craft_mentions
from storywire.stages.ner.arabic_customs import customs_mentions
from storywire.stages.ner.arabic_dairies import dairy_mentions
from storywire.stages.ner.arabic_districts import districts
from storywire.stages.ner.arabic_energy import energy_mentions
from storywire.stages.ner.arabic_galleries import gallery_mentions
from storywire.stages.ner.arabic_heads import arabic_cued
from storywire.stages.ner.arabic_history import clean_people, dynasties, historical_people, saint_towns
from storywire.stages.ner.arabic_justice import justice_mentions
from storywire.stages.ner.arabic_landmarks import close_bodies, landmarks
from storywire.stages.ner.arabic_lexicon import present_verb, rule_span
from storywire.stages.ner.arabic_lists import listed_towns
from storywire.stages.ner.arabic_localities import localities
from storywire.stages.ner.arabic_logistics import logistics_mentions
from storywire.stages.ner.arabic_marks import has_marks, tatweel_split, unmarked_tokens
from storywire.stages.ner.arabic_music import music_mentions
from storywire.stages.ner.arabic_nurseries import nursery_mentions
from storywire.stages.ner.arabic_persons import persons, tribal_tails
from storywire.stages.ner.arabic_places import arabic_places, place_end
from storywire.stages.ner.arabic_press import told_outlets
from storywire.stages.ner.arabic_prisons import prison_mentions
from storywire.stages.ner.arabic_quarters import quarter_mentions
from storywire.stages.ner.arabic_security import security_mentions
from storywire.stages.ner.arabic_shrines import shrines
from storywire.stages.ner.arabic_sites import sites
from storywire.stages.ner.arabic_sport import EVENT_MODEL, sport_mentions
from storywire.stages.ner.arabic_stage import stage_mentions
from storywire.stages.ner.arabic_tourism import tourism_names
from storywire.stages.ner.arabic_transport import transport_mentions
from storywire.stages.ner.arabic_waters import waters
from storywire.stages.ner.arabic_youth import youth_mentions
from storywire.stages.ner.gazetteer import PhraseMatcher, known_matcher, org_names, place_names
from storywire.stages.ner.script_rules import arabic_people
from storywire.stages.ner.tokens import Token
from storywire.stages.ner.word_frequency import zipf

_ARABIC_CLITICS = ("و", "ب", "ل", "ف")


def arabic_mentions(
    text: str, toks: list[Token], found: list[Mention], known: Mapping[str, EntityType] | None
) -> list[Mention]:
    """`found` (the run rules' mentions) with the Arabic-specific ones added."""
    toks = unmarked_tokens(text, toks)
    # sport's cued names first: a circuit, a team or an event holds the place inside it
    # ("حلبة X الدولية", "فريق X ريسينغ", "بطولة X"); its people join the people below
    sport = sport_mentions(text, toks)
    athletes = [m for m in sport if m.type == "PER"]
    sport = [m for m in sport if m.type != "PER"]
    # landmarks, then people and clitic-stripped names: they are longer than what they overlap
    # and bodies named after a cue word ("صحيفة نيويورك تايمز"), longer than a place inside
    # sites of heritage before landmarks: "مؤسسة (person) للثقافة" holds the patron's body
    places = _merge(sport, _merge(sites(text, toks), landmarks(text, toks)))
    # quoted hotels and firms after their kind word, reserves and zone authorities: longer
    # than the town read inside them ("محمية X البحرية", "سلطة منطقة X الاقتصادية")
    places = _merge_longer(places, tourism_names(text, toks), "LOC")
    places = _merge(places, saint_towns(text, toks) + dynasties(text, toks))
    # shrines, old markets and mosques by a rare name: none of them is a landmark's reading
    places = _merge(places, shrines(text, toks))
    # basins, plains and oceans by their kind word, before a person's "أبي X" reading
    places = _merge(places, waters(text, toks))
    # towns listed with known ones, read whole before a clitic reading ("ب" + a town)
    places = _merge(places, listed_towns(text, toks))
    # towns and districts after their cue ("في بلدية X", "مرتفعات X"), councils of a commune
    places = _merge(places, communes(text, toks))
    # an outlet a speaker talked to ("قال لـ"X"") before the gazetteer's region of that name
    places = _merge(places, told_outlets(text, toks))
    titled = _no_verbs(toks, clean_people(arabic_people(text, toks)))
    people = _merge(places, _marked_starts(text, toks, titled))
    # a person's longer name holds the title rule's shorter one ("المتحدث محمد" + "الأمين")
    people = _merge_longer(_merge(people, named_bodies(text, toks)), persons(text, toks), "PER")
    # an official named between commas after the office ("ممثلة X في Y، Z W،")
    people = _merge_longer(people, appositive_people(text, toks), "PER")
    # athletes after their nationality or role: longer than a title rule's "يان" of "يان فان X"
    people = _merge_longer(people, athletes, "PER")
    # villages by their cue before the run rules' and the cue rules' shorter reading ("بلدة دير")
    # and a region named by its towns holds them ("جهة X Y", each a listed town)
    people = _merge(_merge_longer(people, districts(text, toks), "LOC"), localities(text, toks))
    # after the villages ("دير أبي X" is one): a historical name holds its nisbas ("... بن
    # عبد الله" + "اللواتي ...")
    people = _merge_longer(people, historical_people(text, toks), "PER")
    cued = _merge(_merge(people, _clitic_mentions(text, toks, known)), found)
    cued = _merge(cued, arabic_cued(text, toks))
    # last: a listed place never cuts a name, and "السعودية" after one is its adjective; a
    # listed place of several words holds the gazetteer's shorter one ("النيل الأزرق")
    closed = close_bodies(text, toks, _merge_longer(cued, arabic_places(text, toks, cued), "LOC"))
    # transport's ports, services, agencies and firms: longer than the names read inside them
    closed = transport_mentions(text, toks, closed)
    # defence and security names: longer than the bodies and people read inside them
    closed = security_mentions(text, toks, closed)
    # courts and bars with their seat, communes' councils, a byline's reporter
    closed = justice_mentions(text, toks, closed)
    # municipalities, oases, salt lakes, offices and associations of local news, a byline
    closed = community_mentions(text, toks, closed)
    # clubs by "الرياضي" and their town, radios by "إف إم", halls by a person: longer than
    # the club of the table or the town read inside them
    closed = club_mentions(text, toks, closed)
    # orchestras, quoted choirs, amphitheatres and cultural centres: longer than a place inside
    closed = music_mentions(text, toks, closed)
    # opera houses, their halls, theatres, libraries, cultural institutes, academies, composers
    closed = stage_mentions(text, toks, closed)
    # a city's quarters listed after a plural kind word, districts, compass regions, arts houses
    closed = quarter_mentions(text, toks, closed)
    # lineages, fields, mines, plants, sultanates, governorates' councils: longer than a place inside
    closed = energy_mentions(text, toks, closed)
    # quoted galleries, family souks and a town's historic quarter: longer than a place inside
    closed = gallery_mentions(text, toks, closed)
    # schools by their level, youth centres, scout bodies, a person after an office's field
    closed = youth_mentions(text, toks, closed)
    # squares, chambers of trades and local bodies' seats read whole; a name before "-تها" cut
    closed = craft_mentions(text, toks, closed)
    # named prisons, regional bodies with their region, bodies with their field of work
    closed = prison_mentions(text, toks, closed)
    # libraries, archives, faculties with their university, regions by a compass point
    closed = archive_mentions(text, toks, closed)
    # customs and tax authorities, customs offices by their town, departments by their task,
    # prosecution offices, ports by a compass point: longer than a place or port inside
    closed = customs_mentions(text, toks, closed)
    # national posts, police commands and prefectures by their territory, ports' fixed
    # adjectives, a field's negated adjective ("غير المباشرة"): longer than a place inside
    closed = logistics_mentions(text, toks, closed)
    # villages "كفر X", new towns "X الجديدة", bodies with a construct field ("لسلامة الغذاء"),
    # chambers of an industry, ministries' second portfolios, acting governorates
    closed = dairy_mentions(text, toks, closed)
    # associations with their seat, regional municipalities, firms up to "المحدودة", forests,
    # roads named after a ruler: longer than the place, firm or person read inside them
    closed = apiary_mentions(text, toks, closed)
    # bodies' tails cut ("... التابعة"), construct chains and affiliated parents, towns' nisbas
    closed = nursery_mentions(text, toks, closed)
    closed = tribal_tails(text, toks, _after_tatweels(text, toks, found, known, closed))
    return [m for m in closed if m.model != EVENT_MODEL]  # an event's place is its name, unlabelled


def _after_tatweels(
    text: str, toks: list[Token], found: list[Mention], known: Mapping[str, EntityType] | None, mentions: list[Mention]
) -> list[Mention]:
    """`mentions` with the names after a clitic drawn out by a tatweel ("لـوزارة النقل",
    "لـوكالة أنباء X"), read on the words cut after it: each name opening there that holds
    the mentions it overlaps replaces them (the rules read the word whole, as no name)."""
    split, opens = tatweel_split(toks)
    if not opens:
        return mentions
    out = list(mentions)
    for m in arabic_mentions(text, split, found, known):
        overlaps = [o for o in out if o.start < m.end and m.start < o.end]
        if m.start in opens and all(m.start <= o.start and o.end <= m.end and o.type != "PER" for o in overlaps):
            out = sorted([o for o in out if o not in overlaps] + [m], key=lambda x: (x.start, x.end))
    # a bare town after the drawn-out clitic ("بـإربد", "بـالقاهرة"): the gazetteer reads the
    # word whole and the rules name no bare town, so a known place opening there is read here
    words = [t.text for t in split]
    for k, tok in enumerate(split):
        end = place_end(words, k) if tok.start in opens else None
        if end is not None and not any(o.start < split[end - 1].end and tok.start < o.end for o in out):
            out = sorted([*out, rule_span(text, split, k, end, "LOC")], key=lambda x: (x.start, x.end))
    return out


# Relative pronouns: a verb follows one, never a name ("الفريق الذي ترعاه": the team that
# it sponsors; the title rule reads "الذي" as the adjective of "الفريق", a general's rank).
_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذان", "اللتان", "اللواتي", "اللاتي", "اللذين", "اللتين"})
_FUTURE = "س"  # "سيزور" (will visit): the future's prefix on a verb in the present
_ISTAFALA_ZIPF = 3.0


def _istafala(word: str) -> bool:
    return len(word) in (5, 6) and word.startswith("است") and zipf(word, "ar") >= _ISTAFALA_ZIPF


def _no_verbs(toks: list[Token], mentions: list[Mention]) -> list[Mention]:
    """`mentions` less the people of one word that are a verb or a noun: right after a
    relative pronoun, or a verb in the future ("الرئيس سيزور باريس": the president will
    visit Paris), or a noun with a pronoun."""
    following = {toks[n + 1].start for n, t in enumerate(toks[:-1]) if t.text in _RELATIVES}

    def verb(m: Mention) -> bool:
        if m.start in following:
            return True
        if " " in m.text:
            return False
        # "سيزور"; a past verb of the form istaf'ala ("الفريق استحق": the team deserved); a
        # noun with a pronoun ("اللاعب مسيرته": the player [began] his career)
        future = m.text.startswith(_FUTURE) and present_verb(m.text[1:])
        return future or _istafala(m.text) or with_pronoun(m.text)

    return [m for m in mentions if m.type != "PER" or not verb(m)]


def _marked_starts(text: str, toks: list[Token], mentions: list[Mention]) -> list[Mention]:
    """`mentions` with a start counted back from a word's end (`arabic_people`: its end less
    the bare name's length) moved to where the name opens when the word carries marks: the
    clitic (none or one letter) is counted from the word's start instead."""
    for m in mentions:
        tok = next((t for t in toks if t.start <= m.start < t.end), None)
        if tok is None or not has_marks(text[tok.start : tok.end]):
            continue
        lead = max(0, len(tok.text) - (tok.end - m.start))
        m.start = tok.start + lead
        m.text = text[m.start : m.end]
    return mentions


@functools.cache
def _arabic_matcher() -> PhraseMatcher:
    return PhraseMatcher({**place_names("ar"), **org_names("ar")})


def _clitic_mentions(text: str, toks: list[Token], known: Mapping[str, EntityType] | None) -> list[Mention]:
    """Arabic glues و/ب/ل/ف onto the next word ('وبكين'): retry lookups without them."""
    static = _arabic_matcher()  # built once: ~10k names, far slower to build than to query
    learned = known_matcher(known)
    words = [t.text for t in toks]
    out: list[Mention] = []
    for i, tok in enumerate(toks):
        # a short word is rarely a clitic on a name ("وبه"), unless a name of several words
        # opens with it: "وأم درمان"
        if tok.text.startswith(_ARABIC_CLITICS) and len(tok.text) > 2:
            rest = [tok.text[1:], *words[i + 1 :]]
            hit = (learned.match(rest, 0) if learned is not None else None) or static.match(rest, 0)
            if hit is not None and (len(tok.text) > 3 or hit[0] > 1):
                s, e = tok.start + 1, toks[i + hit[0] - 1].end
                out.append(Mention(s, e, text[s:e], hit[1], model="rules:ar", confidence=0.8))
    return out


def _merge_longer(first: list[Mention], extra: list[Mention], etype: str) -> list[Mention]:
    """`first` with `extra`'s mentions added: one that overlaps none, or one of several words
    that holds mentions of `first` of type `etype` whole and cuts no other ("النيل" in "النيل
    الأزرق", "محمد" in "محمد الأمين"), in their stead."""
    out = list(first)
    for m in extra:
        overlapping = [f for f in out if f.start < m.end and m.start < f.end]
        inside = all(m.start <= f.start and f.end <= m.end and f.type == etype for f in overlapping)
        shorter = all(f.end - f.start < m.end - m.start for f in overlapping)
        if not overlapping or (" " in m.text and inside and shorter):
            out = [f for f in out if f not in overlapping] + [m]
    return sorted(out, key=lambda m: (m.start, m.end))


def _merge(first: list[Mention], extra: list[Mention]) -> list[Mention]:
    """Add `extra` mentions that overlap none in `first`."""
    out = list(first)
    for m in extra:
        if all(m.end <= f.start or m.start >= f.end for f in first):
            out.append(m)
    return sorted(out, key=lambda m: (m.start, m.end))
