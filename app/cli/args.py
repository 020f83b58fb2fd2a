"""Arguments checked before a command runs: ranges, lengths and formats, in Chinese.

``ChineseArgumentParser`` words argparse's own complaints (missing or unknown arguments, a
value that is not a number) in Chinese; the type helpers below give each argument its range."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from typing import NoReturn

_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"the following arguments are required: (.+)"), "缺少参数：{0}"),
    (re.compile(r"unrecognized arguments: (.+)"), "不认识的参数：{0}"),
    (re.compile(r"argument (\S+): invalid int value: '(.*)'"), "参数 {0} 的值“{1}”应为整数"),
    (
        re.compile(r"argument (\S+): invalid choice: '(.*)' \(choose from (.*)\)"),
        "参数 {0} 的值“{1}”无效，可选：{2}",
    ),  # fmt: skip
    (re.compile(r"argument (\S+): expected one argument"), "参数 {0} 后面需要一个值"),
    (
        re.compile(r"argument (\S+): not allowed with argument (\S+)"),
        "参数 {0} 不能与 {1} 同时使用",
    ),
    (re.compile(r"one of the arguments (.+) is required"), "须给出以下参数之一：{0}"),
    (re.compile(r"argument (\S+): (.+)"), "参数 {0}：{1}"),
]


def chinese(message: str) -> str:
    for pattern, text in _PATTERNS:
        m = pattern.fullmatch(message)
        if m:
            return text.format(*m.groups()).replace("'", "")
    return message


class ChineseArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"错误：{chinese(message)}（用 {self.prog} -h 查看用法）\n")


def int_range(lo: int, hi: int, label: str) -> Callable[[str], int]:
    def parse(text: str) -> int:
        t = text.strip()
        if not re.fullmatch(r"[+-]?\d{1,9}", t) or not lo <= int(t) <= hi:
            raise argparse.ArgumentTypeError(f"{label}“{t[:20]}”应为 {lo}–{hi} 的整数")
        return int(t)

    parse.__name__ = label
    return parse


def short_text(max_length: int, label: str, *, pattern: str | None = None,
               hint: str = "") -> Callable[[str], str]:  # fmt: skip
    def parse(text: str) -> str:
        t = text.strip()
        try:
            t.encode("utf-8")
        except UnicodeEncodeError:
            raise argparse.ArgumentTypeError(
                f"{label}含有无法识别的字符（不是 UTF-8 编码的文字）"
            ) from None
        if len(t) > max_length:
            raise argparse.ArgumentTypeError(f"{label}太长：最多 {max_length} 个字")
        if pattern and t and not re.fullmatch(pattern, t):
            raise argparse.ArgumentTypeError(f"{label}“{t[:30]}”格式不正确{hint}")
        return t

    parse.__name__ = label
    return parse


WINDOW = int_range(1, 999, "窗口号")
CODE = short_text(20, "编码", pattern=r"[A-Za-z0-9_.\-]+", hint="（只能用字母、数字、-、_）")
