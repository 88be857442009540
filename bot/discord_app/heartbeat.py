"""Keep the heartbeat file fresh while the bot is connected to Discord (see ``bot.health``)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from bot.health import BEAT_SECONDS, Beat, write_beat

log = logging.getLogger(__name__)


class ConnectedClient(Protocol):
    """What the heartbeat reads of the Discord client."""

    @property
    def latency(self) -> float: ...

    @property
    def guilds(self) -> Sequence[object]: ...

    @property
    def ws(self) -> object: ...

    def is_ready(self) -> bool: ...

    def is_closed(self) -> bool: ...

    async def wait_until_ready(self) -> None: ...


def connected(client: ConnectedClient) -> bool:
    """Tell whether the client is ready and its gateway socket open.

    A client stays "ready" while it reconnects after an outage; only the socket tells it is offline.
    """
    return client.is_ready() and not client.is_closed() and bool(getattr(client.ws, "open", False))


async def keep_beating(
    client: ConnectedClient,
    path: Path,
    *,
    every: float = BEAT_SECONDS,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> None:
    """Write a heartbeat every ``every`` seconds while connected, until cancelled; then remove it.

    Removing it on the way out makes a probe fail at once after a stop, rather than once it is stale.
    A write that fails is logged and retried at the next beat: the bot answering matters more.
    """
    try:
        await client.wait_until_ready()
        while True:
            if connected(client):
                latency = client.latency  # inf until the gateway has acknowledged a heartbeat
                beat = Beat(
                    at=clock(),
                    servers=len(client.guilds),
                    latency_ms=latency * 1000 if math.isfinite(latency) else -1.0,
                )
                try:
                    await asyncio.to_thread(write_beat, path, beat)
                except OSError as exc:
                    log.warning("Cannot write the heartbeat to %s: %s", path, exc)
            await asyncio.sleep(every)
    finally:
        _remove(path)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)
