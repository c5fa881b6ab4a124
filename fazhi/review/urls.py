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



def _finding(unit, user):
    # review batches are written by review_batch_run (inspectors only); the scope test needs one in a township
    batch = ReviewBatch.objects.create(unit=unit, title="越权访问测试")
    doc = ReviewedDocument.objects.create(unit=unit, batch=batch, filename="a.txt", text="一\n二")
    return ReviewFinding.objects.create(unit=unit, document=doc, type="wrong_year", severity="error", line=1, message="测试")


register("review_batch", ReviewBatch, make=lambda unit, user: _finding(unit, user).document.batch)
register("review_document", ReviewedDocument, make=lambda unit, user: _finding(unit, user).document)
register("review_finding_decide", ReviewFinding, make=_finding)
add_link("报告审阅", "review_home", group="督察与审阅", roles=("inspector",))
