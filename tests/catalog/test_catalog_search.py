"""Catalog search as a clerk types it (demo county catalog), the ranking rules, the same
searches on PostgreSQL, and the legal bases of a service guide in 立法法 rank order."""

from __future__ import annotations

import copy
import random
from typing import Any

import pytest

from app.catalog import CatalogIndex, get_guide
from app.catalog_io import import_catalog
from app.demo import SYSTEM, demo_file
from db import migrate
from db.engine import Store

MARRIAGE = "11510822008123064J4070060010010"  # 内地居民结婚登记, 民政局 (mzj)


def names(hits: list[Any]) -> list[str]:
    return [h.name for h in hits]


@pytest.fixture
def index(demo_store: Store) -> CatalogIndex:
    return CatalogIndex(demo_store)


def test_yyzz_finds_the_business_licence_matters(index: CatalogIndex) -> None:
    found = names(index.search("yyzz"))
    assert {"有限责任公司设立登记", "个体工商户设立登记"} <= set(found)
    assert {"有限责任公司变更登记", "个体工商户变更登记"} <= set(found)
    assert "内地居民结婚登记" not in found


def test_exact_name_ranks_first_then_prefix_then_substring(index: CatalogIndex) -> None:
    hits = index.search("食品经营许可")  # exact short name of （新办）, prefix of the others
    assert hits[0].name == "食品经营许可（新办）" and hits[0].match == "名称"
    assert {h.match for h in hits[1:]} == {"前缀"}

    hits = index.search("居民身份证")
    assert [h.match for h in hits] == ["前缀", "前缀", "前缀", "包含"]
    assert hits[-1].name == "临时居民身份证申领"

    hits = index.search("户口")  # names first, then matters whose keywords say 户口
    assert names(hits) == [
        "户口迁移（县内迁移）",
        "户口迁入（投靠、购房落户）",
        "出生登记",
        "出生医学证明首次签发（非医疗机构内出生）",
    ]
    assert [h.match for h in hits] == ["前缀", "前缀", "关键词", "关键词"]


def test_full_pinyin_initials_and_codes(index: CatalogIndex) -> None:
    for query, how in [
        ("jiehundengji", "拼音"),
        ("JieHun DengJi", "拼音"),  # typed with capitals and a space
        ("jhdj", "首字母"),
        (MARRIAGE, "编码"),
        (MARRIAGE.lower(), "编码"),
        ("070060010010", "编码"),  # basic code
    ]:
        hits = index.search(query)
        assert (hits[0].name, hits[0].impl_code, hits[0].match) == (
            "内地居民结婚登记",
            MARRIAGE,
            how,
        ), query
    assert len(index.search(MARRIAGE)) == 1


def test_filters_limit_empty_query_and_no_match(index: CatalogIndex) -> None:
    everything = index.search("", limit=1000)
    assert len(everything) == 69
    assert names(everything) == sorted(names(everything))

    civil = index.search("", department="mzj", limit=1000)
    assert len(civil) == 8 and {h.department for h in civil} == {"青川县民政局"}
    assert names(index.search("", department="青川县民政局", limit=1000)) == names(civil)
    civil_registrations = index.search("登记", department="mzj")
    assert set(names(civil_registrations)) == {
        "内地居民结婚登记", "内地居民离婚登记", "补领婚姻登记证", "婚姻登记档案查询"}  # fmt: skip
    assert names(civil_registrations)[0] == "补领婚姻登记证"  # shorter names first

    licences = index.search("", matter_type="01", limit=1000)
    assert licences and {h.matter_type_name for h in licences} == {"行政许可"}
    assert "内地居民结婚登记" not in names(licences)
    assert [h.name for h in index.search("yyzz", matter_type="01", department="mzj")] == []

    assert len(index.search("登记", limit=3)) == 3
    assert len(index.search("")) == 50  # the default page
    assert index.search("火箭发射许可") == []
    assert index.search("qqqqzzzz") == []


