from django.urls import path

from reporting import views

app_name = "reporting"
urlpatterns = [
    path("", views.MyReportsView.as_view(), name="my_reports"),
    path("<int:request_id>/<int:body_id>/", views.SubmissionView.as_view(), name="submission"),
    path("<int:request_id>/<int:body_id>/autosave/", views.AutosaveView.as_view(), name="autosave"),
    path("<int:request_id>/<int:body_id>/files/", views.AttachmentAddView.as_view(), name="attachment_add"),
    path("files/<int:pk>/", views.AttachmentFileView.as_view(), name="attachment"),
    path("files/<int:pk>/delete/", views.AttachmentDeleteView.as_view(), name="attachment_delete"),
    path("requests/<int:pk>/chase/", views.ChaseView.as_view(), name="chase"),
    path("submissions/<int:pk>/", views.ReviewView.as_view(), name="review"),
    path("bodies/<int:pk>/", views.BodyHistoryView.as_view(), name="body_history"),
]
