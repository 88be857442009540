"""Check request bodies the bot sends against Discord's documented limits (see shared/DISCORD.md)."""

from __future__ import annotations

import re
from typing import Any

CONTENT_LIMIT = 2000
EMBEDS_PER_MESSAGE = 10
EMBED_TOTAL_LIMIT = 6000
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_COUNT_LIMIT = 25
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FOOTER_LIMIT = 2048
AUTHOR_LIMIT = 256
ROWS_PER_MESSAGE = 5
BUTTONS_PER_ROW = 5
CUSTOM_ID_LIMIT = 100
BUTTON_LABEL_LIMIT = 80
CHOICES_LIMIT = 25
CHOICE_TEXT_LIMIT = 100
COMMAND_NAME = re.compile(r"^[-_\w]{1,32}$")
COMMAND_DESCRIPTION_LIMIT = 100
OPTIONS_LIMIT = 25
COMMAND_TOTAL_LIMIT = 8000
EPHEMERAL = 64


def _embed_problems(embed: dict[str, Any], where: str) -> tuple[list[str], int]:
    problems: list[str] = []
    total = 0
    for key, limit in (("title", TITLE_LIMIT), ("description", DESCRIPTION_LIMIT)):
        text = embed.get(key)
        if text is not None:
            total += len(text)
            if not text.strip() or len(text) > limit:
                problems.append(f"{where}.{key}: length {len(text)}")
    fields = embed.get("fields", [])
    if len(fields) > FIELD_COUNT_LIMIT:
        problems.append(f"{where}: {len(fields)} fields")
    for number, field in enumerate(fields):
        name, value = field.get("name", ""), field.get("value", "")
        total += len(name) + len(value)
        if not name.strip() or len(name) > FIELD_NAME_LIMIT:
            problems.append(f"{where}.fields[{number}].name: {name!r:.40}")
        if not value.strip() or len(value) > FIELD_VALUE_LIMIT:
            problems.append(f"{where}.fields[{number}].value: {value!r:.40}")
    for key, limit in (("footer", FOOTER_LIMIT), ("author", AUTHOR_LIMIT)):
        part = embed.get(key)
        if part is not None:
            text = part.get("text" if key == "footer" else "name", "")
            total += len(text)
            if not text.strip() or len(text) > limit:
                problems.append(f"{where}.{key}: length {len(text)}")
    if total > EMBED_TOTAL_LIMIT:
        problems.append(f"{where}: {total} characters")
    return problems, total


def _component_problems(rows: list[dict[str, Any]]) -> list[str]:
    problems: list[str] = []
    if len(rows) > ROWS_PER_MESSAGE:
        problems.append(f"{len(rows)} component rows")
    for row in rows:
        children = row.get("components", [])
        if row.get("type") != 1 or len(children) > BUTTONS_PER_ROW:
            problems.append(f"bad action row {row!r:.60}")
        for child in children:
            custom_id = child.get("custom_id", "")
            if child.get("type") == 2 and not 0 < len(custom_id) <= CUSTOM_ID_LIMIT:
                problems.append(f"custom_id {custom_id!r}")
            if len(child.get("label") or "") > BUTTON_LABEL_LIMIT:
                problems.append(f"label {child['label']!r:.40}")
    return problems


def message_problems(body: dict[str, Any]) -> list[str]:
    """List the limits a message body (create, edit, follow-up, interaction data) breaks."""
    problems: list[str] = []
    content = body.get("content")
    if content is not None and len(content) > CONTENT_LIMIT:
        problems.append(f"content length {len(content)}")
    embeds = body.get("embeds") or []
    if len(embeds) > EMBEDS_PER_MESSAGE:
        problems.append(f"{len(embeds)} embeds")
    total = 0
    for number, embed in enumerate(embeds):
        found, size = _embed_problems(embed, f"embeds[{number}]")
        problems += found
        total += size
    if total > EMBED_TOTAL_LIMIT:
        problems.append(f"embeds total {total} characters")
    problems += _component_problems(body.get("components") or [])
    return problems


def callback_problems(body: dict[str, Any]) -> list[str]:
    """List the limits an interaction callback body breaks."""
    kind = body.get("type")
    if kind not in {1, 4, 5, 6, 7, 8, 9}:
        return [f"unknown callback type {kind}"]
    data = body.get("data") or {}
    if kind == 8:
        choices = data.get("choices", [])
        problems = [f"{len(choices)} choices"] if len(choices) > CHOICES_LIMIT else []
        for choice in choices:
            if (
                not 0 < len(choice["name"]) <= CHOICE_TEXT_LIMIT
                or len(str(choice["value"])) > CHOICE_TEXT_LIMIT
            ):
                problems.append(f"choice {choice!r:.60}")
        return problems
    return message_problems(data)


def echoes_text(body: dict[str, Any]) -> bool:
    return bool(body.get("content") or body.get("embeds"))


def mention_problems(body: dict[str, Any]) -> list[str]:
    """A body that shows text must not let it ping anyone."""
    if not echoes_text(body):
        return []
    allowed = body.get("allowed_mentions")
    if allowed is None:
        return ["text sent without allowed_mentions"]
    problems = [] if allowed.get("parse") == [] else [f"allowed_mentions parses {allowed.get('parse')}"]
    if allowed.get("users") or allowed.get("roles") or allowed.get("replied_user"):
        problems.append(f"allowed_mentions lets through {allowed}")
    return problems


def command_problems(commands: list[dict[str, Any]]) -> list[str]:
    """List the registration rules a set of slash commands breaks."""
    problems: list[str] = []
    names = [command["name"] for command in commands]
    if len(names) != len(set(names)):
        problems.append(f"duplicate names in {names}")
    for command in commands:
        name, description = command["name"], command.get("description", "")
        if not COMMAND_NAME.match(name) or name != name.lower():
            problems.append(f"command name {name!r}")
        if not 0 < len(description) <= COMMAND_DESCRIPTION_LIMIT:
            problems.append(f"/{name} description length {len(description)}")
        options = command.get("options", [])
        if len(options) > OPTIONS_LIMIT:
            problems.append(f"/{name} has {len(options)} options")
        total = len(name) + len(description)
        for option in options:
            option_name, option_description = option["name"], option.get("description", "")
            total += len(option_name) + len(option_description)
            total += sum(len(c["name"]) + len(str(c["value"])) for c in option.get("choices", []))
            if not COMMAND_NAME.match(option_name) or option_name != option_name.lower():
                problems.append(f"/{name} option name {option_name!r}")
            if not 0 < len(option_description) <= COMMAND_DESCRIPTION_LIMIT:
                problems.append(f"/{name} {option_name} description length {len(option_description)}")
            if option.get("autocomplete") and option.get("choices"):
                problems.append(f"/{name} {option_name} has both autocomplete and choices")
        if total > COMMAND_TOTAL_LIMIT:
            problems.append(f"/{name} totals {total} characters")
    return problems
