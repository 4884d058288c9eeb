"""Official documents the extractor was not written for, typed as they arrive (two-column header with tabs,
signature beside the recipients), and the five seed regulations."""

from pathlib import Path

SEEDS_DIR = Path(__file__).resolve().parents[2] / "demo" / "data" / "legal" / "seeds"


def seed(prefix: str) -> str:
    """Text of one seed regulation (shared/seeds/<prefix>_….txt)."""
    return next(SEEDS_DIR.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


DECREE = """CHÍNH PHỦ
-------\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 42/2022/NĐ-CP\tHà Nội, ngày 24 tháng 6 năm 2022

NGHỊ ĐỊNH
QUY ĐỊNH VỀ VIỆC CUNG CẤP THÔNG TIN VÀ DỊCH VỤ CÔNG TRỰC TUYẾN CỦA CƠ QUAN NHÀ NƯỚC TRÊN MÔI TRƯỜNG MẠNG
Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;
Căn cứ Luật Công nghệ thông tin ngày 29 tháng 6 năm 2006;
Căn cứ Luật Tiếp cận thông tin ngày 06 tháng 4 năm 2016;
Theo đề nghị của Bộ trưởng Bộ Thông tin và Truyền thông;
Chính phủ ban hành Nghị định quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng.
Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Nghị định này quy định về việc cung cấp thông tin.
Điều 39. Hiệu lực thi hành
1. Nghị định này có hiệu lực thi hành kể từ ngày 15 tháng 8 năm 2022.
2. Nghị định số 43/2011/NĐ-CP ngày 13 tháng 6 năm 2011 của Chính phủ quy định về việc cung cấp thông tin hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành.

Nơi nhận:
- Ban Bí thư Trung ương Đảng;
- Lưu: VT, KSTT (2b).\tTM. CHÍNH PHỦ
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG



Vũ Đức Đam
"""

LETTER = """ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG
--------\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 2345/UBND-VX4
V/v triển khai thực hiện Nghị định số 42/2022/NĐ-CP\tLâm Đồng, ngày 05 tháng 9 năm 2022

Kính gửi:
- Các sở, ban, ngành thuộc tỉnh;
Thực hiện Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ, Chủ tịch UBND tỉnh có ý kiến như sau:
1. Các cơ quan rà soát thông tin.

Nơi nhận:
- Như trên;
- Lưu: VT, VX4.\tKT. CHỦ TỊCH
PHÓ CHỦ TỊCH


Đặng Trí Dũng
"""

RESOLUTION = """HỘI ĐỒNG NHÂN DÂN
TỈNH QUẢNG NINH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 05/2021/NQ-HĐND
Quảng Ninh, ngày 30 tháng 7 năm 2021
NGHỊ QUYẾT
Quy định mức chi hỗ trợ công tác phổ biến, giáo dục pháp luật trên địa bàn tỉnh
HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NINH
KHÓA XIV - KỲ HỌP THỨ 3
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;
Căn cứ Thông tư số 56/2023/TT-BTC ngày 18 tháng 8 năm 2023 của Bộ trưởng Bộ Tài chính quy định việc lập dự toán;
Xét Tờ trình số 4300/TTr-UBND ngày 15/7/2021 của Ủy ban nhân dân tỉnh;
QUYẾT NGHỊ:
Điều 1. Quy định mức chi.
Điều 3. Hiệu lực thi hành
Nghị quyết này có hiệu lực thi hành sau mười ngày kể từ ngày thông qua. Nghị quyết này thay thế Nghị quyết số 12/2016/NQ-HĐND ngày 08 tháng 12 năm 2016 và Nghị quyết số 3/2018/NQ-HĐND của Hội đồng nhân dân tỉnh.
Nơi nhận:
- UBTV Quốc hội;
- Lưu: VT.
CHỦ TỊCH
Nguyễn Xuân Ký
"""

NOT_A_DOCUMENT = "Công thức làm bánh chưng\n\nNguyên liệu: gạo nếp, đỗ xanh, thịt lợn, lá dong.\n"
