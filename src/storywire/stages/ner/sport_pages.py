"""The sports pages' own kinds of name, over whole articles.

- A team named by its country or town in a match is the team ("beim 2:0 Ghanas gegen Mali",
  "los partidos de España ante Noruega y Escocia", "матче против Сербии", "поєдинок Україна –
  Бельгія"): a match's noun, or a score, then the names on either side of "against".  Taggers
  type them as the places they also are; the guidelines mark the team (ORG, model "team", which
  the article-wide vote leaves as it is, as it leaves match results).
- A name right before a team's role is the team: "Williams driver Sebastián Arce", "McLaren
  team principal", "Freiburgs Trainer" (the genitive of a club that no model found), "Aston
  Martin's Felipe Duarte" in a sports paragraph.
- A name after a sponsor's word is a firm: "Hauptsponsor JobRad", "sponsor tecnico Adidas",
  "title partner Mastercard".
- A rider's or driver's team in brackets after the name: "Tomáš Kovář (UAE Team Emirates)".
- Leagues, cups and tournaments are events, never names ("Europa League", "Serie A",
  "Ekstraklasie", "Премьер-лиги"); the league's organiser is ("Lega Serie A") and keeps its span.
"""

from __future__ import annotations

import functools
import re

from storywire.identity.given_names import given_names
from storywire.model import Mention
from storywire.stages.ner.clubs import SCORE, SPORT_WORDS
from storywire.stages.ner.context_orgs import ContextNames, paragraph_of_kind
from storywire.stages.ner.gazetteer import place_names

MODEL = "team"

# A sports paragraph: a club's report words (clubs.py), or those of racing, cycling, tennis and
# transfers, or a score.  The passes below need a shape of their own too, so the words are broad.
_MORE_SPORT_WORDS = {
    "en": r"race|races|raced|lap|laps|podium|pole|Grand Prix|circuit|championship|rider|riders|peloton|stage|"
    r"tournament|season|transfer|squad|club|clubs|team|teams|player|players|football|tennis|cycling|athletes?|"
    r"drivers?|won|final",
    "de": r"Rennen|Runde|Runden|Podium|Etappe|Grand Prix|Saison|Transfer|Mannschaft|Kader|Verein|Vereins|Klub|"
    r"Spieler|Fußball|Tennis|Radsport|Fahrer|Liga|Punkte|Tabelle|Sieg|gewann|Niederlage|Minute",
    "fr": r"course|courses|podium|étape|peloton|coureurs?|maillot|classement|saison|transfert|équipes?|clubs?|"
    r"joueurs?|football|tennis|cyclisme|pilotes?|championnat|victoire|défaite|Grand Prix|coupe",
    "es": r"carreras?|podio|etapa|temporada|fichaje|traspaso|equipos?|club|clubes|jugador|jugadores|fútbol|tenis|"
    r"ciclismo|pilotos?|campeonato|victoria|derrota|partidos|liga|clasificación|Gran Premio",
    "it": r"gara|gare|podio|tappa|stagione|trasferimento|squadra|squadre|club|giocatori|giocatore|calcio|tennis|"
    r"ciclismo|pilota|piloti|campionato|vittoria|sconfitta|partite|classifica|Gran Premio|centrocampista",
    "pl": r"wyścig|wyścigu|podium|etap|etapie|sezon|sezonie|transfer|transferu|drużyna|drużyny|klub|klubu|"
    r"piłkarz|piłkarza|piłkarze|zawodnik|zawodnika|tenis|kolarstwo|kierowca|zwycięstwo|porażka|liga|ligi|tabeli",
    "ru": r"гонка|гонки|гонке|подиум|этап|сезон|сезона|трансфер|команда|команды|клуб|клуба|игрок|игрока|футбол|"
    r"теннис|пилот|чемпионат|победа|поражение|сборная|сборной|турнир|турнира",
    "uk": r"гонка|гонки|гонці|подіум|етап|сезон|сезону|трансфер|команда|команди|клуб|клубу|гравець|гравця|футбол|"
    r"теніс|пілот|чемпіонат|перемога|поразка|збірна|збірної|турнір|турніру|поєдинок|поєдинку",
    "nl": r"race|ronde|podium|etappe|seizoen|transfer|ploeg|club|speler|voetbal|tennis|coureur|kampioenschap|wedstrijd",
}


