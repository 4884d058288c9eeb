"""Fixtures shared by the citizens tests."""

import pytest

from . import factories as f


@pytest.fixture
def world(portal):
    """The board, one agency with its head (who may answer) and a clerk, and a field of questions."""
    agency = f.agency()
    return {
        "board": f.board_member(),
        "agency": agency,
        "head": f.staff(agency, "giamdoc", head=True, position="Giám đốc"),
        "clerk": f.staff(agency, "chuyenvien"),
        "field": f.field(),
    }
