"""Write a PostingSpec out in one of the layouts postings arrive in: the shipped plain-text layouts,
Markdown, HTML and schema.org JobPosting JSON-LD."""

from __future__ import annotations

import html
import json
from collections.abc import Callable

from bench.spec import PostingSpec, long_date

_EMPLOYMENT_JSONLD = {
    "internship": "INTERN",
    "graduate": "FULL_TIME",
    "full-time": "FULL_TIME",
    "part-time": "PART_TIME",
    "contract": "CONTRACTOR",
    "temporary": "TEMPORARY",
}
_UNIT_JSONLD = {"hour": "HOUR", "month": "MONTH", "year": "YEAR"}
_DEGREE_JSONLD = {
    "PhD": "doctoral degree",
    "MS": "postgraduate degree",
    "MS/PhD": "postgraduate degree",
    "BS": "bachelor degree",
    "BS/MS": "bachelor degree",
}


def render(spec: PostingSpec) -> str:
    """Return the file contents of ``spec`` in its layout."""
    return _RENDERERS[spec.layout](spec)


def _remote_sentence(spec: PostingSpec) -> str | None:
    if spec.remote == "remote":
        return f"The job is a remote job and is open to candidates in {spec.remote_region}."
    if spec.remote == "hybrid":
        return "This is a hybrid role: three days a week in the office, the rest from home."
    if spec.remote == "on-site":
        return "This role is on-site; working from home is not available."
    return None


def _locations(spec: PostingSpec) -> str:
    return "; ".join(spec.locations)


def _sponsorship_lines(spec: PostingSpec) -> list[str]:
    if spec.sponsorship == "yes":
        return [f"{spec.company} will sponsor H1B visas for this role."]
    if spec.sponsorship == "no":
        return ["We are unable to sponsor work visas for this position."]
    if spec.sponsorship == "history":
        return [
            f"{spec.company} has a track record of offering H1B sponsorships. Please note that this does not",
            "guarantee sponsorship for this specific role.",
            "Trends of Total Sponsorships",
            *(f"{year} ({count})" for year, count in spec.sponsorship_history),
        ]
    return []


def _date_lines(spec: PostingSpec) -> list[str]:
    lines = []
    if spec.listed:
        lines.append(f"Listed on {spec.listed.isoformat()}")
    if spec.expires:
        lines.append(f"Application deadline: {long_date(spec.expires)}")
    if spec.rolling:
        lines.append("Applications will be reviewed on a rolling basis - we encourage you to apply early.")
    return lines


def _bullets(lines: list[str], mark: str = "- ") -> list[str]:
    return [f"{mark}{line}" for line in lines]


def _plain_remote_note(spec: PostingSpec) -> str:
    remote = _remote_sentence(spec)
    first = f"Note: {remote} {spec.summary}" if remote else spec.summary
    prefix = "[Remote] " if spec.remote == "remote" else ""
    lines = [f"{prefix}{spec.title}", first, f"Location: {_locations(spec)}", *_date_lines(spec)]
    if spec.pay:
        lines.append(f"Compensation: {spec.pay.text}")
    lines += ["Responsibilities", *_bullets(spec.responsibilities), "Skills", *_bullets(spec.minimum)]
    lines += _bullets(spec.preferred)
    if spec.benefits:
        lines += ["Benefits", *_bullets(spec.benefits)]
    lines += ["Company Overview", "Company H1B Sponsorship", *_sponsorship_lines(spec), "Apply To This Job"]
    return "\n".join(lines)


def _plain_company_feed(spec: PostingSpec) -> str:
    head = f"{spec.company} · {spec.posted_ago}" if spec.posted_ago else spec.company
    lines = [head, spec.title, spec.summary]
    remote = _remote_sentence(spec)
    if remote:
        lines.append(remote)
    lines += [f"Based in {_locations(spec)}", *_date_lines(spec), "Responsibilities", *spec.responsibilities]
    lines += ["Qualification", "Required", *spec.minimum]
    if spec.preferred:
        lines += ["Preferred", *spec.preferred]
    if spec.pay:
        lines += ["Salary", f"The expected pay for this role is {spec.pay.text}."]
    if spec.benefits:
        lines += ["Benefits", *spec.benefits]
    lines += ["Company", spec.company, f"{spec.company} builds software and services for people worldwide."]
    sponsorship = _sponsorship_lines(spec)
    if sponsorship:
        lines += ["H1B Sponsorship", *sponsorship]
    return "\n".join(lines)


