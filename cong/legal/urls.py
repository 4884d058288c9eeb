"""Public addresses of the legal app, included before Wagtail's page routes."""

from django.urls import path

from . import views
from .feeds import LegalDocumentAtomFeed, LegalDocumentFeed

app_name = "legal"

urlpatterns = [
    path("van-ban/", views.document_list, name="documents"),
    path("van-ban/rss/", LegalDocumentFeed(), name="documents-rss"),
    path("van-ban/atom/", LegalDocumentAtomFeed(), name="documents-atom"),
    path("van-ban/<int:pk>/", views.document_detail, name="document"),
    path("cong-bao/", views.gazette_list, name="gazette"),
    path("cong-bao/<int:year>/<str:number>/", views.gazette_issue, name="gazette-issue"),
    path("lay-y-kien/", views.consultation_list, name="consultations"),
    path("lay-y-kien/<slug:slug>/", views.consultation_detail, name="consultation"),
]
