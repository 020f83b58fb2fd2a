"""kpi marks: triggers count every change of a hall-day, so a report knows which summaries are
stale without scanning the tickets; case figures of closed periods are summarised too

Revision ID: 0015_kpi_marks
Revises: 0014_disclosure
Create Date: 2026-12-02 05:00:00.000000

- ``kpi_mark(hall_id, day, version)``: kept by triggers on ticket (its day), service_case (its
  receipt, acceptance and conclusion days), case_notice, case_breach and case_rating (the local
  day of the row). Triggers and not the use cases: the county's sync writes these rows too, and
  a restore or a hand correction must not leave a summary stale.
- ``kpi_period`` is rebuilt with ``version`` (the sum of its days' marks) instead of the
  fingerprint; the old summaries are dropped (derived data: the next report rebuilds them).
- ``kpi_case``: the case figures of a summarised period; ``kpi_ticket``'s histograms become
  packed counts (app.reports.summary.pack) instead of JSON objects.
- ``ix_ticket_kpi`` (hall, day, updated_at) only served the fingerprint scan: dropped.
- ``ix_service_case_open_late``: the open cases (partial index) with every column the live
  count of overdue cases reads.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0015_kpi_marks'
down_revision = '0014_disclosure'
branch_labels = None
depends_on = None

FIGURES = ("received", "accepted", "refused", "concluded", "on_time", "early", "late",
           "statutory_late", "notices", "breaches", "ratings", "good", "bad", "not_rated")
OPEN_LATE = ("hall_id", "promise_due", "legal_due", "accepted_day", "window_no", "intake_by",
             "impl_code", "matter_id", "ticket_id", "id")
CHILDREN = (("case_notice", "issued_at"), ("case_breach", "recorded_at"), ("case_rating", "at"))
EVENTS = ("INSERT", "UPDATE", "DELETE")

# --- SQLite: one trigger per table and event; NEW/OLD rows as the statement allows ----------

_UPSERT = "ON CONFLICT(hall_id, day) DO UPDATE SET version = version + 1"


def _sqlite_case_days(row: str) -> str:
    return (f"SELECT {row}.received_day AS d UNION SELECT {row}.accepted_day "
            f"UNION SELECT date({row}.concluded_at, '+8 hours')")


def _sqlite() -> list[str]:
    out = []
    for event in EVENTS:
        rows = {"INSERT": ["NEW"], "UPDATE": ["NEW", "OLD"], "DELETE": ["OLD"]}[event]
        ticket = " UNION ".join(f"SELECT {r}.hall_id AS h, {r}.day AS d" for r in rows)
        out.append(f"""CREATE TRIGGER kpi_mark_ticket_{event.lower()} AFTER {event} ON ticket
BEGIN INSERT INTO kpi_mark (hall_id, day, version) SELECT h, d, 1 FROM ({ticket})
WHERE h IS NOT NULL AND d IS NOT NULL {_UPSERT}; END""")
        days = " UNION ".join(_sqlite_case_days(r) for r in rows)
        out.append(f"""CREATE TRIGGER kpi_mark_case_{event.lower()} AFTER {event} ON service_case
BEGIN INSERT INTO kpi_mark (hall_id, day, version) SELECT {rows[0]}.hall_id, d, 1 FROM ({days})
WHERE d IS NOT NULL {_UPSERT}; END""")
        for table, col in CHILDREN:
            picks = " UNION ".join(f"SELECT {r}.case_id AS c, date({r}.{col}, '+8 hours') AS d"
                                   for r in rows)
            out.append(f"""CREATE TRIGGER kpi_mark_{table}_{event.lower()} AFTER {event} ON {table}
BEGIN INSERT INTO kpi_mark (hall_id, day, version)
SELECT sc.hall_id, x.d, 1 FROM ({picks}) AS x JOIN service_case AS sc ON sc.id = x.c
WHERE x.d IS NOT NULL {_UPSERT}; END""")
    return out


def _sqlite_drop() -> list[str]:
    return [f"DROP TRIGGER IF EXISTS kpi_mark_{t}_{e.lower()}"
            for t in ("ticket", "case", *(c for c, _ in CHILDREN)) for e in EVENTS]


# --- PostgreSQL: one function per table; kpi_touch runs as the owner so that a hall's sync
# login, which may not write kpi_mark, still marks what it changes ---------------------------

_LOCAL = "AT TIME ZONE 'Asia/Shanghai')::date"

_PG = [
    """CREATE OR REPLACE FUNCTION kpi_touch(h uuid, d date) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
INSERT INTO public.kpi_mark (hall_id, day, version) SELECT h, d, 1
WHERE h IS NOT NULL AND d IS NOT NULL
ON CONFLICT (hall_id, day) DO UPDATE SET version = public.kpi_mark.version + 1 $$""",
    """CREATE OR REPLACE FUNCTION kpi_mark_ticket() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND (TG_OP = 'DELETE' OR OLD.hall_id IS DISTINCT FROM NEW.hall_id
                            OR OLD.day IS DISTINCT FROM NEW.day) THEN
    PERFORM kpi_touch(OLD.hall_id, OLD.day);
  END IF;
  IF TG_OP <> 'DELETE' THEN PERFORM kpi_touch(NEW.hall_id, NEW.day); END IF;
  RETURN NULL;
END $$""",
    f"""CREATE OR REPLACE FUNCTION kpi_mark_case() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE d date; days date[] := ARRAY[]::date[]; h uuid;
