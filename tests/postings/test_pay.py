"""Pay is read in every written form, and never from funding, 401(K) or other non-pay lines."""

from __future__ import annotations

import pytest

from bot.postings.parse import parse_text

HEAD = "Data Analyst Intern\n"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Pay: $45 hourly", (45, 45, "USD", "hour", "$45 hourly")),
        ("Rate: $45/hr", (45, 45, "USD", "hour", "$45/hr")),
        ("Stipend: $7,000 - $9,500/month", (7000, 9500, "USD", "month", "$7,000 - $9,500/month")),
        (
            "Salary: USD 120,000–180,000 per year",
            (120_000, 180_000, "USD", "year", "USD 120,000–180,000 per year"),
        ),
        ("Salary range: $120K–$180K", (120_000, 180_000, "USD", "year", "$120K–$180K")),
        ("The role pays 45 USD an hour.", (45, 45, "USD", "hour", "45 USD an hour")),
        ("Salary: £30,000 a year", (30_000, 30_000, "GBP", "year", "£30,000 a year")),
        ("Compensation: €20/hour", (20, 20, "EUR", "hour", "€20/hour")),
        ("Base salary $85,000 annually", (85_000, 85_000, "USD", "year", "$85,000 annually")),
        ("Salary: $90,000 - $110,000", (90_000, 110_000, "USD", None, "$90,000 - $110,000")),
    ],
)
def test_pay_forms(line: str, expected: tuple[object, ...]) -> None:
    posting = parse_text(HEAD + line, source="pay.txt")
    assert len(posting.pay) == 1
    pay = posting.pay[0]
    assert (pay.min, pay.max, pay.currency, pay.unit, pay.text) == expected
    assert pay.source == line


@pytest.mark.parametrize(
    "line",
    [
        "We raised $10M funding from Series B investors last year.",
        "- 401(K) With Company Matching",
        "Our platform processes $2 billion in payments.",
        "Benefits\n- Housing allowance of $1,500 per month",
        "Get jobs paying $50/hr delivered to your inbox every week.",
        "Responsibilities\n- Analyse 401(k) plan data and $ amounts in reports",
    ],
)
def test_money_that_is_not_pay_is_ignored(line: str) -> None:
    assert parse_text(HEAD + line, source="nopay.txt").pay == []


def test_no_pay_stated_means_no_pay() -> None:
    posting = parse_text(HEAD + "Responsibilities\n- Build dashboards\n", source="none.txt")
    assert posting.pay == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Salary: £30,000 a year, rising to £34,000 after your first year",
            [(30_000, "year", "£30,000 a year"), (34_000, "year", "£34,000")],
        ),
        (
            "Pay: $40 to start, then $45 per hour after six months",
            [(40, "hour", "$40"), (45, "hour", "$45 per hour")],
        ),
        (
            "Salary: $50,000 per year. Relocation of $5,000 is paid separately.",
            [(50_000, "year", "$50,000 per year")],
        ),
        ("Stipend: $3,000/month or €2,500", [(3_000, "month", "$3,000/month"), (2_500, None, "€2,500")]),
    ],
)
def test_an_amount_takes_the_unit_of_its_sentence(
    line: str, expected: list[tuple[float, str | None, str]]
) -> None:
    posting = parse_text(HEAD + line, source="units.txt")
    stated = [(pay.min, pay.unit.value if pay.unit else None, pay.text) for pay in posting.pay]
    assert stated == expected
