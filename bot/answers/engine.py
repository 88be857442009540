"""The answer engine: free-text questions in, quoted Answers out, with per-user follow-up memory."""

from __future__ import annotations

import bisect
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from functools import partial
from pathlib import Path

from rapidfuzz import fuzz

from bot.answers import (
    allowances,
    compose,
    eligibility,
    followups,
    perks,
    superlatives,
    weak_evidence,
    wording,
)
from bot.answers.answer import Answer, Intent
from bot.answers.context import ConversationMemory, Turn
from bot.answers.context_plans import ContextPlanner
from bot.answers.facets import Facets
from bot.answers.groups import Group, Universe
from bot.answers.handlers import pay_threshold
from bot.answers.handlers.base import Focus
from bot.answers.handlers.listing import Catalog
from bot.answers.lexicon import build_lexicon
from bot.answers.line_search import LineSearch
from bot.answers.list_decision import ListDecider
from bot.answers.names import NameDeriver
from bot.answers.normalize import SEPARATOR, Normalizer, Word, _split_raw
from bot.answers.plan import Plan, topic_plan
from bot.answers.resolver import NO_MATCH, Match, PostingIndex, Resolution
from bot.answers.router import TOPIC_INTENTS, Route, Router
from bot.answers.superlatives import PayRanking
from bot.answers.topicality import YEAR, Topicality
from bot.answers.vocabulary import Vocabulary
from bot.postings.model import Posting

log = logging.getLogger(__name__)

DEFAULT_MAX_QUESTION_CHARS = 500
_SEGMENT_BREAKS = frozenset({"and", "vs", "versus", "or", "with", "w", "from", "to", "than", SEPARATOR})
# Words before a place in "is it in seattle", "anything near toronto".
_PLACE_BEFORE = frozenset({"in", "near", "around"})
# Autocomplete ranks at most this many candidates with rapidfuzz (Discord wants a reply in 3 s).
_SUGGEST_SCAN = 200


