"""Read schema.org JobPosting JSON-LD: find the posting, write it out as plain lines, keep exact values."""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass, field
from typing import Any

from bot.postings.model import EmploymentType, Location, Pay, PayUnit, RemoteMode, RemotePolicy
from bot.postings.parse.html import flatten_html
from bot.postings.parse.location import country_of

log = logging.getLogger(__name__)

_EMPLOYMENT = {
    "FULL_TIME": (EmploymentType.FULL_TIME, "Full-time"),
    "PART_TIME": (EmploymentType.PART_TIME, "Part-time"),
    "CONTRACTOR": (EmploymentType.CONTRACT, "Contract"),
    "TEMPORARY": (EmploymentType.TEMPORARY, "Temporary"),
    "INTERN": (EmploymentType.INTERNSHIP, "Internship"),
    "INTERNSHIP": (EmploymentType.INTERNSHIP, "Internship"),
    "PER_DIEM": (EmploymentType.TEMPORARY, "Per diem"),
}
_UNITS = {
    "HOUR": PayUnit.HOUR,
    "DAY": PayUnit.DAY,
    "WEEK": PayUnit.WEEK,
    "MONTH": PayUnit.MONTH,
    "YEAR": PayUnit.YEAR,
}
_LIST_FIELDS = (
    ("responsibilities", "Responsibilities"),
    ("qualifications", "Qualifications"),
    ("educationRequirements", "Education"),
    ("experienceRequirements", "Experience"),
    ("skills", "Skills"),
    ("jobBenefits", "Benefits"),
)


@dataclass(slots=True)
class Hints:
    """Facts a structured source states exactly; each ``source`` is a line of the flattened text."""

    title: str | None = None
    company: str | None = None
    employment_type: EmploymentType | None = None
    pay: list[Pay] = field(default_factory=list)
    locations: list[Location] = field(default_factory=list)
    remote: RemotePolicy | None = None


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(item).rsplit("/", 1)[-1] for item in kinds if item}


def find_job_postings(data: Any, depth: int = 0) -> list[dict[str, Any]]:
    """Return every JobPosting object in a JSON-LD value (an object, a list, or an ``@graph``)."""
    if depth > 20:
        return []
    if isinstance(data, list):
        return [found for item in data for found in find_job_postings(item, depth + 1)]
    if not isinstance(data, dict):
        return []
    if "JobPosting" in _types(data):
        return [data]
    return find_job_postings(data.get("@graph", []), depth + 1)


def _text(value: Any) -> str:
    """Return a JSON-LD value as one line of text ("" when absent)."""
    if value is None:
        return ""
    if isinstance(value, dict):
        for key in ("name", "value", "credentialCategory", "description", "text"):
            if value.get(key) not in (None, ""):
                return _text(value[key])
        months = value.get("monthsOfExperience")
        return f"{_number(months)} months of experience" if isinstance(months, int | float) else ""
    if isinstance(value, list):
        return ", ".join(filter(None, (_text(item) for item in value)))
    return " ".join(str(value).split())


def _number(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.2f}"


def _as_float(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.replace(",", "").strip())
        except ValueError:
            return None
    else:
        return None
    return number if math.isfinite(number) and number > 0 else None


def _address(place: Any) -> tuple[str, str | None]:
    """Return a readable place name and its country code."""
    if isinstance(place, str):
        name = " ".join(place.split())
        return name, country_of(name)
    if not isinstance(place, dict):
        return "", None
    address = place.get("address", place)
    if isinstance(address, str):
        name = " ".join(address.split())
        return name, country_of(name)
    if not isinstance(address, dict):
        return _text(place.get("name")), None
    country = _text(address.get("addressCountry"))
    parts = [_text(address.get(key)) for key in ("addressLocality", "addressRegion")]
    # "Singapore, Singapore" and "Variable (US), US" say the country twice.
    stated = [part for part in parts if part]
    if country and not any(country.lower() == part.lower() or f"({country})" in part for part in stated):
        stated.append(country)
    name = ", ".join(stated) or _text(place.get("name"))
    code = country.upper() if len(country) == 2 and country.isalpha() else None
    return name, code or country_of(name)


def _employment(value: Any) -> tuple[EmploymentType, str] | None:
    for item in value if isinstance(value, list) else [value]:
        key = str(item).strip().upper().replace("-", "_").replace(" ", "_")
        if key in _EMPLOYMENT:
            return _EMPLOYMENT[key]
    return None


