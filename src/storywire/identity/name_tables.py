"""Name tables of the identity keys: titles before names, Korean family names, exonyms that
phonetics cannot reconcile, and the forms of one given name (Ukrainian/Russian, Arabic).

Read by `identity/names.py`; a change here changes identity keys (bump `stages/link.VERSION`).
"""

from __future__ import annotations

# Leading words that are titles or honorifics, never part of a name (lower-case, no dots).
_TITLES_WORDS = """
    m mm mr mrs ms miss dr prof sir lord lady dame herr frau fr hr mme mlle monsieur madame
    pan pani sr sra sres signor signora sig dott don dona president presidente präsident
    président prezydent premier premiere prime minister ministre ministro ministra
    chancellor kanzler kanzlerin chancelier cancelliere canciller kanclerz secretary
    sekretär secrétaire general général generale generał gen genossen leader chairman
    chairwoman king queen könig roi re rey król prince princess prinz principe pope papst
    pape papa papież senator sénateur senatore senador senatorin governor gouverneur mayor
    maire bürgermeister sindaco alcalde burmistrz ambassador ambassadeur botschafter
    ambasciatore embajador ambasador marshal maréchal маршал президент президента
    президентом президенту прем'єр прем’єр премьер премьер-министр прем'єр-міністр
    прем’єр-міністр міністр міністра міністром министр министра министром генерал генерала
    генералом глава голова лідер лидер пан пані господин госпожа канцлер канцлера король
    королева генсек посол посла السيد الرئيس
"""
TITLES = frozenset(_TITLES_WORDS.split())

# Korean family names come first, like Chinese ones.
KOREAN_SURNAMES_WORDS = """
    kim lee ri park pak choi choe moon mun yoon yun han kang
"""
KOREAN_SURNAMES = frozenset(KOREAN_SURNAMES_WORDS.split())

# Famous names whose renderings phonetics cannot reconcile, as (variant, canonical)
# surface pairs; both sides go through the same key function, so every spelling that
# folds like the variant is covered.  Token pairs map one name part, full pairs a name.
EXONYM_TOKENS: tuple[tuple[str, str], ...] = (
    ("Poutine", "Putin"),
    ("Eltsine", "Yeltsin"),
    ("Ieltsine", "Yeltsin"),
    ("Трамп", "Trump"),
    ("Байден", "Biden"),
    ("Джонсон", "Johnson"),
    ("Джо", "Joe"),
    ("Джозеф", "Joseph"),
    ("Эммануэль", "Emmanuel"),
    ("Еммануель", "Emmanuel"),
    ("Ангела", "Angela"),
    ("Дональд", "Donald"),
)
EXONYM_NAMES: tuple[tuple[str, str], ...] = (
    ("Ким Чен Ын", "Kim Jong-un"),
    ("Кім Чен Ин", "Kim Jong-un"),
    ("Ким Чен Ир", "Kim Jong-il"),
    ("Кім Чен Ір", "Kim Jong-il"),
    ("Ким Ир Сен", "Kim Il-sung"),
    ("Кім Ір Сен", "Kim Il-sung"),
    ("Ким Ё Чжон", "Kim Yo-jong"),
    ("Кім Йо Чжон", "Kim Yo-jong"),
    ("Kim Jong Oun", "Kim Jong-un"),
)

# Arabic given names, each transliterated several ways: without one spelling, "Mohamed
# Morsi" and "Muhammad Morsi" were compared by spelling, and a chain of spellings each close
# to the next ("Mohamed" ~ "Mohammad" ~ "Muhammad") joined them or not by arrival order.
ARABIC_GIVEN_NAME_PAIRS: tuple[tuple[str, str], ...] = (
    ("Mohamed", "Muhammad"), ("Mohammed", "Muhammad"), ("Mohammad", "Muhammad"), ("Mohamad", "Muhammad"),
    ("Muhamed", "Muhammad"), ("Muhammed", "Muhammad"), ("Ahmad", "Ahmed"), ("Husayn", "Hussein"),
    ("Hussain", "Hussein"), ("Hossein", "Hussein"), ("Abdallah", "Abdullah"), ("Abdulla", "Abdullah"),
    ("Umar", "Omar"), ("Usama", "Osama"), ("Mostafa", "Mustafa"), ("Khalid", "Khaled"),
    ("Yusuf", "Youssef"), ("Yousef", "Youssef"), ("Youssouf", "Youssef"),
)  # fmt: skip
# Ukrainian and Russian forms of one given name: Ukrainian key -> Russian key, so
# Володимир Путін and Vladimir Putin share a key (applied to every language alike); and the
# Arabic ones above.
GIVEN_NAME_PAIRS: tuple[tuple[str, str], ...] = (
    ("Volodymyr", "Vladimir"), ("Serhiy", "Sergey"), ("Oleksandr", "Aleksandr"),
    ("Oleksiy", "Aleksey"), ("Dmytro", "Dmitry"), ("Mykhailo", "Mikhail"), ("Yuriy", "Yuri"),
    ("Andriy", "Andrey"), ("Petro", "Pyotr"), ("Pavlo", "Pavel"), ("Mykola", "Nikolai"),
    ("Hryhoriy", "Grigory"), ("Yevhen", "Yevgeny"), ("Heorhiy", "Georgy"), ("Illia", "Ilya"),
    ("Vasyl", "Vasily"), ("Fedir", "Fyodor"), ("Kostiantyn", "Konstantin"), ("Anatoliy", "Anatoly"),
    ("Valeriy", "Valery"), ("Viktor", "Viktor"), ("Ivan", "Ivan"), ("Olena", "Yelena"),
    ("Pierre", "Peter"), ("Pietro", "Peter"), ("Pedro", "Peter"), ("Piotr", "Peter"), ("Pyotr", "Peter"),
    *ARABIC_GIVEN_NAME_PAIRS,
)  # fmt: skip
