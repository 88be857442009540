"""Read the posting's title, company, team and employment type, and build its stable id."""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import PurePath

from bot.postings.model import EmploymentType
from bot.postings.parse.lines import Line, contains_any, is_prose
from bot.postings.parse.location import country_of

# Role nouns grouped by their first letter (order kept within each group): the engine then tries a few
# alternatives at each word instead of all of them, and matches exactly what the flat alternation does.
_ROLE_NOUN = re.compile(
    r"\b(?:i(?:ntern(?:ship)?s?|nstructor)"
    r"|e(?:ngineer(?:ing)?|ditor|lectrician|xecutive|conomist)"
    r"|s(?:cientists?|pecialist|trategist|upervisor|tatistician|cheduler)"
    r"|d(?:eveloper|esigner|irector|river|ispatcher)"
    r"|a(?:nalyst|ssociate|ssistant|rchitect|dministrator|ccountant|gent|dvis[eo]r|pprentice(?:ship)?|ttendant"
    r"|ctuary|uditor)"
    r"|m(?:anager|arketer|echanic)"
    r"|r(?:esearcher|ecruiter|epresentative|eceptionist)"
    r"|c(?:oordinator|onsultant|lerk|ashier|hef|ook|o-?op|ounsel|urator)"
    r"|t(?:echnician|eacher|utor|rainee|herapist|echnologist|rader)"
    r"|o(?:fficer|perator)"
    r"|g(?:raduate|rad)"
    r"|p(?:rogrammer|lanner|roducer|aralegal|harmacist|hysician|rofessor|ostdoc\w*)"
    r"|l(?:ead|ecturer|ibrarian)"
    r"|writer|nurse|fellow(?:ship)?"
    r"|b(?:arista|artender|ookkeeper)"
    r"|head of|quant)\b",
    re.I,
)
_TITLE_TAG = re.compile(r"^\s*\[(?:remote|hybrid|on-?site)\]\s*", re.I)
_PIPE_COMPANY = re.compile(r"\s+\|\s+(?P<company>[^|]{2,60}?)\s*$")
_AT_COMPANY = re.compile(r"\s+(?:at|@)\s+(?P<company>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})\s*$")
# Each trailing-company pattern with the marks one of which it needs.
_COMPANY_SUFFIXES = ((("|",), _PIPE_COMPANY), (("at", "@"), _AT_COMPANY))
_AGO_HEADER = re.compile(
    r"^(?P<company>[^·|•]{2,60}?)\s*[·|•]\s*(?:\d+\+?\s+\w+\s+ago|an?\s+\w+\s+ago|posted\b|today|yesterday)",
    re.I,
)
_AGO_MARKS = ("·", "|", "•")  # an "ago" header needs one of these separators
_NAME_LINE = re.compile(r"^[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|&|and|of)){0,4}$")
_HIRING = re.compile(
    r"^(?P<company>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})\s+(?:is|are)\s+(?:now\s+)?"
    r"(?:hiring|seeking|looking for|recruiting)\b"
)
_HIRING_TITLE = re.compile(
    r"\b(?:hiring|seeking|looking for|recruiting|searching for)\s+(?:an?\s+|our\s+(?:next\s+)?)?"
    r"(?P<title>[A-Z][\w/&+.’'-]*(?:\s+(?:[A-Z][\w/&+.’'-]*|of|and|&|for|in|-)){0,7})"
)
_TRAILING_CONNECTOR = re.compile(r"(?:\s+(?:of|and|&|for|in|-))+$")
_PAREN = re.compile(r"\(([^()]{2,80})\)")
_DASH_SPLIT = re.compile(r"\s+[-–—]\s+")
_DEGREE_TOKEN = re.compile(
    r"\b(?:BS|MS|BA|MBA|PhD|Ph\.D\.?|Bachelor'?s|Master'?s|Undergrad\w*|Doctoral)\b(?:\s*[/,&]\s*|\s+or\s+)?",
    re.I,
)
_NOT_TEAM = re.compile(
    r"^(?:remote|hybrid|on-?site|intern(?:ship)?|full[- ]time|part[- ]time|contract|temporary|new grad"
    r"|\d{4}\b.*|(?:summer|fall|autumn|spring|winter)\b.*|.*\b(?:start|months?|weeks?|years?|hours?)\b.*)$",
    re.I,
)
# "Senior Backend Engineer, Payments": a short Title Case phrase after the role noun names the team.
_ROLE_THEN_COMMA = re.compile(
    _ROLE_NOUN.pattern
    + r",\s+(?-i:(?P<team>[A-Z][\w&/+'’-]*(?:\s+(?:[A-Z][\w&/+'’-]*|&|and|of)){0,3}))\s*(?:$|[-–—|(])",
    re.I,
)
# A company name in a sentence: Title Case words, no possessive ("Juniper Cloud" of "Juniper Cloud's").
_NAME = r"[A-Z][\w&.-]*(?:[ ](?:[A-Z][\w&.-]*|&|of)){0,4}(?<![.&-])"
_JOIN = re.compile(rf"\bJoin\s+(?P<company>{_NAME})(?:['’]s\b|\s+(?:as|and|in|on|to|at)\b|[,.!]|$)")
_TEAM_AT = re.compile(
    rf"\b(?:team|group|organi[sz]ation|squad|lab) (?:at|of) (?P<company>{_NAME})"
    r"(?=[,.;:!)]|\s+(?:you|we|and)\b|$)"
)
_SPONSOR_HISTORY = re.compile(
    rf"^(?P<company>{_NAME})\s+"
    r"(?:has a (?:track record|history) of (?:offering|sponsoring)|will sponsor|sponsors)\b"
)
_ABOUT = re.compile(rf"^About\s+(?P<company>{_NAME})$")
_FOR_LINE = re.compile(rf"^For\s+(?P<company>{_NAME})$")
_BUILDS = re.compile(
    rf"^(?P<company>{_NAME})\s+"
    r"(?:builds|develops|makes|creates|designs|operates|provides|powers|is an?|is the)\b"
)
_HYPHEN_TEAM = re.compile(rf"^(?P<company>{_NAME})-[A-Z]")
_BYLINE_PARTS = re.compile(r"\s+[·|•—–-]\s+")
_BYLINE_MARKS = ("·", "|", "•", "—", "–", "-")  # a byline needs one of these separators
_MODE_WORD = re.compile(r"^(?:remote|hybrid|on-?site|in[- ]office|in[- ]person)$", re.I)
_AGE_PART = re.compile(r"^(?:\d+\+?\s+\w+\s+ago|an?\s+\w+\s+ago|posted\b.*|today|yesterday)$", re.I)
_NOT_COMPANY_WORDS = frozenset(
    {"us", "our", "the", "a", "an", "this", "you", "we", "team", "company", "role", "position", "job"}
)
_CAMEL_COMPANY = re.compile(r"^(?P<company>[A-Z][a-z]+[A-Z][A-Za-z]*)(?:[\s-]+|$)(?P<rest>.*)$")
_TEAM_SEPARATOR = re.compile(r"\s*[—–]\s*|(?<=[a-z])-(?=[A-Z])")
_SLUG_JUNK = re.compile(r"[^a-z0-9]+")
_NOT_NAMES = frozenset(
    {"we", "our", "you", "your", "they", "it", "this", "the", "he", "she", "i", "who", "that"}
)
_WORD_BREAKS = re.compile(r"[^\w]+")
_PATH_MARKS = ("/", "\\", ":")  # separators and a drive: a source holding none is a bare file name

