"""Prizes and works are not entities in the project's guidelines, though their names look like
bodies' and places' to the models: "Großen BDA-Preis", "Premio Nacional de Música", "Шевченківську
премію", and a title in quotes after a word for a work ("autor „Psalmów nadwiślańskich”", "роман
«Сіль»", "la «Sinfonía de los montes» (1981)").

Culture pages name them in every paragraph.  A quoted name with no such word before it stays
(newspapers, publishers and parties are quoted too: «Коммерсанта», «Слуга народу»).  A title
right after a verb of showing or staging is a work too ("покажет «Чайку»"), and so is a title
joined to a work's by "и"/"i"/a comma ("«Чайку» и «Лес»").  Whole
articles only.
"""

from __future__ import annotations

import re

from storywire.model import Mention

# A prize's word anywhere in the span ("BDA-Preis", "Nagrody Nike", "Prix Goncourt").
_PRIZE = re.compile(
    r"(?i)(?:^|[\s-])(?:preis|preises|premio|premios|prix|prize|prizes|award|awards|nagroda|nagrody|nagrodę|"
    r"nagrodą|премия|премии|премию|премией|премія|премії|премію|премією)(?:$|\s)|\wpreis(?:es|e|s)?\b"
)
# Honours are no bodies ("Légion d'honneur", "Ordre national du Mérite", "Victoria Cross").
_HONOUR = re.compile(
    r"(?:[Ll]a )?(?:L[ée]gion d['’][Hh]onneur|Legion of Hono(?:u)?r|Ordre (?:national )?du Mérite|Croix de [Gg]uerre|"
    r"[Mm]édaille (?:militaire|de la Résistance)|Bundesverdienstkreuz\w*|Victoria Cross|George Cross)"
)
_OPENING = '«„“"‘'
# Words for a work before its quoted title, in their cases; a year in brackets after it.
# ("рассказ" is a story, "рассказал «Известиям»" a verb of telling before an outlet)
_WORK_BEFORE = re.compile(
    r"(?i)(?:^|[\s(’'])(?:novel|roman|romans|romanu|romanzo|novela|powieść|powieści|роман|романа|романі|романом|"
    r"opera|opery|operę|opéra|oper|ópera|опера|оперы|оперу|опери|film|filmu|película|фильм|фильма|фільм|фільму|"
    r"album|albumu|álbum|альбом|альбому|symphony|sinfonie|symphonie|sinfonía|sinfonia|symfonia|symfonii|"
    r"симфония|симфонии|симфонію|poem|gedicht|poema|poème|poemat|поэма|поэму|поема|поему|book|buch|buches|libro|"
    r"livre|książka|książki|książkę|книга|книги|книгу|книжка|книжки|книжку|autor|autora|author|auteur|autore|"
    r"автор|автора|cycle|zyklus|ciclo|cykl|cyklu|цикл|циклу|premiere|premiera|premiery|premierę|première|"
    r"estreno|премьера|премьеры|премьеру|прем[’'ʼ]єра|прем[’'ʼ]єри|прем[’'ʼ]єру|exhibition|ausstellung|"
    r"exposición|exposition|mostra|wystawa|wystawy|wystawę|выставка|выставки|выставку|виставка|виставки|"
    r"виставку|series|serie|serial|сериал|серіал|song|lied|canción|chanson|canzone|piosenka|piosenki|песня|"
    r"песню|пісня|пісню|play|stück|stücks|obra|pièce|spettacolo|sztuka|sztuki|спектакль|спектакля|вистава|"
    r"виставу|ballet|balet|baletu|балет|балета|oratorio|oratorium|essay|ensayo|essai|saggio|esej|эссе|есе|"
    r"utwór|utworu|utworze|stück|werk|werkes|work|œuvre|opus|składankę|płyta|płyty|płytę|disco|disque|"
    r"пластинка|платівка|повесть|повість|повести|повісті|рассказ(?!ал|ыва)|оповідання|сборник|збірка|збірку|"
    # a film's shooting and a broadcast programme: "le tournage de « Neige d'avril »"
    r"tournage|rodaje|riprese|dreharbeiten|filming|съёмки|съемки|съёмок|съемок|зйомки|zdjęcia|zdjęć|"
    r"émission|programa|programma|sendung|show|telegiornale|notiziario|telediario|noticiero|audycja|audycji|передача|передачи|передачу|передачі|шоу|"
    r"documentaire|documental|documentario|documentary|dokumentarfilm|dokument|документальный|документальний|"
    # a ship is no name either: "le porte-conteneurs « Cap Leucate »", "das Frachtschiff „Nordlicht“"
    r"navire|porte-conteneurs|paquebot|ferry|chalutier|pétrolier|méthanier|vraquier|remorqueur|ship|vessel|"
    r"tanker|freighter|schiff|frachter|frachtschiff|fähre|buque|barco|carguero|petrolero|traghetto|"
    r"portacontainer|petroliera|statek|statku|prom|promu|судно|судна|теплоход|теплохода|танкер|танкера|паром|парома)"
    r"[\s,:]*(?:[\w’'-]+[\s,:]+){0,3}$"
)
_YEAR_AFTER = re.compile(r"\s*\((?:1[5-9]|20)\d\d\)")
# A company will show or stage its titles ("труппа покажет «Чайку»", "teatr wystawi „Wesele”"):
# the future verb right before the quote, no word between (the past "показал «Левада-центр»"
# is a survey's body that showed, and "покажет канал «Россия»" has a kind word between).
_STAGED_BEFORE = re.compile(r"(?i)(?:^|\s)(?:покаж(?:ет|ут)|покаже|покажуть|pokaże|pokażą|wystawi|wystawią)\s+$")
# ... but a channel shows the match ("покажет «Матч ТВ»", "pokaże „Polsat Sport 2”")
_CHANNEL = re.compile(r"(?:^|\s)(?:ТВ|TV|FM|Радио|Радіо|Radio|Медиа|Медіа|Media|Sport|Спорт)(?:\s|$)|\d$")
# A second title joined to a work's ("«Чайку» и «Лес»", "„Wesele” i „Dziady”").
_AND_BEFORE = re.compile(r"[»”“\"]\s*(?:,|и|і|й|та|i|oraz)\s+$")
_QUOTED = re.compile(r"[«„“\"‘]([^«»„“”\"‘’\n]{2,80})[»“”\"’]")
# A body's kind word right before the quote names the body, though a work's word stands a few
# words back ("сериал покажут телеканал «ОТВ» и онлайн-кинотеатр «Кадр»": the channels show it).
_BODY_RIGHT_BEFORE = re.compile(
    r"(?i)(?:^|\s)(?:телеканал|канал|онлайн-кинотеатр|онлайн-кінотеатр|стриминг(?:овый|овая)? (?:сервис|платформа)|"
    r"стримінгов(?:ий|а) (?:сервіс|платформа)|кинокомпани|кінокомпані|телекомпани|телекомпані|радиостанци|"
    r"радіостанці|telewizj|stacj|kanał|platform(?=[aiyęą]))\w*\s*[«„“\"]?$"
)


