"""The words the normalizer corrects typos towards, gathered from the vocabulary and the postings."""

from __future__ import annotations

from collections.abc import Sequence

from bot.answers.normalize import SEPARATOR, _split_raw, stem
from bot.answers.vocabulary import Vocabulary
from bot.postings.model import Posting


def build_lexicon(vocabulary: Vocabulary, postings: Sequence[Posting]) -> set[str]:
    """Every word the engine should correct typos towards: vocabulary words and posting name words."""
    texts: list[str] = []
    for words in vocabulary.intents.values():
        texts.extend((*words.keywords, *words.phrases, *words.weak))
    texts.extend(vocabulary.followup_phrases)
    texts.extend(vocabulary.plural_nouns | vocabulary.all_words | vocabulary.pronouns)
    texts.extend(vocabulary.ordinals)
    texts.extend(vocabulary.benefit_terms)
    texts.extend(vocabulary.allowance_words | set(vocabulary.allowance_kinds))
    texts.extend(vocabulary.skill_terms)
    texts.extend(vocabulary.other_companies)
    for table in (
        vocabulary.degree_words,
        vocabulary.employment_words,
        vocabulary.remote_words,
        vocabulary.countries,
        vocabulary.posting_aliases,
    ):
        for values in table.values():
            texts.extend(values)
    texts.extend(" ".join(values) for values in vocabulary.abbreviations.values())
    # "socal" is a place, not a typo of "scala": one-word nicknames of places are words of their own.
    texts.extend(alias for alias in vocabulary.place_aliases if " " not in alias)
    for posting in postings:
        texts.append(posting.title)
        texts.extend(filter(None, (posting.team, posting.company)))
        texts.extend(posting.aliases)
        texts.extend(location.name for location in posting.locations)
        texts.extend(posting.skills)
    # No token spans whitespace, and the same few thousand chunks make up every title, team and place.
    chunks = {chunk for text in texts for chunk in text.split()}
    return {stem(raw) for chunk in chunks for raw in _split_raw(chunk, {}) if raw != SEPARATOR}
