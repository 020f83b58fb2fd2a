"""The 办事指南 as HTML for a QTextBrowser: conditions, materials, legal basis in rank order,
limits, fees, process and place."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication


def _p(text: str) -> str:
    return escape(text).replace("\n", "<br>") if text else "—"


def guide_html(g: dict[str, Any]) -> str:
    mats = "".join(
        f"<tr><td>{m['seq']}</td><td>{escape(m['name'])}</td><td>{m['originals']}</td>"
        f"<td>{m['copies']}</td><td>{escape(m['medium'])}</td><td>{escape(m['necessity'])}</td>"
        f"<td>{escape(m['issuer'])}</td><td>{escape(m['notes'])}</td></tr>"
        for m in g["materials"]
    )
    bases = "".join(
        f"<li>[{escape(b['rank'])}·{escape(b['role'])}] 《{escape(b['title'])}》"
        f"{escape(b['doc_no'] and '（' + b['doc_no'] + '）')}{escape(b['article'])}</li>"
        for b in g["legal_bases"]
    )
    steps = " → ".join(
        escape(s["name"])
        + (
            QCoreApplication.translate("GuideHtml", "（%n日）", "", s["limit_days"])
            if s["limit_days"]
            else ""
        )
        for s in g["steps"]
    )
    fee = g["fee"]
    fee_text = (
        "；".join(f"{escape(i['name'])} {escape(i['amount'])}" for i in fee["items"])
        + (
            "<br>" + QCoreApplication.translate("GuideHtml", "收费依据：%s") % escape(fee["basis"])
            if fee["basis"]
            else ""
        )
        if fee["charged"]
        else QCoreApplication.translate("GuideHtml", "不收费")
    )
    # lupdate only finds literal translate() calls, so each label is spelled out here.
    t = {
        "impl_code": QCoreApplication.translate("GuideHtml", "实施编码"),
        "legal": QCoreApplication.translate("GuideHtml", "法定办结时限"),
        "promise": QCoreApplication.translate("GuideHtml", "承诺办结时限"),
        "visits": QCoreApplication.translate("GuideHtml", "到现场次数"),
        "times": QCoreApplication.translate("GuideHtml", "%n 次", "", g["visits_required"]),
        "fee": QCoreApplication.translate("GuideHtml", "收费"),
        "result": QCoreApplication.translate("GuideHtml", "办理结果"),
        "conditions": QCoreApplication.translate("GuideHtml", "受理条件"),
        "materials": QCoreApplication.translate("GuideHtml", "申请材料"),
        "seq": QCoreApplication.translate("GuideHtml", "序号"),
        "mat_name": QCoreApplication.translate("GuideHtml", "材料名称"),
        "originals": QCoreApplication.translate("GuideHtml", "原件"),
        "copies": QCoreApplication.translate("GuideHtml", "复印件"),
        "medium": QCoreApplication.translate("GuideHtml", "形式"),
        "necessity": QCoreApplication.translate("GuideHtml", "必要性"),
        "issuer": QCoreApplication.translate("GuideHtml", "出具单位"),
        "notes": QCoreApplication.translate("GuideHtml", "备注"),
        "bases": QCoreApplication.translate("GuideHtml", "设定与实施依据（按法律效力层级排列）"),
        "process": QCoreApplication.translate("GuideHtml", "办理流程"),
        "place": QCoreApplication.translate("GuideHtml", "办理地点与时间"),
        "contact": QCoreApplication.translate("GuideHtml", "咨询与监督"),
        "consult": QCoreApplication.translate("GuideHtml", "咨询电话："),
        "supervise": QCoreApplication.translate("GuideHtml", "监督电话："),
    }
    th = "style='background:#f3e3e1;padding:3px'"
    return f"""
<h2 style='color:#8b1a1a;margin:0'>{escape(g["name"])}</h2>
<p style='color:#555'>{escape(g["department"])} · {escape(g["matter_type_name"])} ·
{escape(g["case_type"])} · {t["impl_code"]} {escape(g["impl_code"])}</p>
<table cellspacing=0 cellpadding=3>
<tr><td><b>{t["legal"]}</b></td><td>{escape(g["legal_limit"])}</td></tr>
<tr><td><b>{t["promise"]}</b></td><td>{escape(g["promise_limit"])}</td></tr>
<tr><td><b>{t["visits"]}</b></td><td>{t["times"]}</td></tr>
<tr><td><b>{t["fee"]}</b></td><td>{fee_text}</td></tr>
<tr><td><b>{t["result"]}</b></td><td>{_p(g["result_name"])}</td></tr>
</table>
<h3>{t["conditions"]}</h3><p>{_p(g["conditions"])}</p>
<h3>{t["materials"]}</h3>
<table border=1 cellspacing=0 cellpadding=3 style='border-color:#ccc' width='100%'>
<tr><th {th} width='5%'>{t["seq"]}</th><th {th} width='25%'>{t["mat_name"]}</th>\
<th {th} width='8%'>{t["originals"]}</th><th {th} width='8%'>{t["copies"]}</th>
<th {th} width='10%'>{t["medium"]}</th><th {th} width='10%'>{t["necessity"]}</th>\
<th {th} width='16%'>{t["issuer"]}</th><th {th} width='18%'>{t["notes"]}</th></tr>
{mats}</table>
<h3>{t["bases"]}</h3><ol>{bases}</ol>
<h3>{t["process"]}</h3><p>{steps or "—"}</p>
<h3>{t["place"]}</h3><p>{_p(g["place"])}<br>{_p(g["hours"])}</p>
<h3>{t["contact"]}</h3><p>{t["consult"]}{_p(g["consult_phone"])}\
　{t["supervise"]}{_p(g["supervise_phone"])}</p>
"""
