"""Companies named by a common word, a town or a family name ("Orange", "Mango", "Ferrari",
"Apple"), typed ORG in a paragraph of business news, over whole articles (`context_orgs`);
elsewhere they are the fruit, the town or the person the models say.
"""

from __future__ import annotations

from storywire.identity.companies import ambiguous_company_forms
from storywire.model import Mention
from storywire.stages.ner.context_orgs import ContextNames, with_context_orgs

MODEL = "company"
# Words of business news, per language.
_BUSINESS_WORDS = {
    "en": r"company|companies|firm|shares|stock|revenue|profit|profits|sales|CEO|chief executive|billion|investors|"
    r"brand|retailer|carmaker|operator|subsidiary|acquisition|quarter|customers|employees|plant|factory",
    "fr": r"entreprise|société|groupe|actions|chiffre d'affaires|chiffre d’affaires|bénéfice|bénéfices|PDG|usine|"
    r"directeur général|milliards|investisseurs|marque|opérateur|constructeur|filiale|rachat|trimestre|Bourse|"
    r"salariés|clients",
    "de": r"Konzern|Konzerns|Unternehmen|Firma|Aktie|Aktien|Umsatz|Gewinn|Vorstandschef|Milliarden|Anleger|Marke|Werk|"
    r"Hersteller|Autobauer|Tochter|Übernahme|Quartal|Börse|Mitarbeiter|Beschäftigte|Kunden",
    "es": r"empresa|compañía|grupo|acciones|facturación|beneficio|beneficios|consejero delegado|millones|"
    r"inversores|marca|operadora|fabricante|filial|trimestre|Bolsa|tiendas|plantilla|clientes|ventas|sector",
    "it": r"azienda|società|gruppo|azioni|fatturato|utile|utili|amministratore delegato|miliardi|investitori|"
    r"marchio|operatore|casa automobilistica|controllata|trimestre|Borsa|dipendenti|clienti|stabilimento|"
    r"vendite|compagnia",
    "nl": r"bedrijf|concern|aandelen|omzet|winst|topman|miljard|beleggers|merk|fabrikant|kwartaal|beurs",
    "pl": r"spółka|spółki|firma|firmy|koncern|akcje|przychody|zysk|prezes|miliardów|inwestorzy|marka|operator|"
    r"producent|kwartał|giełda|giełdzie|pracowników|sklepów|klientów",
    "ru": r"компания|компании|акции|выручка|прибыль|гендиректор|миллиардов|инвесторы|бренд|оператор|"
    r"производитель|квартал|биржа|сотрудников|магазинов",
    "uk": r"компанія|компанії|акції|виторг|прибуток|гендиректор|мільярдів|інвестори|бренд|оператор|виробник|"
    r"квартал|біржа|працівників|магазинів",
}
_COMPANIES = ContextNames(MODEL, ambiguous_company_forms, _BUSINESS_WORDS, opens_sentences=True)


def with_business_names(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the article's ambiguous company names typed ORG in business paragraphs."""
    return with_context_orgs(text, mentions, language, _COMPANIES)
