from django.urls import path

from fazhi.web.menu import add_link
from fazhi.web.objecturls import register

from . import views
from .models import ReviewBatch, ReviewedDocument, ReviewFinding

urlpatterns = [
    path("", views.review_home, name="review_home"),
    path("batches/<int:pk>/", views.review_batch, name="review_batch"),
    path("documents/<int:pk>/", views.review_document, name="review_document"),
    path("findings/<int:pk>/decide/", views.review_finding_decide_view, name="review_finding_decide"),
]

register("review_batch", ReviewBatch)
register("review_document", ReviewedDocument)
register("review_finding_decide", ReviewFinding)
add_link("报告审阅", "review_home", group="督察与审阅", roles=("inspector",))
