"""Public addresses of the schedules app, included before Wagtail's page routes."""

from django.urls import path

from . import views
from .feeds import InvitationFeed

app_name = "schedules"

urlpatterns = [
    path("lich-cong-tac/", views.week_view, name="week"),
    path("lich-cong-tac/lich.ics", views.events_ics, name="ics"),
    path("lich-cong-tac/<int:pk>/", views.event_detail, name="event"),
    path("lich-cong-tac/<slug:slug>.ics", views.events_ics, name="leader-ics"),
    path("giay-moi-hop/", views.invitation_list, name="invitations"),
    path("giay-moi-hop/rss/", InvitationFeed(), name="invitations-rss"),
    path("giay-moi-hop/lich.ics", views.invitations_ics, name="invitations-ics"),
    path("giay-moi-hop/<int:pk>/", views.invitation_detail, name="invitation"),
    path("lich-tiep-cong-dan/", views.reception_list, name="receptions"),
    path("lich-tiep-cong-dan/lich.ics", views.receptions_ics, name="receptions-ics"),
    path("lich-tiep-cong-dan/<int:pk>/", views.reception_detail, name="reception"),
]