# Instruments, craft and medicines are products, named right after their kind ("телескопа БТА",
# "обсерватории «Спектр-РГ»", "vaccine Comirnaty"); a meeting's span is an
# event ("Deutschen Krebskongress", "Всероссийской астрономической конференции").
_PRODUCT_BEFORE = re.compile(
    r"(?i)(?:^|[\s(])(?:telescope|teleskop|teleskops|télescope|telescopio|teleskopu|teleskopie|телескоп|телескопа|"
    r"телескопе|телескопу|телескопом|satellite|satellit|satelliten|satélite|satelita|satelity|спутник|спутника|"
    r"спутнике|супутник|супутника|rover|łazik|ровер|probe|sonde|sonda|зонд|зонда|обсерватории|обсерваторії|"
    r"vaccine|impfstoff|vaccin|vacuna|vaccino|"
    r"szczepionka|szczepionki|вакцина|вакцины|вакцини|drug|medikament|médicament|fármaco|farmaco|lek|leku|"
    r"препарат|препарата|препарату|software|logiciel|programm|programme|grant|grantu)\s*[«„“\"]?$"
)
# ... and a fair or a festival right after its lower-case kind word is an event ("le salon
# Hydrovia", "la feria Fitur", "la fiera Vinitaly", "targi Polagra"); a town after "de"/"di" is
# not right after it ("salon de Genève").
_EVENT_BEFORE = re.compile(
    r"(?:^|[\s(’'])(?:salon|foire|festival|feria|fiera|rassegna|targi|targów|targach|festiwal|festiwalu|trade fair)"
    r"\s*[«„“\"]?$"
)
# ... in Russian and Ukrainian only before its quoted name ("фестиваля «Кинопроба»"): a person
# after the kind word is the festival's ("директор фестиваля Иван Петров").
_QUOTED_EVENT_BEFORE = re.compile(r"(?:^|\s)(?:фестивал|ярмар)\w*\s*«$")
_MEETING = re.compile(
    r"(?:^|\s)(?:конференци[яиюей]|конференці[яїюєй]|конгресс[аеу]?|конгрес[уі]?|conférence|conferencia|"
    r"conferenza|konferencj[aiąę]|kongres[uie]?|congrès|congreso|congresso|symposium|sympozjum|симпозиум[ае]?)(?:\s|$)"
    r"|[a-zäöüß](?:kongress|kongresses|tagung|symposium)$"  # not "-konferenz": "Bischofskonferenz" is a body
)


