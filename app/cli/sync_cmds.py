"""``yichuang county init|alarms`` and ``yichuang sync run|status``."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path
from typing import Any

from app.cli.context import emit, load_settings, store_for
from app.errors import InvalidInput
from app.store import safe_url


def register(subs: Any) -> None:
    county = subs.add_group("county", help="县级数据库：初始化、告警")
    p = county.add_parser(
        "init",
        help="建立或补全县级数据库：表结构、每个大厅一个同步账号、行级安全、主管与管理员账号",
    )
    p.add_argument("--hall", dest="halls", action="append", default=[], metavar="编码",
                   help="大厅编码（可重复；已有的大厅保持不变）")  # fmt: skip
    p.add_argument("--out", default=".", metavar="目录",
                   help="新账号的连接地址（含密码）写入该目录下 <账号>.url，仅本人可读")  # fmt: skip
    p.add_argument("--role-prefix", default=None, help="账号名前缀，默认为数据库名")
    p.set_defaults(func=_county_init)
    p = county.add_parser("alarms", help="列出县级库登记的告警（如审计链被改写）")
    p.set_defaults(func=_county_alarms)

    prov = subs.add_group("province", help="省级数据库：订阅县级库（PostgreSQL 逻辑复制）")
    p = prov.add_parser("attach", help="县级库发布全部业务表，省级库订阅（--db 为县级库管理地址）")
    p.add_argument("--province", required=True, metavar="URL", help="省级 PostgreSQL 数据库地址")
    p.add_argument("--name", default="", help="订阅名，默认 county_<县级库名>")
    p.add_argument("--county-host", default="", help="省级服务器访问县级库所用的主机名")
    p.add_argument(
        "--out", default=".", metavar="目录", help="复制账号的连接串写入该目录，仅本人可读"
    )
    p.set_defaults(func=_province_attach)

    sync = subs.add_group("sync", help="与县级数据库同步")
    p = sync.add_parser("run", help="推送本大厅的变更并拉取县级数据（默认执行一轮）")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--once", action="store_true", help="执行一轮后退出（默认）")
    mode.add_argument("--forever", action="store_true", help="持续运行，按间隔同步")
    p.add_argument("--county", default=None, metavar="URL", help="县级数据库地址（含同步账号）")
    p.add_argument("--batch", type=int, default=None, help="每批记录数")
    p.add_argument("--no-pull", action="store_true", help="只推送，不拉取")
    p.set_defaults(func=_sync_run)
    p = sync.add_parser("status", help="待推送条数、上次推送与拉取、水位、上次错误")
    p.set_defaults(func=_sync_status)


def _county_url(args: argparse.Namespace, required: bool = True) -> str:
    url = getattr(args, "county", None) or load_settings(args).county_url
    if not url and required:
        raise InvalidInput("请用 --county 指定县级数据库地址，或在设置中填写 county_url")
    return str(url or "")


def _admin_url(args: argparse.Namespace) -> str:
    url = getattr(args, "db", None)
    if not url or not str(url).startswith("postgres"):
        raise InvalidInput("请用 --db 指定县级 PostgreSQL 数据库地址（需要建库与建账号权限）")
    return str(url)


def _county_init(args: argparse.Namespace) -> int:
    from app.sync.county_schema import init_county

    url = _admin_url(args)
    try:
        result = init_county(url, args.halls, Path(args.out), prefix=args.role_prefix)
    except Exception as exc:
        from app.sync.link import county_error

        raise county_error(url, exc) from exc
    lines = [f"县级数据库 {safe_url(url)} 已就绪（结构版本 {result.revision}）"]
    lines += [f"  新建账号：{r}" for r in result.created_roles]
    lines += [f"  连接地址已写入（仅本人可读）：{f}" for f in result.credential_files]
    if not result.credential_files:
        lines.append("  没有新账号；已有账号的密码保持不变")
    emit(args, {"database": result.database, "revision": result.revision,
                "roles": result.created_roles, "credential_files": result.credential_files},
         "\n".join(lines))  # fmt: skip
    return 0


def _province_attach(args: argparse.Namespace) -> int:
    from app.sync.link import county_error
    from app.sync.province import attach

    url = _admin_url(args)
    try:
        r = attach(url, args.province, Path(args.out), name=args.name, county_host=args.county_host)
    except Exception as exc:
        raise county_error(url, exc) from exc
    emit(args, r.__dict__,
         f"省级库 {safe_url(args.province)} 已订阅县级库（发布 {r.publication}，订阅 {r.subscription}，"
         f"{len(r.tables)} 张表）；复制账号连接串已写入（仅本人可读）：{r.credential_file}")  # fmt: skip
    return 0


def _county_alarms(args: argparse.Namespace) -> int:
    from app.sync.link import connect

    url = _admin_url(args)
    with connect(url) as conn:
        rows = conn.execute(
            "SELECT id, at, hall_code, kind, detail FROM county.alarm ORDER BY id"
        ).fetchall()
    data = [{"id": r[0], "at": r[1].isoformat(), "hall": r[2], "kind": r[3], "detail": r[4]}
            for r in rows]  # fmt: skip
    text = "\n".join(f"#{d['id']} {d['at']} [{d['hall']}] {d['kind']}：{d['detail']}" for d in data)
    emit(args, data, text or "没有告警")
    return 1 if data else 0


def _sync_run(args: argparse.Namespace) -> int:
    from app.sync.worker import RoundResult, SyncWorker

    settings = load_settings(args)
    url = _county_url(args)
    hall = store_for(args)
    worker = SyncWorker(hall, url, hall_code=settings.hall_code,
                        interval=float(settings.sync_interval_seconds),
                        batch_size=args.batch or settings.sync_batch_rows,
                        pull=not args.no_pull)  # fmt: skip
    if not args.forever:
        outcome = worker.run_once()
        data = _round_data(outcome)
        emit(args, data, _round_text(data))
        return 0
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())

    def report(outcome: RoundResult) -> None:
        data = _round_data(outcome)
        emit(args, data, _round_text(data))
        sys.stdout.flush()

    try:
        worker.run_forever(stop, report)
    except KeyboardInterrupt:
        stop.set()
    return 0


def _round_data(outcome: Any) -> dict[str, Any]:
    push = outcome.push
    pull = outcome.pull
    return {
        "pushed": push.entries if push else 0,
        "audit": push.audit if push else 0,
        "batches": push.batches if push else 0,
        "watermark": push.watermark if push else None,
        "pulled": getattr(pull, "rows", 0) if pull else 0,
        "pull_revision": getattr(pull, "revision", None) if pull else None,
        "error": outcome.error,
        "retry_in": outcome.retry_in,
    }


def _round_text(d: dict[str, Any]) -> str:
    if d["error"]:
        return f"同步未完成：{d['error']}" + (
            f"（{d['retry_in']:.0f} 秒后重试）" if d.get("retry_in") else ""
        )
    return (f"同步完成：推送 {d['pushed']} 条变更、{d['audit']} 条审计记录（{d['batches']} 批），"
            f"水位 {d['watermark']}；拉取 {d['pulled']} 条县级数据")  # fmt: skip


def _sync_status(args: argparse.Namespace) -> int:
    from app.sync.state import age_text, status

    settings = load_settings(args)
    st = status(store_for(args), settings.hall_code)
    data = st.as_dict()
    lines = [
        f"大厅 {st.hall_code}：待推送 {st.backlog} 条",
        f"上次推送：{age_text(st.last_push_at)}（水位 {st.watermark if st.watermark is not None else '—'}）",
        f"上次拉取：{age_text(st.last_pull_at)}（县级修订号 {st.pull_revision if st.pull_revision is not None else '—'}）",
        f"上次错误：{st.last_error or '无'}",
    ]
    emit(args, data, "\n".join(lines))
    return 0


def verify_with_county(args: argparse.Namespace) -> tuple[list[str], list[dict[str, Any]], bool]:
    """``audit verify --county URL``: the hall's chain against the county's copy."""
    from app.sync.anchor import verify_against_county
    from app.sync.link import connect, county_error
    from app.sync.state import own_hall_code

    store = store_for(args)
    chain = own_hall_code(store, load_settings(args).hall_code)
    conn = connect(args.county)
    try:
        report = verify_against_county(store, conn, chain)
    except Exception as exc:
        raise county_error(args.county, exc) from exc
    finally:
        conn.close()
    if report.ok:
        line = f"[{chain}] 与县级库一致：县级库保存 {report.county_entries} 条，本地 {report.local_entries} 条"
    else:
        line = f"[{chain}] 与县级库不一致：{report.problem}"
    return [line], [{"county": True, **report.__dict__}], report.ok
