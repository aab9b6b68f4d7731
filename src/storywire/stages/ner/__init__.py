"""Entity-extraction backends: spaCy, natasha, a trained tagger, and rules with gazetteers."""
