"""Supervision figures (效能监察): KPIs over any period and dimension, drill-down, chart data
and exports. Plain Python over the store; no Qt (the dashboard calls it off the GUI thread).

For a screen: ``halls = allowed_halls(store, actor)`` (app.reports.kpi), then
``c = compute(store, settings, KpiQuery(start, end, by, halls))`` once, ``report_of(c,
settings)`` for the table (``report_of(c, settings, other_by)`` needs ``dims=`` covering it),
and the chart functions of app.reports.charts accept ``c`` in place of the query, so nothing
is read twice. ``format_value(field, value)`` writes a figure as the exports do; rows keyed
``"-"`` collect what has no key (tickets never called, cases without a ticket).
``drill(store, settings, query, row.key, field)`` lists what lies behind a figure.
Exports (export_xlsx, export_pdf) take ``progress(done, total, what)``."""
