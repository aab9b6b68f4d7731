"""Cross-language, cross-script identity: one canonical entity per person, organisation, place."""
