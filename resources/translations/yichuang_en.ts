<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="40"/>
        <source>已呼叫</source>
        <translation>Called</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="41"/>
        <source>办理中</source>
        <translation>In service</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="90"/>
        <source>%d 号窗口</source>
        <translation>Window %d</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="95"/>
        <location filename="../../ui/clerk/call_panel.py" line="244"/>
        <source>当前没有正在办理的号</source>
        <translation>No ticket in service</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="110"/>
        <source>叫号</source>
        <translation>Call next</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="111"/>
        <source>重呼</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="112"/>
        <source>过号</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="113"/>
        <source>转移</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="114"/>
        <source>开始办理</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="115"/>
        <source>办结</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="116"/>
        <source>暂停</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="117"/>
        <source>过号补回</source>
        <translation>Late return</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="120"/>
        <source>%s（%s）</source>
        <translation>%s (%s)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="133"/>
        <source>本窗口等候情况</source>
        <translation>Waiting for this window</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="142"/>
        <source>候叫队列（按叫号顺序）</source>
        <translation>Up next (in calling order)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="207"/>
        <source>服务中</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="207"/>
        <source>暂停服务中（按 F6 恢复）</source>
        <translation>Paused (F6 to resume)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="213"/>
        <source>还有 %d 人未列出</source>
        <translation>%d more not listed</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="215"/>
        <source>恢复（F6）</source>
        <translation>Resume (F6)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="215"/>
        <source>暂停（F6）</source>
        <translation>Pause (F6)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="218"/>
        <source>本窗口可叫：%d 人</source>
        <translation>Ready to call: %d</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="219"/>
        <source>%s %s：等候 %d 人，约 %d 分钟</source>
        <translation>%s %s: %d waiting, about %d min</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="255"/>
        <source>等候 %d 分钟</source>
        <translation>waited %d min</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="256"/>
        <source>第 %d 次呼叫 · %s</source>
        <translation>Call no. %d · %s</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="293"/>
        <source>当前没有等候的群众</source>
        <translation>Nobody is waiting</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="317"/>
        <source>%s 已过号</source>
        <translation>%s marked as no-show</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="335"/>
        <source>当前没有可转移的号</source>
        <translation>No ticket to transfer</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="359"/>
        <source>%s 已补回，前面还有 %d 人</source>
        <translation>%s is back in the queue, %d ahead</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="364"/>
        <source>%s 已转移</source>
        <translation>%s transferred</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="371"/>
        <source>窗口屏：%s</source>
        <translation>Window display: %s</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="375"/>
        <source>请%s号 办理</source>
        <translation>Now serving %s</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="378"/>
        <source>暂停服务</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="378"/>
        <source>%d号窗口</source>
        <translation>Window %d</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="381"/>
        <source>%s 已办结</source>
        <translation>%s finished</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="384"/>
        <source>%s 已办结，请群众在评价器上评价</source>
        <translation>%s finished; please ask the applicant to rate us on the pad</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="396"/>
        <source>%s 未评价</source>
        <translation>%s not rated</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="397"/>
        <source>%s 评价：%s</source>
        <translation>%s rated: %s</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="401"/>
        <source>评价器：%s</source>
        <translation>Rating pad: %s</translation>
    </message>
</context>
<context>
    <name>CallTransfer</name>
    <message>
        <location filename="../../ui/clerk/call_transfer.py" line="30"/>
        <source>取消（Esc）</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <location filename="../../ui/clerk/intake/case_actions.py" line="73"/>
        <source>环节已提交；当前：%s</source>
        <translation>Step submitted; now: %s</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_actions.py" line="100"/>
        <source>已启动特别程序（%s），暂停计时；告知书 %s</source>
        <translation>Special procedure started (%s), clock paused; notice %s</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_actions.py" line="114"/>
        <source>已恢复计时，承诺办结日期 %s</source>
        <translation>Clock resumed, promised by %s</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_actions.py" line="133"/>
        <source>已延期 %d 日，新的承诺办结日期 %s</source>
        <translation>Extended by %d days, now promised by %s</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_actions.py" line="140"/>
        <source>办件 %s 延长办理期限 %d 个工作日：%s</source>
        <translation>Case %s: extend the time limit by %d working days: %s</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_actions.py" line="158"/>
        <source>已办结：%s %s</source>
        <translation>Concluded: %s %s</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_actions.py" line="174"/>
        <source>未检测到身份证，请把证件平放在阅读器上，或手工输入</source>
        <translation>No ID card found. Lay the card flat on the reader, or type it in</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_actions.py" line="209"/>
        <source>已送达：%s</source>
        <translation>Delivered: %s</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_actions.py" line="224"/>
        <source>请申请人在评价器上评价（5 星 = 非常满意）…</source>
        <translation>Ask the applicant to rate on the rating pad (5 stars = very satisfied)…</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_actions.py" line="234"/>
        <location filename="../../ui/clerk/intake/case_actions.py" line="239"/>
        <location filename="../../ui/clerk/intake/case_actions.py" line="242"/>
        <source>评价：%s</source>
        <translation>Rating: %s</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_actions.py" line="254"/>
        <source>该文书没有保存原样数据，不能补打</source>
        <translation>This document was not kept as issued and cannot be reprinted</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_actions.py" line="274"/>
        <source>补打受理通知书：已生成新的查询密码 %s，原密码作废</source>
        <translation>Acceptance notice reprinted: new query password %s; the old one no longer works</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_actions.py" line="277"/>
        <source>补打 %s %s</source>
        <translation>Reprinted %s %s</translation>
    </message>
</context>
<context>
    <name>CaseDisplay</name>
    <message>
        <location filename="../../ui/clerk/intake/case_display.py" line="35"/>
        <source>；代办人 %s</source>
        <translation>; agent %s</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_display.py" line="37"/>
        <source>申请人：%s（%s %s）%s
收件：%s，%s（%s）；查询号 %s</source>
        <translation>Applicant: %s (%s %s)%s
Received: %s, %s (%s); query no. %s</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_display.py" line="40"/>
        <source>%d 号窗口</source>
        <translation>Window %d</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_display.py" line="51"/>
        <source>尚未受理：最迟 %s 前须一次性告知或作出决定（收件后5个工作日）</source>
        <translation>Not yet accepted: notify or decide by %s (5 working days after receipt)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_display.py" line="56"/>
        <source>工作日</source>
        <translation>working days</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_display.py" line="56"/>
        <source>自然日</source>
        <translation>calendar days</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_display.py" line="58"/>
        <source>已用 %d %s · 剩余 %s %s · 暂停 %d %s · 延期 %d %s · 承诺办结 %s · 法定办结 %s</source>
        <translation>Used %d %s · left %s %s · paused %d %s · extended %d %s · promised by %s · statutory by %s</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_display.py" line="63"/>
        <source> · 特别程序中，暂停计时</source>
        <translation> · special procedure, clock paused</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_display.py" line="67"/>
        <source> · 已超过法定时限</source>
        <translation> · past the statutory limit</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_display.py" line="78"/>
        <source>一次性告知单（已办结）</source>
        <translation>One-time notice (closed)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_display.py" line="88"/>
        <source>一次性告知单 %s（%s 出具，补正期限 %s）：申请人补正时逐项勾选</source>
        <translation>One-time notice %s (issued by %s, correct by %s): tick each item as it is brought</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_display.py" line="93"/>
        <source>%s：%s。要求：%s</source>
        <translation>%s: %s. Required: %s</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_display.py" line="109"/>
        <source>完成当前环节：%s</source>
        <translation>Complete step: %s</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_display.py" line="112"/>
        <source>办理环节已全部完成</source>
        <translation>All steps completed</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_display.py" line="114"/>
        <source>完成当前环节</source>
        <translation>Complete current step</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_display.py" line="123"/>
        <source>评价（好差评）</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_display.py" line="124"/>
        <source>已评价：%s</source>
        <translation>Rated: %s</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_display.py" line="130"/>
        <source>（补打）</source>
        <translation> (reprint)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_display.py" line="149"/>
        <source>违反一次性告知：%s（首次告知单 %s，责任人 %s）</source>
        <translation>Breach of the one-time rule: %s (first notice %s, responsible %s)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_display.py" line="152"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_display.py" line="152"/>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_display.py" line="152"/>
        <source>事件</source>
        <translation>Event</translation>
    </message>
