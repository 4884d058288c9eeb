"""Read-only JSON API for open data, /api/v1/, with its OpenAPI document at /api/v1/openapi.json.

Each app adds its router here.
"""

from ninja import NinjaAPI

from cong.citizens.api import router as questions_router
from cong.legal.api import consultations_router, documents_router, gazette_router
from cong.portal.api import router as articles_router

api = NinjaAPI(
    title="Cổng — dữ liệu mở",
    version="1.0.0",
    description="Dữ liệu công khai của Cổng Thông tin điện tử, chỉ đọc.",
    urls_namespace="api-v1",
    openapi_url="/openapi.json",
    docs_url="/docs",
)
api.add_router("/articles", articles_router)
api.add_router("/questions", questions_router)
api.add_router("/legal-documents", documents_router)
api.add_router("/gazette", gazette_router)
api.add_router("/consultations", consultations_router)
