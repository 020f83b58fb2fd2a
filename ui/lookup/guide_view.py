"""The service guide as a citizen reads it at the touchscreen: first what to meet and bring
(conditions, each material with its original and copy counts and notes), what it costs, how
long it takes (with its unit), where, when and whom to call; then the legal basis in rank
order. The flowchart is drawn beside it (ui.lookup.flowchart), the QR below it."""

from __future__ import annotations

from html import escape
from typing import Any

import qrcode
import qrcode.constants
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

from app.lookup.window_map import WindowPlace


def _t(text: str) -> str:
    return QCoreApplication.translate("LookupGuide", text)


def _p(text: str) -> str:
    return escape(text).replace("\n", "<br>") if text else "—"


def lookup_guide_html(g: dict[str, Any]) -> str:
    mats = "".join(
        f"<tr><td width='8%' valign='top'><b>{m['seq']}</b></td><td valign='top'>"
        f"<b>{escape(m['name'])}</b><br>"
        f"<span style='color:#8b1a1a'>{escape(m['necessity'])}</span>　"
        + _t("原件 %1 份　复印件 %2 份")
        .replace("%1", str(m["originals"]))
        .replace("%2", str(m["copies"]))
        + f"　{escape(m['medium'])}"
        + (f"<br><span style='color:#555'>{escape(m['notes'])}</span>" if m["notes"] else "")
        + "</td></tr>"
        for m in g["materials"]
    )
    fee = g["fee"]
    if fee["charged"]:
        fee_text = "；".join(f"{escape(i['name'])} {escape(i['amount'])}" for i in fee["items"])
        if fee["basis"]:
            fee_text += "<br>" + _t("收费依据：") + escape(fee["basis"])
    else:
        fee_text = _t("不收费")
    bases = "".join(
        f"<li>［{escape(b['rank'])}］《{escape(b['title'])}》"
        f"{escape('（' + b['doc_no'] + '）' if b['doc_no'] else '')}{escape(b['article'])}</li>"
        for b in g["legal_bases"]
    )
    h3 = "style='color:#8b1a1a;margin-top:18px'"
    return f"""
<h2 style='color:#8b1a1a;margin:0'>{escape(g["name"])}</h2>
<p style='color:#555'>{escape(g["department"])} · {escape(g["case_type"])}</p>
<h3 {h3}>{_t("一、受理条件")}</h3><p>{_p(g["conditions"])}</p>
<h3 {h3}>{_t("二、需要带的材料")}</h3>
<table cellspacing=0 cellpadding=8 width='100%' border=0>{mats}</table>
<h3 {h3}>{_t("三、收费")}</h3><p>{fee_text}</p>
<h3 {h3}>{_t("四、办理时限")}</h3>
<p>{_t("承诺时限：")}{escape(g["promise_limit"])}<br>{_t("法定时限：")}{escape(g["legal_limit"])}<br>\
{_t("到现场次数：")}{g["visits_required"]}</p>
<h3 {h3}>{_t("五、办理地点")}</h3><p>{_p(g["place"])}</p>
<h3 {h3}>{_t("六、办理时间")}</h3><p>{_p(g["hours"])}</p>
<h3 {h3}>{_t("七、咨询与监督电话")}</h3>
<p>{_t("咨询电话：")}{_p(g["consult_phone"])}<br>{_t("监督电话：")}{_p(g["supervise_phone"])}</p>
<h3 {h3}>{_t("八、办理结果")}</h3><p>{_p(g["result_name"])}</p>
<h3 {h3}>{_t("九、设定与实施依据（按法律效力层级排列）")}</h3><ol>{bases}</ol>
<p style='color:#555'>{_t("实施编码")} {escape(g["impl_code"])}</p>
"""


def qr_pixmap(payload: str, size: int) -> QPixmap:
    """A QR code of ``payload`` (qrcode's matrix painted as squares), ``size`` px square."""
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=2)
    qr.add_data(payload)
    qr.make(fit=True)
    matrix = qr.get_matrix()
    n = len(matrix)
    image = QImage(n, n, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(x, y, 1, 1, QColor("black"))
    painter.end()
    return QPixmap.fromImage(image.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.FastTransformation))  # fmt: skip


def window_map_html(places: list[WindowPlace]) -> str:
    """窗口分布 as one table: each window's number, name and kind, the lines it calls and the
    departments behind them."""
    rows = []
    for p in places:
        lines = "、".join(p.lines) or "—"
        depts = "、".join(p.departments)
        rows.append(
            f"<tr><td width='110' valign='top' style='font-size:26pt;color:#a61b1b'>"
            f"<b>{p.no}</b></td><td valign='top'><b>{escape(p.name)}</b>"
            f"（{escape(p.kind)}）<br>{escape(lines)}"
            + (f"<br><span style='color:#555'>{escape(depts)}</span>" if depts else "")
            + "</td></tr>"
        )
    return f"<table width='100%' cellpadding=10 cellspacing=0>{''.join(rows)}</table>"