</context>
<context>
    <name>CaseEntry</name>
    <message>
        <location filename="../../ui/lookup/case_entry.py" line="54"/>
        <source>办件编号或查询号，或扫描受理通知书条码</source>
        <translation>Case no. or query no., or scan the receipt&apos;s barcode</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/case_entry.py" line="58"/>
        <source>受理通知书上的查询密码</source>
        <translation>Query password on the acceptance receipt</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/case_entry.py" line="59"/>
        <source>查询</source>
        <translation>Look up</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/case_entry.py" line="71"/>
        <source>办件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/case_entry.py" line="72"/>
        <source>查询密码</source>
        <translation>Query password</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/case_entry.py" line="93"/>
        <source>请输入办件编号（或查询号），或扫描受理通知书上的条码</source>
        <translation>Enter the case no. (or query no.), or scan the barcode on the acceptance receipt</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/case_entry.py" line="97"/>
        <source>请输入受理通知书上的查询密码</source>
        <translation>Enter the query password printed on the acceptance receipt</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/case_entry.py" line="168"/>
        <source>已读取办件编号，请输入查询密码</source>
        <translation>Case no. read; now enter the query password</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <location filename="../../ui/clerk/intake/case_list.py" line="29"/>
        <source>正常</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_list.py" line="30"/>
        <source>临近到期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_list.py" line="31"/>
        <source>已超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_list.py" line="32"/>
        <source>未计时</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_list.py" line="47"/>
        <source>预警</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_list.py" line="47"/>
        <source>办件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_list.py" line="47"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_list.py" line="47"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_list.py" line="48"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_list.py" line="48"/>
        <source>承诺办结</source>
        <translation>Promised by</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_list.py" line="48"/>
        <source>剩余（日）</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_list.py" line="48"/>
        <source>收件时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_list.py" line="61"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_list.py" line="65"/>
        <source>绿：正常&#x3000;黄：临近承诺时限&#x3000;红：已超过承诺时限&#x3000;待补正：收件后5个工作日内须告知</source>
        <translation>Green: normal   Yellow: promised date near   Red: past the promised date   Awaiting correction: notice due within 5 working days of receipt</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_list.py" line="80"/>
        <source>我的办件</source>
        <translation>My cases</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_list.py" line="100"/>
        <source>告知期限 %s</source>
        <translation>Notice due %s</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_list.py" line="103"/>
        <source>（已过法定时限）</source>
        <translation> (past the statutory limit)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_list.py" line="108"/>
        <source>我的在办件：%d 件（黄 %d，红 %d）</source>
        <translation>My open cases: %d (yellow %d, red %d)</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../ui/clerk/intake/case_page.py" line="64"/>
        <source>输入办件编号、查询号、申请人姓名或证件号码后回车</source>
        <translation>Case no., query no., applicant name or ID number, then Enter</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_page.py" line="66"/>
        <source>未打开办件</source>
        <translation>No case open</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_page.py" line="80"/>
        <source>一次性告知单：申请人补正时逐项勾选</source>
        <translation>One-time notice: tick each item as the applicant brings it</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_page.py" line="84"/>
        <source>保存勾选</source>
        <translation>Save ticks</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_page.py" line="87"/>
        <source>补正齐全，受理（F9）</source>
        <translation>All corrected, accept (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_page.py" line="90"/>
        <source>告知单以外的问题…（须主管批准）</source>
        <translation>Problem not on the notice… (supervisor approval)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_page.py" line="103"/>
        <source>办理</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_page.py" line="107"/>
        <source>完成当前环节</source>
        <translation>Complete current step</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_page.py" line="107"/>
        <source>特别程序（暂停计时）…</source>
        <translation>Special procedure (pause clock)…</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_page.py" line="108"/>
        <source>特别程序结束，恢复计时</source>
        <translation>Special procedure over, resume clock</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_page.py" line="108"/>
        <source>延期…</source>
        <translation>Extend…</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_page.py" line="109"/>
        <source>办结…</source>
        <translation>Conclude…</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_page.py" line="109"/>
        <source>送达（领取/邮寄）…</source>
        <translation>Deliver (pick-up/post)…</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_page.py" line="110"/>
        <source>评价（好差评）</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_page.py" line="120"/>
        <source>已出具文书（按出具时原样保存）</source>
        <translation>Documents issued (kept exactly as issued)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_page.py" line="123"/>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_page.py" line="123"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_page.py" line="124"/>
        <source>出具时间</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_page.py" line="124"/>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_page.py" line="125"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_page.py" line="134"/>
        <source>补打所选文书</source>
        <translation>Reprint selected document</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_page.py" line="146"/>
        <source>办件时间线</source>
        <translation>Case timeline</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_page.py" line="174"/>
        <source>办件详情</source>
        <translation>Case details</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_page.py" line="194"/>
        <source>没有找到“%s”对应的办件</source>
        <translation>No case found for &quot;%s&quot;</translation>
    </message>
</context>
<context>
    <name>CatalogBrowser</name>
    <message>
        <location filename="../../ui/clerk/catalog_browser.py" line="47"/>
        <source>输入事项名称、拼音、首字母（如 yyzz）或实施编码</source>
        <translation>Matter name, pinyin, initials (e.g. yyzz) or implementation code</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/catalog_browser.py" line="51"/>
        <source>全部部门</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/catalog_browser.py" line="56"/>
        <source>全部类型</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/catalog_browser.py" line="77"/>
        <source>选择左侧事项查看办事指南</source>
        <translation>Select a matter on the left to see its service guide</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clerk/catalog_browser.py" line="128"/>
        <source>共 %n 个事项</source>
        <translation>
            <numerusform>%n matter</numerusform>
            <numerusform>%n matters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/clerk/catalog_browser.py" line="130"/>
        <source>没有找到匹配的事项，请换个关键词或拼音首字母试试</source>
        <translation>No matching matters. Try another keyword or the pinyin initials.</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <location filename="../../ui/dashboard/charts_page.py" line="46"/>
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts_page.py" line="46"/>
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts_page.py" line="47"/>
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts_page.py" line="47"/>
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts_page.py" line="48"/>
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts_page.py" line="48"/>
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts_page.py" line="49"/>
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts_page.py" line="77"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts_page.py" line="91"/>
        <source>点击柱或点查看其后的排队号或办件</source>
        <translation>Click a bar or point to see the tickets or cases behind it</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts_page.py" line="112"/>
        <source>正在统计……</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts_page.py" line="138"/>
        <source>等候时间分布（人次）</source>
        <translation>Waiting time distribution (tickets)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts_page.py" line="141"/>
        <source>评价（件次）</source>
        <translation>Ratings (count)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts_page.py" line="143"/>
        <source>%s 至 %s</source>
        <translation>%s to %s</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts_page.py" line="156"/>
        <source>各时段取号量（按星期）</source>
        <translation>Tickets per hour by weekday</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts_page.py" line="166"/>
        <source>%d时</source>
        <translation>%d:00</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts_page.py" line="181"/>
        <source>按期办结率趋势（%）</source>
        <translation>On-time completion trend (%)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts_page.py" line="232"/>
        <source>%s %d时 取号</source>
        <translation>Tickets taken %s at %d:00</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts_page.py" line="250"/>
        <source>%s 办结的办件</source>
        <translation>Cases concluded on %s</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts_page.py" line="251"/>
        <source>%s 起一周办结的办件</source>
        <translation>Cases concluded in the week from %s</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts_page.py" line="259"/>
        <source>评价：%s</source>
        <translation>Rating: %s</translation>
    </message>
</context>
<context>
    <name>CheckedForm</name>
    <message>
        <location filename="../../ui/clerk/intake/checked_form.py" line="27"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ClerkWindow</name>
    <message>
        <location filename="../../ui/clerk/main_window.py" line="40"/>
        <source>一窗 · %s · 窗口人员端</source>
        <translation>Yichuang · %s · Clerk desk</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/main_window.py" line="46"/>
        <source>叫号</source>
        <translation>Calling</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/main_window.py" line="49"/>
        <source>事项目录 / 办事指南</source>
        <translation>Catalog / Service guide</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/main_window.py" line="53"/>
        <source>投诉</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/main_window.py" line="54"/>
        <source>%d 号窗口</source>
        <translation>Window %d</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/main_window.py" line="54"/>
        <source>未分配窗口</source>
        <translation>No window assigned</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/main_window.py" line="56"/>
        <source>%s（工号 %s，%s）</source>
        <translation>%s (staff no. %s, %s)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/main_window.py" line="60"/>
        <source>账号</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/main_window.py" line="61"/>
        <source>锁屏</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/main_window.py" line="64"/>
        <source>签退</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/main_window.py" line="70"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/main_window.py" line="71"/>
        <source>外接设备…</source>
        <translation>Devices…</translation>
    </message>
</context>
<context>
    <name>ComplaintPage</name>
    <message>
        <location filename="../../ui/lookup/complaint_page.py" line="64"/>
        <source>投诉与答复查询</source>
        <translation>Complaints and answers</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/complaint_page.py" line="74"/>
        <source>我要投诉</source>
        <translation>Make a complaint</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/complaint_page.py" line="75"/>
        <source>查询投诉答复</source>
        <translation>Check the answer to a complaint</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/complaint_page.py" line="76"/>
        <source>对窗口服务不满意，可在此投诉；我们将在规定期限内答复，您凭投诉编号和查询密码查看答复。</source>
        <translation>Not satisfied with a window&apos;s service? Complain here; we answer within the set time limit, and you read the answer with the complaint number and query password.</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/complaint_page.py" line="89"/>
        <location filename="../../ui/lookup/complaint_page.py" line="91"/>
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/complaint_page.py" line="93"/>
        <source>请写明时间、窗口和经过</source>
        <translation>When, at which window, and what happened</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/complaint_page.py" line="95"/>
        <source>提交投诉</source>
        <translation>Submit complaint</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/complaint_page.py" line="97"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/complaint_page.py" line="98"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/complaint_page.py" line="99"/>
        <source>办件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/complaint_page.py" line="100"/>
        <source>窗口号</source>
        <translation>Window no.</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/complaint_page.py" line="101"/>
        <source>投诉内容</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/complaint_page.py" line="115"/>
        <source>投诉回执上的编号</source>
        <translation>The number on your complaint receipt</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/complaint_page.py" line="118"/>
        <source>6 位查询密码</source>
        <translation>6-digit query password</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/complaint_page.py" line="119"/>
        <source>查询</source>
        <translation>Look up</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/complaint_page.py" line="125"/>
        <source>投诉编号</source>
        <translation>Complaint no.</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/complaint_page.py" line="126"/>
        <source>查询密码</source>
        <translation>Query password</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/complaint_page.py" line="133"/>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/complaint_page.py" line="134"/>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/complaint_page.py" line="210"/>
        <source>投诉已受理，我们将于 %s 前答复。

投诉编号：%s
查询密码：%s

请记下编号和密码（只显示这一次），凭此查询答复。</source>
        <translation>Your complaint has been received; we will answer by %s.

Complaint no.: %s
Query password: %s

Please write down the number and password (shown only this once) to read the answer.</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/complaint_page.py" line="225"/>
        <source>投诉编号：%s&#x3000;投诉人：%s</source>
        <translation>Complaint no.: %s   Complainant: %s</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/complaint_page.py" line="226"/>
        <source>受理日期：%s&#x3000;答复期限：%s</source>
        <translation>Received: %s   Answer due: %s</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/complaint_page.py" line="227"/>
        <source>状态：%s</source>
        <translation>Status: %s</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/complaint_page.py" line="229"/>
        <source>答复（%s）：%s</source>
        <translation>Answer (%s): %s</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/complaint_page.py" line="232"/>
        <source>已超过答复期限，请拨打监督电话或到服务台反映。</source>
        <translation>The answer is overdue; please call the supervision line or ask at the service desk.</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <location filename="../../ui/dashboard/complaints_page.py" line="35"/>
        <source>投诉编号</source>
        <translation>Complaint no.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/complaints_page.py" line="36"/>
        <location filename="../../ui/dashboard/complaints_page.py" line="95"/>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/complaints_page.py" line="37"/>
        <source>投诉人</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/complaints_page.py" line="38"/>
        <location filename="../../ui/dashboard/complaints_page.py" line="77"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/complaints_page.py" line="39"/>
        <source>受理时间</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/complaints_page.py" line="40"/>
        <source>答复期限</source>
        <translation>Answer due</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/complaints_page.py" line="41"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/complaints_page.py" line="42"/>
        <source>承办人</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/complaints_page.py" line="43"/>
        <location filename="../../ui/dashboard/complaints_page.py" line="101"/>
        <source>投诉内容</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/complaints_page.py" line="44"/>
        <location filename="../../ui/dashboard/complaints_page.py" line="73"/>
        <source>答复</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/complaints_page.py" line="58"/>
        <source>含已答复</source>
        <translation>Include answered</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/complaints_page.py" line="59"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/complaints_page.py" line="68"/>
        <source>承办人工号</source>
        <translation>Handler&apos;s staff no.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/complaints_page.py" line="69"/>
        <source>分派</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/complaints_page.py" line="71"/>
        <source>答复内容：调查结果和处理意见，投诉人凭编号和密码可查看</source>
        <translation>Answer: findings and decision; the complainant reads it with the number and password</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/complaints_page.py" line="78"/>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/complaints_page.py" line="82"/>
        <location filename="../../ui/dashboard/complaints_page.py" line="84"/>
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/complaints_page.py" line="86"/>
        <source>被投诉人姓名或工号，可不填</source>
        <translation>Name or staff no. of the person complained about (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/complaints_page.py" line="89"/>
        <source>登记投诉</source>
        <translation>Record complaint</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/complaints_page.py" line="96"/>
        <source>投诉人姓名</source>
        <translation>Complainant&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/complaints_page.py" line="97"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/complaints_page.py" line="98"/>
        <source>办件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/complaints_page.py" line="99"/>
        <source>窗口号</source>
        <translation>Window no.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/complaints_page.py" line="100"/>
        <source>被投诉人</source>
        <translation>Complained about</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/complaints_page.py" line="104"/>
        <source>登记电话或窗口投诉</source>
        <translation>Record a phone or window complaint</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/complaints_page.py" line="111"/>
        <source>分派给</source>
        <translation>Assign to</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/complaints_page.py" line="156"/>
        <source>（超期）</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/complaints_page.py" line="159"/>
        <source>未分派</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/complaints_page.py" line="168"/>
        <source>办件：%s</source>
        <translation>Case: %s</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/complaints_page.py" line="170"/>
        <source>窗口：%d</source>
        <translation>Window: %d</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/complaints_page.py" line="172"/>
        <source>被投诉人：%s</source>
        <translation>Complained about: %s</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/complaints_page.py" line="180"/>
        <source>请先在列表中选择一件投诉</source>
        <translation>Select a complaint in the list first</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/complaints_page.py" line="199"/>
        <source>投诉 %s：%s</source>
        <translation>Complaint %s: %s</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/complaints_page.py" line="215"/>
        <source>已受理。投诉编号 %s，查询密码 %s（请告知投诉人，只显示这一次），答复期限 %s</source>
        <translation>Received. Complaint no. %s, query password %s (tell the complainant; shown only this once), answer due %s</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/complaints_page.py" line="217"/>
        <source>投诉已登记：%s</source>
        <translation>Complaint recorded: %s</translation>
    </message>
</context>
<context>
    <name>ConcludeDialog</name>
    <message>
        <location filename="../../ui/clerk/intake/case_dialogs.py" line="91"/>
        <source>办结</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_dialogs.py" line="98"/>
        <source>如：营业执照、准予许可决定书</source>
        <translation>e.g. business licence, licensing decision</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_dialogs.py" line="102"/>
        <source>办理结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_dialogs.py" line="103"/>
        <source>结果文书/证照名称</source>
        <translation>Result document/licence</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_dialogs.py" line="104"/>
        <source>文书/证照编号</source>
        <translation>Document/licence no.</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_dialogs.py" line="105"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../../ui/dashboard/dashboard_window.py" line="36"/>
        <source>一窗 · %s · 效能监察</source>
        <translation>Yichuang · %s · Performance supervision</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_window.py" line="44"/>
        <source>大厅实时</source>
        <translation>Live hall</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_window.py" line="45"/>
        <source>效能指标</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_window.py" line="46"/>
        <source>统计图表</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_window.py" line="50"/>
        <source>预警</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_window.py" line="51"/>
        <source>差评整改</source>
        <translation>Bad-review follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_window.py" line="52"/>
        <source>投诉</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_window.py" line="55"/>
        <source>登录：%s</source>
        <translation>Signed in: %s</translation>
    </message>
</context>
<context>
    <name>DeficiencyDialog</name>
    <message>
        <location filename="../../ui/clerk/intake/deficiency_dialog.py" line="17"/>
        <source>告知单以外的问题</source>
        <translation>Problem not on the notice</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/deficiency_dialog.py" line="24"/>
        <source>一次性告知单应已列明全部问题。再提出告知单以外的材料要求，须主管现场批准，并记为违反一次性告知（责任人为首次告知的工作人员）。</source>
        <translation>The one-time notice should have listed every problem. Asking for anything not on it needs a supervisor&apos;s approval on the spot and is recorded as a breach of the one-time rule (against the staff member who issued the first notice).</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/deficiency_dialog.py" line="28"/>
        <source>仍未补正的告知项（将在新告知单中重复列明）：%s</source>
        <translation>Items still outstanding (repeated on the new notice): %s</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/deficiency_dialog.py" line="29"/>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/deficiency_dialog.py" line="40"/>
        <source>材料</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/deficiency_dialog.py" line="41"/>
        <source>存在问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/deficiency_dialog.py" line="42"/>
        <source>补正要求</source>
        <translation>Required correction</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/deficiency_dialog.py" line="17"/>
        <source>出具新的告知单</source>
        <translation>Issue a new notice</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/deficiency_dialog.py" line="49"/>
        <source>请选择或填写材料，并写明存在的问题</source>
        <translation>Choose or type the material and describe the problem</translation>
    </message>
</context>
<context>
    <name>DeliverDialog</name>
    <message>
        <location filename="../../ui/clerk/intake/case_dialogs.py" line="116"/>
        <source>送达办理结果</source>
        <translation>Deliver the result</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_dialogs.py" line="116"/>
        <source>确认送达并打印回证</source>
        <translation>Confirm and print the slip</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_dialogs.py" line="118"/>
        <source>窗口领取</source>
        <translation>Pick-up at the window</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_dialogs.py" line="120"/>
        <source>邮寄</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_dialogs.py" line="130"/>
        <source>送达方式</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_dialogs.py" line="135"/>
        <source>读领取人身份证</source>
        <translation>Read collector&apos;s ID card</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_dialogs.py" line="152"/>
        <source>领取人姓名</source>
        <translation>Collector&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_dialogs.py" line="153"/>
        <source>领取人身份证号码</source>
        <translation>Collector&apos;s ID number</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_dialogs.py" line="154"/>
        <source>与申请人关系</source>
        <translation>Relation to applicant</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_dialogs.py" line="155"/>
        <source>收件人</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_dialogs.py" line="156"/>
        <source>收件人电话</source>
        <translation>Recipient&apos;s phone</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_dialogs.py" line="157"/>
        <source>邮寄地址</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_dialogs.py" line="158"/>
        <source>寄递企业</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_dialogs.py" line="159"/>
        <source>运单号</source>
        <translation>Tracking no.</translation>
    </message>
</context>
<context>
    <name>DeviceDialog</name>
    <message>
        <location filename="../../ui/devices/device_dialog.py" line="55"/>
        <source>外接设备设置</source>
        <translation>Device settings</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_dialog.py" line="70"/>
        <source>打印测试票</source>
        <translation>Print test ticket</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_dialog.py" line="73"/>
        <source>正在查询打印机状态…</source>
        <translation>Checking printer status…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_dialog.py" line="89"/>
        <source>小票打印机</source>
        <translation>Ticket printer</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_dialog.py" line="91"/>
        <location filename="../../ui/devices/device_dialog.py" line="109"/>
        <source>地址/端口</source>
        <translation>Address / port</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_dialog.py" line="93"/>
        <source>型号</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_dialog.py" line="102"/>
        <source>读卡测试</source>
        <translation>Test card read</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_dialog.py" line="107"/>
        <source>身份证阅读器</source>
        <translation>ID card reader</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_dialog.py" line="117"/>
        <location filename="../../ui/devices/device_dialog.py" line="120"/>
        <source>留空表示不使用</source>
        <translation>Leave empty if not used</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_dialog.py" line="121"/>
        <source>窗口屏与评价器</source>
        <translation>Window display and rating pad</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_dialog.py" line="123"/>
        <source>窗口 LED 屏</source>
        <translation>Window LED display</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_dialog.py" line="124"/>
        <source>评价器</source>
        <translation>Rating pad</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_dialog.py" line="129"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_dialog.py" line="133"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_dialog.py" line="184"/>
        <source>正常</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_dialog.py" line="199"/>
        <source>测试票已打印，共 %d 字节</source>
        <translation>Test ticket printed (%d bytes)</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_dialog.py" line="212"/>
        <source>测试打印失败：</source>
        <translation>Test print failed: </translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_dialog.py" line="219"/>
        <source>请放置身份证…</source>
        <translation>Place the ID card on the reader…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_dialog.py" line="232"/>
        <source>读卡正常</source>
        <translation>Card read OK</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_dialog.py" line="233"/>
        <source>未检测到身份证，请把证件平放在阅读器上</source>
        <translation>No ID card detected. Lay the card flat on the reader.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_dialog.py" line="263"/>
        <source>已保存到 %s，立即生效</source>
        <translation>Saved to %s; in effect now</translation>
    </message>
</context>
<context>
    <name>DisclosurePage</name>
    <message>
        <location filename="../../ui/lookup/disclosure_page.py" line="53"/>
        <source>办结公示</source>
        <translation>Concluded cases</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/disclosure_page.py" line="60"/>
        <source>办理事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/disclosure_page.py" line="60"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/disclosure_page.py" line="61"/>
        <source>受理日期</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/disclosure_page.py" line="61"/>
        <source>办结日期</source>
        <translation>Concluded on</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/disclosure_page.py" line="62"/>
        <source>办理结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/disclosure_page.py" line="81"/>
        <source>上一页</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/disclosure_page.py" line="82"/>
        <source>下一页</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/disclosure_page.py" line="83"/>
        <source>返回首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/disclosure_page.py" line="128"/>
        <source>%1（办结后%2天）</source>
        <translation>%1 (%2 days after conclusion)</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/disclosure_page.py" line="130"/>
        <source>公示范围：%s。涉密事项不予公示，申请人信息已作隐私处理。</source>
        <translation>Shown: %s. Confidential matters are never shown; applicants&apos; details are masked.</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/disclosure_page.py" line="131"/>
        <source>本大厅未设置办结公示。</source>
        <translation>This hall does not publish concluded cases.</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/disclosure_page.py" line="134"/>
        <source>第 %1 / %2 页，</source>
        <translation>Page %1 of %2, </translation>
    </message>
    <message>
        <location filename="../../ui/lookup/disclosure_page.py" line="133"/>
        <source>最近 %3 件</source>
        <translation>the latest %3 cases</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/disclosure_page.py" line="133"/>
        <source>共 %3 件</source>
        <translation>%3 cases</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/disclosure_page.py" line="137"/>
        <source>暂无公示的办件</source>
        <translation>No cases to show</translation>
    </message>
</context>
<context>
    <name>DocumentDesk</name>
    <message>
        <location filename="../../ui/clerk/intake/document_desk.py" line="103"/>
        <source>文书未能登记，未打印：%s。已录入和已保存的内容均未丢失，可点“重试”。</source>
        <translation>The document could not be recorded and was not printed: %s. Nothing typed or saved is lost; press &quot;Retry&quot;.</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../ui/dashboard/drill_dialog.py" line="50"/>
        <source>明细：%s</source>
        <translation>Details: %s</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill_dialog.py" line="52"/>
        <source>%s（%s 至 %s）</source>
        <translation>%s (%s to %s)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill_dialog.py" line="55"/>
        <source>正在读取……</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill_dialog.py" line="56"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill_dialog.py" line="56"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill_dialog.py" line="56"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill_dialog.py" line="57"/>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill_dialog.py" line="57"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill_dialog.py" line="65"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill_dialog.py" line="91"/>
        <source>仅显示前 %d 条，请缩小时间范围查看其余</source>
        <translation>Only the first %d are shown; narrow the period to see the rest</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drill_dialog.py" line="93"/>
        <source>共 %d 条</source>
        <translation>%d in all</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dashboard/export_dialog.py" line="62"/>
        <source>导出报表</source>
        <translation>Export report</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/export_dialog.py" line="63"/>
        <source>Excel 工作簿（.xlsx，与指标表相同的数字）</source>
        <translation>Excel workbook (.xlsx, the same figures as the KPI table)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/export_dialog.py" line="64"/>
        <source>PDF 月度报告（含图表）</source>
        <translation>PDF monthly report (with charts)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/export_dialog.py" line="72"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/export_dialog.py" line="82"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/export_dialog.py" line="85"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/export_dialog.py" line="88"/>
        <source>时间范围</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/export_dialog.py" line="89"/>
        <source>格式</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/export_dialog.py" line="91"/>
        <source>保存到</source>
        <translation>Save to</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/export_dialog.py" line="111"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/export_dialog.py" line="111"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/export_dialog.py" line="112"/>
        <source>保存报表</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/export_dialog.py" line="120"/>
        <source>请填写保存位置</source>
        <translation>Enter where to save the file</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/export_dialog.py" line="128"/>
        <source>文件夹不存在：%s，请重新选择保存位置</source>
        <translation>The folder %s does not exist; choose another place to save</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/export_dialog.py" line="132"/>
        <source>正在导出……</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/export_dialog.py" line="133"/>
        <source>正在导出报表……</source>
        <translation>Exporting the report…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/export_dialog.py" line="153"/>
        <source>正在导出报表……%s</source>
        <translation>Exporting the report… %s</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/export_dialog.py" line="166"/>
        <source>已导出：%s</source>
        <translation>Exported: %s</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/export_dialog.py" line="172"/>
        <source>已有同名文件夹</source>
        <translation>a folder of that name exists</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/export_dialog.py" line="172"/>
        <location filename="../../ui/dashboard/export_dialog.py" line="173"/>
        <source>没有写入权限</source>
        <translation>no permission to write</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/export_dialog.py" line="173"/>
        <source>磁盘已满</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/export_dialog.py" line="174"/>
        <source>磁盘只读</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/export_dialog.py" line="174"/>
        <source>文件夹不存在</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/export_dialog.py" line="175"/>
        <source>系统错误 %d</source>
        <translation>system error %d</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/export_dialog.py" line="176"/>
        <source>无法写入文件 %s（%s），请换一个保存位置</source>
        <translation>Cannot write the file %s (%s); choose another place to save</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/export_dialog.py" line="180"/>
        <source>导出失败：%s</source>
        <translation>Export failed: %s</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../ui/clerk/intake/case_dialogs.py" line="71"/>
        <source>延长办理期限（须主管批准）</source>
        <translation>Extend the time limit (supervisor approval)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_dialogs.py" line="71"/>
        <source>下一步：主管批准</source>
        <translation>Next: supervisor approval</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_dialogs.py" line="79"/>
        <source>延长工作日</source>
        <translation>Working days to add</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_dialogs.py" line="80"/>
        <source>延期理由（将告知申请人）</source>
        <translation>Reason (told to the applicant)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_dialogs.py" line="83"/>
        <source>请写明延期理由</source>
        <translation>Give the reason for the extension</translation>
    </message>
</context>
<context>
    <name>Flowchart</name>
    <message>
        <location filename="../../ui/lookup/flowchart.py" line="115"/>
        <source>提出申请</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/flowchart.py" line="117"/>
        <source>办结</source>
        <translation>Concluded</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <location filename="../../ui/dashboard/follow_ups_page.py" line="35"/>
        <source>办件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/follow_ups_page.py" line="36"/>
        <source>评价</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/follow_ups_page.py" line="37"/>
        <source>责任人</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/follow_ups_page.py" line="38"/>
        <source>回访期限</source>
        <translation>Callback due</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/follow_ups_page.py" line="39"/>
        <source>回访</source>
        <translation>Callback</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/follow_ups_page.py" line="40"/>
        <source>核实结论</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/follow_ups_page.py" line="41"/>
        <source>整改期限</source>
        <translation>Fix due</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/follow_ups_page.py" line="42"/>
        <source>整改</source>
        <translation>Fix</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/follow_ups_page.py" line="43"/>
        <source>整改措施</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/follow_ups_page.py" line="44"/>
        <source>追评</source>
        <translation>Follow-up rating</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/follow_ups_page.py" line="56"/>
        <source>含已完成</source>
        <translation>Include finished</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/follow_ups_page.py" line="57"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/follow_ups_page.py" line="63"/>
        <source>回访情况：回访对象、时间、核实经过</source>
        <translation>Callback: whom, when, what was verified</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/follow_ups_page.py" line="64"/>
        <source>登记回访</source>
        <translation>Record callback</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/follow_ups_page.py" line="66"/>
        <source>整改措施（误评、恶意或无法定依据的，写明解释说明）</source>
        <translation>Measures (for a mistaken, malicious or groundless review: the explanation given)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/follow_ups_page.py" line="67"/>
        <source>登记整改</source>
        <translation>Record fix</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/follow_ups_page.py" line="72"/>
        <source>群众意见（可不填）</source>
        <translation>Applicant&apos;s comment (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/follow_ups_page.py" line="73"/>
        <source>登记追评</source>
        <translation>Record follow-up rating</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/follow_ups_page.py" line="79"/>
        <source>回访核实</source>
        <translation>Callback</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/follow_ups_page.py" line="83"/>
        <source>整改反馈</source>
        <translation>Fix and feedback</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/follow_ups_page.py" line="86"/>
        <source>群众追评</source>
        <translation>Follow-up rating</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/follow_ups_page.py" line="121"/>
        <source>请先在列表中选择一条差评</source>
        <translation>Select a bad review in the list first</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/follow_ups_page.py" line="145"/>
        <source>已保存：办件 %s</source>
        <translation>Saved: case %s</translation>
    </message>
</context>
<context>
    <name>GuideHtml</name>
    <message>
        <location filename="../../ui/clerk/guide_html.py" line="41"/>
        <source>收费依据：%s</source>
        <translation>Fee basis: %s</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/guide_html.py" line="46"/>
        <source>不收费</source>
        <translation>Free of charge</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/guide_html.py" line="50"/>
        <source>实施编码</source>
        <translation>Implementation code</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/guide_html.py" line="51"/>
        <source>法定办结时限</source>
        <translation>Statutory time limit</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/guide_html.py" line="52"/>
        <source>承诺办结时限</source>
        <translation>Promised time limit</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/guide_html.py" line="53"/>
        <source>到现场次数</source>
        <translation>On-site visits</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/guide_html.py" line="55"/>
        <source>收费</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/guide_html.py" line="56"/>
        <source>办理结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/guide_html.py" line="57"/>
        <source>受理条件</source>
        <translation>Acceptance conditions</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/guide_html.py" line="58"/>
        <source>申请材料</source>
        <translation>Application materials</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/guide_html.py" line="59"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/guide_html.py" line="60"/>
        <source>材料名称</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/guide_html.py" line="61"/>
        <source>原件</source>
        <translation>Orig.</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/guide_html.py" line="62"/>
        <source>复印件</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/guide_html.py" line="63"/>
        <source>形式</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/guide_html.py" line="64"/>
        <source>必要性</source>
        <translation>Req.</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/guide_html.py" line="65"/>
        <source>出具单位</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/guide_html.py" line="66"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/guide_html.py" line="67"/>
        <source>设定与实施依据（按法律效力层级排列）</source>
        <translation>Legal basis (by rank of legal force)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/guide_html.py" line="68"/>
        <source>办理流程</source>
        <translation>Process</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/guide_html.py" line="69"/>
        <source>办理地点与时间</source>
        <translation>Place and hours</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/guide_html.py" line="70"/>
        <source>咨询与监督</source>
        <translation>Enquiries and supervision</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/guide_html.py" line="71"/>
        <source>咨询电话：</source>
        <translation>Enquiries: </translation>
    </message>
    <message>
        <location filename="../../ui/clerk/guide_html.py" line="72"/>
        <source>监督电话：</source>
        <translation>Supervision: </translation>
    </message>
</context>
<context>
    <name>HallWindow</name>
    <message>
        <location filename="../../ui/hall/hall_window.py" line="36"/>
        <source>请取号后留意叫号，过号请到叫号的窗口说明，由窗口为您补回。老年人、残疾人、军人、孕妇可走优先通道。办事指南和办件进度可在查询一体机上查看。如对服务不满意，请在窗口评价器上评价。</source>
        <translation>Take a ticket and listen for your number. If you missed your call, tell the window that called you and they will put you back in the queue. Elderly, disabled, military and pregnant applicants may use the priority lane. Service guides and case progress are on the lookup terminal. If you are not satisfied, please rate us on the window&apos;s rating pad.</translation>
    </message>
    <message>
        <location filename="../../ui/hall/hall_window.py" line="63"/>
        <source>一窗 · %s · 大厅显示屏</source>
        <translation>Yichuang · %s · Hall display</translation>
    </message>
    <message>
        <location filename="../../ui/hall/hall_window.py" line="71"/>
        <source>欢迎光临，请取号等候叫号</source>
        <translation>Welcome! Please take a number and wait to be called</translation>
    </message>
    <message>
        <location filename="../../ui/hall/hall_window.py" line="115"/>
        <source>语音未连接</source>
        <translation>Voice off</translation>
    </message>
    <message>
        <location filename="../../ui/hall/hall_window.py" line="128"/>
        <source>yyyy年M月d日  HH:mm</source>
        <translation>d MMM yyyy  HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/hall/hall_window.py" line="153"/>
        <source>暂时无法读取叫号信息，正在重试…</source>
        <translation>Queue information unavailable, retrying…</translation>
    </message>
    <message>
        <location filename="../../ui/hall/hall_window.py" line="189"/>
        <source>%s  %s  %d 人</source>
        <translation>%s  %s  %d waiting</translation>
    </message>
</context>
<context>
    <name>InquiryPanel</name>
    <message>
        <location filename="../../ui/clerk/intake/inquiry_panel.py" line="46"/>
        <location filename="../../ui/clerk/intake/inquiry_panel.py" line="128"/>
        <source>首问登记</source>
        <translation>First inquiry</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/inquiry_panel.py" line="64"/>
        <source>引导至哪个窗口 / 转办给谁</source>
        <translation>Which window / passed to whom</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/inquiry_panel.py" line="70"/>
        <source>来访方式</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/inquiry_panel.py" line="71"/>
        <source>群众姓名</source>
        <translation>Visitor&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/inquiry_panel.py" line="72"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/inquiry_panel.py" line="73"/>
        <location filename="../../ui/clerk/intake/inquiry_panel.py" line="90"/>
        <source>咨询事项</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/inquiry_panel.py" line="74"/>
        <location filename="../../ui/clerk/intake/inquiry_panel.py" line="90"/>
        <source>处理方式</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/inquiry_panel.py" line="75"/>
        <source>去向</source>
        <translation>Passed to</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/inquiry_panel.py" line="76"/>
        <source>承诺答复时间</source>
        <translation>Reply promised by</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/inquiry_panel.py" line="80"/>
        <source>登记</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/inquiry_panel.py" line="86"/>
        <source>我的未办结首问（超过承诺答复时间的标红）</source>
        <translation>My open inquiries (red when the promised reply time has passed)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/inquiry_panel.py" line="89"/>
        <source>登记时间</source>
        <translation>Logged</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/inquiry_panel.py" line="89"/>
        <source>群众</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/inquiry_panel.py" line="91"/>
        <source>承诺答复</source>
        <translation>Reply by</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/inquiry_panel.py" line="91"/>
        <source>当前经办</source>
        <translation>Now with</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/inquiry_panel.py" line="100"/>
        <source>给群众的答复</source>
        <translation>Reply to the visitor</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/inquiry_panel.py" line="101"/>
        <source>答复并办结所选</source>
        <translation>Reply and close selected</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/inquiry_panel.py" line="109"/>
        <source>接手人员工号或部门（首问责任人不变）</source>
        <translation>Staff no. or department taking over (the first responsible person stays)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/inquiry_panel.py" line="110"/>
        <source>转交所选</source>
        <translation>Hand off selected</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/inquiry_panel.py" line="144"/>
        <source>已登记（%s）</source>
        <translation>Logged (%s)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/inquiry_panel.py" line="155"/>
        <source>（已填写的内容未丢失）</source>
        <translation> (nothing typed is lost)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/inquiry_panel.py" line="169"/>
        <source>（已超时）</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/inquiry_panel.py" line="178"/>
        <location filename="../../ui/clerk/intake/inquiry_panel.py" line="197"/>
        <source>请先在右侧列表中选择一条</source>
        <translation>First select an inquiry in the list on the right</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/inquiry_panel.py" line="186"/>
        <source>已转交 %s；您仍是首问责任人，答复前保留在您的列表上</source>
        <translation>Handed off to %s; you remain the first responsible person and it stays on your list until answered</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/inquiry_panel.py" line="204"/>
        <source>已答复办结</source>
        <translation>Replied and closed</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="66"/>
        <location filename="../../ui/clerk/intake/intake_form.py" line="265"/>
        <source>现场收件（未关联排队号）</source>
        <translation>Walk-in intake (no queue ticket)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="68"/>
        <source>关联当前叫号</source>
        <translation>Link the called ticket</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="71"/>
        <source>无号现场收件</source>
        <translation>Walk-in, no ticket</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="74"/>
        <source>接待下一位（清空）</source>
        <translation>Next applicant (clear)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="83"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="85"/>
        <source>有代办人（代理人）</source>
        <translation>Has an agent</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="89"/>
        <source>代办人</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="95"/>
        <source>结果领取方式</source>
        <translation>How the result is collected</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="96"/>
        <source>窗口自取</source>
        <translation>Pick-up at the window</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="98"/>
        <source>邮寄</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="105"/>
        <source>邮寄地址（含收件人和邮编）</source>
        <translation>Postal address (with recipient and postcode)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="125"/>
        <source>办理事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="129"/>
        <location filename="../../ui/clerk/intake/intake_form.py" line="471"/>
        <source>材料清单</source>
        <translation>Materials checklist</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="142"/>
        <source>打开办件</source>
        <translation>Open case</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="151"/>
        <source>仅保存收件</source>
        <translation>Save intake only</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="151"/>
        <source>保存申请人和材料，稍后再作决定</source>
        <translation>Save the applicant and materials, decide later</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="152"/>
        <source>一次性告知（材料不全）</source>
        <translation>One-time notice (incomplete)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="152"/>
        <source>列明全部缺少或有误的材料，打印一次性告知单</source>
        <translation>List every missing or defective material and print the one-time notice</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="153"/>
        <source>不予受理…</source>
        <translation>Refuse…</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="153"/>
        <source>不予受理，或不属于本机关职权</source>
        <translation>Refuse, or not this body&apos;s competence</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="154"/>
        <source>即办：受理并当场办结</source>
        <translation>On-the-spot: accept and conclude</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="154"/>
        <source>即办件当场办结，打印受理通知书</source>
        <translation>Conclude an on-the-spot matter now and print the acceptance notice</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="155"/>
        <source>受理（F9）</source>
        <translation>Accept (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="155"/>
        <source>材料齐全，受理并打印受理通知书</source>
        <translation>Materials complete: accept and print the acceptance notice</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="193"/>
        <source>收件受理</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="225"/>
        <source>（已录入的内容未丢失）</source>
        <translation> (nothing typed is lost)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="239"/>
        <source>有 %d 处需要更正，请按红字提示修改（已录入的内容未丢失）：</source>
        <translation>%d field(s) need correcting; follow the red notes (nothing typed is lost): </translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="254"/>
        <source>当前没有叫号：按无号现场收件登记</source>
        <translation>No ticket is called: recorded as a walk-in</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="257"/>
        <source>排队号 %s（%s）：本件将与该号关联</source>
        <translation>Ticket %s (%s): this case is linked to it</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="272"/>
        <source>未设置身份证阅读器（设置 → 外接设备），请手工输入</source>
        <translation>No ID-card reader is set (Settings → Devices); type the details in</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="275"/>
        <source>请把身份证放在阅读器上…</source>
        <translation>Place the ID card on the reader…</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="281"/>
        <source>未检测到身份证，请把证件平放在阅读器上后再读，或手工输入</source>
        <translation>No ID card found. Lay the card flat on the reader and read again, or type it in</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="285"/>
        <source>已读取身份证：%s</source>
        <translation>ID card read: %s</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="290"/>
        <source>读卡失败：%s 可手工输入。</source>
        <translation>Card read failed: %s You can type the details in.</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="301"/>
        <source>即办件</source>
        <translation>on-the-spot</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="301"/>
        <source>承诺件</source>
        <translation>promised</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="303"/>
        <source>材料清单 · %s（第 %d 版，%s，承诺 %d 日 / 法定 %d 日）</source>
        <translation>Materials · %s (version %d, %s, promised %d / statutory %d days)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="342"/>
        <source>没有标为“缺少”或“有误”的材料，无需一次性告知；材料齐全请直接受理</source>
        <translation>No material is marked missing or defective, so no notice is needed; if complete, accept</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="367"/>
        <source>已收件并保存：%s</source>
        <translation>Received and saved: %s</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="370"/>
        <source>已保存收件，编号 %s。可在“我的办件”中继续办理。</source>
        <translation>Intake saved as %s. Continue from &quot;My cases&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="393"/>
        <source>（%s）</source>
        <translation> (%s)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="395"/>
        <source>已受理并当场办结（即办件）</source>
        <translation>Accepted and concluded on the spot</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="397"/>
        <source>已受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="400"/>
        <source>%s：办件编号 %s；承诺办结日期 %s%s；查询号 %s，查询密码 %s（仅此一次显示，已印在受理通知书上）</source>
        <translation>%s: case no. %s; promised by %s%s; query no. %s, password %s (shown only now; printed on the acceptance notice)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="423"/>
        <source>已出具一次性告知单 %s，共 %d 项，补正期限 %s。申请人补齐后，在“我的办件”中打开本件受理。</source>
        <translation>One-time notice %s issued, %d item(s), correct by %s. When the applicant returns, open the case from &quot;My cases&quot; to accept it.</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/intake_form.py" line="446"/>
        <source>已不予受理：%s，文书编号 %s</source>
        <translation>Refused: %s, document no. %s</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../../ui/kiosk/keypad.py" line="31"/>
        <source>退格</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/keypad.py" line="38"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../ui/kiosk/kiosk_window.py" line="69"/>
        <source>一窗 · %s · 取号机</source>
        <translation>Yichuang · %s · Ticket kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/kiosk_window.py" line="102"/>
        <source>读卡器故障：%s</source>
        <translation>Card reader fault: %s</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/kiosk_window.py" line="150"/>
        <source>请选择办理的业务，轻触取号</source>
        <translation>Choose a service and tap to take a number</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/kiosk_window.py" line="164"/>
        <source>优先 / 预约签到</source>
        <translation>Priority / Appointment</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/kiosk_window.py" line="168"/>
        <source>老年人、残疾人、军人、孕妇
及已预约的群众请点此</source>
        <translation>Seniors, people with disabilities, service members,
pregnant women and appointments: tap here</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/kiosk_window.py" line="185"/>
        <source>取消优先</source>
        <translation>Cancel priority</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/kiosk_window.py" line="280"/>
        <source>（已读取身份证）</source>
        <translation> (ID card read)</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/kiosk_window.py" line="281"/>
        <source>优先通道 · %s%s
请选择业务</source>
        <translation>Priority lane · %s%s
Choose a service</translation>
    </message>
</context>
<context>
    <name>KpiPage</name>
    <message>
        <location filename="../../ui/dashboard/kpi_page.py" line="44"/>
        <source>不分组</source>
        <translation>No grouping</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/kpi_page.py" line="45"/>
        <source>按大厅</source>
        <translation>By hall</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/kpi_page.py" line="46"/>
        <source>按部门</source>
        <translation>By department</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/kpi_page.py" line="47"/>
        <source>按窗口</source>
        <translation>By window</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/kpi_page.py" line="48"/>
        <source>按工作人员</source>
        <translation>By staff</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/kpi_page.py" line="49"/>
        <source>按事项</source>
        <translation>By matter</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/kpi_page.py" line="50"/>
        <source>按业务类别</source>
        <translation>By service line</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/kpi_page.py" line="52"/>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/kpi_page.py" line="53"/>
        <source>大厅</source>
        <translation>Hall</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/kpi_page.py" line="54"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/kpi_page.py" line="55"/>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/kpi_page.py" line="56"/>
        <source>工作人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/kpi_page.py" line="57"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/kpi_page.py" line="58"/>
        <source>业务类别</source>
        <translation>Service line</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/kpi_page.py" line="77"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/kpi_page.py" line="78"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/kpi_page.py" line="104"/>
        <source>分组</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/kpi_page.py" line="109"/>
        <source>点击列标题排序；双击数字查看其后的排队号或办件明细</source>
        <translation>Click a column title to sort; double-click a figure for the tickets or cases behind it</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/kpi_page.py" line="138"/>
        <source>正在统计……</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/kpi_page.py" line="158"/>
        <source>%s 至 %s，共 %d 行</source>
        <translation>%s to %s, %d rows</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/kpi_page.py" line="186"/>
        <source>请等统计完成后再导出</source>
        <translation>Wait for the figures before exporting</translation>
    </message>
</context>
<context>
    <name>LineTile</name>
    <message>
        <location filename="../../ui/kiosk/line_tiles.py" line="19"/>
        <source>未到办理时间（%s）</source>
        <translation>Outside service hours (%s)</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/line_tiles.py" line="21"/>
        <source>今日号已取完，请明天再来</source>
        <translation>No tickets left today. Please come back tomorrow.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/line_tiles.py" line="52"/>
        <source>如：%s</source>
        <translation>e.g. %s</translation>
    </message>
</context>
<context>
    <name>LiveHallPage</name>
    <message>
        <location filename="../../ui/dashboard/live_hall.py" line="47"/>
        <source>%.0f 分钟</source>
        <translation>%.0f min</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_hall.py" line="59"/>
        <source>%s&#x3000;大厅实时情况</source>
        <translation>%s · Live hall status</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_hall.py" line="64"/>
        <source>今日取号</source>
        <translation>Tickets today</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_hall.py" line="65"/>
        <source>正在等候</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_hall.py" line="66"/>
        <source>正在办理</source>
        <translation>In service</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_hall.py" line="67"/>
        <source>已办结</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_hall.py" line="68"/>
        <location filename="../../ui/dashboard/live_hall.py" line="101"/>
        <source>过号</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_hall.py" line="69"/>
        <source>平均等候</source>
        <translation>Average wait</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_hall.py" line="70"/>
        <source>90%等候不超过</source>
        <translation>90% waited at most</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_hall.py" line="71"/>
        <source>当前最长等候</source>
        <translation>Longest current wait</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_hall.py" line="88"/>
        <source>业务类别</source>
        <translation>Service line</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_hall.py" line="89"/>
        <source>等候人数</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_hall.py" line="90"/>
        <source>预计等候</source>
        <translation>Est. wait</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_hall.py" line="91"/>
        <source>今日余号</source>
        <translation>Tickets left today</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_hall.py" line="92"/>
        <location filename="../../ui/dashboard/live_hall.py" line="97"/>
        <location filename="../../ui/dashboard/live_hall.py" line="110"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_hall.py" line="95"/>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_hall.py" line="96"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_hall.py" line="98"/>
        <source>当前号</source>
        <translation>Current ticket</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_hall.py" line="99"/>
        <source>工作人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_hall.py" line="100"/>
        <source>今日办结</source>
        <translation>Finished today</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_hall.py" line="102"/>
        <source>平均办理</source>
        <translation>Avg. service time</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_hall.py" line="105"/>
        <source>终端</source>
        <translation>PC</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_hall.py" line="106"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_hall.py" line="107"/>
        <source>最后心跳</source>
        <translation>Last heartbeat</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_hall.py" line="108"/>
        <source>打印机</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_hall.py" line="109"/>
        <source>重启</source>
        <translation>Restarts</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_hall.py" line="130"/>
        <source>各业务类别排队情况</source>
        <translation>Queues by service line</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_hall.py" line="131"/>
        <source>各窗口情况</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_hall.py" line="132"/>
        <source>各终端运行状况</source>
        <translation>Health of every PC</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_hall.py" line="195"/>
        <source>每 %d 秒自动刷新，最近一次 %s</source>
        <translation>Refreshed every %d s, last at %s</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_hall.py" line="202"/>
        <location filename="../../ui/dashboard/live_hall.py" line="226"/>
        <source>办理中</source>
        <translation>In service</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_hall.py" line="202"/>
        <source>未到办理时间</source>
        <translation>Outside service hours</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_hall.py" line="204"/>
        <source>今日号已取完</source>
        <translation>No tickets left today</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_hall.py" line="205"/>
        <source>%d 分钟</source>
        <translation>%d min</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_hall.py" line="220"/>
        <source>暂停</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_hall.py" line="222"/>
        <source>开放·空闲</source>
        <translation>Open · idle</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_hall.py" line="224"/>
        <source>呼叫中</source>
        <translation>Calling</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_hall.py" line="238"/>
        <source>%s·%d秒前</source>
        <translation>%s · %d s ago</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_hall.py" line="239"/>
        <source>无心跳</source>
        <translation>No heartbeat</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_hall.py" line="239"/>
        <source>正常</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_hall.py" line="242"/>
        <source>%d 次</source>
        <translation>%d</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../ui/clerk/screen_lock.py" line="28"/>
        <source>已锁屏</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/screen_lock.py" line="31"/>
        <source>%s（工号 %s）已锁屏，输入密码解锁</source>
        <translation>%s (staff no. %s) locked the screen; enter the password to unlock</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/screen_lock.py" line="43"/>
        <source>解锁（Enter）</source>
        <translation>Unlock (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/screen_lock.py" line="47"/>
        <source>签退，换人登录</source>
        <translation>Sign out for the next clerk</translation>
    </message>
</context>
<context>
    <name>LookupWindow</name>
    <message>
        <location filename="../../ui/lookup/lookup_window.py" line="452"/>
        <source>请点击您要办理事项所属的部门</source>
        <translation>Tap the department that handles your matter</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/lookup_window.py" line="133"/>
        <source>返回首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/lookup_window.py" line="84"/>
        <source>%s · 政务服务查询</source>
        <translation>%s · Public service information</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/lookup_window.py" line="102"/>
        <source>%s  政务服务查询</source>
        <translation>%s  Public service information</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/lookup_window.py" line="114"/>
        <source>请选择部门</source>
        <translation>Choose a department</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/lookup_window.py" line="118"/>
        <source>请选择您要办的事</source>
        <translation>Choose what you need to do</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/lookup_window.py" line="125"/>
        <source>退出查询屏全屏模式：请输入管理员密码</source>
        <translation>Leave full-screen mode: enter the administrator PIN</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/lookup_window.py" line="132"/>
        <source>返回上一页</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/lookup_window.py" line="177"/>
        <source>办事指南
按部门查找</source>
        <translation>Service guides
by department</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/lookup_window.py" line="178"/>
        <source>办事指南
按主题查找</source>
        <translation>Service guides
by life event</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/lookup_window.py" line="179"/>
        <source>办事指南
输入拼音首字母查找</source>
        <translation>Service guides
type pinyin initials</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/lookup_window.py" line="180"/>
        <source>办件查询</source>
        <translation>Case progress</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/lookup_window.py" line="181"/>
        <source>办结公示</source>
        <translation>Concluded cases</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/lookup_window.py" line="182"/>
        <source>评价</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/lookup_window.py" line="183"/>
        <source>投诉</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/lookup_window.py" line="184"/>
        <source>窗口分布</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/lookup_window.py" line="253"/>
        <source>输入事项名称的拼音首字母，如 yyzz（营业执照）</source>
        <translation>Type the pinyin initials of the matter, e.g. yyzz (business licence)</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/lookup_window.py" line="288"/>
        <source>办理流程</source>
        <translation>Process</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/lookup_window.py" line="293"/>
        <source>扫码带走办事指南</source>
        <translation>Scan to take the guide with you</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/lookup_window.py" line="296"/>
        <source>打印办事指南</source>
        <translation>Print the guide</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/lookup_window.py" line="321"/>
        <source>窗口分布：各窗口办理的业务</source>
        <translation>Windows: what each window handles</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/lookup_window.py" line="440"/>
        <source>请点击您要办理的业务；在任一页面可点“返回首页”</source>
        <translation>Tap what you need; “Home” on any page brings you back here</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/lookup_window.py" line="455"/>
        <source>按您要办的事查找，例如开办企业、生孩子、结婚</source>
        <translation>Find by what you need to do, e.g. starting a business, having a baby, getting married</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/lookup_window.py" line="458"/>
        <source>用下方键盘输入拼音首字母或全拼，结果会随输入出现</source>
        <translation>Type pinyin initials or full pinyin on the keyboard below; results appear as you type</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/lookup_window.py" line="471"/>
        <source>未设置退出密码：请管理员用 yichuang kiosk pin set 设置</source>
        <translation>No exit PIN set: an administrator sets it with yichuang kiosk pin set</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/lookup_window.py" line="491"/>
        <source>请点击事项查看办事指南</source>
        <translation>Tap a matter to see its service guide</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/lookup_window.py" line="519"/>
        <source>“%1”找到 %2 个事项，点击查看</source>
        <translation>“%1”: %2 matters found, tap one to read it</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/lookup_window.py" line="522"/>
        <source>没有找到“%1”，请换个说法或按部门查找</source>
        <translation>Nothing found for “%1”; try other words or search by department</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/lookup_window.py" line="550"/>
        <source>材料齐全可直接到窗口办理；如有疑问请到咨询台咨询</source>
        <translation>With all materials ready, go straight to a window; questions? Ask at the information desk</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/lookup_window.py" line="560"/>
        <source>正在打印，请稍候……</source>
        <translation>Printing, please wait…</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/lookup_window.py" line="573"/>
        <source>办事指南已打印，请在出纸口取走</source>
        <translation>The guide is printed; please take it from the slot</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/lookup_window.py" line="579"/>
        <source>未能打印：%s。可扫码或拍照带走，或到咨询台索取</source>
        <translation>Could not print: %s. Scan the code or take a photo, or ask at the information desk</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/lookup_window.py" line="585"/>
        <source>取号后请留意叫号屏，到对应窗口办理</source>
        <translation>After taking a number, watch the display and go to the window called</translation>
    </message>
</context>
<context>
    <name>MaterialsTable</name>
    <message>
        <location filename="../../ui/clerk/intake/materials_table.py" line="26"/>
        <source>已收</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/materials_table.py" line="27"/>
        <source>缺少</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/materials_table.py" line="28"/>
        <source>有误</source>
        <translation>Defective</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/materials_table.py" line="29"/>
        <source>容缺后补</source>
        <translation>Bring later (deferred)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/materials_table.py" line="30"/>
        <source>不适用</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/materials_table.py" line="44"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/materials_table.py" line="44"/>
        <source>材料名称</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/materials_table.py" line="44"/>
        <source>必要性</source>
        <translation>Req.</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/materials_table.py" line="44"/>
        <source>形式</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/materials_table.py" line="45"/>
        <source>份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/materials_table.py" line="45"/>
        <source>收件情况</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/materials_table.py" line="45"/>
        <source>问题或说明</source>
        <translation>Problem or note</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/materials_table.py" line="45"/>
        <source>承诺补交日期</source>
        <translation>Promised by</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/materials_table.py" line="90"/>
        <source>有误时写明问题</source>
        <translation>Describe the problem if defective</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/materials_table.py" line="151"/>
        <source>未提交</source>
        <translation>Not submitted</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/materials_table.py" line="152"/>
        <source>提交%s %d 份</source>
        <translation>Submit %s, %d copies</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/materials_table.py" line="154"/>
        <source>不符合要求</source>
        <translation>Does not meet the requirements</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/materials_table.py" line="155"/>
        <source>按要求更正后重新提交%s</source>
        <translation>Correct and resubmit the %s</translation>
    </message>
</context>
<context>
    <name>MatterListModel</name>
    <message>
        <location filename="../../ui/lookup/matter_list.py" line="37"/>
        <source>即办</source>
        <translation>On the spot</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/lookup/matter_list.py" line="39"/>
        <source>承诺%n个自然日</source>
        <translation>
            <numerusform>Promised in %n calendar day</numerusform>
            <numerusform>Promised in %n calendar days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/lookup/matter_list.py" line="41"/>
        <source>承诺%n个工作日</source>
        <translation>
            <numerusform>Promised in %n working day</numerusform>
            <numerusform>Promised in %n working days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatterPicker</name>
    <message>
        <location filename="../../ui/clerk/intake/matter_picker.py" line="31"/>
        <source>检索办理事项：名称、拼音首字母（如 yyzz）或实施编码</source>
        <translation>Search the matter: name, pinyin initials (e.g. yyzz) or code</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/matter_picker.py" line="46"/>
        <location filename="../../ui/clerk/intake/matter_picker.py" line="106"/>
        <source>尚未选择事项</source>
        <translation>No matter chosen</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/matter_picker.py" line="81"/>
        <source>没有找到匹配的事项，请换个关键词或拼音首字母试试</source>
        <translation>No matching matters. Try another keyword or the pinyin initials.</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/matter_picker.py" line="93"/>
        <source>已选事项：%s（%s · %s）</source>
        <translation>Matter: %s (%s · %s)</translation>
    </message>
</context>
<context>
    <name>MatterTableModel</name>
    <message>
        <location filename="../../ui/clerk/catalog_model.py" line="24"/>
        <source>事项名称</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/catalog_model.py" line="25"/>
        <source>实施部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/catalog_model.py" line="26"/>
        <source>事项类型</source>
        <translation>Matter type</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/catalog_model.py" line="27"/>
        <source>办件类型</source>
        <translation>Case type</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/catalog_model.py" line="28"/>
        <source>承诺时限</source>
        <translation>Promised time limit</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/catalog_model.py" line="29"/>
        <source>法定时限</source>
        <translation>Statutory time limit</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/catalog_model.py" line="79"/>
        <source>即办</source>
        <translation>On-the-spot</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clerk/catalog_model.py" line="61"/>
        <source>%n 个工作日</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clerk/catalog_model.py" line="60"/>
        <source>%n 个自然日</source>
        <translation>
            <numerusform>%n calendar day</numerusform>
            <numerusform>%n calendar days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/clerk/catalog_model.py" line="84"/>
        <source>%s
实施编码：%s
匹配方式：%s</source>
        <translation>%s
Implementation code: %s
Matched by: %s</translation>
    </message>
</context>
<context>
    <name>NoticeActions</name>
    <message>
        <location filename="../../ui/clerk/intake/notice_actions.py" line="24"/>
        <source>已保存：%d 项已补正，%d 项未补正</source>
        <translation>Saved: %d item(s) corrected, %d still open</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/notice_actions.py" line="46"/>
        <source>已受理，承诺办结日期 %s；查询号 %s，查询密码 %s</source>
        <translation>Accepted, promised by %s; query no. %s, password %s</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/notice_actions.py" line="80"/>
        <source>已出具告知单 %s</source>
        <translation>Notice %s issued</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/notice_actions.py" line="82"/>
        <source>；告知单以外的材料（%s）已记为违反一次性告知</source>
        <translation>; the material(s) not on the notice (%s) are recorded as a breach of the one-time rule</translation>
    </message>
</context>
<context>
    <name>PartyBox</name>
    <message>
        <location filename="../../ui/clerk/intake/party_box.py" line="41"/>
        <source>个人</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/party_box.py" line="43"/>
        <source>法人或其他组织</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/party_box.py" line="49"/>
        <source>读身份证</source>
        <translation>Read ID card</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/party_box.py" line="93"/>
        <source>单位名称</source>
        <translation>Name of organisation</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/party_box.py" line="93"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/party_box.py" line="95"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/party_box.py" line="95"/>
        <source>身份证号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/party_box.py" line="97"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/party_box.py" line="98"/>
        <source>住所</source>
        <translation>Registered address</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/party_box.py" line="98"/>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/party_box.py" line="99"/>
        <source>法定代表人/负责人</source>
        <translation>Legal representative</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <location filename="../../ui/clerk/intake/case_dialogs.py" line="39"/>
        <source>启动特别程序（暂停计时）</source>
        <translation>Start a special procedure (pause the clock)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_dialogs.py" line="39"/>
        <source>暂停计时并打印告知书</source>
        <translation>Pause and print the notice</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_dialogs.py" line="53"/>
        <source>需要申请人配合的事项（可不填）</source>
        <translation>What the applicant must do meanwhile (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_dialogs.py" line="54"/>
        <source>特别程序种类</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_dialogs.py" line="55"/>
        <source>启动理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_dialogs.py" line="56"/>
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_dialogs.py" line="57"/>
        <source>预计所需工作日</source>
        <translation>Expected working days</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_dialogs.py" line="58"/>
        <source>申请人配合事项</source>
        <translation>Applicant to do</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_dialogs.py" line="61"/>
        <source>请写明启动特别程序的理由</source>
        <translation>Give the reason for the special procedure</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="15"/>
        <source>本周</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="15"/>
        <source>上周</source>
        <translation>Last week</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="16"/>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="16"/>
        <source>上月</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="17"/>
        <source>今年</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="17"/>
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="37"/>
        <source>时间范围</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="40"/>
        <source>至</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../../ui/kiosk/pin_screen.py" line="41"/>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pin_screen.py" line="53"/>
        <source>退出取号机模式：请输入管理员密码</source>
        <translation>Exit kiosk mode: enter the administrator password</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pin_screen.py" line="78"/>
        <source>密码错误，请重试</source>
        <translation>Wrong password. Please try again.</translation>
    </message>
</context>
<context>
    <name>PinSetupScreen</name>
    <message>
        <location filename="../../ui/kiosk/pin_screen.py" line="87"/>
        <source>首次使用：请管理员设置退出取号机的密码（6–12 位数字）</source>
        <translation>First use: administrator, please choose the kiosk exit PIN (6–12 digits)</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pin_screen.py" line="102"/>
        <source>请再输入一次</source>
        <translation>Enter it once more</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../ui/clerk/intake/document_desk.py" line="152"/>
        <source>（补打）</source>
        <translation> (reprint)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/document_desk.py" line="153"/>
        <source>打印预览 · %s %s%s</source>
        <translation>Print preview · %s %s%s</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/document_desk.py" line="164"/>
        <source>文书已登记（编号 %s），请核对后打印。</source>
        <translation>Document recorded (no. %s). Check it, then print.</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/document_desk.py" line="167"/>
        <source>打印（Ctrl+P）</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/document_desk.py" line="171"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/document_desk.py" line="188"/>
        <source>正在打印…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/document_desk.py" line="195"/>
        <source>再打印一份</source>
        <translation>Print another copy</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/document_desk.py" line="196"/>
        <source>已送打印：%s</source>
        <translation>Sent to printer: %s</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/document_desk.py" line="202"/>
        <source>重新打印</source>
        <translation>Print again</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/document_desk.py" line="203"/>
        <source>打印失败：%s 文书已保存在办件中，不会丢失。</source>
        <translation>Printing failed: %s The document is kept with the case and is not lost.</translation>
    </message>
</context>
<context>
    <name>PriorityScreen</name>
    <message>
        <location filename="../../ui/kiosk/priority_screen.py" line="30"/>
        <source>老年人</source>
        <translation>Senior</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/priority_screen.py" line="31"/>
        <source>残疾人</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/priority_screen.py" line="32"/>
        <source>军人</source>
        <translation>Service member</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/priority_screen.py" line="33"/>
        <source>孕妇</source>
        <translation>Pregnancy</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/priority_screen.py" line="52"/>
        <source>优先通道 / 预约签到</source>
        <translation>Priority lane / Appointment check-in</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/priority_screen.py" line="59"/>
        <source>请选择优先类别（凭证件到窗口核验）</source>
        <translation>Choose a priority category (show proof at the window)</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/priority_screen.py" line="80"/>
        <location filename="../../ui/kiosk/priority_screen.py" line="145"/>
        <source>下一步：选择业务 ›</source>
        <translation>Next: choose a service ›</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/priority_screen.py" line="145"/>
        <source>预约签到 ›</source>
        <translation>Check in appointment ›</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/priority_screen.py" line="160"/>
        <source>请先选择优先类别，或刷身份证、输入预约码</source>
        <translation>Choose a priority category, or swipe your ID card or type an appointment code first</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/priority_screen.py" line="84"/>
        <source>返回首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/priority_screen.py" line="91"/>
        <source>或输入身份证号 / 预约码</source>
        <translation>Or enter an ID card number / appointment code</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/priority_screen.py" line="108"/>
        <source>请将身份证放在读卡区</source>
        <translation>Place your ID card on the reader</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/priority_screen.py" line="130"/>
        <source>已读取：%s %s</source>
        <translation>Read: %s %s</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/priority_screen.py" line="133"/>
        <source>年满 %d 周岁，自动进入老年人优先通道</source>
        <translation>Aged %d or over: senior priority lane applied</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../ui/lookup/progress_page.py" line="56"/>
        <source>办件查询</source>
        <translation>Case progress</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/progress_page.py" line="58"/>
        <source>查询</source>
        <translation>Look up</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/progress_page.py" line="71"/>
        <source>返回首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/progress_page.py" line="91"/>
        <source>正在查询…</source>
        <translation>Looking up…</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/progress_page.py" line="124"/>
        <source>办件编号：%s</source>
        <translation>Case no.: %s</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/progress_page.py" line="125"/>
        <source>申请人：%s</source>
        <translation>Applicant: %s</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/progress_page.py" line="126"/>
        <source>办理状态：%s</source>
        <translation>Status: %s</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/progress_page.py" line="127"/>
        <source>收件日期：%s</source>
        <translation>Received on: %s</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/progress_page.py" line="130"/>
        <source>受理日期：%s</source>
        <translation>Accepted on: %s</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/progress_page.py" line="132"/>
        <source>承诺时限：%1个%2，%3前办结</source>
        <translation>Promised time limit: %1 %2, concluded by %3</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/progress_page.py" line="140"/>
        <source>（剩余%1个%2）</source>
        <translation> (%1 %2 left)</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/progress_page.py" line="142"/>
        <source>（已超期）</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/progress_page.py" line="143"/>
        <source>计时状态：%s</source>
        <translation>Clock: %s</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/progress_page.py" line="145"/>
        <source>办结日期：%1&#x3000;办理结果：%2</source>
        <translation>Concluded on: %1&#x3000;Result: %2</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/progress_page.py" line="148"/>
        <source>（正在办理）</source>
        <translation> (in progress)</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/progress_page.py" line="157"/>
        <source>办理环节：</source>
        <translation>Steps:</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/progress_page.py" line="158"/>
        <source>领取方式：%s</source>
        <translation>Pick-up: %s</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <location filename="../../ui/clerk/intake/rating_dialog.py" line="12"/>
        <source>非常满意</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/rating_dialog.py" line="13"/>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/rating_dialog.py" line="14"/>
        <source>基本满意</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/rating_dialog.py" line="15"/>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/rating_dialog.py" line="16"/>
        <source>非常不满意</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/rating_dialog.py" line="29"/>
        <source>请您评价本次服务</source>
        <translation>Please rate our service</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/rating_dialog.py" line="30"/>
        <source>请您对本次服务作出评价
%s（办件编号 %s）</source>
        <translation>Please rate our service
%s (case no. %s)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/rating_dialog.py" line="42"/>
        <source>不评价</source>
        <translation>No rating</translation>
    </message>
</context>
<context>
    <name>RatingPage</name>
    <message>
        <location filename="../../ui/lookup/rating_page.py" line="34"/>
        <source>非常满意</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/rating_page.py" line="35"/>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/rating_page.py" line="36"/>
        <source>基本满意</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/rating_page.py" line="37"/>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/rating_page.py" line="38"/>
        <source>非常不满意</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/rating_page.py" line="61"/>
        <source>服务评价（一事一评）</source>
        <translation>Rate the service (one rating per case)</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/rating_page.py" line="63"/>
        <location filename="../../ui/lookup/rating_page.py" line="89"/>
        <source>提交评价</source>
        <translation>Submit rating</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/rating_page.py" line="66"/>
        <source>请对本次办事服务作出评价：</source>
        <translation>How was the service for this case?</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/rating_page.py" line="86"/>
        <source>请告诉我们不满意的原因（可不填）</source>
        <translation>Tell us what went wrong (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/rating_page.py" line="96"/>
        <source>返回首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/rating_page.py" line="127"/>
        <source>请点击一个评价等级</source>
        <translation>Tap one of the ratings</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/rating_page.py" line="131"/>
        <source>正在提交…</source>
        <translation>Submitting…</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/rating_page.py" line="141"/>
        <source>感谢您的评价！您的评价“%s”已记录。</source>
        <translation>Thank you! Your rating “%s” has been recorded.</translation>
    </message>
</context>
<context>
    <name>RecentCalls</name>
    <message>
        <location filename="../../ui/hall/hall_widgets.py" line="71"/>
        <source>最近叫号</source>
        <translation>Recent calls</translation>
    </message>
    <message>
        <location filename="../../ui/hall/hall_widgets.py" line="88"/>
        <source>%s  →  %d 号窗口</source>
        <translation>%s  →  Window %d</translation>
    </message>
</context>
<context>
    <name>RefuseDialog</name>
    <message>
        <location filename="../../ui/clerk/intake/refuse_dialog.py" line="16"/>
        <source>不予受理 · %s</source>
        <translation>Refuse · %s</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/refuse_dialog.py" line="19"/>
        <source>不予受理（写明理由和法律依据）</source>
        <translation>Refuse (give the reason and legal basis)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/refuse_dialog.py" line="21"/>
        <source>不属于本机关职权范围（写明应向哪个机关申请）</source>
        <translation>Not this body&apos;s competence (name the body to apply to)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/refuse_dialog.py" line="34"/>
        <source>如：某某市市场监督管理局（地址、电话）</source>
        <translation>e.g. the city market regulation bureau (address, phone)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/refuse_dialog.py" line="35"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/refuse_dialog.py" line="36"/>
        <source>法律依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/refuse_dialog.py" line="37"/>
        <source>有权机关</source>
        <translation>Competent body</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/refuse_dialog.py" line="38"/>
        <source>通知书将写明申请人申请行政复议、提起行政诉讼的权利和期限。</source>
        <translation>The notice states the applicant&apos;s rights to administrative review and litigation and their time limits.</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/refuse_dialog.py" line="16"/>
        <source>确定并打印不予受理通知书</source>
        <translation>Confirm and print the refusal notice</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/refuse_dialog.py" line="54"/>
        <source>请写明不予受理的理由</source>
        <translation>Give the reason for refusal</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/refuse_dialog.py" line="56"/>
        <source>请写明申请人应向哪个机关申请</source>
        <translation>Name the body the applicant should apply to</translation>
    </message>
</context>
<context>
    <name>RejoinDialog</name>
    <message>
        <location filename="../../ui/clerk/call_transfer.py" line="68"/>
        <source>过号补回</source>
        <translation>Late return</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_transfer.py" line="70"/>
        <source>群众过号后到窗口说明时，输入其号码，补回到队列中。</source>
        <translation>When an applicant who missed the call comes back, type the number to put it back in the queue.</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_transfer.py" line="73"/>
        <source>如 B004</source>
        <translation>e.g. B004</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_transfer.py" line="74"/>
        <source>号码</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_transfer.py" line="75"/>
        <source>补回（Enter）</source>
        <translation>Put back (Enter)</translation>
    </message>
</context>
<context>
    <name>RepeatScreen</name>
    <message>
        <location filename="../../ui/kiosk/repeat_screen.py" line="27"/>
        <source>不用了，返回首页</source>
        <translation>No, back to start</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/repeat_screen.py" line="30"/>
        <source>再取一张</source>
        <translation>Yes, another ticket</translation>
    </message>
</context>
<context>
    <name>RetryButton</name>
    <message>
        <location filename="../../ui/clerk/intake/document_desk.py" line="126"/>
        <source>重试出具文书</source>
        <translation>Retry document</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/clerk/sign_in.py" line="34"/>
        <source>一窗 · 窗口人员登录</source>
        <translation>Yichuang · Staff sign-in</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/sign_in.py" line="37"/>
        <source>政务服务中心</source>
        <translation>Government Service Center</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/sign_in.py" line="40"/>
        <source>窗口人员登录</source>
        <translation>Window staff sign-in</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/sign_in.py" line="45"/>
        <location filename="../../ui/clerk/sign_in.py" line="85"/>
        <source>请输入工号</source>
        <translation>Enter your staff number</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/sign_in.py" line="49"/>
        <location filename="../../ui/clerk/sign_in.py" line="89"/>
        <source>请输入密码</source>
        <translation>Enter your password</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/sign_in.py" line="51"/>
        <source>工号</source>
        <translation>Staff no.</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/sign_in.py" line="52"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/sign_in.py" line="57"/>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/sign_in.py" line="62"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/sign_in.py" line="93"/>
        <source>正在验证…</source>
        <translation>Verifying…</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../ui/clerk/intake/case_dialogs.py" line="189"/>
        <source>办理环节：%s</source>
        <translation>Step: %s</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_dialogs.py" line="189"/>
        <source>提交</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_dialogs.py" line="196"/>
        <source>处理</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_dialogs.py" line="197"/>
        <source>办理意见</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/case_dialogs.py" line="200"/>
        <source>请填写办理意见</source>
        <translation>Write the opinion</translation>
    </message>
</context>
<context>
    <name>SupervisorDialog</name>
    <message>
        <location filename="../../ui/clerk/intake/supervisor.py" line="36"/>
        <source>主管现场批准</source>
        <translation>Supervisor approval</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/supervisor.py" line="37"/>
        <source>以下操作须经主管（效能监察）批准：
%s
请主管本人输入工号和密码。</source>
        <translation>This needs a supervisor&apos;s approval:
%s
The supervisor enters their own staff number and password.</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/supervisor.py" line="46"/>
        <source>主管工号</source>
        <translation>Supervisor&apos;s staff no.</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/supervisor.py" line="47"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/supervisor.py" line="51"/>
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/supervisor.py" line="54"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/intake/supervisor.py" line="77"/>
        <source>该账号不是主管，无权批准。请由主管本人登录。</source>
        <translation>This account is not a supervisor and cannot approve. The supervisor must sign in.</translation>
    </message>
</context>
<context>
    <name>SupervisorSignInDialog</name>
    <message>
        <location filename="../../ui/dashboard/sign_in_gate.py" line="20"/>
        <source>一窗 · 效能监察登录</source>
        <translation>Yichuang · Supervisor sign-in</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/sign_in_gate.py" line="21"/>
        <source>效能监察登录（主管或系统管理员）</source>
        <translation>Performance supervision sign-in (supervisor or administrator)</translation>
    </message>
</context>
<context>
    <name>TicketScreen</name>
    <message>
        <location filename="../../ui/kiosk/ticket_screen.py" line="42"/>
        <source>轻触屏幕返回首页</source>
        <translation>Tap the screen to return home</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/ticket_screen.py" line="62"/>
        <source>请留意叫号</source>
        <translation>Please listen for your number</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/ticket_screen.py" line="64"/>
        <source>正在打印小票…</source>
        <translation>Printing your ticket…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/ticket_screen.py" line="69"/>
        <source>请取走小票</source>
        <translation>Please take your ticket</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/ticket_screen.py" line="85"/>
        <source>小票打印失败（%s），请记住您的号码 %s 或拍照</source>
        <translation>Ticket printing failed (%s). Please remember your number %s or take a photo.</translation>
    </message>
</context>
<context>
    <name>TouchKeyboard</name>
    <message>
        <location filename="../../ui/lookup/touch_keyboard.py" line="79"/>
        <source>退格</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/touch_keyboard.py" line="79"/>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../ui/clerk/call_transfer.py" line="40"/>
        <source>转移 %s</source>
        <translation>Transfer %s</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_transfer.py" line="42"/>
        <source>转到业务</source>
        <translation>To service line</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_transfer.py" line="48"/>
        <source>转到窗口</source>
        <translation>To window</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_transfer.py" line="51"/>
        <source>%d 号窗口</source>
        <translation>Window %d</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_transfer.py" line="55"/>
        <source>转移</source>
        <translation>Transfer</translation>
    </message>
</context>
<context>
    <name>UpcomingModel</name>
    <message>
        <location filename="../../ui/clerk/call_queue_model.py" line="21"/>
        <source>顺序</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_queue_model.py" line="22"/>
        <source>号码</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_queue_model.py" line="23"/>
        <source>业务类别</source>
        <translation>Service line</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_queue_model.py" line="24"/>
        <source>通道</source>
        <translation>Lane</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_queue_model.py" line="25"/>
        <source>已等候</source>
        <translation>Waited</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_queue_model.py" line="68"/>
        <source>普通</source>
        <translation>Regular</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_queue_model.py" line="70"/>
        <source>%n 分钟</source>
        <translation>%n minutes</translation>
    </message>
</context>
<context>
    <name>WarningsPage</name>
    <message>
        <location filename="../../ui/dashboard/warnings_page.py" line="33"/>
        <location filename="../../ui/dashboard/warnings_page.py" line="70"/>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/warnings_page.py" line="34"/>
        <source>办件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/warnings_page.py" line="35"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/warnings_page.py" line="36"/>
        <location filename="../../ui/dashboard/warnings_page.py" line="70"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/warnings_page.py" line="37"/>
        <source>承办人</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/warnings_page.py" line="38"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/warnings_page.py" line="39"/>
        <source>承诺办结</source>
        <translation>Promised by</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/warnings_page.py" line="40"/>
        <source>剩余工作日</source>
        <translation>Working days left</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/warnings_page.py" line="41"/>
        <source>确认</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/warnings_page.py" line="42"/>
        <source>情况说明</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/warnings_page.py" line="55"/>
        <source>全部级别</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/warnings_page.py" line="56"/>
        <source>黄灯</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/warnings_page.py" line="57"/>
        <source>红灯</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/warnings_page.py" line="58"/>
        <source>法定超期</source>
        <translation>Past statutory limit</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/warnings_page.py" line="60"/>
        <source>全部部门</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/warnings_page.py" line="61"/>
        <source>显示已确认</source>
        <translation>Show acknowledged</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/warnings_page.py" line="63"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/warnings_page.py" line="66"/>
        <source>情况说明：超时原因、已采取的督办措施</source>
        <translation>Explanation: why it is late, what was done about it</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/warnings_page.py" line="67"/>
        <source>确认预警</source>
        <translation>Acknowledge warning</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/warnings_page.py" line="115"/>
        <source>请先在列表中选择一条预警</source>
        <translation>Select a warning in the list first</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/warnings_page.py" line="122"/>
        <source>已确认办件 %s 的%s预警</source>
        <translation>Case %s: warning (%s) acknowledged</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/warnings_page.py" line="129"/>
        <source>已确认（%s %s）</source>
        <translation>Acknowledged (%s %s)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/warnings_page.py" line="131"/>
        <source>未确认（已加重）</source>
        <translation>Not acknowledged (got worse)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/warnings_page.py" line="133"/>
        <source>未确认</source>
        <translation>Not acknowledged</translation>
    </message>
</context>
<context>
    <name>WindowCard</name>
    <message>
        <location filename="../../ui/hall/hall_widgets.py" line="29"/>
        <location filename="../../ui/hall/hall_widgets.py" line="45"/>
        <source>%d 号窗口</source>
        <translation>Window %d</translation>
    </message>
    <message>
        <location filename="../../ui/hall/hall_widgets.py" line="42"/>
        <source>暂停服务</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../ui/hall/hall_widgets.py" line="47"/>
        <source>%d 号窗口 · 暂停</source>
        <translation>Window %d · paused</translation>
    </message>
</context>
<context>
    <name>app_main</name>
    <message>
        <location filename="../../ui/app_main.py" line="44"/>
        <source>一窗</source>
        <translation>Yichuang</translation>
    </message>
    <message>
        <location filename="../../ui/app_main.py" line="75"/>
        <source>正在打开数据库……首次运行会载入演示数据，约需数秒。</source>
        <translation>Opening the database… the first run loads the demo data, which takes a few seconds.</translation>
    </message>
    <message>
        <location filename="../../ui/app_main.py" line="172"/>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../ui/common/messages.py" line="20"/>
        <source>系统内部错误（%s），请联系管理员。已输入的内容未丢失。</source>
        <translation>Internal error (%s). Please contact the administrator. Nothing you entered was lost.</translation>
    </message>
    <message>
        <location filename="../../ui/common/messages.py" line="27"/>
        <source>操作未完成</source>
        <translation>Not completed</translation>
    </message>
</context>
<context>
    <name>sync_status</name>
    <message>
        <location filename="../../ui/common/sync_status.py" line="47"/>
        <source>县级同步：%1</source>
        <translation>County sync: %1</translation>
    </message>
    <message>
        <location filename="../../ui/common/sync_status.py" line="52"/>
        <location filename="../../ui/common/sync_status.py" line="75"/>
        <source>待推送 %1 条</source>
        <translation>%1 to send</translation>
    </message>
    <message>
        <location filename="../../ui/common/sync_status.py" line="55"/>
        <source>上次错误：%1</source>
        <translation>Last error: %1</translation>
    </message>
</context>
</TS>
