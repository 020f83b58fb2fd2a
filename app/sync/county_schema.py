"""``yichuang county init``: the county database.

The county is built by the same Alembic migrations as a hall (so a hall's row fits the county's
table as it is), and then by this module, not by a migration: the county's own tables, its
roles and its row-level security exist only in the county, are PostgreSQL-only, and must never
appear in a hall's SQLite file. Running init again is safe (every step is "create if absent");
it is also how a hall is added later.

What init sets up, in schema ``county``:

- ``hall_account``: which login role is which hall; ``current_hall_code()`` / ``current_hall_id()``
  answer it for the session, and every policy uses them.
- ``watermark``: per hall, the last outbox sequence number the county holds. It only moves
  through ``advance_watermark(from, to)``, inside the push's own transaction, so rows and
  watermark commit together, and a replayed or concurrent batch finds the watermark moved and
  changes nothing.
- ``chain_head``: per audit chain, the last entry the county holds. A trigger on
  ``audit_entry`` lets an entry in only when it extends that head; audit entries in the county
  can be neither updated nor deleted.
- ``alarm``: refused chains (and other faults a county administrator must see).
- ``change_log``: a revision for every change of a county-owned row (catalog, calendar, staff,
  service lines), filled by triggers; halls pull by revision.
- ``role_health``: per hall, the heartbeats of its PCs' roles as of its last push round
  (``report_health``, which writes only the calling hall's rows). Not an outbox table: a
  heartbeat every half minute per screen would swamp the outbox, and the hall's own
  ``role_health`` is keyed by PC name alone.

Roles (PostgreSQL roles are shared by every database of a cluster, so their names start with
a prefix, by default the database's name): one login role per hall, member of ``<p>_halls``;
``<p>_supervisor`` reads everything; ``<p>_admin`` manages catalog, calendar, staff and service
lines. Each new login gets a random password, written to a file readable only by its owner
(``<out>/<role>.url``), never printed.

A key unique within a hall but not across halls (``HALL_ONLY_UNIQUES``: a case's random
query number) loses its unique constraint in the county and keeps a plain index.

Foreign keys between hall-owned tables are dropped in the county: rows of many halls arrive
independently, each hall enforced its keys when it wrote them, and a key to a row the county
does not hold yet (a staff member made in the hall before it joined) must not stop a hall's
sync for good.
"""

from __future__ import annotations

import os
import re
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.errors import InvalidInput
from app.sync.entities import (
    COUNTY_READ_TABLES,
    HALL_ONLY_UNIQUES,
    HALL_PREDICATES,
    PULLED_TABLES,
)
from app.sync.link import connect_admin, plain_url

# Bumped when init sets up something a pusher relies on (2: case and supervision tables under
# row-level security, county.role_health); a pusher refuses a county set up by an older init.
COUNTY_SCHEMA_VERSION = "2"

# Tables the county admin may write (catalog, calendar, staff, service lines, halls).
ADMIN_TABLES = ("department", "matter", "matter_material", "legal_basis", "process_step",
                "holiday_entry", "staff", "service_line", "hall", "service_window",
                "window_line")  # fmt: skip

_TABLES_SQL = """
CREATE SCHEMA IF NOT EXISTS county;
CREATE TABLE IF NOT EXISTS county.meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE IF NOT EXISTS county.hall_account (
    role_name text PRIMARY KEY,
    hall_code text NOT NULL UNIQUE
);
CREATE TABLE IF NOT EXISTS county.watermark (
    hall_code text PRIMARY KEY,
    outbox_seq bigint NOT NULL DEFAULT 0,
    batches bigint NOT NULL DEFAULT 0,
    rows_received bigint NOT NULL DEFAULT 0,
    pushed_at timestamptz
);
CREATE TABLE IF NOT EXISTS county.chain_head (
    chain text PRIMARY KEY,
    seq bigint NOT NULL,
    hash text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS county.alarm (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    hall_code text NOT NULL,
    kind text NOT NULL,
    detail text NOT NULL
);
CREATE TABLE IF NOT EXISTS county.change_log (
    rev bigserial PRIMARY KEY,
    tbl text NOT NULL,
    row_id text NOT NULL,
    op text NOT NULL,
    at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS ix_change_log_tbl ON county.change_log (tbl, rev);
CREATE TABLE IF NOT EXISTS county.role_health (
    hall_code text NOT NULL,
    host text NOT NULL,
    role text NOT NULL,
    pid integer NOT NULL,
    version text NOT NULL DEFAULT '',
    started_at timestamptz NOT NULL,
    beat_at timestamptz NOT NULL,
    restarts integer NOT NULL DEFAULT 0,
    reported_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (hall_code, host, role)
);
ALTER TABLE county.role_health ADD COLUMN IF NOT EXISTS printer text NOT NULL DEFAULT '';
"""

