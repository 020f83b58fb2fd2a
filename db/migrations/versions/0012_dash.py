"""role health: the printer state each role reports with its heartbeat

Revision ID: 0012_dash
Revises: 0011_kpi
Create Date: 2026-12-02 01:20:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0012_dash'
down_revision = '0011_kpi'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('role_health') as batch:
        batch.add_column(sa.Column('printer', sa.String(length=80), nullable=False,
                                   server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('role_health') as batch:
        batch.drop_column('printer')
