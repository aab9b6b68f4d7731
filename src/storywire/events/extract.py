"""Per-sentence event extraction: PLOVER type and mode, actors, place, date and status.

Native per language: a trigger lexicon (events/lexicon.py) finds what happened; the
sentence's linked mentions give who and where.  Rules, in order:
  * source = the first person (else organisation, country, other) in the trigger's clause
    before it; a subject pronoun ("il", "він") takes the actor of the sentence before;
    a passive agent ("accueilli par X") is the source and the subject the target;
  * targets = the best actor after the trigger ("with X", "met X"), with those
    coordinated to it ("X and Y"); "X and Y met" splits a coordinated subject;
  * place = a place name right after a locative preposition ("in", "à", "у", "в") in the
    sentence, else the article's dateline;
  * date = the most precise temporal expression in the sentence (a date right after a
    verb of saying dates the report and is skipped), else the nearest earlier one in the
    paragraph, else the publication date as a range ('up to' it, or 'from' it if planned);
  * status = planned / denied from cues just before the trigger, reported from attribution.
  * roles = each person actor's title and country as the text gives them ("le secrétaire du
    Conseil de sécurité russe, Sergueï Choïgou"; events/roles.py), at that mention, else the
    article's best one for that person.
A mention the NER typed wrongly but that repeats a person's surname from the same article
("Shoigu" as LOC) is taken as that person.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import timedelta

from storywire.events.dates import span_days
from storywire.events.lexicon import MEDIA, Lexicon, lexicon
from storywire.events.roles import article_roles
from storywire.identity.registry import EntityRegistry
from storywire.model import ActorRole, Article, Event, Evidence, Sentence, TemporalExpression
from storywire.store.text_search import fold

VERSION = "1"
MODEL = "storywire-events-rules"

Hit = tuple[int, int, int, str, str | None]  # start, end, strength, type, mode
_TYPE_RANK = {"PER": 0, "ORG": 1, "LOC": 2, "MISC": 3}
_TOKEN = re.compile(r"\w+")
_STOP = re.compile(r"[,;:(«“\"]|\s[-–—]\s")
_HARD_STOP = re.compile(r"[,;:()\"«»“”]|\s[-–—]\s")
_SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
_DATELINE = re.compile(r"^\s*(?:\w+\s*){1,3}(?:,|\s[-–—(])")
WINDOW = 60  # characters before a trigger searched for status cues


@dataclass
class Actor:
    id: str
    text: str
    start: int
    end: int
    type: str
    place_kind: str | None = None  # 'country' / 'city' for gazetteer places
    media: bool = False


@dataclass
class Candidate:
    """One event as one sentence reports it, before cross-document merging."""

    type: str
    mode: str | None
    sources: list[Actor]
    targets: list[Actor]
    place: Actor | None
    date: str | None
    date_precision: str | None
    status: str
    evidence: Evidence
    trigger: str
    strength: int
    language: str = "en"
    article_source: str | None = None
    roles: dict[str, ActorRole] = field(default_factory=dict)  # person actor id -> title and country

    @property
    def actor_ids(self) -> list[str]:
        return list(dict.fromkeys(a.id for a in [*self.sources, *self.targets]))

    def event(self, story_id: str | None = None) -> Event:
        sources = list(dict.fromkeys(a.id for a in self.sources))
        targets = [t for t in dict.fromkeys(a.id for a in self.targets) if t not in sources]
        place = self.place.id if self.place else None
        return Event(
            id=event_id(self.type, [*sources, *targets], self.date, place, qualifier(self.mode, self.status)),
            type=self.type, mode=self.mode, sources=sources, targets=targets, place=place, date=self.date,
            date_precision=self.date_precision, status=self.status, evidence=[self.evidence], story_id=story_id,
            roles={a: r for a, r in sorted(self.roles.items()) if a in sources or a in targets},
        )  # fmt: skip


def event_id(
    etype: str, actors: Sequence[str], date_value: str | None, place: str | None, qualifier: str = ""
) -> str:
    """Deterministic: the same type, actors, date and place always give the same id.

    `qualifier` keeps apart what must never merge although those agree: a phone call and
    a visit, a planned or denied meeting and the one that happened (see `qualifier`)."""
    key = f"{etype}|{','.join(sorted(set(actors)))}|{date_value or ''}|{place or ''}"
    if qualifier:
        key += f"|{qualifier}"
    return "evt:" + hashlib.sha1(key.encode()).hexdigest()[:12]


def qualifier(mode: str | None, status: str) -> str:
    parts = ["phone"] if mode == "phone" else []
    if status in ("planned", "denied"):
        parts.append(status)
    return "+".join(parts)


@dataclass
class _Context:
    article: Article
    actors: list[Actor]
    starts: list[int]
    dateline: Actor | None
    dates: list[TemporalExpression] = field(default_factory=list)
    date_starts: list[int] = field(default_factory=list)


def _place_kind(eid: str, etype: str, registry: EntityRegistry | None) -> str | None:
    if registry is None:
        return "city" if etype == "LOC" else None
    entity = registry.get(eid)
    if entity is None:
        return None
    if entity.key.startswith("cc:"):
        return "country"
    if entity.key.startswith("geo:"):
        return "city"
    return None


def _actors(article: Article, registry: EntityRegistry | None) -> list[Actor]:
    found: list[Actor] = []
    surnames: dict[str, str] = {}
    counts: Counter[str] = Counter()
    for m in sorted(article.mentions, key=lambda m: m.start):
        if not m.entity_id:
            continue
        eid = registry.resolve(m.entity_id) if registry is not None else m.entity_id
        folded = fold(m.text)
        tokens = _TOKEN.findall(folded)
        media = folded in MEDIA or bool(tokens and tokens[-1] in MEDIA and len(tokens) <= 3)
        actor = Actor(eid, m.text, m.start, m.end, m.type, _place_kind(eid, m.type, registry), media)
        counts[eid] += 1
        if m.type == "PER" and len(tokens) >= 2:
            for token in (tokens[0], tokens[-1]):
                if len(token) > 1:
                    surnames.setdefault(token, eid)
        found.append(actor)
    for actor in found:
        if actor.place_kind:
            continue
        for token in _TOKEN.findall(fold(actor.text)):
            hits = [surnames.get(token), surnames.get(token[:-1]) if token.endswith("s") else None]
            hit = next((h for h in hits if h and h != actor.id), None)
            if hit and (actor.type != "PER" or counts[hit] > counts[actor.id]):
                actor.id, actor.type = hit, "PER"  # "Shoigu" typed LOC, "Schoigus Besuch" as a name
                break
    return found


def _dateline(article: Article, actors: list[Actor]) -> Actor | None:
    if not article.paragraphs:
        return None
    first = article.paragraphs[0]
    head = article.text[first.start : first.start + 40]
    if not _DATELINE.match(head):
        return None
    for actor in actors:
        if actor.start >= first.start + 30:
            break
        if actor.place_kind and article.text[actor.end : actor.end + 3].lstrip()[:1] in {",", "(", "-", "–", "—"}:
            return actor
    return None


def _between(text: str, a: int, b: int) -> str:
    return text[a:b] if a < b else ""


def _pick(actors: list[Actor]) -> Actor | None:
    if not actors:
        return None
    best = min(_TYPE_RANK.get(a.type, 4) for a in actors)
    return next(a for a in actors if _TYPE_RANK.get(a.type, 4) == best)


def _object(post: list[Actor]) -> Actor | None:
    """A person after the trigger if there is one, else the first named actor (a nationality last)."""
    return next((a for a in post if a.type == "PER"), None) or next(
        (a for a in post if a.type != "MISC"), None) or (post[0] if post else None)


def _coordinated(first: Actor, pool: list[Actor], text: str, lex: Lexicon) -> list[Actor]:
    """`first` and the actors joined to it by "and" / commas, forwards."""
    out = [first]
    for actor in pool:
        if actor.start <= out[-1].start:
            continue
        gap = text[out[-1].end : actor.start]
        if len(gap) > 45 or not lex.and_.match(gap):
            break
        if _TYPE_RANK.get(actor.type, 4) <= _TYPE_RANK.get(first.type, 4):
            out.append(actor)
    return out


def _subject(pre: list[Actor], clause_at: int, a_start: int, text: str, lex: Lexicon) -> list[Actor]:
    """The subject group before a trigger: the actor right before it, else the clause's best actor."""
    if not pre:
        return []
    last = pre[-1]
    gap = text[last.end : a_start]
    if len(_TOKEN.findall(gap)) <= 5 and not _HARD_STOP.search(gap):
        group = [last]
        for actor in reversed(pre[:-1]):
            between = text[actor.end : group[0].start]
            if len(between) > 45 or not lex.and_.match(between):
                break
            group.insert(0, actor)
        return group
    in_clause = [a for a in pre if a.start >= clause_at]
    subject = _pick(in_clause)
    if subject is None or subject.type != "PER":
        subject = _pick(pre) if any(a.type == "PER" for a in pre) else subject
    return _coordinated(subject, pre, text, lex) if subject else []


