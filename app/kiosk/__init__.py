"""The ticket kiosk's use cases and rules: what a ticket says, when a second ticket asks first,
printing after storing, the hall clock on screen, and the administrator's exit PIN."""
