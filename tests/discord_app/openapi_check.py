"""Validate request bodies against Discord's OpenAPI spec (shared/discord-api-spec).

A small JSON Schema subset, enough for what the spec's request schemas use: $ref, type, properties,
required, enum, const, lengths, item counts, minimum/maximum, items, allOf, anyOf and oneOf (treated as
"at least one matches").
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

SPEC_PATH = Path(__file__).resolve().parents[3] / "shared" / "discord-api-spec" / "openapi.json"

_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
}


@cache
def spec() -> dict[str, Any] | None:
    if not SPEC_PATH.exists():
        return None
    loaded: dict[str, Any] = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    return loaded


def request_schema(path: str, method: str) -> dict[str, Any]:
    """Return the JSON request body schema of one route, e.g. ("/channels/{channel_id}/messages", "post")."""
    loaded = spec()
    assert loaded is not None
    schema: dict[str, Any] = loaded["paths"][path][method]["requestBody"]["content"]["application/json"][
        "schema"
    ]
    return schema


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        loaded = spec()
        assert loaded is not None
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = loaded["components"]["schemas"][name]
    return schema


def _is_type(value: Any, kind: str) -> bool:
    if kind in ("integer", "number") and isinstance(value, bool):
        return False
    return isinstance(value, _TYPES.get(kind, (object,)))


def schema_problems(value: Any, schema: dict[str, Any], where: str = "$") -> list[str]:
    """List where ``value`` breaks ``schema``."""
    if schema.get("$ref", "").endswith("/SnowflakeType") and isinstance(value, int) and value >= 0:
        return []  # the spec says string; Discord (and discord.py) also take snowflakes as JSON integers
    schema = _resolve(schema)
    problems: list[str] = []
    kinds = schema.get("type")
    if kinds is not None:
        kinds = [kinds] if isinstance(kinds, str) else kinds
        if not any(_is_type(value, kind) for kind in kinds):
            return [f"{where}: {type(value).__name__} is not {kinds}"]
    if "const" in schema and value != schema["const"]:
        problems.append(f"{where}: {value!r} is not {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        problems.append(f"{where}: {value!r} not in {schema['enum']}")
    text = isinstance(value, str)
    if text and not schema.get("minLength", 0) <= len(value) <= schema.get("maxLength", len(value)):
        problems.append(f"{where}: string length {len(value)}")
    number = isinstance(value, (int, float)) and not isinstance(value, bool)
    if number and not schema.get("minimum", value) <= value <= schema.get("maximum", value):
        problems.append(f"{where}: {value} out of range")
    if isinstance(value, list):
        if len(value) > schema.get("maxItems", len(value)) or len(value) < schema.get("minItems", 0):
            problems.append(f"{where}: {len(value)} items")
        if "items" in schema:
            for index, item in enumerate(value):
                problems += schema_problems(item, schema["items"], f"{where}[{index}]")
    if isinstance(value, dict):
        for key in schema.get("required", []):
            if key not in value:
                problems.append(f"{where}: missing {key}")
        for key, sub in schema.get("properties", {}).items():
            if key in value:
                problems += schema_problems(value[key], sub, f"{where}.{key}")
    for sub in schema.get("allOf", []):
        problems += schema_problems(value, sub, where)
    for union in ("anyOf", "oneOf"):
        if union in schema and not any(not schema_problems(value, sub, where) for sub in schema[union]):
            problems.append(f"{where}: matches none of {union}")
    return problems