_SPANISH_A = re.compile(r"(?<!\w)a\s+$", re.IGNORECASE)


def _personal_a(lex: Lexicon, before: str, etype: str) -> bool:
    """Spanish marks a named object with "a" ("Venezuela acusó a Guyana"): after any verb but
    one of meeting or travel ("viajó a Madrid"), a country after "a" is the target, no place."""
    return lex.lang == "es" and etype != "CONSULT" and bool(_SPANISH_A.search(before))


def _roles(
    ctx: _Context, sent: Sentence, trigger: Hit, lex: Lexicon, prev: list[Actor]
) -> tuple[list[Actor], list[Actor], Actor | None, bool]:
    """(sources, targets, place, carried) for one trigger."""
    a_start, a_end, strength, etype = trigger[0], trigger[1], trigger[2], trigger[3]
    text = ctx.article.text
    lo = bisect.bisect_left(ctx.starts, sent.start)
    hi = bisect.bisect_left(ctx.starts, sent.end)
    places: list[Actor] = []
    others: list[Actor] = []
    for actor in ctx.actors[lo:hi]:
        before = text[max(sent.start, actor.start - 40) : actor.start]
        if actor.media or lex.reporter.search(before):
            continue
        if actor.place_kind and lex.place_prep.search(before) and not _personal_a(lex, before, etype):
            places.append(actor)
        else:
            others.append(actor)
    place = None
    if places:
        place = min(places, key=lambda p: (p.place_kind != "city", abs(p.start - a_start)))
    pre = [a for a in others if a.end <= a_start]
    stop = _STOP.search(text, a_end, sent.end)
    post_end = stop.start() if stop else sent.end
    post = [a for a in others if a_end <= a.start < post_end]
    clause_at = sent.start
    for m in lex.clause.finditer(text, sent.start, a_start):
        clause_at = m.end()
    agents = [a for a in post if a.start - a_end < 30 and lex.by.search(_between(text, a_end, a.start))]
    sources: list[Actor] = []
    targets: list[Actor] = []
    carried = False
    if agents:
        agent = _pick(agents)
        assert agent is not None
        sources = [agent]
        targets = _subject(pre, clause_at, a_start, text, lex)[:1]
    elif len(post) >= 2 and lex.between.match(_between(text, a_end, post[0].start)):
        sources = [post[0]]  # "the meeting between X and Y": the parties are named here
        targets = [a for a in _coordinated(post[0], post, text, lex) if a is not post[0]]
    else:
        sources = _subject(pre, clause_at, a_start, text, lex)
        if not sources and prev and (
            lex.pronoun.search(text, clause_at, a_start) or (strength >= 3 and prev[0].type == "PER")
        ):
            sources, carried = prev[:1], True
        obj = _object(post)
        if obj is not None:
            targets = _coordinated(obj, post, text, lex)
        elif len(sources) > 1:
            sources, targets = sources[:1], sources[1:]
    if not sources and targets and etype in _SYMMETRIC:
        sources, targets = targets[:1], targets[1:]
    if etype == "CONSULT":
        for t in list(targets):
            if t.place_kind == "city" and len(targets) + len(sources) > 1:
                targets.remove(t)
                place = place or t
    source_ids = {a.id for a in sources}
    targets = [t for t in targets if t.id not in source_ids]
    return sources, targets, place, carried


