"""Open-data API of the officials app: each (path under /api/v1/, router, what it lists) in ``ENDPOINTS``."""

ENDPOINTS: list = []
