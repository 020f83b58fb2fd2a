"""County sync: push the hall's outbox and audit chain to the county PostgreSQL, pull what the
county owns (catalog, calendar, staff, service lines), and replay outbox entries into tables
(replay.py, the reference reader of docs/outbox-contract.md). See docs/county-sync.md."""