def test_index_shows_a_matter_imported_after_it_was_built(demo_store: Store) -> None:
    index = CatalogIndex(demo_store)
    assert index.search("无人机") == []
    data = demo_file("catalog.json")
    extra = copy.deepcopy(data["matters"][0])
    extra.update(impl_code="11510822008123013A4010010099990", name="无人机飞行活动备案",
                 short_name="", keywords=[], basic_code="010010099990")  # fmt: skip
    import_catalog(demo_store, SYSTEM, {**data, "matters": [extra]})
    index.invalidate()  # what the catalog screens do after an import
    assert names(index.search("wrj")) == ["无人机飞行活动备案"]


@pytest.mark.pg
def test_search_on_postgresql(pg_url: str) -> None:
    store = Store(pg_url)
    migrate.upgrade(store.engine)
    counts = import_catalog(store, SYSTEM, demo_file("catalog.json"))
    assert counts["added"] == 69
    index = CatalogIndex(store)
    assert {"有限责任公司设立登记", "个体工商户设立登记"} <= set(names(index.search("yyzz")))
    assert index.search("jhdj")[0].impl_code == MARRIAGE
    assert names(index.search("结婚登记")) == ["内地居民结婚登记"]
    assert len(index.search("", department="mzj", limit=1000)) == 8
    assert index.search("火箭发射许可") == []
    store.dispose()


# ---- legal bases in a guide ----------------------------------------------------------------

# (rank, issuer_level, title, effective_date) in the order the guide must list them:
# 法律 < 行政法规 < 地方性法规 < 部门规章 = 地方政府规章 < 规范性文件; within one tier the
# province (2) before the city (3); within one level the newer first.
EXPECTED = [
    ("法律", 1, "中华人民共和国行政许可法", "2019-04-23"),
    ("法律", 1, "中华人民共和国食品安全法", "2015-10-01"),
    ("行政法规", 1, "中华人民共和国市场主体登记管理条例", "2022-03-01"),
    ("地方性法规", 2, "四川省食品小作坊、小经营店及摊贩管理条例", "2017-01-01"),
    ("地方性法规", 3, "广元市城市市容和环境卫生管理条例", "2019-01-01"),
    ("部门规章", 1, "食品经营许可和备案管理办法", "2023-12-01"),
    ("地方政府规章", 2, "四川省行政许可监督检查办法", "2015-01-01"),
    ("地方政府规章", 3, "广元市餐厨垃圾管理办法", "2016-01-01"),
    ("规范性文件", 2, "四川省市场监督管理局关于食品经营许可的实施意见", "2024-01-01"),
    ("规范性文件", 3, "青川县小餐饮登记管理实施细则", "2020-05-01"),
]


def _basis(rank: str, level: int, title: str, date: str) -> dict[str, Any]:
    return {"role": "设定", "rank": rank, "issuer_level": level, "title": title,
            "doc_no": "", "article": "第一条", "effective_date": date}  # fmt: skip


def test_guide_lists_legal_bases_in_rank_order_whatever_the_input_order(sqlite_url: str) -> None:
    store = Store(sqlite_url)
    migrate.upgrade(store.engine)
    data = demo_file("catalog.json")
    template = data["matters"][0]
    rng = random.Random(20260302)
    matters = []
    for n in range(3):
        shuffled = [_basis(*row) for row in EXPECTED][::-1]  # first matter: reversed
        if n:
            rng.shuffle(shuffled)
        matters.append({**template, "impl_code": f"11510822008123013A40100100900{n}0",
                        "name": f"依据排序测试{n}", "legal_bases": shuffled})  # fmt: skip
    import_catalog(store, SYSTEM, {**data, "matters": matters})

    for m in matters:
        guide = get_guide(store, m["impl_code"])
        got = [(b["rank"], b["title"], b["effective_date"]) for b in guide["legal_bases"]]
        assert got == [(r, t, d) for r, _, t, d in EXPECTED], m["impl_code"]
    store.dispose()
