<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="39"/>
        <source>已呼叫</source>
        <translation>Called</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="40"/>
        <source>办理中</source>
        <translation>In service</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="79"/>
        <source>%d 号窗口</source>
        <translation>Window %d</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="84"/>
        <location filename="../../ui/clerk/call_panel.py" line="196"/>
        <source>当前没有正在办理的号</source>
        <translation>No ticket in service</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="95"/>
        <source>叫号</source>
        <translation>Call next</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="96"/>
        <source>重呼</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="97"/>
        <source>过号</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="98"/>
        <source>转移</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="99"/>
        <source>开始办理</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="100"/>
        <source>办结</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="101"/>
        <source>暂停</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="103"/>
        <source>%s（%s）</source>
        <translation>%s (%s)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="119"/>
        <source>本窗口等候情况</source>
        <translation>Waiting for this window</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="127"/>
        <source>候叫队列（按叫号顺序）</source>
        <translation>Up next (in calling order)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="173"/>
        <source>暂停服务中</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="173"/>
        <source>服务中</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="175"/>
        <source>恢复（F6）</source>
        <translation>Resume (F6)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="175"/>
        <source>暂停（F6）</source>
        <translation>Pause (F6)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="178"/>
        <source>本窗口可叫：%d 人</source>
        <translation>Ready to call: %d</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="186"/>
        <source>%s %s：等候 %d 人，约 %d 分钟</source>
        <translation>%s %s: %d waiting, about %d min</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="207"/>
        <source>等候 %d 分钟</source>
        <translation>waited %d min</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="208"/>
        <source>第 %d 次呼叫 · %s</source>
        <translation>Call no. %d · %s</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="233"/>
        <source>当前没有等候的群众</source>
        <translation>Nobody is waiting</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="250"/>
        <source>%s 已过号</source>
        <translation>%s marked as no-show</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="268"/>
        <source>当前没有可转移的号</source>
        <translation>No ticket to transfer</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="279"/>
        <source>%s 已转移</source>
        <translation>%s transferred</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="286"/>
        <source>窗口屏：%s</source>
        <translation>Window display: %s</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="290"/>
        <source>请%s号 办理</source>
        <translation>Now serving %s</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="293"/>
        <source>暂停服务</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="293"/>
        <source>%d号窗口</source>
        <translation>Window %d</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="296"/>
        <source>%s 已办结</source>
        <translation>%s finished</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="299"/>
        <source>%s 已办结，请群众在评价器上评价</source>
        <translation>%s finished; please ask the applicant to rate us on the pad</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="311"/>
        <source>%s 未评价</source>
        <translation>%s not rated</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="312"/>
        <source>%s 评价：%s</source>
        <translation>%s rated: %s</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_panel.py" line="316"/>
        <source>评价器：%s</source>
        <translation>Rating pad: %s</translation>
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
    <name>ClerkWindow</name>
    <message>
        <location filename="../../ui/clerk/main_window.py" line="33"/>
        <source>一窗 · %s · 窗口人员端</source>
        <translation>Yichuang · %s · Clerk desk</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/main_window.py" line="39"/>
        <source>叫号</source>
        <translation>Calling</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/main_window.py" line="41"/>
        <source>事项目录 / 办事指南</source>
        <translation>Catalog / Service guide</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/main_window.py" line="42"/>
        <source>%d 号窗口</source>
        <translation>Window %d</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/main_window.py" line="42"/>
        <source>未分配窗口</source>
        <translation>No window assigned</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/main_window.py" line="44"/>
        <source>%s（工号 %s，%s）</source>
        <translation>%s (staff no. %s, %s)</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/main_window.py" line="48"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/main_window.py" line="49"/>
        <source>外接设备…</source>
        <translation>Devices…</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../../ui/dashboard/dashboard_window.py" line="43"/>
        <source>%.0f 分钟</source>
        <translation>%.0f min</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_window.py" line="54"/>
        <source>一窗 · %s · 效能监察</source>
        <translation>Yichuang · %s · Performance supervision</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_window.py" line="56"/>
        <source>%s&#x3000;大厅实时情况</source>
        <translation>%s · Live hall status</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_window.py" line="61"/>
        <source>今日取号</source>
        <translation>Tickets today</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_window.py" line="62"/>
        <source>正在等候</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_window.py" line="63"/>
        <source>正在办理</source>
        <translation>In service</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_window.py" line="64"/>
        <source>已办结</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_window.py" line="65"/>
        <location filename="../../ui/dashboard/dashboard_window.py" line="96"/>
        <source>过号</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_window.py" line="66"/>
        <source>平均等候</source>
        <translation>Average wait</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_window.py" line="67"/>
        <source>90%等候不超过</source>
        <translation>90% waited at most</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_window.py" line="68"/>
        <source>当前最长等候</source>
        <translation>Longest current wait</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_window.py" line="84"/>
        <source>业务类别</source>
        <translation>Service line</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_window.py" line="85"/>
        <source>等候人数</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_window.py" line="86"/>
        <source>预计等候</source>
        <translation>Est. wait</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_window.py" line="87"/>
        <source>今日余号</source>
        <translation>Tickets left today</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_window.py" line="88"/>
        <location filename="../../ui/dashboard/dashboard_window.py" line="94"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_window.py" line="91"/>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_window.py" line="92"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_window.py" line="93"/>
        <source>当前号</source>
        <translation>Current ticket</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_window.py" line="95"/>
        <source>今日办结</source>
        <translation>Finished today</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_window.py" line="97"/>
        <source>平均办理</source>
        <translation>Avg. service time</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_window.py" line="104"/>
        <source>各业务类别排队情况</source>
        <translation>Queues by service line</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_window.py" line="106"/>
        <source>各窗口情况</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_window.py" line="141"/>
        <location filename="../../ui/dashboard/dashboard_window.py" line="160"/>
        <source>办理中</source>
        <translation>In service</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_window.py" line="141"/>
        <source>未到办理时间</source>
        <translation>Outside service hours</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_window.py" line="143"/>
        <source>今日号已取完</source>
        <translation>No tickets left today</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_window.py" line="144"/>
        <source>%d 分钟</source>
        <translation>%d min</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_window.py" line="159"/>
        <source>暂停</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_window.py" line="159"/>
        <source>呼叫中</source>
        <translation>Calling</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_window.py" line="160"/>
        <location filename="../../ui/dashboard/dashboard_window.py" line="161"/>
        <source>空闲</source>
        <translation>Idle</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_window.py" line="166"/>
        <source>每 %d 秒自动刷新</source>
        <translation>Refreshes every %d s</translation>
    </message>
