"""办结公示: which concluded cases the public screen lists, masked, for how long, and never a
confidential matter."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import update

from app.cases.service import CaseService
from app.errors import InvalidInput
from app.lookup.disclosure import PAGE_SIZE, concluded_page
from app.lookup.service import LookupService
from app.settings import Settings
from db.models import Matter
from tests.lookup.conftest import SEALED, SHOP, SOCIAL_CARD, accepted, company, person
from tests.queue.conftest import Clock


def test_concluded_cases_are_listed_masked_and_confidential_never(
        cases: CaseService, make_lookup: Callable[..., LookupService]) -> None:  # fmt: skip
    accepted(cases, SHOP, person("欧阳娜娜"))
    accepted(cases, SHOP, company("青川县宏达食品有限公司"))
    accepted(cases, SOCIAL_CARD, person("李四"))
    accepted(cases, SEALED, person("王五"))  # 涉密: concluded, yet never shown
    got = make_lookup().disclosed()
    shown = {(r.matter_name, r.applicant, r.result) for r in got.rows}
    assert shown == {("个体工商户设立登记", "欧**娜", "即办"), ("个体工商户设立登记", "某某有限公司", "即办"),
                     ("社会保障卡申领", "李*", "即办")}  # fmt: skip
    assert got.total == 3 and got.pages == 1
    assert all(r.concluded_on == dt.date(2026, 9, 21) == r.accepted_on for r in got.rows)
    text = str(got.as_dict())
    assert "不动产查封登记" not in text and "王" not in text and "宏达" not in text


def test_a_matter_marked_confidential_later_disappears_from_the_list(
        cases: CaseService, make_lookup: Callable[..., LookupService], seeded) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    accepted(cases, SOCIAL_CARD)
    look = make_lookup()
    assert look.disclosed().total == 1
    with seeded.write() as s:  # the catalog's current version is marked 涉密 afterwards
        s.execute(update(Matter).where(Matter.impl_code == SOCIAL_CARD).values(confidential=True))
    assert look.disclosed().total == 0


def test_disclosure_window_and_types_follow_the_setting(
        cases: CaseService, make_lookup: Callable[..., LookupService], clock: Clock) -> None:  # fmt: skip
    accepted(cases, SHOP)  # 行政许可, concluded Monday 21 Sept
    accepted(cases, SOCIAL_CARD)  # 公共服务
    look = make_lookup(disclosure_rules="01:3,20:1")
    assert look.disclosed().rules == {"行政许可": 3, "公共服务": 1}
    assert look.disclosed().total == 2
    clock.set_local(dt.datetime(2026, 9, 22, 9, 0))  # the next day: 公共服务 (1 day) is gone
    assert [r.matter_name for r in look.disclosed().rows] == ["个体工商户设立登记"]
    clock.set_local(dt.datetime(2026, 9, 23, 23, 59))  # the third day still shows 行政许可
    assert look.disclosed().total == 1
    clock.set_local(dt.datetime(2026, 9, 24, 0, 1))
    assert look.disclosed().total == 0
    only_services = make_lookup(disclosure_rules="20:30").disclosed()  # 30 days for type 20
    assert [r.matter_name for r in only_services.rows] == ["社会保障卡申领"]
    assert make_lookup(disclosure_rules="").disclosed().rows == []


def test_default_rules_are_documented_and_bad_rules_are_refused(make_lookup) -> None:  # type: ignore[no-untyped-def]
    assert Settings().disclosure_rules == "01:90,07:90,20:30"
    assert make_lookup().disclosed().rules == {"行政许可": 90, "行政确认": 90, "公共服务": 30}
    with pytest.raises(InvalidInput, match="disclosure_rules.*99:30"):
        make_lookup(disclosure_rules="01:90,99:30").disclosed()
    with pytest.raises(InvalidInput, match="01:0"):
        make_lookup(disclosure_rules="01:0").disclosed()


def test_pages_of_the_list(cases: CaseService, make_lookup: Callable[..., LookupService]) -> None:
    for i in range(PAGE_SIZE + 3):
        accepted(cases, SOCIAL_CARD, person(f"张{'三四五六七八九十'[i % 8]}丰"))
    look = make_lookup()
    first, second = look.disclosed(0), look.disclosed(1)
    assert (first.pages, first.total, len(first.rows), len(second.rows)) == (2, PAGE_SIZE + 3,
                                                                          PAGE_SIZE, 3)  # fmt: skip
    assert look.disclosed(7).page == 1  # past the end: the last page


def test_the_newest_come_first_and_the_list_stops_at_its_cap(
        cases: CaseService, seeded, clock: Clock) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    names = ["赵一", "钱二", "孙三", "李四", "周五"]
    for name in names:
        accepted(cases, SHOP, person(name))
    today = dt.date(2026, 9, 21)
    with seeded.read() as s:
        first = concluded_page(s, cases.hall_id, {"01": 90}, today, 0, page_size=2, max_shown=3)
        last = concluded_page(s, cases.hall_id, {"01": 90}, today, 1, page_size=2, max_shown=3)
        whole = concluded_page(s, cases.hall_id, {"01": 90}, today, 0, page_size=10, max_shown=5)
    assert (first.total, first.pages, first.more) == (3, 2, True)
    assert [r.applicant for r in first.rows + last.rows] == ["周*", "李*", "孙*"]
    assert (whole.total, whole.more, len(whole.rows)) == (5, False, 5)
