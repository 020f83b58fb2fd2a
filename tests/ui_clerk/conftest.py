from __future__ import annotations

import pytest

from app.settings import Settings
from ui.app_main import make_app
from ui.common.worker import wait_idle


@pytest.fixture
def settings(demo_url: str) -> Settings:
    return Settings(db=demo_url)


@pytest.fixture(autouse=True)
def _qt_app(qapp, settings: Settings):  # type: ignore[no-untyped-def]
    make_app(settings)
    yield
    wait_idle()