</context>
<context>
    <name>DeviceDialog</name>
    <message>
        <location filename="../../ui/devices/device_dialog.py" line="46"/>
        <source>外接设备设置</source>
        <translation>Device settings</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_dialog.py" line="60"/>
        <source>打印测试票</source>
        <translation>Print test ticket</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_dialog.py" line="63"/>
        <source>正在查询打印机状态…</source>
        <translation>Checking printer status…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_dialog.py" line="69"/>
        <source>小票打印机</source>
        <translation>Ticket printer</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_dialog.py" line="71"/>
        <location filename="../../ui/devices/device_dialog.py" line="88"/>
        <source>地址/端口</source>
        <translation>Address / port</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_dialog.py" line="72"/>
        <source>型号</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_dialog.py" line="81"/>
        <source>读卡测试</source>
        <translation>Test card read</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_dialog.py" line="86"/>
        <source>身份证阅读器</source>
        <translation>ID card reader</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_dialog.py" line="96"/>
        <location filename="../../ui/devices/device_dialog.py" line="99"/>
        <source>留空表示不使用</source>
        <translation>Leave empty if not used</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_dialog.py" line="100"/>
        <source>窗口屏与评价器</source>
        <translation>Window display and rating pad</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_dialog.py" line="102"/>
        <source>窗口 LED 屏</source>
        <translation>Window LED display</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_dialog.py" line="103"/>
        <source>评价器</source>
        <translation>Rating pad</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_dialog.py" line="108"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_dialog.py" line="112"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_dialog.py" line="160"/>
        <source>正常</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_dialog.py" line="174"/>
        <source>测试票已打印，共 %d 字节</source>
        <translation>Test ticket printed (%d bytes)</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_dialog.py" line="186"/>
        <source>测试打印失败：</source>
        <translation>Test print failed: </translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_dialog.py" line="193"/>
        <source>请放置身份证…</source>
        <translation>Place the ID card on the reader…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_dialog.py" line="206"/>
        <source>读卡正常</source>
        <translation>Card read OK</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_dialog.py" line="207"/>
        <source>未检测到身份证，请把证件平放在阅读器上</source>
        <translation>No ID card detected. Lay the card flat on the reader.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_dialog.py" line="237"/>
        <source>已保存到 %s，立即生效</source>
        <translation>Saved to %s; in effect now</translation>
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
    <message numerus="yes">
        <location filename="../../ui/clerk/guide_html.py" line="31"/>
        <source>（%n日）</source>
        <translation>
            <numerusform> (%n day)</numerusform>
            <numerusform> (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clerk/guide_html.py" line="54"/>
        <source>%n 次</source>
        <translation>
            <numerusform>%n</numerusform>
            <numerusform>%n</numerusform>
        </translation>
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
        <location filename="../../ui/hall/hall_window.py" line="34"/>
        <source>请取号后留意叫号，过号请到原窗口补号。老年人、残疾人、军人、孕妇可走优先通道。办事指南和办件进度可在查询一体机上查看。如对服务不满意，请在窗口评价器上评价。</source>
        <translation>Please take a number and listen for your call; if you miss it, return to the same window to be re-queued. Seniors, people with disabilities, service members and pregnant women may use the priority lane. Service guides and case progress are on the lookup terminal. Not satisfied? Please rate us on the pad at the window.</translation>
    </message>
    <message>
        <location filename="../../ui/hall/hall_window.py" line="60"/>
        <source>一窗 · %s · 大厅显示屏</source>
        <translation>Yichuang · %s · Hall display</translation>
    </message>
    <message>
        <location filename="../../ui/hall/hall_window.py" line="68"/>
        <source>欢迎光临，请取号等候叫号</source>
        <translation>Welcome! Please take a number and wait to be called</translation>
    </message>
    <message>
        <location filename="../../ui/hall/hall_window.py" line="118"/>
        <source>yyyy年M月d日  HH:mm</source>
        <translation>d MMM yyyy  HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/hall/hall_window.py" line="142"/>
        <source>暂时无法读取叫号信息，正在重试…</source>
        <translation>Queue information unavailable, retrying…</translation>
    </message>
    <message>
        <location filename="../../ui/hall/hall_window.py" line="178"/>
        <source>%s 等候 %d 人</source>
        <translation>%s: %d waiting</translation>
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
        <location filename="../../ui/kiosk/kiosk_window.py" line="62"/>
        <source>一窗 · %s · 取号机</source>
        <translation>Yichuang · %s · Ticket kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/kiosk_window.py" line="89"/>
        <source>读卡器故障：%s</source>
        <translation>Card reader fault: %s</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/kiosk_window.py" line="135"/>
        <source>请选择办理的业务，轻触取号</source>
        <translation>Choose a service and tap to take a number</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/kiosk_window.py" line="148"/>
        <source>优先 / 预约签到</source>
        <translation>Priority / Appointment</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/kiosk_window.py" line="152"/>
        <source>老年人、残疾人、军人、孕妇
及已预约的群众请点此</source>
        <translation>Seniors, people with disabilities, service members,
pregnant women and appointments: tap here</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/kiosk_window.py" line="223"/>
        <source>（已读取身份证）</source>
        <translation> (ID card read)</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/kiosk_window.py" line="224"/>
        <source>优先通道%s%s：请选择业务</source>
        <translation>Priority lane%s%s: choose a service</translation>
    </message>
</context>
<context>
    <name>LineTile</name>
    <message>
        <location filename="../../ui/kiosk/line_tiles.py" line="16"/>
        <source>未到办理时间（%s）</source>
        <translation>Outside service hours (%s)</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/line_tiles.py" line="18"/>
        <source>今日号已取完，请明天再来</source>
        <translation>No tickets left today. Please come back tomorrow.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/line_tiles.py" line="51"/>
        <source>等候 %d 人 · 约 %d 分钟</source>
        <translation>%d waiting · about %d min</translation>
    </message>
</context>
<context>
    <name>LookupWindow</name>
    <message>
        <location filename="../../ui/lookup/lookup_window.py" line="55"/>
        <source>%s · 办事指南查询</source>
        <translation>%s · Service guide lookup</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/lookup_window.py" line="57"/>
        <source>%s  办事指南查询</source>
        <translation>%s  Service guide lookup</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/lookup_window.py" line="67"/>
        <location filename="../../ui/lookup/lookup_window.py" line="146"/>
        <source>请点击您要办理事项所属的部门</source>
        <translation>Tap the department that handles your matter</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/lookup_window.py" line="109"/>
        <source>返回部门</source>
        <translation>Back to departments</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/lookup_window.py" line="124"/>
        <source>返回事项列表</source>
        <translation>Back to matters</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/lookup_window.py" line="127"/>
        <source>返回首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/lookup_window.py" line="157"/>
        <source>即办</source>
        <translation>On-the-spot</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/lookup/lookup_window.py" line="159"/>
        <source>承诺%n个工作日</source>
        <translation>
            <numerusform>Committed: %n working day</numerusform>
            <numerusform>Committed: %n working days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/lookup/lookup_window.py" line="164"/>
        <source>请点击事项查看办事指南</source>
        <translation>Tap a matter to see its service guide</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/lookup_window.py" line="174"/>
        <source>材料齐全可直接到窗口办理；如有疑问请到咨询台咨询</source>
        <translation>With all materials ready, go straight to a window; questions? Ask at the information desk</translation>
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
        <location filename="../../ui/clerk/catalog_model.py" line="73"/>
        <source>即办</source>
        <translation>On-the-spot</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clerk/catalog_model.py" line="74"/>
        <location filename="../../ui/clerk/catalog_model.py" line="76"/>
        <source>%n 个工作日</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/clerk/catalog_model.py" line="78"/>
        <source>%s
实施编码：%s
匹配方式：%s</source>
        <translation>%s
Implementation code: %s
Matched by: %s</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../../ui/kiosk/pin_screen.py" line="22"/>
        <source>退出取号机模式：请输入管理员密码</source>
        <translation>Exit kiosk mode: enter the administrator password</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pin_screen.py" line="39"/>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pin_screen.py" line="54"/>
        <source>密码错误，请重试</source>
        <translation>Wrong password. Please try again.</translation>
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
        <location filename="../../ui/kiosk/priority_screen.py" line="51"/>
        <source>优先通道 / 预约签到</source>
        <translation>Priority lane / Appointment check-in</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/priority_screen.py" line="58"/>
        <source>请选择优先类别（凭证件到窗口核验）</source>
        <translation>Choose a priority category (show proof at the window)</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/priority_screen.py" line="79"/>
        <source>选择业务取号 ›</source>
        <translation>Choose a service ›</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/priority_screen.py" line="83"/>
        <source>返回首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/priority_screen.py" line="90"/>
        <source>或输入身份证号 / 预约码</source>
        <translation>Or enter an ID card number / appointment code</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/priority_screen.py" line="106"/>
        <source>请将身份证放在读卡区</source>
        <translation>Place your ID card on the reader</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/priority_screen.py" line="127"/>
        <source>已读取：%s %s</source>
        <translation>Read: %s %s</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/priority_screen.py" line="130"/>
        <source>年满 %d 周岁，自动进入老年人优先通道</source>
        <translation>Aged %d or over: senior priority lane applied</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/priority_screen.py" line="139"/>
        <source>请先输入身份证号或预约码</source>
        <translation>Please enter an ID card number or appointment code first</translation>
    </message>
</context>
<context>
    <name>RecentCalls</name>
    <message>
        <location filename="../../ui/hall/hall_widgets.py" line="60"/>
        <source>最近叫号</source>
        <translation>Recent calls</translation>
    </message>
    <message>
        <location filename="../../ui/hall/hall_widgets.py" line="77"/>
        <source>%s  →  %d 号窗口</source>
        <translation>%s  →  Window %d</translation>
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
    <name>TicketScreen</name>
    <message>
        <location filename="../../ui/kiosk/ticket_screen.py" line="36"/>
        <source>轻触屏幕返回首页</source>
        <translation>Tap the screen to return home</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/ticket_screen.py" line="53"/>
        <source>前面还有 %d 人 · 预计等候约 %d 分钟</source>
        <translation>%d ahead of you · about %d min wait</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/ticket_screen.py" line="55"/>
        <source>请留意叫号</source>
        <translation>Please listen for your number</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/ticket_screen.py" line="56"/>
        <source>正在打印小票…</source>
        <translation>Printing your ticket…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/ticket_screen.py" line="61"/>
        <source>请取走小票</source>
        <translation>Please take your ticket</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/ticket_screen.py" line="77"/>
        <source>小票打印失败（%s），请记住您的号码 %s 或拍照</source>
        <translation>Ticket printing failed (%s). Please remember your number %s or take a photo.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../ui/clerk/call_transfer.py" line="24"/>
        <source>转移 %s</source>
        <translation>Transfer %s</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_transfer.py" line="26"/>
        <source>转到业务</source>
        <translation>To service line</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_transfer.py" line="32"/>
        <source>转到窗口</source>
        <translation>To window</translation>
    </message>
    <message>
        <location filename="../../ui/clerk/call_transfer.py" line="36"/>
        <source> 号窗口</source>
        <translation> (window)</translation>
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
    <message numerus="yes">
        <location filename="../../ui/clerk/call_queue_model.py" line="70"/>
        <source>%n 分钟</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowCard</name>
    <message>
        <location filename="../../ui/hall/hall_widgets.py" line="29"/>
        <source>%d 号窗口</source>
        <translation>Window %d</translation>
    </message>
    <message>
        <location filename="../../ui/hall/hall_widgets.py" line="39"/>
        <source>暂停服务</source>
        <translation>Paused</translation>
    </message>
</context>
<context>
    <name>app_main</name>
    <message>
        <location filename="../../ui/app_main.py" line="35"/>
        <source>一窗</source>
        <translation>Yichuang</translation>
    </message>
    <message>
        <location filename="../../ui/app_main.py" line="66"/>
        <source>正在打开数据库……首次运行会载入演示数据，约需数秒。</source>
        <translation>Opening the database… the first run loads the demo data, which takes a few seconds.</translation>
    </message>
    <message>
        <location filename="../../ui/app_main.py" line="103"/>
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
        <location filename="../../ui/common/sync_status.py" line="46"/>
        <source>县级同步：%1</source>
        <translation>County sync: %1</translation>
    </message>
    <message>
        <location filename="../../ui/common/sync_status.py" line="47"/>
        <source>待推送 %1 条</source>
        <translation>%1 to send</translation>
    </message>
    <message>
        <location filename="../../ui/common/sync_status.py" line="48"/>
        <source>上次错误：%1</source>
        <translation>Last error: %1</translation>
    </message>
</context>
</TS>
