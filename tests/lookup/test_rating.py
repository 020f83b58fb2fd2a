"""一事一评 from the public screen: the query password first, one rating per case on the
"lookup" channel, a bad rating opens a follow-up with its reason kept."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select

from app.cases.service import CaseService
from app.errors import Conflict, InvalidInput, PermissionDenied
from app.lookup.service import LookupService
from db.models import CaseRating, RatingFollowUp
from tests.lookup.conftest import FOOD, SHOP, accepted


def test_rating_is_stored_once_on_the_lookup_channel(cases: CaseService, seeded,
                                                     make_lookup: Callable[..., LookupService]) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    no, query_no, pw = accepted(cases, SHOP)
    look = make_lookup()
    got = look.rate(query_no, pw, 2, reason="ignored for a good rating")
    assert (got.case_no, got.channel, got.label, got.follow_up_id) == (no, "lookup", "满意", None)
    with pytest.raises(Conflict, match="一事一评"):
        look.rate(no, pw, 5, reason="再评一次")
    with seeded.read() as s:
        rows = s.execute(select(CaseRating.channel, CaseRating.level, CaseRating.text)).all()
    assert rows == [("lookup", 2, "")]


def test_bad_rating_opens_a_follow_up_with_the_reason(cases: CaseService, seeded,
                                                      make_lookup: Callable[..., LookupService]) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    no, _, pw = accepted(cases, SHOP)
    got = make_lookup().rate(no, pw, 5, reason="  等了两个小时  ")
    assert got.label == "非常不满意" and got.follow_up_id is not None
    with seeded.read() as s:
        assert s.scalar(select(CaseRating.text)) == "等了两个小时"
        assert s.scalar(select(RatingFollowUp.responsible)) == "C001"


def test_rating_needs_the_password_and_a_concluded_case(cases: CaseService, seeded,
                                                        make_lookup: Callable[..., LookupService]) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    no, _, pw = accepted(cases, SHOP)
    look = make_lookup()
    with pytest.raises(PermissionDenied, match="查询密码错误"):
        look.rate(no, "000000", 1)
    with pytest.raises(InvalidInput, match="1–5"):
        look.rate(no, pw, 0)
    running, _, pw2 = accepted(cases, FOOD)
    with pytest.raises(Conflict, match="办结后才能评价"):
        look.rate(running, pw2, 1)
    with seeded.read() as s:
        assert s.scalars(select(CaseRating)).all() == []