def _plain_listing(spec: PostingSpec) -> str:
    lines = [spec.title]
    if spec.listed:
        lines.append(f"Listed on {spec.listed.isoformat()}")
    lines += ["-", "IT/Tech", f"{spec.role}, {spec.team}", f"{spec.title} at {spec.company}"]
    if spec.expires:
        lines.append(f"and the job listing Expires on {long_date(spec.expires)}")
    lines += [spec.summary, f"Location: {_locations(spec)}"]
    remote = _remote_sentence(spec)
    if remote:
        lines.append(remote)
    if spec.rolling:
        lines.append("Applications will be reviewed on a rolling basis.")
    lines += ["Responsibilities", *_bullets(spec.responsibilities)]
    lines += ["Minimum Qualifications", *_bullets(spec.minimum)]
    if spec.preferred:
        lines += ["Preferred Qualifications", *_bullets(spec.preferred)]
    if spec.pay:
        lines.append(f"Pay range: {spec.pay.text}")
    if spec.benefits:
        lines += ["Benefits", *_bullets(spec.benefits)]
    lines += _sponsorship_lines(spec)
    return "\n".join(lines)


def _plain_tldr(spec: PostingSpec) -> str:
    heading = spec.title if spec.company in spec.title else f"{spec.title} | {spec.company}"
    lines = ["Are you applying to the internship?", "Job Description", heading]
    lines += ["The Tone:", spec.summary, "The TL;DR"]
    tldr = [
        f"Role: {spec.level or 'Full-time'}",
        f"Type: {spec.employment_type.capitalize()}",
        f"Location: {_locations(spec)}",
    ]
    if spec.remote != "unknown":
        tldr.append(f"Work mode: {spec.remote.capitalize()}")
    if spec.pay:
        tldr.append(f"Pay: {spec.pay.text}")
    tldr += [f"Team: {spec.team} team at {spec.company}", f"Tech Stack: {', '.join(spec.skills)}"]
    lines += _bullets(tldr, "• ")
    lines += _date_lines(spec)
    lines += ["What You’ll Actually Do", *_bullets(spec.responsibilities, "• ")]
    lines += ["The Must-Haves", f"• Background: {spec.minimum[0]}."]
    lines += _bullets(spec.minimum[1:], "• Skills: ")
    if spec.preferred:
        lines.append(f"• Bonus: {'; '.join(spec.preferred)}.")
    if spec.benefits:
        lines += ["Perks", *_bullets(spec.benefits, "• ")]
    lines += _sponsorship_lines(spec)
    return "\n".join(lines)


def _plain_long(spec: PostingSpec) -> str:
    lines = [spec.title, "Responsibilities", spec.summary]
    remote = _remote_sentence(spec)
    if remote:
        lines.append(remote)
    lines += [
        "Want more jobs like this?",
        f"Get jobs in {spec.locations[0]} delivered to your inbox every week.",
        "",
    ]
    lines += _date_lines(spec)
    lines += ["Responsibilities", *_bullets(spec.responsibilities)]
    lines += ["Qualifications", "Minimum Qualifications", *_bullets(spec.minimum)]
    if spec.preferred:
        lines += ["Preferred Qualifications", *_bullets(spec.preferred)]
    if spec.pay:
        lines.append(f"The base pay for this position is {spec.pay.text}.")
    lines += [f"For {spec.company}", f"Locations: {_locations(spec)}"]
    if spec.benefits:
        lines += ["Perks and Benefits", "Health and Wellness", *_bullets(spec.benefits)]
    lines += _sponsorship_lines(spec)
    return "\n".join(lines)


def _markdown(spec: PostingSpec) -> str:
    meta = [f"**{spec.company}**", _locations(spec)]
    if spec.remote != "unknown":
        meta.append(spec.remote.capitalize())
    lines = [f"# {spec.title}", "", " · ".join(meta), ""]
    for date_line in _date_lines(spec):
        lines += [f"*{date_line}*", ""]
    lines += ["## About the team", "", spec.summary, ""]
    remote = _remote_sentence(spec)
    if remote:
        lines += [remote, ""]
    lines += ["## What you'll do", "", *_bullets(spec.responsibilities), ""]
    lines += ["## Minimum qualifications", "", *_bullets(spec.minimum), ""]
    if spec.preferred:
        lines += ["## Preferred qualifications", "", *_bullets(spec.preferred), ""]
    if spec.pay:
        lines += ["## Compensation", "", f"The base pay range for this role is **{spec.pay.text}**.", ""]
    if spec.benefits:
        lines += ["## Benefits", "", *_bullets(spec.benefits), ""]
    sponsorship = _sponsorship_lines(spec)
    if sponsorship:
        lines += ["## Visa sponsorship", "", *sponsorship, ""]
    return "\n".join(lines)