_FUNCTIONS_SQL = """
CREATE OR REPLACE FUNCTION county.current_hall_code() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT hall_code FROM county.hall_account WHERE role_name = session_user
$$;

CREATE OR REPLACE FUNCTION county.current_hall_id() RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT h.id FROM public.hall h JOIN county.hall_account a ON a.hall_code = h.code
    WHERE a.role_name = session_user
$$;

CREATE OR REPLACE FUNCTION county.my_state(
    OUT hall_code text, OUT outbox_seq bigint, OUT chain_seq bigint, OUT chain_hash text,
    OUT pushed_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT a.hall_code, coalesce(w.outbox_seq, 0), coalesce(c.seq, 0), coalesce(c.hash, ''),
           w.pushed_at
    FROM county.hall_account a
    LEFT JOIN county.watermark w ON w.hall_code = a.hall_code
    LEFT JOIN county.chain_head c ON c.chain = a.hall_code
    WHERE a.role_name = session_user
$$;

CREATE OR REPLACE FUNCTION county.advance_watermark(p_from bigint, p_to bigint, p_rows bigint)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    me text := county.current_hall_code();
BEGIN
    IF me IS NULL THEN
        RAISE EXCEPTION 'yc-not-a-hall: % is not a hall account', session_user
            USING ERRCODE = '42501';
    END IF;
    IF p_to < p_from THEN
        RAISE EXCEPTION 'yc-watermark-backwards' USING ERRCODE = '22023';
    END IF;
    UPDATE county.watermark
       SET outbox_seq = p_to, batches = batches + 1, rows_received = rows_received + p_rows,
           pushed_at = now()
     WHERE hall_code = me AND outbox_seq = p_from;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'yc-watermark-moved: the county no longer holds % for %', p_from, me
            USING ERRCODE = '40001';
    END IF;
END $$;

CREATE OR REPLACE FUNCTION county.report_alarm(p_kind text, p_detail text)
RETURNS bigint LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    INSERT INTO county.alarm (hall_code, kind, detail)
    VALUES (coalesce(county.current_hall_code(), session_user), p_kind, left(p_detail, 2000))
    RETURNING id
$$;

CREATE OR REPLACE FUNCTION county.report_health(p_rows jsonb)
RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    me text := county.current_hall_code();
    n integer;
BEGIN
    IF me IS NULL THEN
        RAISE EXCEPTION 'yc-not-a-hall: % is not a hall account', session_user
            USING ERRCODE = '42501';
    END IF;
    DELETE FROM county.role_health WHERE hall_code = me;
    INSERT INTO county.role_health (hall_code, host, role, pid, version, started_at, beat_at,
                                    restarts, printer)
    SELECT me, r.host, r.role, r.pid, coalesce(r.version, ''), r.started_at, r.beat_at,
           coalesce(r.restarts, 0), coalesce(r.printer, '')
      FROM jsonb_to_recordset(p_rows) AS r(host text, role text, pid integer, version text,
                                           started_at timestamptz, beat_at timestamptz,
                                           restarts integer, printer text);
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END $$;

CREATE OR REPLACE FUNCTION county.audit_append() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    me text := county.current_hall_code();
    head county.chain_head%ROWTYPE;
BEGIN
    IF me IS NOT NULL AND NEW.chain <> me THEN
        RAISE EXCEPTION 'yc-chain-foreign: hall % may not write chain %', me, NEW.chain
            USING ERRCODE = '42501';
    END IF;
    SELECT * INTO head FROM county.chain_head WHERE chain = NEW.chain FOR UPDATE;
    IF NOT FOUND THEN
        head.seq := 0; head.hash := '';
        INSERT INTO county.chain_head (chain, seq, hash) VALUES (NEW.chain, 0, '');
    END IF;
    IF NEW.seq <> head.seq + 1 OR NEW.prev_hash <> head.hash THEN
        RAISE EXCEPTION 'yc-chain-break: entry % of chain % does not extend the county head % (%)',
            NEW.seq, NEW.chain, head.seq, head.hash USING ERRCODE = 'P0001';
    END IF;
    UPDATE county.chain_head SET seq = NEW.seq, hash = NEW.hash, updated_at = now()
     WHERE chain = NEW.chain;
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION county.audit_frozen() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'yc-audit-frozen: audit entries in the county cannot be changed or deleted'
        USING ERRCODE = '42501';
END $$;

CREATE OR REPLACE FUNCTION county.log_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    pk text := TG_ARGV[0];
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO county.change_log (tbl, row_id, op)
        VALUES (TG_TABLE_NAME, to_jsonb(OLD) ->> pk, 'delete');
        RETURN OLD;
    END IF;
    INSERT INTO county.change_log (tbl, row_id, op)
    VALUES (TG_TABLE_NAME, to_jsonb(NEW) ->> pk, 'upsert');
    RETURN NEW;
END $$;

DROP TRIGGER IF EXISTS yc_audit_append ON public.audit_entry;
CREATE TRIGGER yc_audit_append BEFORE INSERT ON public.audit_entry
    FOR EACH ROW EXECUTE FUNCTION county.audit_append();
DROP TRIGGER IF EXISTS yc_audit_frozen ON public.audit_entry;
CREATE TRIGGER yc_audit_frozen BEFORE UPDATE OR DELETE ON public.audit_entry
    FOR EACH ROW EXECUTE FUNCTION county.audit_frozen();
"""