def _event_date(
    ctx: _Context, sent: Sentence, anchor: int, lex: Lexicon, planned: bool, carried_date: TemporalExpression | None
) -> tuple[str | None, str | None]:
    text = ctx.article.text
    lo = bisect.bisect_left(ctx.date_starts, sent.start)
    hi = bisect.bisect_left(ctx.date_starts, sent.end)
    usable: list[TemporalExpression] = []
    for tx in ctx.dates[lo:hi]:
        if tx.type not in ("DATE", "TIME"):
            continue
        if lex.saying.search(text[max(sent.start, tx.start - 30) : tx.start]):
            continue  # "Beijing said Monday": the day of the report
        usable.append(tx)
    if usable:
        best = min(usable, key=lambda tx: (span_days(tx.value), abs(tx.start - anchor)))
        return _day(best)
    para = ctx.article.paragraphs[sent.paragraph] if sent.paragraph < len(ctx.article.paragraphs) else None
    if para is not None:
        earlier = [tx for tx in ctx.dates[:lo] if tx.start >= para.start and tx.type in ("DATE", "TIME")]
        if earlier:
            return _day(earlier[-1])
    if carried_date is not None:
        return _day(carried_date)
    published = ctx.article.published
    if published is None:
        return None, None
    if planned:
        return f"{published.isoformat()}/{(published + timedelta(days=14)).isoformat()}", "range"
    return f"{(published - timedelta(days=6)).isoformat()}/{published.isoformat()}", "range"


