"""What the clerk typed or read at intake, checked field by field. Every problem is reported at
once, in Chinese, naming the field, so the clerk corrects the form without retyping anything."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from app.cases.views import IntakeInput, MaterialCheck, PartyInput
from app.errors import InvalidInput
from app.identity import parse_phone, parse_resident_id, parse_uscc

MATERIAL_STATUSES = {"received": "已收", "missing": "缺少", "defective": "有误",
                     "deferred": "容缺后补", "n/a": "不适用"}  # fmt: skip
FORMS = ("原件", "复印件", "原件及复印件", "电子")


class FieldErrors(InvalidInput):
    """Several fields are wrong; ``errors`` maps field name to its Chinese message."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("；".join(errors.values()))
        self.errors = errors


def _party(p: PartyInput, prefix: str, label: str, today: dt.date) -> tuple[PartyInput, dict[str, str]]:
    errors: dict[str, str] = {}
    name, cert, phone = p.name.strip(), p.cert_no, p.phone
    if p.kind not in ("person", "organisation"):
        errors[f"{prefix}.kind"] = f"{label}类型应为自然人或法人/其他组织"
    if not name:
        errors[f"{prefix}.name"] = f"{label}姓名/名称：请填写"
    try:
        if p.kind == "organisation":
            cert = parse_uscc(p.cert_no)
        else:
            cert = parse_resident_id(p.cert_no, today=today).number
    except InvalidInput as exc:
        field = "统一社会信用代码" if p.kind == "organisation" else "身份证号码"
        errors[f"{prefix}.cert_no"] = f"{label}{field}：{exc.message}"
    if p.phone.strip():
        try:
            phone = parse_phone(p.phone)
        except InvalidInput as exc:
            errors[f"{prefix}.phone"] = f"{label}联系电话：{exc.message}"
    if p.kind == "organisation" and not p.legal_rep.strip():
        errors[f"{prefix}.legal_rep"] = f"{label}法定代表人/负责人：请填写"
    cert_type = p.cert_type or ("统一社会信用代码" if p.kind == "organisation" else "居民身份证")
    clean = replace(p, name=name, cert_no=cert, phone=phone, cert_type=cert_type,
                    address=p.address.strip(), legal_rep=p.legal_rep.strip())  # fmt: skip
    return clean, errors


def _material(m: MaterialCheck, today: dt.date) -> dict[str, str]:
    errors: dict[str, str] = {}
    key = f"materials.{m.seq}"
    if m.status not in MATERIAL_STATUSES:
        errors[key] = f"材料“{m.name}”的状态“{m.status}”无效"
    if m.status == "received" and m.count < 1:
        errors[key] = f"材料“{m.name}”：已收时份数至少为1"
    if m.status == "defective" and not m.reason.strip():
        errors[key] = f"材料“{m.name}”：有误时请写明原因"
    if m.status == "deferred":
        if m.promised_date is None:
            errors[key] = f"材料“{m.name}”：容缺后补请填写承诺补交日期"
        elif m.promised_date < today:
            errors[key] = f"材料“{m.name}”：承诺补交日期不能早于今天"
    if m.form not in FORMS:
        errors[key] = f"材料“{m.name}”：形式应为{'/'.join(FORMS)}"
    return errors


def validate(data: IntakeInput, today: dt.date) -> tuple[IntakeInput, dict[str, str]]:
    """The cleaned input and the field errors (empty when all is well)."""
    errors: dict[str, str] = {}
    if not data.impl_code.strip():
        errors["impl_code"] = "办理事项：请先检索并选择事项"
    applicant, errs = _party(data.applicant, "applicant", "申请人", today)
    errors.update(errs)
    agent = data.agent
    if agent is not None:
        agent, errs = _party(replace(agent, kind="person"), "agent", "代办人", today)
        errors.update(errs)
    for m in data.materials:
        errors.update(_material(m, today))
    if data.pickup not in ("window", "post"):
        errors["pickup"] = "结果领取方式应为窗口自取或邮寄"
    if data.pickup == "post" and not data.postal_address.strip():
        errors["postal_address"] = "邮寄地址：选择邮寄时请填写"
    clean = replace(data, impl_code=data.impl_code.strip(), applicant=applicant, agent=agent)
    return clean, errors


def unresolved_required(materials: list[dict]) -> list[str]:
    """Names of required materials that block acceptance (missing or defective)."""
    return [m["name"] for m in materials
            if m.get("required", True) and m.get("status") in ("missing", "defective")]  # fmt: skip