# Each kind with the lowercase words one of which any match holds, tested before its regex on ASCII text.
_EMPLOYMENT_WORDS: tuple[tuple[EmploymentType, tuple[str, ...], re.Pattern[str]], ...] = (
    (
        EmploymentType.INTERNSHIP,
        ("intern", "coop", "co-op", "placement"),
        re.compile(r"\bintern(?:ship)?s?\b|\bco-?op\b|\bplacement\b", re.I),
    ),
    (
        EmploymentType.GRADUATE,
        ("grad", "career"),
        re.compile(
            r"\bnew[- ]grad\w*|\bgraduate\b(?!\s+(?:degree|students?|school|program))|\bgrad\b"
            r"|\bearly[- ]career\b",
            re.I,
        ),
    ),
    (EmploymentType.PART_TIME, ("part-time", "part time"), re.compile(r"\bpart[- ]time\b", re.I)),
    (
        EmploymentType.CONTRACT,
        ("contract", "freelance"),
        re.compile(r"\bcontract(?:or)?\b|\bfreelance\b", re.I),
    ),
    (
        EmploymentType.TEMPORARY,
        ("temp", "fixed-term", "fixed term", "seasonal"),
        re.compile(r"\btemporary\b|\btemp\b|\bfixed[- ]term\b|\bseasonal\b", re.I),
    ),
    (
        EmploymentType.FULL_TIME,
        ("full-time", "full time", "permanent"),
        re.compile(r"\bfull[- ]time\b|\bpermanent\b", re.I),
    ),
)
_BODY_EMPLOYMENT = re.compile(
    r"\b(?:this is an?|is an?|as an?|for an?)\s+(?:paid\s+|\d+[- ]\w+\s+)?(?P<kind>full[- ]time|part[- ]time"
    r"|internship|contract|temporary|fixed[- ]term|permanent)\b",
    re.I,
)
# Every employment kind the two sentence patterns name holds one of these words (case aside).
_KIND_WORDS = ("time", "internship", "contract", "temporary", "term", "permanent")
# "Internship experience in ..." is a requirement about the applicant's past, not this job's type.
_LEADING_EMPLOYMENT = re.compile(
    r"^(?P<kind>full[- ]time|part[- ]time|internship|contract|temporary|fixed[- ]term|permanent)\b"
    r"(?!\s+(?:experience|background|history)\b)",
    re.I,
)
TITLE_LABELS = frozenset({"job title", "title", "position", "position title", "role title", "job", "opening"})
COMPANY_LABELS = frozenset(
    {"company", "employer", "organization", "organisation", "company name", "hiring company"}
)
TEAM_LABELS = frozenset({"team", "department", "division", "group", "org"})
EMPLOYMENT_LABELS = frozenset(
    {
        "employment type",
        "job type",
        "type",
        "role",
        "contract",
        "position type",
        "contract type",
        "schedule",
        "employment",
        "work type",
        "hours",
    }
)


