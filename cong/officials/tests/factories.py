"""Records of the officials app for tests: built through the actions (validated, audited, published) or, for
the query-count tests, many at once without them."""

from __future__ import annotations

import datetime as dt

from cong.core.records import folded_words
from cong.officials.actions import save_record
from cong.officials.models import Commendation, Leader, Official, Spokesperson, Statement

ISSUED = dt.date(2026, 11, 2)


def make_leader(publish=True, **fields) -> Leader:
    values = {"name": "Nguyễn Văn An", "position": "Chủ tịch UBND tỉnh", "order": 1, "term": "2021–2026"}
    return save_record(Leader(**{**values, **fields}), acting_user=None, publish=publish)


def make_official(publish=True, **fields) -> Official:
    values = {
        "name": "Nguyễn Văn Bình",
        "position": "Chánh Văn phòng",
        "unit": "Văn phòng",
        "email": "nvbinh@hoason.gov.vn",
        "phone": "0201 3852 123",
    }
    return save_record(Official(**{**values, **fields}), acting_user=None, publish=publish)


def make_spokesperson(publish=True, **fields) -> Spokesperson:
    values = {
        "name": "Trần Thị Hoa",
        "position": "Phó Giám đốc Sở",
        "phone": "0912 345 678",
        "email": "tthoa@hoason.gov.vn",
    }
    return save_record(Spokesperson(**{**values, **fields}), acting_user=None, publish=publish)


def make_statement(spokesperson=None, publish=True, **fields) -> Statement:
    values = {
        "title": "Thông tin về tình hình mưa lũ trên địa bàn tỉnh",
        "issued_on": ISSUED,
        "signer": "Trần Thị Hoa",
        "body": "Nội dung phát ngôn.\n\nĐoạn thứ hai.",
        "spokesperson": spokesperson or make_spokesperson(),
    }
    return save_record(Statement(**{**values, **fields}), acting_user=None, publish=publish)


def make_commendation(publish=True, **fields) -> Commendation:
    values = {
        "kind": Commendation.Kind.SANCTION,
        "organisation": "Công ty TNHH Xây dựng Đông Phong",
        "decision_number": "125/QĐ-XPHC",
        "decided_on": ISSUED,
        "deciding_body": "Sở Xây dựng",
        "content": "Xử phạt vi phạm hành chính trong hoạt động xây dựng.",
    }
    return save_record(Commendation(**{**values, **fields}), acting_user=None, publish=publish)


def bulk(model, total: int, **fields) -> None:
    """``total`` live records of ``model`` at once (no revisions): for counting queries, not behaviour."""
    rows = []
    for i in range(total):
        record = model(live=True, **{k: (v(i) if callable(v) else v) for k, v in fields.items()})
        record.search_folded = folded_words(*record.search_parts())
        rows.append(record)
    model.objects.bulk_create(rows)
