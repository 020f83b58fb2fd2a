"""cases: intake, notices, clock, documents, inquiries, ratings

Revision ID: 0006_cases
Revises: 0003_ticket_history
Create Date: 2026-12-01 21:47:59.625859
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0006_cases'
down_revision = '0003_ticket_history'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('case_counter',
    sa.Column('scope', sa.String(length=60), nullable=False),
    sa.Column('last_seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('scope', name=op.f('pk_case_counter'))
    )
    op.create_table('inquiry',
    sa.Column('hall_id', sa.Uuid(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('channel', sa.String(length=12), nullable=False),
    sa.Column('first_staff', sa.String(length=60), nullable=False),
    sa.Column('first_staff_name', sa.String(length=50), nullable=False),
    sa.Column('window_no', sa.Integer(), nullable=True),
    sa.Column('visitor_name', sa.String(length=100), nullable=False),
    sa.Column('visitor_phone', sa.String(length=30), nullable=False),
    sa.Column('question', sa.Text(), nullable=False),
    sa.Column('disposition', sa.String(length=20), nullable=False),
    sa.Column('transferred_to', sa.String(length=200), nullable=False),
    sa.Column('handler', sa.String(length=60), nullable=False),
    sa.Column('promised_reply_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('reply', sa.Text(), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('ticket_id', sa.Uuid(), nullable=True),
    sa.Column('case_no', sa.String(length=50), nullable=False),
    sa.Column('history', sa.JSON(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['hall_id'], ['hall.id'], name=op.f('fk_inquiry_hall_id_hall')),
    sa.ForeignKeyConstraint(['ticket_id'], ['ticket.id'], name=op.f('fk_inquiry_ticket_id_ticket')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inquiry'))
    )
    with op.batch_alter_table('inquiry', schema=None) as batch_op:
        batch_op.create_index('ix_inquiry_open', ['first_staff', 'closed_at'], unique=False)

    op.create_table('service_case',
    sa.Column('hall_id', sa.Uuid(), nullable=False),
    sa.Column('hall_code', sa.String(length=40), nullable=False),
    sa.Column('case_no', sa.String(length=50), nullable=False),
    sa.Column('query_no', sa.String(length=12), nullable=False),
    sa.Column('query_password_hash', sa.String(length=100), nullable=False),
    sa.Column('query_failures', sa.Integer(), nullable=False),
    sa.Column('query_locked_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('matter_id', sa.Uuid(), nullable=False),
    sa.Column('impl_code', sa.String(length=50), nullable=False),
    sa.Column('matter_name', sa.String(length=200), nullable=False),
    sa.Column('case_type', sa.Integer(), nullable=False),
    sa.Column('channel', sa.String(length=12), nullable=False),
    sa.Column('ticket_id', sa.Uuid(), nullable=True),
    sa.Column('applicant_kind', sa.String(length=12), nullable=False),
    sa.Column('applicant_name', sa.String(length=200), nullable=False),
    sa.Column('applicant_cert_type', sa.String(length=20), nullable=False),
    sa.Column('applicant_cert_no', sa.String(length=30), nullable=False),
    sa.Column('applicant_phone', sa.String(length=30), nullable=False),
    sa.Column('applicant_address', sa.String(length=300), nullable=False),
    sa.Column('legal_rep', sa.String(length=50), nullable=False),
    sa.Column('agent', sa.JSON(), nullable=True),
    sa.Column('materials', sa.JSON(), nullable=False),
    sa.Column('pickup', sa.String(length=12), nullable=False),
    sa.Column('postal_address', sa.String(length=300), nullable=False),
    sa.Column('intake_by', sa.String(length=60), nullable=False),
    sa.Column('intake_by_name', sa.String(length=50), nullable=False),
    sa.Column('window_no', sa.Integer(), nullable=True),
    sa.Column('handler', sa.String(length=60), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('received_day', sa.Date(), nullable=False),
    sa.Column('notice_due', sa.Date(), nullable=False),
    sa.Column('accepted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('accepted_day', sa.Date(), nullable=True),
    sa.Column('deemed_accepted', sa.Boolean(), nullable=False),
    sa.Column('promise_days', sa.Integer(), nullable=False),
    sa.Column('promise_unit', sa.String(length=1), nullable=False),
    sa.Column('legal_days', sa.Integer(), nullable=False),
    sa.Column('legal_unit', sa.String(length=1), nullable=False),
    sa.Column('promise_due', sa.Date(), nullable=True),
    sa.Column('legal_due', sa.Date(), nullable=True),
    sa.Column('due_provisional', sa.Boolean(), nullable=False),
    sa.Column('count_start_day', sa.Boolean(), nullable=False),
    sa.Column('extension_days', sa.Integer(), nullable=False),
    sa.Column('paused_since', sa.Date(), nullable=True),
    sa.Column('step_no', sa.Integer(), nullable=False),
    sa.Column('refusal_reason', sa.Text(), nullable=False),
    sa.Column('refusal_basis', sa.Text(), nullable=False),
    sa.Column('competent_body', sa.String(length=200), nullable=False),
    sa.Column('concluded_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('result', sa.String(length=20), nullable=False),
    sa.Column('result_doc_name', sa.String(length=200), nullable=False),
    sa.Column('result_doc_no', sa.String(length=100), nullable=False),
    sa.Column('delivery_method', sa.String(length=12), nullable=False),
    sa.Column('delivery_ref', sa.String(length=100), nullable=False),
    sa.Column('delivered_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['hall_id'], ['hall.id'], name=op.f('fk_service_case_hall_id_hall')),
    sa.ForeignKeyConstraint(['matter_id'], ['matter.id'], name=op.f('fk_service_case_matter_id_matter')),
    sa.ForeignKeyConstraint(['ticket_id'], ['ticket.id'], name=op.f('fk_service_case_ticket_id_ticket')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_case')),
    sa.UniqueConstraint('case_no', name=op.f('uq_service_case_case_no')),
    sa.UniqueConstraint('query_no', name=op.f('uq_service_case_query_no'))
    )
    with op.batch_alter_table('service_case', schema=None) as batch_op:
        batch_op.create_index('ix_service_case_applicant_cert', ['applicant_cert_no'], unique=False)
        batch_op.create_index('ix_service_case_applicant_name', ['applicant_name'], unique=False)
        batch_op.create_index('ix_service_case_handler', ['handler', 'status'], unique=False)
        batch_op.create_index('ix_service_case_intake_by', ['intake_by', 'status'], unique=False)
        batch_op.create_index('ix_service_case_open', ['hall_id', 'status', 'promise_due'], unique=False)

    op.create_table('case_breach',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('staff', sa.String(length=60), nullable=False),
    sa.Column('staff_name', sa.String(length=50), nullable=False),
    sa.Column('first_notice_no', sa.String(length=60), nullable=False),
    sa.Column('material', sa.String(length=300), nullable=False),
    sa.Column('approved_by', sa.String(length=60), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['service_case.id'], name=op.f('fk_case_breach_case_id_service_case')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_breach'))
    )
    with op.batch_alter_table('case_breach', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_breach_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_breach_staff'), ['staff'], unique=False)

    op.create_table('case_document',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('doc_no', sa.String(length=100), nullable=False),
    sa.Column('issued_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('issued_by', sa.String(length=60), nullable=False),
    sa.Column('issued_by_name', sa.String(length=50), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('reprint', sa.Boolean(), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['service_case.id'], name=op.f('fk_case_document_case_id_service_case')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_document'))
    )
    with op.batch_alter_table('case_document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_document_case_id'), ['case_id'], unique=False)

    op.create_table('case_event',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('by', sa.String(length=60), nullable=False),
    sa.Column('by_name', sa.String(length=50), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['service_case.id'], name=op.f('fk_case_event_case_id_service_case')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_event'))
    )
    with op.batch_alter_table('case_event', schema=None) as batch_op:
        batch_op.create_index('ix_case_event_case', ['case_id', 'at'], unique=False)

    op.create_table('case_notice',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('notice_no', sa.String(length=60), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('issued_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('issued_by', sa.String(length=60), nullable=False),
    sa.Column('issued_by_name', sa.String(length=50), nullable=False),
    sa.Column('approved_by', sa.String(length=60), nullable=False),
    sa.Column('items', sa.JSON(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=False),
    sa.Column('consequence', sa.Text(), nullable=False),
    sa.Column('open', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['service_case.id'], name=op.f('fk_case_notice_case_id_service_case')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_notice')),
    sa.UniqueConstraint('notice_no', name=op.f('uq_case_notice_notice_no'))
    )
    with op.batch_alter_table('case_notice', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_notice_case_id'), ['case_id'], unique=False)

    op.create_table('case_pause',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('basis', sa.Text(), nullable=False),
    sa.Column('expected_days', sa.Integer(), nullable=False),
    sa.Column('start_day', sa.Date(), nullable=False),
    sa.Column('end_day', sa.Date(), nullable=True),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ended_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('result', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['service_case.id'], name=op.f('fk_case_pause_case_id_service_case')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_pause'))
    )
    with op.batch_alter_table('case_pause', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_pause_case_id'), ['case_id'], unique=False)

    op.create_table('case_rating',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('channel', sa.String(length=12), nullable=False),
    sa.Column('level', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('rater', sa.String(length=60), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['service_case.id'], name=op.f('fk_case_rating_case_id_service_case')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_rating')),
    sa.UniqueConstraint('case_id', 'channel', name=op.f('uq_case_rating_case_id_channel'))
    )
    op.create_table('rating_follow_up',
    sa.Column('rating_id', sa.Uuid(), nullable=False),
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('responsible', sa.String(length=60), nullable=False),
    sa.Column('callback_due', sa.Date(), nullable=False),
    sa.Column('fix_due', sa.Date(), nullable=False),
    sa.Column('callback_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('callback_by', sa.String(length=60), nullable=False),
    sa.Column('verdict', sa.String(length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('fixed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('measures', sa.Text(), nullable=False),
    sa.Column('opened_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['service_case.id'], name=op.f('fk_rating_follow_up_case_id_service_case')),
    sa.ForeignKeyConstraint(['rating_id'], ['case_rating.id'], name=op.f('fk_rating_follow_up_rating_id_case_rating')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rating_follow_up')),
    sa.UniqueConstraint('rating_id', name=op.f('uq_rating_follow_up_rating_id'))
    )


def downgrade() -> None:
    op.drop_table('rating_follow_up')
    op.drop_table('case_rating')
    with op.batch_alter_table('case_pause', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_pause_case_id'))

    op.drop_table('case_pause')
    with op.batch_alter_table('case_notice', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_notice_case_id'))

    op.drop_table('case_notice')
    with op.batch_alter_table('case_event', schema=None) as batch_op:
        batch_op.drop_index('ix_case_event_case')

    op.drop_table('case_event')
    with op.batch_alter_table('case_document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_document_case_id'))

    op.drop_table('case_document')
    with op.batch_alter_table('case_breach', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_breach_staff'))
        batch_op.drop_index(batch_op.f('ix_case_breach_case_id'))

    op.drop_table('case_breach')
    with op.batch_alter_table('service_case', schema=None) as batch_op:
        batch_op.drop_index('ix_service_case_open')
        batch_op.drop_index('ix_service_case_intake_by')
        batch_op.drop_index('ix_service_case_handler')
        batch_op.drop_index('ix_service_case_applicant_name')
        batch_op.drop_index('ix_service_case_applicant_cert')

    op.drop_table('service_case')
    with op.batch_alter_table('inquiry', schema=None) as batch_op:
        batch_op.drop_index('ix_inquiry_open')

    op.drop_table('inquiry')
    op.drop_table('case_counter')
