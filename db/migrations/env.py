"""Alembic environment, run in-process by db.migrate (never from a CLI with an ini file)."""

from __future__ import annotations

from alembic import context

import db.models  # noqa: F401  (fills Base.metadata)
from db.base import Base

config = context.config
connection = config.attributes["connection"]

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
