"""eGestor mock: OAuth2 with rotating refresh tokens, throttle, paging, 404 vs 410 (see app.py)."""
