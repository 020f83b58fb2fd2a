"""``yichuang queue issue|checkin|book|call|recall|skip|start|finish|rejoin|transfer|pause|
resume|status|lines|calls`` — the queue core from a shell, on any hall store."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from app.cli.args import CODE, WINDOW, int_range, short_text
from app.cli.context import cli_actor, emit, load_settings, store_for
from app.errors import InvalidInput
from app.queue.numbering import local_day
from app.queue.service import QueueService
from app.queue.views import TicketView, WindowStatus
from db.base import utcnow
from db.models.states import TicketStatus

BOOK_AHEAD_DAYS = 90


def _id_number(text: str) -> str:
    """A resident ID number, checked (length, date of birth, check digit) before anything."""
    from app.identity import parse_resident_id

    try:
        return parse_resident_id(text).number
    except InvalidInput as exc:
        raise argparse.ArgumentTypeError(exc.message) from None
    except ValueError:
        raise argparse.ArgumentTypeError("身份证号格式不正确") from None


ID_NUMBER = _id_number


def register(subs: Any) -> None:
    hall = argparse.ArgumentParser(add_help=False)
    hall.add_argument("--hall", dest="hall_code", default=argparse.SUPPRESS, metavar="CODE", type=CODE,
                      help="大厅编码（默认取数据库中的第一个大厅）")  # fmt: skip
    window = argparse.ArgumentParser(add_help=False)
    window.add_argument("--window", dest="window", type=WINDOW, required=True, metavar="N",
                        help="窗口号")  # fmt: skip
    g = subs.add_group("queue", help="排队叫号：取号、叫号、过号、转办、大厅状态")

    p = g.add_parser("issue", parents=[hall], help="取号")
    p.add_argument("line", type=CODE, help="业务类别编码（见 queue lines）")
    p.add_argument(
        "--priority", default=None, help="优先通道 elderly/disabled/military/pregnant/appointment"
    )
    p.add_argument("--id-number", default=None, type=ID_NUMBER,
                   help="身份证号（年满规定年龄自动走老年人通道）")  # fmt: skip
    p.add_argument("--source", default="clerk", choices=["kiosk", "clerk", "appointment"])
    p.set_defaults(func=_issue)
    p = g.add_parser("checkin", parents=[hall], help="预约签到（预约码或身份证号）")
    p.add_argument("code", type=short_text(18, "预约码或身份证号"))
    p.set_defaults(func=_checkin)
    p = g.add_parser("book", parents=[hall], help="登记一条预约（供签到）")
    p.add_argument("line", type=CODE)
    p.add_argument(
        "--day", required=True, help=f"办理日期 YYYY-MM-DD（今天起 {BOOK_AHEAD_DAYS} 天内）"
    )
    p.add_argument("--id-number", default=None, type=ID_NUMBER)
    p.add_argument("--name", default="", type=short_text(50, "姓名"))
    p.add_argument("--slot", default="", help="时段，如 09:00-10:00",
                   type=short_text(11, "时段", pattern=r"\d{2}:\d{2}-\d{2}:\d{2}",
                                   hint="，应写成 09:00-10:00"))  # fmt: skip
    p.add_argument("--code", default=None, help="预约码（默认自动生成8位数字）",
                   type=short_text(20, "预约码", pattern=r"[A-Za-z0-9]{4,20}",
                                   hint="，应为4–20位字母或数字"))  # fmt: skip
    p.set_defaults(func=_book)

    for name, text in [("call", "叫下一位"), ("recall", "重呼当前号"), ("skip", "过号"),
                       ("start", "开始办理"), ("pause", "暂停窗口"), ("resume", "恢复窗口")]:  # fmt: skip
        p = g.add_parser(name, parents=[hall, window], help=text)
        p.set_defaults(func=_window_action, action=name)
    p = g.add_parser("finish", parents=[hall, window], help="办结当前号")
    p.add_argument("--rating", type=int_range(1, 5, "评价"), default=None,
                   help="评价 1 非常满意 2 满意 3 基本满意 4 不满意 5 非常不满意")  # fmt: skip
    p.set_defaults(func=_window_action, action="finish")
    p = g.add_parser("rejoin", parents=[hall], help="过号后补到")
    p.add_argument("number", help="排队号，如 A003", type=short_text(10, "排队号"))
    p.set_defaults(func=_rejoin)
    p = g.add_parser("transfer", parents=[hall, window], help="转办到其他业务类别或窗口")
    dest = p.add_mutually_exclusive_group(required=True)
    dest.add_argument("--to-line", default=None, metavar="CODE", type=CODE)
    dest.add_argument("--to-window", type=WINDOW, default=None, metavar="M")
    p.set_defaults(func=_transfer)

    p = g.add_parser("status", parents=[hall], help="大厅状态：各类别等候人数、各窗口当前号")
    p.set_defaults(func=_status)
    p = g.add_parser("lines", parents=[hall], help="业务类别、办理时间与余号")
    p.set_defaults(func=_lines)
    p = g.add_parser("calls", parents=[hall], help="最近的叫号（含重呼）")
    p.add_argument("--since", default=None, help="ISO 时间，只列出其后的叫号")
    p.add_argument("--limit", type=int_range(1, 500, "条数"), default=20)
    p.set_defaults(func=_calls)


def _service(args: argparse.Namespace) -> QueueService:
    settings = load_settings(args)
    return QueueService(store_for(args), settings, hall_code=settings.hall_code or None)


def _ticket_text(t: TicketView) -> str:
    lane = f"（{t.priority_label}优先）" if t.priority_label else ""
    if t.status == TicketStatus.WAITING:
        return (f"{t.number}{lane} {t.line_name}：前面还有 {t.ahead} 人，"
                f"预计等候约 {t.est_wait_minutes} 分钟")  # fmt: skip
    where = f" {t.window_no} 号窗口" if t.window_no else ""
    labels: dict[str, str] = {TicketStatus.CALLED: "已呼叫", TicketStatus.SERVING: "办理中",
                              TicketStatus.DONE: "已办结", TicketStatus.NO_SHOW: "过号"}  # fmt: skip
    return f"{t.number}{lane} {t.line_name}{where} {labels.get(t.status, t.status)}"


def _emit_ticket(args: argparse.Namespace, t: TicketView) -> int:
    data = t.as_dict()
    data["line"] = t.line_code
    emit(args, data, _ticket_text(t))
    return 0


def _window_text(w: WindowStatus) -> str:
    state = "暂停" if w.paused else (w.current.number if w.current else "空闲")
    return f"{w.no:>3} {w.name}\t{state}\t可叫 {w.waiting} 人\t{'、'.join(w.line_codes)}"


def _issue(args: argparse.Namespace) -> int:
    q = _service(args)
    t = q.issue(cli_actor(q.hall_code), args.line, source=args.source,
                priority=args.priority, id_number=args.id_number)  # fmt: skip
    return _emit_ticket(args, t)


def _checkin(args: argparse.Namespace) -> int:
    q = _service(args)
    return _emit_ticket(args, q.check_in(cli_actor(q.hall_code), args.code))


def _book(args: argparse.Namespace) -> int:
    try:
        day = dt.date.fromisoformat(args.day.strip())
    except ValueError:
        raise InvalidInput(f"日期“{args.day[:20]}”格式应为 YYYY-MM-DD") from None
    today = local_day(utcnow())
    if day < today:
        raise InvalidInput(f"预约日期 {day} 已经过去，只能预约今天（{today}）或以后")
    if day > today + dt.timedelta(days=BOOK_AHEAD_DAYS):
        raise InvalidInput(f"预约日期 {day} 太远：最多预约 {BOOK_AHEAD_DAYS} 天以内")
    q = _service(args)
    data = q.book_appointment(cli_actor(q.hall_code), args.line, day, id_number=args.id_number,
                              name=args.name, slot=args.slot, code=args.code)  # fmt: skip
    emit(args, data, f"已预约 {data['day']} {data['line']}，预约码 {data['code']}")
    return 0


def _window_action(args: argparse.Namespace) -> int:
    q = _service(args)
    actor = cli_actor(q.hall_code)
    if args.action in ("pause", "resume"):
        w = getattr(q, args.action)(actor, args.window)
        emit(args, w.as_dict(), _window_text(w))
        return 0
    if args.action == "finish":
        return _emit_ticket(args, q.finish(actor, args.window, rating=args.rating))
    return _emit_ticket(args, getattr(q, args.action if args.action != "call" else "call_next")(
        actor, args.window))  # fmt: skip


def _rejoin(args: argparse.Namespace) -> int:
    q = _service(args)
    return _emit_ticket(args, q.rejoin(cli_actor(q.hall_code), args.number))


def _transfer(args: argparse.Namespace) -> int:
    q = _service(args)
    t = q.transfer(cli_actor(q.hall_code), args.window, to_line=args.to_line,
                   to_window=args.to_window)  # fmt: skip
    return _emit_ticket(args, t)


def _status(args: argparse.Namespace) -> int:
    st = _service(args).status()
    text = [f"{st.hall_name}（{st.hall_code}）"]
    text += [f"  {ln.prefix} {ln.name}\t等候 {ln.waiting} 人\t约 {ln.est_wait_minutes} 分钟"
             for ln in st.lines]  # fmt: skip
    text += [_window_text(w) for w in st.windows]
    emit(args, st.as_dict(), "\n".join(text))
    return 0


def _lines(args: argparse.Namespace) -> int:
    lines = _service(args).lines()
    text = [f"{ln.code}\t{ln.prefix}\t{ln.name}\t{ln.hours_text}\t"
            f"{'办理中' if ln.open_now else '未到办理时间'}\t余号 {ln.cap_left}\t等候 {ln.waiting}"
            for ln in lines]  # fmt: skip
    emit(args, [ln.as_dict() for ln in lines], "\n".join(text))
    return 0


def _calls(args: argparse.Namespace) -> int:
    since = None
    if args.since:
        try:
            since = dt.datetime.fromisoformat(args.since)
        except ValueError:
            raise InvalidInput(
                f"时间“{args.since}”应为 ISO 格式，如 2026-03-09T10:00:00+08:00"
            ) from None
        if since.tzinfo is None:
            raise InvalidInput("--since 须带时区，如 2026-03-09T10:00:00+08:00")
    calls = _service(args).calls_since(since, args.limit)
    emit(args, [c.as_dict() for c in calls],
         "\n".join(f"{c.called_at.isoformat()} {c.number} → {c.window_name}（第{c.call_count}次）"
                   for c in calls))  # fmt: skip
    return 0