def _salary(value: Any) -> tuple[str, Pay] | None:
    """Write ``baseSalary`` as a line and return it with the exact Pay it states."""
    if not isinstance(value, dict):
        amount = _as_float(value)
        if amount is None:
            return None
        text = _number(amount)
        return f"Salary: {text}", Pay(min=amount, max=amount, text=text, source=f"Salary: {text}")
    currency = _text(value.get("currency")).upper() or None
    quantity = value.get("value")
    unit_text = ""
    if isinstance(quantity, dict):
        low = _as_float(quantity.get("minValue"))
        high = _as_float(quantity.get("maxValue"))
        exact = _as_float(quantity.get("value"))
        unit_text = _text(quantity.get("unitText"))
    else:
        low = high = exact = _as_float(quantity)
    low, high = (low or exact), (high or exact or low)
    if low is None or high is None or high < low:
        return None
    unit_text = unit_text or _text(value.get("unitText"))
    unit = _UNITS.get(unit_text.upper())
    stated = _number(low) if low == high else f"{_number(low)}–{_number(high)}"
    written = " ".join(part for part in (currency, stated, f"per {unit.value}" if unit else "") if part)
    line = f"Salary: {written}"
    return line, Pay(min=low, max=high, currency=currency, unit=unit, text=written, source=line)


def _field_lines(value: Any) -> tuple[list[str], dict[int, int]]:
    """Return a list-like field (string, HTML, list, or object) as bullet lines."""
    if isinstance(value, list):
        lines = []
        for item in value:
            lines.extend(_field_lines(item)[0])
        return lines, {}
    if isinstance(value, str) and "<" in value and ">" in value:
        return flatten_html(value)
    text = value if isinstance(value, str) else _text(value)
    if "\n" not in text and ";" in text:
        text = text.replace(";", "\n")  # "Health insurance; 401(k) match; ..." lists one item per part
    return [
        line.strip() if line.strip().startswith(("-", "•", "*")) else f"- {line.strip()}"
        for line in text.split("\n")
        if line.strip()
    ], {}


def flatten_job_posting(posting: dict[str, Any]) -> tuple[list[str], dict[int, int], Hints]:
    """Write a JobPosting as labelled plain lines and return the exact facts it states."""
    hints = Hints()
    lines: list[str] = []
    headings: dict[int, int] = {}
    title = _text(posting.get("title") or posting.get("name"))
    if title:
        hints.title = title
        headings[0] = 1
        lines.append(title)
    company = _text(posting.get("hiringOrganization"))
    if company:
        hints.company = company
        lines.append(f"Company: {company}")
    employment = _employment(posting.get("employmentType"))
    if employment is not None:
        hints.employment_type = employment[0]
        lines.append(f"Employment type: {employment[1]}")
    places = posting.get("jobLocation")
    for place in places if isinstance(places, list) else [places]:
        name, country = _address(place)
        if name:
            line = f"Location: {name}"
            lines.append(line)
            hints.locations.append(Location(name=name, country=country, source=line))
    if "TELECOMMUTE" in _text(posting.get("jobLocationType")).upper():
        region = _text(posting.get("applicantLocationRequirements")) or None
        line = "Workplace: Remote" + (f" (open to candidates in {region})" if region else "")
        lines.append(line)
        hints.remote = RemotePolicy(mode=RemoteMode.REMOTE, region=region, source=line)
    salary = _salary(posting.get("baseSalary") or posting.get("estimatedSalary"))
    if salary is not None:
        lines.append(salary[0])
        hints.pay.append(salary[1])
    for key, label in (
        ("datePosted", "Posted on"),
        ("validThrough", "Apply by"),
        ("jobStartDate", "Start date"),
    ):
        stated = _text(posting.get(key))
        if stated:
            lines.append(f"{label}: {stated[:10] if stated[:4].isdigit() else stated}")
    description = posting.get("description")
    if description:
        lines.append("")
        text = description if isinstance(description, str) else _text(description)
        body, body_headings = flatten_html(text) if "<" in text and ">" in text else (text.split("\n"), {})
        headings.update({len(lines) + index: level for index, level in body_headings.items()})
        lines.extend(body)
    for key, label in _LIST_FIELDS:
        if posting.get(key):
            items, item_headings = _field_lines(posting[key])
            if items:
                lines.append("")
                headings[len(lines)] = 2
                lines.append(label)
                headings.update({len(lines) + index: level for index, level in item_headings.items()})
                lines.extend(items)
    return lines, headings, hints
