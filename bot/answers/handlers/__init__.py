"""Topic handlers: one module per intent, each turning one posting into a quoted Section."""

from __future__ import annotations

from bot.answers.answer import Intent
from bot.answers.handlers import benefits, deadline, location, overview, pay, requirements, sponsorship
from bot.answers.handlers.base import Describe, Focus, Section, States

DESCRIBE: dict[Intent, Describe] = {
    Intent.PAY: pay.describe,
    Intent.BENEFITS: benefits.describe,
    Intent.REQUIREMENTS: requirements.describe,
    Intent.DEADLINE: deadline.describe,
    Intent.LOCATION: location.describe,
    Intent.SPONSORSHIP: sponsorship.describe,
    Intent.OVERVIEW: overview.describe,
}

STATES: dict[Intent, States] = {
    Intent.PAY: pay.states,
    Intent.BENEFITS: benefits.states,
    Intent.REQUIREMENTS: requirements.states,
    Intent.DEADLINE: deadline.states,
    Intent.LOCATION: location.states,
    Intent.SPONSORSHIP: sponsorship.states,
    Intent.OVERVIEW: overview.states,
}

# How an intent reads in a sentence: "3 of 5 postings list benefits".
NOUN: dict[Intent, str] = {
    Intent.PAY: "pay",
    Intent.BENEFITS: "benefits",
    Intent.REQUIREMENTS: "requirements",
    Intent.DEADLINE: "dates or a deadline",
    Intent.LOCATION: "a location",
    Intent.SPONSORSHIP: "visa sponsorship",
    Intent.OVERVIEW: "an overview",
}

LABEL: dict[Intent, str] = {
    Intent.PAY: "Pay",
    Intent.BENEFITS: "Benefits",
    Intent.REQUIREMENTS: "Requirements",
    Intent.DEADLINE: "Dates",
    Intent.LOCATION: "Location",
    Intent.SPONSORSHIP: "Visa sponsorship",
    Intent.OVERVIEW: "Overview",
}

__all__ = ["DESCRIBE", "LABEL", "NOUN", "STATES", "Focus", "Section"]
