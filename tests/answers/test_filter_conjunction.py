"""A filter of several conditions that matches nothing says which conditions matched how many postings."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import compose_listing
from bot.answers.answer import Intent
from bot.answers.engine import Engine
from bot.answers.groups import Universe
from bot.answers.handlers.base import Focus
from bot.answers.handlers.listing import Catalog, ListFilter
from bot.postings.model import Posting

TODAY = date(2026, 11, 23)


@pytest.fixture
def catalog(shipped: list[Posting]) -> Catalog:
    return Catalog(Universe(shipped))


def _focus() -> Focus:
    return Focus(today=TODAY)


def test_housing_with_pay_never_claims_no_posting_mentions_housing(catalog: Catalog) -> None:
    conditions = ListFilter(
        benefit_terms=("housing",), stating=(Intent.PAY,), labels=("housing", "lists pay")
    )
    answer = compose_listing.listing(catalog, conditions, _focus())
    assert answer.postings == []
    assert "No posting mentions housing" not in answer.summary
    assert "2 postings mention housing" in answer.summary
    assert "none of them also list pay" in answer.summary


def test_three_conditions_each_counted_when_all_match_some(catalog: Catalog) -> None:
    conditions = ListFilter(
        employment=frozenset({"internship"}),
        benefit_terms=("housing",),
        stating=(Intent.PAY,),
        labels=("internship", "housing", "lists pay"),
    )
    answer = compose_listing.listing(catalog, conditions, _focus())
    assert answer.postings == []
    assert "No posting" not in answer.summary
    assert "4 postings are internship" in answer.summary
    assert "2 postings mention housing" in answer.summary
    assert "no posting meets all of these" in answer.summary


def test_a_condition_nothing_meets_is_named_alone(catalog: Catalog) -> None:
    conditions = ListFilter(
        benefit_terms=("housing", "pet"), stating=(Intent.PAY,), labels=("housing", "pet")
    )
    answer = compose_listing.listing(catalog, conditions, _focus())
    assert "No posting mentions housing" not in answer.summary
    # Only postings 000 and 001 mention housing and only 004 a pet-friendly office: none does both,
    # yet each benefit alone is stated, so neither is claimed absent.
    assert "No posting mentions pet" not in answer.summary


def test_a_missing_condition_is_said_plainly(catalog: Catalog) -> None:
    conditions = ListFilter(benefit_terms=("housing", "tuition"), labels=("housing", "tuition"))
    answer = compose_listing.listing(catalog, conditions, _focus())
    assert "No posting mentions tuition." in answer.summary
    assert "No posting mentions housing" not in answer.summary


def test_the_others_lack_a_benefit_only_when_that_is_why_they_are_left_out(catalog: Catalog) -> None:
    first = catalog.universe.mask_of_positions([0])
    conditions = ListFilter(benefit_terms=("health",), within=first, labels=("health",))
    answer = compose_listing.listing(catalog, conditions, _focus())
    assert len(answer.postings) == 1
    # Three postings mention health; only one is in the named group, so "the other 4 do not mention
    # health" would be false: the count of postings without it is given instead.
    assert "The other 4 postings do not mention health" not in answer.summary
    assert "2 of the 5 postings do not mention health." in answer.summary


def test_internships_with_housing_name_the_other_postings_truthfully(engine: Engine) -> None:
    answer = engine.answer("which internships offer housing", "u")
    assert answer.intent is Intent.LIST and len(answer.postings) == 2
    assert "The other 3 postings do not mention housing." in answer.summary


def test_two_conditions_name_the_larger_and_what_it_lacks(engine: Engine) -> None:
    answer = engine.answer("which postings mention housing and list pay", "u")
    assert answer.intent is Intent.LIST and answer.postings == []
    assert "2 postings mention housing; none of them also list pay." in answer.summary
