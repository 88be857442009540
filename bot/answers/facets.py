"""List-filter decisions: the degree, type, work mode, country, benefit, skill and pay words asked."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from bot.answers import allowances, work_mode
from bot.answers.answer import Intent
from bot.answers.handlers import pay_threshold
from bot.answers.handlers.listing import ListFilter
from bot.answers.handlers.pay_threshold import PayThreshold
from bot.answers.normalize import Normalizer, Word, stem
from bot.answers.place_names import PlaceNames
from bot.answers.router import Route
from bot.answers.vocabulary import Vocabulary
from bot.postings.model import Posting

# Words asking for a closing date: "which have a deadline", "which close soon".
_CLOSING_WORDS = frozenset(
    {"deadline", "deadlines", "due", "close", "closes", "closing", "soon", "expire", "expires"}
)


class Facets:
    """Word -> feature maps for list filters (degree, type, work mode, country, benefits, skills)."""

    def __init__(self, vocabulary: Vocabulary, normalizer: Normalizer, postings: Sequence[Posting]) -> None:
        self._degrees = _word_map(vocabulary.degree_words, normalizer)
        self._employment = _word_map(vocabulary.employment_words, normalizer)
        self._remote = _word_map(vocabulary.remote_words, normalizer)
        self._countries = dict(vocabulary.countries)
        self._benefits = {
            word.text: term
            for key, term in vocabulary.benefit_terms.items()
            for word in normalizer.words(key)
        }
        # Benefit kinds of several words ("casual dress", "happy hour"): typed in full, they ask for the perk.
        self.perk_phrases = frozenset(
            phrase
            for term in set(vocabulary.benefit_terms.values())
            if len(phrase := tuple(w.text for w in normalizer.words(term))) >= 2
        )
        skills = set(vocabulary.skill_terms)
        self._skill_names: dict[str, str] = {}  # canonical skill -> as the postings write it
        for posting in postings:
            for skill in posting.skills:
                self._skill_names.setdefault(skill.lower().replace("c++", "cpp"), skill)
        skills.update(self._skill_names)
        self._skills = frozenset(skills)
        self.place_words = frozenset(
            {word for words in self._countries.values() for word in words}
            | vocabulary.places
            | {
                word.text
                for name in {location.name for posting in postings for location in posting.locations}
                for word in normalizer.words(name)
                # "new" of "New York" is no place alone: names of several words are matched whole.
                if word.text.isalpha() and len(word.text) > 2 and word.text not in vocabulary.stopwords
            }
        )
        self._vocabulary = vocabulary
        everyday = vocabulary.stopwords | vocabulary.neutral
        asking = {keyword for words in vocabulary.intents.values() for keyword in words.keywords}
        self.place_names = PlaceNames(vocabulary, everyday=everyday | asking)
        pay_words = {
            word
            for posting in postings
            for pay in posting.pay
            for amount in (pay.min, pay.max)
            if amount is not None
            for word in (f"${int(amount)}", str(int(amount)))
        }
        self.feature_words = frozenset(
            set(self._degrees)
            | set(self._employment)
            | set(self._remote)
            | pay_words
            | {word for words in self._countries.values() for word in words}
        )

    def describes_posting(self, word: str) -> bool:
        """Tell whether a canonical word names a degree, an employment type or a work mode."""
        return word in self._degrees or word in self._employment or word in self._remote

    def degrees_for(self, words: Iterable[Word]) -> frozenset[str]:
        return frozenset(level for word in words for level in self._degrees.get(word.text, ()))

    @staticmethod
    def pay_bound_for(words: Sequence[Word], route: Route) -> PayThreshold | None:
        """A pay bound the question asks for ("more than $40/hr"); a bare number only when pay is asked."""
        bound = pay_threshold.parse([word.raw for word in words])
        if bound is None or not (bound.money or Intent.PAY in route.topics):
            return None
        return bound

    def skills_for(self, words: Sequence[Word]) -> tuple[str, ...]:
        """The skills a question names ("pytorch", "cpp"), in order."""
        return tuple(dict.fromkeys(word.text for word in words if word.text in self._skills))

    @property
    def benefit_words(self) -> frozenset[str]:
        """The single words that name a benefit kind ("dental", "life", "gym")."""
        return frozenset(self._benefits)

    def benefit_terms_for(self, words: Sequence[Word]) -> tuple[str, ...]:
        """The benefit kinds a question asks about, in order ("housing", "paid holidays")."""
        terms: list[str] = []
        for word in words:
            term = self._benefits.get(word.text) or self._benefits.get(stem(word.raw))
            if term and term not in terms:
                terms.append(term)
        for term in allowances.kinds_asked(
            words, self._vocabulary.allowance_words, self._vocabulary.allowance_kinds
        ):
            if term not in terms:
                terms.append(term)
        # "casual dress": keep the longer term when one holds another.
        return tuple(term for term in terms if not any(term != other and term in other for other in terms))

    def filter_for(self, words: Sequence[Word], route: Route, *, places: Sequence[str] = ()) -> ListFilter:
        """Build list conditions from the feature words, places and topics of a question."""
        texts = [word.text for word in words]
        raws = [word.raw for word in words]
        labels: list[str] = []
        degrees = self.degrees_for(words)
        employment = frozenset(t for word in words for t in self._employment.get(word.text, ()))
        remote = frozenset(m for word in words for m in self._remote.get(word.text, ()))
        remote_ask = work_mode.asked(words)
        if remote_ask is not None:
            remote = (remote - {"remote"}) | remote_ask.modes
        countries = [
            self.place_names.country(key, words_of_country)
            for key, words_of_country in self._countries.items()
            if any(raw in words_of_country for raw in raws)
        ]
        # "in the united states": the country asked already covers a place naming it.
        country_words = {word for country in countries for word in country.names}
        named = (self.place_names.asked(typed) for typed in places if country_words.isdisjoint(typed.split()))
        asked = {place.label: place for place in (*countries, *named)}
        benefit_terms = self.benefit_terms_for(words)
        skills = self.skills_for(words)
        bound = self.pay_bound_for(words, route)
        expired: bool | None = None
        if {"expired", "expire", "closed", "passed"} & set(texts):
            expired = True
        elif "open" in texts:
            expired = False
        rolling = "rolling" in texts
        closing = (
            Intent.DEADLINE in route.topics
            and expired is None
            and not rolling
            and bool(_CLOSING_WORDS.intersection(texts))
        )
        stating: list[Intent] = []
        for intent in route.topics:
            if intent is Intent.BENEFITS and benefit_terms:
                continue
            if intent is Intent.LOCATION and (remote or asked):
                continue
            if intent is Intent.DEADLINE and (expired is not None or rolling or closing):
                continue
            if intent is Intent.REQUIREMENTS and (degrees or skills):
                continue
            if intent is Intent.OVERVIEW or (intent is Intent.PAY and bound is not None):
                continue
            stating.append(intent)
        labels.extend(sorted(degrees) + sorted(employment))
        if remote_ask is not None:
            labels.extend([remote_ask.label, *sorted(remote - remote_ask.modes)])
        else:
            labels.extend(sorted(remote))
        labels.extend(asked)
        labels.extend(benefit_terms)
        labels.extend(self._skill_names.get(skill, skill.replace("cpp", "C++")) for skill in skills)
        if bound is not None:
            labels.append(bound.label)
        labels.extend(f"lists {intent.value}" for intent in stating)
        if expired is not None:
            labels.append("expired" if expired else "open")
        if rolling:
            labels.append("rolling review")
        if closing:
            labels.append("states a closing date")
        return ListFilter(
            degrees=degrees,
            employment=employment,
            remote_modes=remote,
            places=tuple(asked.values()),
            stating=tuple(stating),
            benefit_terms=benefit_terms,
            skills=skills,
            expired=expired,
            rolling=rolling,
            closing=closing,
            pay=bound,
            labels=tuple(labels),
        )


def _word_map(table: Mapping[str, tuple[str, ...]], normalizer: Normalizer) -> dict[str, frozenset[str]]:
    """Map each canonical word of a "value -> words" table to the values it stands for."""
    mapping: dict[str, set[str]] = {}
    for value, words in table.items():
        for text in words:
            for word in normalizer.words(text):
                mapping.setdefault(word.text, set()).add(value)
    return {word: frozenset(values) for word, values in mapping.items()}
