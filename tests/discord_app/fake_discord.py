"""A local fake of Discord on 127.0.0.1: the REST routes the bot uses and the gateway websocket.

The test plays the users: it injects INTERACTION_CREATE and MESSAGE_CREATE events through the gateway
and reads back every request body the bot sent, exactly as Discord would have received it.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import yarl
from aiohttp import WSMsgType, web
from discord.gateway import DiscordWebSocket
from discord.http import Route

APP_ID = 910000000000000001  # the bot user shares the application's id, as on Discord
GUILD_ID = 920000000000000002
CHANNEL_ID = 930000000000000003
DM_CHANNEL_ID = 940000000000000004
HEARTBEAT_INTERVAL_MS = 41_250

BOT_USER = {
    "id": str(APP_ID),
    "username": "jobbot",
    "discriminator": "0",
    "global_name": None,
    "avatar": None,
    "bot": True,
    "flags": 0,
}


def user(user_id: int, name: str, *, bot: bool = False) -> dict[str, Any]:
    """Build a Discord user object."""
    return {
        "id": str(user_id),
        "username": name,
        "discriminator": "0",
        "global_name": name.title(),
        "avatar": None,
        "bot": bot,
        "flags": 0,
    }


def _json(data: Any, status: int = 200) -> web.Response:
    """Answer JSON with the exact content type discord.py checks for (no charset suffix)."""
    return web.Response(
        body=json.dumps(data).encode(), status=status, headers={"Content-Type": "application/json"}
    )


def _now() -> str:
    return datetime.now(UTC).isoformat()


@dataclass
class Recorded:
    """One request the bot sent to the fake."""

    method: str
    path: str  # without the /api/v10 prefix
    query: dict[str, str]
    body: Any  # parsed JSON, or None
    headers: dict[str, str]
    known: bool = True


@dataclass
class _Route:
    method: str
    pattern: re.Pattern[str]
    handler: Callable[[Recorded, re.Match[str]], Awaitable[web.StreamResponse]]


@dataclass
class FakeDiscord:
    """Serve Discord's REST API and gateway on a random free port of 127.0.0.1, recording requests."""

    requests: list[Recorded] = field(default_factory=list)
    identify: dict[str, Any] | None = None
    messages: dict[int, dict[str, Any]] = field(default_factory=dict)
    commands: dict[str, list[dict[str, Any]]] = field(
        default_factory=dict
    )  # "global" or guild id -> commands
    heartbeats: int = 0
    reject_login: bool = False  # answer GET /users/@me with 401, as Discord does for a bad token

    def __post_init__(self) -> None:
        self._ids = itertools.count(950_000_000_000_000_000)
        self._seq = 0
        self._ws: web.WebSocketResponse | None = None
        self._changed = asyncio.Event()
        self.identified = asyncio.Event()
        self._original: dict[str, int] = {}  # interaction token -> id of its original response message
        self._clicked: dict[str, int] = {}  # interaction id -> message its button is on
        self._runner: web.AppRunner | None = None
        self.port = 0
        self._routes = self._route_table()

    # ----- lifecycle -------------------------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/gateway-ws", self._gateway)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]

    async def stop(self) -> None:
        if self._ws is not None and not self._ws.closed:
            await self._ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway-ws"

    @contextmanager
    def pointed_at(self) -> Iterator[None]:
        """Point discord.py's REST base and gateway address at this fake, restoring them afterwards."""
        old_base, old_gateway = Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
        Route.BASE = self.api_url
        DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(self.gateway_url)
        try:
            yield
        finally:
            Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = old_base, old_gateway

    def original_message_id(self, token: str) -> int:
        """Return the id of the message an interaction's first response created."""
        return self._original[token]

    def new_id(self) -> int:
        return next(self._ids)

    # ----- waiting for what the bot sends ----------------------------------------------------------------

    async def wait_for(
        self, predicate: Callable[[Recorded], bool], *, after: int = 0, wait_seconds: float = 5.0
    ) -> Recorded:
        """Return the first request from index ``after`` on that matches, waiting for it if needed."""

        async def scan() -> Recorded:
            seen = after
            while True:
                for request in self.requests[seen:]:
                    if predicate(request):
                        return request
                seen = len(self.requests)
                self._changed.clear()
                await self._changed.wait()

        return await asyncio.wait_for(scan(), wait_seconds)

    def since(self, after: int) -> list[Recorded]:
        return self.requests[after:]

    # ----- gateway ---------------------------------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._ws = ws
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": HEARTBEAT_INTERVAL_MS}})
        async for message in ws:
            if message.type is not WSMsgType.TEXT:
                continue
            payload = json.loads(message.data)
            if payload["op"] == 1:
                self.heartbeats += 1
                await ws.send_json({"op": 11})
            elif payload["op"] == 2:
                self.identify = payload["d"]
                self.identified.set()
                await self.dispatch("READY", self._ready())
                await self.dispatch("GUILD_CREATE", self._guild())
        return ws

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        """Send a gateway event to the bot."""
        assert self._ws is not None, "the bot has not connected to the gateway"
        self._seq += 1
        await self._ws.send_json({"op": 0, "t": event, "s": self._seq, "d": data})

    def _ready(self) -> dict[str, Any]:
        return {
            "v": 10,
            "user": BOT_USER,
            "guilds": [{"id": str(GUILD_ID), "unavailable": True}],
            "session_id": "fake-session",
            "resume_gateway_url": self.gateway_url,
            "application": {"id": str(APP_ID), "flags": 0},
            "private_channels": [],
            "relationships": [],
            "shard": [0, 1],
        }

    def _guild(self) -> dict[str, Any]:
        return {
            "id": str(GUILD_ID),
            "name": "Career Center",
            "icon": None,
            "owner_id": "1",
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "nsfw_level": 0,
            "premium_tier": 0,
            "system_channel_flags": 0,
            "preferred_locale": "en-US",
            "features": [],
            "roles": [
                {
                    "id": str(GUILD_ID),
                    "name": "@everyone",
                    "permissions": "3072",
                    "position": 0,
                    "color": 0,
                    "hoist": False,
                    "managed": False,
                    "mentionable": False,
                    "flags": 0,
                }
            ],
            "emojis": [],
            "stickers": [],
            "channels": [self._channel()],
            "threads": [],
            "members": [],
            "voice_states": [],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
            "member_count": 3,
            "large": False,
            "unavailable": False,
            "joined_at": _now(),
        }

    def _channel(self) -> dict[str, Any]:
        return {
            "id": str(CHANNEL_ID),
            "type": 0,
            "guild_id": str(GUILD_ID),
            "name": "jobs",
            "position": 0,
            "permission_overwrites": [],
            "nsfw": False,
            "parent_id": None,
            "topic": None,
            "rate_limit_per_user": 0,
        }

    # ----- what the test injects -------------------------------------------------------------------------

    def _interaction(
        self, kind: int, data: dict[str, Any], author: dict[str, Any], *, in_dm: bool
    ) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "id": str(self.new_id()),
            "application_id": str(APP_ID),
            "type": kind,
            "token": f"token-{self.new_id()}",
            "version": 1,
            "data": data,
            "locale": "en-US",
            "app_permissions": "2147483647",
            "entitlements": [],
            "authorizing_integration_owners": {"0": str(GUILD_ID)},
            "attachment_size_limit": 10_485_760,
        }
        if in_dm:
            payload |= {
                "channel_id": str(DM_CHANNEL_ID),
                "channel": {"id": str(DM_CHANNEL_ID), "type": 1, "recipients": [author]},
                "user": author,
                "context": 1,
            }
        else:
            payload |= {
                "guild_id": str(GUILD_ID),
                "guild_locale": "en-US",
                "channel_id": str(CHANNEL_ID),
                "channel": self._channel(),
                "member": self._member(author),
                "context": 0,
            }
        return payload

    def _member(self, author: dict[str, Any]) -> dict[str, Any]:
        return {
            "user": author,
            "roles": [],
            "joined_at": _now(),
            "deaf": False,
            "mute": False,
            "flags": 0,
            "pending": False,
            "nick": None,
            "avatar": None,
            "premium_since": None,
            "permissions": "2147483647",
        }

    def _command_id(self, name: str) -> str:
        for commands in self.commands.values():
            for command in commands:
                if command["name"] == name:
                    return str(command["id"])
        raise AssertionError(f"command {name!r} was never registered")

    async def slash(
        self,
        name: str,
        author: dict[str, Any],
        *,
        in_dm: bool = False,
        focused: str | None = None,
        **options: str,
    ) -> dict[str, Any]:
        """Invoke a slash command (or, with ``focused``, ask for autocomplete) as ``author``."""
        data = {
            "id": self._command_id(name),
            "name": name,
            "type": 1,
            "options": [
                {"name": key, "type": 3, "value": value} | ({"focused": True} if key == focused else {})
                for key, value in options.items()
            ],
        }
        kind = 4 if focused else 2
        interaction = self._interaction(kind, data, author, in_dm=in_dm)
        await self.dispatch("INTERACTION_CREATE", interaction)
        return interaction

    async def click(self, message_id: int, label: str, author: dict[str, Any]) -> dict[str, Any]:
        """Click the button labelled ``label`` on a message the bot sent."""
        message = self.messages[message_id]
        buttons = [c for row in message.get("components", []) for c in row.get("components", [])]
        button = next(b for b in buttons if b.get("label") == label)
        data = {"custom_id": button["custom_id"], "component_type": 2}
        in_dm = int(message["channel_id"]) == DM_CHANNEL_ID
        interaction = self._interaction(3, data, author, in_dm=in_dm)
        interaction["message"] = message
        self._clicked[interaction["id"]] = message_id
        await self.dispatch("INTERACTION_CREATE", interaction)
        return interaction

    async def post_message(
        self,
        author: dict[str, Any],
        content: str,
        *,
        in_dm: bool = False,
        mentions: list[dict[str, Any]] = (),  # type: ignore[assignment]
    ) -> dict[str, Any]:
        """Post a message as ``author`` in the server channel or in a DM with the bot."""
        message: dict[str, Any] = {
            "id": str(self.new_id()),
            "channel_id": str(DM_CHANNEL_ID if in_dm else CHANNEL_ID),
            "author": author,
            "content": content,
            "timestamp": _now(),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [dict(m) for m in mentions],
            "mention_roles": [],
            "attachments": [],
            "embeds": [],
            "pinned": False,
            "type": 0,
            "flags": 0,
        }
        if not in_dm:
            message["guild_id"] = str(GUILD_ID)
            member = self._member(author)
            del member["user"]
            message["member"] = member
        await self.dispatch("MESSAGE_CREATE", message)
        return message

    # ----- REST ------------------------------------------------------------------------------------------

    def _route_table(self) -> list[_Route]:
        table = [
            ("GET", r"/gateway/bot", self._gateway_bot),
            ("GET", r"/gateway", self._gateway_bot),
            ("GET", r"/users/@me", self._me),
            ("GET", r"/applications/@me", self._application),
            ("GET", r"/oauth2/applications/@me", self._application),
            ("PUT", r"/applications/(?P<app>\d+)/commands", self._sync_commands),
            ("PUT", r"/applications/(?P<app>\d+)/guilds/(?P<guild>\d+)/commands", self._sync_commands),
            ("POST", r"/interactions/(?P<id>\d+)/(?P<token>[^/]+)/callback", self._callback),
            ("POST", r"/webhooks/(?P<app>\d+)/(?P<token>[^/]+)", self._followup),
            (
                "GET",
                r"/webhooks/(?P<app>\d+)/(?P<token>[^/]+)/messages/(?P<message>@original|\d+)",
                self._get,
            ),
            (
                "PATCH",
                r"/webhooks/(?P<app>\d+)/(?P<token>[^/]+)/messages/(?P<message>@original|\d+)",
                self._edit,
            ),
            ("PATCH", r"/channels/(?P<channel>\d+)/messages/(?P<message>\d+)", self._edit),
            ("POST", r"/channels/(?P<channel>\d+)/messages", self._channel_message),
            ("POST", r"/channels/(?P<channel>\d+)/typing", self._no_content),
            ("POST", r"/users/@me/channels", self._dm_channel),
            ("GET", r"/users/@me/channels", self._dm_channels),
        ]
        return [_Route(method, re.compile(pattern + "$"), handler) for method, pattern, handler in table]

    async def _rest(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["tail"]
        raw = await request.read()
        body = json.loads(raw) if raw and request.content_type == "application/json" else None
        recorded = Recorded(request.method, path, dict(request.query), body, dict(request.headers))
        self.requests.append(recorded)
        self._changed.set()
        for route in self._routes:
            match = route.pattern.match(path)
            if match and route.method == request.method:
                return await route.handler(recorded, match)
        recorded.known = False
        return _json({"message": "404: Not Found", "code": 0}, status=404)

    async def _gateway_bot(self, recorded: Recorded, match: re.Match[str]) -> web.StreamResponse:
        limit = {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}
        return _json({"url": self.gateway_url, "shards": 1, "session_start_limit": limit})

    async def _me(self, recorded: Recorded, match: re.Match[str]) -> web.StreamResponse:
        if self.reject_login:
            return _json({"message": "401: Unauthorized", "code": 0}, status=401)
        return _json(BOT_USER)

    async def _application(self, recorded: Recorded, match: re.Match[str]) -> web.StreamResponse:
        return _json(
            {
                "id": str(APP_ID),
                "name": "jobbot",
                "icon": None,
                "description": "Answers questions about job postings",
                "bot_public": True,
                "bot_require_code_grant": False,
                "owner": user(1, "owner"),
                "verify_key": "0" * 64,
                "flags": 0,
                "bot": BOT_USER,
            }
        )

    async def _sync_commands(self, recorded: Recorded, match: re.Match[str]) -> web.StreamResponse:
        scope = match.groupdict().get("guild") or "global"
        commands = []
        for command in recorded.body:
            registered = {
                "id": str(self.new_id()),
                "application_id": str(APP_ID),
                "version": "1",
                "default_member_permissions": None,
                "type": 1,
                "options": [],
                **command,
            }
            if scope != "global":
                registered["guild_id"] = scope
            commands.append(registered)
        self.commands[scope] = commands
        return _json(commands)

    def _message(
        self, body: dict[str, Any], *, channel_id: int, flags: int = 0, reference: Any = None
    ) -> dict[str, Any]:
        message_id = self.new_id()
        message = {
            "id": str(message_id),
            "channel_id": str(channel_id),
            "author": BOT_USER,
            "content": body.get("content") or "",
            "timestamp": _now(),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [],
            "embeds": body.get("embeds") or [],
            "components": body.get("components") or [],
            "pinned": False,
            "type": 19 if reference else 0,
            "flags": body.get("flags", 0) | flags,
        }
        if reference:
            message["message_reference"] = reference
        self.messages[message_id] = message
        return message

    async def _callback(self, recorded: Recorded, match: re.Match[str]) -> web.StreamResponse:
        kind = recorded.body["type"]
        data = recorded.body.get("data") or {}
        interaction = {"id": match["id"], "type": 2}
        result: dict[str, Any] = {"interaction": interaction}
        if kind in (4, 5):  # a new message, or a "thinking…" placeholder for one
            flags = 128 if kind == 5 else 0  # LOADING
            message = self._message(data, channel_id=CHANNEL_ID, flags=flags)
            self._original[match["token"]] = int(message["id"])
            interaction |= {
                "response_message_id": message["id"],
                "response_message_loading": kind == 5,
                "response_message_ephemeral": bool(data.get("flags", 0) & 64),
            }
            result["resource"] = {"type": kind, "message": message}
        elif kind == 7:  # update the message the clicked button is on
            message_id = self._clicked[match["id"]]
            self.messages[message_id] |= {
                k: v for k, v in data.items() if k in ("embeds", "components", "content")
            }
            self._original[match["token"]] = message_id
            result["resource"] = {"type": kind, "message": self.messages[message_id]}
        return _json(result)

    async def _followup(self, recorded: Recorded, match: re.Match[str]) -> web.StreamResponse:
        message = self._message(recorded.body or {}, channel_id=CHANNEL_ID)
        return _json(message)

    def _target(self, match: re.Match[str]) -> int:
        key = match["message"]
        if key == "@original":
            return self._original[match["token"]]
        return int(key)

    async def _get(self, recorded: Recorded, match: re.Match[str]) -> web.StreamResponse:
        return _json(self.messages[self._target(match)])

    async def _edit(self, recorded: Recorded, match: re.Match[str]) -> web.StreamResponse:
        message = self.messages[self._target(match)]
        for key in ("content", "embeds", "components"):
            if key in (recorded.body or {}):
                message[key] = recorded.body[key]
        message["flags"] = message.get("flags", 0) & ~128
        message["edited_timestamp"] = _now()
        return _json(message)

    async def _channel_message(self, recorded: Recorded, match: re.Match[str]) -> web.StreamResponse:
        body = recorded.body or {}
        message = self._message(
            body, channel_id=int(match["channel"]), reference=body.get("message_reference")
        )
        return _json(message)

    async def _no_content(self, recorded: Recorded, match: re.Match[str]) -> web.StreamResponse:
        return web.Response(status=204)

    async def _dm_channel(self, recorded: Recorded, match: re.Match[str]) -> web.StreamResponse:
        recipient = user(int(recorded.body["recipient_id"]), "someone")
        return _json({"id": str(DM_CHANNEL_ID), "type": 1, "recipients": [recipient]})

    async def _dm_channels(self, recorded: Recorded, match: re.Match[str]) -> web.StreamResponse:
        return _json([])