def without_prizes_and_works(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` less the prizes, the names inside quoted titles of works, products named after
    their kind and meetings."""
    if language == "zh":  # 《》 titles are the Chinese rules' own business
        return mentions
    works = _quoted_works(text) if any(q in text for q in _OPENING) else []
    kept = [
        m
        for m in mentions
        if not (
            _PRIZE.search(m.text)
            or _HONOUR.fullmatch(m.text)
            or any(s <= m.start and m.end <= e for s, e in works)
            or (m.type != "PER" and _PRODUCT_BEFORE.search(text, max(0, m.start - 16), m.start))
            or _EVENT_BEFORE.search(text, max(0, m.start - 16), m.start)
            or _QUOTED_EVENT_BEFORE.search(text, max(0, m.start - 16), m.start)
            or (m.type == "ORG" and _MEETING.search(m.text))
        )
    ]
    if language != "pl" or len(kept) == len(mentions):
        return kept
    return sorted([*kept, *_fair_towns(text, mentions, kept)], key=lambda m: (m.start, m.end))


# A Polish fair's name read with the town it is held in ("targach Wiatr i Woda w Warszawie"):
# the fair is no name, the town after "w"/"we" at the span's end is a place.
_FAIR_TOWN = re.compile(r" we? ([A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+(?: [A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+)?)$")


def _fair_towns(text: str, mentions: list[Mention], kept: list[Mention]) -> list[Mention]:
    """The towns at the end of the fairs' spans dropped from `mentions` (Polish only)."""
    towns: list[Mention] = []
    for m in mentions:
        if any(k is m for k in kept) or not _EVENT_BEFORE.search(text, max(0, m.start - 16), m.start):
            continue
        found = _FAIR_TOWN.search(m.text)
        if found is not None and found.start(1) > 0:
            start = m.start + found.start(1)
            towns.append(Mention(start, m.end, found.group(1), "LOC", "fair-town", m.confidence))
    return towns


def _quoted_works(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quoted title that a word for a work precedes or a year follows."""
    works: list[tuple[int, int]] = []
    last_end = -1
    for found in _QUOTED.finditer(text):
        before = max(0, found.start() - 48)
        if (
            (
                _WORK_BEFORE.search(text, before, found.start())
                and not _BODY_RIGHT_BEFORE.search(text, before, found.start())
            )
            or _YEAR_AFTER.match(text, found.end())
            or (_STAGED_BEFORE.search(text, before, found.start()) and not _CHANNEL.search(found[1]))
            or (last_end >= 0 and _AND_BEFORE.fullmatch(text, last_end - 1, found.start()))
        ):
            works.append(found.span(1))
            last_end = found.end()
    return works
