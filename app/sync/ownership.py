"""What the county owns, as seen from a use case: a hall that has pulled from a county refuses
local edits of county-owned data, and the county numbers its catalog versions apart."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.errors import PermissionDenied
from app.sync.entities import COUNTY_OWNED_NAMES
from db.models import SyncState

# Matter versions made at the county start here; a hall numbers its own from 1, so a version
# made at the county never takes a number a hall has used (matter: unique impl_code+version).
COUNTY_VERSION_BASE = 1_000_000


class CountyOwned(PermissionDenied):
    """A hall tried to edit data the county manages."""


def refuse_if_county_owned(session: Session, entity: str) -> None:
    """Raise when this hall store takes ``entity`` from a county (it has pulled once)."""
    if session.get(SyncState, "pull") is None:
        return
    what = COUNTY_OWNED_NAMES.get(entity, entity)
    raise CountyOwned(
        f"{what}由县级统一维护，本大厅不能修改。请在县级数据库修改（yichuang … --db <县级库>），"
        "下次同步时自动下发到本大厅。"
    )


def is_county(session: Session) -> bool:
    if session.bind is None or session.bind.dialect.name != "postgresql":
        return False
    return session.execute(text("SELECT to_regclass('county.meta')")).scalar() is not None


def matter_version_floor(session: Session) -> int:
    """The lowest version number a new matter version may take in this store."""
    return COUNTY_VERSION_BASE + 1 if is_county(session) else 1
