"""Every setting declared once, with its type and default.

Precedence: CLI flag > environment (``YICHUANG_<NAME>``) > TOML file (``--config``, default
``<platform config dir>/yichuang.toml``) > default. Window geometry and similar UI state are
not settings; Qt keeps those.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

from app.errors import InvalidInput

APP_NAME = "yichuang"


def default_db_url() -> str:
    data = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return f"sqlite:///{data / 'yichuang.db'}"


def default_config_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "yichuang.toml"


def _setting(default: Any, help_zh: str) -> Any:
    return field(default=default, metadata={"help": help_zh})


@dataclass
class Settings:
    db: str = _setting("", "数据库地址（SQLAlchemy URL），留空为本机默认 SQLite 文件")
    hall_code: str = _setting("", "本大厅编码，留空取数据库中的第一个大厅")
    window_no: int = _setting(0, "本机窗口号（窗口人员端），仅用于未分配窗口的主管账号；窗口人员按账号分配的窗口")
    language: str = _setting("zh_CN", "界面语言：zh_CN 或 en")
    # Devices, by URL (DESIGN.md): serial://, socket://, file://, sim://
    ticket_printer: str = _setting("sim://", "取号机小票打印机地址")
    printer_profile: str = _setting("generic-80", "小票打印机型号配置")
    id_reader: str = _setting("sim://", "身份证阅读器地址")
    led_display: str = _setting("", "窗口屏地址，留空不使用")
    rating_pad: str = _setting("", "评价器地址，留空不使用")
    a4_printer: str = _setting(
        "", "A4 文书打印机：留空为系统默认打印机；或填打印机名称；file:///目录 表示存为 PDF 文件"
    )
    # Rules that vary by province [P]: documented defaults, see docs/domain.md.
    lockout_attempts: int = _setting(5, "连续登录失败几次后锁定账号")
    lockout_minutes: int = _setting(15, "账号锁定分钟数")
    count_acceptance_day: bool = _setting(False, "受理当日是否计入办结时限")
    elderly_age: int = _setting(70, "老年人优先的年龄下限")
    priority_kinds: str = _setting(
        "elderly,disabled,military,pregnant,appointment", "启用的优先通道（逗号分隔）"
    )
    priority_max_consecutive: int = _setting(2, "连续叫优先号的最多次数，之后必须叫一个普通号")
    noshow_rejoin_after: int = _setting(3, "过号后补到：排在其后第几位")
    queue_enforce_hours: bool = _setting(
        True, "只在工作日（节假日不发号、调休补班日照常）和业务类别的办理时间内发号；培训或演示时可设为否"
    )
    wait_yellow_minutes: int = _setting(30, "效能监察：预计等候达到多少分钟显示黄色预警")
    wait_red_minutes: int = _setting(60, "效能监察：预计等候达到多少分钟显示红色预警")
    kpi_target_wait_minutes: int = _setting(20, "效能监察：等候达标时限（分钟），统计叫号前等候不超过此值的比例")
    voice_template: str = _setting("请 {number} 号 到 {window} 号窗口 办理", "叫号语音模板")
    kiosk_pin_hash: str = _setting(
        "", "退出取号机全屏模式的管理员密码（argon2 摘要，由首次运行或 yichuang kiosk pin set 写入）"
    )
    kiosk_idle_seconds: int = _setting(60, "取号机无操作返回首页的秒数")
    kiosk_repeat_seconds: int = _setting(180, "同一业务在此秒数内再次取号时先询问，0 为不询问")
    ticket_qr: str = _setting(
        "", "小票二维码链接模板（http/https，如 https://…/q?n={number}&d={day}），留空不印二维码"
    )
    lookup_departments: str = _setting(
        "", "查询屏部门排列顺序：部门编码或名称，逗号分隔，未列出的按名称拼音排在后面"
    )
    lookup_guide_url: str = _setting(
        "", "查询屏办事指南二维码链接模板（http/https，可用 {impl_code}），留空不显示二维码"
    )
    lookup_print: str = _setting(
        "thermal", "查询屏打印办事指南：thermal 小票打印机，a4 A4 打印机，留空不提供打印"
    )
    lookup_input_method: str = _setting(
        "qtvirtualkeyboard",
        "查询屏中文输入（投诉姓名、内容）：qtvirtualkeyboard 用 Qt 屏幕拼音键盘；"
        "留空则用系统自带输入法（如 Windows 触摸键盘）",
    )
    demo: bool = _setting(True, "首次启动时自动载入演示数据（仅本机默认数据库）")
    # Cases (办件): numbering, warnings, notices, ratings, public progress query.
    case_no_pattern: str = _setting(
        "{hall}-{date:%Y%m%d}-{seq:04d}",
        "办件编号格式：须含 {hall}（大厅编码）和 {seq}（流水号），可用 {region} {year} {date}",
    )
    case_yellow_percent: int = _setting(20, "剩余时限不超过承诺时限的百分之几时亮黄灯")
    case_yellow_min_days: int = _setting(1, "剩余不超过几个工作日时亮黄灯（与百分比取大）")
    notice_deadline_days: int = _setting(10, "一次性告知单默认补正期限（工作日）")
    rating_callback_days: int = _setting(1, "差评回访期限（工作日）")
    rating_fix_days: int = _setting(15, "差评整改反馈期限（工作日）")
    progress_max_failures: int = _setting(5, "办件查询密码连续错误几次后暂停查询")
    progress_lock_minutes: int = _setting(15, "办件查询密码错误过多后暂停的分钟数")
    disclosure_rules: str = _setting(
        "01:90,07:90,20:30",
        "办结公示：公示的事项类型代码及公示天数（类型:天数，逗号分隔；01 行政许可、07 行政确认、"
        "20 公共服务）；涉密事项一律不公示；留空不公示",
    )
    complaint_reply_days: int = _setting(10, "投诉答复期限（工作日，自受理之日起算）")
    # County sync (docs/county-sync.md)
    county_url: str = _setting("", "县级数据库地址（含本大厅同步账号），留空不同步")
    sync_interval_seconds: int = _setting(30, "同步间隔秒数（县级库不可达时逐次加倍，最多 5 分钟）")
    sync_batch_rows: int = _setting(2000, "每批推送的记录数")

    config_path: Path | None = None

    @property
    def db_url(self) -> str:
        return self.db or default_db_url()

    @property
    def uses_default_store(self) -> bool:
        return not self.db


def declared() -> list[tuple[str, type, Any, str]]:
    """(name, type, default, help) of every setting, for ``yichuang settings`` and docs."""
    out = []
    for f in fields(Settings):
        if f.name == "config_path":
            continue
        out.append((f.name, type(f.default), f.default, f.metadata.get("help", "")))
    return out


def _coerce(name: str, kind: type, raw: Any, source: str) -> Any:
    if isinstance(raw, kind) and not (kind is int and isinstance(raw, bool)):
        return raw
    text = str(raw).strip()
    try:
        if kind is bool:
            if text.lower() in ("1", "true", "yes", "on", "是"):
                return True
            if text.lower() in ("0", "false", "no", "off", "否", ""):
                return False
            raise ValueError(text)
        if kind is int:
            return int(text)
        return text
    except ValueError:
        expected = {bool: "是/否", int: "整数"}.get(kind, "文本")
        raise InvalidInput(f"设置项 {name}（来自{source}）应为{expected}，实际为“{text}”") from None


def load(
    cli: dict[str, Any] | None = None,
    *,
    config_file: str | Path | None = None,
    environ: dict[str, str] | None = None,
) -> Settings:
    env = os.environ if environ is None else environ
    path = (
        Path(config_file)
        if config_file
        else Path(env.get("YICHUANG_CONFIG") or default_config_path())
    )
    file_values: dict[str, Any] = {}
    if path.exists():
        try:
            file_values = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise InvalidInput(f"配置文件 {path} 格式错误：{exc}") from None
    elif config_file:
        raise InvalidInput(f"找不到配置文件 {path}")
    values: dict[str, Any] = {}
    for name, kind, _default, _help in declared():
        if cli and cli.get(name) is not None:
            values[name] = _coerce(name, kind, cli[name], "命令行")
        elif f"YICHUANG_{name.upper()}" in env:
            values[name] = _coerce(name, kind, env[f"YICHUANG_{name.upper()}"], "环境变量")
        elif name in file_values:
            values[name] = _coerce(name, kind, file_values[name], f"配置文件 {path}")
    unknown = set(file_values) - {n for n, *_ in declared()}
    if unknown:
        raise InvalidInput(f"配置文件 {path} 中有未知设置项：{'、'.join(sorted(unknown))}")
    return Settings(**values, config_path=path)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{text}"'


def save(values: dict[str, Any], path: Path | None = None) -> Path:
    """Write settings into the TOML file, keeping the keys it already has.

    Our settings are flat scalars, so a dozen lines of writer replace a TOML-writing
    dependency; reading stays with the standard library's tomllib."""
    target = Path(path) if path else default_config_path()
    known = {n: kind for n, kind, *_ in declared()}
    current: dict[str, Any] = {}
    if target.exists():
        current = tomllib.loads(target.read_text(encoding="utf-8"))
    for name, value in values.items():
        if name not in known:
            raise InvalidInput(f"未知设置项：{name}")
        current[name] = _coerce(name, known[name], value, "界面")
    target.parent.mkdir(parents=True, exist_ok=True)
    lines = ["# 一窗 Yichuang 设置（由程序写入，也可手工编辑）"]
    lines += [f"{k} = {_toml_value(v)}" for k, v in current.items()]
    tmp = target.with_suffix(".tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tmp.replace(target)  # never a half-written settings file after a crash
    return target
