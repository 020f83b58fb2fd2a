"""disclosure: the public screen's 办结公示 walks a hall's cases by conclusion time

Revision ID: 0014_disclosure
Revises: 0009_sync
Create Date: 2026-12-02 01:30:00.000000

One index, (hall_id, concluded_at): the newest concluded cases of a hall are read from its end
and the walk stops after a page, instead of sorting every concluded case of the hall.
"""

from __future__ import annotations

from alembic import op

revision = '0014_disclosure'
down_revision = '0012_dash'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_service_case_concluded', 'service_case', ['hall_id', 'concluded_at'])


def downgrade() -> None:
    op.drop_index('ix_service_case_concluded', table_name='service_case')
