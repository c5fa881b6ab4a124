# the 法律顾问 pages are the generic ledger pages; importing views registers the home widget
from . import views  # noqa: F401

urlpatterns: list = []
