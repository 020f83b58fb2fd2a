"""Which outbox entity lands in which county table, and who owns what. The one place to adapt
when the outbox contract grows (a new entity name, a new table).

Hall-owned rows are written by one hall only and pushed; the county's row-level security keys
them to that hall. County-owned rows are managed at the county and pulled by every hall; a
hall refuses local edits of them once it has pulled from a county (app/sync/ownership.py).
Rows a hall made of a county-owned kind before it joined (its demo service lines and staff)
are pushed once as the county's starting point, when they belong to that hall.
"""

from __future__ import annotations

# outbox entity name → county table
ENTITY_TABLES: dict[str, str] = {
    "hall": "hall",
    "window": "service_window",
    "service_window": "service_window",
    "window_line": "window_line",
    "service_line": "service_line",
    "staff": "staff",
    "ticket": "ticket",
    "ticket_event": "ticket_event",
    "ticket_route": "ticket_route",
    "ticket_counter": "ticket_counter",
    "appointment": "appointment",
    # Cases and what hangs off them (db/models/cases.py), electronic supervision
    # (db/models/supervision.py). A case's query password and a complaint's are hashes.
    "service_case": "service_case",
    "case_event": "case_event",
    "case_pause": "case_pause",
    "case_notice": "case_notice",
    "case_breach": "case_breach",
    "case_document": "case_document",
    "case_rating": "case_rating",
    "rating_follow_up": "rating_follow_up",
    "inquiry": "inquiry",
    "warning_ack": "warning_ack",
    "follow_up_rating": "follow_up_rating",
    "complaint": "complaint",
}

# Tables that stay in the hall: never journaled, so never in the outbox. Each with its reason
# (tests/sync/test_contract.py makes every table say where it belongs).
HALL_LOCAL_TABLES: dict[str, str] = {
    "outbox_entry": "the outbox itself",
    "audit_head": "the chain's head; the county keeps its own (county.chain_head)",
    "sync_state": "this hall's sync bookkeeping",
    "case_counter": "number allocation; the numbers are in the cases and complaints themselves",
    "alembic_version": "each database's own migration state",
    "kpi_period": "report summaries of closed days, rebuilt from the tickets wherever a report runs"
    " (the county builds its own from the pushed tickets)",
    "kpi_ticket": "per-ticket figures behind kpi_period, derived the same way",
    "kpi_case": "case figures behind kpi_period, derived the same way",
    "kpi_mark": "change counts of each hall-day, kept by triggers wherever the rows are written"
    " (the county's own triggers count what its sync applies)",
    "supervisor_grant": "which halls a county supervisor may see: made on the county database"
    " (yichuang report grant); a hall store has only its own hall",
}

# Entities the county keeps for itself: a hall's entries of these are not pushed (two halls'
# demo catalogs would otherwise collide in the county), and a hall pulls them instead.
COUNTY_GLOBAL_ENTITIES = frozenset(
    {"department", "matter", "matter_material", "legal_basis", "process_step", "holiday_year",
     "holiday_entry", "calendar"}
)  # fmt: skip

# Tables the pusher reports as they are, every round, outside the outbox: PC heartbeats (a
# beat every 30 s per screen is state, not history). The county keeps the latest per hall in
# county.role_health (the hall's table is keyed by PC name alone).
REPORTED_EACH_ROUND = frozenset({"role_health"})

# Entities the pusher carries by another road: audit entries go with the chain itself (read
# from the hall's audit log, checked against the county's head), whatever the outbox says.
CARRIED_WITH_CHAIN = frozenset({"audit_entry"})

# Tables each hall pulls, in the order a change must be applied (parents first).
PULLED_TABLES = (
    "department",
    "matter",
    "matter_material",
    "legal_basis",
    "process_step",
    "holiday_entry",
    "service_line",
    "staff",
)

# Columns of pulled rows that the hall keeps for itself (sign-in lockout is local state).
HALL_LOCAL_COLUMNS: dict[str, frozenset[str]] = {
    "staff": frozenset({"failed_attempts", "locked_until"}),
}

# What a county-owned entity is called in a refusal message.
COUNTY_OWNED_NAMES = {
    "department": "部门与事项目录",
    "matter": "事项目录",
    "holiday_year": "节假日日历",
    "staff": "人员账号",
    "service_line": "业务类别设置",
}

# How a hall-owned county table is tied to its hall, for row-level security (SQL predicate
# evaluated as the hall's login role; county.current_hall_id()/code() are set up by init).
_OWN_CASE = (
    "case_id IN (SELECT id FROM service_case WHERE hall_id = (SELECT county.current_hall_id()))"
)
HALL_PREDICATES: dict[str, str] = {
    "hall": "code = (SELECT county.current_hall_code())",
    "service_window": "hall_id = (SELECT county.current_hall_id())",
    "service_line": "hall_id = (SELECT county.current_hall_id())",
    "staff": "hall_id = (SELECT county.current_hall_id())",
    "ticket": "hall_id = (SELECT county.current_hall_id())",
    "appointment": "hall_id = (SELECT county.current_hall_id())",
    "window_line": "window_id IN (SELECT id FROM service_window"
    " WHERE hall_id = (SELECT county.current_hall_id()))",
    "ticket_counter": "line_id IN (SELECT id FROM service_line"
    " WHERE hall_id = (SELECT county.current_hall_id()))",
    "ticket_route": "ticket_id IN (SELECT id FROM ticket WHERE hall_id = (SELECT county.current_hall_id()))",
    "ticket_event": "ticket_id IN (SELECT id FROM ticket WHERE hall_id = (SELECT county.current_hall_id()))",
    "service_case": "hall_id = (SELECT county.current_hall_id())",
    "inquiry": "hall_id = (SELECT county.current_hall_id())",
    "complaint": "hall_id = (SELECT county.current_hall_id())",
    "case_event": _OWN_CASE,
    "case_pause": _OWN_CASE,
    "case_notice": _OWN_CASE,
    "case_breach": _OWN_CASE,
    "case_document": _OWN_CASE,
    "case_rating": _OWN_CASE,
    "rating_follow_up": _OWN_CASE,
    "warning_ack": _OWN_CASE,
    "follow_up_rating": "follow_up_id IN (SELECT f.id FROM rating_follow_up f JOIN service_case c"
    " ON c.id = f.case_id WHERE c.hall_id = (SELECT county.current_hall_id()))",
    "audit_entry": "chain = (SELECT county.current_hall_code())",
}

# Unique constraints of a hall that do not hold across halls: dropped in the county (by
# column list). A case's query number is ten random digits, unique within its hall only;
# two halls drawing the same one must not stop either hall's sync.
HALL_ONLY_UNIQUES: dict[str, tuple[str, ...]] = {
    "service_case": ("query_no",),
}

# County-global tables every hall may read (and only the county admin writes).
COUNTY_READ_TABLES = ("department", "matter", "matter_material", "legal_basis", "process_step",
                      "holiday_entry", "alembic_version")  # fmt: skip


def table_for(entity: str) -> str | None:
    """The county table of an outbox entity, or None when the county keeps it itself."""
    if entity in COUNTY_GLOBAL_ENTITIES:
        return None
    return ENTITY_TABLES.get(entity)
