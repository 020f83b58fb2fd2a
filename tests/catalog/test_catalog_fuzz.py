"""A fuzzed catalog file, JSON or workbook: whatever a field holds, the import either succeeds
or refuses with a Chinese message (InvalidInput) and writes nothing; never another exception."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from app.catalog_io import import_catalog, read_catalog_file, write_catalog_file
from app.errors import InvalidInput
from app.journal import Actor
from db import migrate
from db.engine import Store
from tests.support.store_dump import dump

ROOT = Path(__file__).resolve().parents[2]
ADMIN = Actor(name="test:admin", roles=frozenset({"admin"}))
FULL = json.loads((ROOT / "resources/demo/catalog.json").read_text(encoding="utf-8"))
SMALL = {**FULL, "departments": FULL["departments"][:2],
         "matters": [m for m in FULL["matters"] if m["department"] in ("scjgj", "zrzyj")][:3]}  # fmt: skip


def _leaves(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [path] if path else []
    if isinstance(node, dict):
        for k, v in node.items():
            out += _leaves(v, (*path, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += _leaves(v, (*path, i))
    return out


PATHS = _leaves(SMALL)
values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(10**40), max_value=10**40)
    | st.floats(allow_nan=False) | st.text(max_size=300),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=8,
)  # fmt: skip


def _mutated(changes: list[tuple[int, Any]]) -> dict[str, Any]:
    data = copy.deepcopy(SMALL)
    for index, value in changes:
        *parents, last = PATHS[index % len(PATHS)]
        node: Any = data
        try:
            for p in parents:
                node = node[p]
            node[last] = value
        except (KeyError, IndexError, TypeError):
            pass  # an earlier change replaced the parent
    return data


def _store(tmp_path: Path) -> Store:
    store = Store(f"sqlite:///{tmp_path / 'fuzz.db'}")
    migrate.upgrade(store.engine)
    import_catalog(store, ADMIN, copy.deepcopy(SMALL))
    return store


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(changes=st.lists(st.tuples(st.integers(0, 10_000), values), min_size=1, max_size=4))
def test_fuzzed_json_is_imported_or_refused_in_chinese(tmp_path: Path, changes: list[Any]) -> None:
    path = tmp_path / "fuzz.json"
    path.write_text(json.dumps(_mutated(changes), ensure_ascii=False), encoding="utf-8")
    store = _store(tmp_path) if not (tmp_path / "fuzz.db").exists() else Store(
        f"sqlite:///{tmp_path / 'fuzz.db'}")  # fmt: skip
    before = dump(tmp_path / "fuzz.db")
    try:
        import_catalog(store, ADMIN, read_catalog_file(path))
    except InvalidInput as exc:
        assert "fuzz.json" in exc.message
        assert dump(tmp_path / "fuzz.db") == before
    finally:
        store.dispose()


cells = st.none() | st.integers(-(10**20), 10**20) | st.floats(allow_nan=False, allow_infinity=False) | st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=200) | st.datetimes(
    min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2100, 1, 1))  # fmt: skip


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(edits=st.lists(st.tuples(st.sampled_from(["部门", "事项", "材料", "依据", "环节"]),
                                st.integers(1, 40), st.integers(1, 6), cells),
                      min_size=1, max_size=4))  # fmt: skip
def test_fuzzed_workbook_is_imported_or_refused_in_chinese(
    tmp_path: Path, edits: list[Any]
) -> None:
    clean = tmp_path / "clean.xlsx"
    if not clean.exists():
        write_catalog_file(copy.deepcopy(SMALL), clean)
    wb = load_workbook(clean)
    for sheet, col, row, value in edits:
        ws = wb[sheet]
        ws.cell(row=row, column=min(col, ws.max_column), value=value)
    path = tmp_path / "fuzz.xlsx"
    wb.save(path)
    store = _store(tmp_path) if not (tmp_path / "fuzz.db").exists() else Store(
        f"sqlite:///{tmp_path / 'fuzz.db'}")  # fmt: skip
    before = dump(tmp_path / "fuzz.db")
    try:
        import_catalog(store, ADMIN, read_catalog_file(path))
    except InvalidInput as exc:
        assert "fuzz.xlsx" in exc.message
        assert dump(tmp_path / "fuzz.db") == before
    finally:
        store.dispose()


def test_a_date_cell_with_an_impossible_serial_is_named(tmp_path: Path) -> None:
    # Found by the fuzzer: a date-formatted cell with a serial before year 1 made openpyxl warn or fail.
    clean = tmp_path / "clean.xlsx"
    write_catalog_file(copy.deepcopy(SMALL), clean)
    wb = load_workbook(clean)
    ws = wb["依据"]
    col = next(c.column for c in ws[1] if "日期" in str(c.value))
    ws.cell(row=2, column=col, value=-700000).number_format = "yyyy-mm-dd"  # before year 1
    path = tmp_path / "bad-date.xlsx"
    wb.save(path)
    store = _store(tmp_path)
    before = dump(tmp_path / "fuzz.db")
    try:
        with pytest.raises(InvalidInput, match="bad-date.xlsx.*日期超出范围"):
            import_catalog(store, ADMIN, read_catalog_file(path))
        assert dump(tmp_path / "fuzz.db") == before
    finally:
        store.dispose()
