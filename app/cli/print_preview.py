"""``yichuang print preview receipt|notice|refusal --out FILE.pdf``: render sample documents."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from printers.documents import (
    render_notice,
    render_receipt,
    render_refusal,
    sample_notice,
    sample_receipt,
    sample_refusal,
)

KINDS: dict[str, tuple[str, Callable[[], Any], Callable[[Any, Path], Path]]] = {
    "receipt": ("受理通知书", sample_receipt, render_receipt),
    "notice": ("一次性告知单", sample_notice, render_notice),
    "refusal": ("不予受理通知书", sample_refusal, render_refusal),
}


def handler(args: argparse.Namespace) -> int:
    title, sample, render = KINDS[args.kind]
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
        help="receipt 受理通知书 / notice 一次性告知单 / refusal 不予受理通知书",
    )
    preview.add_argument("--out", metavar="FILE.pdf", help="输出文件（默认 <kind>.pdf）")
    preview.set_defaults(func=handler)