def _html_body(spec: PostingSpec) -> list[str]:
    def esc(text: str) -> str:
        return html.escape(text, quote=False)

    def items(lines: list[str]) -> str:
        return "<ul>" + "".join(f"<li>{esc(line)}</li>" for line in lines) + "</ul>"

    parts = [f"<h1>{esc(spec.title)}</h1>", f'<p class="company">{esc(spec.company)}</p>']
    parts.append(f'<p class="location">Location: {esc(_locations(spec))}</p>')
    remote = _remote_sentence(spec)
    if remote:
        parts.append(f"<p>{esc(remote)}</p>")
    parts += [f"<p>{esc(line)}</p>" for line in _date_lines(spec)]
    parts += [f"<p>{esc(spec.summary)}</p>", "<h2>Responsibilities</h2>", items(spec.responsibilities)]
    parts += ["<h2>Minimum Qualifications</h2>", items(spec.minimum)]
    if spec.preferred:
        parts += ["<h2>Preferred Qualifications</h2>", items(spec.preferred)]
    if spec.pay:
        parts += ["<h2>Compensation</h2>", f"<p>Pay: {esc(spec.pay.text)}</p>"]
    if spec.benefits:
        parts += ["<h2>Benefits</h2>", items(spec.benefits)]
    sponsorship = _sponsorship_lines(spec)
    if sponsorship:
        parts += ["<h2>H1B Sponsorship</h2>", *(f"<p>{esc(line)}</p>" for line in sponsorship)]
    return parts


def _html(spec: PostingSpec) -> str:
    head = (
        f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{html.escape(spec.title)}</title></head>'
    )
    return head + "\n<body>\n" + "\n".join(_html_body(spec)) + "\n</body></html>\n"


def _jsonld_object(spec: PostingSpec) -> dict[str, object]:
    description = "".join(_html_body(spec)[1:])
    posting: dict[str, object] = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": spec.title,
        "description": description,
        "employmentType": _EMPLOYMENT_JSONLD[spec.employment_type],
        "hiringOrganization": {"@type": "Organization", "name": spec.company},
        "jobLocation": [_place(name) for name in spec.locations],
    }
    if spec.listed:
        posting["datePosted"] = spec.listed.isoformat()
    if spec.expires:
        posting["validThrough"] = f"{spec.expires.isoformat()}T23:59:00"
    if spec.remote == "remote":
        posting["jobLocationType"] = "TELECOMMUTE"
        posting["applicantLocationRequirements"] = {"@type": "Country", "name": spec.remote_region}
    if spec.pay:
        posting["baseSalary"] = {
            "@type": "MonetaryAmount",
            "currency": "USD",
            "value": {
                "@type": "QuantitativeValue",
                "minValue": spec.pay.min,
                "maxValue": spec.pay.max,
                "unitText": _UNIT_JSONLD[spec.pay.unit],
            },
        }
    if spec.degree in _DEGREE_JSONLD:
        posting["educationRequirements"] = {
            "@type": "EducationalOccupationalCredential",
            "credentialCategory": _DEGREE_JSONLD[spec.degree],
        }
    posting["skills"] = ", ".join(spec.skills)
    return posting


def _place(name: str) -> dict[str, object]:
    parts = [part.strip() for part in name.split(",")]
    address: dict[str, str] = {"@type": "PostalAddress", "addressLocality": parts[0]}
    if len(parts) >= 2:
        address["addressRegion"] = parts[1]
    if len(parts) >= 3:
        address["addressCountry"] = parts[2]
    else:
        address["addressCountry"] = "US" if len(parts) == 2 or "(US)" in name else parts[0]
    return {"@type": "Place", "address": address}


def _jsonld(spec: PostingSpec) -> str:
    return json.dumps(_jsonld_object(spec), ensure_ascii=False, indent=2) + "\n"


def _html_jsonld(spec: PostingSpec) -> str:
    data = json.dumps(_jsonld_object(spec), ensure_ascii=False).replace("</", "<\\/")
    head = (
        f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{html.escape(spec.title)}</title>\n'
        f'<script type="application/ld+json">{data}</script></head>'
    )
    return head + "\n<body>\n" + "\n".join(_html_body(spec)) + "\n</body></html>\n"


_RENDERERS: dict[str, Callable[[PostingSpec], str]] = {
    "plain_remote_note": _plain_remote_note,
    "plain_company_feed": _plain_company_feed,
    "plain_listing": _plain_listing,
    "plain_tldr": _plain_tldr,
    "plain_long": _plain_long,
    "markdown": _markdown,
    "html": _html,
    "jsonld": _jsonld,
    "html_jsonld": _html_jsonld,
}
