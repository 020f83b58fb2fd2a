"""Life events and themes (主题服务): a citizen thinks "I am opening a shop" or "a baby was
born", not "市场监督管理局". Each theme gathers matters by the catalog's own keywords and
names through the public search, so a new matter with the right keyword joins its theme
without anyone editing this list, and a confidential matter never appears."""

from __future__ import annotations

from dataclasses import dataclass

from app.catalog import CatalogIndex, MatterSummary


@dataclass(frozen=True)
class Theme:
    key: str
    title: str
    words: tuple[str, ...]  # searched one by one; the union, best match first


THEMES: tuple[Theme, ...] = (
    Theme("business", "企业开办", ("营业执照", "企业开办", "个体户", "税务登记", "发票")),
    Theme("food", "餐饮食品", ("食品", "小餐饮", "预包装")),
    Theme("birth", "生育出生", ("出生", "上户口", "新生儿")),
    Theme("marriage", "婚姻家庭", ("结婚", "婚姻")),
    Theme("id", "户籍证件", ("身份证", "户口", "落户")),
    Theme("house", "不动产登记", ("不动产", "过户", "抵押", "房产")),
    Theme("jobs", "就业社保", ("社保卡", "失业", "养老", "就业")),
    Theme("medical", "医疗保障", ("医保", "异地就医", "慢性病")),
    Theme("aid", "社会救助", ("低保", "特困", "救助", "残疾人")),
    Theme("transport", "交通出行", ("道路运输", "出租车", "从业资格")),
    Theme("building", "工程建设", ("施工许可", "预售", "燃气")),
    Theme("tax", "纳税缴费", ("报税", "完税证明", "定额", "发票")),
)


def theme(key: str) -> Theme:
    for t in THEMES:
        if t.key == key:
            return t
    raise KeyError(key)


def theme_matters(index: CatalogIndex, key: str, *, limit: int = 200) -> list[MatterSummary]:
    """The matters of one theme, each once, in the order its words find them."""
    seen: dict[str, MatterSummary] = {}
    for word in theme(key).words:
        for m in index.search(word, limit=limit):
            if m.match in ("部门",):  # a department's name alone says nothing of the theme
                continue
            seen.setdefault(m.impl_code, m)
    return list(seen.values())[:limit]