class Engine:
    """Answer questions about a fixed set of postings; every index is built once, here."""

    def __init__(
        self,
        postings: Sequence[Posting],
        vocabulary: Vocabulary,
        *,
        today: Callable[[], date],
        context_ttl: float,
        clock: Callable[[], float] = time.monotonic,
        max_question_chars: int = DEFAULT_MAX_QUESTION_CHARS,
    ) -> None:
        unique: dict[str, Posting] = {}
        for posting in postings:
            unique.setdefault(posting.id, posting)
        self._postings = list(unique.values())
        self._by_id = unique
        self._universe = Universe(self._postings)
        self._vocabulary = vocabulary
        self._today = today
        self._max_question_chars = max_question_chars
        self._memory = ConversationMemory(context_ttl, clock)
        protected = vocabulary.stopwords | vocabulary.neutral
        self._normalizer = Normalizer(
            build_lexicon(vocabulary, self._postings),
            abbreviations=vocabulary.abbreviations,
            protected=protected,
            emoji=vocabulary.emoji,
        )
        self._router = Router(vocabulary, self._normalizer)
        deriver = NameDeriver(vocabulary, self._normalizer)
        names = [deriver.derive(posting) for posting in self._postings]
        self._index = PostingIndex(
            names,
            universe=self._universe,
            stopwords=vocabulary.stopwords | {SEPARATOR},
            intent_words=self._router.keywords,
        )
        self._facets = Facets(vocabulary, self._normalizer, self._postings)
        self._lists = ListDecider(vocabulary, self._facets)
        self._context = ContextPlanner(vocabulary, self._index, self._universe)
        self._catalog = Catalog(self._universe)
        self._pay_ranking = PayRanking(self._universe)
        self._ids = self._universe.ids
        self._order = self._universe.positions
        self._year_masks: dict[int, int] = {}
        self._lines = LineSearch()
        self._suggest_words = sorted(self._index.words)
        self._topicality = Topicality(vocabulary, self._normalizer, self._index.words, self._postings)
        log.info("engine ready: %d postings, %d name words", len(self._postings), len(self._suggest_words))

    @classmethod
    def from_knowledge(
        cls,
        postings: Sequence[Posting],
        knowledge_dir: Path,
        *,
        today: Callable[[], date],
        context_ttl: float,
        clock: Callable[[], float] = time.monotonic,
        max_question_chars: int = DEFAULT_MAX_QUESTION_CHARS,
    ) -> Engine:
        """Build an engine with the vocabulary files of ``knowledge_dir``."""
        return cls(
            postings,
            Vocabulary.load(Path(knowledge_dir)),
            today=today,
            context_ttl=context_ttl,
            clock=clock,
            max_question_chars=max_question_chars,
        )

    @property
    def postings(self) -> list[Posting]:
        return list(self._postings)

    # ----------------------------------------------------------------------------------------- API

    def answer(self, question: str, user_id: str = "local") -> Answer:
        """Answer a free-text question, using and updating what this user asked last."""
        if not question or not question.strip():
            return compose.error("Ask me something about the job postings, for example “what’s the pay?”.")
        if len(question) > self._max_question_chars:
            return compose.error(
                f"That question is too long (over {self._max_question_chars} characters). "
                "Please ask something shorter."
            )
        words = self._normalizer.words(question)
        turn = self._memory.recall(user_id)
        words = self._weigh_emoji(words, turn)
        plan = self._plan(words, turn)
        return self._execute(plan, words, user_id)

    def answer_topic(self, intent: Intent, posting: str | None, user_id: str = "local") -> Answer:
        """Answer one topic for a posting given by id or name, or for every posting when none is given.

        A slash command's empty posting option is an explicit "all": unlike a free-text follow-up, it
        never falls back to the posting the user asked about last.
        """
        if intent not in TOPIC_INTENTS:
            return self.answer(posting or "", user_id) if posting else self.help()
        focus_words: list[Word] = []
        if posting is None or not posting.strip():
            plan = Plan("topic", (intent,), named=False)
        else:
            resolution = self._lookup(posting)
            plan = self._context.for_resolution(resolution, (intent,), None)
            focus_words = self._normalizer.words(posting)
        return self._execute(plan, focus_words, user_id)

    def overview(self, posting: str, user_id: str = "local") -> Answer:
        """Describe one posting."""
        return self.answer_topic(Intent.OVERVIEW, posting, user_id)

    def compare(self, first: str, second: str, user_id: str = "local") -> Answer:
        """Compare two postings given by id or name."""
        targets: list[str] = []
        for reference in (first, second):
            resolution = self._lookup(reference)
            if resolution.match is not Match.UNIQUE:
                plan = self._context.for_resolution(resolution, (Intent.OVERVIEW,), None)
                return self._execute(plan, [], user_id)
            targets.append(resolution.ids[0])
        return self._execute(Plan("compare", (), tuple(dict.fromkeys(targets)), named=True), [], user_id)

    def list_postings(
        self, query: str | None = None, degree: str | None = None, remote: bool | None = None
    ) -> Answer:
        """List the postings, optionally filtered by free text, a degree level and remote work."""
        words = self._normalizer.words(query) if query else []
        conditions = self._facets.filter_for(words, self._router.route(words))
        if degree:
            levels = self._facets.degrees_for(self._normalizer.words(degree)) or frozenset({degree})
            conditions = replace(conditions, degrees=levels, labels=(*conditions.labels, degree))
        if remote is not None:
            modes = frozenset({"remote"}) if remote else frozenset({"hybrid", "on-site", "unknown"})
            label = "remote" if remote else "not remote"
            conditions = replace(conditions, remote_modes=modes, labels=(*conditions.labels, label))
        return compose.listing(self._catalog, conditions, self._focus(words))

    def help(self) -> Answer:
        """Explain what can be asked, with examples."""
        return compose.help_answer(self._postings)

    def suggest(self, text: str, limit: int = 25) -> list[tuple[str, str]]:
        """Return (posting id, display name) pairs matching partly typed ``text``, best first."""
        limit = max(0, min(limit, 25))
        if not text or not text.strip():
            return [(p.id, compose.short(p.title, 100)) for p in self._postings[:limit]]
        if text in self._by_id:
            return [(text, compose.short(self._by_id[text].title, 100))]
        words = self._normalizer.words(text)
        # The best-named postings first, then those sharing the rarest words, then the word being typed.
        resolution = self._index.resolve(words)
        pool = dict.fromkeys(resolution.ids or self._universe.first_ids(resolution.group, _SUGGEST_SCAN))
        for name_word in sorted(
            {w.text for w in words if w.text in self._index.words}, key=self._index.count_with
        ):
            if len(pool) >= _SUGGEST_SCAN:
                break
            pool.update(
                dict.fromkeys(self._universe.first_ids(self._index.mask_with(name_word), _SUGGEST_SCAN))
            )
        raws = _split_raw(text, {})
        if raws and len(pool) < _SUGGEST_SCAN:
            pool.update(
                dict.fromkeys(self._universe.first_ids(self._prefix_postings(raws[-1]), _SUGGEST_SCAN))
            )
        candidates = list(pool)[:_SUGGEST_SCAN]
        if not candidates:
            return []
        ranked = sorted(
            candidates,
            key=lambda pid: (-fuzz.WRatio(text, self._by_id[pid].title), self._order[pid]),
        )[:limit]
        return [(pid, compose.short(self._by_id[pid].title, 100)) for pid in ranked]

    def forget(self, user_id: str) -> None:
        """Drop the remembered context of one user."""
        self._memory.forget(user_id)

    # ------------------------------------------------------------------------------------ planning

    def _weigh_emoji(self, words: list[Word], turn: Turn | None) -> list[Word]:
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
        names, _skip = self._naming(typed, route)
        if route.without_positions(names).topics:
            return typed
        plan = self._plan(typed, turn)
        if plan.kind == "list" and not plan.filters.empty:
            return typed
        return words

    def _plan(self, words: Sequence[Word], turn: Turn | None) -> Plan:
        """Decide what kind of answer ``words`` want, and about which postings."""
        route = self._router.route(words)
        raws = [word.raw for word in words]
        names, skip = self._naming(words, route)
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
        places = self._places(words)
        if places and not route.topics and not route.plural_noun:
            route = replace(route, topics=(Intent.LOCATION,))
        if not route.topics and self._facets.pay_bound_for(words, route) is not None:
            # "anything above 100k": an amount of money with a bound asks about pay.
            route = replace(route, topics=(Intent.PAY,))
        if route.all_words and followups.object_only_all(raws, self._vocabulary.all_words):
            # "does it pay anything": "anything" is what is paid, not every posting.
            route = replace(route, all_words=False)
        resolution = self._index.resolve(words, skip_positions=skip)
        if turn is not None and turn.about and route.pronoun and self._features_only(words, resolution):
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
            self._segment_resolutions(words, skip)
            if route.compare or resolution.match is not Match.UNIQUE
            else []
        )
        named_ids = self._named_ids(resolution, segments)
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
                words, strict=strict, places=places
            ):
                return Plan("unknown")
        elif loose_alone and self._topicality.off_topic(words, places=places):
            return Plan("unknown")
        elif not route.topics and self._topicality.off_topic(words, unknown_at_least=2, places=places):
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
                conditions = self._facets.filter_for(words, route, places=places)
                if listed.match is not Match.NONE:
                    within = listed.group or self._universe.mask_of(listed.ids)
                    conditions = replace(conditions, within=within)
                previous = followups.previous_mask(turn, self._universe)
                if previous and followups.narrows_previous(raws):
                    # "which of those is remote": pick among the postings of the previous answer.
                    within = previous if conditions.within is None else conditions.within & previous
                    conditions = replace(conditions, within=within)
                return Plan("list", (Intent.LIST,), filters=conditions)
        named = bool(named_ids) or resolution.match is not Match.NONE
        anchored = named or (turn is not None and turn.about)
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
        return Plan("topic", intents, named=False)

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

    def _naming(self, words: Sequence[Word], route: Route) -> tuple[list[int], set[int]]:
        """Split intent words into those naming a posting ("the remote one") and those asking.

        Returns the naming positions, and the positions the resolver should skip: words inside
        intent phrases ("research experience") and intent words that ask rather than name.
        """
        index_words = self._index.words
        keywords = self._router.keywords
        names: list[int] = [
            position for position in route.weak_positions if words[position].text in index_words
        ]
        skip = set(route.phrase_positions)
        for position in route.topic_positions:
            if words[position].text not in index_words:
                continue
            if position + 1 in route.phrase_positions and position in route.phrase_positions:
                # "the start date": a word opening an intent phrase asks, even when a title holds it.
                skip.add(position)
                continue
            before = words[position - 1].raw if position > 0 else ""
            after = words[position + 1] if position + 1 < len(words) else None
            naming = before in self._vocabulary.naming_before or (
                after is not None
                and (
                    after.raw in self._vocabulary.naming_after
                    or (after.text in index_words and after.text not in keywords)
                )
            )
            if naming:
                names.append(position)
            else:
                skip.add(position)
        return names, skip

    def _features_only(self, words: Sequence[Word], resolution: Resolution) -> bool:
        """Tell whether a resolution rests only on feature words (degree, work mode, pay, place)."""
        return bool(resolution.used) and all(
            self._index.is_feature_word(words[position].text) for position in resolution.used
        )

    def _places(self, words: Sequence[Word]) -> tuple[str, ...]:
        """Places a question names after "in" ("is the lrm one in san jose?", "jobs in toronto")."""
        places: list[str] = []
        for position, word in enumerate(words):
            if word.raw not in _PLACE_BEFORE:
                continue
            named: list[str] = []
            known_place = False
            for following in words[position + 1 : position + 4]:
                if not following.text.isalpha():
                    break
                unknown = (
                    not self._normalizer.known(following.text) and following.text not in self._index.words
                )
                is_place = following.text in self._facets.place_words
                if (not unknown or known_place) and not is_place:
                    # "in seattle today": an unknown word after a known place is not part of it.
                    break
                known_place = known_place or is_place
                named.append(following.raw)
            if named:
                places.append(" ".join(named))
        return tuple(places)

    def _segment_resolutions(self, words: Sequence[Word], skip: set[int]) -> list[Resolution]:
        """Resolve each part of "the mle intern and the rs intern" on its own."""
        segments: list[list[Word]] = [[]]
        for position, word in enumerate(words):
            if word.raw in _SEGMENT_BREAKS or word.text == SEPARATOR:
                segments.append([])
            elif position not in skip:
                segments[-1].append(word)
        if len(segments) < 2:
            return []
        return [self._index.resolve(segment) for segment in segments if segment]

    @staticmethod
    def _named_ids(resolution: Resolution, segments: Sequence[Resolution]) -> list[str]:
        """Postings named unambiguously, by the whole question or by its parts."""
        named: list[str] = []
        for part in segments:
            if part.match is Match.UNIQUE and part.ids[0] not in named:
                named.append(part.ids[0])
        if len(named) >= 2:
            return named
        if resolution.match is Match.UNIQUE:
            return [resolution.ids[0]]
        return named if len(named) == 1 and resolution.match is Match.NONE else []

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

    def _lookup(self, reference: str) -> Resolution:
        """Resolve a posting given by id (autocomplete) or by name."""
        if reference in self._by_id:
            return Resolution(Match.UNIQUE, (reference,))
        return self._index.resolve(self._normalizer.words(reference))

    # ----------------------------------------------------------------------------------- execution

    def _focus(self, words: Sequence[Word]) -> Focus:
        texts = frozenset(word.text for word in words)
        return Focus(
            today=self._today(),
            words=texts | frozenset(word.raw for word in words),
            benefit_terms=self._facets.benefit_terms_for(words),
            years=frozenset(int(word.text) for word in words if YEAR.match(word.text)),
            skills=self._facets.skills_for(words),
        )

    def _execute(self, plan: Plan, words: Sequence[Word], user_id: str) -> Answer:
        """Build the answer for ``plan`` and remember what it was about."""
        focus = self._focus(words)
        postings = [self._by_id[pid] for pid in plan.targets if pid in self._by_id]
        if plan.kind == "topic":
            answer = self._topics(plan, postings, focus, user_id)
        elif plan.kind == "list":
            chosen = self._catalog.select(plan.filters, focus)
            answer = compose.listing(self._catalog, plan.filters, focus, chosen)
            self._remember_group(user_id, chosen, ())
        elif plan.kind == "compare":
            answer = compose.comparison(postings, plan.intents, focus)
            self._memory.remember(user_id, postings=tuple(answer.postings), intents=plan.intents)
        elif plan.kind == "search" and postings:
            posting = postings[0]
            hits = self._lines.search(posting, plan.terms)
            answer = compose.found_lines(posting, hits, plan.terms)
            intents = tuple(dict.fromkeys(hit.intent for hit in hits)) or (Intent.OVERVIEW,)
            self._memory.remember(user_id, postings=(posting.id,), intents=intents)
        elif plan.kind == "superlative":
            answer = self._pay_ranking.answer(plan.group, highest=plan.highest)
            self._memory.remember(user_id, postings=tuple(answer.postings), intents=(Intent.PAY,))
        elif plan.kind == "clarify":
            answer = compose.clarify(postings, plan.intents)
            self._memory.remember(user_id, postings=(), intents=plan.intents, candidates=plan.targets)
        elif plan.kind == "help":
            answer = compose.help_answer(self._postings)
        else:
            answer = compose.unknown(self._postings)
        log.debug("answered %s for %s postings", answer.intent, len(answer.postings))
        return compose.neutralized(answer)

    def _stating_elsewhere(self, intent: Intent) -> tuple[int, list[Posting]]:
        """How many postings state ``intent``, and the first three of them."""
        mask = self._catalog.stating(intent)
        return mask.bit_count(), self._universe.first(mask, 3)

    def _topics(self, plan: Plan, postings: list[Posting], focus: Focus, user_id: str) -> Answer:
        """Answer topics for the planned postings: a few in full, a large group by counts and examples."""
        if not plan.named:
            mask = self._narrow_by_focus(self._universe.all, plan.intents, focus)
        elif plan.group or len(postings) > compose.MANY_POSTINGS:
            mask = plan.group or self._universe.mask_of(p.id for p in postings)
        else:
            mask = 0
        group = Group.of(self._universe, mask) if mask else None
        if group is not None and group.size <= compose.MANY_POSTINGS:
            postings, group = group.first(compose.MANY_POSTINGS), None
        if group is not None:
            stated = {intent: self._catalog.stating(intent) for intent in plan.intents}
            answer = compose.group_topics(group, plan.intents, focus, named=plan.named, stated=stated)
        else:
            elsewhere = {intent: self._stating_elsewhere(intent) for intent in plan.intents}
            answer = compose.topics(
                postings,
                plan.intents,
                focus,
                named=plan.named,
                total=len(self._postings),
                stating_elsewhere=elsewhere,
            )
        if not plan.named:
            self._memory.remember(user_id, postings=(), intents=plan.intents)
        elif group is not None:
            self._memory.remember(user_id, postings=(), intents=plan.intents, group=group.mask)
        else:
            self._memory.remember(user_id, postings=tuple(p.id for p in postings), intents=plan.intents)
        return answer

    def _remember_group(self, user_id: str, mask: int, intents: tuple[Intent, ...]) -> None:
        """Remember a selection: by ids when it is small, as a mask when it is large."""
        if mask.bit_count() <= compose.MANY_POSTINGS:
            ids = self._universe.first_ids(mask, compose.MANY_POSTINGS)
            self._memory.remember(user_id, postings=ids, intents=intents)
        else:
            self._memory.remember(user_id, postings=(), intents=intents, group=mask)

    def _narrow_by_focus(self, mask: int, intents: Sequence[Intent], focus: Focus) -> int:
        """A question about one year's H1B count, asked of all postings, is about those that give it."""
        if Intent.SPONSORSHIP in intents and focus.years:
            giving = 0
            for year in focus.years:
                if year not in self._year_masks:
                    self._year_masks[year] = self._universe.mask_where(partial(_gives_year, year=year))
                giving |= self._year_masks[year]
            if mask & giving:
                return mask & giving
        return mask

    def _prefix_postings(self, prefix: str) -> int:
        """Postings with a name word starting with ``prefix`` (the word being typed), as a mask."""
        found = 0
        start = bisect.bisect_left(self._suggest_words, prefix)
        for word in self._suggest_words[start : start + 50]:
            if not word.startswith(prefix):
                break
            found |= self._index.mask_with(word)
        return found


def _gives_year(posting: Posting, year: int) -> bool:
    return any(entry.year == year for entry in posting.sponsorship.history)