@dataclass(frozen=True, slots=True)
class Title:
    """The title as shown, the line it came from, and what the title line itself says."""

    text: str
    line: Line
    company: str | None = None


def _ago_header(text: str) -> re.Match[str] | None:
    """Match a "Company · 2 days ago" header; lines without a separator mark skip the regex."""
    return _AGO_HEADER.match(text) if contains_any(text, _AGO_MARKS) else None


def _clean_title(text: str) -> tuple[str, str | None]:
    """Strip a leading "[Remote]" tag and a trailing "| Company" or "at Company"; return both parts."""
    text = (_TITLE_TAG.sub("", text) if "[" in text else text).strip()
    for marks, pattern in _COMPANY_SUFFIXES:
        match = pattern.search(text) if contains_any(text, marks) else None
        if match and match.start() > 0:
            return text[: match.start()].strip(), match["company"].strip()
    return text, None


def _title_shaped(line: Line) -> bool:
    text = line.content
    return (
        line.label is None
        and len(text) <= 160
        and not text.endswith((".", "?", "!", ":"))
        and _ROLE_NOUN.search(text) is not None
        and _ago_header(text) is None
        and not is_prose(text)
    )


def find_title(opening: Sequence[Line], headings: frozenset[int], hint: str | None) -> Title | None:
    """Return the title: a structured hint, a "Job title:" line, a title-shaped line, or a sentence."""
    if hint:
        for line in opening:
            if line.content == hint or line.raw == hint:
                cleaned, company = _clean_title(line.content)
                return Title(cleaned, line, company)
    for line in opening:
        if line.label is not None and line.label.lower() in TITLE_LABELS and line.value:
            cleaned, company = _clean_title(line.value)
            return Title(cleaned, line, company)
    # A heading is a candidate only when title-shaped, and then is not tested a second time below.
    candidates = [line for line in opening[:12] if line.index not in headings or _title_shaped(line)]
    for line in candidates:
        if line.index in headings or _title_shaped(line):
            cleaned, company = _clean_title(line.content)
            return Title(cleaned, line, company)
    first = next((line for line in candidates if line.index not in headings), None)
    if first is not None and _fallback_shaped(first):
        cleaned, company = _clean_title(first.content)
        return Title(cleaned, first, company)
    for line in opening:
        match = _HIRING_TITLE.search(line.content)
        if match:
            title = _TRAILING_CONNECTOR.sub("", match["title"]).strip()
            if _ROLE_NOUN.search(title):
                return Title(title, line)
    return None


