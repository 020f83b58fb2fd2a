"""What every command needs: its settings, its store, who it acts as, and how it prints."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from typing import Any

from app import settings as settings_mod
from app.journal import Actor
from app.store import open_store
from db.engine import Store


def load_settings(args: argparse.Namespace) -> settings_mod.Settings:
    cli = {"db": getattr(args, "db", None)}
    for name in ("hall_code", "window_no"):
        if getattr(args, name, None) is not None:
            cli[name] = getattr(args, name)
    return settings_mod.load(cli, config_file=getattr(args, "config", None))


_opened: list[Store] = []


def store_for(args: argparse.Namespace, *, auto_migrate: bool | None = None) -> Store:
    return track(open_store(load_settings(args), auto_migrate=auto_migrate))


def track(store: Store) -> Store:
    """Remember a store a command opened, so ``close_stores`` releases its connections when the
    command ends (a command run in-process, by a test or an integration, must not leak them)."""
    _opened.append(store)
    return store


def close_stores() -> None:
    while _opened:
        _opened.pop().dispose()


def cli_actor(hall_code: str = "") -> Actor:
    """Whoever holds the store's address at a shell has the store; the log names the OS user."""
    try:
        user = getpass.getuser()
    except Exception:
        user = "unknown"
    return Actor(name=f"cli:{user}", roles=frozenset({"admin"}), hall_code=hall_code)


def emit(args: argparse.Namespace, data: Any, text: str) -> None:
    if getattr(args, "json", False):
        sys.stdout.write(json.dumps(data, ensure_ascii=False, default=str) + "\n")
    else:
        sys.stdout.write(text.rstrip("\n") + "\n")
