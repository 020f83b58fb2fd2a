"""Run one sweep in its own process (tests/cases/test_concurrency.py)."""

from __future__ import annotations

import datetime as dt
import json
import sys

from app.cases.service import CaseService
from app.settings import Settings
from db.engine import Store


def main() -> None:
    url, when = sys.argv[1], dt.datetime.fromisoformat(sys.argv[2])
    store = Store(url)
    svc = CaseService(store, Settings(), clock=lambda: when)
    print(json.dumps(svc.sweep().deemed_accepted))
    store.dispose()


if __name__ == "__main__":
    main()