BEGIN
  IF TG_OP <> 'DELETE' THEN
    h := NEW.hall_id;
    days := days || NEW.received_day || NEW.accepted_day || (NEW.concluded_at {_LOCAL};
  END IF;
  IF TG_OP <> 'INSERT' THEN
    h := coalesce(h, OLD.hall_id);
    days := days || OLD.received_day || OLD.accepted_day || (OLD.concluded_at {_LOCAL};
  END IF;
  FOR d IN SELECT DISTINCT x FROM unnest(days) AS x WHERE x IS NOT NULL LOOP
    PERFORM kpi_touch(h, d);
  END LOOP;
  RETURN NULL;
END $$""",
]


def _pg_child(table: str, col: str) -> str:
    return f"""CREATE OR REPLACE FUNCTION kpi_mark_{table}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM kpi_touch((SELECT hall_id FROM service_case WHERE id = OLD.case_id),
                      (OLD.{col} {_LOCAL});
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM kpi_touch((SELECT hall_id FROM service_case WHERE id = NEW.case_id),
                      (NEW.{col} {_LOCAL});
  END IF;
  RETURN NULL;
END $$"""


def _pg() -> list[str]:
    out = [*_PG, *(_pg_child(t, c) for t, c in CHILDREN)]
    for table, fn in (("ticket", "kpi_mark_ticket"), ("service_case", "kpi_mark_case"),
                      *((t, f"kpi_mark_{t}") for t, _c in CHILDREN)):
        out.append(f"CREATE TRIGGER kpi_mark AFTER INSERT OR UPDATE OR DELETE ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION {fn}()")
    return out


def _pg_drop() -> list[str]:
    out = [f"DROP TRIGGER IF EXISTS kpi_mark ON {t}"
           for t in ("ticket", "service_case", *(c for c, _ in CHILDREN))]
    out += [f"DROP FUNCTION IF EXISTS kpi_mark_{t}()" for t in ("ticket", "case", *(c for c, _ in CHILDREN))]
    out.append("DROP FUNCTION IF EXISTS kpi_touch(uuid, date)")
    return out


def _period(version: bool) -> None:
    cols = ([sa.Column('version', sa.BigInteger(), nullable=False)] if version else
            [sa.Column('tickets', sa.Integer(), nullable=False),
             sa.Column('last_change', sa.DateTime(timezone=True), nullable=True)])
    op.create_table('kpi_period',
                    sa.Column('hall_id', sa.Uuid(), nullable=False),
                    sa.Column('kind', sa.String(length=1), nullable=False),
                    sa.Column('start', sa.Date(), nullable=False),
                    *cols,
                    sa.Column('hours', sa.JSON(), nullable=False),
                    sa.Column('computed_at', sa.DateTime(timezone=True), nullable=False),
                    sa.PrimaryKeyConstraint('hall_id', 'kind', 'start', name=op.f('pk_kpi_period')))


def _ticket(histogram: sa.types.TypeEngine) -> None:
    op.create_table('kpi_ticket',
                    sa.Column('hall_id', sa.Uuid(), nullable=False),
                    sa.Column('kind', sa.String(length=1), nullable=False),
                    sa.Column('start', sa.Date(), nullable=False),
                    sa.Column('dim', sa.String(length=10), nullable=False),
                    sa.Column('key', sa.String(length=60), nullable=False),
                    sa.Column('issued', sa.Integer(), nullable=False),
                    sa.Column('served', sa.Integer(), nullable=False),
                    sa.Column('no_show', sa.Integer(), nullable=False),
                    sa.Column('wait_sum_s', sa.Integer(), nullable=False),
                    sa.Column('service_sum_s', sa.Integer(), nullable=False),
                    sa.Column('waits', histogram, nullable=False),
                    sa.Column('services', histogram, nullable=False),
                    sa.PrimaryKeyConstraint('hall_id', 'kind', 'start', 'dim', 'key',
                                            name=op.f('pk_kpi_ticket')))


def upgrade() -> None:
    op.drop_table('kpi_ticket')
    _ticket(sa.LargeBinary())
    op.drop_table('kpi_period')
    _period(version=True)
    op.create_table('kpi_mark',
                    sa.Column('hall_id', sa.Uuid(), nullable=False),
                    sa.Column('day', sa.Date(), nullable=False),
                    sa.Column('version', sa.BigInteger(), nullable=False),
                    sa.PrimaryKeyConstraint('hall_id', 'day', name=op.f('pk_kpi_mark')))
    op.create_table('kpi_case',
                    sa.Column('hall_id', sa.Uuid(), nullable=False),
                    sa.Column('kind', sa.String(length=1), nullable=False),
                    sa.Column('start', sa.Date(), nullable=False),
                    sa.Column('dim', sa.String(length=10), nullable=False),
                    sa.Column('key', sa.String(length=60), nullable=False),
                    *(sa.Column(f, sa.Integer(), nullable=False) for f in FIGURES),
                    sa.PrimaryKeyConstraint('hall_id', 'kind', 'start', 'dim', 'key',
                                            name=op.f('pk_kpi_case')))
    op.drop_index('ix_ticket_kpi', table_name='ticket')
    op.create_index('ix_service_case_open_late', 'service_case', list(OPEN_LATE),
                    sqlite_where=sa.text('concluded_at IS NULL'),
                    postgresql_where=sa.text('concluded_at IS NULL'))
    pg = op.get_bind().dialect.name == "postgresql"
    for sql in _pg() if pg else _sqlite():
        op.execute(sql)


def downgrade() -> None:
    pg = op.get_bind().dialect.name == "postgresql"
    for sql in _pg_drop() if pg else _sqlite_drop():
        op.execute(sql)
    op.create_index('ix_ticket_kpi', 'ticket', ['hall_id', 'day', 'updated_at'], unique=False)
    op.drop_index('ix_service_case_open_late', table_name='service_case')
    op.drop_table('kpi_case')
    op.drop_table('kpi_mark')
    op.drop_table('kpi_ticket')
    _ticket(sa.JSON())
    op.drop_table('kpi_period')
    _period(version=False)
