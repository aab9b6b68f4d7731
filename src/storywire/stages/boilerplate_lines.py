"""Boilerplate lines recognisable on their own, whatever the page: stock tickers, photo credits,
UI labels, hashtag lines, bylines, "Source: URL" lines, related-list headers, series notices,
syndication disclaimers, and a site's notices about itself (`site_notices`).

`stages/clean.py` asks `line_pattern_reason` first; where a line sits on the page decides the rest.
"""

from __future__ import annotations

import re

from storywire.stages.site_notices import site_notice

# Line-shape primitives, shared with `clean` and `page_lists`: a word, a list item's bullet.
WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
BULLET = re.compile(r"^(?:[•·▪◦*‣–—-]|\d{1,2}[.)])\s")
TERMINAL = re.compile(r"[.!?…。！？؟][\"'»”’)\]]*\s*[|•]?\s*$")
_TICKER = re.compile(r"^[A-Z][A-Z0-9.\-]{0,7}\s+[-+−]?\d+(?:[.,]\d+)?\s?%\s+[-+]?\d[\d.,\s]*\s?[$€£¥₴₽]?$")
_EXCHANGES = re.compile(
    r"^(?:NYSE|NASDAQ|LSE|AMEX|TSX|FTSE|DAX|CAC|SMI|MOEX|SSE|HKEX|TSE|Euronext|Dow|S&P)"
    r"(?:\s*[-–|/·]\s*(?:NYSE|NASDAQ|LSE|AMEX|TSX|FTSE|DAX|CAC|SMI|MOEX|SSE|HKEX|TSE|Euronext))*$",
    re.I,
)
_PHOTO = re.compile(
    r"(?:^|\s/\s*|\()(?:photo|photos|foto|fotos|фото|світлина|crédit photo|credit|bild|"
    r"image|imagen|immagine|zdjęcie|صورة|图)\s*:|"
    r"(?:/|©|\(c\)\s)\s*(?:AFP|Reuters|AP|EPA|Getty Images|Getty|dpa|ANSA|EFE|PAP|УНІАН|"
    r"ТАСС|РИА Новости|Xinhua)[\s)]*$",
    re.I,
)
_UI = re.compile(
    r"^(?:text size|font size|taille du texte|schriftgröße|share|share this( article)?|"
    r"partager|teilen|compartir|condividi|udostępnij|поділитися|поделиться|tweet|print|"
    r"imprimer|drucken|email|e-mail|copy link|subscribe|s'abonner|abonnieren|suscríbete|"
    r"advertisement|publicité|anzeige|werbung|реклама|publicidad|pubblicità|reklama|"
    r"read more|lire la suite|weiterlesen|leer más|leggi tutto|czytaj więcej|"
    r"читати далі|читать далее|далі|log ?in|sign ?in|sign up|close|fermer|menu|"
    r"(?:comments?|commentaires?|kommentare?|comentarios?|commenti|komentarze?|"
    r"коментарі|комментарии)\s*(?:\(\d+\)|\d+)?|"
    r"\d+\s*(?:comments?|commentaires?|kommentare?|коментар\w*|комментари\w*)|"
    r"listen|écouter|anhören|слухати|слушать|\d+\s*min(?:ute)?s? (?:read|de lecture|lesezeit))"
    r"\s*[:.]?$",
    re.I,
)
_HASHTAG = re.compile(r"#[^\s#]+")
_BYLINE = re.compile(
    r"^(?:(?i:by|par|von|por|di|przez|от|від|автор|author|texte|text|written by|reporting by)"
    r"\s*:?\s+[\w.'’ -]{2,60}(?:\s*(?:,|and|et|und|y|e|i|та|и)\s*[\w.'’ -]{2,40})?"
    r"|[A-ZА-ЯІЇЄ]\.\s?[\w'’-]+(?:/[A-ZА-ЯІЇЄ]\.\s?[\w'’-]+)*\s*--\s*[\w-]+)$",
)
_SOURCE = re.compile(
    r"^(?:source|sources|quelle|fuente|fonte|źródło|джерело|источник|via|lien|link|"
    r"original|المصدر|来源)\s*:?\s*(?:https?://|www\.)\S+$",
    re.I,
)
_RELATED_HEADER = re.compile(
    r"^(?:mehr zum thema|read also|read more|see also|related|related news|related articles|"
    r"more on this|more from|lire aussi|à lire aussi|voir aussi|sur le même sujet|"
    r"das könnte sie auch interessieren|auch interessant|lesen sie auch|"
    r"читайте також|читайте также|дивіться також|смотрите также|по теме|на тему|"
    r"leer también|lea también|te puede interesar|noticias relacionadas|"
    r"leggi anche|potrebbe interessarti|articoli correlati|czytaj też|czytaj także|"
    r"zobacz też|zobacz także|اقرأ أيضا|相关新闻|相关阅读)\b",
    re.I,
)
_ALL_NEWS = re.compile(r"(?:[⇢→›>]|\s»)\s*$|^(?:all news|toutes les actualités|alle nachrichten|"
                       r"всі новини|все новости|todas las noticias|tutte le notizie|"
                       r"wszystkie wiadomości)\b", re.I)  # fmt: skip
