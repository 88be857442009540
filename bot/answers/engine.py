"""The answer engine: free-text questions in, quoted Answers out, with per-user follow-up memory."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from functools import partial
from pathlib import Path

from bot.answers import (
    compose,
    compose_listing,
    compose_topics,
    validation,
)
from bot.answers.answer import Answer, Intent
from bot.answers.carry_over import carried_turn
from bot.answers.context import ConversationMemory
from bot.answers.facets import Facets
from bot.answers.groups import Group, Universe
from bot.answers.handlers.base import Focus
from bot.answers.handlers.listing import Catalog
from bot.answers.lexicon import build_lexicon
from bot.answers.line_search import LineSearch
from bot.answers.names import NameDeriver
from bot.answers.normalize import SEPARATOR, Normalizer, Word
from bot.answers.plan import Plan
from bot.answers.planner import Planner
from bot.answers.resolver import Match, PostingIndex
from bot.answers.router import TOPIC_INTENTS, Router
from bot.answers.suggest import Suggester
from bot.answers.superlatives import PayRanking
from bot.answers.topicality import YEAR
from bot.answers.vocabulary import Vocabulary
from bot.postings.model import Posting

log = logging.getLogger(__name__)

DEFAULT_MAX_QUESTION_CHARS = 500


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
        self._catalog = Catalog(self._universe)
        self._planner = Planner(
            vocabulary,
            normalizer=self._normalizer,
            router=self._router,
            index=self._index,
            facets=self._facets,
            catalog=self._catalog,
            universe=self._universe,
            by_id=self._by_id,
        )
        self._pay_ranking = PayRanking(self._universe)
        self._year_masks: dict[int, int] = {}
        self._lines = LineSearch()
        self._suggester = Suggester(self._postings, self._normalizer, self._index, self._universe)
        log.info("engine ready: %d postings, %d name words", len(self._postings), len(self._index.words))

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
        rejected = validation.rejection(question, self._max_question_chars)
        if rejected is not None:
            return rejected
        words = self._normalizer.words(question)
        turn = self._memory.recall(user_id)
        words = self._planner.weigh_emoji(words, turn)
        plan = self._planner.plan(words, turn)
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
            resolution = self._planner.lookup(posting)
            plan = self._planner.for_resolution(resolution, (intent,), None)
            focus_words = self._normalizer.words(posting)
        return self._execute(plan, focus_words, user_id)

    def overview(self, posting: str, user_id: str = "local") -> Answer:
        """Describe one posting."""
        return self.answer_topic(Intent.OVERVIEW, posting, user_id)

    def compare(self, first: str, second: str, user_id: str = "local") -> Answer:
        """Compare two postings given by id or name."""
        targets: list[str] = []
        for reference in (first, second):
            resolution = self._planner.lookup(reference)
            if resolution.match is not Match.UNIQUE:
                plan = self._planner.for_resolution(resolution, (Intent.OVERVIEW,), None)
                return self._execute(plan, [], user_id)
            targets.append(resolution.ids[0])
        return self._execute(Plan("compare", (), tuple(dict.fromkeys(targets)), named=True), [], user_id)

    def list_postings(
        self, query: str | None = None, degree: str | None = None, remote: bool | None = None
    ) -> Answer:
        """List the postings, optionally filtered by free text, a degree level and remote work."""
        words = self._normalizer.words(query) if query else []
        conditions = self._planner.query_filter(words)
        if degree:
            levels = self._facets.degrees_for(self._normalizer.words(degree)) or frozenset({degree})
            conditions = replace(conditions, degrees=levels, labels=(*conditions.labels, degree))
        if remote is not None:
            modes = frozenset({"remote"}) if remote else frozenset({"hybrid", "on-site", "unknown"})
            label = "remote" if remote else "not remote"
            conditions = replace(conditions, remote_modes=modes, labels=(*conditions.labels, label))
        return compose_listing.listing(self._catalog, conditions, self._focus(words))

    def help(self) -> Answer:
        """Explain what can be asked, with examples."""
        return compose.help_answer(self._postings)

    def suggest(self, text: str, limit: int = 25) -> list[tuple[str, str]]:
        """Return (posting id, display name) pairs matching partly typed ``text``, best first."""
        return self._suggester.suggest(text, limit)

    def forget(self, user_id: str) -> None:
        """Drop the remembered context of one user."""
        self._memory.forget(user_id)

    def carry_conversations(self, previous: Engine) -> int:
        """Take over what each user of ``previous`` was talking about, so follow-ups survive a reload.

        Only what still holds here is kept (see ``carry_over``); returns how many users' turns were kept.
        """
        turns = previous._memory.snapshot()
        carried = (
            (user_id, turn)
            for user_id, old_turn in turns
            if (turn := carried_turn(old_turn, previous._universe, self._universe)) is not None
        )
        kept = self._memory.adopt(carried)
        log.info("carried the conversations of %d of %d users over to the new postings", kept, len(turns))
        return kept

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
            answer = compose_listing.listing(self._catalog, plan.filters, focus, chosen)
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
        elif plan.group or len(postings) > compose_topics.MANY_POSTINGS:
            mask = plan.group or self._universe.mask_of(p.id for p in postings)
        else:
            mask = 0
        group = Group.of(self._universe, mask) if mask else None
        if group is not None and group.size <= compose_topics.MANY_POSTINGS:
            postings, group = group.first(compose_topics.MANY_POSTINGS), None
        if group is not None:
            stated = {intent: self._catalog.stating(intent) for intent in plan.intents}
            answer = compose_topics.group_topics(group, plan.intents, focus, named=plan.named, stated=stated)
        else:
            elsewhere = {intent: self._stating_elsewhere(intent) for intent in plan.intents}
            answer = compose_topics.topics(
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
        if mask.bit_count() <= compose_topics.MANY_POSTINGS:
            ids = self._universe.first_ids(mask, compose_topics.MANY_POSTINGS)
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


def _gives_year(posting: Posting, year: int) -> bool:
    """Tell whether ``posting`` states an H1B count for ``year``."""
    return any(entry.year == year for entry in posting.sponsorship.history)
