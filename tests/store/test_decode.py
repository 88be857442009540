"""Stored JSON comes back as the same Posting models, sharing one field-name set per shape."""

from __future__ import annotations

from bot.postings.model import Fact, Location, Posting
from bot.storage.decode import postings_from_json


def _posting(posting_id: str) -> Posting:
    return Posting(
        id=posting_id,
        title="Data Intern",
        locations=[Location(name="Austin, TX", source="Austin, TX"), Location(name="Remote", source="x")],
        summary=Fact(text="Join us.", source="Join us."),
        text="Data Intern\nJoin us.",
        source=f"{posting_id}.txt",
        content_hash="0" * 64,
    )


def test_decoded_postings_equal_the_stored_ones_field_for_field() -> None:
    stored = [_posting("a"), _posting("b")]

    decoded = postings_from_json(posting.model_dump_json() for posting in stored)

    assert decoded == stored
    assert [p.model_dump_json(exclude_unset=True) for p in decoded] == [
        Posting.model_validate_json(p.model_dump_json()).model_dump_json(exclude_unset=True) for p in stored
    ]


def test_models_of_one_shape_share_their_field_set_yet_copies_stay_apart() -> None:
    # Dumped without unset fields, so "company" is not among the names the decoded models hold.
    documents = [_posting(name).model_dump_json(exclude_unset=True) for name in ("a", "b")]
    first, second = postings_from_json(documents)

    assert first.model_fields_set is second.model_fields_set
    assert first.locations[0].model_fields_set is second.locations[1].model_fields_set

    changed = first.model_copy(update={"company": "Acme"})

    assert "company" in changed.model_fields_set
    assert "company" not in first.model_fields_set and "company" not in second.model_fields_set