def _day(tx: TemporalExpression) -> tuple[str, str]:
    if "T" in tx.value and tx.value[:4].isdigit():
        return tx.value.split("T", 1)[0], "day"
    return tx.value, tx.precision


PLANNED_AFTER_WINDOW = 40


def _status(text: str, sent: Sentence, a_start: int, a_end: int, lex: Lexicon) -> str:
    window = text[max(sent.start, a_start - WINDOW) : a_end]
    if lex.denied.search(window):
        return "denied"
    # German puts the participle at the end of its clause; elsewhere it follows the noun closely
    after_end = sent.end if lex.lang == "de" else min(sent.end, a_end + PLANNED_AFTER_WINDOW)
    if lex.planned.search(window) or lex.planned_after.search(text, a_end, after_end):
        return "planned"
    if lex.reported.search(text, sent.start, sent.end):
        return "reported"
    return "happened"


def _mode(anchor: Hit, matches: list[Hit],
          n_actors: int) -> str | None:
    if any(m[4] == "phone" for m in matches):
        return "phone"
    if anchor[4]:
        return anchor[4]
    if n_actors >= 3:
        return "multilateral"
    if any(m[4] and abs(m[0] - anchor[0]) <= 80 for m in matches):
        return next(m[4] for m in matches if m[4])
    return None


