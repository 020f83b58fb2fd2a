"""Screens the public sees (lookup touchscreen) never find a confidential (涉密) matter, by
listing, by search or by its code; the clerk's catalog still does."""

from __future__ import annotations

import pytest

from app.catalog import CatalogIndex, get_guide
from app.errors import NotFound
from db.engine import Store

SECRET = {"不动产查封登记", "内地居民离婚登记", "婚姻登记档案查询"}  # 涉密 in the demo catalog
DIVORCE = "11510822008123064J4070060010020"


def test_public_index_leaves_out_confidential_matters(demo_store: Store) -> None:
    public = CatalogIndex(demo_store, public=True)
    clerk = CatalogIndex(demo_store)
    everything = {m.name for m in clerk.search("", limit=10_000)}
    shown = {m.name for m in public.search("", limit=10_000)}
    assert everything >= SECRET
    assert shown == everything - SECRET
    for name in SECRET:  # searched by its exact name: similar matters may show, it does not
        assert name in {m.name for m in clerk.search(name)}
        assert not SECRET & {m.name for m in public.search(name)}
    assert "内地居民离婚登记" not in [m.name for m in public.search("lihun")]
    assert "内地居民离婚登记" in [m.name for m in clerk.search("lihun")]


def test_public_guide_of_a_confidential_matter_is_not_found(demo_store: Store) -> None:
    assert get_guide(demo_store, DIVORCE)["name"] == "内地居民离婚登记"
    with pytest.raises(NotFound, match="未找到"):
        get_guide(demo_store, DIVORCE, public=True)
