"""Open-data API of the services app: each (path under /api/v1/, router, what it lists) in ``ENDPOINTS``."""

ENDPOINTS: list = []