def _no_forms(language: str) -> tuple[dict[str, str], dict[str, str]]:
    return {}, {}


_SPORT = ContextNames(
    MODEL,
    _no_forms,
    {lang: words + "|" + _MORE_SPORT_WORDS.get(lang, "") for lang, words in SPORT_WORDS.items()},
    SCORE,
)


def sports_paragraph(text: str, at: int, language: str) -> bool:
    """Whether the paragraph at `at` reads as a sports report."""
    return language in SPORT_WORDS and paragraph_of_kind(text, at, _SPORT, language)


_MATCH_NOUNS = {
    "en": r"match|matches|game|games|friendly|qualifier|win|victory|defeat|draw|clash|tie",
    "de": r"Spiel|Spiels|Spiele|Spielen|Länderspiel|Länderspiels|Partie|Sieg|Siegs|Sieges|Niederlage|Remis|Duell|beim",
    "fr": r"match|matchs|rencontre|victoire|défaite|nul|duel",
    "es": r"partido|partidos|encuentro|victoria|derrota|empate|duelo",
    "it": r"partita|partite|gara|sfida|vittoria|sconfitta|pareggio|match",
    "pl": r"mecz|meczu|meczem|mecze|meczach|spotkanie|spotkaniu|zwycięstwo|zwycięstwie|porażka|porażce|remis|remisie",
    "ru": r"матч|матча|матче|матчей|игра|игре|игры|встреча|встрече|победа|победе|поражение|поражении|ничья",
    "uk": r"матч|матчі|матчу|поєдинок|поєдинку|гра|грі|зустріч|зустрічі|перемога|перемозі|поразка|поразці|нічия",
    "nl": r"wedstrijd|duel|zege|nederlaag|gelijkspel",
}
# "against" between two teams (a dash only with spaces around it: "Україна – Бельгія").
_VERSUS = {
    "en": r"against|vs\.?|v\.?|versus|and",
    "de": r"gegen",
    "fr": r"contre|face à|face a",
    "es": r"ante|contra|frente a",
    "it": r"contro|con",
    "pl": r"z|ze|przeciwko",
    "ru": r"против|с|со",
    "uk": r"проти|з|із|зі",
    "nl": r"tegen",
}
_ARTICLE = r"(?:(?:the|la|le|les|l'|l’|el|los|las|il|lo|i|gli|die|der|den|dem|de|het)\s+)?"
_OF = r"(?:(?:of|de|des|du|del|della|dell'|dell’|di|der|des|van)\s+)?"
_SCORE = r"\d{1,2}\s?[:–-]\s?\d{1,2}(?:\s*n\.\s*V\.|\s*\([^)]{0,12}\))?"
_AFTER_SCORE = re.compile(rf"{_SCORE}\s+{_ARTICLE}$")
_AND = {
    **{"en": "and", "de": "und", "fr": "et", "es": "y|e", "it": "e|ed", "pl": "i|oraz"},
    **{"ru": "и", "uk": "і|та|й", "nl": "en"},
}


@functools.cache
def _match_patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """(before the first team, between two teams, before a further team) for `language`."""
    nouns, versus = _MATCH_NOUNS.get(language), _VERSUS.get(language)
    if nouns is None or versus is None:
        return None
    before = re.compile(
        rf"(?:\b(?:{nouns})(?:\s+{_SCORE})?\s+{_OF}{_ARTICLE}|{_SCORE}\s+{_ARTICLE}|\b(?:{nouns})\s+(?:{versus})\s+{_ARTICLE})$"
    )
    between = re.compile(rf"^\s+(?:(?:{versus})\s+{_ARTICLE}|[–—-]\s+)$")
    further = re.compile(rf"^\s*(?:,|\s(?:{_AND.get(language, 'and')}))\s+{_ARTICLE}$")
    return before, between, further


