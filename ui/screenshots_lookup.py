"""Screens of the public lookup touchscreen at both orientations, for the docs and for checking
by eye (called by ui.screenshots; alone: ``python -m ui.screenshots_lookup docs/screens``)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.demo import seed  # noqa: E402
from app.settings import Settings  # noqa: E402
from app.store import Store, hall_facts, open_store  # noqa: E402
from ui.app_main import make_app  # noqa: E402

SIZES = {"portrait": (1080, 1920), "landscape": (1920, 1080)}
COMPANY = "11510822008123013A4010010010040"  # 企业设立登记（个人独资企业、合伙企业）


def shoot_lookup(store: Store, settings: Settings, out: Path) -> None:
    from ui.lookup.public_screen import PublicLookupWindow
    from ui.screenshots import settle, shoot

    hall_name, depts = hall_facts(store)
    for name, size in SIZES.items():
        look = PublicLookupWindow(store, settings, hall_name=hall_name, departments=depts)
        shoot(look, out / f"lookup_home_{name}.png", size)
        look._open_departments()
        shoot(look, out / f"lookup_departments_{name}.png", size)
        look._open_themes()
        shoot(look, out / f"lookup_themes_{name}.png", size)
        look._open_search()
        for key in "yyzz":
            look.keyboard.keys[key.upper()].click()
        look.search_now()
        shoot(look, out / f"lookup_search_{name}.png", size)
        look.open_guide(COMPANY)
        settle()
        shoot(look, out / f"lookup_guide_{name}.png", size)
        look._open_windows()
        settle()
        shoot(look, out / f"lookup_windows_{name}.png", size)
        look.close()


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    from ui.screenshots import GUIDE_URL

    settings = Settings(db=f"sqlite:///{tmp / 'hall.db'}", lookup_guide_url=GUIDE_URL)
    store = open_store(settings, auto_migrate=True)
    seed(store)
    make_app(settings)
    shoot_lookup(store, settings, out)
    store.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screens"))
