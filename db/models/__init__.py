"""All models, imported so that ``Base.metadata`` is complete."""

from db.models.calendar import HolidayEntry
from db.models.catalog import LegalBasis, Matter, MatterMaterial, ProcessStep
from db.models.journal import AuditEntry, AuditHead, OutboxEntry
from db.models.queue import ServiceLine, Ticket, TicketCounter, WindowLine
from db.models.queue_ext import Appointment, TicketRoute
from db.models.reference import Department, Hall, Staff, Window
from db.models.role_health import RoleHealth

__all__ = [
    "Appointment",
    "AuditEntry",
    "AuditHead",
    "Department",
    "Hall",
    "HolidayEntry",
    "LegalBasis",
    "Matter",
    "MatterMaterial",
    "OutboxEntry",
    "ProcessStep",
    "RoleHealth",
    "ServiceLine",
    "Staff",
    "Ticket",
    "TicketCounter",
    "TicketRoute",
    "Window",
    "WindowLine",
]
