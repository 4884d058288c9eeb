"""Open-data API of the schedules app: each (path under /api/v1/, router, what it lists) in ``ENDPOINTS``."""

ENDPOINTS: list = []
