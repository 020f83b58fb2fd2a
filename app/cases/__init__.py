"""Cases (办件): first-inquiry log, intake at the window, the one-time notice, the clock, steps
to conclusion and delivery, warnings and ratings. ``CaseService`` is the API."""
