"""The shipped demo data must load cleanly: a broken demo hall is the first thing a trainer sees."""

from __future__ import annotations

import json
from collections import Counter
from importlib.resources import files
from typing import Any

import pytest

from app.identity import parse_uscc

# 立法法 precedence; 部门规章 and 地方政府规章 have equal effect, 规范性文件 rank below 规章.
RANK_TIER = {
    "宪法": 0,
    "法律": 1,
    "行政法规": 2,
    "地方性法规": 3,
    "部门规章": 4,
    "地方政府规章": 4,
    "规范性文件": 5,
}
VALID_ROLES = {"clerk", "supervisor", "admin"}


def _load(name: str) -> dict[str, Any]:
    text = files("resources").joinpath("demo", name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@pytest.fixture(scope="module")
def catalog() -> dict[str, Any]:
    return _load("catalog.json")


@pytest.fixture(scope="module")
def hall() -> dict[str, Any]:
    return _load("hall.json")


def test_catalog_header_and_size(catalog: dict[str, Any]) -> None:
    assert catalog["format"] == "yichuang-catalog"
    assert catalog["version"] == 1
    assert len(catalog["matters"]) >= 60
    assert len(catalog["departments"]) >= 10


def test_department_codes_unique_and_uscc_valid(catalog: dict[str, Any]) -> None:
    codes = [d["code"] for d in catalog["departments"]]
    assert len(codes) == len(set(codes))
    region = _load("hall.json")["hall"]["region_code"]
    for dept in catalog["departments"]:
        assert parse_uscc(dept["uscc"]) == dept["uscc"], dept["name"]
        assert dept["uscc"][2:8] == region, f"{dept['name']} 不在本县行政区划内"


def test_impl_codes_unique_and_built_from_department(catalog: dict[str, Any]) -> None:
    usccs = {d["code"]: d["uscc"] for d in catalog["departments"]}
    impl = [m["impl_code"] for m in catalog["matters"]]
    duplicates = [code for code, n in Counter(impl).items() if n > 1]
    assert not duplicates
    for m in catalog["matters"]:
        assert m["department"] in usccs, f"{m['name']} 的实施部门不存在"
        assert len(m["impl_code"]) <= 50
        assert m["impl_code"] == usccs[m["department"]] + "4" + m["basic_code"], m["name"]


def test_time_limits_consistent(catalog: dict[str, Any]) -> None:
    for m in catalog["matters"]:
        legal, promise = m["legal_limit"], m["promise_limit"]
        assert legal["unit"] in {"W", "N"} and promise["unit"] == legal["unit"], m["name"]
        assert 0 <= promise["value"] <= legal["value"], m["name"]
        assert m["case_type"] in {1, 2}
        if m["case_type"] == 1:
            assert promise["value"] == 0, f"即办件 {m['name']} 承诺时限应为0"
        step_days = sum(s["limit_days"] or 0 for s in m["steps"])
        assert step_days <= max(promise["value"], 0) or m["case_type"] == 1, m["name"]


def test_every_matter_has_materials_and_bases(catalog: dict[str, Any]) -> None:
    for m in catalog["matters"]:
        assert m["materials"], f"{m['name']} 没有申请材料"
        assert m["legal_bases"], f"{m['name']} 没有法律依据"
        for mat in m["materials"]:
            assert mat["medium"] in {"paper", "electronic", "both"}
            assert mat["necessity"] in {"required", "optional", "deferrable"}
            assert mat["originals"] >= 0 and mat["copies"] >= 0


def test_legal_bases_listed_in_rank_order(catalog: dict[str, Any]) -> None:
    for m in catalog["matters"]:
        keys = [(RANK_TIER[b["rank"]], b["issuer_level"]) for b in m["legal_bases"]]
        assert keys == sorted(keys), f"{m['name']} 的依据未按效力层级排列"
        for b in m["legal_bases"]:
            assert b["role"] in {"设定", "实施", "收费"}
            assert "《" not in b["title"]


def test_charged_matters_state_amount_and_basis(catalog: dict[str, Any]) -> None:
    charged = [m for m in catalog["matters"] if m["fee"]["charged"]]
    assert charged, "演示数据应包含收费事项"
    for m in charged:
        assert m["fee"]["items"] and m["fee"]["basis"], m["name"]
    free = [m for m in catalog["matters"] if not m["fee"]["charged"]]
    assert len(free) > len(charged)


def test_service_lines_and_windows_reference_existing_things(
    catalog: dict[str, Any], hall: dict[str, Any]
) -> None:
    depts = {d["code"] for d in catalog["departments"]}
    lines = hall["service_lines"]
    line_codes = [s["code"] for s in lines]
    assert len(line_codes) == len(set(line_codes))
    prefixes = [s["prefix"] for s in lines]
    assert len(prefixes) == len(set(prefixes))
    for line in lines:
        assert set(line["departments"]) <= depts, line["name"]
        assert 100 <= line["daily_cap"] <= 300
        assert line["avg_service_minutes"] > 0
    covered = {d for line in lines for d in line["departments"]}
    assert covered == depts, f"没有业务类别覆盖: {depts - covered}"

    numbers = [w["no"] for w in hall["windows"]]
    assert sorted(numbers) == list(range(1, len(numbers) + 1))
    served: set[str] = set()
    for w in hall["windows"]:
        assert w["lines"] and set(w["lines"]) <= set(line_codes), w["name"]
        served |= set(w["lines"])
    assert served == set(line_codes), "每个业务类别至少应有一个窗口"


def test_staff_accounts(catalog: dict[str, Any], hall: dict[str, Any]) -> None:
    depts = {d["code"] for d in catalog["departments"]}
    window_nos = {w["no"] for w in hall["windows"]}
    staff = hall["staff"]
    work_nos = [s["work_no"] for s in staff]
    assert len(work_nos) == len(set(work_nos))
    roles = Counter(r for s in staff for r in s["roles"])
    assert roles["admin"] >= 1 and roles["supervisor"] >= 1
    for s in staff:
        assert s["roles"] and set(s["roles"]) <= VALID_ROLES, s["work_no"]
        assert s["department"] is None or s["department"] in depts
        assert s["window"] is None or s["window"] in window_nos
        assert s["password"]
    staffed = {s["window"] for s in staff if s["window"] is not None}
    assert staffed == window_nos, "每个窗口都应有一名演示窗口人员"


def test_readme_lists_every_account(hall: dict[str, Any]) -> None:
    readme = files("resources").joinpath("demo", "README.md").read_text(encoding="utf-8")
    for s in hall["staff"]:
        assert s["work_no"] in readme and s["password"] in readme, s["work_no"]