_ROLE_RE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


@dataclass
class InitResult:
    database: str
    prefix: str
    halls: list[str]
    created_roles: list[str] = field(default_factory=list)
    credential_files: list[str] = field(default_factory=list)
    revision: str = ""


def role_prefix(dbname: str) -> str:
    p = re.sub(r"[^a-z0-9_]", "_", dbname.lower())
    return p if p and not p[0].isdigit() else f"c_{p}"


def hall_role(prefix: str, hall_code: str) -> str:
    return _checked_role(f"{prefix}_hall_{re.sub(r'[^a-z0-9_]', '_', hall_code.lower())}")


def _checked_role(name: str) -> str:
    if not _ROLE_RE.match(name):
        raise InvalidInput(f"角色名“{name}”不合规（只能用小写字母、数字和下划线，最长 63 个字符）")
    return name


def init_county(
    url: str, halls: list[str], out_dir: Path, *, prefix: str | None = None
) -> InitResult:
    """Build or complete the county database at ``url`` (a superuser or a role with
    CREATEROLE that owns the database)."""
    from db import migrate
    from db.engine import Store

    for code in halls:
        if not code or len(code) > 40 or not re.match(r"^[A-Za-z0-9_-]+$", code):
            raise InvalidInput(f"大厅编码“{code}”不合规（字母、数字、下划线或连字符，最长 40）")
    store = Store(url)
    try:
        migrate.upgrade(store.engine, backup=False)
        revision = migrate.current_revision(store.engine) or ""
    finally:
        store.dispose()
    out_dir.mkdir(parents=True, exist_ok=True)
    with connect_admin(url) as conn:
        dbname = conn.info.dbname
        prefix = _checked_role(prefix or role_prefix(dbname))
        result = InitResult(database=dbname, prefix=prefix, halls=list(halls), revision=revision)
        with conn.transaction():
            # One init at a time: two at once would race on CREATE ROLE.
            conn.execute("SELECT pg_advisory_xact_lock(hashtext('yichuang county init'))")
            conn.execute(_TABLES_SQL)
            conn.execute(_FUNCTIONS_SQL)
            conn.execute(
                "INSERT INTO county.meta VALUES ('schema_version', %s), ('role_prefix', %s) "
                "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                (COUNTY_SCHEMA_VERSION, prefix),
            )
            tables = _public_tables(conn)
            _drop_hall_foreign_keys(conn, tables)
            drop_hall_only_uniques(conn, tables)
            _change_triggers(conn, tables)
            groups = _group_roles(conn, prefix, result)
            _grants(conn, tables, groups)
            _policies(conn, tables, groups)
            for code in halls:
                role = hall_role(prefix, code)
                _login_role(conn, role, result, out_dir, url, member_of=groups["halls"])
                conn.execute(
                    "INSERT INTO county.hall_account VALUES (%s, %s) ON CONFLICT DO NOTHING",
                    (role, code),
                )
                conn.execute(
                    "INSERT INTO county.watermark (hall_code) VALUES (%s) ON CONFLICT DO NOTHING",
                    (code,),
                )
            for kind in ("supervisor", "admin"):
                _login_role(conn, f"{prefix}_{kind}", result, out_dir, url,
                            member_of=groups[kind], login_suffix="_login")  # fmt: skip
    return result


