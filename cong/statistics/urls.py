"""Public addresses of the statistics app, included before Wagtail's page routes."""

from django.urls import path

from . import views

app_name = "statistics"

urlpatterns = [
    path("khoa-hoc-cong-nghe/", views.science_list, name="science"),
    path("khoa-hoc-cong-nghe/<int:pk>/", views.science_detail, name="science-detail"),
    path("thong-ke/", views.release_list, name="releases"),
    path("thong-ke/<int:pk>/", views.release_detail, name="release-detail"),
    path("thong-ke/<int:pk>/so-lieu.csv", views.release_csv, name="release-csv"),
    path("thong-ke/<int:pk>/so-lieu.xlsx", views.release_xlsx, name="release-xlsx"),
    path("van-ban-dien-tu/", views.edoc_list, name="edoc"),
    path("van-ban-dien-tu/<int:pk>/", views.edoc_detail, name="edoc-detail"),
]
