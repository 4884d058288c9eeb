"""Public addresses of the services app, included before Wagtail's page routes."""

from django.urls import path

from . import views

app_name = "services"

urlpatterns = [
    path("thu-tuc-hanh-chinh/", views.procedure_list, name="procedures"),
    path("thu-tuc-hanh-chinh/thong-ke/", views.dossier_statistics, name="statistics"),
    path("thu-tuc-hanh-chinh/<str:code>/", views.procedure_detail, name="procedure"),
    path("tra-cuu-ho-so/", views.dossier_lookup, name="lookup"),
]
