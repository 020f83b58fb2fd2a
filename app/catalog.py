"""The public catalog of matters: search as you type and the full service guide.

Search runs over an in-memory index of the current matter versions (name, codes, keywords and
precomputed pinyin). A county catalog holds a few thousand matters, so a linear scan of short
strings answers in milliseconds (bench/README.md) and needs no full-text engine that would
differ between SQLite and PostgreSQL.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from app.calendar.due import limit_text
from app.errors import NotFound
from db.engine import Store
from db.models import Department, Matter

MATTER_TYPES = {
    "00": "行政权力事项", "01": "行政许可", "02": "行政处罚", "03": "行政强制",
    "04": "行政征收", "05": "行政给付", "06": "行政检查", "07": "行政确认",
    "08": "行政奖励", "09": "行政裁决", "10": "其他行政权力", "20": "公共服务",
}  # fmt: skip
STAMP_CHECK_SECONDS = 2.0
CASE_TYPES = {1: "即办件", 2: "承诺件", 9: "其他"}
RANKS = ["宪法", "法律", "行政法规", "地方性法规", "部门规章", "地方政府规章", "规范性文件"]
# 部门规章 and 地方政府规章 have equal effect (立法法), so they share a tier.
RANK_TIER = {"宪法": 1, "法律": 2, "行政法规": 3, "地方性法规": 4, "部门规章": 5,
             "地方政府规章": 5, "规范性文件": 6}  # fmt: skip
NECESSITY = {"required": "必要", "optional": "非必要", "deferrable": "容缺后补"}
MEDIUM = {"paper": "纸质", "electronic": "电子", "both": "纸质或电子"}
UNIT = {"W": "个工作日", "N": "个自然日"}


@dataclass(frozen=True)
class MatterSummary:
    impl_code: str
    name: str
    department: str
    department_code: str
    matter_type: str
    matter_type_name: str
    case_type: str
    promise_days: int
    legal_days: int
    match: str  # how it matched: 名称/前缀/包含/编码/拼音/首字母/关键词
    promise_unit: str = "W"  # W 工作日, N 自然日 (app.calendar.due.UNIT_NAMES)
    legal_unit: str = "W"

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class _Entry:
    impl_code: str
    impl_lower: str
    basic_code: str
    name: str
    short_name: str
    name_py: str
    name_ini: str
    extra_py: str
    extra_ini: str
    keywords: str
    result_name: str
    dept_name: str
    dept_code: str
    matter_type: str
    case_type: int
    promise_days: int
    legal_days: int
    confidential: bool
    promise_unit: str
    legal_unit: str
    # Every searchable field joined by NUL: a query can match only where it is a substring
    # of this, so one C-level `in` rejects most entries before any ranking work.
    haystack: str = ""


def _haystack(*fields: str) -> str:
    return "\x00".join(fields)


class CatalogIndex:
    """Current matter versions, rebuilt when the catalog changes (count + last update).

    ``public=True`` is the index for screens the public sees (lookup touchscreen, hall): a
    confidential (涉密) matter is never found there, whatever the query."""

    def __init__(self, store: Store, *, public: bool = False) -> None:
        self._store = store
        self.public = public
        self._stamp: tuple[Any, ...] | None = None
        self._entries: list[_Entry] = []
        self._lock = threading.Lock()
        self._checked = 0.0

    def invalidate(self) -> None:
        """Forget the cached entries, e.g. right after this process imported a catalog."""
        with self._lock:
            self._stamp = None

    def _refresh(self) -> list[_Entry]:
        # Typing fires a search per pause; asking the store for its catalog stamp once every
        # couple of seconds is plenty for a catalog that changes a few times a year.
        now = time.monotonic()
        with self._lock:
            if self._stamp is not None and now - self._checked < STAMP_CHECK_SECONDS:
                return self._entries
            self._checked = now
        with self._store.read() as s:
            stamp = tuple(
                s.execute(
                    select(func.count(Matter.id), func.max(Matter.updated_at)).where(
                        Matter.is_current
                    )
                ).one()
            )
            with self._lock:
                if stamp == self._stamp:
                    return self._entries
            rows = s.execute(
                select(Matter, Department.name, Department.code)
                .join(Department, Matter.department_id == Department.id)
                .where(Matter.is_current)
                .order_by(Matter.impl_code)
            ).all()
            entries = [
                _Entry(
                    impl_code=m.impl_code,
                    impl_lower=m.impl_code.lower(),
                    basic_code=m.basic_code.lower(),
                    name=m.name,
                    short_name=m.short_name,
                    name_py=m.search_pinyin.partition("|")[0],
                    name_ini=m.search_initials.partition("|")[0],
                    extra_py=m.search_pinyin.partition("|")[2],
                    extra_ini=m.search_initials.partition("|")[2],
                    keywords=" ".join(m.keywords or []),
                    result_name=m.result_name,
                    dept_name=dname,
                    dept_code=dcode,
                    matter_type=m.matter_type,
                    case_type=m.case_type,
                    promise_days=m.promise_limit_value,
                    legal_days=m.legal_limit_value,
                    confidential=m.confidential,
                    promise_unit=m.promise_limit_unit,
                    legal_unit=m.legal_limit_unit,
                    haystack=_haystack(
                        m.name, m.short_name, m.impl_code.lower(), m.basic_code.lower(),
                        " ".join(m.keywords or []), m.result_name, dname,
                        m.search_pinyin, m.search_initials,
                    ),  # fmt: skip
                )
                for m, dname, dcode in rows
            ]
        with self._lock:
            self._stamp, self._entries = stamp, entries
        return entries

    def search(
        self,
        query: str,
        *,
        limit: int = 50,
        department: str | None = None,
        matter_type: str | None = None,
    ) -> list[MatterSummary]:
        entries = self._refresh()
        q = query.strip()
        ql = q.lower().replace(" ", "")
        ascii_word = ql.isascii() and ql.isalnum()
        hits: list[tuple[int, int, str, _Entry, str]] = []
        for e in entries:
            if self.public and e.confidential:
                continue
            if department and department not in (e.dept_code, e.dept_name):
                continue
            if matter_type and e.matter_type != matter_type:
                continue
            if not q:
                hits.append((10, 0, e.name, e, ""))
                continue
            if q not in e.haystack and ql not in e.haystack:
                continue
            found = _rank(e, q, ql, ascii_word)
            if found is not None:
                hits.append((found[0], len(e.name), e.name, e, found[1]))
        hits.sort(key=lambda h: (h[0], h[1], h[2]))
        return [_summary(e, how) for *_, e, how in hits[: max(1, limit)]]


def _rank(e: _Entry, q: str, ql: str, ascii_word: bool) -> tuple[int, str] | None:
    if e.name == q or e.short_name == q:
        return 0, "名称"
    if ql == e.impl_lower or ql == e.basic_code:
        return 0, "编码"
    if e.name.startswith(q) or e.short_name.startswith(q):
        return 1, "前缀"
    if q in e.name:
        return 2, "包含"
    if len(ql) >= 4 and (ql in e.impl_lower or ql in e.basic_code):
        return 3, "编码"
    name_py, name_ini, extra_py, extra_ini = e.name_py, e.name_ini, e.extra_py, e.extra_ini
    if ascii_word:
        if name_py.startswith(ql):
            return 3, "拼音"
        if name_ini.startswith(ql):
            return 4, "首字母"
        if len(ql) >= 2 and ql in name_py:
            return 5, "拼音"
        if len(ql) >= 2 and ql in name_ini:
            return 6, "首字母"
    if q in e.keywords or q in e.result_name:
        return 7, "关键词"
    if ascii_word and len(ql) >= 2 and (ql in extra_py or ql in extra_ini):
        return 8, "关键词拼音"
    if q in e.dept_name:
        return 9, "部门"
    return None


def _summary(e: _Entry, how: str) -> MatterSummary:
    return MatterSummary(
        impl_code=e.impl_code,
        name=e.name,
        department=e.dept_name,
        department_code=e.dept_code,
        matter_type=e.matter_type,
        matter_type_name=MATTER_TYPES.get(e.matter_type, e.matter_type),
        case_type=CASE_TYPES.get(e.case_type, str(e.case_type)),
        promise_days=e.promise_days,
        legal_days=e.legal_days,
        promise_unit=e.promise_unit,
        legal_unit=e.legal_unit,
        match=how,
    )


def legal_basis_sort_key(b: Any) -> tuple[Any, ...]:
    """立法法 order: rank tier, then issuer level (province above city), newer first."""
    eff = b.effective_date.toordinal() if b.effective_date else 0
    return (RANK_TIER.get(b.rank, 9), b.issuer_level, -eff, b.doc_no)


def get_guide(store: Store, impl_code: str, *, public: bool = False) -> dict[str, Any]:
    """The 办事指南 of the current version of a matter, as plain data. ``public=True`` (a
    screen the public sees) treats a confidential matter as absent."""
    with store.read() as s:
        m = s.scalar(
            select(Matter)
            .where(Matter.impl_code == impl_code, Matter.is_current)
            .options(
                selectinload(Matter.materials),
                selectinload(Matter.legal_bases),
                selectinload(Matter.steps),
                selectinload(Matter.department),
            )
        )
        if m is None or (public and m.confidential):
            raise NotFound(f"未找到实施编码为 {impl_code} 的事项")
        return {
            "impl_code": m.impl_code,
            "basic_code": m.basic_code,
            "version": m.version,
            "name": m.name,
            "department": m.department.name,
            "department_uscc": m.department.uscc,
            "matter_type": m.matter_type,
            "matter_type_name": MATTER_TYPES.get(m.matter_type, m.matter_type),
            "case_type": CASE_TYPES.get(m.case_type, ""),
            "legal_limit": _limit(m.legal_limit_value, m.legal_limit_unit, m.legal_limit_note),
            "promise_limit": _limit(
                m.promise_limit_value, m.promise_limit_unit, m.promise_limit_note, instant=True
            ),
            "legal_days": m.legal_limit_value,
            "promise_days": m.promise_limit_value,
            "legal_unit": m.legal_limit_unit,
            "promise_unit": m.promise_limit_unit,
            "conditions": m.conditions,
            "materials": [
                {
                    "seq": x.seq,
                    "name": x.name,
                    "originals": x.originals,
                    "copies": x.copies,
                    "medium": MEDIUM.get(x.medium, x.medium),
                    "necessity": NECESSITY.get(x.necessity, x.necessity),
                    "issuer": x.issuer,
                    "notes": x.notes,
                }
                for x in m.materials
            ],
            "legal_bases": [
                {
                    "role": b.role,
                    "rank": b.rank,
                    "title": b.title,
                    "doc_no": b.doc_no,
                    "article": b.article,
                    "effective_date": b.effective_date.isoformat() if b.effective_date else None,
                }
                for b in sorted(m.legal_bases, key=legal_basis_sort_key)
            ],
            "steps": [
                {"seq": st.seq, "name": st.name, "post": st.post, "limit_days": st.limit_days}
                for st in m.steps
            ],
            "fee": {"charged": m.fee_charged, "items": m.fee_items, "basis": m.fee_basis},
            "result_name": m.result_name,
            "place": m.place,
            "hours": m.hours,
            "consult_phone": m.consult_phone,
            "supervise_phone": m.supervise_phone,
            "visits_required": m.visits_required,
            "online": m.online,
            "appointment": m.appointment,
        }


def _limit(value: int, unit: str, note: str, *, instant: bool = False) -> str:
    text = "即办（当场办结）" if instant and value == 0 else limit_text(value, unit)
    return f"{text}；{note}" if note else text
