"""County sync: push the hall's outbox and audit chain to the county PostgreSQL, pull what the
county owns (catalog, calendar, staff, service lines). See docs/county-sync.md."""
