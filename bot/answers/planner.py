"""Question understanding: what kind of answer a question's words want, and about which postings."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from bot.answers import (
    allowances,
    eligibility,
    followups,
    perks,
    superlatives,
    weak_evidence,
    wording,
)
from bot.answers.answer import Intent
from bot.answers.context import Turn
from bot.answers.context_plans import ContextPlanner
from bot.answers.facets import Facets
from bot.answers.groups import Universe
from bot.answers.handlers import pay_threshold
from bot.answers.handlers.listing import Catalog, ListFilter
from bot.answers.list_decision import ListDecider
from bot.answers.name_spotting import NameSpotter
from bot.answers.normalize import Normalizer, Word
from bot.answers.places import PlacePhrases, SpottedPlaces
from bot.answers.plan import Plan, topic_plan
from bot.answers.resolver import NO_MATCH, Match, PostingIndex, Resolution
from bot.answers.router import Route, Router
from bot.answers.topicality import Topicality
from bot.answers.vocabulary import Vocabulary
from bot.postings.model import Posting


class Planner:
    """Turn a question's words, and the user's last turn, into a Plan."""

    def __init__(
        self,
        vocabulary: Vocabulary,
        *,
        normalizer: Normalizer,
        router: Router,
        index: PostingIndex,
        facets: Facets,
        catalog: Catalog,
        universe: Universe,
        by_id: Mapping[str, Posting],
    ) -> None:
        self._vocabulary = vocabulary
        self._normalizer = normalizer
        self._router = router
        self._index = index
        self._facets = facets
        self._catalog = catalog
        self._universe = universe
        self._by_id = by_id
        self._names = NameSpotter(
            vocabulary,
            normalizer=normalizer,
            router=router,
            index=index,
            facets=facets,
            phrases=PlacePhrases(vocabulary.place_phrases, list(by_id.values())),
        )
        self._lists = ListDecider(vocabulary, facets)
        self._context = ContextPlanner(vocabulary, index, universe)
        self._topicality = Topicality(vocabulary, normalizer, index.words, list(by_id.values()))

    def for_resolution(self, resolution: Resolution, intents: tuple[Intent, ...], turn: Turn | None) -> Plan:
        """Turn a resolution into a plan: one posting, a group, or a clarifying question."""
        return self._context.for_resolution(resolution, intents, turn)

    def weigh_emoji(self, words: list[Word], turn: Turn | None) -> list[Word]:
        """Drop the emoji of a question whose typed words ask a topic or a filter themselves.

        An emoji is weak evidence: "any fully remote ones? 🏠" asks for remote postings, not housing;
        "🏠 for the remote intern" asks nothing else, so there the emoji decides.
        """
        if not any(word.emoji for word in words):
            return words
        typed = weak_evidence.typed_only(words)
        if not typed:
            return words
        route = self._router.route(typed)
        names, _skip = self._names.naming(typed, route)
        if route.without_positions(names).topics:
            return typed
        plan = self.plan(typed, turn)
        if plan.kind == "list" and not plan.filters.empty:
            return typed
        return words

    def plan(self, words: Sequence[Word], turn: Turn | None) -> Plan:
        """Decide what kind of answer ``words`` want, and about which postings."""
        route = self._router.route(words)
        raws = [word.raw for word in words]
        names, skip = self._names.naming(words, route)
        # "learning budget": "learning" asks the benefit, it does not name the machine learning postings.
        skip |= allowances.kind_positions(
            words, self._vocabulary.allowance_words, self._vocabulary.allowance_kinds
        )
        route = route.without_positions(names)
        perk_terms = self._facets.benefit_terms_for(words)
        loose_perk = bool(perk_terms) and weak_evidence.loose_benefit(
            words,
            route,
            bare_words=self._facets.benefit_words,
            perk_phrases=self._facets.perk_phrases,
            plural_nouns=self._vocabulary.plural_nouns,
            all_words=self._vocabulary.all_words,
        )
        allowance_words = allowances.benefit_allowances(
            words,
            self._vocabulary.allowance_words,
            self._facets.benefit_words,
            self._vocabulary.allowance_kinds,
        )
        if allowance_words:
            # "is there a housing stipend": the stipend is the housing benefit, not the pay.
            route = route.without_positions(allowances.pay_positions_to_drop(route, words, allowance_words))
        perk_words = perks.perk_positions(words, route, perk_terms, self._catalog)
        if perk_words:
            # "is the office pet friendly": "office" is part of the perk asked, not a location question.
            route = route.without_positions(perk_words)
        if eligibility.asked(raws):
            # "is the remote one open to people outside the us": the stated region answers it.
            route = replace(route, topics=eligibility.topics(raws, route.topics))
        if perk_terms and not route.topics:
            # "casual dress?", "any happy hours": a perk named alone asks about benefits.
            route = replace(route, topics=(Intent.BENEFITS,))
        places = self._names.places(words)
        route = _without_place_asks(route, places)
        if places and not route.topics and not route.plural_noun:
            route = replace(route, topics=(Intent.LOCATION,))
        # "which jobs are in new york": the place filters the postings, it does not name one of them.
        skip |= places.positions
        if not route.topics and self._facets.pay_bound_for(words, route) is not None:
            # "anything above 100k": an amount of money with a bound asks about pay.
            route = replace(route, topics=(Intent.PAY,))
        if route.all_words and followups.object_only_all(raws, self._vocabulary.all_words):
            # "does it pay anything": "anything" is what is paid, not every posting.
            route = replace(route, all_words=False)
        resolution = self._index.resolve(words, skip_positions=skip)
        lone = self._names.lone_title_word(words, resolution, route, places)
        if lone is not None:
            # "summer internships in seattle": a word of one title describes the postings listed there.
            skip.add(lone)
            resolution = self._index.resolve(words, skip_positions=skip)
        if turn is not None and turn.about and route.pronoun and self._names.features_only(words, resolution):
            # "is it strictly for masters students": the degree describes the posting in view.
            resolution = NO_MATCH
        if turn is not None and turn.candidates:
            picked = self._context.pick_candidate(words, raws, turn, skip)
            if picked is not None:
                return topic_plan(route.topics or turn.intents, (picked,), named=True)
        if self._topicality.other_company(raws):
            return Plan("unknown")
        if (
            turn is not None
            and resolution.match is not Match.UNIQUE
            and wording.asks_other(raws, self._vocabulary.plural_nouns)
        ):
            other = self._context.other_plan(route, resolution, turn)
            if other is not None:
                return other
        segments = (
            self._names.segment_resolutions(words, skip)
            if route.compare or resolution.match is not Match.UNIQUE
            else []
        )
        named_ids = self._names.named_ids(resolution, segments)
        superlative = self._superlative_plan(raws, route, named_ids, resolution, turn)
        if superlative is not None:
            return superlative
        if (
            not named_ids
            and resolution.match is Match.NONE
            and wording.career_advice(raws, route, self._vocabulary)
        ):
            return Plan("unknown")
        search = self._search_plan(words, route, named_ids, resolution, turn, skip)
        if search is not None:
            return search
        # An everyday benefit word named of no posting ("the meaning of life") is no evidence on its own.
        loose_alone = loose_perk and not named_ids and resolution.match is Match.NONE
        if not named_ids and turn is None and resolution.match is not Match.UNIQUE:
            strict = not route.topics and resolution.match is not Match.NONE
            if (not perk_terms or loose_alone) and self._topicality.off_topic(
                words, strict=strict, places=places.names
            ):
                return Plan("unknown")
        elif loose_alone and self._topicality.off_topic(words, places=places.names):
            return Plan("unknown")
        elif not route.topics and self._topicality.off_topic(words, unknown_at_least=2, places=places.names):
            # A posting named in passing ("which laptop should i buy for grad school") asks nothing.
            return Plan("unknown")
        if route.compare:
            plan = self._context.compare_plan(route, named_ids, resolution, turn)
            if plan is not None:
                return plan
        if route.which_one and not named_ids and turn is not None and 2 <= len(turn.postings) <= 4:
            # "which one needs a phd" right after comparing or naming a few postings: compare them again.
            aspects = tuple(intent for intent in route.topics if intent is not Intent.OVERVIEW)
            return Plan("compare", aspects, turn.postings, named=True)
        if not self._lists.names_postings(raws, route, resolution) and self._lists.is_list(
            route, words, turn, single=len(named_ids) == 1, places=bool(places)
        ):
            listed = self._index.resolve(words, ignore=self._facets.feature_words, skip_positions=skip)
            if listed.match is not Match.UNIQUE and len(named_ids) < 2:
                conditions = self._list_filter(words, route, places, listed)
                previous = followups.previous_mask(turn, self._universe)
                if previous and followups.narrows_previous(raws):
                    # "which of those is remote": pick among the postings of the previous answer.
                    within = previous if conditions.within is None else conditions.within & previous
                    conditions = replace(conditions, within=within)
                return Plan("list", (Intent.LIST,), filters=conditions)
        named = bool(named_ids) or resolution.match is not Match.NONE
        anchored = named or (turn is not None and (turn.about or bool(turn.candidates)))
        if route.help and not route.topics and not named:
            return Plan("help")
        intents = self._intents(
            route,
            anchored=anchored,
            turn=turn,
            named=named,
            degree_asked=route.pronoun and bool(self._facets.degrees_for(words)),
        )
        if not intents:
            return Plan("unknown")
        if len(named_ids) >= 2:
            return topic_plan(intents, tuple(named_ids), named=True)
        if named_ids:
            return topic_plan(intents, (named_ids[0],), named=True)
        if resolution.match is not Match.NONE:
            return self._context.for_resolution(resolution, intents, turn)
        if turn is not None and turn.about and not route.all_words:
            return Plan("topic", intents, turn.postings, named=True, group=turn.group)
        if turn is not None and turn.candidates and not route.all_words:
            # "and the deadline?" right after "which posting do you mean?": answer it for the candidates.
            return Plan("topic", intents, turn.candidates, named=True)
        return Plan("topic", intents, named=False)

    def query_filter(self, words: Sequence[Word]) -> ListFilter:
        """Read the words of a /jobs query as a list question does, so both list the same postings.

        The query is a filter by itself, so a known place counts wherever it stands ("nyc",
        "california"), as well as after "in" ("roles in seattle") or beside a word for postings.
        """
        route = self._router.route(words)
        names, skip = self._names.naming(words, route)
        route = route.without_positions(names)
        places = self._names.places(words, anywhere=True)
        route = _without_place_asks(route, places)
        skip |= places.positions
        listed = self._index.resolve(words, ignore=self._facets.feature_words, skip_positions=skip)
        return self._list_filter(words, route, places, listed)

    def _list_filter(
        self, words: Sequence[Word], route: Route, places: SpottedPlaces, listed: Resolution
    ) -> ListFilter:
        """The conditions a list question asks, within the postings its other words name ("ml roles")."""
        conditions = self._facets.filter_for(words, route, places=places.names)
        if listed.match is Match.NONE:
            return conditions
        # Name the group by the words that named it, as typed: "Postings: machine learning, PhD".
        label = " ".join(dict.fromkeys(words[position].raw for position in sorted(listed.used)))
        return replace(
            conditions,
            within=listed.group or self._universe.mask_of(listed.ids),
            labels=(label, *conditions.labels) if label else conditions.labels,
        )

    def _superlative_plan(
        self,
        raws: Sequence[str],
        route: Route,
        named_ids: Sequence[str],
        resolution: Resolution,
        turn: Turn | None,
    ) -> Plan | None:
        """Rank stated pay for "which one pays the most", within a named group or the previous list."""
        highest = superlatives.direction(raws)
        if highest is None or Intent.PAY not in route.topics or named_ids or route.compare:
            return None
        if pay_threshold.parse(raws) is not None:
            return None
        within = self._universe.all
        if resolution.match in (Match.GROUP, Match.AMBIGUOUS):
            within = resolution.group or self._universe.mask_of(resolution.ids)
        previous = followups.previous_mask(turn, self._universe)
        if previous and (followups.narrows_previous(raws) or route.which_one):
            within &= previous
        return Plan("superlative", (Intent.PAY,), named=True, group=within, highest=highest)

    def _search_plan(
        self,
        words: Sequence[Word],
        route: Route,
        named_ids: Sequence[str],
        resolution: Resolution,
        turn: Turn | None,
        skip: set[int],
    ) -> Plan | None:
        """Look in one posting's own lines for a detail no topic covers ("the dress code at the rs intern").

        Only when the question names one posting (or says "it" of the one in view), asks no topic,
        and holds a word the engine does not know: that word is what it asks about.
        """
        if route.topics or route.weak_topics or route.compare or route.help or len(named_ids) > 1:
            return None
        if any(word.raw in self._vocabulary.advice_words for word in words):
            return None  # "which laptop should i buy for grad school" asks for advice, not a detail
        if named_ids:
            target = named_ids[0]
        elif (
            resolution.match is Match.NONE and turn is not None and route.pronoun and len(turn.postings) == 1
        ):
            target = turn.postings[0]
        else:
            return None
        protected = self._vocabulary.stopwords | self._vocabulary.neutral
        terms: list[str] = []
        unknown = False
        for position, word in enumerate(words):
            if position in resolution.used or position in skip or not word.raw.isalpha() or len(word.raw) < 3:
                continue
            if word.raw in protected or word.text in protected or word.text in self._router.keywords:
                continue
            if word.text in self._index.words or word.raw in self._index.words:
                continue
            terms.append(word.raw)
            unknown = unknown or not self._normalizer.known(word.text)
        if not terms or not unknown:
            return None
        return Plan("search", (Intent.OVERVIEW,), (target,), named=True, terms=tuple(dict.fromkeys(terms)))

    def _intents(
        self, route: Route, *, anchored: bool, turn: Turn | None, named: bool, degree_asked: bool = False
    ) -> tuple[Intent, ...]:
        """The topics asked; weak words only with a posting in view; else the last turn's, else overview."""
        if route.topics:
            topics = route.topics
            if len(topics) > 1 and Intent.OVERVIEW in topics and not wording.explicit_overview(route):
                topics = tuple(intent for intent in topics if intent is not Intent.OVERVIEW)
            return topics
        if route.weak_topics and anchored:
            return route.weak_topics[:1]
        if degree_asked and turn is not None and turn.about:
            # "and is it phd only": a degree asked of the posting in view is about its requirements.
            return (Intent.REQUIREMENTS,)
        if turn is not None and turn.intents:
            return turn.intents
        if named:
            return (Intent.OVERVIEW,)
        return ()

    def lookup(self, reference: str) -> Resolution:
        """Resolve a posting given by id (autocomplete) or by name."""
        if reference in self._by_id:
            return Resolution(Match.UNIQUE, (reference,))
        return self._index.resolve(self._normalizer.words(reference))


def _without_place_asks(route: Route, places: SpottedPlaces) -> Route:
    """Drop what a place's words would ask besides its location: "salt lake city" is not "salary"."""
    other_asks = [
        pos
        for pos in places.positions
        if route.topic_positions.get(pos, Intent.LOCATION) is not Intent.LOCATION
    ]
    return route.without_positions(other_asks) if other_asks else route
