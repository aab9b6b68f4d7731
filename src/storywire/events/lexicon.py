"""Per-language trigger lexicons for PLOVER event types, and the cue words around them.

Each trigger is a regex fragment (stems end in `\\w*` so inflected forms match: met /
rencontré / traf / зустрівся / встретился / se reunió / incontrato / spotkał) with its
PLOVER type, an optional mode, and a strength: 3 for a verb naming the event, 2 for a noun
that names it, 1 for a weak or ambiguous word (used only when nothing stronger is there).
All patterns of one language are compiled once into a single alternation.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

# The PLOVER ontology (Open Event Data Alliance), with the CONSULT modes storywire codes.
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
    "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "DEMAND", "DISAPPROVE", "INVESTIGATE",
    "FIGHT",
)  # fmt: skip
CONSULT_MODES = ("visit", "third-party", "phone", "multilateral")
LANGUAGES = ("en", "fr", "de", "uk", "ru", "es", "it", "pl")

W = r"\w*"


@dataclass(frozen=True)
class Trigger:
    pattern: str
    type: str
    mode: str | None = None
    strength: int = 3


def _t(type_: str, strength: int, patterns: str, mode: str | None = None) -> list[Trigger]:
    return [Trigger(p.strip(), type_, mode, strength) for p in patterns.split(";") if p.strip()]


_EN = [
    *_t("CONSULT", 3, r"meet|meets|met|meeting with|held talks|hold talks|holds talks|"
        r"consult(?:ed|s)?|negotiat\w*|spoke (?:with|to)|conferred"),
    *_t("CONSULT", 2, r"discuss(?:ed|es)?"),
    *_t("CONSULT", 2, r"talks|meeting|consultations|discussions|negotiations"),
    *_t("CONSULT", 3, r"visit(?:ed|s|ing)?|arrived in|landed in|travel(?:l)?ed to|trip to|hosted|received", "visit"),
    *_t("CONSULT", 2, r"visit", "visit"),
    *_t("CONSULT", 3, r"(?:tele)?phoned|(?:tele)?phones|(?:tele)?phone call|call(?:ed)? by phone|"
        r"spoke by (?:tele)?phone|video ?call|video ?link|videoconference|by telephone", "phone"),
    *_t("CONSULT", 2, r"summit"),
    *_t("CONSULT", 3, r"mediat\w*|brokered", "third-party"),
    *_t("AGREE", 3, r"agree[ds]?|agreeing|signed|promis\w*|pledg\w*|offer(?:ed|s)?|accept(?:ed|s)?|vow\w*|"
        r"reached (?:a |an )?(?:consensus|agreement|deal)|willing to|ready to|prepared to|committed to|"
        r"will allow|will give|will provide|would allow|endorsed"),
    *_t("AGREE", 2, r"agreement|accord|deal|treaty|pact|consensus"),
    *_t("ACCUSE", 3, r"accus\w*|blam\w*|alleg(?:ed|es)|charged"),
    *_t("THREATEN", 3, r"threat\w*|warn(?:ed|s)?|ultimatum"),
    *_t("REQUEST", 3, r"request\w*|ask(?:ed|s)?|appeal(?:ed|s)? (?:to|for)|urg(?:ed|es)|call(?:ed|s)? (?:on|for)|"
        r"sought|seek\w*|invit\w*"),
    *_t("DEMAND", 3, r"demand\w*|insist\w*"),
    *_t("SUPPORT", 3, r"support(?:ed|s)?|back(?:ed|s)|prais\w*|welcom\w*|commend\w*"),
    *_t("SUPPORT", 1, r"support"),
    *_t("COOPERATE", 3, r"cooperat(?:e|ed|es|ing)|co-operat\w*|collaborat(?:e|ed|es)"),
    *_t("COOPERATE", 1, r"cooperation|partnership"),
    *_t("AID", 3, r"provid(?:ed|es)|donat\w*|deliver(?:ed|s)|sent aid|grant(?:ed|s)"),
    *_t("AID", 2, r"aid|assistance|relief"),
    *_t("REJECT", 3, r"reject\w*|refus\w*|denied|deny|denies|dismiss\w*|declin(?:ed|es)|veto\w*|ruled out"),
    *_t("PROTEST", 2, r"protests?"),
    *_t("PROTEST", 3, r"protest(?:ed|ing)|demonstrat\w*|rall(?:y|ied|ies)|boycott\w*|march(?:ed)?|went on strike|"
        r"on strike|riot\w*|hunger strike"),
    *_t("ASSAULT", 3, r"attack\w*|bomb\w*|shell(?:ed|ing)|kill(?:ed|s)?|assassinat\w*|tortur\w*|"
        r"(?:air|missile|drone) ?strikes?|struck|massacr\w*|abduct\w*|kidnap\w*"),
    *_t("FIGHT", 3, r"clash\w*|fight(?:s|ing)?|fought|battl\w*|exchanged fire|firefight"),
    *_t("DISAPPROVE", 3, r"criticiz(?:ed|es|ing)|criticis(?:ed|es|ing)|condemn\w*|denounc\w*|deplor\w*|"
        r"complain\w*|protested against"),
    *_t("SANCTION", 3, r"sanction\w*|embargo\w*|suspend\w*|froze|freez\w*|expel\w*|severed|cut (?:off )?ties|"
        r"broke off"),
    *_t("COERCE", 3, r"arrest\w*|detain\w*|ban(?:ned|s)|deport\w*|confiscat\w*|seiz\w*|curfew|censor\w*|"
        r"impos\w* martial law|destroy\w*|demolish\w*"),
    *_t("INVESTIGATE", 3, r"investigat\w*|probe[sd]?|inquiry|inspect\w*"),
    *_t("MOBILIZE", 3, r"mobiliz\w*|mobilis\w*|deploy\w*|massed|put (?:its )?troops on alert"),
    *_t("RETREAT", 3, r"withdr[ae]w\w*|pull(?:ed|s)? (?:out|back)|evacuat\w*|releas(?:ed|es)|return(?:ed|s)? "
        r"(?:weapons|territory)|lift(?:ed|s)? (?:the )?(?:ban|embargo|sanctions|curfew)"),
    *_t("CONCEDE", 3, r"conced\w*|eas(?:ed|es) (?:restrictions|sanctions)|apologi[sz]\w*|resign\w*|compromis\w*"),
]

_FR = [
    *_t("CONSULT", 3, r"rencontr\w*|s['’]est entretenu\w*|s['’]entret\w*|entretenu\w*|réuni\w*|discut\w*|"
        r"a eu des (?:entretiens|discussions|pourparlers)|négoci\w*|consult\w*"),
    *_t("CONSULT", 2, r"entretiens?|pourparlers|discussions|négociations|réunion|rencontre"),
    *_t("CONSULT", 3, r"visit[éeaio]\w+|s['’]est rendu\w*|se rendra|a atterri|atterri|accueilli\w*|a reçu|reçu\w* par",
        "visit"),
    *_t("CONSULT", 2, r"visites?", "visit"),
    *_t("CONSULT", 3, r"téléphon\w*|par téléphone|visioconférence|par vidéo\w*|appel vidéo", "phone"),
    *_t("CONSULT", 2, r"sommet"),
    *_t("CONSULT", 3, r"médiat\w*", "third-party"),
    *_t("AGREE", 3, r"convenu\w*|conclu\w*|sign[ée]\w*|signent|promis\w*|propos[ée]\w*|accept\w*|s['’]engag\w*|"
        r"(?:se sont )?engagés|parvenus? à un (?:accord|consensus)|prêts? à|dispos[ée]s? à"),
    *_t("AGREE", 2, r"accords?|traité|pacte|consensus"),
    *_t("ACCUSE", 3, r"accus\w*|reproch\w*|imput\w*"),
    *_t("THREATEN", 3, r"menac\w*|averti\w*"),
    *_t("REQUEST", 3, r"demand[ée]\w*|demande|appel\w* à|sollicit\w*|exhort\w*|invit\w*"),
    *_t("DEMAND", 3, r"exig\w*|somm[ée]\w*"),
    *_t("SUPPORT", 3, r"soutien\w*|soutenu|appuy\w*|salu[ée]\w*"),
    *_t("COOPERATE", 3, r"coopér\w*|collabor\w*"),
    *_t("COOPERATE", 1, r"coopération|partenariat"),
    *_t("AID", 3, r"fourni\w*|livr[ée]\w*|octroy\w*"),
    *_t("AID", 2, r"aide|assistance"),
    *_t("REJECT", 3, r"rejet\w*|refus\w*|dément\w*|démenti|nié|ni[ée]nt|réfut\w*"),
    *_t("PROTEST", 3, r"manifest\w*|protest\w*|grève\w*|boycott\w*"),
    *_t("ASSAULT", 3, r"attaqu\w*|frappes?|bombard\w*|tué\w*|assassin\w*"),
    *_t("DISAPPROVE", 3, r"critiqu\w*|condamn\w*|dénonc\w*"),
    *_t("SANCTION", 3, r"sanction\w*|expuls\w*"),
]

_DE = [
    *_t("CONSULT", 3, r"traf|trafen|trifft|treffen|getroffen|berieten|beraten|verhandel\w*|besprach\w*|"
        r"sprach\w* mit|empfing|empfangen"),
    *_t("CONSULT", 2, r"Treffen|Gespräch\w*|Unterredung|Verhandlungen|Konsultationen|Beratungen"),
    *_t("CONSULT", 3, r"besucht\w*|besuchen|reist\w*|eingetroffen|traf in", "visit"),
    *_t("CONSULT", 2, r"Besuch\w*|Reise", "visit"),
    *_t("CONSULT", 3, r"telefonier\w*|Telefonat\w*|telefonisch\w*|Videokonferenz|Videoschalte|Videogespräch\w*",
        "phone"),
    *_t("CONSULT", 2, r"Gipfel\w*"),
    *_t("CONSULT", 3, r"vermittel\w*", "third-party"),
    *_t("AGREE", 3, r"vereinbar\w*|einigten|geeinigt|unterzeichne\w*|unterschrieben|zugesagt|sagte\w* zu|"
        r"versproch\w*|versprach\w*|angeboten|bot\w* an|akzeptier\w*|bereit"),
    *_t("AGREE", 2, r"Vereinbarung|Abkommen|Einigung|Konsens|Vertrag|Pakt"),
    *_t("ACCUSE", 3, r"beschuldig\w*|vorgeworfen|warf\w* vor|wirft\w* vor|bezichtig\w*"),
    *_t("ACCUSE", 2, r"Vorw[uü]rf\w*"),
    *_t("THREATEN", 3, r"droh\w*|gedroht|warnte\w*|gewarnt"),
    *_t("REQUEST", 3, r"bat|bitte[tn]\w*|gebeten|rief\w* auf|aufgerufen|appellier\w*|ersuch\w*|forderte\w* auf"),
    *_t("DEMAND", 3, r"forder\w*|gefordert|verlang\w*"),
    *_t("SUPPORT", 3, r"unterstütz\w*|befürwort\w*|lobt\w*|begrüßt\w*"),
    *_t("COOPERATE", 3, r"kooperier\w*|zusammenarbeiten"),
    *_t("COOPERATE", 1, r"Zusammenarbeit|Kooperation"),
    *_t("AID", 3, r"geliefert|liefer\w*|gespendet|gewährt\w*"),
    *_t("AID", 2, r"Hilfe|Hilfen|Hilfslieferung\w*"),
    *_t("REJECT", 3, r"lehnt\w* ab|abgelehnt|zurückgewiesen|wies\w* zurück|dementier\w*|bestritt\w*|bestreit\w*"),
    *_t("PROTEST", 3, r"protestier\w*|demonstrier\w*|Protest\w*|Demonstration\w*|Streik\w*"),
    *_t("ASSAULT", 3, r"angegriffen|griff\w* an|Angriff\w*|bombardier\w*|Beschuss|beschossen|getötet"),
    *_t("DISAPPROVE", 3, r"kritisier\w*|verurteil\w*"),
    *_t("SANCTION", 3, r"Sanktion\w*|sanktionier\w*|ausgewiesen"),
]

_UK = [
    *_t("CONSULT", 3, r"зустр[іи]\w*|провели переговори|провів переговори|провела переговори|"
        r"поспілкува\w*|консульту\w*|прийня[вл]\w*"),
    *_t("CONSULT", 2, r"переговор\w*|перемовин\w*|консультаці\w*|розмов\w*|обговори\w*"),
    *_t("CONSULT", 3, r"відвіда\w*|прибу[вл]\w*|приїха\w*|прилеті\w*", "visit"),
    *_t("CONSULT", 2, r"візит\w*", "visit"),
    *_t("CONSULT", 3, r"телефон\w*|відеозв['’]язк\w*|відеоконференц\w*", "phone"),
    *_t("CONSULT", 2, r"саміт\w*"),
    *_t("CONSULT", 3, r"посередни\w*", "third-party"),
    *_t("AGREE", 3, r"домови\w*|підписа\w*|погоди\w*|пообіця\w*|обіця\w*|запропонува\w*|готов\w* до"),
    *_t("AGREE", 2, r"угод\w*|домовленіст\w*|консенсус\w*|згод\w*"),
    *_t("ACCUSE", 3, r"звинува\w*|обвинува\w*"),
    *_t("THREATEN", 3, r"погрож\w*|пригрози\w*|загрожу\w*|попереди\w*|застеріг\w*"),
    *_t("REQUEST", 3, r"попроси\w*|просив\w*|проси\w*|закликал\w*|закликав|закликає"),
    *_t("DEMAND", 3, r"вимага\w*|вимаг\w*|зажада\w*"),
    *_t("SUPPORT", 3, r"підтрима\w*|підтримує|підтримал\w*|привіта\w*"),
    *_t("COOPERATE", 3, r"співпрацю\w*|співпрацюва\w*"),
    *_t("COOPERATE", 1, r"співпрац\w*|співробітництв\w*"),
    *_t("AID", 3, r"надав\w*|надал\w*|переда[вл]\w*|постача\w*"),
    *_t("AID", 2, r"допомог\w*"),
    *_t("REJECT", 3, r"відхили\w*|відкину\w*|відмови\w*|заперечи\w*|заперечу\w*|спростува\w*"),
    *_t("PROTEST", 3, r"протест\w*|мітинг\w*|страйк\w*"),
    *_t("ASSAULT", 3, r"удар\w*|атаку\w*|атак\w*|обстріл\w*|вбил\w*|вбив"),
    *_t("DISAPPROVE", 3, r"критикува\w*|засуди\w*|засудж\w*|критик\w*"),
    *_t("SANCTION", 3, r"санкці\w*"),
]

_RU = [
    *_t("CONSULT", 3, r"встрет\w*|встреча\w*|провели переговоры|провел переговоры|провёл переговоры|"
        r"пообща\w*|консультир\w*|приня[лв]\w*"),
    *_t("CONSULT", 2, r"встреч\w*|переговор\w*|консультаци\w*|бесед\w*|обсуди\w*"),
    *_t("CONSULT", 3, r"посети\w*|посеща\w*|прибы[лв]\w*|приеха\w*|прилете\w*", "visit"),
    *_t("CONSULT", 2, r"визит\w*", "visit"),
    *_t("CONSULT", 3, r"телефон\w*|видеосвяз\w*|видеоконференц\w*", "phone"),
    *_t("CONSULT", 2, r"саммит\w*"),
    *_t("CONSULT", 3, r"посредни\w*", "third-party"),
    *_t("AGREE", 3, r"договори\w*|подписа\w*|согласи\w*|пообеща\w*|обеща\w*|предложи\w*|готов\w* к"),
    *_t("AGREE", 2, r"соглашени\w*|договор\w*|консенсус\w*"),
    *_t("ACCUSE", 3, r"обвини\w*|обвиня\w*"),
    *_t("THREATEN", 3, r"угрож\w*|пригрози\w*|предупреди\w*"),
    *_t("REQUEST", 3, r"попроси\w*|просил\w*|проси\w*|призвал\w*|призыва\w*"),
    *_t("DEMAND", 3, r"потребова\w*|требова\w*|требу\w*"),
    *_t("SUPPORT", 3, r"поддерж\w*|приветствова\w*"),
    *_t("COOPERATE", 3, r"сотруднича\w*"),
    *_t("COOPERATE", 1, r"сотрудничеств\w*"),
    *_t("AID", 3, r"предостави\w*|переда[лв]\w*|постав[иля]\w*"),
    *_t("AID", 2, r"помощ\w*"),
    *_t("REJECT", 3, r"отклони\w*|отверг\w*|отказа\w*|отрица\w*|опроверг\w*"),
    *_t("PROTEST", 3, r"протест\w*|митинг\w*|забастов\w*"),
    *_t("ASSAULT", 3, r"удар\w*|атак\w*|обстрел\w*|убил\w*|убит\w*"),
    *_t("DISAPPROVE", 3, r"критикова\w*|осуди\w*|осужд\w*|раскритик\w*"),
    *_t("SANCTION", 3, r"санкци\w*"),
]

_ES = [
    *_t("CONSULT", 3, r"se reuni[óe]\w*|reuni[óe]\w*|se entrevist\w*|convers[óa]\w*|dialog\w*|negoci\w*|discuti\w*|"
        r"mantuvo conversaciones|recibió|recibido"),
    *_t("CONSULT", 2, r"reunión|conversaciones|negociaciones|consultas|encuentro"),
    *_t("CONSULT", 3, r"visit\w*|lleg[óa] a|viaj[óa] a", "visit"),
    *_t("CONSULT", 3, r"llamada|telef[oó]nic\w*|por teléfono|videoconferencia|videollamada", "phone"),
    *_t("CONSULT", 2, r"cumbre"),
    *_t("CONSULT", 3, r"mediaci\w*|media[rd]\w*", "third-party"),
    *_t("AGREE", 3, r"acord[óa]\w*|acordaron|firm[óa]\w*|firmaron|prometi\w*|ofreci\w*|acept\w*|dispuest\w*|"
        r"se comprometi\w*"),
    *_t("AGREE", 2, r"acuerdo|tratado|pacto|consenso"),
    *_t("ACCUSE", 3, r"acus\w*|culp[óa]\w*"),
    *_t("THREATEN", 3, r"amenaz\w*|advirti\w*"),
    *_t("REQUEST", 3, r"pidi[óe]\w*|solicit\w*|inst[óa]\w*|exhort\w*|pedido"),
    *_t("DEMAND", 3, r"exigi\w*|exig\w*|reclam\w*"),
    *_t("SUPPORT", 3, r"apoy\w*|respald\w*|elogi\w*"),
    *_t("COOPERATE", 3, r"cooperar|coopera[rn]\w*|colabor\w*"),
    *_t("COOPERATE", 1, r"cooperación"),
    *_t("AID", 3, r"suministr\w*|entreg[óa]\w*|don[óa]\w*"),
    *_t("AID", 2, r"ayuda|asistencia"),
    *_t("REJECT", 3, r"rechaz\w*|neg[óa]|negaron|desminti\w*"),
    *_t("PROTEST", 3, r"protest\w*|manifest\w*|huelga\w*"),
    *_t("ASSAULT", 3, r"atac\w*|ataque\w*|bombarde\w*|mat[óa]|asesin\w*"),
    *_t("DISAPPROVE", 3, r"critic\w*|conden[óa]\w*|condenaron"),
    *_t("SANCTION", 3, r"sancion\w*"),
]

_IT = [
    *_t("CONSULT", 3, r"incontr\w*|colloqui\w*|riunit\w*|negoziat\w*|discuss\w*|ricevut\w*|ha ricevuto"),
    *_t("CONSULT", 2, r"riunione|negoziati|consultazioni|vertice bilaterale|conversazion\w*"),
    *_t("CONSULT", 3, r"visit\w*|giunt[oa] a|arrivat[oa] a|si è recat[oa]|recat[oa]", "visit"),
    *_t("CONSULT", 3, r"telefon\w*|videochiamata|videoconferenza|in collegamento video", "phone"),
    *_t("CONSULT", 2, r"vertice"),
    *_t("CONSULT", 3, r"mediazion\w*|mediat\w*", "third-party"),
    *_t("AGREE", 3, r"concordat\w*|firmat\w*|firmano|promess\w*|promesso|offert\w*|accettat\w*|dispost\w*|"
        r"si (?:sono|è) impegnat\w*|raggiunto un (?:accordo|consenso)"),
    *_t("AGREE", 2, r"accord\w*|trattato|patto|consenso|intesa"),
    *_t("ACCUSE", 3, r"accus\w*|incolpa\w*"),
    *_t("THREATEN", 3, r"minacci\w*|avvert\w*"),
    *_t("REQUEST", 3, r"chiest\w*|chiese|sollecit\w*|esortat\w*|invitat\w*"),
    *_t("DEMAND", 3, r"pretes\w*|pretend\w*|esig\w*|reclamat\w*"),
    *_t("SUPPORT", 3, r"sostien\w*|sostenut\w*|appoggi\w*|lodat\w*"),
    *_t("COOPERATE", 3, r"cooperar\w*|collabor\w*"),
    *_t("COOPERATE", 1, r"cooperazione"),
    *_t("AID", 3, r"fornit\w*|consegnat\w*|donat\w*"),
    *_t("AID", 2, r"aiut\w*|assistenza"),
    *_t("REJECT", 3, r"respint\w*|rifiut\w*|smentit\w*|negato"),
    *_t("PROTEST", 3, r"protest\w*|manifest\w*|sciopero\w*"),
    *_t("ASSAULT", 3, r"attacc\w*|bombard\w*|uccis\w*"),
    *_t("DISAPPROVE", 3, r"criticat\w*|condann\w*"),
    *_t("SANCTION", 3, r"sanzion\w*"),
]

_PL = [
    *_t("CONSULT", 3, r"spotka\w*|rozmawia\w*|rozmówi\w*|negocjow\w*|omówi\w*|przyj[ąę]\w*|przyjął|konsultow\w*"),
    *_t("CONSULT", 2, r"spotkani\w*|rozmow\w*|rozmów|negocjac\w*|konsultac\w*"),
    *_t("CONSULT", 3, r"odwiedzi\w*|przyby[łl]\w*|przylecia\w*|przyjecha\w*", "visit"),
    *_t("CONSULT", 2, r"wizyt\w*", "visit"),
    *_t("CONSULT", 3, r"telefon\w*|wideokonferencj\w*|połączeni\w* wideo", "phone"),
    *_t("CONSULT", 2, r"szczyt\w*"),
    *_t("CONSULT", 3, r"pośredni\w*|mediac\w*", "third-party"),
    *_t("AGREE", 3, r"uzgodni\w*|zgodzi\w*|podpisa\w*|obieca\w*|zaoferowa\w*|zaakceptowa\w*|porozumie\w*"),
    *_t("AGREE", 2, r"porozumieni\w*|umow\w*|traktat\w*|konsensus\w*"),
    *_t("ACCUSE", 3, r"oskarż\w*|obwini\w*|zarzuci\w*|zarzuca\w*"),
    *_t("THREATEN", 3, r"zagrozi\w*|grozi\w*|ostrzeg\w*"),
    *_t("REQUEST", 3, r"poprosi\w*|prosi\w*|wezwa\w*|zaapelowa\w*|apelowa\w*"),
    *_t("DEMAND", 3, r"zażąda\w*|żąda\w*|domaga\w*"),
    *_t("SUPPORT", 3, r"popar\w*|poprze\w*|wspiera\w*|wsparł\w*"),
    *_t("COOPERATE", 3, r"współpracowa\w*|współpracuj\w*"),
    *_t("COOPERATE", 1, r"współprac\w*"),
    *_t("AID", 3, r"dostarczy\w*|przekaza\w*|udzieli\w*"),
    *_t("AID", 2, r"pomoc\w*|wsparci\w*"),
    *_t("REJECT", 3, r"odrzuci\w*|odmówi\w*|zaprzeczy\w*|zdementowa\w*"),
    *_t("PROTEST", 3, r"protest\w*|demonstr\w*|strajk\w*"),
    *_t("ASSAULT", 3, r"atak\w*|ostrzał\w*|ostrzela\w*|zabi[łl]\w*|zbombardowa\w*"),
    *_t("DISAPPROVE", 3, r"skrytykowa\w*|krytyk\w*|potępi\w*"),
    *_t("SANCTION", 3, r"sankcj\w*"),
]

TRIGGERS: dict[str, list[Trigger]] = {"en": _EN, "fr": _FR, "de": _DE, "uk": _UK, "ru": _RU, "es": _ES, "it": _IT,
                                      "pl": _PL}  # fmt: skip

# Status cues, looked for in the words just before a trigger (planned, denied) or anywhere in
# the sentence (reported).  Negation cues mark the event itself as not having happened.
_PLANNED = {
    "en": r"will|shall|would|(?:is|are|was|were) (?:expected|due|set|scheduled|slated|going) to|plans? to|planned|"
    r"planning to|intends? to|to visit|is to|are to|upcoming|next week|expected",
    "fr": r"devait|devrait|doit|doivent|devraient|va|vont|prévu\w*|prévoit|attendu\w*|projette|compte|"
    r"\w+(?:era|eront|ira|iront)",
    "de": r"soll|sollen|sollte|wird|werden|plant|geplant\w*|erwartet|will|wollen|beabsichtigt|bevorstehend\w*",
    "uk": r"планує|планують|має|мають|мав|очікує\w*|очікуєт\w*|запланован\w*|відвідає|зустрінеться|проведе|"
    r"проведуть|збирається|на(?:ступн|майбутн)\w*",
    "ru": r"планиру\w*|должен|должны|должна|ожида\w*|запланирован\w*|посетит|встретится|проведет|проведёт|"
    r"проведут|намерен\w*|собира\w*|предстоящ\w*",
    "es": r"prevé|previst\w*|tiene previsto|se reunirá|visitará|espera|va a|van a|planea|\w+(?:ará|arán|irá|irán)",
    "it": r"dovrebbe|dovrà|previst\w*|prevede|è atteso|sarà|\w+(?:erà|eranno|irà|iranno)",
    "pl": r"ma się|mają się|planuje|planowan\w*|oczekuje się|spotka się|odwiedzi|przyjedzie|uda się|będzie|zamierza",
}
# Participles that mark a meeting as planned from after its noun, in a relative or participial
# clause ("the meeting, which was planned for Friday"; "das für Freitag geplant war").
_PLANNED_AFTER = {
    "en": r"planned|scheduled|slated",
    "fr": r"prévue?s?|programmée?s?",
    "de": r"geplant\w*|angesetzt\w*|vorgesehen\w*",
    "uk": r"запланован\w*",
    "ru": r"запланирован\w*|намечен\w*",
    "es": r"previst[oa]s?|programad[oa]s?",
    "it": r"previst[oa]|previsti|programmat[oa]",
    "pl": r"zaplanowan\w*|planowan\w*",
}
_DENIED = {
    "en": r"denied|denies|deny|dismissed reports|did not|didn't|never|no meeting",
    "fr": r"nié|nie|nient|démenti|dément\w*|n['’]a pas|n['’]ont pas|jamais",
    "de": r"bestritt\w*|bestreit\w*|dementier\w*|nicht|kein\w*",
    "uk": r"заперечи\w*|заперечу\w*|спростува\w*|не",
    "ru": r"отрица\w*|опроверг\w*|не",
    "es": r"neg[óa]|niega|desminti\w*|no|nunca",
    "it": r"negato|nega|smentit\w*|non|mai",
    "pl": r"zaprzeczy\w*|zdementowa\w*|nie",
}
_REPORTED = {
    "en": r"according to|reportedly|reported|is said to|were said to|reports said|sources said",
    "fr": r"selon|d['’]après|a rapporté|ont rapporté|aurait|auraient|rapporte",
    "de": r"laut|zufolge|berichtet\w*|meldete\w*|gemeldet",
    "uk": r"за даними|за інформацією|повідомля\w*|повідомил\w*|повідомив|як повідомляє|пише",
    "ru": r"по данным|по информации|сообща\w*|сообщил\w*|как сообщает|пишет",
    "es": r"según|informó|habría|habrían",
    "it": r"secondo|riferit\w*|avrebbe|avrebbero|ha riportato",
    "pl": r"według|poinformowa\w*|podał\w*|miał(?:a|o)? się",
}
# Verbs of saying; a date right after one dates the report, not the event.
_SAYING = {
    "en": r"said|says|told|announced|reported|stated|added|confirmed",
    "fr": r"a rapporté|ont rapporté|a déclaré|ont déclaré|a annoncé|a indiqué|a dit|a affirmé",
    "de": r"sagte|teilte\w* mit|berichtete\w*|meldete\w*|erklärte\w*|gemeldet",
    "uk": r"заяви\w*|повідоми\w*|сказа\w*",
    "ru": r"заяви\w*|сообщи\w*|сказа\w*",
    "es": r"dijo|informó|anunció|declaró|afirmó",
    "it": r"ha detto|ha riferito|ha annunciato|ha dichiarato",
    "pl": r"powiedzia\w*|poinformowa\w*|ogłosi\w*",
}
# Words before a place name ("in Beijing", "à Pékin", "в Пекине").
_PLACE_PREP = {
    "en": r"in|at|near|outside|to(?= (?:the )?[A-Z])",
    "fr": r"à|au|aux|en|dans|près de",
    "de": r"in|im|nach|bei",
    "uk": r"у|в|до|біля|на",
    "ru": r"в|во|до|у|на",
    "es": r"en|a",
    "it": r"a|in|ad",
    "pl": r"w|we|do|na",
}
# Words that introduce the other party ("with X").
_WITH = {
    "en": r"with|and|between",
    "fr": r"avec|et|entre",
    "de": r"mit|und|zwischen",
    "uk": r"з|із|зі|та|і|й|між",
    "ru": r"с|со|и|между",
    "es": r"con|y|entre",
    "it": r"con|e|tra|fra",
    "pl": r"z|ze|i|oraz|między",
}
_AND = {"en": r"and|&", "fr": r"et", "de": r"und", "uk": r"і|й|та", "ru": r"и", "es": r"y|e", "it": r"e|ed",
        "pl": r"i|oraz"}  # fmt: skip
# Agent of a passive ("received by X").
_BY = {"en": r"by", "fr": r"par", "de": r"von|vom", "uk": r"від", "ru": r"от", "es": r"por", "it": r"da|dal|dalla",
       "pl": r"przez"}  # fmt: skip
# "a meeting between X and Y": both parties follow the trigger, nothing is carried from before.
_BETWEEN = {
    "en": r"between", "fr": r"entre", "de": r"zwischen", "uk": r"між|поміж", "ru": r"между", "es": r"entre",
    "it": r"tra|fra", "pl": r"między|pomiędzy",
}  # fmt: skip
# Subject pronouns: the actor is the one named in the sentence before.
_PRONOUN = {
    "en": r"he|she|they", "fr": r"il|elle|ils", "de": r"er|sie", "uk": r"він|вона|вони", "ru": r"он|она|они",
    "es": r"él|ella", "it": r"lui|lei", "pl": r"on|ona|oni",
}  # fmt: skip
# Clause openers: the subject of a trigger is looked for after the last one.
_CLAUSE = {
    "en": r"that|which|who|while|after|before|but",
    "fr": r"que|qu['’]|qui|après|avant|mais|tandis",
    "de": r"dass|nachdem|bevor|aber|während|wonach",
    "uk": r"що|який|яка|які|після|але|коли",
    "ru": r"что|который|которая|которые|после|но|когда",
    "es": r"que|quien|después|antes|pero",
    "it": r"che|dopo|prima|ma",
    "pl": r"że|który|która|którzy|po|ale",
}
# News agencies and outlets: reporters of an event, never its actors.
_MEDIA_WORDS = """
    tass interfax ria kcna reuters afp ap xinhua dpa ansa efe ukrinform unian bbc cnn pap sputnik yonhap
    kyodo bloomberg rt telegram novosti itar-tass cctv nhk