def _public_tables(conn: Any) -> set[str]:
    rows = conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall()
    return {r[0] for r in rows}


def _drop_hall_foreign_keys(conn: Any, tables: set[str]) -> None:
    rows = conn.execute(
        "SELECT conrelid::regclass::text, conname FROM pg_constraint "
        "WHERE contype = 'f' AND connamespace = 'public'::regnamespace"
    ).fetchall()
    for table, name in rows:
        if table.strip('"') in HALL_PREDICATES:
            conn.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')


def drop_hall_only_uniques(conn: Any, tables: set[str]) -> None:
    """A key unique in each hall only (a case's random query number) is not unique across
    the county (nor the province, which takes several counties' rows); it keeps a plain index
    for look-ups."""
    for table, cols in HALL_ONLY_UNIQUES.items():
        if table not in tables:
            continue
        rows = conn.execute(
            "SELECT c.conname FROM pg_constraint c WHERE c.contype = 'u' "
            "AND c.conrelid = %s::regclass AND (SELECT array_agg(a.attname::text ORDER BY k.n) "
            "FROM unnest(c.conkey) WITH ORDINALITY k(attnum, n) JOIN pg_attribute a "
            "ON a.attrelid = c.conrelid AND a.attnum = k.attnum) = %s::text[]",
            (f"public.{table}", list(cols)),
        ).fetchall()
        for (name,) in rows:
            conn.execute(f'ALTER TABLE public."{table}" DROP CONSTRAINT "{name}"')
        index = f"ix_county_{table}_{'_'.join(cols)}"
        collist = ", ".join(f'"{c}"' for c in cols)
        conn.execute(f'CREATE INDEX IF NOT EXISTS "{index}" ON public."{table}" ({collist})')


def _change_triggers(conn: Any, tables: set[str]) -> None:
    for table in PULLED_TABLES:
        if table not in tables:
            continue
        pk = "day" if table == "holiday_entry" else "id"
        conn.execute(f"DROP TRIGGER IF EXISTS yc_change_log ON public.{table}")
        conn.execute(
            f"CREATE TRIGGER yc_change_log AFTER INSERT OR UPDATE OR DELETE ON public.{table} "
            f"FOR EACH ROW EXECUTE FUNCTION county.log_change('{pk}')"
        )


def _role_exists(conn: Any, role: str) -> bool:
    return conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone() is not None


def _group_roles(conn: Any, prefix: str, result: InitResult) -> dict[str, str]:
    groups = {k: _checked_role(f"{prefix}_{k}") for k in ("halls", "supervisor", "admin")}
    for role in groups.values():
        if not _role_exists(conn, role):
            conn.execute(f'CREATE ROLE "{role}" NOLOGIN')
            result.created_roles.append(role)
    return groups


def _login_role(conn: Any, role: str, result: InitResult, out_dir: Path, url: str, *,
                member_of: str, login_suffix: str = "") -> None:  # fmt: skip
    role = _checked_role(role + login_suffix)
    if _role_exists(conn, role):
        conn.execute(f'GRANT "{member_of}" TO "{role}"')
        return
    password = secrets.token_urlsafe(24)
    # The password goes to PostgreSQL as a literal (CREATE ROLE takes no parameters); the
    # statement is never logged by us, and token_urlsafe has no quote characters.
    conn.execute(f'CREATE ROLE "{role}" LOGIN PASSWORD \'{password}\' IN ROLE "{member_of}"')
    result.created_roles.append(role)
    path = out_dir / f"{role}.url"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(_url_for(url, role, password) + "\n")
    result.credential_files.append(str(path))


def _url_for(admin_url: str, role: str, password: str) -> str:
    from urllib.parse import quote

    from sqlalchemy.engine import make_url

    u = make_url(plain_url(admin_url))
    host = u.host or "localhost"
    port = f":{u.port}" if u.port else ""
    return f"postgresql://{quote(role)}:{quote(password, safe='')}@{host}{port}/{u.database}"


