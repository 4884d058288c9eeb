"""Public addresses of the officials app, included before Wagtail's page routes."""

from django.urls import path

from . import views
from .feeds import StatementFeed

app_name = "officials"

urlpatterns = [
    path("lanh-dao/", views.leader_list, name="leaders"),
    path("lanh-dao/<int:pk>/", views.leader_detail, name="leader"),
    path("danh-ba/", views.official_list, name="officials"),
    path("danh-ba/<int:pk>/", views.official_detail, name="official"),
    path("danh-ba/<int:pk>.vcf", views.official_vcard, name="official-vcard"),
    path("phat-ngon/", views.statement_list, name="statements"),
    path("phat-ngon/rss/", StatementFeed(), name="statements-rss"),
    path("phat-ngon/<int:pk>/", views.statement_detail, name="statement"),
    path("phat-ngon/nguoi-phat-ngon/", views.spokesperson_list, name="spokespersons"),
    path("phat-ngon/nguoi-phat-ngon/<int:pk>/", views.spokesperson_detail, name="spokesperson"),
    path("khen-thuong-xu-ly/", views.commendation_list, name="commendations"),
    path("khen-thuong-xu-ly/<int:pk>/", views.commendation_detail, name="commendation"),
]