"""
MEDIA = frozenset(_MEDIA_WORDS.split())


@dataclass(frozen=True)
class Lexicon:
    lang: str
    triggers: tuple[Trigger, ...]
    trigger_re: re.Pattern[str]
    planned: re.Pattern[str]
    planned_after: re.Pattern[str]
    denied: re.Pattern[str]
    reported: re.Pattern[str]
    reporter: re.Pattern[str]  # matches at the end of the text before a news source ("according to")
    saying: re.Pattern[str]
    place_prep: re.Pattern[str]  # matches at the end of the text before a place
    with_: re.Pattern[str]
    and_: re.Pattern[str]
    by: re.Pattern[str]
    pronoun: re.Pattern[str]
    clause: re.Pattern[str]
    between: re.Pattern[str]  # matches right after a trigger: "between" and up to four words


def _words(alternation: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)


@functools.cache
def lexicon(language: str | None) -> Lexicon:
    """The compiled lexicon for a language; English rules for languages without one."""
    lang = (language or "en").split("-")[0].lower()
    if lang not in TRIGGERS:
        lang = "en"
    triggers = tuple(TRIGGERS[lang])
    alternation = "|".join(f"(?P<g{i}>{t.pattern})" for i, t in enumerate(triggers))
    return Lexicon(
        lang=lang,
        triggers=triggers,
        trigger_re=re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE),
        planned=_words(_PLANNED[lang]),
        planned_after=_words(_PLANNED_AFTER[lang]),
        denied=_words(_DENIED[lang]),
        reported=_words(_REPORTED[lang]),
        reporter=re.compile(rf"(?<!\w)(?:{_REPORTED[lang]})\s+(?:\S+\s+){{0,4}}$", re.IGNORECASE),
        saying=re.compile(rf"(?<!\w)(?:{_SAYING[lang]})(?!\w)[\s,]*(?:\w+\s+)?$", re.IGNORECASE),
        place_prep=re.compile(
            rf"(?<!\w)(?i:{_PLACE_PREP[lang]})\s+(?:(?!(?i:{_CLAUSE[lang]}|laquelle|lequel|where|où|wo)\s)"
            rf"(?:l['’]|[^\W\d_A-ZА-ЯІЇЄҐ]+\s+)){{0,4}}$"
        ),
        with_=re.compile(rf"(?<!\w)(?:{_WITH[lang]})(?!\w)", re.IGNORECASE),
        and_=re.compile(rf"^\s*(?:,\s*)?(?:{_AND[lang]}|,)(?!\w)", re.IGNORECASE),
        by=re.compile(rf"(?<!\w)(?:{_BY[lang]})\s+(?:\w+\s+){{0,4}}$", re.IGNORECASE),
        pronoun=_words(_PRONOUN[lang]),
        clause=_words(_CLAUSE[lang]),
        between=re.compile(rf"^\s+(?:{_BETWEEN[lang]})\s+(?:[^\W\d_][\w'’.-]*\s+){{0,4}}$", re.IGNORECASE),
    )
