"""``yichuang catalog search|show|import|export``."""

from __future__ import annotations

import argparse
from typing import Any

from app.calendar.due import limit_text
from app.catalog import CatalogIndex, MatterSummary, get_guide
from app.catalog_io import export_catalog, import_catalog, read_catalog_file, write_catalog_file
from app.cli.admin import require_admin
from app.cli.args import short_text
from app.cli.context import emit, store_for
from app.errors import InvalidInput


def register(subs: Any) -> None:
    g = subs.add_group("catalog", help="事项目录：检索、查看、导入、导出")
    p = g.add_parser("search", help="按名称、拼音、首字母或编码检索事项")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20, help="最多列出几条（1–500）")
    p.add_argument("--department", default=None, help="部门编码或名称",
                   type=short_text(100, "部门"))  # fmt: skip
    p.add_argument("--type", dest="matter_type", default=None, help="事项类型代码，如 01",
                   type=short_text(2, "事项类型代码", pattern=r"\d{2}", hint="，应为两位数字"))  # fmt: skip
    p.set_defaults(func=_search)
    p = g.add_parser("show", help="显示一个事项的办事指南")
    p.add_argument("impl_code", type=short_text(50, "实施编码"))
    p.set_defaults(func=_show)
    p = g.add_parser("import", help="从 JSON 或 XLSX 导入事项目录（相同内容不重复导入）")
    p.add_argument("file")
    p.set_defaults(func=_import)
    p = g.add_parser("export", help="导出当前事项目录到 JSON 或 XLSX")
    p.add_argument("file")
    p.set_defaults(func=_export)


def _search(args: argparse.Namespace) -> int:
    if args.limit < 1 or args.limit > 500:
        raise InvalidInput("--limit 应为 1–500 的整数")
    if len(args.query) > 100:
        raise InvalidInput("检索词太长：最多100个字")
    hits = CatalogIndex(store_for(args)).search(
        args.query, limit=args.limit, department=args.department, matter_type=args.matter_type
    )
    lines = [
        f"{h.name}\t{h.department}\t{h.case_type}\t{_promise(h)}\t{h.impl_code}"
        for h in hits
    ]
    emit(args, [h.as_dict() for h in hits], "\n".join(lines) or "没有找到匹配的事项")
    return 0


def _show(args: argparse.Namespace) -> int:
    g = get_guide(store_for(args), args.impl_code)
    text = [f"{g['name']}（{g['department']}）", f"法定时限：{g['legal_limit']}",
            f"承诺时限：{g['promise_limit']}", "申请材料："]  # fmt: skip
    text += [f"  {m['seq']}. {m['name']}（原件{m['originals']} 复印件{m['copies']}，{m['necessity']}）"
             for m in g["materials"]]  # fmt: skip
    text += ["设定依据："] + [
        f"  [{b['rank']}] 《{b['title']}》{b['article']}" for b in g["legal_bases"]
    ]
    emit(args, g, "\n".join(text))
    return 0


def _import(args: argparse.Namespace) -> int:
    data = read_catalog_file(args.file)
    store = store_for(args)
    counts = import_catalog(store, require_admin(args, store), data)
    emit(args, counts, f"导入完成：新增 {counts['added']}，更新 {counts['changed']}，"
                       f"未变 {counts['unchanged']}，部门变动 {counts['departments']}")  # fmt: skip
    return 0


def _export(args: argparse.Namespace) -> int:
    data = export_catalog(store_for(args))
    path = write_catalog_file(data, args.file)
    emit(args, {"file": str(path), "matters": len(data["matters"])},
         f"已导出 {len(data['matters'])} 个事项到 {path}")  # fmt: skip
    return 0


def _promise(h: MatterSummary) -> str:
    return "即办" if h.promise_days == 0 else f"承诺{limit_text(h.promise_days, h.promise_unit)}"