def _fallback_shaped(line: Line) -> bool:
    text = line.content
    return (
        line.label is None
        and not line.bullet
        and len(text) <= 80
        and len(text.split()) <= 10
        and any(char.isalpha() for char in text)
        and not text.endswith((".", "!", "?", ":", ","))
        and _ago_header(text) is None
    )


def find_company(
    title: Title,
    lines: Iterable[Line],
    company_lines: Sequence[Line],
    hint: str | None,
    headings: frozenset[int] = frozenset(),
    text: str = "",
) -> str | None:
    """Return the company from the strongest evidence: hint, label, byline, title, then sentences.

    Sentence evidence ("Join X's team", "team at X", "X builds ...") counts only when the name also
    appears somewhere else in ``text``, so a capitalised phrase never becomes a company by accident.
    """
    if hint:
        return hint
    ordered = list(lines)
    for line in ordered:
        if line.label is not None and line.label.lower() in COMPANY_LABELS and line.value:
            return line.value.strip()
    for line in ordered[:6]:
        match = _ago_header(line.content)
        if match:
            return match["company"].strip()
        if line is not title.line:
            byline = byline_company(line.content)
            if byline is not None:
                return byline  # "Copperline Robotics · Pittsburgh, PA", "Seattle, WA · Copperline Robotics"
    if title.company:
        return title.company
    for line in ordered[:8]:
        at_title = _at_title_company(line, title)
        if at_title is not None:
            return at_title  # "Hardware Engineer – Supply Chain at Atlas Dynamics"
    following = _line_after(ordered, title.line)
    if (
        following is not None
        and following.index not in headings
        and _NAME_LINE.match(following.content)
        and not _ROLE_NOUN.search(following.content)
    ):
        return following.content  # "Title\nCompany" headers
    for line in company_lines[:1]:
        content = line.content
        if len(content) <= 40 and len(content.split()) <= 5 and not content.endswith("."):
            return content
    for line in ordered[:8]:
        # The pattern is case-sensitive and needs one of the hiring words.
        match = _HIRING.match(line.content) if contains_any(line.content, _HIRING_WORDS) else None
        if match and match["company"].split()[0].lower() not in _NOT_NAMES:
            return match["company"]
    for line in ordered[:12]:
        for sentence in _later_sentences(line.content, _HIRING_WORDS):
            match = _HIRING.match(sentence)
            if match and _is_name(match["company"]):
                return match["company"]  # "Note: This role is on-site. Granite Bio is seeking a ..."
    return _sentence_company(title, ordered, text)


_HIRING_WORDS = ("hiring", "seeking", "looking for", "recruiting")
_SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=[A-Z])")


def _later_sentences(content: str, words: tuple[str, ...]) -> list[str]:
    """Return the second and later sentences of a line, when the line holds one of ``words`` at all."""
    if ". " not in content or not contains_any(content, words):
        return []
    return [content[match.end() :] for match in _SENTENCE_BREAK.finditer(content)]


def byline_company(content: str) -> str | None:
    """Return the one name in a "Company · City, ST · Remote" byline whose other parts are places or modes."""
    if len(content) > 160 or not contains_any(content, _BYLINE_MARKS) or not _BYLINE_PARTS.search(content):
        return None
    names: list[str] = []
    described = False
    for part in _BYLINE_PARTS.split(content):
        part = part.strip()
        if _describes_job(part):
            described = True
        else:
            names.append(part)
            if len(names) > 1:
                return None
    if len(names) != 1 or not described:
        return None
    name = names[0]
    if len(name) > 60 or _ROLE_NOUN.search(name) or not name[:1].isupper() or name.endswith((".", ":")):
        return None
    return name


def _describes_job(part: str) -> bool:
    """Tell whether a byline part is a work mode, an age or places ("Seattle, WA; Austin, TX")."""
    if _MODE_WORD.match(part) or _AGE_PART.match(part):
        return True
    return all(country_of(place) is not None for place in part.split(";"))


