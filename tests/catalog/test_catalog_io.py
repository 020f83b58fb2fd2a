"""Catalog import and export: idempotent re-import, versioning of a changed matter, JSON and
XLSX round trips, and bad files refused with a Chinese message and no change to the store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from app.catalog import CatalogIndex, get_guide
from app.catalog_io import export_catalog, import_catalog, read_catalog_file, write_catalog_file
from app.demo import SYSTEM, demo_file
from app.errors import InvalidInput, PermissionDenied
from app.journal import Actor
from db import migrate
from db.engine import Store
from db.models import AuditEntry, Matter

FOOD = "11510822008123013A4010010030010"  # 食品经营许可（新办）


def fresh_store(tmp_path: Path, name: str) -> Store:
    store = Store(f"sqlite:///{tmp_path / name}")
    migrate.upgrade(store.engine)
    return store


def audit_count(store: Store, entity: str | None = None) -> int:
    stmt = select(func.count()).select_from(AuditEntry)
    if entity:
        stmt = stmt.where(AuditEntry.entity == entity)
    with store.read() as s:
        return s.scalar(stmt) or 0


def test_importing_the_same_file_again_changes_nothing(demo_store: Store, tmp_path: Path) -> None:
    path = write_catalog_file(demo_file("catalog.json"), tmp_path / "catalog.json")
    before = audit_count(demo_store)
    for _ in range(2):
        counts = import_catalog(demo_store, SYSTEM, read_catalog_file(path))
        assert counts == {"departments": 0, "added": 0, "changed": 0, "unchanged": 69}
    assert audit_count(demo_store) == before


def test_changed_materials_make_version_2_and_keep_version_1(demo_store: Store) -> None:
    data = demo_file("catalog.json")
    food = next(m for m in data["matters"] if m["impl_code"] == FOOD)
    food["materials"].append({"name": "从业人员健康证明", "originals": 0, "copies": 1})
    matters_audited = audit_count(demo_store, "matter")

    counts = import_catalog(demo_store, SYSTEM, data)
    assert counts == {"departments": 0, "added": 0, "changed": 1, "unchanged": 68}
    assert audit_count(demo_store, "matter") == matters_audited + 1

    with demo_store.read() as s:
        versions = s.scalars(
            select(Matter).where(Matter.impl_code == FOOD).order_by(Matter.version)
        ).all()
        assert [(m.version, m.is_current) for m in versions] == [(1, False), (2, True)]
        assert versions[0].valid_to is not None and versions[1].valid_to is None

    guide = get_guide(demo_store, FOOD)
    assert guide["version"] == 2
    assert guide["materials"][-1]["name"] == "从业人员健康证明"
    hits = CatalogIndex(demo_store).search("食品经营许可（新办）")
    assert [(h.impl_code, h.match) for h in hits] == [(FOOD, "名称")]


def test_json_export_imports_into_a_fresh_store_unchanged(
    demo_store: Store, tmp_path: Path
) -> None:
    original = export_catalog(demo_store)
    path = write_catalog_file(original, tmp_path / "export.json")
    other = fresh_store(tmp_path, "other.db")
    counts = import_catalog(other, SYSTEM, read_catalog_file(path))
    assert counts == {"departments": 13, "added": 69, "changed": 0, "unchanged": 0}
    assert export_catalog(other) == original
    other.dispose()


def test_xlsx_export_imports_into_a_fresh_store_unchanged(
    demo_store: Store, tmp_path: Path
) -> None:
    original = export_catalog(demo_store)
    path = write_catalog_file(original, tmp_path / "目录.xlsx")
    assert load_workbook(path).sheetnames == ["部门", "事项", "材料", "依据", "环节"]
    other = fresh_store(tmp_path, "other.db")
    counts = import_catalog(other, SYSTEM, read_catalog_file(path))
    assert counts["added"] == 69
    assert export_catalog(other) == original
    assert import_catalog(other, SYSTEM, read_catalog_file(path))["unchanged"] == 69
    other.dispose()


# ---- bad input -----------------------------------------------------------------------------


def _bad_uscc(d: dict[str, Any]) -> None:
    d["departments"][0]["uscc"] = "11510822008123013B"  # wrong check character


def _promise_over_legal(d: dict[str, Any]) -> None:
    d["matters"][5]["legal_limit"]["value"] = 3
    d["matters"][5]["promise_limit"]["value"] = 5


def _unknown_department(d: dict[str, Any]) -> None:
    d["matters"][5]["department"] = "xyzj"


def _duplicate_impl_code(d: dict[str, Any]) -> None:
    d["matters"][5]["impl_code"] = d["matters"][4]["impl_code"]


def _limit_not_a_number(d: dict[str, Any]) -> None:
    d["matters"][5]["legal_limit"]["value"] = "二十"


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (_bad_uscc, r"目录文件：第1个部门（scjgj）“统一社会信用代码”：.*校验"),
        (_promise_over_legal, r"第6个事项（\w+）“承诺时限”：承诺时限（5）不能超过法定时限（3）"),
        (_unknown_department, r"第6个事项（\w+）“部门编码”：部门“xyzj”不在部门清单中"),
        (_duplicate_impl_code, r"第6个事项（\w+）“实施编码”：实施编码 \w+ 与第5个事项重复"),
        (_limit_not_a_number, r"第6个事项（\w+）“法定时限”：应为整数"),
    ],
    ids=["bad-uscc", "promise-over-legal", "unknown-department", "duplicate-code", "not-int"],
)
def test_bad_catalog_is_refused_and_nothing_is_imported(
    demo_store: Store, spoil: Any, message: str
) -> None:
    before, audited = export_catalog(demo_store), audit_count(demo_store)
    data = demo_file("catalog.json")
    # A valid change elsewhere in the same file must not slip in either.
    data["matters"][0]["materials"].append({"name": "补充材料", "originals": 1})
    spoil(data)
    with pytest.raises(InvalidInput, match=message):
        import_catalog(demo_store, SYSTEM, data)
    assert export_catalog(demo_store) == before
    assert audit_count(demo_store) == audited


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("xlsx") / "catalog.xlsx"
    return write_catalog_file(demo_file("catalog.json"), path)


def _spoilt_copy(workbook: Path, tmp_path: Path, change: Any) -> Path:
    wb = load_workbook(workbook)
    change(wb)
    out = tmp_path / "spoilt.xlsx"
    wb.save(out)
    return out


def _cell(wb: Any, sheet: str, label: str, row: int, value: Any) -> None:
    ws = wb[sheet]
    col = [c.value for c in ws[1]].index(label) + 1
    ws.cell(row=row, column=col, value=value)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda wb: wb.remove(wb["材料"]), r"spoilt\.xlsx 缺少工作表“材料”"),
        (lambda wb: _cell(wb, "事项", "事项名称", 1, "名称"), r"工作表“事项”缺少列“事项名称”"),
        (
            lambda wb: _cell(wb, "事项", "承诺时限", 4, "三天"),
            r"spoilt\.xlsx：工作表“事项”第4行“承诺时限”：应为整数",
        ),
        (
            lambda wb: _cell(wb, "材料", "原件份数", 7, "一份"),
            r"spoilt\.xlsx：工作表“材料”第7行“原件份数”：应为整数",
        ),
        (
            lambda wb: _cell(wb, "依据", "实施编码", 3, "99999999"),
            r"spoilt\.xlsx：工作表“依据”第3行“实施编码”：99999999 在“事项”表中不存在",
        ),
    ],
    ids=["missing-sheet", "missing-column", "text-in-limit", "text-in-count", "orphan-basis"],
)
def test_bad_workbook_is_refused_with_sheet_and_row(
    demo_store: Store, workbook: Path, tmp_path: Path, change: Any, message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        import_catalog(
            demo_store, SYSTEM, read_catalog_file(_spoilt_copy(workbook, tmp_path, change))
        )


def test_unreadable_files_are_refused(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "b.json").write_text('{"matters": []}', encoding="utf-8")
    (tmp_path / "c.csv").write_text("x", encoding="utf-8")
    with pytest.raises(InvalidInput, match="a.json 不是有效的 JSON 文件"):
        read_catalog_file(tmp_path / "a.json")
    with pytest.raises(InvalidInput, match="b.json 不是一窗事项目录文件"):
        read_catalog_file(tmp_path / "b.json")
    with pytest.raises(InvalidInput, match="不支持的文件类型“.csv”"):
        read_catalog_file(tmp_path / "c.csv")
    with pytest.raises(InvalidInput, match="找不到文件"):
        read_catalog_file(tmp_path / "missing.xlsx")


def test_clerk_may_not_import(demo_store: Store) -> None:
    clerk = Actor(name="0101", roles=frozenset({"clerk"}))
    with pytest.raises(PermissionDenied, match="无权导入或修改事项目录"):
        import_catalog(demo_store, clerk, demo_file("catalog.json"))


def test_legal_bases_read_back_in_another_order_are_not_a_change(demo_store: Store) -> None:
    # PostgreSQL hands a matter's legal bases back in whatever order it finds them; the same
    # catalog must still import as unchanged (it once made a new version of a matter).
    data = demo_file("catalog.json")
    for m in data["matters"]:
        m["legal_bases"].reverse()
    counts = import_catalog(demo_store, SYSTEM, data)
    assert counts == {"departments": 0, "added": 0, "changed": 0, "unchanged": 69}
