"""Public addresses of Hỏi – Đáp and petitions (Vietnamese paths without diacritics)."""

from django.urls import path

from . import views

app_name = "citizens"

urlpatterns = [
    path("hoi-dap/", views.published_list, name="questions"),
    path("hoi-dap/<int:pk>/", views.published_detail, name="question-detail"),
    path("hoi-dap/dat-cau-hoi/", views.ask, name="ask"),
    path("hoi-dap/bien-nhan/", views.receipt, name="receipt"),
    path("hoi-dap/tra-cuu/", views.lookup, name="lookup"),
    path("phan-anh-kien-nghi/", views.petition_list, name="petitions"),
    path("phan-anh-kien-nghi/<int:pk>/", views.petition_detail, name="petition-detail"),
    path("phan-anh-kien-nghi/gui/", views.petition_form, name="petition-form"),
]
