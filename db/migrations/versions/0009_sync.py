"""sync: the hall's sync state (pull revision, last push/pull, last error)

Revision ID: 0009_sync
Revises: 0007_role_health
Create Date: 2026-12-01 22:00:00.000000

The county's own tables (watermarks, chain heads, alarms, change log, roles and row-level
security) are not here: they exist only in the county database and are PostgreSQL-only, so
``yichuang county init`` creates them (app/sync/county_schema.py), after these migrations.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0009_sync'
down_revision = '0007_role_health'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_state',
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_sync_state'))
    )


def downgrade() -> None:
    op.drop_table('sync_state')
