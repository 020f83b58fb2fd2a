"""The public lookup touchscreen's rules.

The case pages: progress (办件查询), disclosure of concluded cases (办结公示) and rating
(一事一评). ``LookupService`` is their API; the rules sit in the modules named after them (gate:
password and throttle; progress; disclosure; scan: receipt codes).

Besides the catalog itself the screen shows life-event themes, the order of departments, which
window serves what, and the guide as a sheet to take away (themes, departments, window_map,
guide_print)."""