def _at_title_company(line: Line, title: Title) -> str | None:
    """Return X of a header line that repeats the role and ends " at X" (not a sentence)."""
    if line.label is not None or " at " not in line.content or is_prose(line.content):
        return None
    match = _AT_COMPANY.search(line.content)
    if match is None or match.start() == 0 or line.content.endswith("."):
        return None
    head = line.content[: match.start()]
    if not (head.startswith(title.text) or _ROLE_NOUN.search(head)):
        return None
    return match["company"].strip()


def _is_name(candidate: str) -> bool:
    first = candidate.split()[0].lower()
    return first not in _NOT_NAMES and candidate.lower() not in _NOT_COMPANY_WORDS


def _sentence_company(title: Title, lines: Sequence[Line], text: str) -> str | None:
    """Return a name sentences give as the employer that the posting also names somewhere else."""
    candidates: list[str] = []
    for line in lines:
        if line.bullet and line.label is None:
            continue  # list items describe the work, not who offers it
        candidates.extend(_sentence_candidates(line.content))
    for paren in _PAREN.finditer(title.text):
        hyphen = _HYPHEN_TEAM.match(paren.group(1))
        if hyphen is not None and _is_name(hyphen["company"]):
            candidates.append(hyphen["company"])  # "(Juniper Cloud-Fraud Detection)"
    for candidate in candidates:
        if text.count(candidate) >= 2:
            return candidate
    return None


@functools.lru_cache(maxsize=8192)
def _sentence_candidates(content: str) -> tuple[str, ...]:
    """Return the names one line's sentences give as the employer; cached because such lines recur."""
    candidates: list[str] = []
    for markers, pattern in _SENTENCE_PATTERNS:
        if contains_any(content, markers):
            match = pattern.search(content)
            if match is not None and _is_name(match["company"]):
                candidates.append(match["company"])
    for sentence in _later_sentences(content, _LATER_WORDS):
        match = _BUILDS.match(sentence) or _SPONSOR_HISTORY.match(sentence)
        if match is not None and _is_name(match["company"]):
            candidates.append(match["company"])
    return tuple(candidates)


_LATER_WORDS = (
    " builds",
    " develops",
    " makes",
    " creates",
    " designs",
    " operates",
    " provides",
    " powers",
    " is a",
    " is the",
    " sponsor",
)
# Each sentence pattern with the substrings one of which must be present before its regex runs.
_SENTENCE_PATTERNS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (("Join ",), _JOIN),
    ((" sponsor",), _SPONSOR_HISTORY),
    ((" at ", " of "), _TEAM_AT),
    (("About ",), _ABOUT),
    (("For ",), _FOR_LINE),
    (_LATER_WORDS, _BUILDS),
)


def _line_after(lines: Sequence[Line], target: Line) -> Line | None:
    for position, line in enumerate(lines[:-1]):
        if line.index == target.index:
            following = lines[position + 1]
            return following if following.label is None and not following.bullet else None
    return None


def _team_candidate(title: str) -> str | None:
    # Brackets and the comma are each needed by their pattern: titles without them skip it.
    bracketed = "(" in title
    for match in _PAREN.finditer(title) if bracketed else ():
        candidate = _DEGREE_TOKEN.sub("", match.group(1)).strip(" -/,")
        if candidate and not _NOT_TEAM.match(candidate) and country_of(candidate) is None:
            return candidate
    unbracketed = _PAREN.sub("", title) if bracketed else title
    comma = _ROLE_THEN_COMMA.search(unbracketed) if "," in unbracketed else None
    if comma:
        return comma["team"]
    for segment in _DASH_SPLIT.split(unbracketed)[1:]:
        candidate = _DEGREE_TOKEN.sub("", segment).strip(" -/,")
        if candidate and not _NOT_TEAM.match(candidate) and country_of(candidate) is None:
            return candidate
    return None


