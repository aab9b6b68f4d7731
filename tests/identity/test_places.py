def test_official_country_names_in_every_language_and_declined_german_adjectives() -> None:
    from storywire.identity.places import find_place

    for name, language in [
        ("Російська Федерація", "uk"),
        ("Российская Федерация", "ru"),
        ("Russische Föderation", "de"),
        ("Russischen Föderation", "de"),  # "der Russischen Föderation"
    ]:
        found = find_place([name], language)
        assert found is not None and found.country == "RU", name
    for name, country in [
        ("Vereinigten Staaten", "US"),
        ("Vereinigten Königreich", "GB"),
        ("Tschechischen Republik", "CZ"),
    ]:
        found = find_place([name], "de")
        assert found is not None and found.country == country, name
    assert find_place(["Russischen Hauptstadt"], "de") is None
