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


def test_regions_geonames_lacks_are_one_place_in_every_language() -> None:
    from storywire.identity.names import clean_surface
    from storywire.identity.places import find_place

    forms = [
        ("Middle East", "en"), ("Moyen-Orient", "fr"), ("Nahen Osten", "de"), ("Ближнем Востоке", "ru"),
        ("Близькому Сході", "uk"), ("中东", "zh"), ("الشرق الأوسط", "ar"),
    ]  # fmt: skip
    keys = set()
    for surface, language in forms:
        place = find_place([clean_surface(surface, language, "LOC"), surface], language)
        assert place is not None, surface
        keys.add(place.key)
    assert keys == {"region:middle east"}
    assert find_place(["Gaza"], "en").key.startswith("geo:")  # the city stays the city  # type: ignore[union-attr]
