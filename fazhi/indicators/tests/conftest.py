import pytest

from .helpers import only_indicators, test_indicators


@pytest.fixture
def inds(db):
    """Only the test indicators are declared while the test runs."""
    with only_indicators(test_indicators()) as declared:
        yield declared
