"""Open-data API of the projects app: each (path under /api/v1/, router, what it lists) in ``ENDPOINTS``."""

ENDPOINTS: list = []
