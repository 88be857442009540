"""List-or-topic decisions: whether a question filters all postings or asks about the ones it names."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.answers import followups, wording, work_mode
from bot.answers.answer import Intent
from bot.answers.context import Turn
from bot.answers.facets import Facets
from bot.answers.normalize import Word
from bot.answers.resolver import Match, Resolution
from bot.answers.router import Route
from bot.answers.vocabulary import Vocabulary

# Words asking across the postings rather than about the one in view: "who offers dental".
_ACROSS = frozenset({"anyone", "anybody", "who", "which", "everyone", "somebody", "someone"})


class ListDecider:
    """Tell a list or filter question ("who offers dental") from one about named postings."""

    def __init__(self, vocabulary: Vocabulary, facets: Facets) -> None:
        self._vocabulary = vocabulary
        self._facets = facets

    def names_postings(self, raws: Sequence[str], route: Route, resolution: Resolution) -> bool:
        """Tell whether the question is about postings it names ("for the rec intern"), not a filter.

        A definite name that fits several postings asks about those postings: its type words ("intern")
        are part of the name, so the clarify or group answer applies rather than a list of all postings.
        """
        if resolution.match not in (Match.AMBIGUOUS, Match.GROUP) or not followups.definite(raws):
            return False
        if route.plural_noun or route.all_words or route.list_marker or route.compare or route.which_one:
            return False
        asks_across = any(raw in _ACROSS or raw in {"list", "show", "filter"} for raw in raws)
        return (
            not asks_across
            and not wording.any_posting(raws, self._vocabulary.plural_nouns)
            and not wording.one_of_all(raws)
        )

    def is_list(
        self, route: Route, words: Sequence[Word], turn: Turn | None, *, single: bool, places: bool = False
    ) -> bool:
        """Tell whether the question asks to list or filter postings rather than about one topic.

        ``single``: exactly one posting is named by the question. ``places``: it names a place.
        """
        raws = [word.raw for word in words]
        if route.which_one or wording.which_topic(route, words):
            return False
        any_posting = wording.any_posting(raws, self._vocabulary.plural_nouns) or (
            wording.one_of_all(raws) and not replace(self._facets.filter_for(words, route), stating=()).empty
        )
        it = turn is not None and turn.about and route.pronoun
        if places and (not single or route.plural_noun) and not it and not route.compare:
            # "who is hiring in san jose": a place asked of no posting in particular filters them all;
            # "phd roles in seattle" asks for postings even when "phd" alone would name one of them.
            return True
        if self._facets.pay_bound_for(words, route) is not None and not single and not it:
            # "any jobs that pay more than $40/hr": the postings whose stated pay meets the bound.
            return True
        if (
            not it
            and not route.compare
            and not (single and followups.definite(raws))
            and set(route.topics) <= {Intent.REQUIREMENTS}
            and followups.asks_for_postings(raws, self._vocabulary.plural_nouns)
            and (self._facets.skills_for(words) or self._facets.degrees_for(words))
        ):
            # "anything that uses tensorflow", "any for bachelor's students": a skill or degree filter.
            return True
        if (
            work_mode.asked(words) is not None
            and not single
            and not route.compare
            and not route.pronoun
            and (
                turn is None
                or not turn.about
                or followups.asks_for_postings(raws, self._vocabulary.plural_nouns)
            )
            and set(route.topics) <= {Intent.LOCATION}
        ):
            # "any fully remote ones?", "100% remote", "wfh jobs": the postings with that work mode.
            return True
        across = any(raw in _ACROSS for raw in raws) or route.all_words or route.plural_noun
        in_view = (turn is not None and turn.about and not across) or it or single
        if self._facets.benefit_terms_for(words) and not in_view and not route.compare:
            # "who offers dental", "does anyone have a 401k": which postings state that benefit.
            return True
        posting_plural = any(raw in self._vocabulary.plural_nouns for raw in raws) or any_posting
        explicit_words = any(raw in {"list", "show", "filter"} for raw in raws)
        asks_filter = explicit_words or any_posting or "which" in raws
        it = turn is not None and turn.about and any(raw in {"it", "its"} for raw in raws)
        if route.topics and not asks_filter and (it or (single and not posting_plural)):
            # "does it have 401k and wfh options": a topic asked of the posting in view, not a filter.
            return False
        explicit = "which" in raws or (explicit_words and (posting_plural or route.all_words))
        if (route.list_marker or any_posting) and (posting_plural or explicit):
            return True
        return posting_plural and not route.topics and not route.compare
