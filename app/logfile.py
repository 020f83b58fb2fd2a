"""Where a role writes down what happened: a rotating log file per role in the platform's log
directory (Linux: ~/.local/state/yichuang/log; Windows: %LOCALAPPDATA%\\yichuang\\Logs), plus a
crash file that Python's fault handler fills if the interpreter itself dies."""

from __future__ import annotations

import faulthandler
import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import IO

import platformdirs

APP_NAME = "yichuang"
MAX_BYTES = 2_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"

_fault_file: IO[str] | None = None  # kept open: the fault handler writes to its descriptor


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def role_log_path(role: str) -> Path:
    return log_dir() / f"{role}.log"


def start_role_log(role: str, *, verbose: bool = False) -> Path:
    """Send this process's log to ``<log dir>/<role>.log`` (INFO and up; DEBUG when verbose),
    rotated at 2 MB with 5 old files kept; the console keeps showing warnings only."""
    global _fault_file
    path = role_log_path(role)
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for h in root.handlers:
        if isinstance(h, logging.StreamHandler) and not isinstance(h, logging.FileHandler):
            h.setLevel(logging.DEBUG if verbose else logging.WARNING)
    handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                  encoding="utf-8", delay=False)  # fmt: skip
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.set_name(f"yichuang-{role}")
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    if _fault_file is None:
        _fault_file = (path.parent / f"{role}-crash.log").open("a", encoding="utf-8")
        faulthandler.enable(_fault_file)
    return path
