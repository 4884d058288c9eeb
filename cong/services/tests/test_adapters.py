"""Dossier adapters (KT-10.5, HG-12): the export file and an HTTP JSON endpoint tested against a local
server; a failing adapter is logged, shown on the health page, and the last good data stays served."""

import datetime as dt
import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from cong.agencies.models import Agency
from cong.core import health
from cong.services.adapters import AdapterError, FileAdapter, HttpAdapter, sync
from cong.services.jobs import sync_dossiers
from cong.services.models import Dossier, DossierSync

from .factories import make_procedures

pytestmark = pytest.mark.django_db
NOW = dt.datetime(2026, 11, 30, 9, tzinfo=dt.UTC)

CSV = (
    "Mã hồ sơ,Mã thủ tục,Tên thủ tục,Mã cơ quan,Cơ quan giải quyết,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả,"
    "Trạng thái,Họ tên người nộp,Số điện thoại\n"
    "H01-0001,1.000001,Cấp giấy,sotp,Sở Tư pháp,2026-11-02,2026-11-12,,Đang giải quyết,Nguyễn Văn A,0912345678\n"
    "H01-0002,1.000001,Cấp giấy,,Sở Tư pháp,02/11/2026,12/11/2026,10/11/2026,Đã trả kết quả,Trần Thị B,0987\n"
)


def test_file_adapter_imports_the_export_without_personal_columns(tmp_path):
    procedure = make_procedures(2)[1]
    agency = Agency.objects.create(code="sotp", name="Sở Tư pháp")
    path = tmp_path / "hoso.csv"
    path.write_text(CSV, encoding="utf-8")
    assert sync(FileAdapter(path), now=NOW) == 2
    first = Dossier.objects.get(code="H01-0001")
    assert (first.procedure, first.agency, first.status) == (procedure, agency, "processing")
    second = Dossier.objects.get(code="H01-0002")
    assert (second.resolved_on, second.status, second.agency) == (dt.date(2026, 11, 10), "returned", agency)
    stored = json.dumps(list(Dossier.objects.values()), default=str)
    assert "Nguyễn Văn A" not in stored and "0912345678" not in stored
    assert sync(FileAdapter(path), now=NOW) == 0  # idempotent
    assert DossierSync.objects.get(adapter="file").last_success_at == NOW


def test_a_bad_export_is_refused_whole_and_the_last_data_stays(tmp_path, caplog):
    path = tmp_path / "hoso.csv"
    path.write_text(CSV, encoding="utf-8")
    sync(FileAdapter(path), now=NOW)
    path.write_text(
        CSV.replace("Đang giải quyết", "Lạ") + "H01-0003,,,,,2026-11-03,,,Mới tiếp nhận\n", encoding="utf-8"
    )
    later = NOW + dt.timedelta(hours=1)
    with pytest.raises(AdapterError, match="mục 1: trạng thái «Lạ»"):
        sync(FileAdapter(path), now=later)
    assert Dossier.objects.count() == 2 and not Dossier.objects.filter(code="H01-0003").exists()
    assert Dossier.objects.get(code="H01-0001").status == "processing"  # last good data served
    state = DossierSync.objects.get(adapter="file")
    assert state.failing and state.last_failure_at == later and "Lạ" in state.last_error
    assert "Đồng bộ hồ sơ «file» lỗi" in caplog.text
    check = health.run_checks()["dossiers"]
    assert check == {
        "ok": False,
        "failing_adapters": ["file"],
        "last_success": NOW.isoformat(timespec="seconds"),
    }


class _Handler(BaseHTTPRequestHandler):
    body: bytes = b"[]"
    status = 200
    seen_token = ""

    def do_GET(self):  # noqa: N802
        type(self).seen_token = self.headers.get("Authorization", "")
        self.send_response(self.status)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = HTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}/api/ho-so", _Handler
    httpd.shutdown()
    httpd.server_close()


def test_http_adapter_reads_the_endpoint_with_its_token(server, settings, client):
    url, handler = server
    handler.status = 200
    handler.body = json.dumps(
        {
            "data": [
                {
                    "ma_ho_so": "W-1",
                    "ma_thu_tuc": "1.1",
                    "ngay_tiep_nhan": "2026-11-02",
                    "trang_thai": "received",
                    "ho_ten": "Lê Văn C",
                }
            ]
        }  # fmt: skip
    ).encode()
    settings.CONG_DOSSIER_URL, settings.CONG_DOSSIER_TOKEN = url, "bi-mat"
    settings.CONG_DOSSIER_ADAPTERS = ["http"]
    assert "http: 1 hồ sơ thay đổi" in sync_dossiers()
    assert handler.seen_token == "Bearer bi-mat"
    assert Dossier.objects.get(code="W-1").status == "received"
    handler.status, handler.body = 500, b"oops"
    with pytest.raises(AdapterError, match="HTTP 500"):
        sync_dossiers()  # the job fails: the scheduler records it too
    assert Dossier.objects.filter(code="W-1").exists()
    body = client.get("/suc-khoe/").json()
    assert body["checks"]["dossiers"]["failing_adapters"] == ["http"] and "oops" not in json.dumps(body)
    handler.status = 200
    handler.body = b"{not json"
    with pytest.raises(AdapterError, match="JSON"):
        sync(HttpAdapter(url, "bi-mat"))


def test_unreachable_endpoint_and_missing_configuration_are_failures(settings):
    with pytest.raises(AdapterError, match="Không kết nối"):
        sync(HttpAdapter("http://127.0.0.1:9/", "", timeout=2))
    with pytest.raises(AdapterError, match="CONG_DOSSIER_URL"):
        sync(HttpAdapter("", ""))
    with pytest.raises(AdapterError, match="CONG_DOSSIER_EXPORT"):
        sync(FileAdapter(""))


def test_the_board_uploads_a_catalogue_and_a_dossier_export_in_the_admin(client, django_user_model, tmp_path):
    from .factories import row, write_xlsx

    client.force_login(django_user_model.objects.create_superuser("quantri", "qt@example.gov.vn", "x"))
    url = "/quan-tri/thu-tuc-hanh-chinh/nhap/"
    assert "Nhập danh mục" in client.get(url).content.decode()
    path = write_xlsx(tmp_path / "tthc.xlsx", [row("1.000001"), row("1.000002")])
    with path.open("rb") as upload:
        page = client.post(url, {"kind": "procedures", "file": upload}, follow=True).content.decode()
    assert "thêm 2, cập nhật 0, bãi bỏ 0" in page
    bad = tmp_path / "hoso.csv"
    bad.write_text(CSV.replace("Đang giải quyết", "Lạ"), encoding="utf-8")
    with bad.open("rb") as upload:
        page = client.post(url, {"kind": "dossiers", "file": upload}, follow=True).content.decode()
    assert "bị từ chối" in page and "Lạ" in page and not Dossier.objects.exists()
    assert health.run_checks()["dossiers"]["ok"]  # a person's refused upload is not an adapter failure
    good = tmp_path / "hoso2.csv"
    good.write_text(CSV, encoding="utf-8")
    with good.open("rb") as upload:
        page = client.post(url, {"kind": "dossiers", "file": upload}, follow=True).content.decode()
    assert "2 hồ sơ thêm hoặc thay đổi" in page and Dossier.objects.filter(source="manual").count() == 2


def test_agency_staff_may_not_upload(client, django_user_model):
    client.force_login(django_user_model.objects.create_user("canbo", password="x"))
    assert client.get("/quan-tri/thu-tuc-hanh-chinh/nhap/").status_code in (302, 403)