def teams_in_matches(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """Places named as the sides of a match (after its noun or score, around "against") made teams."""
    patterns = _match_patterns(language)
    if patterns is None or not mentions:
        return mentions
    before, between, further = patterns
    ordered = sorted(mentions, key=lambda m: m.start)
    for i, m in enumerate(ordered):
        if m.type != "LOC" or not before.search(text[max(0, m.start - 40) : m.start]):
            continue
        side = [m]
        for n in ordered[i + 1 :]:
            gap = text[side[-1].end : n.start]
            if n.type != "LOC" or len(gap) > 12:
                break
            if not (between if len(side) == 1 else further).match(gap):
                break
            side.append(n)
        # One side alone only after "against" or a match's noun with no score: "матче против
        # Сербии", "meczu Polski"; a score before a lone name is a date or a tally ("2:0 in Rom").
        lone_after_score = len(side) == 1 and _AFTER_SCORE.search(text, max(0, m.start - 20), m.start)
        if lone_after_score or not sports_paragraph(text, m.start, language):
            continue
        for team in side:
            team.type, team.model = "ORG", MODEL
    return mentions


# Roles in a team, after its name: "Williams driver", "Freiburgs Trainer", "Juve-Stürmer" is one
# word and no name.
_ROLES = {
    "en": r"driver|drivers|team principal|teammate|team-mate|boss|coach|manager|head coach|striker|forward|"
    r"goalkeeper|keeper|captain|defender|midfielder|winger|rider|riders|engineer|sporting director",
    "de": r"Trainer|Cheftrainer|Coach|Torhüter|Torwart|Keeper|Kapitän|Stürmer|Verteidiger|Abwehrchef|"
    r"Mittelfeldspieler|Sportdirektor|Sportvorstand|Teamchef|Fahrer|Rennstall|Präsident|Vorstandschef|Fans",
    "nl": r"trainer|coach|doelman|aanvoerder|spits|verdediger|middenvelder",
}


@functools.cache
def _role_after(language: str) -> re.Pattern[str] | None:
    roles = _ROLES.get(language)
    return None if roles is None else re.compile(rf"(?:['’]s?)?\s+(?:{roles})\b")


def teams_before_roles(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """Names right before a team's role word made teams; German genitives of a club ("Freiburgs
    Trainer") that no model found added, where the article names the club without its -s."""
    role = _role_after(language)
    if role is None or not mentions:
        return mentions
    out = list(mentions)
    starts = {m.start: m for m in mentions}
    for m in mentions:
        if m.type == "ORG" or not sports_paragraph(text, m.start, language):
            continue
        if role.match(text, m.end):
            if m.type == "PER" and " " in m.text and not text.startswith(("'", "’"), m.end):
                continue  # "Lewis Hamilton driver" is no phrase; "Mercedes' driver" and "Williams driver" are
        elif not _possessor_of_person(text, m, starts, language):
            continue
        m.type, m.model = "ORG", MODEL
    if language == "de":
        out += _genitive_clubs(text, mentions, role)
    return sorted(out, key=lambda m: (m.start, m.end))


_POSSESSIVE = re.compile(r"['’]s? ")


def _possessor_of_person(text: str, m: Mention, starts: dict[int, Mention], language: str) -> bool:
    """ "Aston Martin's Felipe Duarte": a name owning a person in a sports paragraph is the team;
    not a person's own name with a given name first ("Lewis Hamilton's Mercedes" is no team)."""
    if language != "en" or m.type == "LOC":
        return False
    found = _POSSESSIVE.match(text, m.end)
    owned = starts.get(found.end()) if found else None
    return owned is not None and owned.type == "PER" and m.text.split()[0] not in given_names(language)


def _genitive_clubs(text: str, mentions: list[Mention], role: re.Pattern[str]) -> list[Mention]:
    clubs = {m.text.rsplit(" ", 1)[-1] for m in mentions if m.type == "ORG"}
    taken = [(m.start, m.end) for m in mentions]
    added: list[Mention] = []
    for found in re.finditer(r"\b([A-ZÄÖÜ][a-zäöüß]+)s\b", text):
        s, e = found.span()
        if found.group(1) not in clubs or not role.match(text, e) or any(a < e and s < b for a, b in taken):
            continue
        if sports_paragraph(text, s, "de"):
            added.append(Mention(s, e, text[s:e], "ORG", model=MODEL, confidence=0.7))
    return added


_SPONSOR_WORDS = {
    "en": r"sponsor|sponsors|title sponsor|main sponsor|shirt sponsor|title partner|kit supplier|kit maker",
    "de": r"Sponsor|Hauptsponsor|Trikotsponsor|Titelsponsor|Ausrüster|Namensgeber|Hauptpartner",
    "fr": r"sponsor|sponsor principal|commanditaire|équipementier|partenaire titre|partenaire principal",
    "es": r"patrocinador|patrocinador principal|patrocinadora|patrocinador técnico",
    "it": r"sponsor|sponsor tecnico|main sponsor|sponsor principale|title sponsor",
    "pl": r"sponsor|sponsorem|sponsora|sponsor tytularny|sponsorem tytularnym|sponsor techniczny",
    "ru": r"спонсор|спонсора|спонсором|титульный спонсор|генеральный спонсор|технический спонсор",
    "uk": r"спонсор|спонсора|спонсором|титульний спонсор|генеральний спонсор|технічний спонсор",
    "nl": r"sponsor|hoofdsponsor|shirtsponsor",
}


@functools.cache
def _sponsor_before(language: str) -> re.Pattern[str] | None:
    words = _SPONSOR_WORDS.get(language)
    return None if words is None else re.compile(rf"(?<![\w-])(?:{words}),?\s+{_ARTICLE}$", re.IGNORECASE)


def sponsors(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """Names right after a sponsor's word, which a tagger typed as a person or place, made firms."""
    cue = _sponsor_before(language)
    if cue is None:
        return mentions
    places = place_names(language)
    for m in mentions:
        if m.type in ("PER", "LOC") and m.text not in places and cue.search(text[max(0, m.start - 30) : m.start]):
            m.type, m.model = "ORG", MODEL
    return mentions


# A team's name in brackets: capitalised words, a hyphen or digits inside ("Uno-X Mobility").
_BRACKETED = re.compile(r"\s?\(((?:[A-ZÀ-ÖØ-Þ][\w.&'’-]*)(?: (?:[A-ZÀ-ÖØ-Þ0-9][\w.&'’-]*|&|de|of|du|la)){0,4})\)")


def teams_in_brackets(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """The capitalised name in brackets right after a person in a sports paragraph is the team
    ("Tomáš Kovář (UAE Team Emirates)"); a place the gazetteer knows stays a place."""
    if "(" not in text:
        return mentions
    places = place_names(language)
    by_start = {m.start: m for m in mentions}
    added: list[Mention] = []
    for m in mentions:
        found = _BRACKETED.match(text, m.end) if m.type == "PER" else None
        if found is None or found.group(1) in places or not sports_paragraph(text, m.start, language):
            continue
        s, e = found.span(1)
        inside = by_start.get(s)
        if inside is not None and inside.end == e:
            if inside.type != "ORG" and inside.text.split()[0] not in given_names(language):
                inside.type, inside.model = "ORG", MODEL  # spaCy's MISC: "(Soudal Quick-Step)"
        elif not any(n.start < e and s < n.end for n in mentions):
            added.append(Mention(s, e, text[s:e], "ORG", model=MODEL, confidence=0.7))
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else mentions


# Competitions: events, not labelled (their organisers are: "Lega Serie A", "UEFA").
_COMPETITIONS = re.compile(
    r"(?:UEFA[ -])?(?:Champions|Europa|Conference)[ -]League|(?:2\. )?Bundesliga|Premier League|"
    r"Serie [ABC]|Ligue [12]|La Liga|Eredivisie|Ekstraklas[aąęiy]e?|Formula (?:One|1)|Formel 1|Formule 1|"
    r"F[óo]rmula 1|Formuła 1|Формул[аыеу][ -]1|Tour de France|Giro d['’]Italia|Vuelta(?: a España)?|MotoGP|"
    r"World Cup|Coupe du monde|Ligue des champions|Liga de Campeones|Liga Mistrzów|Copa del Rey|Coppa Italia|"
    r"DFB-Pokal|FA Cup|Puchar(?:u|em)? Polski|Australian Open|US Open|Премьер-лиг[аиеуой]|Прем['’ʼ]єр-ліг[аиіуою]|"
    r"Лиг[аиеу] чемпионов|Ліг[аиіу] чемпіонів|Лиг[аиеу] Европы|Ліг[аиіу] Європи"
)


def without_competitions(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` without leagues, cups and tournaments named alone; a league after its
    organiser's word joins it ("Lega" + "Serie A": "Lega Serie A")."""
    out: list[Mention] = []
    for m in mentions:
        if not _COMPETITIONS.fullmatch(m.text):
            out.append(m)
        elif out and out[-1].text in _ORGANISERS and text[out[-1].end : m.start] == " ":
            last = out[-1]
            last.end, last.text, last.type = m.end, text[last.start : m.end], "ORG"
    return out


_ORGANISERS = frozenset({"Lega", "Lega Pro"})


# A club's first word that a tagger cut off its name: "1. FC" + "Union Berlin", "Olympique" + "Lyon".
_CLUB_PREFIX = re.compile(
    r"(?:\d\. )?(?:FC|SC|SV|VfB|VfL|TSG|RB|AS|AC|SS|SSC|US|CF|CD|UD|RC|FK|NK|Olympique|Sporting|Racing|Dynamo|"
    r"Dinamo|Lokomotiv|Borussia|Fortuna|Werder|Hertha|Stade|Stadio|Stadion|Estadio)"
)


def joined_club_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """A club's (or stadium's) first word typed alone, then the rest of its name: one span."""
    out: list[Mention] = []
    for m in mentions:
        last = out[-1] if out else None
        if (
            last is not None
            and _CLUB_PREFIX.fullmatch(last.text)
            and text[last.end : m.start] == " "
            and m.type in ("ORG", "LOC")
            and m.text[:1].isupper()
        ):
            stadium = last.text.startswith("Stad") or last.text == "Estadio"
            last.end, last.text = m.end, text[last.start : m.end]
            last.type, last.model = ("LOC" if stadium else "ORG"), MODEL
            continue
        out.append(m)
    return out


def sport_pages(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """All of the above, in order; a team or sponsor found by its role is one wherever the
    article names it again ("gave McLaren a home win" after "McLaren team principal"), unless
    the name is a place's (a country's team is the country elsewhere)."""
    mentions = joined_club_names(text, without_competitions(text, mentions))
    mentions = teams_in_matches(text, mentions, language)
    mentions = teams_before_roles(text, mentions, language)
    mentions = teams_in_brackets(text, sponsors(text, mentions, language), language)
    places = place_names(language)
    firms = {m.text for m in mentions if m.model == MODEL and m.text not in places}
    for m in mentions:
        if m.text in firms and m.type != "ORG":
            m.type, m.model = "ORG", MODEL
    return mentions
