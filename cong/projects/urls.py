"""Public addresses of the projects app, included before Wagtail's page routes."""

from django.urls import path

from . import views
from .feeds import NoticeFeed, ProjectFeed

app_name = "projects"

urlpatterns = [
    path("du-an/", views.project_list, name="projects"),
    path("du-an/rss/", ProjectFeed(), name="projects-rss"),
    path("du-an/<int:pk>/", views.project_detail, name="project"),
    path("dau-thau/", views.notice_list, name="notices"),
    path("dau-thau/rss/", NoticeFeed(), name="notices-rss"),
    path("dau-thau/<int:pk>/", views.notice_detail, name="notice"),
    path("quy-hoach-ke-hoach/", views.plan_list, name="plans"),
    path("quy-hoach-ke-hoach/<int:pk>/", views.plan_detail, name="plan"),
    path("ngan-sach/", views.budget_list, name="budget"),
    path("ngan-sach/<int:pk>/", views.budget_detail, name="budget-document"),
]
