"""Screenshots of the case screens inside the real clerk window at 1920×1080, for the user guide
and for checking by eye. Run under Xvfb (or offscreen):

    Xvfb :99 -screen 0 1920x1080x24 & DISPLAY=:99 QT_QPA_PLATFORM=xcb \\
        python -m ui.clerk.intake.screens docs/screens

A throwaway copy of the demo store, the hall's clock set to 30 Sept 2026 (the day before the
National Day holiday), the simulated ID-card reader and A4 output into a temporary folder."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.queue.numbering import HALL_TZ  # noqa: E402

SIZE = (1920, 1080)


class _Clock:
    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(milliseconds=1)
        return self.now.astimezone(dt.UTC)


def pump(ms: int = 300) -> None:
    from ui.common.worker import wait_idle

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    wait_idle()
    QApplication.processEvents()


def wait(signal: Any, action: Callable[[], Any], timeout_ms: int = 20_000) -> list[Any]:
    """Do ``action`` and wait until ``signal`` fires; its arguments."""
    got: list[list[Any]] = []
    loop = QEventLoop()

    def fired(*args: Any) -> None:
        got.append(list(args))
        loop.quit()

    signal.connect(fired)
    QTimer.singleShot(timeout_ms, loop.quit)
    action()
    if not got:
        loop.exec()
    signal.disconnect(fired)
    if not got:
        raise TimeoutError(f"no signal after {timeout_ms} ms")
    return got[0]


def shot(path: Path, widget: QWidget | None = None) -> None:
    pump(500)
    if widget is None:  # the whole screen: the window and any dialog over it
        screen = QGuiApplication.primaryScreen()
        screen.grabWindow(0, 0, 0, *SIZE).save(str(path))
    else:
        widget.grab().save(str(path))
    print(path)


def _earlier_cases(svc: Any, actor: Any, clock: _Clock) -> None:
    """A few cases from earlier days, so "my open cases" shows red, yellow and green."""
    from app.cases.views import Deficiency, IntakeInput, MaterialCheck, PartyInput

    start = clock.now
    plan = [  # (day accepted or received, matter, applicant, what happens)
        (dt.date(2026, 9, 24), "11510822008123013A4010010010010", "刘德明", "accept"),
        (dt.date(2026, 10, 8), "11510822008123013A4010010030010", "陈美玲", "accept"),
        (dt.date(2026, 10, 12), "11510822008123013A4010010030010", "周建国", "notice"),
    ]
    for day, impl, name, what in plan:
        clock.now = dt.datetime.combine(day, dt.time(10), tzinfo=HALL_TZ)
        items = svc.checklist(impl).items
        data = IntakeInput(impl_code=impl, applicant=PartyInput("person", name, "11010519491231002X",
                           "13900001111"), materials=[MaterialCheck(i.seq, i.name) for i in items])  # fmt: skip
        case_no = svc.receive(actor, data).case_no
        if what == "accept":
            svc.accept(actor, case_no)
        else:
            first = items[0]
            svc.issue_notice(
                actor, case_no, [Deficiency(first.seq, first.name, "未提交", "提交原件")]
            )
    clock.now = start


def main(out: Path) -> None:
    import shutil

    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    printed = tmp / "printed"
    printed.mkdir()
    clock = _Clock(dt.datetime(2026, 9, 30, 9, 40, tzinfo=HALL_TZ))
    import app.cases.service
    import app.queue.service

    app.cases.service.utc_now = clock  # type: ignore[assignment]
    app.queue.service.utc_now = clock  # type: ignore[assignment]

    from app.demo import seed
    from app.journal import Actor
    from app.queue.service import QueueService
    from app.settings import Settings
    from app.staff import sign_in
    from app.store import hall_facts, open_store
    from tests.support.typing import ime_commit
    from ui.app_main import make_app
    from ui.clerk.main_window import ClerkWindow
    from ui.common.style import DESK_QSS

    settings = Settings(db=f"sqlite:///{tmp / 'hall.db'}", hall_code="HALL-001", window_no=3,
                        demo=False, id_reader="sim://", a4_printer=f"file://{printed}",
                        queue_enforce_hours=False)  # fmt: skip
    store = open_store(settings, auto_migrate=True)
    seed(store)
    qapp = make_app(settings)
    qapp.setStyleSheet(DESK_QSS)
    info, actor = sign_in(store, "Q0003", "yc-demo-1")
    hall_name, depts = hall_facts(store)
    win = ClerkWindow(store, settings, info, actor, hall_name=hall_name, departments=depts)
    win.setGeometry(0, 0, *SIZE)
    win.show()
    win.activateWindow()
    pump(800)
    screens = win.case_screens
    intake, page, desk = screens.intake, screens.page, screens.desk

    _earlier_cases(screens.access.cases(), actor, clock)
    kiosk = Actor(name="kiosk:1", roles=frozenset({"kiosk"}), hall_code="HALL-001")
    queue = QueueService(store, settings)
    for _ in range(4):
        queue.issue(kiosk, "SCJG")
    assert win.call_panel is not None
    pump(800)
    wait(win.call_panel.changed, win.call_panel.do_call)
    wait(intake.done, lambda: win.tabs.setCurrentWidget(intake))
    wait(intake.done, lambda: intake.read_card(intake.applicant))
    intake.applicant.edits["phone"].setText("13800138000")
    intake.agent_box.setChecked(True)
    ime_commit(intake.agent.edits["name"], "赵丽")
    intake.agent.edits["cert_no"].setText("11010519491231002Y")  # a typing error, shown inline
    intake.agent.check_field("cert_no")
    intake.agent.edits["phone"].setText("15912343087")
    wait(intake.matter.results_shown, lambda: intake.matter.query.setText("yyzz"))
    names = [intake.matter.model.row_at(r).name for r in range(intake.matter.model.rowCount())]
    wait(intake.done, lambda: intake.matter.choose_row(names.index("有限责任公司设立登记")))
    items = intake.materials.checklist_items
    intake.materials.set_status(items[4].seq, "missing")
    intake.materials.set_status(items[2].seq, "defective", "股东身份证复印件模糊，号码无法辨认")
    shot(out / "case_intake.png", win)

    intake.agent.edits["cert_no"].setText("11010519491231002X")
    intake.agent.check_field("cert_no")
    notice = wait(desk.issued, lambda: intake.decide("notice"))[0]
    shot(out / "case_notice_preview.png")
    (tmp / "notice.pdf").write_bytes(notice.pdf)
    assert desk.preview is not None
    desk.preview.close()

    clock.now = dt.datetime(2026, 9, 30, 15, 10, tzinfo=HALL_TZ)
    case_no = intake.case_no
    assert case_no is not None
    wait(page.loaded, lambda: intake.open_case.emit(case_no))
    for i in range(page.notice_items.count()):
        page.notice_items.item(i).setCheckState(page.notice_items.item(i).checkState().Checked)
    receipt = wait(desk.issued, page.accept_after_notice)[0]
    shot(out / "case_receipt_preview.png")
    (tmp / "receipt.pdf").write_bytes(receipt.pdf)

    desk.preview.close()
    win.tabs.setCurrentWidget(page)

    def step(opinion: str) -> None:
        page.do_step()
        ime_commit(page.step_dialog.opinion, opinion)
        wait(page.done, page.step_dialog.ok_button.click)

    step("材料齐全，符合设立条件")
    clock.now = dt.datetime(2026, 10, 8, 9, 20, tzinfo=HALL_TZ)
    page.do_pause()
    ime_commit(page.pause_dialog.reason, "核实住所与申请材料是否一致")
    page.pause_dialog.days.setValue(3)
    wait(desk.issued, page.pause_dialog.ok_button.click)
    desk.preview.close()
    clock.now = dt.datetime(2026, 10, 12, 16, 0, tzinfo=HALL_TZ)
    wait(page.done, page.do_resume)
    page.do_extend()
    page.extend_dialog.days.setValue(5)
    ime_commit(page.extend_dialog.reason, "需补充核查股东出资情况")
    page.extend_dialog.ok_button.click()
    page.supervisor_dialog.work_no.setText("Q0022")
    page.supervisor_dialog.password.setText("yc-lead-1")
    wait(desk.issued, page.supervisor_dialog.ok_button.click)
    desk.preview.close()
    clock.now = dt.datetime(2026, 10, 13, 10, 0, tzinfo=HALL_TZ)
    wait(page.loaded, page.reload)
    page.say("")
    shot(out / "case_timeline.png", win)

    wait(screens.cases.refreshed, lambda: win.tabs.setCurrentWidget(screens.cases))
    shot(out / "case_my_cases.png", win)
    for name in ("notice", "receipt"):
        os.system(f"pdftoppm -r 60 -png -f 1 -l 1 {tmp / name}.pdf {tmp / name}")
        shutil.copy(next(tmp.glob(f"{name}-*1.png")), out / f"case_{name}_pdf.png")
        print(out / f"case_{name}_pdf.png")
    win.close()
    pump(300)
    store.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screens"))
