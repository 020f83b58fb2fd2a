"""Sync with the county database. The hall side is the outbox (app.journal); this package
holds the county side as far as it is built: replaying outbox entries into tables."""