ATTRIBUTION = re.compile(r"^[—–-]{1,2}\s*[^\n]{0,80}?\(@\w{1,30}\)\s*[^\n]{0,40}$")
# A syndicator's legal notice ("provides the information 'as is' without warranties"), as
# long as a paragraph: an "as is" phrase with "without warranty", or a "Disclaimer:" heading.
_DISCLAIMER_MAX = 1000
_AS_IS = re.compile(
    r"\bas[ \t]+is\b|telles?[ \t]+quelles?|tal[ \t]+(?:cual|como[ \t]+est[áa])|così[ \t]+com['’]è|как[ \t]+есть"
    r"|\bяк[ \t]+є\b|按原样|كما[ \t]+هي|w[ \t]+stanie,?[ \t]+w[ \t]+jakim|wie[ \t]+besehen|zoals[ \t]+ze[ \t]+is",
    re.IGNORECASE,
)
_WITHOUT_WARRANTY = re.compile(
    r"without[ \t]+(?:any[ \t]+)?(?:\w+[ \t]+){0,3}(?:warrant|guarantee)|sans[ \t]+(?:aucune[ \t]+)?garantie"
    r"|sin[ \t]+(?:ninguna[ \t]+)?garantía|senza[ \t]+(?:alcuna[ \t]+)?garanzia|ohne[ \t]+(?:jegliche[ \t]+)?gewähr"
    r"|без[ \t]+(?:каких-либо[ \t]+|всяких[ \t]+)?гарантий|без[ \t]+(?:жодних[ \t]+)?гарантій"
    r"|bez[ \t]+(?:żadnych[ \t]+)?gwarancji|دون[ \t]+(?:أي[ \t]+)?(?:تعهدات[ \t]+أو[ \t]+)?ضمانات"
    r"|不(?:作|提供)任何(?:保证|担保)",
    re.IGNORECASE,
)
_DISCLAIMER_HEAD = re.compile(
    r"^(?:disclaimer|haftungsausschluss|avertissement|clause de non-responsabilité|descargo de responsabilidad"
    r"|esclusione di responsabilità|отказ от ответственности|відмова від відповідальності|zastrzeżenie prawne"
    r"|免责声明|إخلاء (?:ال)?مسؤولية)\s*[:：]",
    re.IGNORECASE,
)


def _is_disclaimer(text: str) -> bool:
    return bool(_DISCLAIMER_HEAD.match(text) or (_AS_IS.search(text) and _WITHOUT_WARRANTY.search(text)))


# A blog's or site's series notice ("This post is part of our special coverage of ..."): a
# page's frame, not the article; it opened many a Global Voices page and became its title.
_SERIES = re.compile(
    r"^(?:(?:this|the) (?:post|article|story) is part of (?:our|a|the)"
    r"|este (?:post|artículo|articulo) (?:es|forma) parte de (?:nuestra|la|una)"
    r"|(?:ce|cet) (?:billet|article) fait partie (?:de notre|du|de la|d['’]un)"
    r"|questo (?:post|articolo) fa parte (?:della nostra|del|della|di un)"
    r"|dieser (?:beitrag|artikel) ist teil (?:unserer|der|einer|des))\b",
    re.IGNORECASE,
)


def line_pattern_reason(text: str) -> str | None:
    """The reason a line is boilerplate by its own shape, or None."""
    if len(text) <= _DISCLAIMER_MAX and _is_disclaimer(text):
        return "disclaimer"
    if notice := site_notice(text):
        return notice
    if len(text) > 400:
        return None
    if _TICKER.match(text) or _EXCHANGES.match(text):
        return "ticker"
    if _SOURCE.match(text):
        return "source_link"
    tags = _HASHTAG.findall(text)
    if len(tags) >= 2 and len(tags) >= 0.6 * len(text.split()):
        return "hashtags"
    if _UI.match(text):
        return "ui"
    if len(text) < 200 and not ATTRIBUTION.match(text):
        if _PHOTO.search(text):
            return "photo_credit"
        if _BYLINE.match(text) and not TERMINAL.search(text):
            return "byline"
        if _RELATED_HEADER.match(text):
            return "related"
        if _SERIES.match(text):
            return "series"
        if _ALL_NEWS.search(text) and len(text) < 60:
            return "navigation"
    return None
