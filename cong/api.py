"""Read-only JSON API for open data, /api/v1/, with its OpenAPI document at /api/v1/openapi.json and its
documentation at /api/v1/docs (Swagger UI from django-ninja's own static files: no CDN, no inline script,
so the site's strict Content-Security-Policy holds).

Each app adds its router here; ``ENDPOINTS`` lists them for the index at /api/v1/: (path, router, what it
lists), and optionally a fourth item, a callable saying whether this province publishes it (a register the
profile switches off answers 404 and is left out of the index).
"""

from importlib import import_module

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from ninja import NinjaAPI, Schema
from ninja.openapi.docs import Swagger

from cong import officials, projects, schedules, services, statistics
from cong.citizens.api import router as questions_router
from cong.legal.api import consultations_router, documents_router, gazette_router
from cong.portal.api import router as articles_router


class LocalSwagger(Swagger):
    """Swagger UI served from the site's static files, in a Vietnamese page (cong/templates/api/docs.html)."""

    template = "api/docs.html"


class OpenDataAPI(NinjaAPI):
    """The API whose OpenAPI document leaves out the lists this province does not publish (they answer 404),
    so that a client generated from it, or a crawler following it, meets no dead address."""

    def get_openapi_schema(self, **kwargs):
        schema = super().get_openapi_schema(**kwargs)
        root = self.get_root_path({})
        off = [root + prefix for prefix, _r, _t, *enabled in ENDPOINTS if enabled and not enabled[0]()]
        if off:
            schema["paths"] = {p: v for p, v in schema["paths"].items() if not p.startswith(tuple(off))}
        return schema


api = OpenDataAPI(
    title=_("Cổng — dữ liệu mở"),
    version="1.0.0",
    description=_("Dữ liệu công khai của Cổng Thông tin điện tử, chỉ đọc."),
    urls_namespace="api-v1",
    openapi_url="/openapi.json",
    docs_url="/docs",
    # No "Try it out" calls to a third-party validator: the page talks to this site only.
    docs=LocalSwagger(settings={"validatorUrl": None, "deepLinking": True}),
)

# (path under /api/v1/, router, what it lists)
ENDPOINTS = [
    ("articles/", articles_router, _("Tin bài đã đăng; lọc theo q (có dấu hoặc không dấu), section, page")),
    ("questions/", questions_router, _("Câu hỏi đã được trả lời và phản ánh, kiến nghị đã có kết quả")),
    ("legal-documents/", documents_router, _("Văn bản quy phạm pháp luật, văn bản chỉ đạo điều hành")),
    ("gazette/", gazette_router, _("Các số Công báo")),
    ("consultations/", consultations_router, _("Dự thảo đang và đã lấy ý kiến")),
]
# The registers' endpoints: each app lists its own in its api.py.
for _app in (schedules, officials, projects, statistics, services):
    ENDPOINTS += import_module(f"{_app.__name__}.api").ENDPOINTS
for prefix, router, *_rest in ENDPOINTS:
    api.add_router("/" + prefix.rstrip("/"), router)


class EndpointOut(Schema):
    url: str
    description: str


class IndexOut(Schema):
    title: str
    description: str
    version: str
    endpoints: list[EndpointOut]
    openapi: str
    docs: str


@api.get("/", response=IndexOut, url_name="api-root", summary=_("Danh mục dữ liệu mở"), tags=[_("Danh mục")])
def index(request):
    """What this API offers: one entry per list, and where its description and documentation are."""
    base = request.build_absolute_uri(reverse("api-v1:api-root"))
    return {
        "title": str(api.title),
        "description": str(api.description),
        "version": api.version,
        "endpoints": [
            {"url": base + prefix, "description": str(text)}
            for prefix, _r, text, *enabled in ENDPOINTS
            if not enabled or enabled[0]()
        ],
        "openapi": request.build_absolute_uri(reverse("api-v1:openapi-json")),
        "docs": request.build_absolute_uri(reverse("api-v1:openapi-view")),
    }
