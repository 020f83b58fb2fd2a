"""Who may open the supervisor's dashboard (效能监察台): a supervisor or an administrator.
The sign-in gate of the dashboard asks here, so the rule is the same wherever it is opened."""

from __future__ import annotations

from app.journal import Actor
from app.permissions import require


def open_dashboard(actor: Actor) -> None:
    """Raise PermissionDenied (with a Chinese message naming the role) unless ``actor`` may open
    the dashboard."""
    require(actor, "dashboard.open")
