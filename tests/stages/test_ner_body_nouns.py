"""A name after a lower-case body noun is a body (ner/body_nouns.py). Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.body_nouns import bodies_by_noun
from storywire.stages.ner.consistency import harmonise


def test_a_name_after_a_body_noun_is_a_body_everywhere_in_the_article() -> None:
    text = "The youth charity Hope Scotland said so. Hope Scotland will meet in Scotland."
    found = [mention(text, "Hope Scotland", "LOC"), mention(text, "Hope Scotland", "LOC", 1)]
    found.append(mention(text, "Scotland", "LOC", 2))
    assert spans(bodies_by_noun(text, found, "en")) == [
        ("Hope Scotland", "ORG"),
        ("Hope Scotland", "ORG"),
        ("Scotland", "LOC"),
    ]


def test_a_firm_read_as_a_person_but_not_a_person_after_the_noun() -> None:
    text = "Lavora per la cooperativa Levante Servizi Navali e per l'azienda Marco Bianchi."
    found = [mention(text, "Levante Servizi Navali", "PER"), mention(text, "Marco Bianchi", "PER")]
    assert spans(bodies_by_noun(text, found, "it")) == [("Levante Servizi Navali", "ORG"), ("Marco Bianchi", "PER")]
    found = [mention(text, "Levante Servizi Navali", "PER")]
    assert spans(bodies_by_noun(text, found, "de")) == [("Levante Servizi Navali", "PER")]  # no German nouns listed


def test_a_french_body_noun_with_its_qualifiers_but_not_after_a_preposition() -> None:
    text = "Pour la société de logement social Habitat Nord et la société des transports de Lille."
    found = [mention(text, "Habitat Nord", "PER"), mention(text, "Lille", "LOC")]
    # two words behind qualifiers, the first no given name: a firm read as a person
    assert spans(bodies_by_noun(text, found, "fr")) == [("Habitat Nord", "ORG"), ("Lille", "LOC")]
    found = [mention(text, "Habitat Nord", "LOC"), mention(text, "Lille", "LOC")]
    assert spans(bodies_by_noun(text, found, "fr")) == [("Habitat Nord", "ORG"), ("Lille", "LOC")]
    text = "Le chantier de l'entreprise liégeoise Batiwal. La société a vendu sa Provence."
    found = [mention(text, "Batiwal", "PER"), mention(text, "Provence", "LOC")]
    assert spans(bodies_by_noun(text, found, "fr")) == [("Batiwal", "ORG"), ("Provence", "LOC")]
    text = "the group would sell its Irish arm"
    assert spans(bodies_by_noun(text, [mention(text, "Irish", "MISC")], "en")) == [("Irish", "MISC")]


def test_an_ngo_written_in_capitals_is_a_body_noun() -> None:
    text = "La ONG Puentes Abiertos cifra los muertos; the NGO Safe Harbour agreed."
    for language in ("es", "en"):
        found = [mention(text, "Puentes Abiertos", "PER"), mention(text, "Safe Harbour", "LOC")]
        assert spans(bodies_by_noun(text, found, language)) == [("Puentes Abiertos", "ORG"), ("Safe Harbour", "ORG")]
    text = "La ONG. Puentes Abiertos cifra los muertos."  # a sentence's end between them
    found = [mention(text, "Puentes Abiertos", "PER")]
    assert spans(bodies_by_noun(text, found, "es")) == [("Puentes Abiertos", "PER")]


def test_an_agency_or_collective_behind_a_qualifier_even_read_as_a_person() -> None:
    text = "Son agent, de l'agence lyonnaise Mistral Talents, et le collectif Forêt Debout protestent."
    found = [mention(text, "Mistral Talents", "PER"), mention(text, "Forêt Debout", "LOC")]
    assert spans(bodies_by_noun(text, found, "fr")) == [("Mistral Talents", "ORG"), ("Forêt Debout", "ORG")]
    text = "Selon l'agence parisienne Claire Dubois, rien ne change."
    found = [mention(text, "Claire Dubois", "PER")]
    assert spans(bodies_by_noun(text, found, "fr")) == [("Claire Dubois", "PER")]  # a given name: a person


def test_a_winery_a_committee_and_a_tour_operator_after_their_qualifier_are_bodies() -> None:
    text = "Il comitato Acque Chiare e il tour operator milanese Strade Lente lodano l'azienda agricola Cascina Ronchi."
    found = [mention(text, "Acque Chiare", "PER"), mention(text, "Strade Lente", "PER")]
    found.append(mention(text, "Cascina Ronchi", "PER"))
    assert spans(bodies_by_noun(text, found, "it")) == [
        ("Acque Chiare", "ORG"),
        ("Strade Lente", "ORG"),
        ("Cascina Ronchi", "ORG"),
    ]
    # a full name opening with a given name stays a person
    text = "La plataforma vecinal Salvar Ezcaray y la empresa familiar Juan Pérez."
    found = [mention(text, "Salvar Ezcaray", "PER"), mention(text, "Juan Pérez", "PER")]
    assert spans(bodies_by_noun(text, found, "es")) == [("Salvar Ezcaray", "ORG"), ("Juan Pérez", "PER")]


def test_a_name_with_an_article_inside_and_a_town_after_a_lower_case_noun() -> None:
    text = "Le uve della cantina Poggio dei Gelsi S.r.l. e della cooperativa Terre Alte di Cortemilia."
    found = [mention(text, "Poggio", "PER"), mention(text, "Gelsi S.r.l.", "ORG")]
    found.append(mention(text, "Terre Alte di Cortemilia", "ORG"))
    assert spans(bodies_by_noun(text, found, "it")) == [
        ("Poggio dei Gelsi S.r.l.", "ORG"),
        ("Terre Alte", "ORG"),
        ("Cortemilia", "LOC"),
    ]
    text = "Quesos de la Cooperativa Quesera de Gorbeia."
    found = [mention(text, "Cooperativa Quesera de Gorbeia", "ORG")]
    assert spans(bodies_by_noun(text, found, "es")) == [("Cooperativa Quesera de Gorbeia", "ORG")]


def test_a_shop_is_a_firm_and_keeps_its_type_beside_its_owner() -> None:
    # session 28: shops and bakeries are firms; "Gil" naming a person elsewhere lends no PER
    from storywire.stages.ner.refine_post_pass import lend_person_type

    text = "Cierra la panadería Hermanos Gil. Rafael Gil la abrió. La panadería de Soria no."
    found = [
        mention(text, "Hermanos Gil", "ORG"),
        mention(text, "Rafael Gil", "PER"),
        mention(text, "Soria", "LOC"),
    ]
    out = bodies_by_noun(text, found, "es")
    lend_person_type(out, "es")
    assert spans(out) == [("Hermanos Gil", "ORG"), ("Rafael Gil", "PER"), ("Soria", "LOC")]


def test_an_italian_shop_is_a_firm() -> None:
    text = "In piazza c'era il panificio Belardi, vicino a Fermo."
    found = [mention(text, "Belardi", "PER"), mention(text, "Fermo", "LOC")]
    assert spans(bodies_by_noun(text, found, "it")) == [("Belardi", "ORG"), ("Fermo", "LOC")]


def test_a_newspaper_or_an_accelerator_after_its_noun_is_a_body() -> None:
    text = "Lo scrive il quotidiano Voce del Tirreno; lo dice il quotidiano di Genova."
    found = [mention(text, "Voce del Tirreno", "PER"), mention(text, "Genova", "LOC")]
    assert spans(bodies_by_noun(text, found, "it")) == [("Voce del Tirreno", "ORG"), ("Genova", "LOC")]
    text = "Invierte la aceleradora Puerto Alto y la incubadora de Bilbao."
    found = [mention(text, "Puerto Alto", "PER"), mention(text, "Bilbao", "LOC")]
    assert spans(bodies_by_noun(text, found, "es")) == [("Puerto Alto", "ORG"), ("Bilbao", "LOC")]
    text = "Suivie par l'incubateur Nova Ouest, puis par l'accélérateur de Nantes."
    found = [mention(text, "Nova Ouest", "LOC"), mention(text, "Nantes", "LOC")]
    assert spans(bodies_by_noun(text, found, "fr")) == [("Nova Ouest", "ORG"), ("Nantes", "LOC")]


def test_french_works_yards_and_schools_named_after_people_are_bodies() -> None:
    text = "Il entre aux chantiers Piriou, elle enseigne au lycée Jean Moulin ; la société de Jean Dupont."
    found = [mention(text, "Piriou", "PER"), mention(text, "Jean Moulin", "PER"), mention(text, "Jean Dupont", "PER")]
    assert spans(bodies_by_noun(text, found, "fr")) == [
        ("Piriou", "ORG"),
        ("Jean Moulin", "ORG"),
        ("Jean Dupont", "PER"),
    ]


def test_a_store_chain_or_retail_group_after_its_noun_is_a_body() -> None:
    text = "Abre la cadena de supermercados Trigal y el grupo textil Nordmoda; el grupo de vecinos protesta."
    found = [mention(text, "Trigal", "LOC"), mention(text, "Nordmoda", "PER")]
    assert spans(bodies_by_noun(text, found, "es")) == [("Trigal", "ORG"), ("Nordmoda", "ORG")]
    text = "Apre la catena di supermercati Girasole a Lecco."
    found = [mention(text, "Girasole", "LOC"), mention(text, "Lecco", "LOC")]
    assert spans(bodies_by_noun(text, found, "it")) == [("Girasole", "ORG"), ("Lecco", "LOC")]


def test_a_french_stonemason_or_joiner_named_after_its_owner_is_a_firm() -> None:
    text = "Le columbarium, que la marbrerie Kerdraon vient d'agrandir, a coûté cher."
    found = [mention(text, "Kerdraon", "PER")]
    assert spans(bodies_by_noun(text, found, "fr")) == [("Kerdraon", "ORG")]


def test_a_french_firm_with_du_and_its_legal_form_and_a_groups_second_word() -> None:
    text = "Le parking est géré par la société Parcs du Rouergue SAS. Dans l'opposition, le groupe Rodez Demain a voté."
    found = [
        mention(text, "Parcs", "ORG"),
        mention(text, "Rouergue SAS", "ORG"),
        mention(text, "Rodez", "LOC"),
    ]
    assert spans(bodies_by_noun(text, found, "fr")) == [
        ("Parcs du Rouergue SAS", "ORG"),
        ("Rodez Demain", "ORG"),
    ]


def test_a_french_shop_named_by_its_owner_keeps_its_type_beside_the_owner() -> None:
    text = "La poissonnerie Le Gall ouvre. La fromagerie Quéré, tenue par Annick Quéré, ferme."
    found = [mention(text, "Quéré", "PER"), mention(text, "Annick Quéré", "PER")]
    out = bodies_by_noun(text, found, "fr")
    assert spans(out) == [("Quéré", "ORG"), ("Annick Quéré", "PER")]
    assert out[0].model == "shop-by-owner"
    assert spans(harmonise(out)) == [("Quéré", "ORG"), ("Annick Quéré", "PER")]


def test_a_surname_opening_a_sentence_behind_a_qualified_noun_is_no_owners_shop() -> None:
    text = "Annick Quéré visite les usines textiles. Quéré a signé."
    found = [mention(text, "Annick Quéré", "PER"), mention(text, "Quéré", "PER", 1)]
    out = bodies_by_noun(text, found, "fr")
    assert all(m.model != "shop-by-owner" for m in out)
    assert spans(harmonise(out)) == [("Annick Quéré", "PER"), ("Quéré", "PER")]


def test_a_body_noun_in_apposition_after_a_name_typed_misc_makes_a_body() -> None:
    text = "After Sport and Leisure Perth, the charitable trust that runs it, agreed, Arts Fund Leeds, the firm said."
    found = [mention(text, "Sport and Leisure Perth", "MISC"), mention(text, "Arts Fund Leeds", "MISC")]
    assert spans(bodies_by_noun(text, found, "en")) == [
        ("Sport and Leisure Perth", "ORG"),
        ("Arts Fund Leeds", "MISC"),
    ]


def test_a_polish_store_chain_by_its_shops_is_a_body_everywhere_in_the_article() -> None:
    text = "Klienci sieci dyskontów Kaczka kupują tu. Kaczka obniża ceny. Nad rzeką Kaczka stoi młyn."
    found = [mention(text, "Kaczka", "LOC"), mention(text, "Kaczka", "LOC", 1), mention(text, "Kaczka", "LOC", 2)]
    assert spans(bodies_by_noun(text, found, "pl")) == [("Kaczka", "ORG")] * 3  # one name, one type per article


def test_a_polish_name_after_a_plain_noun_of_shops_is_left_alone() -> None:
    text = "Właściciele sklepów Kaczka nie znają. W Kaczce zimno."
    found = [mention(text, "Kaczka", "LOC"), mention(text, "Kaczce", "LOC")]
    assert spans(bodies_by_noun(text, found, "pl")) == [("Kaczka", "LOC"), ("Kaczce", "LOC")]


def test_a_polish_shop_by_its_owner_keeps_its_type_beside_the_owner() -> None:
    from storywire.model import Mention
    from storywire.stages.ner.refine_post_pass import lend_person_type

    text = "Jan Wilk prowadzi Piekarnię Wilk, a Dom Wilk to hotel."
    found = [
        mention(text, "Jan Wilk", "PER"),
        Mention(text.index("Piekarnię"), text.index("Piekarnię") + 15, "Piekarnię Wilk", "ORG", "shop-by-owner"),
        mention(text, "Dom Wilk", "ORG"),
    ]
    lend_person_type(found, "pl")
    assert spans(found) == [("Jan Wilk", "PER"), ("Piekarnię Wilk", "ORG"), ("Dom Wilk", "PER")]


def test_a_store_chain_before_its_region_is_the_chain_and_the_region() -> None:
    text = "Le uova si trovano nei supermercati Gastaldi della Liguria da lunedì."
    found = [mention(text, "Gastaldi della Liguria", "PER")]
    assert spans(bodies_by_noun(text, found, "it")) == [("Gastaldi", "ORG"), ("Liguria", "LOC")]


def test_a_store_chain_before_an_unknown_word_after_di_stays_whole() -> None:
    text = "Le uova si trovano nei supermercati Gastaldi di Pinco da lunedì."
    found = [mention(text, "Gastaldi di Pinco", "PER")]
    assert spans(bodies_by_noun(text, found, "it")) == [("Gastaldi di Pinco", "ORG")]


def test_an_association_named_river_and_adjective_leaves_the_river_a_place() -> None:
    text = "L'eau de la Garonne baisse, déplore l'association Garonne vivante, qui manifeste."
    found = [mention(text, "Garonne", "LOC"), mention(text, "Garonne", "LOC", 1)]
    assert spans(bodies_by_noun(text, found, "fr")) == [("Garonne", "LOC"), ("Garonne vivante", "ORG")]


def test_a_verb_after_the_association_is_not_its_name() -> None:
    text = "Selon l'association Greenpeace dénonce, rien ne change."
    found = [mention(text, "Greenpeace", "MISC")]
    assert spans(bodies_by_noun(text, found, "fr")) == [("Greenpeace", "ORG")]


def test_a_family_firm_after_a_maker_noun_is_the_firm_in_every_bare_mention() -> None:
    text = (
        "Le fabricant de meubles Perraud rachète un atelier. Perraud Bois SAS emploie 40 salariés, dit "
        "Anne Perraud. L'histoire de Perraud sera exposée, selon M. Perraud."
    )
    found = [
        mention(text, "Perraud", "PER"),
        mention(text, "Perraud Bois SAS", "ORG"),
        mention(text, "Anne Perraud", "PER"),
        mention(text, "Perraud", "PER", 3),
        mention(text, "Perraud", "PER", 4),
    ]
    out = harmonise(bodies_by_noun(text, found, "fr"))
    assert spans(out) == [
        ("Perraud", "ORG"),
        ("Perraud Bois SAS", "ORG"),
        ("Anne Perraud", "PER"),
        ("Perraud", "ORG"),
        ("Perraud", "PER"),
    ]


def test_a_surname_after_a_maker_noun_without_a_firm_of_that_name_stays_the_noun_rule() -> None:
    text = "Le fabricant de meubles Perraud rachète un atelier. Anne Perraud le dirige. Perraud a parlé."
    found = [mention(text, "Perraud", "PER"), mention(text, "Anne Perraud", "PER"), mention(text, "Perraud", "PER", 2)]
    out = bodies_by_noun(text, found, "fr")
    assert [m.model for m in out if m.text == "Perraud"] == ["body-noun", "body-noun"]


def test_a_nursery_or_a_cluster_after_its_lower_case_noun_is_a_body() -> None:
    text = "La roseraie Les Jardins du Tarn a fermé ; le pôle de compétitivité Agrinova Valley recrute."
    found = [mention(text, "Les Jardins du Tarn", "MISC"), mention(text, "Agrinova Valley", "LOC")]
    assert spans(bodies_by_noun(text, found, "fr")) == [("Les Jardins du Tarn", "ORG"), ("Agrinova Valley", "ORG")]


def test_a_name_after_a_sentence_that_ends_on_a_body_noun_is_left_alone() -> None:
    text = "Il dirige une jardinerie.\nÀ Saint-Lô, la situation est tendue."
    found = [mention(text, "Saint-Lô", "LOC")]
    assert spans(bodies_by_noun(text, found, "fr")) == [("Saint-Lô", "LOC")]


def test_a_coined_name_before_a_body_in_apposition_is_that_body() -> None:
    text = "Selon Florapro, l'interprofession des fleuristes, les ventes baissent."
    found = [mention(text, "Florapro", "PER")]
    assert spans(bodies_by_noun(text, found, "fr")) == [("Florapro", "ORG")]


def test_a_place_before_a_body_in_apposition_is_left_alone() -> None:
    text = "À Vannes, l'association des commerçants proteste ; selon Marie Lenoir, l'organisation du salon a coûté."
    found = [mention(text, "Vannes", "PER"), mention(text, "Marie Lenoir", "PER")]
    assert spans(bodies_by_noun(text, found, "fr")) == [("Vannes", "PER"), ("Marie Lenoir", "PER")]


def test_a_spanish_farmers_union_after_its_plural_noun() -> None:
    text = "Las organizaciones agrarias Upagro Huelva y otras piden ayudas."
    found = [mention(text, "Upagro Huelva", "PER")]
    assert spans(bodies_by_noun(text, found, "es")) == [("Upagro Huelva", "ORG")]
    text = "Las organizaciones de Luis Pérez Gómez piden ayudas."
    found = [mention(text, "Luis Pérez Gómez", "PER")]
    assert spans(bodies_by_noun(text, found, "es")) == [("Luis Pérez Gómez", "PER")]


def test_the_second_of_a_pair_after_a_body_noun() -> None:
    text = "Las organizaciones agrarias Upagro Huelva y UCA Almería piden ayudas."
    found = [mention(text, "Upagro Huelva", "PER"), mention(text, "UCA Almería", "PER")]
    assert spans(bodies_by_noun(text, found, "es")) == [("Upagro Huelva", "ORG"), ("UCA Almería", "ORG")]
    text = "La cooperativa Upagro Huelva y Luis Pérez Gómez firman."
    found = [mention(text, "Upagro Huelva", "PER"), mention(text, "Luis Pérez Gómez", "PER")]
    assert spans(bodies_by_noun(text, found, "es")) == [("Upagro Huelva", "ORG"), ("Luis Pérez Gómez", "PER")]


def test_a_french_professional_organisation_is_a_body() -> None:
    text = "Réunion lundi avec l'organisation professionnelle Artisanova, selon le maire."
    found = [mention(text, "Artisanova", "PER")]
    assert spans(bodies_by_noun(text, found, "fr")) == [("Artisanova", "ORG")]


def test_an_organisation_led_by_a_named_person_stays_a_person() -> None:
    text = "Elle a rejoint l'organisation de Julien Martin en 2020."
    found = [mention(text, "Julien Martin", "PER")]
    assert spans(bodies_by_noun(text, found, "fr")) == [("Julien Martin", "PER")]
