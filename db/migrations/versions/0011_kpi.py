"""kpi: summaries of closed days and months for the supervisor's reports, the index the
freshness check reads, and the halls granted to supervisors on the county

Revision ID: 0011_kpi
Revises: 0009_sync
Create Date: 2026-12-02 01:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0011_kpi'
down_revision = '0010_supervision'
branch_labels = None
depends_on = None


INDEXES = [
    ('ix_service_case_received_day', 'service_case', ['received_day']),
    ('ix_service_case_accepted_day', 'service_case', ['accepted_day']),
    ('ix_service_case_concluded_at', 'service_case', ['concluded_at']),
    ('ix_case_rating_at', 'case_rating', ['at']),
    ('ix_case_notice_issued_at', 'case_notice', ['issued_at']),
    ('ix_inquiry_hall_at', 'inquiry', ['hall_id', 'at']),
]


def upgrade() -> None:
    op.create_table('kpi_period',
    sa.Column('hall_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=1), nullable=False),
    sa.Column('start', sa.Date(), nullable=False),
    sa.Column('tickets', sa.Integer(), nullable=False),
    sa.Column('last_change', sa.DateTime(timezone=True), nullable=True),
    sa.Column('hours', sa.JSON(), nullable=False),
    sa.Column('computed_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('hall_id', 'kind', 'start', name=op.f('pk_kpi_period'))
    )
    op.create_table('kpi_ticket',
    sa.Column('hall_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=1), nullable=False),
    sa.Column('start', sa.Date(), nullable=False),
    sa.Column('dim', sa.String(length=10), nullable=False),
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('issued', sa.Integer(), nullable=False),
    sa.Column('served', sa.Integer(), nullable=False),
    sa.Column('no_show', sa.Integer(), nullable=False),
    sa.Column('wait_sum_s', sa.Integer(), nullable=False),
    sa.Column('service_sum_s', sa.Integer(), nullable=False),
    sa.Column('waits', sa.JSON(), nullable=False),
    sa.Column('services', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('hall_id', 'kind', 'start', 'dim', 'key', name=op.f('pk_kpi_ticket'))
    )
    op.create_table('supervisor_grant',
    sa.Column('work_no', sa.String(length=20), nullable=False),
    sa.Column('hall_code', sa.String(length=40), nullable=False),
    sa.Column('granted_by', sa.String(length=60), nullable=False),
    sa.Column('granted_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('work_no', 'hall_code', name=op.f('pk_supervisor_grant'))
    )
    op.create_index('ix_ticket_kpi', 'ticket', ['hall_id', 'day', 'updated_at'], unique=False)
    for name, table, cols in INDEXES:
        op.create_index(name, table, cols, unique=False)


def downgrade() -> None:
    for name, table, _cols in INDEXES:
        op.drop_index(name, table_name=table)
    op.drop_index('ix_ticket_kpi', table_name='ticket')
    op.drop_table('supervisor_grant')
    op.drop_table('kpi_ticket')
    op.drop_table('kpi_period')
