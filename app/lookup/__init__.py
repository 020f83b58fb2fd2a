"""The public touchscreen's case pages: progress (办件查询), disclosure of concluded cases
(办结公示) and rating (一事一评). ``LookupService`` is the API; the rules sit in the modules
named after them (gate: password and throttle; progress; disclosure; scan: receipt codes)."""