def _grants(conn: Any, tables: set[str], groups: dict[str, str]) -> None:
    halls, sup, admin = groups["halls"], groups["supervisor"], groups["admin"]
    conn.execute(f'GRANT USAGE ON SCHEMA public, county TO "{halls}", "{sup}", "{admin}"')
    for table in sorted(tables):
        conn.execute(f'GRANT SELECT ON public."{table}" TO "{sup}", "{admin}"')
    for table in HALL_PREDICATES:
        if table not in tables:
            continue
        rights = "SELECT, INSERT" if table == "audit_entry" else "SELECT, INSERT, UPDATE, DELETE"
        conn.execute(f'GRANT {rights} ON public."{table}" TO "{halls}"')
    for table in COUNTY_READ_TABLES:
        if table in tables:
            conn.execute(f'GRANT SELECT ON public."{table}" TO "{halls}"')
    for table in ADMIN_TABLES:
        if table in tables:
            conn.execute(f'GRANT INSERT, UPDATE, DELETE ON public."{table}" TO "{admin}"')
    # The admin's edits go through the same use cases, which journal them in the county.
    for table, rights in (("audit_head", "INSERT, UPDATE"), ("audit_entry", "INSERT"),
                          ("outbox_entry", "INSERT")):  # fmt: skip
        conn.execute(f'GRANT {rights} ON public."{table}" TO "{admin}"')
    # KPI summaries are derived data any reporting login may (re)build (app/reports/summary.py).
    for table in ("kpi_period", "kpi_ticket", "kpi_case"):
        if table in tables:
            conn.execute(f'GRANT INSERT, UPDATE, DELETE ON public."{table}" TO "{sup}", "{admin}"')
    if "supervisor_grant" in tables:
        conn.execute(f'GRANT INSERT, UPDATE, DELETE ON public."supervisor_grant" TO "{admin}"')
    conn.execute(f'GRANT SELECT ON ALL TABLES IN SCHEMA county TO "{sup}", "{admin}"')
    conn.execute(f'GRANT SELECT ON county.change_log, county.chain_head, county.meta TO "{halls}"')
    conn.execute(f'GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO "{admin}"')
    conn.execute(
        "REVOKE ALL ON FUNCTION county.advance_watermark(bigint, bigint, bigint) FROM PUBLIC"
    )
    conn.execute("REVOKE ALL ON FUNCTION county.report_health(jsonb) FROM PUBLIC")
    conn.execute(f'GRANT EXECUTE ON FUNCTION county.report_health(jsonb) TO "{halls}"')
    conn.execute(
        f'GRANT EXECUTE ON FUNCTION county.advance_watermark(bigint, bigint, bigint) TO "{halls}"'
    )


def _policies(conn: Any, tables: set[str], groups: dict[str, str]) -> None:
    halls, sup, admin = groups["halls"], groups["supervisor"], groups["admin"]
    conn.execute("ALTER TABLE county.chain_head ENABLE ROW LEVEL SECURITY")
    for name, role, pred in (
        ("yc_hall_own", halls, "chain = (SELECT county.current_hall_code())"),
        ("yc_supervisor_all", sup, "true"),
        ("yc_admin_all", admin, "true"),
    ):
        conn.execute(f"DROP POLICY IF EXISTS {name} ON county.chain_head")
        conn.execute(
            f'CREATE POLICY {name} ON county.chain_head FOR SELECT TO "{role}" USING ({pred})'
        )
    for table, predicate in HALL_PREDICATES.items():
        if table not in tables:
            continue
        conn.execute(f'ALTER TABLE public."{table}" ENABLE ROW LEVEL SECURITY')
        for name in ("yc_hall_own", "yc_supervisor_all", "yc_admin_all"):
            conn.execute(f'DROP POLICY IF EXISTS {name} ON public."{table}"')
        conn.execute(f'CREATE POLICY yc_hall_own ON public."{table}" FOR ALL TO "{halls}" '
                     f"USING ({predicate}) WITH CHECK ({predicate})")  # fmt: skip
        conn.execute(f'CREATE POLICY yc_supervisor_all ON public."{table}" FOR SELECT '
                     f'TO "{sup}" USING (true)')  # fmt: skip
        conn.execute(f'CREATE POLICY yc_admin_all ON public."{table}" FOR ALL TO "{admin}" '
                     "USING (true) WITH CHECK (true)")  # fmt: skip
