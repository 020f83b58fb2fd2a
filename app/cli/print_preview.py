"""``yichuang print preview receipt|notice|refusal|pause|extension|result --out FILE.pdf``:
render sample documents."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

KINDS = {
    "receipt": "受理通知书",
    "notice": "一次性告知单",
    "refusal": "不予受理通知书",
    "pause": "特别程序告知书",
    "extension": "延长办理期限告知书",
    "result": "办结结果领取单",
}


def _renderers() -> dict[str, tuple[Callable[[], Any], Callable[[Any, Path], Path]]]:
    # reportlab is imported only when a document is rendered: every other command starts faster.
    from printers import documents as d

    return {
        "receipt": (d.sample_receipt, d.render_receipt),
        "notice": (d.sample_notice, d.render_notice),
        "refusal": (d.sample_refusal, d.render_refusal),
        "pause": (d.sample_suspension, d.render_suspension),
        "extension": (d.sample_extension, d.render_extension),
        "result": (d.sample_result_slip, d.render_result_slip),
    }


def handler(args: argparse.Namespace) -> int:
    title = KINDS[args.kind]
    sample, render = _renderers()[args.kind]
    out = render(sample(), Path(args.out or f"{args.kind}.pdf")).resolve()
    if getattr(args, "json", False):
        print(json.dumps({"kind": args.kind, "title": title, "path": str(out)}, ensure_ascii=False))
    else:
        print(out)
    return 0


def register(subparsers: Any) -> None:
    group = subparsers.add_parser("print", help="打印与文书")
    commands = group.add_subparsers(dest="print_command", required=True)
    preview = commands.add_parser("preview", help="用示例数据生成文书 PDF 预览")
    preview.add_argument(
        "kind",
        choices=sorted(KINDS),
        help="receipt 受理通知书 / notice 一次性告知单 / refusal 不予受理通知书 / "
        "pause 特别程序告知书 / extension 延长办理期限告知书 / result 办结结果领取单",
    )
    preview.add_argument("--out", metavar="FILE.pdf", help="输出文件（默认 <kind>.pdf）")
    preview.set_defaults(func=handler)
