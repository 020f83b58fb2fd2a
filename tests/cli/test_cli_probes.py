"""The adversarial probes of issue 9, run again through the command line: each bad input or
broken store gets a Chinese message naming the field (and file, sheet, row), the documented
exit code, no traceback, and a store whose every table is exactly as before."""

from __future__ import annotations

import copy
import json
import re
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from app.catalog_io import write_catalog_file
from tests.support.store_dump import dump

ROOT = Path(__file__).resolve().parents[2]
DEMO = json.loads((ROOT / "resources/demo/catalog.json").read_text(encoding="utf-8"))


def _catalog(change: Callable[[dict[str, Any]], Any]) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        data = copy.deepcopy(DEMO)
        change(data)
        path = tmp / "catalog.json"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        return path

    return make


def _raw(name: str, content: bytes) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        (tmp / name).write_bytes(content)
        return tmp / name

    return make


def _workbook(sheet: str, label: str, row: int, value: Any) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        path = write_catalog_file(copy.deepcopy(DEMO), tmp / "clean.xlsx")
        wb = load_workbook(path)
        ws = wb[sheet]
        ws.cell(row=row, column=[c.value for c in ws[1]].index(label) + 1, value=value)
        wb.save(tmp / "catalog.xlsx")
        return tmp / "catalog.xlsx"

    return make


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(d: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = d
        for p in parents:
            node = node[int(p)] if p.isdigit() else node[p]
        if last.isdigit():
            node[int(last)] = value
        else:
            node[last] = value

    return change


def _deep(tmp: Path) -> Path:
    (tmp / "deep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    return tmp / "deep.json"


CATALOG_PROBES = [
    ("missing-title", _catalog(lambda d: d["matters"][0]["legal_bases"][0].pop("title")),
     r"第1个事项（\w+）第1条依据“名称”：缺少必填项"),
    ("material-as-text", _catalog(_set("matters.2.materials.0", "身份证")),
     r"第3个事项（\w+）第1项材料：应为对象"),
    ("matters-as-text", _catalog(_set("matters", "abc")), r"“事项清单”：应为列表"),
    ("day-out-of-range", _catalog(_set("matters.3.legal_bases.0.effective_date", "2024-02-30")),
     r"第4个事项（\w+）第1条依据“施行日期”：“2024-02-30”不是有效日期"),
    ("deep-json", _deep, r"deep\.json 的 JSON 嵌套过深"),
    ("ten-to-the-30", _catalog(_set("matters.6.legal_limit.value", 10**30)),
     r"第7个事项（\w+）“法定时限”：不能大于 3650"),
    ("huge-int-literal", _raw("big.json", b'{"format": "yichuang-catalog", "x": ' + b"9" * 5000
                              + b"}"), r"big\.json 不是有效的 JSON 文件"),  # fmt: skip
    ("fee-items-as-text", _catalog(_set("matters.1.fee.items", "工本费20元")),
     r"第2个事项（\w+）“收费项目”：应为列表"),
    ("duplicate-department", _catalog(lambda d: d["departments"].append(
        {**d["departments"][0], "name": "改名的部门"})),
     r"第14个部门（scjgj）“部门编码”：部门编码 scjgj 与第1个部门重复"),  # fmt: skip
    ("text-in-int", _catalog(_set("matters.2.materials.0.copies", "两")),
     r"第1项材料（.+）“复印件份数”：应为整数"),
    ("fraction-in-int", _catalog(_set("matters.2.materials.0.copies", 2.7)),
     r"“复印件份数”：应为整数，不能有小数"),
    ("bad-phone", _catalog(_set("matters.4.consult_phone", "call me")),
     r"第5个事项（\w+）“咨询电话”：“call”不是有效的电话号码"),
    ("bad-dept-phone", _catalog(_set("departments.0.phone", "12")),
     r"第1个部门（scjgj）“电话”：“12”不是有效的电话号码"),
    ("ten-kb-name", _catalog(_set("matters.5.name", "办" * 10_000)),
     r"第6个事项（\w+）“事项名称”：太长：最多 200 个字"),
    ("bad-enum", _catalog(_set("matters.0.materials.0.necessity", "must")),
     r"“必要性”：“must”无效，应为以下之一：required、optional、deferrable"),
    ("unknown-field", _catalog(_set("matters.0.colour", "red")), r"“colour”：不认识的字段"),
    ("not-utf8", _raw("gbk.json", '{"format": "yichuang-catalog", "名": 1}'.encode("gbk")),
     r"gbk\.json 不是 UTF-8 编码的文本"),
    ("not-json", _raw("a.json", b"{not json"), r"a\.json 不是有效的 JSON 文件：第 1 行"),
    ("list-at-top", _raw("l.json", b"[1, 2]"), r"l\.json 不是一窗事项目录文件"),
    ("garbage-xlsx", _raw("bad.xlsx", b"PK\x03\x04 not a workbook"),
     r"无法读取 bad\.xlsx：不是有效的 XLSX 工作簿"),
    ("xlsx-text-in-limit", _workbook("事项", "承诺时限", 4, "三天"),
     r"catalog\.xlsx：工作表“事项”第4行“承诺时限”：应为整数"),
    ("xlsx-fraction", _workbook("材料", "复印件份数", 5, 2.7),
     r"catalog\.xlsx：工作表“材料”第5行“复印件份数”：应为整数，不能有小数"),
    ("xlsx-bad-date", _workbook("依据", "施行日期", 3, "2023-13-01"),
     r"catalog\.xlsx：工作表“依据”第3行“施行日期”：“2023-13-01”不是有效日期"),
    ("xlsx-bad-uscc", _workbook("部门", "统一社会信用代码", 2, "11510822008123013B"),
     r"catalog\.xlsx：工作表“部门”第2行“统一社会信用代码”：统一社会信用代码校验码应为A"),
]  # fmt: skip


@pytest.mark.parametrize(("make", "message"), [p[1:] for p in CATALOG_PROBES],
                         ids=[p[0] for p in CATALOG_PROBES])  # fmt: skip
def test_malformed_catalog_files_are_named_and_change_nothing(
    cli: Any, demo_url: str, tmp_path: Path, make: Any, message: str
) -> None:
    db = Path(demo_url.removeprefix("sqlite:///"))
    path = make(tmp_path)
    before = dump(db)
    code, out, err = cli("catalog", "import", str(path))
    assert code == 2, err
    assert err.startswith("错误：") and "Traceback" not in err
    assert re.search(message, err), err
    assert dump(db) == before


def test_a_lowercase_uscc_is_stored_upper_case(cli: Any, demo_url: str, tmp_path: Path) -> None:
    data = copy.deepcopy(DEMO)
    data["departments"][0]["uscc"] = data["departments"][0]["uscc"].lower()
    data["departments"][0]["name"] = "青川县市场监督管理局（新）"
    (tmp_path / "c.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, out, err = cli("catalog", "import", "c.json")
    assert code == 0, err
    with closing(sqlite3.connect(demo_url.removeprefix("sqlite:///"))) as conn, conn:
        (uscc,) = conn.execute("SELECT uscc FROM department WHERE code = 'scjgj'").fetchone()
    assert uscc == "11510822008123013A"


BAD = "\udcff\udcfe"  # what Python makes of a name that is not UTF-8 on the command line
COMMAND_PROBES = [
    ("window-huge", ["staff", "add", "Q0900", "张三", "--password", "abcdef12", "--window",
                     str(10**30)], 2, "“窗口号”：“10000000000000000000”应为 1–999 的整数"),
    ("window-negative", ["staff", "add", "Q0900", "张三", "--password", "abcdef12",
                         "--window", "-5"], 2, "“窗口号”：不能小于 1"),
    ("window-absent", ["staff", "add", "Q0900", "张三", "--password", "abcdef12",
                       "--window", "999"], 2, "窗口 999 不存在，青川县政务服务中心的窗口号为 1–20"),
    ("name-not-utf8", ["staff", "add", "Q0900", "张" + BAD, "--password", "abcdef12"], 2,
     "“姓名”：含有无法识别的字符"),
    ("work-no-21", ["staff", "add", "Q" * 21, "张三", "--password", "abcdef12"], 2,
     "“工号”：太长：最多 20 个字"),
    ("name-10kb", ["staff", "add", "Q0900", "张" * 10_000, "--password", "abcdef12"], 2,
     "“姓名”：太长：最多 50 个字"),
    ("bad-role", ["staff", "add", "Q0900", "张三", "--password", "abcdef12", "--role",
                  "cashier"], 2, "“cashier”无效"),
    ("short-password", ["staff", "add", "Q0900", "张三", "--password", "abc"], 2,
     "密码至少需要6位"),
    ("unlock-unknown", ["staff", "unlock", "Q9999"], 2, "工号 Q9999 不存在"),
    ("book-past-day", ["queue", "book", "SCJG", "--day", "2020-01-01"], 2, "已经过去"),
    ("book-bad-code", ["queue", "book", "SCJG", "--day", "2099-01-01", "--code", "x"], 2,
     "预约码“x”格式不正确"),
    ("book-bad-id", ["queue", "issue", "SCJG", "--id-number", "110101199003071234"], 2,
     "身份证号"),
    ("call-window-negative", ["queue", "call", "--window", "-5"], 2,
     "参数 --window：窗口号“-5”应为 1–999 的整数"),
    ("rating-9", ["queue", "finish", "--window", "1", "--rating", "9"], 2,
     "评价“9”应为 1–5 的整数"),
    ("search-limit", ["catalog", "search", "x", "--limit", "100000"], 2,
     "--limit 应为 1–500 的整数"),
    ("db-mysql", ["catalog", "search", "x", "--db", "mysql://u@h/x"], 5,
     "不支持的数据库类型“mysql”"),
    ("db-not-a-url", ["catalog", "search", "x", "--db", "not a url"], 5,
     "数据库地址“not a url”格式不正确"),
    ("printer-out-missing-dir", ["devices", "test", "printer", "sim://", "--out",
                                 "/nonexistent/t.png"], 2,
     "无法读写文件“/nonexistent/t.png”：文件或所在文件夹不存在"),
    ("printer-file-host", ["devices", "test", "printer", "file://relative/t.bin"], 2,
     "应写成 file:///绝对路径"),
    ("printer-timeout", ["devices", "test", "printer", "sim://", "--timeout", "-1"], 2,
     "超时“-1”应为 0.1–60 之间的秒数"),
]  # fmt: skip


@pytest.mark.parametrize(("argv", "exit_code", "message"), [p[1:] for p in COMMAND_PROBES],
                         ids=[p[0] for p in COMMAND_PROBES])  # fmt: skip
def test_bad_arguments_are_named_and_change_nothing(
    cli: Any, demo_url: str, argv: list[str], exit_code: int, message: str
) -> None:
    db = Path(demo_url.removeprefix("sqlite:///"))
    before = dump(db)
    code, out, err = cli(*argv, db=None if "--db" in argv else demo_url)
    assert code == exit_code, err
    assert message in err, err
    assert "Traceback" not in err and "INSERT" not in err and "argon2" not in err
    assert dump(db) == before
