"""Opening the hall store named by the settings, migrating it when that is safe."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from app.errors import user_message
from app.settings import Settings
from db import migrate
from db.engine import Store, sqlite_path
from db.errors import StoreError
from db.models import Department, Hall

__all__ = [
    "Store", "check_url", "connect", "hall_facts", "is_empty", "open_store", "safe_url",
]  # fmt: skip
SUPPORTED_DRIVERS = ("sqlite", "sqlite+pysqlite", "postgresql", "postgresql+psycopg")
URL_HINT = "应为 sqlite:///文件路径 或 postgresql+psycopg://用户:密码@服务器/库名"


def check_url(url: str) -> None:
    """Refuse an address that is not one of the two stores Yichuang speaks, by name."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        raise StoreError(f"数据库地址“{safe_url(url)}”格式不正确，{URL_HINT}") from None
    if parsed.drivername not in SUPPORTED_DRIVERS:
        raise StoreError(
            f"不支持的数据库类型“{parsed.drivername}”（{safe_url(url)}）：一窗只支持 SQLite 和 "
            f"PostgreSQL，{URL_HINT}"
        )
    if parsed.drivername.startswith("sqlite") and not parsed.database:
        raise StoreError(f"数据库地址“{url}”缺少文件路径，{URL_HINT}")


def connect(url: str) -> Store:
    """A store whose server (or file's folder) is known to be reachable; otherwise the
    operator's Chinese message. Creates the folder of a new SQLite file."""
    check_url(url)
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:" and "?" not in url:
        try:
            Path(url[len("sqlite:///") :]).expanduser().parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise cannot_open(url, exc) from None
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
        check_integrity(store)
        rev = migrate.check_not_newer(store.engine)
        sqlite = store.dialect == "sqlite"
        if rev is None and _has_tables(store):
            raise StoreError(
                "数据库中缺少结构版本记录（alembic_version 表为空或被删除），但已有数据表；"
                "为免破坏数据，程序不会自动升级它。请从备份恢复"
                + _backups_text(store)
                + "，或联系技术支持。"
            )
        if store.damage:
            return store  # readable for the audit check and for copying data out
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


def check_integrity(store: Store) -> None:
    """SQLite: ``PRAGMA quick_check`` when a role or command opens the file. A damaged file is
    kept readable (to check the audit and copy data out) but every write is refused, and the
    message names the backup copies to restore from."""
    if sqlite_path(store.engine) is None:
        return
    from sqlalchemy import exc as sa_exc

    try:
        with store.engine.connect() as conn:
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA quick_check(5)")]
    except sa_exc.DatabaseError as exc:
        from app.errors import NOT_A_STORE, STORE_CORRUPT, store_fault

        fault = store_fault(exc)
        if fault == NOT_A_STORE or fault != STORE_CORRUPT:
            raise
        rows = [str(getattr(exc, "orig", exc))]
    if rows == ["ok"]:
        return
    lines = [ln for r in rows for ln in str(r).splitlines() if ln and not ln.startswith("***")]
    first = (lines or ["未知问题"])[0][:120]
    store.damage = (
        f"数据库文件 {sqlite_path(store.engine)} 已损坏（完整性检查：{first}），"
        "已禁止写入，以免损坏扩大。请停止使用该文件，从备份恢复"
        + _backups_text(store)
        + "，或联系技术支持。"
    )


def _backups_text(store: Store) -> str:
    path = sqlite_path(store.engine)
    if path is None:
        return ""
    p = Path(path)
    copies = sorted(p.parent.glob(p.name + ".*.bak"), key=lambda b: b.stat().st_mtime, reverse=True)
    if not copies:
        return "（该文件夹中没有找到 *.bak 备份副本）"
    return "（最近的备份：" + "、".join(str(c) for c in copies[:3]) + "）"


def _has_tables(store: Store) -> bool:
    from sqlalchemy import inspect

    with store.engine.connect() as conn:
        return bool(set(inspect(conn).get_table_names()) & {"hall", "staff", "matter"})


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
