"""Opening the hall store named by the settings, migrating it when that is safe."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from app.errors import user_message
from app.settings import Settings
from db import migrate
from db.engine import Store
from db.errors import StoreError
from db.models import Department, Hall

__all__ = ["Store", "connect", "hall_facts", "is_empty", "open_store", "safe_url"]


def connect(url: str) -> Store:
    """A store whose server (or file's folder) is known to be reachable; otherwise the
    operator's Chinese message. Creates the folder of a new SQLite file."""
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        Path(url[len("sqlite:///") :]).expanduser().parent.mkdir(parents=True, exist_ok=True)
    store = Store(url)
    try:
        with store.engine.connect():
            pass
    except Exception as exc:
        store.dispose()
        raise cannot_open(url, exc) from exc
    return store


def open_store(settings: Settings, *, auto_migrate: bool | None = None) -> Store:
    """Open the store. An SQLite store is created or upgraded in place (after a backup copy);
    a PostgreSQL store must be upgraded explicitly with ``yichuang db upgrade``."""
    url = settings.db_url
    store = connect(url)
    try:
        rev = migrate.check_not_newer(store.engine)
        sqlite = store.dialect == "sqlite"
        if auto_migrate if auto_migrate is not None else sqlite:
            migrate.upgrade(store.engine)
        elif rev != migrate.head_revision():
            raise StoreError(
                f"数据库结构不是最新版本（当前 {rev or '空库'}，需要 {migrate.head_revision()}），"
                "请先运行：yichuang db upgrade --db <地址>"
            )
    except StoreError:
        store.dispose()
        raise
    except Exception as exc:
        store.dispose()
        raise cannot_open(url, exc) from exc
    return store


def cannot_open(url: str, exc: BaseException) -> StoreError:
    """The operator's message for a store that cannot be opened: plain Chinese for a server
    that is down or unreachable, else the driver's first line (no SQLAlchemy help links)."""
    plain = user_message(exc)
    if plain is None:
        detail = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        plain = f"{exc.__class__.__name__}: {detail}"
    return StoreError(f"无法打开数据库 {safe_url(url)}：{plain}")


def hall_facts(store: Store, hall_code: str = "") -> tuple[str, list[tuple[str, str]]]:
    """The hall's name (the first hall when no code is given) and the departments as
    (code, name), for window titles, filters and the lookup screen's tiles."""
    with store.read() as s:
        q = select(Hall).order_by(Hall.code)
        if hall_code:
            q = q.where(Hall.code == hall_code)
        hall = s.scalars(q).first()
        depts = [(d.code, d.name) for d in s.scalars(select(Department).order_by(Department.code))]
    return (hall.name if hall else "政务服务中心"), depts


def is_empty(store: Store) -> bool:
    with store.read() as s:
        return (s.scalar(select(func.count()).select_from(Hall)) or 0) == 0


def safe_url(url: str) -> str:
    """The URL with any password hidden, for messages and logs."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        user = creds.split(":", 1)[0]
        return f"{scheme}://{user}:***@{host}"
    return url
