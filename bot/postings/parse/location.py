"""Read where the job is and whether it is remote, hybrid or on-site, from labels, the title and sentences."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from bot.postings.model import Location, RemoteMode, RemotePolicy
from bot.postings.parse.lines import COMMA_PLACE, MODE_MARKERS, PLACE, WORK_MODE, Line, contains_any

_US_STATES = frozenset(
    {
        "AL",
        "AK",
        "AZ",
        "AR",
        "CA",
        "CO",
        "CT",
        "DE",
        "FL",
        "GA",
        "HI",
        "ID",
        "IL",
        "IN",
        "IA",
        "KS",
        "KY",
        "LA",
        "ME",
        "MD",
        "MA",
        "MI",
        "MN",
        "MS",
        "MO",
        "MT",
        "NE",
        "NV",
        "NH",
        "NJ",
        "NM",
        "NY",
        "NC",
        "ND",
        "OH",
        "OK",
        "OR",
        "PA",
        "RI",
        "SC",
        "SD",
        "TN",
        "TX",
        "UT",
        "VT",
        "VA",
        "WA",
        "WV",
        "WI",
        "WY",
        "DC",
    }
)
_COUNTRY_NAMES = {
    "united states": "US",
    "united states of america": "US",
    "united kingdom": "GB",
    "great britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "canada": "CA",
    "germany": "DE",
    "france": "FR",
    "ireland": "IE",
    "india": "IN",
    "singapore": "SG",
    "netherlands": "NL",
    "spain": "ES",
    "australia": "AU",
    "japan": "JP",
    "china": "CN",
    "mexico": "MX",
    "brazil": "BR",
    "hong kong": "HK",
    "luxembourg": "LU",
}
_COUNTRY_CODES = re.compile(r"\b(?:(?P<us>USA|US|U\.S\.A?\.?)|(?P<gb>UK|U\.K\.|GB))(?![\w.])")
_COUNTRY_WORDS = re.compile(r"\b(" + "|".join(sorted(_COUNTRY_NAMES, key=len, reverse=True)) + r")\b", re.I)
_STATE = re.compile(r",\s*([A-Z]{2})\b")

_LOCATION_LABELS = frozenset(
    {
        "location",
        "locations",
        "office",
        "offices",
        "based in",
        "work location",
        "job location",
        "city",
        "where",
        "office location",
        "place of work",
    }
)
_REMOTE_LABELS = frozenset(
    {
        "remote",
        "workplace",
        "workplace type",
        "work model",
        "work arrangement",
        "work setup",
        "location type",
        "work style",
        "work mode",
        "working model",
        "arrangement",
        "remote work",
        "onsite/remote",
    }
)
_PLACE = (
    r"[A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){0,3},\s?(?:[A-Z]{2}\b|"
    + "|".join(name.title() for name in sorted(_COUNTRY_NAMES, key=len, reverse=True))
    + r"|USA|UK)"
)
_PROSE_PLACE = re.compile(rf"\b(?:(?:in|at|from|near)\s+(?:our\s+|the\s+)?|for\s+our\s+)(?P<place>{_PLACE})")
# A line that is only a list of places after "Based in" (not a sentence that goes on).
_BASED_IN = re.compile(r"^(?:based|located) in\s+(?P<places>[^.]{2,150}?)\.?$", re.I)
# "Toronto, ON, Canada": a city with one or two qualifiers, every word capitalised.
_CAPITALISED = r"[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,3}"
_LISTED_PLACE = re.compile(rf"^{_CAPITALISED}(?:, ?{_CAPITALISED}){{1,2}}$")
# A bare place name of one to three capitalised words ("London", "Mountain View", "St. Louis").
_NAMED_PLACE = re.compile(r"[A-Z][a-z'’.-]+(?: [A-Z][a-z'’.-]+){0,2}")
# "Variable (US)", "Anywhere (UK)": a place qualified by its country in brackets.
_QUALIFIED_PLACE = re.compile(r"^[A-Z][A-Za-z .'’-]{1,30} \((?P<country>[A-Z][\w .]{1,24})\)$")
_BYLINE_MARKS = ("·", "|", "•")
_BYLINE_SPLIT = re.compile(r"\s+[·|•—–-]\s+")
_OPEN_TO = re.compile(
    r"\bopen to (?:candidates|applicants|people)\s+(?:based\s+|located\s+|living\s+)?(?:in|from|across)\s+"
    r"(?:the\s+)?(?P<region>[A-Z][\w .()-]{0,40}?)\s*(?:[.;,)]|$)"
)
_REMOTE_REGION = re.compile(
    r"\bremote\b\s*(?:\((?P<paren>[A-Z][\w .-]{0,30})\)|[-–—:]\s*(?P<dash>[A-Z][\w .]{0,30}?)\s*$"
    r"|(?:within|in|from|across) (?:the )?(?P<within>[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}))",
    re.I,
)
_TITLE_TAG = re.compile(r"^\[(?P<tag>remote|hybrid|on-?site)\]|\((?P<paren>remote|hybrid|on-?site)\)", re.I)
_HYBRID = re.compile(
    r"\bhybrid\b(?!\s+(?:cloud|model(?:s|ing)?\b(?! of work)|vehicles?|search|architecture))", re.I
)
_REMOTE = re.compile(r"\b(?:remote(?:ly)?|work(?:ing)? from home|wfh|telecommut\w*|distributed team)\b", re.I)
_REMOTE_WORDS = r"(?:remote(?:ly)?|work(?:ing)? from home|wfh|telecommut\w*)"
# "not remote", "no remote work", "working from home is not available", "remote work isn't possible".
_NEGATED_REMOTE = re.compile(
    rf"\b(?:not|non|never|no|cannot|can't|without)\b[^.;]{{0,30}}\b{_REMOTE_WORDS}"
    rf"|\b{_REMOTE_WORDS}\b[^.;]{{0,30}}(?:\b(?:not|never|cannot)\b|n't\b|\bunavailable\b)",
    re.I,
)
# "Remote-friendly" lets people work from home some of the time: hybrid, not fully remote.
_REMOTE_FRIENDLY = re.compile(r"\bremote[- ]friendly\b", re.I)
# "3 days a week in the office": fewer than five days is hybrid, five is on-site.
_OFFICE_DAYS = re.compile(
    r"\b(?P<days>[1-5]|one|two|three|four|five)(?:\s*(?:-|to)\s*[1-5])?\s+days?\s+"
    r"(?:a\s+|per\s+|each\s+)?(?:week\s+|wk\s+)?(?:in|at|from)\s+(?:the\s+|our\s+|an?\s+)?(?:\w+\s+)?"
    r"(?:office|site|workplace|hq|headquarters)\b"
    r"|\b(?P<office_days>[1-5]|one|two|three|four|five)\s+(?:in-office|on-site|onsite)\s+days?\b",
    re.I,
)
# "You must be based in Boston, MA" with no word of remote work: the job is at a place.
_MUST_BE_BASED = re.compile(r"\bmust be (?:based|located|resident) (?:in|at|near)\b", re.I)
_ATTEND_WORDS = ("must be", "only", "fully")
_DAY_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
# Statements that the job is done at the office: "must be based in our London office", "office only".
_MUST_ATTEND = re.compile(
    r"\bmust be (?:based|located) (?:in|at|near) (?:the |our |an? )?(?:\w+\s+){0,2}office\b"
    r"|\b(?:on[- ]?site|in[- ]office|in[- ]person|office)[- ]only\b|\bfully (?:on[- ]?site|in[- ]office)\b",
    re.I,
)
_ON_SITE = re.compile(
    r"\b(?:on[- ]?site|in[- ]office|in[- ]person|office[- ]based)\b"
    r"(?!\s+(?:gym|cafeteria|child ?care|amenities|parking|meals|dining|clinic|events?|interview))",
    re.I,
)
_BENEFIT_HYBRID = re.compile(r"\bhybrid work", re.I)
# Compiled once rather than looked up in the re module's cache on every ``Location:`` value.
_PLACE_SEPARATORS = re.compile(r";|\s+or\s+|\s+\|\s+|\s+/\s+")
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]")
_LETTER = re.compile(r"[A-Za-z]")


@functools.lru_cache(maxsize=8192)  # place names recur across postings and within one
def country_of(name: str) -> str | None:
    """Return the ISO-like country code a place name states or implies ("San Jose, CA" -> "US")."""
    code = _COUNTRY_CODES.search(name)
    if code:
        return "US" if code["us"] else "GB"
    word = _COUNTRY_WORDS.search(name)
    if word:
        return _COUNTRY_NAMES[word.group(1).lower()]
    state = _STATE.search(name)
    return "US" if state and state.group(1) in _US_STATES else None


def _label_places(value: str) -> list[str]:
    """Split a ``Location:`` value into places, dropping work-mode words ("Remote", "Hybrid", "on-site")."""
    places = []
    for part in _PLACE_SEPARATORS.split(value):
        part = part.strip(" ,.")
        cleaned = _ON_SITE.sub("", _HYBRID.sub("", _REMOTE.sub("", part)))
        if cleaned != part:
            cleaned = _EMPTY_BRACKETS.sub("", cleaned).strip(" -–—,:;")
            if cleaned.startswith("(") and cleaned.endswith(")"):
                cleaned = cleaned[1:-1].strip()
        if _LETTER.search(cleaned) and cleaned.lower() not in {"in", "or", "and", "only", "first"}:
            places.append(cleaned)
    return places


def find_locations(lines: Iterable[Line]) -> list[Location]:
    """Return the places the posting states for the job, in order, without duplicates."""
    found: dict[str, Location] = {}
    for line in lines:
        label, value = line.label, line.value
        if label is not None and value and label.lower() in _LOCATION_LABELS:
            names = _labelled_places(value)
        elif line.kinds & PLACE:
            names = _places_on(line.content)
        else:
            continue  # no "City, Region", byline mark or "based in": most lines name no place
        for name in names:
            name = name.strip().rstrip(".")
            if name and name.lower() not in found:
                found[name.lower()] = Location(name=name, country=country_of(name), source=line.raw)
    return list(found.values())


@functools.lru_cache(maxsize=1024)
def _labelled_places(value: str) -> tuple[str, ...]:
    """Return the places of a ``Location:`` value; cached because office lists recur."""
    return tuple(_label_places(value))


# Keyed by the content alone (one string keys the cache fastest); labelled location lines go above.
@functools.lru_cache(maxsize=8192)
def _places_on(content: str) -> tuple[str, ...]:
    """Return the places an unlabelled line names, in order; cached because byline lines recur."""
    places: list[str] = []
    lowered = content.lower()
    based = _BASED_IN.match(content) if "based in" in lowered or "located in" in lowered else None
    if based is not None:
        pieces = [piece.strip() for piece in based["places"].split(";")]
        # The line says it names places, so a bare city name counts too ("Based in London; Amsterdam").
        if all(_is_place(piece) or _NAMED_PLACE.fullmatch(piece) for piece in pieces):
            return tuple(pieces)  # "Based in Bellevue, WA; Toronto, ON, Canada; Singapore"
    if "open to" in content:
        open_to = _OPEN_TO.search(content)
        if open_to:
            places.append(open_to["region"])
    comma_place = COMMA_PLACE.search(content) is not None
    if (
        len(content) <= 160
        and (comma_place or contains_any(content, _BYLINE_MARKS))
        and _BYLINE_SPLIT.search(content)
    ):
        places.extend(byline_places(content))  # "Cedar Works · Seattle, WA; Austin, TX · Remote"
    if comma_place:  # every other place pattern needs "City, Region"
        prose = (match["place"] for match in _PROSE_PLACE.finditer(content))
        places.extend(place for place in prose if country_of(place) is not None)
    return tuple(places)


def byline_places(content: str) -> list[str]:
    """Return the places of a "Company · City, ST; City, ST · Remote" byline, in order.

    A part counts only when every ";"-separated piece of it is a place on its own ("Seattle, WA",
    "Singapore"), so a sentence that merely mentions a city is never read as a byline.
    """
    places: list[str] = []
    for part in _BYLINE_SPLIT.split(content):
        pieces = [piece.strip() for piece in part.split(";")]
        if pieces and all(_is_place(piece) for piece in pieces):
            places.extend(pieces)
    return places


def _is_place(text: str) -> bool:
    """Tell whether the text is one place and nothing else: "Seattle, WA", "Singapore", "Variable (US)"."""
    if _LISTED_PLACE.match(text) is not None:
        return country_of(text) is not None
    qualified = _QUALIFIED_PLACE.match(text)
    if qualified is not None:
        return country_of(qualified["country"]) is not None
    return _COUNTRY_WORDS.fullmatch(text) is not None


def _region(text: str) -> str | None:
    open_to = _OPEN_TO.search(text) if "open to" in text else None
    if open_to:
        return open_to["region"].strip()
    # The pattern needs "remote" in any case; ASCII text folds as the pattern does, other scripts differ.
    if text.isascii() and "remote" not in text.lower():
        return None
    match = _REMOTE_REGION.search(text)
    if match:
        region = match["paren"] or match["dash"] or match["within"]
        if region and country_of(region) is not None:
            return region.strip()
    return None


@functools.lru_cache(maxsize=4096)
def _benefit_mode_in(text: str) -> RemoteMode | None:
    """Return hybrid when a benefit line offers hybrid work; cached because benefit lines recur."""
    if not contains_any(text.lower(), MODE_MARKERS):
        return None
    return RemoteMode.HYBRID if _BENEFIT_HYBRID.search(text) else None


# Keyed by the text alone (one string keys the cache fastest); benefit lines have their own reader.
@functools.lru_cache(maxsize=16384)
def _mode_in(text: str) -> RemoteMode | None:
    """Return the work mode a line states; cached, marker test included, because most lines recur."""
    folded = text.lower()
    if not contains_any(folded, MODE_MARKERS):
        return None
    if "hybrid" in folded and _HYBRID.search(text):
        return RemoteMode.HYBRID
    if "friendly" in folded and _REMOTE_FRIENDLY.search(text):
        return RemoteMode.HYBRID
    if "day" in folded and ("office" in folded or "site" in folded or "hq" in folded or "head" in folded):
        office_days = _OFFICE_DAYS.search(text)
        if office_days is not None:
            word = (office_days["days"] or office_days["office_days"]).lower()
            days = _DAY_WORDS.get(word) or int(word)
            return RemoteMode.ON_SITE if days >= 5 else RemoteMode.HYBRID
    attends = contains_any(folded, _ATTEND_WORDS) and _MUST_ATTEND.search(text) is not None
    if _REMOTE.search(text):
        if attends or _NEGATED_REMOTE.search(text):
            return RemoteMode.ON_SITE  # "on-site; working from home is not available"
        return RemoteMode.REMOTE
    if attends or _ON_SITE.search(text) or ("must be" in folded and _MUST_BE_BASED.search(text)):
        return RemoteMode.ON_SITE
    return None


def find_remote(
    title_line: Line | None, lines: Iterable[Line], benefit_lines: Iterable[Line]
) -> RemotePolicy:
    """Decide remote / hybrid / on-site from labels, a title tag, then sentences; unknown when unstated."""
    candidates: list[tuple[RemoteMode, Line]] = []
    labelled: list[tuple[RemoteMode, Line]] = []
    if title_line is not None:
        title = title_line.content
        tag = _TITLE_TAG.search(title) if "[" in title or "(" in title else None
        if tag:
            word = (tag["tag"] or tag["paren"]).lower().replace("-", "")
            tagged = {"remote": RemoteMode.REMOTE, "hybrid": RemoteMode.HYBRID}.get(word, RemoteMode.ON_SITE)
            labelled.append((tagged, title_line))
    regions: list[tuple[str, Line]] = []
    mode_in = _mode_in  # called once per line: the cached reader directly, without the Line wrapper
    for line in lines:
        if line is title_line or not line.kinds & WORK_MODE:
            continue
        mode = mode_in(line.content)
        if mode is None:
            continue
        label = (line.label or "").lower()
        target = labelled if label in _REMOTE_LABELS or label in _LOCATION_LABELS else candidates
        target.append((mode, line))
        region = _region(line.content)
        if region:
            regions.append((region, line))
    for line in benefit_lines:
        mode = _benefit_mode_in(line.content) if line.kinds & WORK_MODE else None
        if mode is not None:
            candidates.append((mode, line))
    chosen = _choose(labelled) or _choose(candidates)
    if chosen is None:
        return RemotePolicy()
    mode, line = chosen
    region = next((name for name, _ in regions), None)
    if mode is RemoteMode.REMOTE and region is not None:
        # Quote the line that states both the mode and the region when there is one.
        line = next((where for name, where in regions if _REMOTE.search(where.content)), line)
    return RemotePolicy(mode=mode, region=region if mode is not RemoteMode.ON_SITE else None, source=line.raw)


def _choose(candidates: list[tuple[RemoteMode, Line]]) -> tuple[RemoteMode, Line] | None:
    for wanted in (RemoteMode.HYBRID, RemoteMode.REMOTE, RemoteMode.ON_SITE):
        for mode, line in candidates:
            if mode is wanted:
                return mode, line
    return None
