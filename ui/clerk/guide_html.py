"""The 办事指南 as HTML for a QTextBrowser: conditions, materials, legal basis in rank order,
limits, fees, process and place."""

from __future__ import annotations

from html import escape
from typing import Any


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
        escape(s["name"]) + (f"（{s['limit_days']}日）" if s["limit_days"] else "")
        for s in g["steps"]
    )
    fee = g["fee"]
    fee_text = (
        "；".join(f"{escape(i['name'])} {escape(i['amount'])}" for i in fee["items"])
        + (f"<br>收费依据：{escape(fee['basis'])}" if fee["basis"] else "")
        if fee["charged"]
        else "不收费"
    )
    th = "style='background:#f3e3e1;padding:3px'"
    return f"""
<h2 style='color:#8b1a1a;margin:0'>{escape(g["name"])}</h2>
<p style='color:#555'>{escape(g["department"])} · {escape(g["matter_type_name"])} ·
{escape(g["case_type"])} · 实施编码 {escape(g["impl_code"])}</p>
<table cellspacing=0 cellpadding=3>
<tr><td><b>法定办结时限</b></td><td>{escape(g["legal_limit"])}</td></tr>
<tr><td><b>承诺办结时限</b></td><td>{escape(g["promise_limit"])}</td></tr>
<tr><td><b>到现场次数</b></td><td>{g["visits_required"]} 次</td></tr>
<tr><td><b>收费</b></td><td>{fee_text}</td></tr>
<tr><td><b>办理结果</b></td><td>{_p(g["result_name"])}</td></tr>
</table>
<h3>受理条件</h3><p>{_p(g["conditions"])}</p>
<h3>申请材料</h3>
<table border=1 cellspacing=0 cellpadding=3 style='border-color:#ccc' width='100%'>
<tr><th {th} width='6%'>序号</th><th {th} width='30%'>材料名称</th><th {th}>原件</th><th {th}>复印件</th>
<th {th}>形式</th><th {th}>必要性</th><th {th} width='18%'>出具单位</th><th {th} width='20%'>备注</th></tr>
{mats}</table>
<h3>设定与实施依据（按法律效力层级排列）</h3><ol>{bases}</ol>
<h3>办理流程</h3><p>{steps or "—"}</p>
<h3>办理地点与时间</h3><p>{_p(g["place"])}<br>{_p(g["hours"])}</p>
<h3>咨询与监督</h3><p>咨询电话：{_p(g["consult_phone"])}　监督电话：{_p(g["supervise_phone"])}</p>
"""