def extract_candidates(article: Article, registry: EntityRegistry | None = None) -> list[Candidate]:
    """Every event each sentence of `article` reports (one per type per sentence)."""
    actors = _actors(article, registry)
    dates = sorted(article.dates, key=lambda d: d.start)
    ctx = _Context(article, actors, [a.start for a in actors], _dateline(article, actors), dates,
                   [d.start for d in dates])  # fmt: skip
    role_at, role_of = article_roles(article, [(a.id, a.start, a.end) for a in actors if a.type == "PER"])
    text = article.text
    default_lang = article.language or article.language_hint or "en"
    out: list[Candidate] = []
    prev: list[Actor] = []
    prev_date: TemporalExpression | None = None
    for sent in article.sentences:
        para = article.paragraphs[sent.paragraph] if sent.paragraph < len(article.paragraphs) else None
        lang = (para.language if para and para.language else None) or default_lang
        lex = lexicon(lang)
        found = find_triggers(text, lex.lang, sent.start, sent.end)
        by_type: dict[str, list[Hit]] = {}
        for item in found:
            by_type.setdefault(item[3], []).append(item)
        strongest = max((f[2] for f in found), default=0)
        sentence_actors: list[Actor] = []
        for etype, matches in by_type.items():
            anchor = max(matches, key=lambda f: (f[2], -f[0]))
            if anchor[2] < 2 and strongest >= 2:
                continue  # a weak word next to a real trigger
            if etype == "REJECT" and len(by_type) > 1 and lex.denied.search(text[anchor[0] : anchor[1]]):
                continue  # "denied meeting": a status, not an event of its own
            sources, targets, place, carried = _roles(ctx, sent, anchor, lex, prev)
            if not sources and not targets:
                continue
            if anchor[2] < 3 and len(sources) + len(targets) == 1 and (sources + targets)[0].type != "PER":
                continue  # "the talks", "la réunion" with one organisation or country: too vague
            if anchor[2] < 3 and len(sources) + len(targets) == 1 and etype != "CONSULT":
                continue
            status = _status(text, sent, anchor[0], anchor[1], lex)
            value, precision = _event_date(ctx, sent, anchor[0], lex, status == "planned",
                                           prev_date if carried else None)  # fmt: skip
            mode = _mode(anchor, matches, len(sources) + len(targets)) if etype == "CONSULT" else None
            if place is None and mode != "phone":
                place = ctx.dateline
            out.append(Candidate(
                etype, mode, sources, targets, place, value, precision, status,
                Evidence(article.id, sent.start, sent.end, text[sent.start : sent.end]),
                text[anchor[0] : anchor[1]], anchor[2], lex.lang, article.source,
                _roles_of([*sources, *targets], role_at, role_of),
            ))  # fmt: skip
            sentence_actors.extend(sources)
        persons = [a for a in ctx.actors if sent.start <= a.start < sent.end and a.type == "PER" and not a.media]
        if sentence_actors or persons:
            prev = sentence_actors or persons[:1]
        sentence_dates = [d for d in dates if sent.start <= d.start < sent.end and d.type == "DATE"]
        if sentence_dates:
            prev_date = sentence_dates[0]
    return out


def _roles_of(
    actors: list[Actor], role_at: dict[int, ActorRole], role_of: dict[str, ActorRole]
) -> dict[str, ActorRole]:
    """The role of each person actor: given at its mention in the sentence, else elsewhere in the article."""
    out: dict[str, ActorRole] = {}
    for actor in actors:
        if actor.type != "PER" or actor.id in out:
            continue
        role = role_at.get(actor.start) or role_of.get(actor.id)
        best = role_of.get(actor.id)
        if role is not None and role.country is None and best is not None and best.country:
            role = replace(role, country=best.country)  # "le président Kim Jong-un": the article's country
        if role is not None:
            out[actor.id] = role
    return out


def find_triggers(text: str, language: str | None, start: int = 0, end: int | None = None) -> list[Hit]:
    """The triggers in `text[start:end]`, as (start, end, strength, type, mode) with offsets into `text`."""
    lex = lexicon(language)
    out: list[Hit] = []
    for m in lex.trigger_re.finditer(text, start, len(text) if end is None else end):
        trig = lex.triggers[int((m.lastgroup or "g0")[1:])]
        out.append((m.start(), m.end(), trig.strength, trig.type, trig.mode))
    return out


# A promise or offer to act is PLOVER AGREE ("will support", "is ready to send aid").
_COMMITTABLE = frozenset({"SUPPORT", "AID", "COOPERATE", "RETREAT", "CONCEDE"})


def classify_text(text: str, language: str | None) -> str | None:
    """The sentence-level PLOVER type: the strongest trigger, the earliest among equals."""
    found = find_triggers(text, language)
    if not found:
        return None
    best = max(found, key=lambda f: (f[2], -f[0]))
    lex = lexicon(language)
    if best[3] in _COMMITTABLE and lex.planned.search(text, max(0, best[0] - WINDOW), best[0]):
        return "AGREE"
    return best[3]
