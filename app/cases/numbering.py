"""Case numbers, unique across the county even while the hall is offline: the hall code is in
every number (the pattern is a setting and must contain {hall} and {seq}); the sequence is
allocated atomically per (hall, period) with one upsert, like ticket numbers. Query numbers
and passwords for the public progress lookup."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
import string

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.errors import InvalidInput
from db.models import CaseCounter

_FIELDS = {"hall", "region", "year", "date", "seq"}


def check_pattern(pattern: str) -> None:
    names = {name for _, name, _, _ in string.Formatter().parse(pattern) if name is not None}
    unknown = names - _FIELDS
    if unknown or "hall" not in names or "seq" not in names:
        raise InvalidInput(
            f"设置项 case_no_pattern（办件编号格式）“{pattern}”无效："
            "必须包含 {hall} 和 {seq}，只能使用 {hall} {region} {year} {date} {seq}"
        )
    try:
        format_case_no(pattern, "H", "000000", dt.date(2026, 1, 1), 1)
    except (ValueError, KeyError, IndexError) as exc:
        raise InvalidInput(f"设置项 case_no_pattern（办件编号格式）“{pattern}”无效：{exc}") from None


def period_key(pattern: str, day: dt.date) -> str:
    if "{date" in pattern:
        return day.isoformat()
    if "{year" in pattern:
        return str(day.year)
    return "all"


def format_case_no(pattern: str, hall: str, region: str, day: dt.date, seq: int) -> str:
    return pattern.format(hall=hall, region=region, year=day.year, date=day, seq=seq)


def next_case_seq(session: Session, scope: str) -> int:
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    stmt = (
        insert(CaseCounter)
        .values(scope=scope, last_seq=1)
        .on_conflict_do_update(
            index_elements=[CaseCounter.scope], set_={"last_seq": CaseCounter.last_seq + 1}
        )
        .returning(CaseCounter.last_seq)
    )
    return int(session.execute(stmt).scalar_one())


def new_query_no() -> str:
    return "".join(secrets.choice(string.digits) for _ in range(10))


def new_password() -> str:
    return "".join(secrets.choice(string.digits) for _ in range(6))


def hash_password(query_no: str, password: str) -> str:
    salt = secrets.token_hex(8)
    return salt + "$" + _digest(salt, query_no, password)


def check_password(stored: str, query_no: str, password: str) -> bool:
    if "$" not in stored:
        return False
    salt, digest = stored.split("$", 1)
    return hmac.compare_digest(digest, _digest(salt, query_no, password.strip()))


def _digest(salt: str, query_no: str, password: str) -> str:
    data = f"{salt}:{query_no}:{password}".encode()
    return hashlib.sha256(data).hexdigest()


def doc_no(case_no: str, kind: str, n: int = 1) -> str:
    """Document numbers derive from the case number: unique wherever the case is."""
    suffix = {"receipt": "SL", "notice": "GZ", "refusal": "BY", "pause_notice": "TB",
              "extension_notice": "YQ", "result": "JG", "result_slip": "JG"}[kind]  # fmt: skip
    return f"{case_no}-{suffix}{n if kind in ('notice', 'pause_notice', 'extension_notice') else ''}"
