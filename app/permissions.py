"""Who may do what. Checked here, in app/, so a hidden button is never the only guard."""

from __future__ import annotations

from app.errors import PermissionDenied
from app.journal import Actor

ROLE_LABELS = {"clerk": "窗口人员", "supervisor": "效能监察（主管）", "admin": "系统管理员"}

# permission -> (roles allowed, Chinese name of the action)
PERMISSIONS: dict[str, tuple[frozenset[str], str]] = {
    "catalog.edit": (frozenset({"admin"}), "导入或修改事项目录"),
    "calendar.edit": (frozenset({"admin"}), "维护节假日日历"),
    "staff.manage": (frozenset({"admin"}), "新增或修改工作人员"),
    "queue.call": (frozenset({"clerk", "supervisor", "admin"}), "窗口叫号"),
    "queue.issue": (frozenset({"clerk", "supervisor", "admin", "kiosk"}), "发放排队号"),
    "queue.manage": (frozenset({"supervisor", "admin"}), "管理业务类别与窗口"),
    "queue.any_window": (frozenset({"supervisor", "admin"}), "在非本人窗口叫号办理"),
    "devices.manage": (frozenset({"admin", "supervisor"}), "设置外接设备"),
    "audit.read": (frozenset({"supervisor", "admin"}), "查看审计日志"),
    "case.intake": (frozenset({"clerk", "supervisor", "admin"}), "收件、受理或登记首问"),
    "case.handle": (frozenset({"clerk", "supervisor", "admin"}), "办理办件"),
    "case.approve": (frozenset({"supervisor", "admin"}), "批准延期或再次补正告知"),
    "case.supervise": (frozenset({"supervisor", "admin"}), "查看全部办件与差评整改"),
    "case.rate": (frozenset({"kiosk", "clerk", "supervisor", "admin"}), "登记办件评价"),
    "warning.ack": (frozenset({"supervisor", "admin"}), "确认预警并填写说明"),
    "complaint.file": (frozenset({"clerk", "supervisor", "admin"}), "登记投诉"),
    "complaint.handle": (frozenset({"supervisor", "admin"}), "分派投诉或答复他人承办的投诉"),
    "dashboard.open": (frozenset({"supervisor", "admin"}), "打开效能监察台"),
}


def allowed(actor: Actor, permission: str) -> bool:
    roles, _ = PERMISSIONS[permission]
    return bool(actor.roles & roles)


def require(actor: Actor, permission: str) -> None:
    roles, action = PERMISSIONS[permission]
    if actor.roles & roles:
        return
    have = "、".join(ROLE_LABELS.get(r, r) for r in sorted(actor.roles)) or "无角色"
    need = "或".join(ROLE_LABELS.get(r, r) for r in sorted(roles) if r in ROLE_LABELS)
    raise PermissionDenied(f"当前账号（{have}）无权{action}，需要{need}权限。")
