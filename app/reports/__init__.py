"""Supervision figures (效能监察): KPIs over any period and dimension, drill-down, chart data
and exports. Plain Python over the store; no Qt (the dashboard calls it off the GUI thread)."""