def split_team(title: str, company: str | None) -> tuple[str | None, str | None]:
    """Return (company, team) from the title: "(TikTok-Recommendation)" -> ("TikTok", "Recommendation")."""
    candidate = _team_candidate(title)
    if candidate is None:
        return company, None
    rest = candidate
    if company and candidate.lower().startswith(company.lower()):
        rest = candidate[len(company) :]
    elif company is None:
        camel = _CAMEL_COMPANY.match(candidate)
        if camel:
            company, rest = camel["company"], camel["rest"]
    rest = rest.strip(" -–—/,")
    # Both separator forms need a dash: a team name without one keeps its text.
    team = (_TEAM_SEPARATOR.sub(" — ", rest) if contains_any(rest, ("—", "–", "-")) else rest).strip()
    return company, team or None


def team_from_label(lines: Iterable[Line]) -> str | None:
    """Return the team a ``Team:`` line names, up to its first comma."""
    for line in lines:
        if line.label is not None and line.label.lower() in TEAM_LABELS and line.value:
            return line.value.split(",")[0].strip() or None
    return None


def _employment_in(text: str) -> EmploymentType | None:
    # ASCII text folds exactly as the case-insensitive patterns do, so a kind whose words are all absent
    # from its lowercase form cannot match; other scripts take every regex.
    folded = text.lower() if text.isascii() else None
    for kind, words, pattern in _EMPLOYMENT_WORDS:
        if folded is not None and not contains_any(folded, words):
            continue
        if pattern.search(text):
            return kind
    return None


# A structured "full-time" (schema.org FULL_TIME) says how many hours, not what the job is: a title that
# names an internship or a graduate programme says more, and wins over it.
_MORE_SPECIFIC_THAN_FULL_TIME = frozenset({EmploymentType.INTERNSHIP, EmploymentType.GRADUATE})


def find_employment_type(title: str, lines: Iterable[Line], hint: EmploymentType | None) -> EmploymentType:
    """Decide the employment type from a hint, the title, a label, then a sentence; unknown when unstated."""
    in_title = _employment_in(title)
    if hint is not None and not (
        hint is EmploymentType.FULL_TIME and in_title in _MORE_SPECIFIC_THAN_FULL_TIME
    ):
        return hint
    if in_title is not None:
        return in_title
    ordered = list(lines)
    for line in ordered:
        if line.label is not None and line.label.lower() in EMPLOYMENT_LABELS and line.value:
            kind = _employment_in(line.value)
            if kind is not None:
                return kind
    for line in ordered:
        stated = _employment_stated(line.content)
        if stated is not None:
            return stated
    return EmploymentType.UNKNOWN


@functools.lru_cache(maxsize=16384)
def _employment_stated(content: str) -> EmploymentType | None:
    """Return the employment type a sentence or leading phrase states; cached because most lines recur."""
    # For ASCII text the patterns' case-insensitive words are plain lowercase substrings: a line without
    # any of them cannot match (other scripts fold in ways str.lower does not, so they take the regex).
    if content.isascii() and not contains_any(content.lower(), _KIND_WORDS):
        return None
    match = _BODY_EMPLOYMENT.search(content)
    if match is None and not is_prose(content):
        match = _LEADING_EMPLOYMENT.match(content)
    if match:
        kind = _employment_in(match["kind"].replace("permanent", "full-time"))
        return kind or EmploymentType.FULL_TIME
    return None


def slugify(text: str, *, limit: int = 60) -> str:
    """Return a lowercase ASCII slug, cut at a word boundary."""
    if text.isascii():
        # Every run of ASCII non-word characters would become a space and then part of a "-" run anyway,
        # and NFKD leaves ASCII as it is.
        ascii_text = text
    else:
        spaced = _WORD_BREAKS.sub(" ", text)  # "Ecology—LLM" keeps two words
        ascii_text = unicodedata.normalize("NFKD", spaced).encode("ascii", "ignore").decode("ascii")
    slug = _SLUG_JUNK.sub("-", ascii_text.lower()).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0]
    return slug or "posting"


def posting_id(title: str, source: str) -> str:
    """Return the stable id: the title's slug plus the first 6 hex digits of the source file name's sha1."""
    # A plain file name is its own name: only a path needs PurePath (about 2 us a posting).
    name = (PurePath(source).name or source) if contains_any(source, _PATH_MARKS) else source
    return f"{slugify(title)}-{hashlib.sha1(name.encode('utf-8'), usedforsecurity=False).hexdigest()[:6]}"
