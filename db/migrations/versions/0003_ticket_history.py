"""ticket history: ticket_event, first call and first handler on the ticket, CHECK constraints
on status-like columns, the outbox's schema version

Revision ID: 0003_ticket_history
Revises: 0002
Create Date: 2026-12-01 22:00:00.000000

Self-contained: it touches ticket, appointment, outbox_entry and the new ticket_event only.
On SQLite the ticket and appointment tables are rebuilt (batch mode); db.migrate runs every
migration there with foreign keys off and checks them before commit, so rows that point at a
ticket (routes, appointments) survive the rebuild.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0003_ticket_history'
down_revision = '0002'
branch_labels = None
depends_on = None

TICKET_STATUS = "status IN ('waiting', 'called', 'serving', 'done', 'no_show')"
TICKET_SOURCE = "source IN ('kiosk', 'appointment', 'clerk')"
APPOINTMENT_STATUS = "status IN ('booked', 'checked_in', 'cancelled')"
OUTBOX_OP = "op IN ('upsert', 'delete')"
EVENT_KIND = "kind IN ('call', 'recall', 'no_show', 'rejoin', 'transfer', 'start', 'finish')"


def upgrade() -> None:
    op.create_table('ticket_event',
    sa.Column('ticket_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('window_id', sa.Uuid(), nullable=True),
    sa.Column('staff_id', sa.Uuid(), nullable=True),
    sa.Column('actor', sa.String(length=60), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.CheckConstraint(EVENT_KIND, name=op.f('ck_ticket_event_kind')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_ticket_event_staff_id_staff')),
    sa.ForeignKeyConstraint(['ticket_id'], ['ticket.id'], name=op.f('fk_ticket_event_ticket_id_ticket')),
    sa.ForeignKeyConstraint(['window_id'], ['service_window.id'], name=op.f('fk_ticket_event_window_id_service_window')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ticket_event'))
    )
    with op.batch_alter_table('ticket_event', schema=None) as batch_op:
        batch_op.create_index('ix_ticket_event_ticket', ['ticket_id', 'at'], unique=False)

    with op.batch_alter_table('ticket', schema=None) as batch_op:
        batch_op.add_column(sa.Column('first_called_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('first_staff_id', sa.Uuid(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_ticket_first_staff_id_staff'), 'staff', ['first_staff_id'], ['id'])
        batch_op.create_check_constraint('status', TICKET_STATUS)
        batch_op.create_check_constraint('source', TICKET_SOURCE)
    # What is known of tickets called before this revision: their latest call and handler.
    op.execute("UPDATE ticket SET first_called_at = called_at, first_staff_id = staff_id "
               "WHERE called_at IS NOT NULL")

    with op.batch_alter_table('appointment', schema=None) as batch_op:
        batch_op.create_check_constraint('status', APPOINTMENT_STATUS)

    with op.batch_alter_table('outbox_entry', schema=None) as batch_op:
        batch_op.add_column(sa.Column('schema_version', sa.Integer(), nullable=False, server_default='1'))
        batch_op.create_check_constraint('op', OUTBOX_OP)
        batch_op.alter_column('entity_id', existing_type=sa.String(length=60),
                              type_=sa.String(length=80), existing_nullable=False)
    with op.batch_alter_table('outbox_entry', schema=None) as batch_op:
        batch_op.alter_column('schema_version', server_default=None)


def downgrade() -> None:
    with op.batch_alter_table('outbox_entry', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_outbox_entry_op'), type_='check')
        batch_op.drop_column('schema_version')
        batch_op.alter_column('entity_id', existing_type=sa.String(length=80),
                              type_=sa.String(length=60), existing_nullable=False)

    with op.batch_alter_table('appointment', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_appointment_status'), type_='check')

    with op.batch_alter_table('ticket', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_ticket_source'), type_='check')
        batch_op.drop_constraint(batch_op.f('ck_ticket_status'), type_='check')
        batch_op.drop_constraint(batch_op.f('fk_ticket_first_staff_id_staff'), type_='foreignkey')
        batch_op.drop_column('first_staff_id')
        batch_op.drop_column('first_called_at')

    with op.batch_alter_table('ticket_event', schema=None) as batch_op:
        batch_op.drop_index('ix_ticket_event_ticket')
    op.drop_table('ticket_event')
