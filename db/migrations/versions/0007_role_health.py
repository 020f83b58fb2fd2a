"""role health: heartbeats and restart counts of the running roles

Revision ID: 0007_role_health
Revises: 0006_cases
Create Date: 2026-12-01 22:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0007_role_health'
down_revision = '0006_cases'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('role_health',
    sa.Column('host', sa.String(length=100), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('pid', sa.Integer(), nullable=False),
    sa.Column('version', sa.String(length=30), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('beat_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('restarts', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('host', 'role', name=op.f('pk_role_health'))
    )


def downgrade() -> None:
    op.drop_table('role_health')
