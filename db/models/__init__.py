"""All models, imported so that ``Base.metadata`` is complete."""

from db.models.calendar import HolidayEntry
from db.models.cases import (
    CaseBreach,
    CaseCounter,
    CaseDocument,
    CaseEvent,
    CaseNotice,
    CasePause,
    CaseRating,
    Inquiry,
    RatingFollowUp,
    ServiceCase,
)
from db.models.catalog import LegalBasis, Matter, MatterMaterial, ProcessStep
from db.models.journal import AuditEntry, AuditHead, OutboxEntry
from db.models.kpi import KpiCase, KpiMark, KpiPeriod, KpiTicket, SupervisorGrant
from db.models.queue import ServiceLine, Ticket, TicketCounter, TicketEvent, WindowLine
from db.models.queue_ext import Appointment, TicketRoute
from db.models.reference import Department, Hall, Staff, Window
from db.models.role_health import RoleHealth
from db.models.supervision import Complaint, FollowUpRating, WarningAck
from db.models.sync import SyncState

__all__ = [
    "Appointment",
    "AuditEntry",
    "AuditHead",
    "CaseBreach",
    "CaseCounter",
    "CaseDocument",
    "CaseEvent",
    "CaseNotice",
    "CasePause",
    "CaseRating",
    "Complaint",
    "Department",
    "FollowUpRating",
    "Hall",
    "HolidayEntry",
    "Inquiry",
    "KpiCase",
    "KpiMark",
    "KpiPeriod",
    "KpiTicket",
    "LegalBasis",
    "Matter",
    "MatterMaterial",
    "OutboxEntry",
    "ProcessStep",
    "RatingFollowUp",
    "RoleHealth",
    "ServiceCase",
    "ServiceLine",
    "Staff",
    "SupervisorGrant",
    "SyncState",
    "Ticket",
    "TicketCounter",
    "TicketEvent",
    "TicketRoute",
    "WarningAck",
    "Window",
    "WindowLine",
]
