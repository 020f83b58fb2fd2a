"""Worker processes for the check-in and rating race tests (importable under spawn)."""

from __future__ import annotations

import traceback
from typing import Any

from app.errors import UserError
from app.journal import Actor
from app.queue.service import QueueService
from app.settings import Settings
from db.engine import Store

KIOSK = Actor(name="kiosk:race", roles=frozenset({"kiosk"}))


def check_in(url: str, codes: list[str], start: Any, out: Any) -> None:
    store = Store(url)
    try:
        q = QueueService(store, Settings())
        start.wait()
        got: list[tuple[str, str]] = []
        for code in codes:
            try:
                got.append((code, q.check_in(KIOSK, code).number))
            except UserError as exc:
                got.append((code, "refused:" + str(exc)))
        out.put(("ok", got))
    except BaseException:
        out.put(("error", traceback.format_exc()))
    finally:
        store.dispose()


def rate(url: str, ticket_ids: list[str], start: Any, out: Any) -> None:
    store = Store(url)
    try:
        q = QueueService(store, Settings())
        start.wait()
        got: list[tuple[str, str]] = []
        for tid in ticket_ids:
            try:
                q.rate(KIOSK, tid, 2)
                got.append((tid, "rated"))
            except UserError as exc:
                got.append((tid, "refused:" + str(exc)))
        out.put(("ok", got))
    except BaseException:
        out.put(("error", traceback.format_exc()))
    finally:
        store.dispose()
