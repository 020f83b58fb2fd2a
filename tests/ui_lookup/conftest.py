from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from app.settings import Settings
from app.store import hall_facts
from ui.app_main import make_app
from ui.common.worker import wait_idle
from ui.lookup.lookup_window import LookupWindow

COMPANY = "11510822008123013A4010010010040"  # 企业设立登记（个人独资企业、合伙企业）


@pytest.fixture
def make_lookup(qtbot, qapp, demo_store, demo_url) -> Iterator[Callable[..., LookupWindow]]:  # type: ignore[no-untyped-def]
    made: list[LookupWindow] = []

    def build(size: tuple[int, int] = (1080, 1920), **overrides: Any) -> LookupWindow:
        settings = Settings(db=demo_url, **overrides)
        make_app(settings)
        hall_name, depts = hall_facts(demo_store)
        w = LookupWindow(demo_store, settings, hall_name=hall_name, departments=depts)
        qtbot.addWidget(w)
        w.resize(*size)
        w.show()
        qtbot.waitExposed(w)
        made.append(w)
        return w

    yield build
    wait_idle()
    for w in made:
        w.idle_timer.stop()
