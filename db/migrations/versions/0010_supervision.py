"""supervision: warning acknowledgements, follow-up ratings, complaints

Revision ID: 0010_supervision
Revises: 0009_sync
Create Date: 2026-12-02 01:03:33.712602

Own tables only (warning_ack, follow_up_rating, complaint); complaint numbers use the
shared case_counter with their own scope.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0010_supervision'
down_revision = '0009_sync'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('complaint',
    sa.Column('hall_id', sa.Uuid(), nullable=False),
    sa.Column('hall_code', sa.String(length=40), nullable=False),
    sa.Column('number', sa.String(length=50), nullable=False),
    sa.Column('password_hash', sa.String(length=100), nullable=False),
    sa.Column('query_failures', sa.Integer(), nullable=False),
    sa.Column('query_locked_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('channel', sa.String(length=12), nullable=False),
    sa.Column('complainant_name', sa.String(length=50), nullable=False),
    sa.Column('complainant_phone', sa.String(length=40), nullable=False),
    sa.Column('case_no', sa.String(length=50), nullable=False),
    sa.Column('window_no', sa.Integer(), nullable=True),
    sa.Column('target_staff', sa.String(length=60), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('received_day', sa.Date(), nullable=False),
    sa.Column('received_by', sa.String(length=60), nullable=False),
    sa.Column('due_day', sa.Date(), nullable=False),
    sa.Column('due_provisional', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('handler', sa.String(length=60), nullable=False),
    sa.Column('assigned_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('assigned_by', sa.String(length=60), nullable=False),
    sa.Column('answer', sa.Text(), nullable=False),
    sa.Column('answered_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('answered_by', sa.String(length=60), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['hall_id'], ['hall.id'], name=op.f('fk_complaint_hall_id_hall')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_complaint')),
    sa.UniqueConstraint('number', name=op.f('uq_complaint_number'))
    )
    with op.batch_alter_table('complaint', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_complaint_handler'), ['handler'], unique=False)
        batch_op.create_index('ix_complaint_open', ['hall_id', 'status', 'due_day'], unique=False)

    op.create_table('warning_ack',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('case_no', sa.String(length=50), nullable=False),
    sa.Column('level', sa.String(length=12), nullable=False),
    sa.Column('explanation', sa.Text(), nullable=False),
    sa.Column('acked_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('acked_by', sa.String(length=60), nullable=False),
    sa.Column('acked_by_name', sa.String(length=50), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['service_case.id'], name=op.f('fk_warning_ack_case_id_service_case')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_warning_ack')),
    sa.UniqueConstraint('case_id', 'level', name=op.f('uq_warning_ack_case_id_level'))
    )
    with op.batch_alter_table('warning_ack', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_warning_ack_case_no'), ['case_no'], unique=False)

    op.create_table('follow_up_rating',
    sa.Column('follow_up_id', sa.Uuid(), nullable=False),
    sa.Column('level', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('by', sa.String(length=60), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['follow_up_id'], ['rating_follow_up.id'], name=op.f('fk_follow_up_rating_follow_up_id_rating_follow_up')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_up_rating')),
    sa.UniqueConstraint('follow_up_id', name=op.f('uq_follow_up_rating_follow_up_id'))
    )


def downgrade() -> None:
    op.drop_table('follow_up_rating')
    with op.batch_alter_table('warning_ack', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_warning_ack_case_no'))

    op.drop_table('warning_ack')
    with op.batch_alter_table('complaint', schema=None) as batch_op:
        batch_op.drop_index('ix_complaint_open')
        batch_op.drop_index(batch_op.f('ix_complaint_handler'))

    op.drop_table('complaint')
