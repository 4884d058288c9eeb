"""Demo content for the fictional province of Hòa Sơn (tỉnh Hòa Sơn).

Pure Python data, no Django imports: the ``cong demo`` command turns it into pages. Every string is Unicode
NFC. The province, its districts, its officials and every figure below are invented for demonstration; any
resemblance to real people or places is coincidental.

- ``PROVINCE``: portal identity for the header and footer (TT32-16).
- ``SECTIONS``: the section tree (chuyên mục); ``show_on_home`` marks the blocks on the home page.
- ``ARTICLES``: news items; ``section`` is the slug of any section, ``topics`` the slugs of ``TOPICS``,
  ``days_ago`` the publication date counted back from today, ``heading`` an optional subheading placed
  before the last two paragraphs.
- ``TOPICS``: chuyên đề grouping articles across sections.
- ``INTRO_PAGES``: the province introduction (ND43-10.a); ``headings`` maps a paragraph index to a
  subheading shown before that paragraph.
"""

PROVINCE = {
    "portal_name": "Cổng Thông tin điện tử tỉnh Hòa Sơn",
    "agency_name": "Ủy ban nhân dân tỉnh Hòa Sơn",
    "operator": "Văn phòng Ủy ban nhân dân tỉnh Hòa Sơn",
    "person_responsible": "Ông Trần Văn Khải – Chánh Văn phòng UBND tỉnh, Trưởng Ban Biên tập",
    "address": "Số 18 đường Trần Hưng Đạo, phường Hòa Bình, thành phố Hòa Sơn, tỉnh Hòa Sơn",
    "phone": "(0201) 3852 468",
    "fax": "(0201) 3852 469",
    "email": "bbt@hoason.gov.vn",
    "attribution": 'Ghi rõ nguồn "Theo Cổng TTĐT tỉnh Hòa Sơn" khi phát hành lại thông tin từ Cổng này.',
    "copyright": (
        "© Bản quyền thuộc Ủy ban nhân dân tỉnh Hòa Sơn. Giấy phép số 12/GP-TTĐT do Sở Khoa học và Công "
        "nghệ tỉnh Hòa Sơn cấp."
    ),
    "domain": "hoason.gov.vn",
    "intro": (
        "Kênh thông tin chính thức của Ủy ban nhân dân tỉnh Hòa Sơn: tin tức, chỉ đạo điều hành, văn bản, "
        "thủ tục hành chính và dịch vụ công trực tuyến phục vụ người dân, doanh nghiệp."
    ),
}

SECTIONS = [
    {
        "slug": "tin-tuc-su-kien",
        "title": "Tin tức – Sự kiện",
        "intro": (
            "Tin tức về tình hình kinh tế – xã hội, quốc phòng – an ninh và các sự kiện nổi bật của tỉnh "
            "Hòa Sơn, được cập nhật hằng ngày."
        ),
        "show_on_home": True,
        "children": [
            {
                "slug": "tin-trong-tinh",
                "title": "Tin trong tỉnh",
                "intro": (
                    "Thông tin về hoạt động của các sở, ban, ngành và những sự kiện chính trị, kinh tế, "
                    "xã hội diễn ra trên địa bàn tỉnh."
                ),
                "show_on_home": False,
                "children": [],
            },
            {
                "slug": "hoat-dong-cua-lanh-dao",
                "title": "Hoạt động của lãnh đạo tỉnh",
                "intro": (
                    "Các hoạt động làm việc, kiểm tra, tiếp công dân và đối ngoại của lãnh đạo Ủy ban "
                    "nhân dân tỉnh."
                ),
                "show_on_home": False,
                "children": [],
            },
            {
                "slug": "tin-dia-phuong",
                "title": "Tin huyện, thị xã, thành phố",
                "intro": (
                    "Tin tức từ thành phố Hòa Sơn, thị xã Thạch Lâm và các huyện trong tỉnh, do cơ sở "
                    "cung cấp và Ban Biên tập tổng hợp."
                ),
                "show_on_home": False,
                "children": [],
            },
        ],
    },
    {
        "slug": "chi-dao-dieu-hanh",
        "title": "Chỉ đạo – Điều hành",
        "intro": (
            "Ý kiến chỉ đạo, điều hành của Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh; kết quả "
            "trả lời kiến nghị của người dân, doanh nghiệp và lịch công tác của lãnh đạo tỉnh."
        ),
        "show_on_home": True,
        "children": [
            {
                "slug": "chi-dao-cua-ubnd-tinh",
                "title": "Ý kiến chỉ đạo của UBND tỉnh",
                "intro": (
                    "Chỉ thị, công điện, thông báo kết luận và văn bản chỉ đạo của Ủy ban nhân dân tỉnh, "
                    "Chủ tịch Ủy ban nhân dân tỉnh."
                ),
                "show_on_home": False,
                "children": [],
            },
            {
                "slug": "lich-cong-tac",
                "title": "Lịch công tác của lãnh đạo tỉnh",
                "intro": (
                    "Chương trình, lịch công tác hằng tuần của Chủ tịch và các Phó Chủ tịch Ủy ban nhân "
                    "dân tỉnh."
                ),
                "show_on_home": False,
                "children": [],
            },
        ],
    },
    {
        "slug": "cai-cach-hanh-chinh",
        "title": "Cải cách hành chính",
        "intro": (
            "Tiến độ cải cách thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông, cung cấp "
            "dịch vụ công trực tuyến và xây dựng chính quyền số."
        ),
        "show_on_home": True,
        "children": [
            {
                "slug": "thu-tuc-hanh-chinh",
                "title": "Thủ tục hành chính",
                "intro": (
                    "Thông tin công bố, chuẩn hóa thủ tục hành chính và hoạt động của Trung tâm Phục vụ "
                    "hành chính công tỉnh."
                ),
                "show_on_home": False,
                "children": [],
            },
            {
                "slug": "chinh-quyen-so",
                "title": "Chính quyền số",
                "intro": (
                    "Kết quả ứng dụng công nghệ thông tin, phát triển hạ tầng số, dữ liệu số và dịch vụ "
                    "công trực tuyến của tỉnh."
                ),
                "show_on_home": False,
                "children": [],
            },
        ],
    },
    {
        "slug": "dau-tu-xuc-tien-dau-tu",
        "title": "Đầu tư – Xúc tiến đầu tư",
        "intro": (
            "Chính sách ưu đãi, danh mục dự án kêu gọi đầu tư, hoạt động xúc tiến đầu tư và hỗ trợ doanh "
            "nghiệp trên địa bàn tỉnh Hòa Sơn."
        ),
        "show_on_home": True,
        "children": [
            {
                "slug": "xuc-tien-dau-tu",
                "title": "Xúc tiến đầu tư",
                "intro": (
                    "Hội nghị, đoàn công tác và chương trình xúc tiến đầu tư, thương mại, du lịch của tỉnh."
                ),
                "show_on_home": False,
                "children": [],
            },
            {
                "slug": "du-an-keu-goi-dau-tu",
                "title": "Dự án kêu gọi đầu tư",
                "intro": (
                    "Danh mục dự án kêu gọi đầu tư, quy hoạch các khu, cụm công nghiệp và thông tin về "
                    "quỹ đất sạch."
                ),
                "show_on_home": False,
                "children": [],
            },
            {
                "slug": "ho-tro-doanh-nghiep",
                "title": "Hỗ trợ doanh nghiệp",
                "intro": (
                    "Đối thoại, tháo gỡ khó khăn, chính sách hỗ trợ doanh nghiệp nhỏ và vừa, hộ kinh "
                    "doanh và hợp tác xã."
                ),
                "show_on_home": False,
                "children": [],
            },
        ],
    },
    {
        "slug": "nong-nghiep-nong-thon",
        "title": "Nông nghiệp – Nông thôn",
        "intro": (
            "Sản xuất nông, lâm nghiệp, thủy sản; chương trình OCOP; xây dựng nông thôn mới và công tác "
            "phòng, chống thiên tai."
        ),
        "show_on_home": True,
        "children": [
            {
                "slug": "san-xuat-nong-nghiep",
                "title": "Sản xuất nông nghiệp",
                "intro": "Tình hình mùa vụ, chăn nuôi, lâm nghiệp, thủy sản và sản phẩm OCOP của tỉnh.",
                "show_on_home": False,
                "children": [],
            },
            {
                "slug": "phong-chong-thien-tai",
                "title": "Phòng, chống thiên tai",
                "intro": (
                    "Thông tin chỉ đạo, cảnh báo và ứng phó với mưa lũ, sạt lở đất, hạn hán và các loại "
                    "hình thiên tai."
                ),
                "show_on_home": False,
                "children": [],
            },
        ],
    },
    {
        "slug": "giao-duc-dao-tao",
        "title": "Giáo dục – Đào tạo",
        "intro": (
            "Hoạt động của ngành giáo dục và đào tạo: năm học mới, tuyển sinh, thi cử, đội ngũ nhà giáo "
            "và cơ sở vật chất trường lớp."
        ),
        "show_on_home": False,
        "children": [],
    },
    {
        "slug": "y-te",
        "title": "Y tế",
        "intro": (
            "Thông tin về chăm sóc sức khỏe nhân dân, tiêm chủng, phòng, chống dịch bệnh, an toàn thực "
            "phẩm và bảo hiểm y tế."
        ),
        "show_on_home": False,
        "children": [],
    },
    {
        "slug": "van-hoa-du-lich",
        "title": "Văn hóa – Du lịch",
        "intro": (
            "Lễ hội, di sản, phong trào văn hóa, thể thao và hoạt động phát triển du lịch của tỉnh Hòa Sơn."
        ),
        "show_on_home": False,
        "children": [
            {
                "slug": "van-hoa-the-thao",
                "title": "Văn hóa – Thể thao",
                "intro": (
                    "Bảo tồn di sản, lễ hội truyền thống, phong trào văn hóa cơ sở và các giải thể thao."
                ),
                "show_on_home": False,
                "children": [],
            },
            {
                "slug": "du-lich",
                "title": "Du lịch",
                "intro": "Điểm đến, sản phẩm du lịch, sự kiện quảng bá và số liệu khách du lịch đến Hòa Sơn.",
                "show_on_home": False,
                "children": [],
            },
        ],
    },
    {
        "slug": "pho-bien-phap-luat",
        "title": "Phổ biến, giáo dục pháp luật",
        "intro": (
            "Giới thiệu văn bản quy phạm pháp luật mới, hướng dẫn thực hiện pháp luật và hoạt động trợ "
            "giúp pháp lý trên địa bàn tỉnh."
        ),
        "show_on_home": False,
        "children": [],
    },
]

TOPICS = [
    {
        "slug": "chuyen-doi-so",
        "title": "Chuyển đổi số tỉnh Hòa Sơn",
        "intro": (
            "Chuyên đề theo dõi quá trình xây dựng chính quyền số, kinh tế số và xã hội số của tỉnh Hòa "
            "Sơn: dịch vụ công trực tuyến, dữ liệu dùng chung, thanh toán không dùng tiền mặt và kỹ năng "
            "số cho người dân."
        ),
    },
    {
        "slug": "xay-dung-nong-thon-moi",
        "title": "Xây dựng nông thôn mới",
        "intro": (
            "Chương trình mục tiêu quốc gia xây dựng nông thôn mới tại Hòa Sơn: giao thông nông thôn, sản "
            "phẩm OCOP, thu nhập của người dân và các xã đạt chuẩn nâng cao, kiểu mẫu."
        ),
    },
    {
        "slug": "an-toan-giao-thong",
        "title": "Bảo đảm trật tự, an toàn giao thông",
        "intro": (
            "Các hoạt động tuyên truyền, tuần tra, kiểm soát và cải tạo hạ tầng nhằm kéo giảm tai nạn "
            "giao thông trên địa bàn tỉnh Hòa Sơn."
        ),
    },
]

ARTICLES = [
    {
        "slug": "kinh-te-xa-hoi-10-thang-nam-2026-tong-thu-ngan-sach-dat-91-du-toan",
        "section": "tin-trong-tinh",
        "title": "Kinh tế – xã hội 10 tháng năm 2026: tổng thu ngân sách đạt 91% dự toán",
        "lead": (
            "Tổng thu ngân sách nhà nước trên địa bàn tỉnh 10 tháng đạt 9.486 tỷ đồng, bằng 91% dự toán; "
            "giá trị sản xuất công nghiệp tăng 11,8% so với cùng kỳ."
        ),
        "paragraphs": [
            (
                "Chiều qua, Ủy ban nhân dân tỉnh Hòa Sơn tổ chức phiên họp thường kỳ tháng 10 để đánh giá "
                "tình hình kinh tế – xã hội 10 tháng và bàn giải pháp hoàn thành các chỉ tiêu năm 2026. "
                "Đồng chí Nguyễn Hữu Khang, Chủ tịch Ủy ban nhân dân tỉnh chủ trì phiên họp. Tham dự có "
                "các Phó Chủ tịch Ủy ban nhân dân tỉnh, thủ trưởng các sở, ban, ngành và Chủ tịch Ủy ban "
                "nhân dân các huyện, thị xã, thành phố dự trực tuyến tại điểm cầu cơ sở."
            ),
            (
                "Theo báo cáo của Sở Tài chính, tổng thu ngân sách nhà nước trên địa bàn 10 tháng ước đạt "
                "9.486 tỷ đồng, bằng 91% dự toán và tăng 14,2% so với cùng kỳ; trong đó thu nội địa đạt "
                "8.120 tỷ đồng, thu tiền sử dụng đất đạt 2.315 tỷ đồng. Giá trị sản xuất công nghiệp tăng "
                "11,8%; tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt 41.260 tỷ đồng, tăng "
                "9,6%. Toàn tỉnh có thêm 684 doanh nghiệp thành lập mới với tổng vốn đăng ký 5.940 tỷ "
                "đồng."
            ),
            (
                "Giải ngân vốn đầu tư công tiếp tục là điểm nghẽn. Đến hết tháng 10, tỉnh mới giải ngân "
                "được 3.862 tỷ đồng, đạt 64,7% kế hoạch vốn Thủ tướng Chính phủ giao. Một số dự án trọng "
                "điểm như đường tỉnh 279 đoạn qua huyện Bình Sơn, hồ chứa nước Nậm Khao còn vướng mắc bồi "
                "thường, giải phóng mặt bằng do chưa thống nhất giá đất cụ thể và phương án tái định cư."
            ),
            (
                "Kết luận phiên họp, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở, ngành, địa phương bám "
                "sát kịch bản tăng trưởng, phấn đấu GRDP cả năm tăng từ 8,5% trở lên. Người đứng đầu các "
                "chủ đầu tư phải chịu trách nhiệm nếu để chậm giải ngân; dự án nào đến ngày 30/11 giải "
                "ngân dưới 60% sẽ bị điều chuyển vốn cho dự án có khả năng giải ngân nhanh hơn. Cục Thuế "
                "tỉnh được giao rà soát, đôn đốc thu hồi nợ đọng, chống thất thu trong lĩnh vực thương "
                "mại điện tử."
            ),
        ],
        "heading": "Quyết liệt tháo gỡ vướng mắc giải ngân đầu tư công",
        "authors": "Minh Hằng",
        "source": "Cổng TTĐT tỉnh",
        "days_ago": 1,
        "tags": ["kinh tế – xã hội", "ngân sách", "đầu tư công"],
        "featured": True,
        "image": {
            "caption": "Quang cảnh phiên họp thường kỳ tháng 10 của Ủy ban nhân dân tỉnh",
            "credit": "Minh Hằng",
            "alt": (
                "Hội trường Ủy ban nhân dân tỉnh với các đại biểu ngồi quanh bàn họp hình chữ U, màn hình "
                "lớn phía trước hiển thị báo cáo"
            ),
            "palette": "blue",
        },
        "table": {
            "caption": "Một số chỉ tiêu kinh tế – xã hội chủ yếu 10 tháng năm 2026",
            "header": ["Chỉ tiêu", "Đơn vị", "Thực hiện 10 tháng", "So với cùng kỳ (%)"],
            "rows": [
                ["Tổng thu ngân sách nhà nước", "tỷ đồng", "9.486", "114,2"],
                ["Giá trị sản xuất công nghiệp", "tỷ đồng", "52.780", "111,8"],
                ["Tổng mức bán lẻ hàng hóa, dịch vụ", "tỷ đồng", "41.260", "109,6"],
                ["Kim ngạch xuất khẩu", "triệu USD", "1.148", "112,3"],
                ["Doanh nghiệp thành lập mới", "doanh nghiệp", "684", "108,1"],
                ["Giải ngân vốn đầu tư công", "tỷ đồng", "3.862", "103,5"],
            ],
        },
        "topics": [],
    },
    {
        "slug": "hoa-son-ra-quan-cao-diem-bao-dam-trat-tu-an-toan-giao-thong-cuoi-nam",
        "section": "tin-trong-tinh",
        "title": "Hòa Sơn ra quân cao điểm bảo đảm trật tự, an toàn giao thông cuối năm",
        "lead": (
            "Công an tỉnh triển khai đợt cao điểm tuần tra, kiểm soát đến hết tháng 2 năm sau, tập trung "
            "xử lý vi phạm nồng độ cồn, tốc độ và chở quá tải."
        ),
        "paragraphs": [
            (
                "Sáng nay, tại quảng trường Trung tâm thành phố Hòa Sơn, Ban An toàn giao thông tỉnh phối "
                "hợp với Công an tỉnh tổ chức lễ ra quân đợt cao điểm bảo đảm trật tự, an toàn giao thông "
                "dịp cuối năm và Tết Nguyên đán. Hơn 600 cán bộ, chiến sĩ cảnh sát giao thông, cảnh sát "
                "cơ động, công an xã cùng hàng chục xe tuần tra đã tham gia lễ diễu hành qua các tuyến "
                "phố chính."
            ),
            (
                "Mười tháng qua, trên địa bàn tỉnh xảy ra 112 vụ tai nạn giao thông, làm chết 68 người, "
                "bị thương 91 người; so với cùng kỳ giảm 9 vụ, giảm 7 người chết. Tuy nhiên, số vụ va "
                "chạm liên quan người điều khiển xe mô tô đã sử dụng rượu, bia vẫn chiếm tỷ lệ cao, nhất "
                "là tại các huyện miền núi vào dịp lễ hội, cưới hỏi. Lực lượng chức năng đã xử lý 21.460 "
                "trường hợp vi phạm, tước 1.830 giấy phép lái xe, nộp ngân sách hơn 48 tỷ đồng."
            ),
            (
                "Trong đợt cao điểm, Công an tỉnh bố trí 36 tổ công tác liên ngành hoạt động liên tục cả "
                "ngày và đêm, tập trung trên quốc lộ, đường tỉnh và các tuyến đường vào khu du lịch, khu "
                "công nghiệp. Hệ thống camera giám sát tại 54 nút giao ở thành phố Hòa Sơn và thị xã "
                "Thạch Lâm được kết nối về Trung tâm chỉ huy để phát hiện, xử phạt vi phạm qua hình ảnh; "
                "thông báo phạt nguội được gửi trực tiếp đến chủ phương tiện qua ứng dụng định danh điện "
                "tử."
            ),
            (
                "Phát biểu tại lễ ra quân, Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh Đỗ Thị Minh "
                "Nguyệt đề nghị các địa phương tăng cường tuyên truyền để mỗi người dân tự giác chấp hành "
                "“đã uống rượu, bia thì không lái xe”, đồng thời yêu cầu ngành xây dựng khẩn trương khắc "
                "phục 17 điểm đen, điểm tiềm ẩn nguy cơ tai nạn giao thông đã được chỉ ra trong năm."
            ),
        ],
        "heading": None,
        "authors": "Quốc Việt",
        "source": "Công an tỉnh Hòa Sơn",
        "days_ago": 4,
        "tags": ["an toàn giao thông", "công an"],
        "featured": False,
        "image": {
            "caption": "Lực lượng cảnh sát giao thông diễu hành tại lễ ra quân",
            "credit": "Quốc Việt",
            "alt": (
                "Đoàn xe mô tô tuần tra của cảnh sát giao thông xếp hàng trên quảng trường, phía sau là "
                "băng rôn tuyên truyền"
            ),
            "palette": "gold",
        },
        "table": None,
        "topics": ["an-toan-giao-thong"],
    },
    {
        "slug": "tinh-hoa-son-cong-bo-chi-so-hai-long-cua-nguoi-dan-voi-dich-vu-hanh-chinh-cong",
        "section": "tin-trong-tinh",
        "title": "Tỉnh Hòa Sơn công bố chỉ số hài lòng của người dân với dịch vụ hành chính công",
        "lead": (
            "Chỉ số hài lòng chung đạt 86,4%, tăng 3,1 điểm phần trăm; Sở Tư pháp và huyện Đồng Phú dẫn "
            "đầu hai khối."
        ),
        "paragraphs": [
            (
                "Sở Nội vụ vừa công bố kết quả khảo sát mức độ hài lòng của người dân, tổ chức đối với sự "
                "phục vụ của cơ quan hành chính nhà nước năm 2026. Cuộc khảo sát được thực hiện trong ba "
                "tháng, với 4.860 phiếu hỏi trực tiếp và 12.300 lượt đánh giá trực tuyến qua Cổng Dịch vụ "
                "công, tập trung vào các lĩnh vực có nhiều giao dịch như đất đai, hộ tịch, xây dựng, đăng "
                "ký kinh doanh và bảo trợ xã hội."
            ),
            (
                "Kết quả cho thấy chỉ số hài lòng chung của tỉnh đạt 86,4%, tăng 3,1 điểm phần trăm so "
                "với năm trước. Người dân đánh giá cao thái độ phục vụ của công chức tiếp nhận hồ sơ và "
                "việc công khai, minh bạch thông tin thủ tục. Nội dung có điểm thấp nhất vẫn là thời gian "
                "giải quyết hồ sơ đất đai, khi 11% ý kiến cho biết từng nhận kết quả trễ hẹn hoặc phải bổ "
                "sung hồ sơ nhiều lần."
            ),
            (
                "Ở khối sở, ngành, Sở Tư pháp đứng đầu với 93,2%, tiếp theo là Sở Công Thương và Sở Y tế. "
                "Ở khối huyện, huyện Đồng Phú đạt 91,5%, thị xã Thạch Lâm và thành phố Hòa Sơn lần lượt "
                "xếp thứ hai, thứ ba. Sở Nội vụ đề nghị các đơn vị có điểm thấp rà soát quy trình nội bộ, "
                "đẩy mạnh số hóa hồ sơ và niêm yết rõ đường dây nóng để người dân phản ánh khi bị gây "
                "phiền hà."
            ),
        ],
        "heading": None,
        "authors": "Thu Trang",
        "source": "Sở Nội vụ",
        "days_ago": 9,
        "tags": ["cải cách hành chính", "chỉ số hài lòng"],
        "featured": False,
        "image": {
            "caption": "Người dân làm thủ tục tại bộ phận một cửa huyện Đồng Phú",
            "credit": "Thu Trang",
            "alt": "Công chức ngồi sau quầy tiếp nhận hướng dẫn một người dân lớn tuổi điền tờ khai",
            "palette": "teal",
        },
        "table": None,
        "topics": [],
    },
    {
        "slug": "khanh-thanh-cau-ben-ngu-noi-hai-bo-song-hoa",
        "section": "tin-trong-tinh",
        "title": "Khánh thành cầu Bến Ngự nối hai bờ sông Hòa",
        "lead": (
            "Cây cầu dài 486 m với tổng vốn đầu tư 412 tỷ đồng rút ngắn 18 km đường vòng cho người dân "
            "hai huyện Tân Lập và Hà Lâm."
        ),
        "paragraphs": [
            (
                "Sáng qua, Ủy ban nhân dân tỉnh Hòa Sơn tổ chức lễ khánh thành, đưa vào sử dụng cầu Bến "
                "Ngự bắc qua sông Hòa, nối xã Tân Phong, huyện Tân Lập với xã Hà Thanh, huyện Hà Lâm. Cầu "
                "dài 486 m, rộng 12 m với hai làn xe cơ giới và hai làn dành cho xe thô sơ, kết cấu dầm "
                "bê tông cốt thép dự ứng lực, được khởi công từ tháng 9 năm 2024 với tổng mức đầu tư 412 "
                "tỷ đồng từ ngân sách trung ương và ngân sách tỉnh."
            ),
            (
                "Trước đây, người dân hai bên bờ chỉ có thể qua sông bằng đò ngang hoặc đi vòng qua cầu "
                "Hòa Sơn dài thêm khoảng 18 km. Mùa mưa lũ, bến đò thường phải tạm dừng hoạt động, học "
                "sinh và nông dân gặp nhiều khó khăn. Bà Nguyễn Thị Lụa, 67 tuổi, ở xã Hà Thanh xúc động "
                "chia sẻ: “Cả đời tôi mong có cây cầu này, giờ con cháu đi học, đi làm bên kia sông chẳng "
                "còn phải lo đò nữa”."
            ),
            (
                "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh cho biết, công trình "
                "hoàn thành sớm hơn hợp đồng hai tháng nhờ chính quyền địa phương làm tốt công tác giải "
                "phóng mặt bằng; 64 hộ dân có đất bị ảnh hưởng đã đồng thuận nhận bồi thường, bàn giao "
                "mặt bằng ngay trong năm đầu tiên. Đường dẫn hai đầu cầu dài 2,3 km cũng được đầu tư đồng "
                "bộ, có hệ thống chiếu sáng và vỉa hè."
            ),
            (
                "Phát biểu tại buổi lễ, Chủ tịch Ủy ban nhân dân tỉnh Nguyễn Hữu Khang nhấn mạnh cầu Bến "
                "Ngự không chỉ phục vụ đi lại mà còn mở ra không gian phát triển mới cho vùng bãi ven "
                "sông. Ông đề nghị hai huyện sớm điều chỉnh quy hoạch sử dụng đất, kêu gọi đầu tư khu dân "
                "cư, dịch vụ hai đầu cầu, đồng thời giao Sở Xây dựng lập phương án quản lý, bảo trì công "
                "trình."
            ),
        ],
        "heading": "Người dân đồng thuận giải phóng mặt bằng",
        "authors": "Hoàng Long",
        "source": "Báo Hòa Sơn",
        "days_ago": 5,
        "tags": ["giao thông", "hạ tầng", "Tân Lập", "Hà Lâm"],
        "featured": False,
        "image": {
            "caption": "Cầu Bến Ngự trong ngày khánh thành",
            "credit": "Hoàng Long",
            "alt": "Cây cầu bê tông nhiều nhịp bắc qua dòng sông rộng, hai bên là cánh đồng và làng mạc",
            "palette": "blue",
        },
        "table": None,
        "topics": [],
    },
    {
        "slug": "hoa-son-trao-1-260-suat-hoc-bong-cho-hoc-sinh-ngheo-vuot-kho",
        "section": "tin-trong-tinh",
        "title": "Hòa Sơn trao 1.260 suất học bổng cho học sinh nghèo vượt khó",
        "lead": (
            "Tổng giá trị học bổng năm nay đạt 3,15 tỷ đồng, do Quỹ Khuyến học tỉnh vận động từ doanh "
            "nghiệp và các nhà hảo tâm."
        ),
        "paragraphs": [
            (
                "Hội Khuyến học tỉnh Hòa Sơn vừa tổ chức lễ trao học bổng “Tiếp bước đến trường” năm 2026 "
                "cho 1.260 học sinh, sinh viên có hoàn cảnh khó khăn, vượt khó học giỏi. Mỗi suất học "
                "bổng trị giá từ 2 đến 5 triệu đồng; riêng 45 em là con em đồng bào dân tộc thiểu số đỗ "
                "đại học với điểm số cao được nhận học bổng 10 triệu đồng và bộ máy tính xách tay phục vụ "
                "học tập."
            ),
            (
                "Nguồn kinh phí 3,15 tỷ đồng được Quỹ Khuyến học tỉnh vận động từ 38 doanh nghiệp, ngân "
                "hàng thương mại và nhiều cán bộ, công chức, người dân trong và ngoài tỉnh. Trong đó, "
                "Công ty cổ phần Xi măng Thạch Lâm tài trợ 600 triệu đồng, Ngân hàng Chính sách xã hội "
                "chi nhánh tỉnh tài trợ 300 triệu đồng. Nhiều cựu học sinh thành đạt ở xa quê cũng gửi "
                "tiền về ủng hộ quỹ."
            ),
            (
                "Em Lò Thị Phương, dân tộc Thái, học sinh lớp 12 Trường Phổ thông dân tộc nội trú tỉnh, "
                "mồ côi cha từ nhỏ, đạt giải nhì học sinh giỏi quốc gia môn Ngữ văn, chia sẻ sẽ dùng học "
                "bổng mua sách vở và dành một phần phụ giúp mẹ nuôi em nhỏ. Những câu chuyện như của "
                "Phương là động lực để các nhà tài trợ tiếp tục đồng hành với công tác khuyến học, khuyến "
                "tài của tỉnh trong những năm tới."
            ),
        ],
        "heading": None,
        "authors": "Lan Anh",
        "source": "Hội Khuyến học tỉnh",
        "days_ago": 27,
        "tags": ["khuyến học", "an sinh xã hội"],
        "featured": False,
        "image": {
            "caption": "Đại diện nhà tài trợ trao học bổng cho học sinh",
            "credit": "Lan Anh",
            "alt": "Các học sinh mặc áo đồng phục đứng thành hàng trên sân khấu, tay cầm phong bì học bổng",
            "palette": "red",
        },
        "table": None,
        "topics": [],
    },
    {
        "slug": "hoa-son-xoa-xong-nha-tam-nha-dot-nat-cho-2-846-ho",
        "section": "tin-trong-tinh",
        "title": "Hòa Sơn xóa xong nhà tạm, nhà dột nát cho 2.846 hộ",
        "lead": (
            "Sau 14 tháng triển khai, toàn tỉnh đã hoàn thành mục tiêu xóa nhà tạm, nhà dột nát với tổng "
            "kinh phí hơn 142 tỷ đồng."
        ),
        "paragraphs": [
            (
                "Ban Chỉ đạo thực hiện phong trào thi đua xóa nhà tạm, nhà dột nát tỉnh Hòa Sơn vừa tổ "
                "chức hội nghị tổng kết, công bố hoàn thành 2.846 căn nhà cho hộ nghèo, hộ cận nghèo và "
                "gia đình có công với cách mạng, trong đó xây mới 2.114 căn và sửa chữa 732 căn. Các "
                "huyện miền núi Suối Ngàn, Ngọc Khê và Bình Sơn chiếm gần 70% tổng số nhà được hỗ trợ."
            ),
            (
                "Tổng kinh phí thực hiện hơn 142 tỷ đồng, gồm ngân sách trung ương, ngân sách địa phương, "
                "nguồn xã hội hóa từ doanh nghiệp và đóng góp của chính các hộ gia đình. Mức hỗ trợ xây "
                "mới 60 triệu đồng mỗi căn, sửa chữa 30 triệu đồng mỗi căn. Lực lượng vũ trang, đoàn viên "
                "thanh niên và bà con dòng họ đã đóng góp hơn 46.000 ngày công vận chuyển vật liệu, san "
                "nền, dựng nhà."
            ),
            (
                "Nhiều căn nhà được thiết kế phù hợp với điều kiện vùng lũ, có gác lửng để tránh ngập, "
                "nền cao hơn mức lũ lịch sử. Ông Đinh Văn Chiến, hộ nghèo ở bản Khe Nọi, xã Pù Khao, "
                "huyện Suối Ngàn, phấn khởi cho biết gia đình đã có chỗ ở an toàn, yên tâm làm ăn, trồng "
                "rừng, chăn nuôi để thoát nghèo. Tỉnh sẽ tiếp tục rà soát, hỗ trợ các trường hợp phát "
                "sinh do thiên tai."
            ),
        ],
        "heading": None,
        "authors": "Thu Hà",
        "source": "Sở Nội vụ",
        "days_ago": 58,
        "tags": ["an sinh xã hội", "giảm nghèo", "nhà ở"],
        "featured": False,
        "image": {
            "caption": "Lễ bàn giao nhà mới cho hộ nghèo tại huyện Suối Ngàn",
            "credit": "Thu Hà",
            "alt": "Ngôi nhà nhỏ mới xây mái tôn xanh, trước cửa là gia đình và cán bộ xã cắt băng bàn giao",
            "palette": "green",
        },
        "table": None,
        "topics": ["xay-dung-nong-thon-moi"],
    },
    {
        "slug": "chu-tich-ubnd-tinh-kiem-tra-tien-do-du-an-duong-tinh-279",
        "section": "hoat-dong-cua-lanh-dao",
        "title": "Chủ tịch UBND tỉnh kiểm tra tiến độ dự án đường tỉnh 279",
        "lead": (
            "Chủ tịch Ủy ban nhân dân tỉnh Nguyễn Hữu Khang yêu cầu hoàn thành giải phóng mặt bằng đoạn "
            "qua huyện Bình Sơn trước ngày 31/12."
        ),
        "paragraphs": [
            (
                "Sáng qua, đồng chí Nguyễn Hữu Khang, Chủ tịch Ủy ban nhân dân tỉnh dẫn đầu đoàn công tác "
                "kiểm tra thực địa dự án cải tạo, nâng cấp đường tỉnh 279 đoạn từ thị trấn Bình Sơn đến "
                "xã Pù Khao. Dự án dài 31,6 km, tổng mức đầu tư 868 tỷ đồng, được thiết kế theo tiêu "
                "chuẩn đường cấp IV miền núi, có vai trò kết nối vùng chè, vùng dược liệu phía tây với "
                "trung tâm tỉnh."
            ),
            (
                "Báo cáo với đoàn, Ban Quản lý dự án cho biết đã thi công được 19,4 km nền đường và 7 "
                "trên 12 cầu, giá trị khối lượng hoàn thành đạt 52%. Tuy nhiên, còn 3,8 km qua xã Bình "
                "Thượng chưa bàn giao mặt bằng do 47 hộ dân chưa đồng ý với phương án bồi thường, một số "
                "hộ đề nghị được giao đất tái định cư gần đường mới. Thời tiết mưa kéo dài cũng làm chậm "
                "tiến độ thi công mặt đường."
            ),
            (
                "Kết luận buổi kiểm tra, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Ủy ban nhân dân huyện Bình "
                "Sơn thành lập tổ công tác đến từng hộ để đối thoại, giải thích chính sách; trường hợp đủ "
                "điều kiện thì xem xét bố trí tái định cư tại chỗ. Nhà thầu phải tăng ca, tăng mũi thi "
                "công ngay khi thời tiết thuận lợi; Sở Xây dựng tăng cường giám sát chất lượng, không để "
                "xảy ra tình trạng làm ẩu, làm vội chạy tiến độ."
            ),
        ],
        "heading": None,
        "authors": "Minh Hằng",
        "source": "Văn phòng UBND tỉnh",
        "days_ago": 5,
        "tags": ["lãnh đạo tỉnh", "đầu tư công", "Bình Sơn"],
        "featured": False,
        "image": {
            "caption": "Chủ tịch UBND tỉnh kiểm tra hiện trường thi công đường tỉnh 279",
            "credit": "Minh Hằng",
            "alt": (
                "Đoàn cán bộ đội mũ bảo hộ đứng trên nền đường đang thi công, phía sau là máy xúc và đồi núi"
            ),
            "palette": "gold",
        },
        "table": None,
        "topics": [],
    },
    {
        "slug": "pho-chu-tich-ubnd-tinh-tiep-cong-dan-dinh-ky-thang-11",
        "section": "hoat-dong-cua-lanh-dao",
        "title": "Phó Chủ tịch UBND tỉnh tiếp công dân định kỳ tháng 11",
        "lead": (
            "Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh Đỗ Thị Minh Nguyệt tiếp 9 lượt công dân, chủ "
            "yếu kiến nghị về đất đai và bồi thường, hỗ trợ tái định cư."
        ),
        "paragraphs": [
            (
                "Tại Trụ sở Tiếp công dân tỉnh, bà Đỗ Thị Minh Nguyệt, Phó Chủ tịch Thường trực Ủy ban "
                "nhân dân tỉnh đã chủ trì buổi tiếp công dân định kỳ tháng 11 theo ủy quyền của Chủ tịch "
                "Ủy ban nhân dân tỉnh. Cùng dự có lãnh đạo Thanh tra tỉnh, Sở Nông nghiệp và Môi trường, "
                "Sở Tư pháp, Ban Tiếp công dân tỉnh và đại diện Ủy ban nhân dân các huyện có công dân đến "
                "kiến nghị."
            ),
            (
                "Buổi tiếp đã nghe 9 lượt công dân trình bày, trong đó có 6 vụ việc liên quan đến đất đai "
                "như cấp giấy chứng nhận quyền sử dụng đất, tranh chấp ranh giới thửa đất, xác định nguồn "
                "gốc đất để tính bồi thường khi Nhà nước thu hồi. Ông Hà Văn Thắng, ở thị xã Thạch Lâm, "
                "đề nghị xem xét lại đơn giá bồi thường cây trồng trên diện tích đất nông nghiệp bị thu "
                "hồi để mở rộng khu công nghiệp Thạch Lâm."
            ),
            (
                "Sau khi nghe ý kiến các ngành, Phó Chủ tịch Thường trực yêu cầu Ủy ban nhân dân thị xã "
                "Thạch Lâm rà soát lại hồ sơ kiểm đếm, nếu có sai sót phải điều chỉnh ngay và trả lời "
                "công dân bằng văn bản trong 15 ngày. Với các vụ việc đã được giải quyết đúng pháp luật, "
                "các cơ quan cần tiếp tục vận động, giải thích để người dân hiểu và chấp hành. Những vụ "
                "việc phức tạp giao Thanh tra tỉnh chủ trì kiểm tra, báo cáo đề xuất."
            ),
        ],
        "heading": None,
        "authors": "Ngọc Ánh",
        "source": "Ban Tiếp công dân tỉnh",
        "days_ago": 12,
        "tags": ["tiếp công dân", "đất đai", "lãnh đạo tỉnh"],
        "featured": False,
        "image": {
            "caption": "Buổi tiếp công dân định kỳ tại Trụ sở Tiếp công dân tỉnh",
            "credit": "Ngọc Ánh",
            "alt": (
                "Phó Chủ tịch tỉnh ngồi ở bàn chủ tọa lắng nghe một người dân đứng trình bày, bên cạnh là "
                "cán bộ ghi chép"
            ),
            "palette": "purple",
        },
        "table": None,
        "topics": [],
    },
    {
        "slug": "lanh-dao-tinh-lam-viec-voi-tap-doan-det-may-mien-bac-ve-du-an-nha-may-tai-dong",
        "section": "hoat-dong-cua-lanh-dao",
        "title": "Lãnh đạo tỉnh làm việc với Tập đoàn Dệt may Miền Bắc về dự án nhà máy tại Đồng Phú",
        "lead": (
            "Dự án có tổng vốn đầu tư dự kiến 1.250 tỷ đồng, tạo việc làm cho khoảng 3.500 lao động địa "
            "phương."
        ),
        "paragraphs": [
            (
                "Chiều qua, tại trụ sở Ủy ban nhân dân tỉnh, Phó Chủ tịch Thường trực Ủy ban nhân dân "
                "tỉnh Đỗ Thị Minh Nguyệt đã tiếp và làm việc với đoàn công tác của Tập đoàn Dệt may Miền "
                "Bắc do Tổng Giám đốc Phạm Quốc Bảo dẫn đầu, nhằm trao đổi về việc đầu tư nhà máy sợi và "
                "may mặc xuất khẩu tại cụm công nghiệp Đồng Phú 2, huyện Đồng Phú."
            ),
            (
                "Theo đề xuất của nhà đầu tư, nhà máy có quy mô 24 ha, công suất 18.000 tấn sợi và 12 "
                "triệu sản phẩm may mặc mỗi năm, tổng vốn đầu tư dự kiến 1.250 tỷ đồng, chia làm hai giai "
                "đoạn. Khi đi vào hoạt động ổn định, dự án sẽ tạo việc làm cho khoảng 3.500 lao động với "
                "mức thu nhập bình quân 9–10 triệu đồng mỗi tháng, ưu tiên tuyển dụng lao động tại địa "
                "phương, nhất là lao động nữ ở nông thôn."
            ),
            (
                "Phó Chủ tịch Thường trực khẳng định tỉnh Hòa Sơn luôn hoan nghênh và tạo điều kiện thuận "
                "lợi nhất cho doanh nghiệp đến đầu tư. Bà giao Sở Tài chính hướng dẫn nhà đầu tư hoàn "
                "thiện hồ sơ đề xuất chủ trương đầu tư; Ủy ban nhân dân huyện Đồng Phú phối hợp chủ đầu "
                "tư hạ tầng cụm công nghiệp sớm bàn giao mặt bằng sạch. Đồng thời đề nghị nhà đầu tư cam "
                "kết đầu tư hệ thống xử lý nước thải đạt chuẩn, bảo đảm môi trường."
            ),
        ],
        "heading": None,
        "authors": "Thanh Tùng",
        "source": "Cổng TTĐT tỉnh",
        "days_ago": 33,
        "tags": ["thu hút đầu tư", "lãnh đạo tỉnh", "Đồng Phú"],
        "featured": False,
        "image": {
            "caption": "Phó Chủ tịch Thường trực UBND tỉnh làm việc với đoàn doanh nghiệp",
            "credit": "Thanh Tùng",
            "alt": "Hai đoàn đại biểu ngồi đối diện nhau tại bàn họp dài có cắm cờ và hoa",
            "palette": "blue",
        },
        "table": None,
        "topics": [],
    },
    {
        "slug": "pho-chu-tich-ubnd-tinh-hoang-van-tien-tham-tang-qua-dong-bao-vung-lu-suoi-ngan",
        "section": "hoat-dong-cua-lanh-dao",
        "title": "Phó Chủ tịch UBND tỉnh Hoàng Văn Tiến thăm, tặng quà đồng bào vùng lũ Suối Ngàn",
        "lead": (
            "Đoàn công tác trao 300 suất quà và 1,2 tỷ đồng hỗ trợ các hộ bị thiệt hại nặng do đợt mưa lũ "
            "đầu tháng."
        ),
        "paragraphs": [
            (
                "Ngay sau khi nước lũ rút, ông Hoàng Văn Tiến, Phó Chủ tịch Ủy ban nhân dân tỉnh cùng "
                "lãnh đạo Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Sở Nông nghiệp và Môi trường đã đến thăm "
                "hỏi, động viên đồng bào các xã Pù Khao, Nậm Ty, huyện Suối Ngàn, nơi bị thiệt hại nặng "
                "nề nhất trong đợt mưa lũ vừa qua. Trận lũ làm 3 người chết, 14 ngôi nhà bị cuốn trôi, "
                "hơn 200 ha lúa và hoa màu bị vùi lấp."
            ),
            (
                "Tại các điểm sơ tán, Phó Chủ tịch Ủy ban nhân dân tỉnh đã trao 300 suất quà gồm gạo, mì "
                "tôm, chăn màn và tiền mặt, tổng trị giá 1,2 tỷ đồng; thăm hỏi gia đình có người bị thiệt "
                "mạng và chia buồn sâu sắc. Ông đánh giá cao sự chủ động của chính quyền xã, lực lượng "
                "quân đội, công an trong việc di dời kịp thời gần 600 hộ dân khỏi vùng nguy hiểm trước "
                "khi lũ về, giảm thiểu thiệt hại về người."
            ),
            (
                "Phó Chủ tịch Ủy ban nhân dân tỉnh yêu cầu huyện Suối Ngàn khẩn trương bố trí chỗ ở tạm "
                "cho các hộ mất nhà, bảo đảm không để người dân nào bị đói, rét; sớm khảo sát quỹ đất an "
                "toàn để lập dự án tái định cư tập trung. Sở Nông nghiệp và Môi trường hỗ trợ giống lúa, "
                "giống ngô để bà con kịp gieo trồng vụ đông; ngành y tế tổ chức tiêu độc, khử trùng môi "
                "trường, phòng dịch bệnh sau lũ."
            ),
        ],
        "heading": None,
        "authors": "Văn Dũng",
        "source": "Cổng TTĐT tỉnh",
        "days_ago": 31,
        "tags": ["mưa lũ", "lãnh đạo tỉnh", "Suối Ngàn"],
        "featured": False,
        "image": {
            "caption": "Phó Chủ tịch UBND tỉnh trao quà cho người dân vùng lũ",
            "credit": "Văn Dũng",
            "alt": (
                "Cán bộ trao túi quà cho cụ già người dân tộc tại sân nhà văn hóa bản, mặt đất còn bùn "
                "đất sau lũ"
            ),
            "palette": "teal",
        },
        "table": None,
        "topics": [],
    },
    {
        "slug": "thanh-pho-hoa-son-chinh-trang-12-tuyen-pho-lap-den-chieu-sang-thong-minh",
        "section": "tin-dia-phuong",
        "title": "Thành phố Hòa Sơn chỉnh trang 12 tuyến phố, lắp đèn chiếu sáng thông minh",
        "lead": (
            "Dự án chỉnh trang đô thị với tổng vốn 186 tỷ đồng được hoàn thành trước Tết Nguyên đán, ưu "
            "tiên các tuyến phố trung tâm."
        ),
        "paragraphs": [
            (
                "Ủy ban nhân dân thành phố Hòa Sơn đang triển khai dự án chỉnh trang 12 tuyến phố trung "
                "tâm, gồm lát lại vỉa hè bằng đá tự nhiên, hạ ngầm đường dây điện lực, viễn thông, trồng "
                "mới hơn 1.400 cây xanh và lắp đặt hệ thống đèn chiếu sáng thông minh có thể điều chỉnh "
                "độ sáng theo khung giờ. Tổng kinh phí thực hiện 186 tỷ đồng từ ngân sách thành phố và "
                "nguồn thu tiền sử dụng đất."
            ),
            (
                "Hệ thống chiếu sáng mới gồm 2.360 bộ đèn LED được kết nối với trung tâm điều khiển của "
                "thành phố, giúp tiết kiệm khoảng 40% điện năng so với đèn cũ. Khi có sự cố, hệ thống tự "
                "động báo lỗi về trung tâm để đơn vị quản lý xử lý trong ngày. Đây là một phần của Đề án "
                "phát triển đô thị thông minh thành phố Hòa Sơn giai đoạn 2025–2030 mà Ủy ban nhân dân "
                "tỉnh đã phê duyệt."
            ),
            (
                "Để hạn chế ảnh hưởng đến sinh hoạt và kinh doanh của người dân, thành phố yêu cầu nhà "
                "thầu thi công cuốn chiếu từng đoạn 200 m, hoàn trả mặt bằng trong 15 ngày, chủ yếu làm "
                "vào ban đêm tại các tuyến có mật độ giao thông cao. Người dân có thể phản ánh về chất "
                "lượng công trình qua đường dây nóng của Ban Quản lý dự án thành phố hoặc ứng dụng Hòa "
                "Sơn S trên điện thoại."
            ),
        ],
        "heading": None,
        "authors": "Phương Linh",
        "source": "UBND thành phố Hòa Sơn",
        "days_ago": 3,
        "tags": ["đô thị", "thành phố Hòa Sơn"],
        "featured": False,
        "image": {
            "caption": "Tuyến phố Lê Lợi sau khi được chỉnh trang",
            "credit": "Phương Linh",
            "alt": "Con phố rộng với vỉa hè lát đá, hàng cây xanh mới trồng và cột đèn chiếu sáng hiện đại",
            "palette": "teal",
        },
        "table": None,
        "topics": ["chuyen-doi-so"],
    },
    {
        "slug": "huyen-tan-lap-don-nhan-bang-cong-nhan-huyen-dat-chuan-nong-thon-moi",
        "section": "tin-dia-phuong",
        "title": "Huyện Tân Lập đón nhận bằng công nhận huyện đạt chuẩn nông thôn mới",
        "lead": (
            "Tân Lập là huyện thứ ba của tỉnh Hòa Sơn hoàn thành nhiệm vụ xây dựng nông thôn mới, với "
            "18/18 xã đạt chuẩn."
        ),
        "paragraphs": [
            (
                "Tối qua, tại sân vận động trung tâm huyện, Đảng bộ, chính quyền và nhân dân huyện Tân "
                "Lập long trọng tổ chức lễ đón nhận Quyết định của Thủ tướng Chính phủ công nhận huyện "
                "Tân Lập đạt chuẩn nông thôn mới. Dự buổi lễ có Phó Chủ tịch Ủy ban nhân dân tỉnh Hoàng "
                "Văn Tiến, lãnh đạo các sở, ngành và hàng nghìn người dân trong huyện."
            ),
            (
                "Sau hơn mười năm thực hiện chương trình, bộ mặt nông thôn Tân Lập đã thay đổi rõ rệt. "
                "Toàn huyện đã cứng hóa 486 km đường giao thông nông thôn, 100% trường học đạt chuẩn quốc "
                "gia, 100% xã có trạm y tế đạt chuẩn. Thu nhập bình quân đầu người khu vực nông thôn năm "
                "2025 đạt 68,5 triệu đồng, gấp 2,6 lần năm 2015; tỷ lệ hộ nghèo giảm còn 1,9%. Toàn huyện "
                "có 21 sản phẩm OCOP, nổi bật là chè xanh Tân Lập và bưởi đỏ Tân Phong."
            ),
            (
                "Tổng nguồn lực huy động cho xây dựng nông thôn mới của huyện đạt hơn 3.200 tỷ đồng, "
                "trong đó người dân đóng góp gần 410 tỷ đồng và hiến hơn 38 ha đất để mở rộng đường, xây "
                "nhà văn hóa. Phát biểu tại buổi lễ, Phó Chủ tịch Ủy ban nhân dân tỉnh đề nghị huyện "
                "không chủ quan, tiếp tục nâng chất các tiêu chí, hướng tới huyện nông thôn mới nâng cao "
                "vào năm 2028."
            ),
        ],
        "heading": None,
        "authors": "Đức Anh",
        "source": "UBND huyện Tân Lập",
        "days_ago": 11,
        "tags": ["nông thôn mới", "Tân Lập"],
        "featured": False,
        "image": {
            "caption": "Lễ đón nhận bằng công nhận huyện Tân Lập đạt chuẩn nông thôn mới",
            "credit": "Đức Anh",
            "alt": (
                "Sân khấu lớn ngoài trời với phông nền đỏ, đại biểu trao bằng công nhận, khán giả đông "
                "kín sân vận động"
            ),
            "palette": "red",
        },
        "table": None,
        "topics": ["xay-dung-nong-thon-moi"],
    },
    {
        "slug": "thi-xa-thach-lam-cap-1-150-giay-chung-nhan-quyen-su-dung-dat-lan-dau",
        "section": "tin-dia-phuong",
        "title": "Thị xã Thạch Lâm cấp 1.150 giấy chứng nhận quyền sử dụng đất lần đầu",
        "lead": (
            "Kết quả đạt được nhờ rà soát, tháo gỡ vướng mắc hồ sơ tồn đọng từ nhiều năm tại 9 xã, phường."
        ),
        "paragraphs": [
            (
                "Ủy ban nhân dân thị xã Thạch Lâm cho biết, từ đầu năm đến nay, thị xã đã cấp 1.150 giấy "
                "chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất lần "
                "đầu cho hộ gia đình, cá nhân, vượt 15% kế hoạch năm. Phần lớn là các trường hợp sử dụng "
                "đất ổn định trước năm 2014 nhưng chưa được cấp giấy do thiếu giấy tờ hoặc sai lệch hồ sơ "
                "đo đạc."
            ),
            (
                "Để tháo gỡ, thị xã thành lập tổ công tác liên ngành gồm Phòng Nông nghiệp và Môi trường, "
                "Chi nhánh Văn phòng đăng ký đất đai và cán bộ địa chính các xã, phường, xuống từng khu "
                "dân cư hướng dẫn người dân hoàn thiện hồ sơ. Các trường hợp đủ điều kiện được xét duyệt "
                "tập trung mỗi tuần một lần. Thời gian giải quyết trung bình rút ngắn còn 12 ngày làm "
                "việc, thấp hơn quy định."
            ),
            (
                "Ông Lê Văn Cường, phường Thạch Trung, cho biết gia đình ông đã chờ sổ đỏ gần mười năm vì "
                "thửa đất thừa kế từ cha mẹ có tranh chấp ranh giới với hàng xóm. Sau khi tổ công tác hòa "
                "giải thành, gia đình được cấp giấy chỉ sau ba tuần. Thị xã sẽ tiếp tục rà soát khoảng "
                "420 hồ sơ còn tồn đọng, phấn đấu giải quyết dứt điểm trong quý I năm sau."
            ),
        ],
        "heading": None,
        "authors": "Hải Yến",
        "source": "UBND thị xã Thạch Lâm",
        "days_ago": 22,
        "tags": ["đất đai", "Thạch Lâm"],
        "featured": False,
        "image": None,
        "table": None,
        "topics": [],
    },
    {
        "slug": "huyen-ngoc-khe-khai-truong-cho-phien-vung-cao-na-puc",
        "section": "tin-dia-phuong",
        "title": "Huyện Ngọc Khê khai trương chợ phiên vùng cao Nà Pục",
        "lead": (
            "Chợ phiên được tổ chức vào sáng chủ nhật hằng tuần, có 120 gian hàng nông sản, thổ cẩm và ẩm "
            "thực truyền thống."
        ),
        "paragraphs": [
            (
                "Ủy ban nhân dân huyện Ngọc Khê vừa tổ chức khai trương chợ phiên vùng cao Nà Pục tại "
                "trung tâm xã Nà Pục. Chợ có diện tích 6.500 m², được đầu tư 14,8 tỷ đồng từ Chương trình "
                "mục tiêu quốc gia phát triển kinh tế – xã hội vùng đồng bào dân tộc thiểu số và miền "
                "núi, với khu bán nông sản, khu thổ cẩm, khu ẩm thực và bãi đỗ xe cho khách du lịch."
            ),
            (
                "Ngay trong phiên chợ đầu tiên, hơn 3.000 lượt người dân và du khách đã đến tham quan, "
                "mua sắm. Các sản phẩm được ưa chuộng là gạo nếp Tan, mật ong rừng, măng khô, thịt trâu "
                "gác bếp và khăn piêu thêu tay. Nhiều hộ kinh doanh đã được hướng dẫn sử dụng mã QR để "
                "thanh toán không dùng tiền mặt, giúp khách mua hàng thuận tiện hơn."
            ),
            (
                "Chủ tịch Ủy ban nhân dân huyện Ngọc Khê Sầm Văn Hùng cho biết, chợ phiên không chỉ là "
                "nơi trao đổi hàng hóa mà còn là không gian sinh hoạt văn hóa của đồng bào Tày, Dao, "
                "Mông. Vào mỗi phiên, huyện phối hợp với các câu lạc bộ văn nghệ biểu diễn hát then, đàn "
                "tính, múa khèn để phục vụ du khách, gắn chợ với tuyến du lịch ruộng bậc thang Nà Pục – "
                "suối khoáng Ngọc Khê."
            ),
        ],
        "heading": None,
        "authors": "Sầm Thủy",
        "source": "UBND huyện Ngọc Khê",
        "days_ago": 40,
        "tags": ["Ngọc Khê", "thương mại", "du lịch"],
        "featured": False,
        "image": {
            "caption": "Du khách mua sắm tại chợ phiên Nà Pục",
            "credit": "Sầm Thủy",
            "alt": (
                "Phụ nữ dân tộc mặc trang phục truyền thống bày bán rau, mật ong và vải thổ cẩm trên các "
                "sạp gỗ"
            ),
            "palette": "purple",
        },
        "table": None,
        "topics": [],
    },
    {
        "slug": "huyen-ha-lam-lap-dat-46-camera-giam-sat-an-ninh-tai-cac-nut-giao-thong",
        "section": "tin-dia-phuong",
        "title": "Huyện Hà Lâm lắp đặt 46 camera giám sát an ninh tại các nút giao thông",
        "lead": (
            "Hệ thống camera do người dân và doanh nghiệp đóng góp kinh phí, kết nối trực tiếp về công an "
            "huyện và công an các xã."
        ),
        "paragraphs": [
            (
                "Công an huyện Hà Lâm vừa hoàn thành lắp đặt 46 camera giám sát an ninh, trật tự tại các "
                "nút giao thông, cổng trường học và khu vực chợ trên địa bàn 12 xã, thị trấn. Hình ảnh từ "
                "camera được truyền về phòng điều hành của Công an huyện và công an các xã, lưu trữ trong "
                "30 ngày, phục vụ công tác phòng ngừa, phát hiện vi phạm pháp luật và xử lý vi phạm giao "
                "thông."
            ),
            (
                "Tổng kinh phí thực hiện khoảng 1,9 tỷ đồng, chủ yếu do các doanh nghiệp, hộ kinh doanh "
                "và người dân tự nguyện đóng góp theo mô hình “Camera an ninh” do Công an tỉnh phát động. "
                "Từ khi đưa vào hoạt động thử, hệ thống đã giúp cơ quan công an làm rõ 7 vụ trộm cắp tài "
                "sản và xác định nhanh phương tiện gây tai nạn rồi bỏ chạy trên quốc lộ."
            ),
            (
                "Thời gian tới, huyện Hà Lâm đặt mục tiêu lắp thêm 80 camera tại các thôn, tổ dân phố, "
                "phấn đấu đến năm 2027 mỗi xã có ít nhất 10 điểm giám sát. Công an huyện khuyến cáo các "
                "hộ gia đình có camera riêng có thể tự nguyện chia sẻ dữ liệu để góp phần giữ gìn an ninh "
                "trật tự, đồng thời cam kết bảo vệ thông tin, quyền riêng tư của người dân theo đúng quy "
                "định pháp luật."
            ),
        ],
        "heading": None,
        "authors": "Trung Kiên",
        "source": "Công an huyện Hà Lâm",
        "days_ago": 95,
        "tags": ["an ninh trật tự", "Hà Lâm"],
        "featured": False,
        "image": None,
        "table": None,
        "topics": ["an-toan-giao-thong"],
    },
    {
        "slug": "cong-dien-cua-chu-tich-ubnd-tinh-ve-chu-dong-ung-pho-voi-dot-ret-dam-ret-hai",
        "section": "chi-dao-cua-ubnd-tinh",
        "title": "Công điện của Chủ tịch UBND tỉnh về chủ động ứng phó với đợt rét đậm, rét hại",
        "lead": (
            "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các địa phương không để người dân thiếu đói, thiếu áo "
            "ấm và bảo vệ đàn gia súc trong đợt rét sắp tới."
        ),
        "paragraphs": [
            (
                "Trước dự báo của Đài Khí tượng thủy văn tỉnh về đợt không khí lạnh tăng cường, nhiệt độ "
                "thấp nhất ở vùng núi cao có thể xuống dưới 5 °C, có nơi xuất hiện băng giá, sương muối, "
                "Chủ tịch Ủy ban nhân dân tỉnh Hòa Sơn đã ban hành Công điện số 14/CĐ-UBND gửi các sở, "
                "ngành và Ủy ban nhân dân các huyện, thị xã, thành phố về việc chủ động phòng, chống rét "
                "đậm, rét hại."
            ),
            (
                "Công điện yêu cầu Ủy ban nhân dân các huyện, nhất là Suối Ngàn, Ngọc Khê, Bình Sơn, "
                "hướng dẫn người dân che chắn chuồng trại, dự trữ thức ăn cho trâu, bò; tuyệt đối không "
                "thả rông gia súc lên núi cao trong những ngày giá rét. Các trường học chủ động cho học "
                "sinh mầm non, tiểu học nghỉ học khi nhiệt độ dưới 10 °C theo hướng dẫn của Sở Giáo dục "
                "và Đào tạo; bảo đảm chăn, đệm, nước ấm cho học sinh bán trú."
            ),
            (
                "Sở Y tế chỉ đạo các cơ sở khám bệnh, chữa bệnh sẵn sàng thuốc, trang thiết bị để cấp "
                "cứu, điều trị cho người bệnh, đặc biệt là trẻ em, người cao tuổi; tuyên truyền người dân "
                "không đốt than sưởi trong phòng kín. Sở Nông nghiệp và Môi trường hướng dẫn lịch gieo "
                "cấy vụ xuân phù hợp, không gieo mạ khi nhiệt độ dưới 15 °C. Các đơn vị báo cáo tình "
                "hình, thiệt hại (nếu có) về Văn phòng Ủy ban nhân dân tỉnh trước 16 giờ hằng ngày."
            ),
        ],
        "heading": None,
        "authors": "Văn phòng UBND tỉnh",
        "source": "Văn phòng UBND tỉnh",
        "days_ago": 2,
        "tags": ["công điện", "rét đậm rét hại", "phòng chống thiên tai"],
        "featured": False,
        "image": None,
        "table": None,
        "topics": [],
    },
    {
        "slug": "ubnd-tinh-chi-dao-day-nhanh-giai-ngan-von-dau-tu-cong-nhung-thang-cuoi-nam",
        "section": "chi-dao-cua-ubnd-tinh",
        "title": "UBND tỉnh chỉ đạo đẩy nhanh giải ngân vốn đầu tư công những tháng cuối năm",
        "lead": (
            "Các chủ đầu tư phải lập kế hoạch giải ngân chi tiết theo tuần; người đứng đầu chịu trách "
            "nhiệm nếu để dự án chậm tiến độ."
        ),
        "paragraphs": [
            (
                "Ủy ban nhân dân tỉnh vừa ban hành Văn bản số 4127/UBND-KT về việc tập trung đẩy nhanh "
                "tiến độ thực hiện và giải ngân kế hoạch vốn đầu tư công năm 2026. Theo đó, các sở, "
                "ngành, địa phương được giao làm chủ đầu tư phải xác định giải ngân vốn đầu tư công là "
                "nhiệm vụ chính trị trọng tâm, lập kế hoạch giải ngân chi tiết đến từng tuần cho từng dự "
                "án và gửi về Sở Tài chính để theo dõi."
            ),
            (
                "Ủy ban nhân dân tỉnh yêu cầu các chủ đầu tư đẩy nhanh nghiệm thu, thanh toán khối lượng "
                "hoàn thành, không để dồn vào cuối năm; khối lượng đã nghiệm thu phải làm thủ tục thanh "
                "toán ngay trong 4 ngày làm việc. Ủy ban nhân dân các huyện tập trung tháo gỡ vướng mắc "
                "bồi thường, giải phóng mặt bằng, kiên quyết bảo vệ thi công đối với các trường hợp đã "
                "được giải quyết đúng chính sách nhưng cố tình không bàn giao mặt bằng."
            ),
            (
                "Sở Tài chính được giao chủ trì, định kỳ ngày 25 hằng tháng báo cáo Ủy ban nhân dân tỉnh "
                "tiến độ giải ngân của từng chủ đầu tư; đề xuất điều chuyển vốn từ dự án chậm giải ngân "
                "sang dự án có khối lượng hoàn thành nhưng thiếu vốn. Kết quả giải ngân là một tiêu chí "
                "quan trọng để đánh giá, xếp loại mức độ hoàn thành nhiệm vụ của tập thể, cá nhân người "
                "đứng đầu trong năm."
            ),
        ],
        "heading": None,
        "authors": "Văn phòng UBND tỉnh",
        "source": "Văn phòng UBND tỉnh",
        "days_ago": 6,
        "tags": ["đầu tư công", "chỉ đạo điều hành"],
        "featured": False,
        "image": {
            "caption": "Công trình trường học đang thi công bằng nguồn vốn đầu tư công",
            "credit": "Hoàng Long",
            "alt": (
                "Tòa nhà ba tầng đang hoàn thiện phần thô, giàn giáo bao quanh, công nhân làm việc trên mái"
            ),
            "palette": "gold",
        },
        "table": None,
        "topics": [],
    },
    {
        "slug": "chi-thi-ve-tang-cuong-quan-ly-dat-dai-xu-ly-dut-diem-tinh-trang-lan-chiem-dat",
        "section": "chi-dao-cua-ubnd-tinh",
        "title": "Chỉ thị về tăng cường quản lý đất đai, xử lý dứt điểm tình trạng lấn chiếm đất công",
        "lead": (
            "Chỉ thị số 08/CT-UBND yêu cầu hoàn thành rà soát toàn bộ quỹ đất công do Ủy ban nhân dân cấp "
            "xã quản lý trong quý I năm sau."
        ),
        "paragraphs": [
            (
                "Chủ tịch Ủy ban nhân dân tỉnh vừa ký ban hành Chỉ thị số 08/CT-UBND về tăng cường công "
                "tác quản lý nhà nước về đất đai trên địa bàn tỉnh. Chỉ thị nêu rõ, thời gian qua công "
                "tác quản lý đất đai đã có chuyển biến tích cực, song tình trạng lấn chiếm, sử dụng đất "
                "công sai mục đích, xây dựng công trình trái phép trên đất nông nghiệp vẫn diễn ra tại "
                "một số địa phương, nhất là ven đô thị và dọc các tuyến đường mới mở."
            ),
            (
                "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Ủy ban nhân dân cấp huyện chỉ đạo cấp xã rà soát, "
                "lập danh mục toàn bộ quỹ đất công ích và đất công chưa sử dụng; công khai tại trụ sở Ủy "
                "ban nhân dân xã và nhà văn hóa thôn để người dân giám sát. Các trường hợp vi phạm phát "
                "sinh mới phải được phát hiện, ngăn chặn và xử lý ngay từ đầu; Chủ tịch Ủy ban nhân dân "
                "cấp xã để xảy ra vi phạm mà không xử lý kịp thời sẽ bị xem xét trách nhiệm."
            ),
            (
                "Sở Nông nghiệp và Môi trường chủ trì hướng dẫn việc cập nhật, chỉnh lý cơ sở dữ liệu đất "
                "đai, bảo đảm thông tin thống nhất giữa hồ sơ giấy và dữ liệu số. Thanh tra tỉnh đưa nội "
                "dung quản lý, sử dụng đất đai vào kế hoạch thanh tra năm sau. Các cơ quan báo chí tăng "
                "cường tuyên truyền Luật Đất đai năm 2024 và các văn bản hướng dẫn để người dân, doanh "
                "nghiệp hiểu và chấp hành."
            ),
        ],
        "heading": None,
        "authors": "Văn phòng UBND tỉnh",
        "source": "Văn phòng UBND tỉnh",
        "days_ago": 19,
        "tags": ["đất đai", "chỉ thị"],
        "featured": False,
        "image": {
            "caption": "Cán bộ địa chính đo đạc, rà soát hiện trạng sử dụng đất",
            "credit": "Hải Yến",
            "alt": "Hai cán bộ dùng máy đo đạc đặt trên chân ba chân giữa khu đất trống cạnh khu dân cư",
            "palette": "green",
        },
        "table": None,
        "topics": [],
    },
    {
        "slug": "thong-bao-ket-luan-cua-chu-tich-ubnd-tinh-ve-giai-quyet-kien-nghi-cua-doanh",
        "section": "chi-dao-cua-ubnd-tinh",
        "title": "Thông báo kết luận của Chủ tịch UBND tỉnh về giải quyết kiến nghị của doanh nghiệp quý III",
        "lead": (
            "Trong 26 kiến nghị được nêu tại hội nghị đối thoại, 19 kiến nghị đã được giải quyết, 7 kiến "
            "nghị được giao thời hạn xử lý cụ thể."
        ),
        "paragraphs": [
            (
                "Văn phòng Ủy ban nhân dân tỉnh vừa ban hành Thông báo số 215/TB-UBND truyền đạt kết luận "
                "của Chủ tịch Ủy ban nhân dân tỉnh tại hội nghị đối thoại với doanh nghiệp quý III. Tại "
                "hội nghị, các doanh nghiệp và hiệp hội đã nêu 26 kiến nghị, tập trung vào thủ tục đất "
                "đai, phòng cháy chữa cháy, hoàn thuế giá trị gia tăng và tiếp cận vốn vay ưu đãi."
            ),
            (
                "Theo kết luận, đối với kiến nghị về thời gian thẩm duyệt thiết kế phòng cháy chữa cháy, "
                "Công an tỉnh được giao rút ngắn thời gian giải quyết xuống còn 8 ngày làm việc, tiếp "
                "nhận hồ sơ qua dịch vụ công trực tuyến. Đối với vướng mắc về xác định giá đất cụ thể để "
                "tính tiền thuê đất, Sở Nông nghiệp và Môi trường phối hợp Sở Tài chính hoàn thành thẩm "
                "định trước ngày 15 của tháng tiếp theo đối với 11 dự án đang chờ."
            ),
            (
                "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở, ngành trả lời bằng văn bản cho doanh "
                "nghiệp và công khai kết quả trên Cổng Thông tin điện tử tỉnh. Những kiến nghị vượt thẩm "
                "quyền, Sở Tài chính tổng hợp để Ủy ban nhân dân tỉnh kiến nghị các bộ, ngành Trung ương. "
                "Việc trả lời chậm, né tránh trách nhiệm sẽ bị phê bình và đưa vào đánh giá chỉ số năng "
                "lực cạnh tranh cấp sở, ngành."
            ),
        ],
        "heading": None,
        "authors": "Văn phòng UBND tỉnh",
        "source": "Văn phòng UBND tỉnh",
        "days_ago": 47,
        "tags": ["doanh nghiệp", "đối thoại", "thông báo kết luận"],
        "featured": False,
        "image": None,
        "table": None,
        "topics": [],
    },
    {
        "slug": "ubnd-tinh-ban-hanh-ke-hoach-cao-diem-phong-chong-chay-rung-mua-kho",
        "section": "chi-dao-cua-ubnd-tinh",
        "title": "UBND tỉnh ban hành kế hoạch cao điểm phòng, chống cháy rừng mùa khô",
        "lead": (
            "Kế hoạch xác định 42 xã có nguy cơ cháy rừng cao, yêu cầu trực 24/24 giờ trong các tháng cao "
            "điểm."
        ),
        "paragraphs": [
            (
                "Ủy ban nhân dân tỉnh Hòa Sơn vừa ban hành Kế hoạch số 96/KH-UBND về phòng cháy, chữa "
                "cháy rừng mùa khô. Theo kế hoạch, toàn tỉnh có 42 xã thuộc 6 huyện, thị xã được xác định "
                "là vùng trọng điểm có nguy cơ cháy rừng cao, chủ yếu là rừng thông, rừng keo và rừng "
                "trồng giáp khu dân cư. Thời kỳ cao điểm kéo dài từ tháng 4 đến hết tháng 7."
            ),
            (
                "Các chủ rừng phải xây dựng phương án phòng cháy, chữa cháy rừng theo phương châm bốn tại "
                "chỗ; phát dọn thực bì, làm đường băng cản lửa trước mùa khô. Hạt Kiểm lâm các huyện tổ "
                "chức trực 24/24 giờ, theo dõi cấp dự báo cháy rừng hằng ngày và thông báo trên hệ thống "
                "truyền thanh cơ sở. Người dân không được đốt nương, đốt thực bì trong những ngày có cấp "
                "dự báo cháy rừng từ cấp IV trở lên."
            ),
            (
                "Ủy ban nhân dân tỉnh giao Sở Nông nghiệp và Môi trường vận hành phần mềm cảnh báo sớm "
                "cháy rừng dựa trên ảnh vệ tinh, gửi cảnh báo điểm nóng đến kiểm lâm địa bàn trong vòng "
                "30 phút. Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh sẵn sàng lực lượng, phương tiện hỗ trợ "
                "chữa cháy khi có yêu cầu. Mọi vụ cháy rừng phải được điều tra, làm rõ nguyên nhân và xử "
                "lý nghiêm người vi phạm."
            ),
        ],
        "heading": None,
        "authors": "Văn phòng UBND tỉnh",
        "source": "Sở Nông nghiệp và Môi trường",
        "days_ago": 130,
        "tags": ["cháy rừng", "lâm nghiệp"],
        "featured": False,
        "image": {
            "caption": "Lực lượng kiểm lâm tập huấn chữa cháy rừng",
            "credit": "Văn Dũng",
            "alt": "Các kiểm lâm viên mặc đồng phục xanh dùng bình phun nước dập lửa ở bìa rừng thông",
            "palette": "red",
        },
        "table": None,
        "topics": [],
    },
    {
        "slug": "lich-cong-tac-tuan-cua-chu-tich-va-cac-pho-chu-tich-ubnd-tinh-tuan-48",
        "section": "lich-cong-tac",
        "title": "Lịch công tác tuần của Chủ tịch và các Phó Chủ tịch UBND tỉnh (tuần 48)",
        "lead": (
            "Trong tuần, lãnh đạo Ủy ban nhân dân tỉnh dự kỳ họp thứ 28 Hội đồng nhân dân tỉnh, làm việc "
            "với các bộ, ngành Trung ương và kiểm tra các công trình trọng điểm."
        ),
        "paragraphs": [
            (
                "Thứ Hai: Buổi sáng, Chủ tịch Ủy ban nhân dân tỉnh Nguyễn Hữu Khang chủ trì giao ban lãnh "
                "đạo Ủy ban nhân dân tỉnh tại phòng họp số 1; buổi chiều làm việc với Sở Tài chính về dự "
                "toán ngân sách năm sau. Phó Chủ tịch Thường trực Đỗ Thị Minh Nguyệt làm việc với Cục "
                "Thuế tỉnh và Kho bạc Nhà nước khu vực về các giải pháp tăng thu ngân sách những tháng "
                "cuối năm. Phó Chủ tịch Hoàng Văn Tiến kiểm tra công tác khắc phục hậu quả mưa lũ tại "
                "huyện Suối Ngàn."
            ),
            (
                "Thứ Ba và thứ Tư: Chủ tịch và các Phó Chủ tịch Ủy ban nhân dân tỉnh dự kỳ họp thứ 28 Hội "
                "đồng nhân dân tỉnh khóa XVIII tại Hội trường Trung tâm Hội nghị tỉnh; tham gia giải "
                "trình, trả lời chất vấn của đại biểu về các vấn đề thuộc lĩnh vực phụ trách. Phó Chủ "
                "tịch Lương Đức Hiếu trả lời chất vấn về thiếu giáo viên và cơ sở vật chất trường học tại "
                "các huyện miền núi."
            ),
            (
                "Thứ Năm: Chủ tịch Ủy ban nhân dân tỉnh đi công tác tại Hà Nội, làm việc với Bộ Tài chính "
                "về kế hoạch đầu tư công trung hạn giai đoạn 2026–2030. Phó Chủ tịch Thường trực chủ trì "
                "họp Ban Chỉ đạo giải phóng mặt bằng các dự án trọng điểm. Phó Chủ tịch Lương Đức Hiếu dự "
                "lễ bế mạc Hội thi giáo viên dạy giỏi cấp tỉnh tại Trường Đại học Hòa Sơn."
            ),
            (
                "Thứ Sáu: Buổi sáng, Chủ tịch Ủy ban nhân dân tỉnh tiếp công dân định kỳ tại Trụ sở Tiếp "
                "công dân tỉnh. Buổi chiều, Ủy ban nhân dân tỉnh họp thường kỳ tháng 11 để cho ý kiến vào "
                "các đề án, tờ trình trình Hội đồng nhân dân tỉnh kỳ họp cuối năm. Lịch công tác có thể "
                "thay đổi theo yêu cầu nhiệm vụ; Văn phòng Ủy ban nhân dân tỉnh sẽ thông báo cập nhật "
                "trên Cổng Thông tin điện tử tỉnh."
            ),
        ],
        "heading": None,
        "authors": "Văn phòng UBND tỉnh",
        "source": "Văn phòng UBND tỉnh",
        "days_ago": 0,
        "tags": ["lịch công tác"],
        "featured": False,
        "image": None,
        "table": None,
        "topics": [],
    },
    {
        "slug": "lich-cong-tac-tuan-cua-chu-tich-va-cac-pho-chu-tich-ubnd-tinh-tuan-47",
        "section": "lich-cong-tac",
        "title": "Lịch công tác tuần của Chủ tịch và các Phó Chủ tịch UBND tỉnh (tuần 47)",
        "lead": (
            "Lãnh đạo Ủy ban nhân dân tỉnh tập trung chỉ đạo khắc phục hậu quả mưa lũ, tiếp đoàn nhà đầu "
            "tư Nhật Bản và dự lễ khánh thành cầu Bến Ngự."
        ),
        "paragraphs": [
            (
                "Thứ Hai: Chủ tịch Ủy ban nhân dân tỉnh chủ trì giao ban lãnh đạo Ủy ban nhân dân tỉnh; "
                "sau đó họp Ban Chỉ huy Phòng thủ dân sự tỉnh về tình hình mưa lũ và phương án di dời dân "
                "ra khỏi vùng nguy hiểm. Phó Chủ tịch Thường trực làm việc với Cục Thuế tỉnh về tiến độ "
                "thu ngân sách. Phó Chủ tịch Hoàng Văn Tiến trực tiếp chỉ đạo công tác ứng phó lũ tại "
                "huyện Ngọc Khê."
            ),
            (
                "Thứ Ba: Chủ tịch Ủy ban nhân dân tỉnh tiếp đoàn Tổ chức Xúc tiến Thương mại Nhật Bản tại "
                "Hà Nội đến tìm hiểu môi trường đầu tư của tỉnh. Phó Chủ tịch Lương Đức Hiếu chủ trì hội "
                "nghị sơ kết công tác y tế dự phòng, tiêm chủng mở rộng. Thứ Tư: Phó Chủ tịch Thường trực "
                "dự và chỉ đạo hội nghị đánh giá chỉ số năng lực cạnh tranh cấp sở, ngành, địa phương."
            ),
            (
                "Thứ Năm: Chủ tịch Ủy ban nhân dân tỉnh dự lễ khánh thành cầu Bến Ngự tại huyện Tân Lập; "
                "buổi chiều kiểm tra dự án đường tỉnh 279. Phó Chủ tịch Hoàng Văn Tiến làm việc với huyện "
                "Bình Sơn về kết quả xây dựng nông thôn mới. Thứ Sáu: Các đồng chí lãnh đạo Ủy ban nhân "
                "dân tỉnh làm việc tại cơ quan, xử lý văn bản, hồ sơ công việc trên hệ thống quản lý văn "
                "bản và điều hành."
            ),
        ],
        "heading": None,
        "authors": "Văn phòng UBND tỉnh",
        "source": "Văn phòng UBND tỉnh",
        "days_ago": 7,
        "tags": ["lịch công tác"],
        "featured": False,
        "image": None,
        "table": None,
        "topics": [],
    },
    {
        "slug": "lich-cong-tac-tuan-cua-chu-tich-va-cac-pho-chu-tich-ubnd-tinh-tuan-46",
        "section": "lich-cong-tac",
        "title": "Lịch công tác tuần của Chủ tịch và các Phó Chủ tịch UBND tỉnh (tuần 46)",
        "lead": (
            "Trong tuần, lãnh đạo tỉnh dự Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư, đối thoại với "
            "nông dân và kiểm tra tiến độ các khu tái định cư."
        ),
        "paragraphs": [
            (
                "Thứ Hai: Chủ tịch Ủy ban nhân dân tỉnh chủ trì giao ban lãnh đạo Ủy ban nhân dân tỉnh, "
                "nghe báo cáo tiến độ chuẩn bị kỳ họp cuối năm của Hội đồng nhân dân tỉnh. Phó Chủ tịch "
                "Thường trực làm việc với Ban Quản lý các khu công nghiệp tỉnh về thu hút đầu tư vào khu "
                "công nghiệp Thạch Lâm mở rộng. Phó Chủ tịch Lương Đức Hiếu dự hội nghị tổng kết phong "
                "trào thi đua của ngành giáo dục."
            ),
            (
                "Thứ Ba: Phó Chủ tịch Hoàng Văn Tiến chủ trì hội nghị đối thoại giữa Chủ tịch Ủy ban nhân "
                "dân tỉnh với nông dân năm 2026 do Hội Nông dân tỉnh phối hợp tổ chức, tập trung vào liên "
                "kết tiêu thụ nông sản, vốn vay và chuyển đổi cơ cấu cây trồng. Thứ Tư: Chủ tịch Ủy ban "
                "nhân dân tỉnh kiểm tra khu tái định cư Bình Thượng, huyện Bình Sơn, và khu tái định cư "
                "hồ chứa nước Nậm Khao."
            ),
            (
                "Thứ Năm và thứ Sáu: Các đồng chí lãnh đạo Ủy ban nhân dân tỉnh dự Ngày hội Đại đoàn kết "
                "toàn dân tộc tại các khu dân cư được phân công theo dõi. Chủ tịch Ủy ban nhân dân tỉnh "
                "dự tại thôn Đông Thịnh, xã Tân Hòa, huyện Tân Lập; Phó Chủ tịch Thường trực dự tại tổ "
                "dân phố số 5, phường Thạch Trung; Phó Chủ tịch Hoàng Văn Tiến dự tại bản Nà Pục, huyện "
                "Ngọc Khê; Phó Chủ tịch Lương Đức Hiếu dự tại thôn Phú Xuân, huyện Đồng Phú."
            ),
        ],
        "heading": None,
        "authors": "Văn phòng UBND tỉnh",
        "source": "Văn phòng UBND tỉnh",
        "days_ago": 14,
        "tags": ["lịch công tác"],
        "featured": False,
        "image": None,
        "table": None,
        "topics": [],
    },
    {
        "slug": "trung-tam-phuc-vu-hanh-chinh-cong-tinh-tiep-nhan-hon-96-000-ho-so-trong-10-thang",
        "section": "thu-tuc-hanh-chinh",
        "title": "Trung tâm Phục vụ hành chính công tỉnh tiếp nhận hơn 96.000 hồ sơ trong 10 tháng",
        "lead": (
            "Tỷ lệ hồ sơ giải quyết đúng và trước hạn đạt 98,7%; tỷ lệ hồ sơ nộp trực tuyến chiếm 71,4% "
            "tổng số hồ sơ tiếp nhận."
        ),
        "paragraphs": [
            (
                "Theo báo cáo của Trung tâm Phục vụ hành chính công tỉnh, từ đầu năm đến hết tháng 10, "
                "Trung tâm đã tiếp nhận 96.412 hồ sơ thủ tục hành chính thuộc thẩm quyền giải quyết của "
                "các sở, ngành, tăng 18% so với cùng kỳ. Trong đó có 68.840 hồ sơ nộp qua dịch vụ công "
                "trực tuyến, chiếm 71,4%; số còn lại nộp trực tiếp hoặc qua dịch vụ bưu chính công ích. "
                "Đã giải quyết 94.150 hồ sơ, tỷ lệ đúng và trước hạn đạt 98,7%."
            ),
            (
                "Các lĩnh vực có số lượng hồ sơ lớn nhất là đất đai, tư pháp – hộ tịch, giao thông vận "
                "tải, đăng ký doanh nghiệp và y tế. Đáng chú ý, 100% hồ sơ cấp, đổi giấy phép lái xe và "
                "đăng ký thành lập doanh nghiệp đã được thực hiện trực tuyến toàn trình. Người dân chỉ "
                "cần đăng nhập bằng tài khoản định danh điện tử VNeID, điền tờ khai, thanh toán phí, lệ "
                "phí trực tuyến và nhận kết quả tại nhà qua bưu điện."
            ),
            (
                "Tuy vậy, vẫn còn 1.228 hồ sơ giải quyết quá hạn, tập trung ở lĩnh vực đất đai và xây "
                "dựng. Trung tâm đã gửi 1.228 thư xin lỗi đến người dân, tổ chức theo quy định và đề nghị "
                "các cơ quan liên quan làm rõ nguyên nhân. Trong thời gian tới, Trung tâm tiếp tục tăng "
                "cường số hóa hồ sơ, kết quả giải quyết thủ tục hành chính để người dân không phải nộp "
                "lại giấy tờ đã được cơ quan nhà nước cấp."
            ),
        ],
        "heading": None,
        "authors": "Thu Trang",
        "source": "Trung tâm Phục vụ hành chính công tỉnh",
        "days_ago": 5,
        "tags": ["thủ tục hành chính", "một cửa", "dịch vụ công trực tuyến"],
        "featured": False,
        "image": {
            "caption": "Người dân nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh",
            "credit": "Thu Trang",
            "alt": (
                "Sảnh rộng với dãy quầy tiếp nhận đánh số, người dân ngồi ghế chờ và màn hình hiển thị số "
                "thứ tự"
            ),
            "palette": "teal",
        },
        "table": {
            "caption": (
                "Kết quả tiếp nhận, giải quyết hồ sơ 10 tháng tại Trung tâm Phục vụ hành chính công tỉnh"
            ),
            "header": ["Lĩnh vực", "Hồ sơ tiếp nhận", "Nộp trực tuyến (%)", "Đúng và trước hạn (%)"],
            "rows": [
                ["Đất đai", "21.350", "58,2", "95,1"],
                ["Tư pháp – hộ tịch", "18.640", "82,7", "99,6"],
                ["Giao thông vận tải", "16.920", "96,4", "99,9"],
                ["Đăng ký doanh nghiệp", "7.480", "100", "100"],
                ["Xây dựng", "4.215", "64,9", "96,3"],
                ["Các lĩnh vực khác", "27.807", "64,5", "99,2"],
            ],
        },
        "topics": ["chuyen-doi-so"],
    },
    {
        "slug": "cong-bo-danh-muc-87-thu-tuc-hanh-chinh-duoc-cat-giam-thoi-gian-giai-quyet",
        "section": "thu-tuc-hanh-chinh",
        "title": "Công bố danh mục 87 thủ tục hành chính được cắt giảm thời gian giải quyết",
        "lead": (
            "Thời gian giải quyết bình quân được rút ngắn 32% so với quy định, trong đó nhiều thủ tục về "
            "đất đai giảm từ 10 xuống 5 ngày làm việc."
        ),
        "paragraphs": [
            (
                "Chủ tịch Ủy ban nhân dân tỉnh vừa ký quyết định công bố danh mục 87 thủ tục hành chính "
                "thuộc thẩm quyền giải quyết của các sở, ngành và Ủy ban nhân dân cấp huyện được cắt giảm "
                "thời gian giải quyết so với quy định của Trung ương. Thời gian giải quyết bình quân giảm "
                "32%, giúp người dân, doanh nghiệp tiết kiệm hàng chục nghìn ngày công đi lại mỗi năm."
            ),
            (
                "Nhiều thủ tục có số lượng hồ sơ lớn được cắt giảm mạnh như đăng ký biến động quyền sử "
                "dụng đất do chuyển nhượng, tặng cho giảm từ 10 xuống 5 ngày làm việc; cấp giấy phép xây "
                "dựng nhà ở riêng lẻ giảm từ 15 xuống 8 ngày; cấp giấy chứng nhận đủ điều kiện an toàn "
                "thực phẩm giảm từ 20 xuống 12 ngày. Danh mục thủ tục và thời gian mới được niêm yết công "
                "khai tại bộ phận một cửa các cấp."
            ),
            (
                "Sở Tư pháp và Văn phòng Ủy ban nhân dân tỉnh được giao cập nhật ngay quy trình nội bộ, "
                "quy trình điện tử trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh. Người dân "
                "có thể tra cứu thời gian giải quyết từng thủ tục, tải mẫu đơn, tờ khai và theo dõi tình "
                "trạng hồ sơ trên Cổng Dịch vụ công tỉnh bằng mã hồ sơ in trên phiếu hẹn."
            ),
        ],
        "heading": None,
        "authors": "Ngọc Ánh",
        "source": "Văn phòng UBND tỉnh",
        "days_ago": 13,
        "tags": ["thủ tục hành chính", "cải cách hành chính", "đất đai"],
        "featured": False,
        "image": None,
        "table": None,
        "topics": [],
    },
    {
        "slug": "huong-dan-nguoi-dan-thuc-hien-thu-tuc-lien-thong-dang-ky-khai-sinh-dang-ky",
        "section": "thu-tuc-hanh-chinh",
        "title": (
            "Hướng dẫn người dân thực hiện thủ tục liên thông đăng ký khai sinh, đăng ký thường trú, cấp "
            "thẻ bảo hiểm y tế"
        ),
        "lead": (
            "Cha mẹ chỉ cần nộp một bộ hồ sơ trực tuyến để nhận đồng thời giấy khai sinh, đăng ký thường "
            "trú và thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi."
        ),
        "paragraphs": [
            (
                "Nhóm thủ tục hành chính liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo "
                "hiểm y tế cho trẻ dưới 6 tuổi là một trong hai nhóm thủ tục liên thông được triển khai "
                "trên toàn quốc theo Nghị định số 63/2024/NĐ-CP. Tại Hòa Sơn, từ đầu năm đến nay đã có "
                "9.840 hồ sơ được giải quyết theo hình thức này, chiếm gần 80% số trẻ em đăng ký khai "
                "sinh trong kỳ."
            ),
            (
                "Để thực hiện, người dân đăng nhập Cổng Dịch vụ công quốc gia hoặc ứng dụng VNeID bằng "
                "tài khoản định danh điện tử mức độ 2, chọn nhóm thủ tục liên thông, điền thông tin theo "
                "mẫu và đính kèm bản chụp giấy chứng sinh. Trường hợp cha mẹ đã đăng ký kết hôn, hệ thống "
                "tự động khai thác dữ liệu hộ tịch điện tử nên không cần nộp giấy chứng nhận kết hôn. Kết "
                "quả được trả về bản điện tử và gửi bản giấy qua bưu chính."
            ),
            (
                "Sở Tư pháp khuyến cáo người dân kiểm tra kỹ thông tin họ tên, ngày sinh, quê quán của "
                "trẻ trước khi gửi hồ sơ để tránh phải làm thủ tục cải chính sau này. Nếu gặp khó khăn, "
                "người dân có thể đến bộ phận một cửa cấp xã để được công chức tư pháp – hộ tịch hoặc "
                "đoàn viên thanh niên trong tổ công nghệ số cộng đồng hướng dẫn, hỗ trợ nộp hồ sơ miễn "
                "phí."
            ),
        ],
        "heading": None,
        "authors": "Khánh Linh",
        "source": "Sở Tư pháp",
        "days_ago": 38,
        "tags": ["thủ tục liên thông", "hộ tịch", "dịch vụ công trực tuyến"],
        "featured": False,
        "image": {
            "caption": "Cán bộ tư pháp hướng dẫn người dân đăng ký khai sinh trực tuyến",
            "credit": "Khánh Linh",
            "alt": "Cán bộ xã cầm điện thoại hướng dẫn một người mẹ trẻ bế con nhỏ thao tác trên ứng dụng",
            "palette": "purple",
        },
        "table": None,
        "topics": ["chuyen-doi-so"],
    },
    {
        "slug": "hoa-son-thi-diem-tiep-nhan-ho-so-thu-tuc-hanh-chinh-khong-phu-thuoc-dia-gioi",
        "section": "thu-tuc-hanh-chinh",
        "title": "Hòa Sơn thí điểm tiếp nhận hồ sơ thủ tục hành chính không phụ thuộc địa giới hành chính",
        "lead": (
            "Từ tháng này, người dân có thể nộp hồ sơ 46 thủ tục về đất đai, hộ tịch, chứng thực tại bất "
            "kỳ bộ phận một cửa nào trong tỉnh."
        ),
        "paragraphs": [
            (
                "Ủy ban nhân dân tỉnh Hòa Sơn quyết định thí điểm tiếp nhận, trả kết quả giải quyết thủ "
                "tục hành chính không phụ thuộc vào địa giới hành chính đối với 46 thủ tục thuộc các lĩnh "
                "vực đất đai, hộ tịch, chứng thực, lao động và bảo trợ xã hội. Theo đó, một người dân ở "
                "huyện Suối Ngàn đang làm việc tại thành phố Hòa Sơn có thể nộp hồ sơ đăng ký biến động "
                "đất đai ngay tại Bộ phận một cửa thành phố thay vì phải về quê."
            ),
            (
                "Bộ phận một cửa nơi tiếp nhận có trách nhiệm kiểm tra, số hóa hồ sơ và chuyển điện tử "
                "đến cơ quan có thẩm quyền giải quyết; hồ sơ giấy được chuyển qua bưu chính công ích "
                "trong ngày làm việc tiếp theo. Người dân có thể chọn nhận kết quả tại nơi đã nộp hoặc "
                "tại nhà. Mọi chi phí chuyển phát giữa các cơ quan do ngân sách nhà nước bảo đảm."
            ),
            (
                "Việc thí điểm được thực hiện trong 6 tháng tại thành phố Hòa Sơn, thị xã Thạch Lâm và "
                "huyện Đồng Phú, sau đó đánh giá để nhân rộng. Sở Khoa học và Công nghệ được giao hoàn "
                "thiện chức năng luân chuyển hồ sơ liên cấp, liên vùng trên Hệ thống thông tin giải quyết "
                "thủ tục hành chính tỉnh, bảo đảm đồng bộ trạng thái hồ sơ với Cổng Dịch vụ công quốc gia."
            ),
        ],
        "heading": None,
        "authors": "Thu Trang",
        "source": "Văn phòng UBND tỉnh",
        "days_ago": 64,
        "tags": ["thủ tục hành chính", "một cửa", "đất đai"],
        "featured": False,
        "image": {
            "caption": "Bộ phận một cửa thành phố Hòa Sơn",
            "credit": "Phương Linh",
            "alt": (
                "Quầy tiếp nhận hồ sơ với biển chỉ dẫn các lĩnh vực, công chức đang số hóa giấy tờ bằng "
                "máy quét"
            ),
            "palette": "blue",
        },
        "table": None,
        "topics": [],
    },
    {
        "slug": "ket-qua-ra-soat-don-gian-hoa-thu-tuc-hanh-chinh-noi-bo-nam-2026",
        "section": "thu-tuc-hanh-chinh",
        "title": "Kết quả rà soát, đơn giản hóa thủ tục hành chính nội bộ năm 2026",
        "lead": (
            "Tỉnh đã đơn giản hóa 54 thủ tục hành chính nội bộ giữa các cơ quan nhà nước, bãi bỏ 12 thủ "
            "tục không còn cần thiết."
        ),
        "paragraphs": [
            (
                "Thực hiện Kế hoạch rà soát, đơn giản hóa thủ tục hành chính nội bộ trong hệ thống hành "
                "chính nhà nước, Văn phòng Ủy ban nhân dân tỉnh đã chủ trì cùng các sở, ngành rà soát 168 "
                "thủ tục nội bộ thuộc phạm vi quản lý của tỉnh. Qua rà soát, Ủy ban nhân dân tỉnh quyết "
                "định đơn giản hóa 54 thủ tục, bãi bỏ 12 thủ tục do trùng lặp hoặc không còn phù hợp với "
                "thực tiễn."
            ),
            (
                "Các nội dung được đơn giản hóa chủ yếu là giảm thành phần hồ sơ, chuyển sang thực hiện "
                "hoàn toàn trên môi trường điện tử và rút ngắn thời gian xử lý. Chẳng hạn, thủ tục thẩm "
                "định đề cương, nhiệm vụ dự toán chi thường xuyên của các sở được rút từ 20 xuống 12 "
                "ngày; thủ tục cử cán bộ đi công tác nước ngoài được thực hiện hoàn toàn qua hệ thống "
                "quản lý văn bản, không yêu cầu bản giấy."
            ),
            (
                "Ước tính các phương án đơn giản hóa giúp tiết kiệm khoảng 4,8 tỷ đồng chi phí tuân thủ "
                "mỗi năm. Ủy ban nhân dân tỉnh yêu cầu các cơ quan tiếp tục rà soát thường xuyên, kịp "
                "thời kiến nghị bãi bỏ những thủ tục gây phiền hà, đồng thời công khai thủ tục hành chính "
                "nội bộ trên Cổng Thông tin điện tử tỉnh để cán bộ, công chức dễ tra cứu và thực hiện "
                "thống nhất."
            ),
        ],
        "heading": None,
        "authors": "Văn phòng UBND tỉnh",
        "source": "Văn phòng UBND tỉnh",
        "days_ago": 150,
        "tags": ["thủ tục hành chính", "cải cách hành chính"],
        "featured": False,
        "image": None,
        "table": None,
        "topics": [],
    },
    {
        "slug": "hoa-son-lot-nhom-15-dia-phuong-dan-dau-ve-cung-cap-dich-vu-cong-truc-tuyen",
        "section": "chinh-quyen-so",
        "title": "Hòa Sơn lọt nhóm 15 địa phương dẫn đầu về cung cấp dịch vụ công trực tuyến",
        "lead": (
            "Bộ chỉ số phục vụ người dân, doanh nghiệp của tỉnh đạt 86,9 điểm, tăng 11 bậc so với năm trước."
        ),
        "paragraphs": [
            (
                "Theo kết quả đánh giá Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người "
                "dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực "
                "trên môi trường điện tử do Văn phòng Chính phủ công bố, tỉnh Hòa Sơn đạt 86,9 điểm, xếp "
                "thứ 14 trên 34 tỉnh, thành phố, tăng 11 bậc so với năm trước và lần đầu tiên vào nhóm "
                "địa phương xếp loại tốt."
            ),
            (
                "Trong các nhóm chỉ số thành phần, Hòa Sơn đạt điểm cao ở công khai, minh bạch thông tin, "
                "tiến độ giải quyết hồ sơ và mức độ số hóa hồ sơ, kết quả. Tỷ lệ hồ sơ được cấp kết quả "
                "điện tử đạt 96,2%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 62,5%. Tuy "
                "nhiên, chỉ số thanh toán trực tuyến phí, lệ phí mới đạt 48%, thấp hơn mức trung bình "
                "chung của cả nước."
            ),
            (
                "Giám đốc Sở Khoa học và Công nghệ Cao Thị Hồng Nhung cho biết, kết quả trên có được nhờ "
                "tỉnh đã tái cấu trúc quy trình, cắt giảm giấy tờ và tổ chức các tổ công nghệ số cộng "
                "đồng đến tận thôn, bản để hướng dẫn người dân. Năm tới, tỉnh đặt mục tiêu 80% hồ sơ "
                "thanh toán trực tuyến và 100% thủ tục đủ điều kiện được cung cấp dịch vụ công trực tuyến "
                "toàn trình."
            ),
            (
                "Để đạt mục tiêu này, Ủy ban nhân dân tỉnh giao các sở, ngành rà soát, đề xuất bổ sung "
                "danh mục dịch vụ công trực tuyến toàn trình; tích hợp thêm các kênh thanh toán qua ngân "
                "hàng và ví điện tử; đồng thời đưa kết quả thực hiện dịch vụ công trực tuyến vào tiêu chí "
                "đánh giá, xếp loại cán bộ, công chức cuối năm."
            ),
        ],
        "heading": "Mục tiêu 80% hồ sơ thanh toán trực tuyến",
        "authors": "Quốc Việt",
        "source": "Sở Khoa học và Công nghệ",
        "days_ago": 3,
        "tags": ["dịch vụ công trực tuyến", "chuyển đổi số", "chỉ số"],
        "featured": True,
        "image": {
            "caption": "Người dân tra cứu dịch vụ công trực tuyến tại điểm hỗ trợ",
            "credit": "Quốc Việt",
            "alt": (
                "Một thanh niên ngồi trước máy tính màn hình lớn đặt tại khu vực hướng dẫn dịch vụ công, "
                "có biển chỉ dẫn mã QR"
            ),
            "palette": "blue",
        },
        "table": None,
        "topics": ["chuyen-doi-so"],
    },
    {
        "slug": "ra-mat-ung-dung-hoa-son-s-phan-anh-hien-truong-tra-cuu-ho-so-tren-dien-thoai",
        "section": "chinh-quyen-so",
        "title": "Ra mắt ứng dụng Hòa Sơn S: phản ánh hiện trường, tra cứu hồ sơ trên điện thoại",
        "lead": (
            "Ứng dụng tích hợp 12 tiện ích, cho phép người dân gửi phản ánh kèm hình ảnh và định vị, nhận "
            "phản hồi của cơ quan chức năng trong 5 ngày làm việc."
        ),
        "paragraphs": [
            (
                "Sở Khoa học và Công nghệ tỉnh Hòa Sơn vừa chính thức đưa vào vận hành ứng dụng di động "
                "Hòa Sơn S trên hai nền tảng Android và iOS. Ứng dụng được phát triển trên nền tảng của "
                "Trung tâm giám sát, điều hành thông minh tỉnh, tích hợp 12 tiện ích như phản ánh hiện "
                "trường, tra cứu hồ sơ thủ tục hành chính, tra cứu quy hoạch, thông tin du lịch, giá nông "
                "sản và cảnh báo thiên tai."
            ),
            (
                "Với tính năng phản ánh hiện trường, người dân có thể chụp ảnh, quay video các vấn đề như "
                "đường hỏng, rác thải, lấn chiếm vỉa hè, ô nhiễm môi trường, kèm vị trí tự động từ điện "
                "thoại rồi gửi đi. Phản ánh được chuyển ngay đến cơ quan có thẩm quyền; thời hạn xử lý "
                "tối đa 5 ngày làm việc, kết quả được thông báo lại cho người gửi và công khai trên ứng "
                "dụng để mọi người cùng theo dõi."
            ),
            (
                "Sau hai tuần chạy thử, ứng dụng đã có hơn 38.000 lượt tải, tiếp nhận 642 phản ánh, trong "
                "đó 87% đã được xử lý xong. Sở Khoa học và Công nghệ cam kết dữ liệu cá nhân của người "
                "dùng được bảo vệ theo quy định; người dân có thể lựa chọn ẩn danh khi gửi phản ánh, và "
                "có thể xem, sửa hoặc xóa thông tin tài khoản của mình bất cứ lúc nào."
            ),
        ],
        "heading": None,
        "authors": "Hà Phương",
        "source": "Sở Khoa học và Công nghệ",
        "days_ago": 17,
        "tags": ["ứng dụng di động", "phản ánh hiện trường", "chuyển đổi số"],
        "featured": False,
        "image": {
            "caption": "Giao diện ứng dụng Hòa Sơn S trên điện thoại",
            "credit": "Hà Phương",
            "alt": (
                "Bàn tay cầm điện thoại thông minh hiển thị màn hình chính của ứng dụng với các biểu "
                "tượng tiện ích"
            ),
            "palette": "purple",
        },
        "table": None,
        "topics": ["chuyen-doi-so"],
    },
    {
        "slug": "hoan-thanh-so-hoa-1-2-trieu-trang-ho-so-dia-chinh-xay-dung-co-so-du-lieu-dat-dai",
        "section": "chinh-quyen-so",
        "title": "Hoàn thành số hóa 1,2 triệu trang hồ sơ địa chính, xây dựng cơ sở dữ liệu đất đai",
        "lead": (
            "Cơ sở dữ liệu đất đai đã được vận hành tại 5/8 huyện, thị xã, thành phố, kết nối với Cơ sở "
            "dữ liệu quốc gia về dân cư."
        ),
        "paragraphs": [
            (
                "Sở Nông nghiệp và Môi trường cho biết, sau hai năm triển khai dự án xây dựng cơ sở dữ "
                "liệu đất đai tỉnh Hòa Sơn, đơn vị đã hoàn thành số hóa hơn 1,2 triệu trang hồ sơ địa "
                "chính, chuẩn hóa dữ liệu của 486.000 thửa đất. Cơ sở dữ liệu đã được đưa vào vận hành "
                "chính thức tại thành phố Hòa Sơn, thị xã Thạch Lâm và các huyện Tân Lập, Đồng Phú, Hà "
                "Lâm."
            ),
            (
                "Khi có cơ sở dữ liệu, việc giải quyết thủ tục đăng ký đất đai trở nên nhanh chóng hơn. "
                "Cán bộ tiếp nhận chỉ cần nhập số thửa, số tờ bản đồ là có ngay thông tin về chủ sử dụng, "
                "lịch sử biến động, tình trạng thế chấp. Dữ liệu đã được kết nối với Cơ sở dữ liệu quốc "
                "gia về dân cư để xác thực thông tin người sử dụng đất, giúp người dân không phải nộp bản "
                "sao căn cước."
            ),
            (
                "Đối với 3 huyện miền núi còn lại, do hồ sơ địa chính được đo đạc từ nhiều thời kỳ, chất "
                "lượng không đồng đều nên cần thêm thời gian chỉnh lý. Sở Nông nghiệp và Môi trường phấn "
                "đấu hoàn thành cơ sở dữ liệu toàn tỉnh vào cuối năm sau, đồng thời mở chức năng tra cứu "
                "thông tin thửa đất có kiểm soát cho người dân, doanh nghiệp trên Cổng Thông tin điện tử "
                "tỉnh."
            ),
        ],
        "heading": None,
        "authors": "Hải Yến",
        "source": "Sở Nông nghiệp và Môi trường",
        "days_ago": 45,
        "tags": ["đất đai", "dữ liệu số", "chuyển đổi số"],
        "featured": False,
        "image": None,
        "table": None,
        "topics": ["chuyen-doi-so"],
    },
    {
        "slug": "1-500-to-cong-nghe-so-cong-dong-ho-tro-nguoi-dan-su-dung-ky-nang-so",
        "section": "chinh-quyen-so",
        "title": "1.500 tổ công nghệ số cộng đồng hỗ trợ người dân sử dụng kỹ năng số",
        "lead": (
            "Các tổ đã hướng dẫn hơn 210.000 lượt người dân cài đặt định danh điện tử, thanh toán không "
            "dùng tiền mặt và nộp hồ sơ trực tuyến."
        ),
        "paragraphs": [
            (
                "Toàn tỉnh Hòa Sơn hiện có 1.512 tổ công nghệ số cộng đồng với hơn 9.300 thành viên, hoạt "
                "động ở tất cả thôn, bản, tổ dân phố. Thành viên tổ là cán bộ thôn, đoàn viên thanh niên, "
                "giáo viên, nhân viên bưu điện và viễn thông tại địa phương, được tập huấn kỹ năng hướng "
                "dẫn người dân sử dụng các nền tảng số thiết yếu."
            ),
            (
                "Từ đầu năm, các tổ đã hướng dẫn hơn 210.000 lượt người dân kích hoạt tài khoản định danh "
                "điện tử, cài đặt ứng dụng ngân hàng, thanh toán tiền điện, nước, học phí qua điện thoại "
                "và nộp hồ sơ trên Cổng Dịch vụ công. Tại xã Bản Lác, huyện Bình Sơn, tổ công nghệ số đã "
                "hướng dẫn 60 hộ sản xuất thổ cẩm mở gian hàng trên sàn thương mại điện tử, giúp bán được "
                "hàng cho khách ở nhiều tỉnh thành."
            ),
            (
                "Chị Vi Thị Hoa, thành viên tổ công nghệ số cộng đồng thôn Khe Mạ, xã Tân Phong, cho biết "
                "những ngày đầu người cao tuổi còn ngại dùng điện thoại thông minh, nhưng sau vài buổi "
                "kiên trì hướng dẫn, nhiều cụ đã tự nhận lương hưu, trợ cấp qua tài khoản ngân hàng. Tỉnh "
                "đang xem xét hỗ trợ kinh phí hoạt động và cấp thiết bị di động cho các tổ ở vùng khó "
                "khăn."
            ),
        ],
        "heading": None,
        "authors": "Mai Hương",
        "source": "Sở Khoa học và Công nghệ",
        "days_ago": 80,
        "tags": ["kỹ năng số", "chuyển đổi số", "người dân"],
        "featured": False,
        "image": {
            "caption": "Thành viên tổ công nghệ số cộng đồng hướng dẫn người cao tuổi",
            "credit": "Mai Hương",
            "alt": "Thanh niên đeo huy hiệu đoàn ngồi cạnh cụ ông trên hiên nhà, cùng nhìn vào điện thoại",
            "palette": "green",
        },
        "table": None,
        "topics": ["chuyen-doi-so"],
    },
    {
        "slug": "hoi-nghi-truc-tuyen-tu-tinh-den-151-xa-phuong-thi-tran-duoc-van-hanh-thong-suot",
        "section": "chinh-quyen-so",
        "title": "Hội nghị trực tuyến từ tỉnh đến 151 xã, phường, thị trấn được vận hành thông suốt",
        "lead": (
            "Hệ thống hội nghị truyền hình bốn cấp giúp tiết kiệm khoảng 17 tỷ đồng chi phí đi lại, hội "
            "họp mỗi năm."
        ),
        "paragraphs": [
            (
                "Hệ thống hội nghị truyền hình trực tuyến của tỉnh Hòa Sơn đã được mở rộng kết nối đến "
                "100% xã, phường, thị trấn, hình thành mạng lưới bốn cấp từ Trung ương, tỉnh, huyện đến "
                "xã. Trong năm qua, hệ thống đã phục vụ hơn 640 cuộc họp, trong đó có các phiên họp "
                "thường kỳ của Ủy ban nhân dân tỉnh, hội nghị triển khai nghị quyết và hội nghị đối thoại."
            ),
            (
                "Theo tính toán của Văn phòng Ủy ban nhân dân tỉnh, việc họp trực tuyến giúp tiết kiệm "
                "khoảng 17 tỷ đồng chi phí đi lại, ăn nghỉ, thuê hội trường mỗi năm và hàng nghìn giờ làm "
                "việc của cán bộ cơ sở. Lãnh đạo các xã vùng sâu như Nậm Ty, Pù Khao không còn phải đi "
                "hơn 100 km về trung tâm tỉnh để dự các hội nghị thông thường."
            ),
            (
                "Để bảo đảm an toàn thông tin, hệ thống sử dụng Mạng truyền số liệu chuyên dùng của các "
                "cơ quan Đảng, Nhà nước, được giám sát bởi Trung tâm giám sát an toàn thông tin tỉnh. Năm "
                "tới, tỉnh sẽ nâng cấp thiết bị tại 40 điểm cầu cấp xã đã xuống cấp và trang bị chức năng "
                "ghi biên bản tự động bằng trí tuệ nhân tạo hỗ trợ tiếng Việt."
            ),
        ],
        "heading": None,
        "authors": "Thanh Tùng",
        "source": "Văn phòng UBND tỉnh",
        "days_ago": 210,
        "tags": ["hội nghị trực tuyến", "chuyển đổi số"],
        "featured": False,
        "image": None,
        "table": None,
        "topics": ["chuyen-doi-so"],
    },
    {
        "slug": "hoi-nghi-xuc-tien-dau-tu-tinh-hoa-son-trao-chu-truong-dau-tu-cho-14-du-an-voi",
        "section": "xuc-tien-dau-tu",
        "title": (
            "Hội nghị Xúc tiến đầu tư tỉnh Hòa Sơn: trao chủ trương đầu tư cho 14 dự án với tổng vốn "
            "18.600 tỷ đồng"
        ),
        "lead": (
            "Hội nghị thu hút hơn 500 đại biểu, trong đó có đại diện của 230 doanh nghiệp trong nước và "
            "16 quốc gia, vùng lãnh thổ."
        ),
        "paragraphs": [
            (
                "Sáng qua, tại Trung tâm Hội nghị tỉnh, Ủy ban nhân dân tỉnh Hòa Sơn long trọng tổ chức "
                "Hội nghị Xúc tiến đầu tư với chủ đề “Hòa Sơn – Kết nối, xanh và bền vững”. Hội nghị có "
                "sự tham dự của lãnh đạo các bộ, ngành Trung ương, đại sứ quán, tổ chức xúc tiến thương "
                "mại nước ngoài và hơn 230 doanh nghiệp, nhà đầu tư trong nước và quốc tế."
            ),
            (
                "Tại hội nghị, Ủy ban nhân dân tỉnh đã trao quyết định chủ trương đầu tư, giấy chứng nhận "
                "đăng ký đầu tư cho 14 dự án với tổng vốn đăng ký 18.600 tỷ đồng, tập trung vào công "
                "nghiệp chế biến, chế tạo, năng lượng tái tạo, logistics và du lịch nghỉ dưỡng. Trong đó "
                "có dự án khu công nghiệp Hà Lâm giai đoạn 1 quy mô 320 ha, dự án nhà máy linh kiện điện "
                "tử vốn 150 triệu USD tại khu công nghiệp Thạch Lâm và tổ hợp nghỉ dưỡng suối khoáng Ngọc "
                "Khê."
            ),
            (
                "Phát biểu tại hội nghị, Chủ tịch Ủy ban nhân dân tỉnh Nguyễn Hữu Khang cam kết tỉnh sẽ "
                "đồng hành với nhà đầu tư theo tinh thần “lợi ích hài hòa, rủi ro chia sẻ”; mọi vướng mắc "
                "về thủ tục, đất đai sẽ được xử lý ngay tại tổ công tác đặc biệt do Chủ tịch Ủy ban nhân "
                "dân tỉnh làm tổ trưởng. Tỉnh đã công bố danh mục 42 dự án kêu gọi đầu tư với tổng vốn dự "
                "kiến trên 65.000 tỷ đồng."
            ),
            (
                "Nhiều nhà đầu tư đánh giá cao lợi thế của Hòa Sơn về vị trí kết nối cao tốc, quỹ đất "
                "công nghiệp rộng và nguồn lao động trẻ. Đại diện Hiệp hội doanh nghiệp Hàn Quốc tại Việt "
                "Nam cho biết sẽ tổ chức đoàn doanh nghiệp khảo sát thực địa các khu công nghiệp của tỉnh "
                "trong quý I năm sau."
            ),
        ],
        "heading": "Cam kết đồng hành cùng nhà đầu tư",
        "authors": "Thanh Tùng – Hoàng Long",
        "source": "Cổng TTĐT tỉnh",
        "days_ago": 8,
        "tags": ["xúc tiến đầu tư", "hội nghị", "khu công nghiệp"],
        "featured": True,
        "image": {
            "caption": "Lãnh đạo tỉnh trao chủ trương đầu tư cho các nhà đầu tư",
            "credit": "Hoàng Long",
            "alt": (
                "Sân khấu hội nghị với phông nền xanh, nhiều đại biểu đứng thành hàng cầm các văn bản chủ "
                "trương đầu tư"
            ),
            "palette": "gold",
        },
        "table": None,
        "topics": [],
    },
    {
        "slug": "doan-cong-tac-tinh-hoa-son-xuc-tien-dau-tu-tai-nhat-ban",
        "section": "xuc-tien-dau-tu",
        "title": "Đoàn công tác tỉnh Hòa Sơn xúc tiến đầu tư tại Nhật Bản",
        "lead": (
            "Trong chuyến công tác, tỉnh đã ký 3 biên bản ghi nhớ hợp tác về nông nghiệp công nghệ cao, "
            "đào tạo nhân lực và công nghiệp hỗ trợ."
        ),
        "paragraphs": [
            (
                "Từ ngày 20 đến ngày 26 tháng 10, đoàn công tác tỉnh Hòa Sơn do Phó Chủ tịch Thường trực "
                "Ủy ban nhân dân tỉnh Đỗ Thị Minh Nguyệt dẫn đầu đã có chuyến xúc tiến đầu tư, thương mại "
                "tại các thành phố Tokyo, Osaka và tỉnh Shizuoka của Nhật Bản. Đoàn đã tổ chức hội thảo "
                "giới thiệu môi trường đầu tư tại Osaka với sự tham gia của 86 doanh nghiệp Nhật Bản."
            ),
            (
                "Trong chuyến công tác, tỉnh Hòa Sơn đã ký biên bản ghi nhớ với một tập đoàn nông nghiệp "
                "về dự án trồng và chế biến chè xanh xuất khẩu quy mô 500 ha tại huyện Tân Lập; ký thỏa "
                "thuận hợp tác đào tạo, tiếp nhận thực tập sinh kỹ năng với một hiệp hội doanh nghiệp; "
                "đồng thời trao đổi với các nhà sản xuất linh kiện ô tô về khả năng đầu tư vào khu công "
                "nghiệp Thạch Lâm."
            ),
            (
                "Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh cho biết, Nhật Bản là đối tác đầu tư lớn "
                "thứ hai của Hòa Sơn với 17 dự án, tổng vốn 640 triệu USD. Sau chuyến đi, Sở Tài chính "
                "được giao thành lập bộ phận hỗ trợ nhà đầu tư Nhật Bản, bố trí cán bộ thông thạo tiếng "
                "Nhật để theo dõi, chăm sóc các dự án từ khâu tìm hiểu đến khi đi vào hoạt động."
            ),
        ],
        "heading": None,
        "authors": "Thanh Tùng",
        "source": "Sở Tài chính",
        "days_ago": 29,
        "tags": ["xúc tiến đầu tư", "Nhật Bản", "FDI"],
        "featured": False,
        "image": {
            "caption": "Hội thảo giới thiệu môi trường đầu tư tỉnh Hòa Sơn tại Osaka",
            "credit": "Sở Tài chính",
            "alt": (
                "Phòng hội thảo với đại biểu Việt Nam và Nhật Bản ngồi nghe thuyết trình, màn chiếu hiển "
                "thị bản đồ tỉnh"
            ),
            "palette": "red",
        },
        "table": None,
        "topics": [],
    },
    {
        "slug": "hoa-son-ban-hanh-chuong-trinh-xuc-tien-dau-tu-nam-sau-voi-18-hoat-dong-trong-tam",
        "section": "xuc-tien-dau-tu",
        "title": "Hòa Sơn ban hành chương trình xúc tiến đầu tư năm sau với 18 hoạt động trọng tâm",
        "lead": (
            "Chương trình tập trung vào thu hút đầu tư vào công nghiệp chế biến, năng lượng tái tạo, du "
            "lịch và nông nghiệp ứng dụng công nghệ cao."
        ),
        "paragraphs": [
            (
                "Ủy ban nhân dân tỉnh vừa phê duyệt Chương trình xúc tiến đầu tư năm sau với 18 hoạt "
                "động, tổng kinh phí dự kiến 9,6 tỷ đồng từ ngân sách tỉnh. Chương trình xác định các "
                "lĩnh vực ưu tiên thu hút là công nghiệp chế biến nông, lâm sản; công nghiệp hỗ trợ; năng "
                "lượng tái tạo; hạ tầng khu, cụm công nghiệp; du lịch sinh thái, nghỉ dưỡng và nông "
                "nghiệp ứng dụng công nghệ cao."
            ),
            (
                "Các hoạt động chính gồm xây dựng bộ tài liệu xúc tiến đầu tư bằng tiếng Việt, tiếng Anh, "
                "tiếng Nhật và tiếng Hàn; tổ chức hai hội nghị xúc tiến đầu tư tại Thành phố Hồ Chí Minh "
                "và Hà Nội; đón tiếp đoàn nhà đầu tư đến khảo sát; nâng cấp trang thông tin xúc tiến đầu "
                "tư với bản đồ số về quỹ đất, hạ tầng và chi phí đầu tư."
            ),
            (
                "Sở Tài chính là cơ quan đầu mối phối hợp với Ban Quản lý các khu công nghiệp tỉnh, Sở "
                "Công Thương và Sở Văn hóa, Thể thao và Du lịch tổ chức thực hiện. Ủy ban nhân dân tỉnh "
                "yêu cầu các hoạt động xúc tiến phải có mục tiêu cụ thể, gắn với danh mục dự án có sẵn "
                "mặt bằng và đánh giá hiệu quả sau mỗi sự kiện, tránh hình thức, lãng phí."
            ),
        ],
        "heading": None,
        "authors": "Minh Hằng",
        "source": "Sở Tài chính",
        "days_ago": 90,
        "tags": ["xúc tiến đầu tư", "kế hoạch"],
        "featured": False,
        "image": None,
        "table": None,
        "topics": [],
    },
    {
        "slug": "hoa-son-tham-gia-dien-dan-hop-tac-dau-tu-vung-trung-du-va-mien-nui-phia-bac",
        "section": "xuc-tien-dau-tu",
        "title": "Hòa Sơn tham gia Diễn đàn hợp tác đầu tư vùng trung du và miền núi phía Bắc",
        "lead": (
            "Tại diễn đàn, tỉnh giới thiệu 12 dự án trọng điểm về du lịch và chế biến nông sản, nhận được "
            "sự quan tâm của nhiều nhà đầu tư."
        ),
        "paragraphs": [
            (
                "Đoàn công tác tỉnh Hòa Sơn đã tham gia Diễn đàn hợp tác đầu tư vùng trung du và miền núi "
                "phía Bắc do Bộ Tài chính phối hợp các địa phương trong vùng tổ chức. Diễn đàn có sự tham "
                "gia của hơn 700 đại biểu đại diện các bộ, ngành, địa phương, tổ chức quốc tế và doanh "
                "nghiệp, nhằm tăng cường liên kết vùng trong thu hút đầu tư."
            ),
            (
                "Tại gian trưng bày của tỉnh, Sở Tài chính giới thiệu 12 dự án trọng điểm, trong đó có "
                "khu du lịch sinh thái hồ Khe Tiên, tổ hợp nghỉ dưỡng suối khoáng Ngọc Khê, nhà máy chế "
                "biến chè xanh, nhà máy chế biến gỗ rừng trồng và trung tâm logistics Thạch Lâm. Các sản "
                "phẩm OCOP tiêu biểu như chè xanh Tân Lập, mật ong rừng Suối Ngàn, miến dong Bình Sơn "
                "cũng được trưng bày, giới thiệu."
            ),
            (
                "Bên lề diễn đàn, đại diện lãnh đạo tỉnh đã gặp gỡ, làm việc với 9 doanh nghiệp quan tâm "
                "đến lĩnh vực du lịch và chế biến nông sản. Tỉnh Hòa Sơn cũng ký kết chương trình hợp tác "
                "phát triển du lịch với hai tỉnh lân cận, hướng tới xây dựng tuyến du lịch liên tỉnh kết "
                "nối các điểm đến văn hóa và sinh thái vùng núi."
            ),
        ],
        "heading": None,
        "authors": "Thanh Tùng",
        "source": "Sở Tài chính",
        "days_ago": 260,
        "tags": ["xúc tiến đầu tư", "liên kết vùng"],
        "featured": False,
        "image": {
            "caption": "Gian trưng bày của tỉnh Hòa Sơn tại diễn đàn",
            "credit": "Thanh Tùng",
            "alt": (
                "Gian hàng trưng bày có pano giới thiệu dự án và kệ sản phẩm đặc sản, khách tham quan "
                "đang trò chuyện"
            ),
            "palette": "gold",
        },
        "table": None,
        "topics": [],
    },
    {
        "slug": "danh-muc-du-an-keu-goi-dau-tu-tinh-hoa-son-giai-doan-2026-2030",
        "section": "du-an-keu-goi-dau-tu",
        "title": "Danh mục dự án kêu gọi đầu tư tỉnh Hòa Sơn giai đoạn 2026–2030",
        "lead": (
            "Danh mục gồm 42 dự án thuộc 6 lĩnh vực với tổng vốn dự kiến trên 65.000 tỷ đồng; nhà đầu tư "
            "được hỗ trợ tối đa về thủ tục, mặt bằng."
        ),
        "paragraphs": [
            (
                "Ủy ban nhân dân tỉnh Hòa Sơn vừa ban hành Quyết định phê duyệt Danh mục dự án kêu gọi "
                "đầu tư giai đoạn 2026–2030. Danh mục gồm 42 dự án, trong đó có 9 dự án hạ tầng khu, cụm "
                "công nghiệp, 8 dự án đô thị, 11 dự án du lịch, 7 dự án nông nghiệp công nghệ cao, 4 dự "
                "án năng lượng và 3 dự án y tế, giáo dục, với tổng vốn đầu tư dự kiến trên 65.000 tỷ đồng."
            ),
            (
                "Các dự án được lựa chọn phù hợp với Quy hoạch tỉnh Hòa Sơn thời kỳ 2021–2030, tầm nhìn "
                "đến năm 2050, đã được xác định vị trí, quy mô và hiện trạng sử dụng đất. Nhiều dự án đã "
                "có quỹ đất sạch hoặc đang được địa phương chuẩn bị mặt bằng. Nhà đầu tư được hưởng ưu "
                "đãi về thuế thu nhập doanh nghiệp, miễn, giảm tiền thuê đất theo quy định đối với địa "
                "bàn có điều kiện kinh tế – xã hội khó khăn."
            ),
            (
                "Bảng dưới đây giới thiệu một số dự án tiêu biểu. Thông tin chi tiết về từng dự án, bản "
                "đồ vị trí và đầu mối liên hệ được đăng tải tại mục Dự án kêu gọi đầu tư của Cổng Thông "
                "tin điện tử tỉnh. Nhà đầu tư quan tâm có thể liên hệ Sở Tài chính, điện thoại (0201) "
                "3852 127, thư điện tử xuctiendautu@hoason.gov.vn để được hướng dẫn."
            ),
        ],
        "heading": None,
        "authors": "Sở Tài chính",
        "source": "Sở Tài chính",
        "days_ago": 24,
        "tags": ["dự án kêu gọi đầu tư", "quy hoạch"],
        "featured": False,
        "image": {
            "caption": "Khu đất quy hoạch khu công nghiệp Hà Lâm",
            "credit": "Hoàng Long",
            "alt": "Ảnh chụp từ trên cao khu đất rộng bằng phẳng đã san lấp, có trục đường chính chạy ngang",
            "palette": "green",
        },
        "table": {
            "caption": "Một số dự án tiêu biểu kêu gọi đầu tư giai đoạn 2026–2030",
            "header": ["Tên dự án", "Địa điểm", "Quy mô", "Vốn dự kiến (tỷ đồng)"],
            "rows": [
                ["Hạ tầng khu công nghiệp Hà Lâm giai đoạn 2", "Huyện Hà Lâm", "280 ha", "4.200"],
                ["Khu du lịch sinh thái hồ Khe Tiên", "Huyện Đồng Phú", "145 ha", "2.800"],
                ["Tổ hợp nghỉ dưỡng suối khoáng Ngọc Khê", "Huyện Ngọc Khê", "60 ha", "1.900"],
                ["Trung tâm logistics Thạch Lâm", "Thị xã Thạch Lâm", "35 ha", "1.250"],
                ["Nhà máy chế biến gỗ rừng trồng", "Huyện Bình Sơn", "18 ha", "650"],
                ["Vùng dược liệu tập trung Pù Loong", "Huyện Suối Ngàn", "300 ha", "420"],
            ],
        },
        "topics": [],
    },
    {
        "slug": "keu-goi-dau-tu-du-an-khu-do-thi-moi-phia-nam-thanh-pho-hoa-son",
        "section": "du-an-keu-goi-dau-tu",
        "title": "Kêu gọi đầu tư dự án khu đô thị mới phía nam thành phố Hòa Sơn",
        "lead": (
            "Dự án có diện tích 86 ha, tổng vốn dự kiến 3.600 tỷ đồng, sẽ lựa chọn nhà đầu tư thông qua "
            "đấu thầu."
        ),
        "paragraphs": [
            (
                "Ủy ban nhân dân tỉnh vừa chấp thuận chủ trương đầu tư dự án khu đô thị mới phía nam "
                "thành phố Hòa Sơn, thuộc địa bàn phường Nam Sơn và xã Hòa Tiến. Dự án có tổng diện tích "
                "86 ha, quy mô dân số khoảng 9.500 người, gồm đất ở liền kề, biệt thự, nhà ở xã hội, "
                "trường học, công viên cây xanh và trung tâm thương mại, với tổng vốn đầu tư dự kiến "
                "3.600 tỷ đồng."
            ),
            (
                "Theo quy định của Luật Đất đai và Luật Đấu thầu, dự án sẽ được lựa chọn nhà đầu tư thông "
                "qua hình thức đấu thầu rộng rãi trong nước. Nhà đầu tư trúng thầu phải dành 20% quỹ đất "
                "ở để xây dựng nhà ở xã hội hoặc nộp tiền tương đương theo quy định, đầu tư đồng bộ hạ "
                "tầng kỹ thuật, hạ tầng xã hội trước khi bán sản phẩm."
            ),
            (
                "Sở Xây dựng cho biết, hồ sơ mời thầu dự kiến được phát hành trên Hệ thống mạng đấu thầu "
                "quốc gia vào quý I năm sau. Các nhà đầu tư quan tâm có thể nghiên cứu quy hoạch chi tiết "
                "tỷ lệ 1/500 của dự án tại Sở Xây dựng hoặc trên Cổng Thông tin điện tử tỉnh, mục Quy "
                "hoạch xây dựng."
            ),
        ],
        "heading": None,
        "authors": "Phương Linh",
        "source": "Sở Xây dựng",
        "days_ago": 55,
        "tags": ["dự án kêu gọi đầu tư", "đô thị", "đấu thầu"],
        "featured": False,
        "image": None,
        "table": None,
        "topics": [],
    },
    {
        "slug": "hoa-son-cong-bo-quy-dat-sach-520-ha-tai-cac-khu-cum-cong-nghiep",
        "section": "du-an-keu-goi-dau-tu",
        "title": "Hòa Sơn công bố quỹ đất sạch 520 ha tại các khu, cụm công nghiệp",
        "lead": (
            "Nhà đầu tư có thể nhận bàn giao mặt bằng ngay sau khi được chấp thuận chủ trương đầu tư, giá "
            "thuê đất từ 45 USD/m² cho cả thời hạn dự án."
        ),
        "paragraphs": [
            (
                "Ban Quản lý các khu công nghiệp tỉnh Hòa Sơn vừa công bố quỹ đất sạch sẵn sàng cho thuê "
                "tại 3 khu công nghiệp và 7 cụm công nghiệp với tổng diện tích 520 ha. Trong đó, khu công "
                "nghiệp Thạch Lâm còn 146 ha, khu công nghiệp Đồng Phú còn 98 ha; các cụm công nghiệp Tân "
                "Lập, Bình Sơn, Đồng Phú 2 có hạ tầng hoàn chỉnh gồm đường nội bộ, cấp điện, cấp nước và "
                "trạm xử lý nước thải tập trung."
            ),
            (
                "Giá cho thuê đất đã có hạ tầng dao động từ 45 đến 70 USD/m² cho cả thời hạn dự án, thấp "
                "hơn khoảng 20–30% so với các tỉnh đồng bằng lân cận. Phí quản lý và sử dụng hạ tầng "
                "khoảng 0,5 USD/m²/năm. Nhà đầu tư vào các cụm công nghiệp ở huyện miền núi được miễn "
                "tiền thuê đất trong thời gian xây dựng cơ bản và từ 11 đến 15 năm sau đó theo quy định."
            ),
            (
                "Ban Quản lý các khu công nghiệp tỉnh cam kết hỗ trợ nhà đầu tư trọn gói các thủ tục từ "
                "đề xuất dự án, đăng ký đầu tư, giao đất, cấp phép xây dựng đến phòng cháy chữa cháy, môi "
                "trường theo cơ chế một cửa tại chỗ. Thông tin chi tiết về vị trí, diện tích từng lô đất "
                "được cập nhật trên bản đồ số của Cổng Thông tin điện tử tỉnh."
            ),
        ],
        "heading": None,
        "authors": "Trung Kiên",
        "source": "Ban Quản lý các khu công nghiệp tỉnh",
        "days_ago": 175,
        "tags": ["khu công nghiệp", "đất đai", "doanh nghiệp"],
        "featured": False,
        "image": {
            "caption": "Hạ tầng khu công nghiệp Thạch Lâm",
            "credit": "Trung Kiên",
            "alt": "Nhà xưởng mái xanh xếp thẳng hàng dọc con đường nội bộ rộng có dải cây xanh",
            "palette": "blue",
        },
        "table": None,
        "topics": [],
    },
    {
        "slug": "hoi-nghi-doi-thoai-doanh-nghiep-khu-cong-nghiep-thach-lam-21-kien-nghi-duoc",
        "section": "ho-tro-doanh-nghiep",
        "title": (
            "Hội nghị đối thoại doanh nghiệp khu công nghiệp Thạch Lâm: 21 kiến nghị được giải đáp tại chỗ"
        ),
        "lead": (
            "Các doanh nghiệp đề nghị tháo gỡ vướng mắc về hoàn thuế, tuyển dụng lao động, nhà ở cho công "
            "nhân và kết nối giao thông."
        ),
        "paragraphs": [
            (
                "Ủy ban nhân dân tỉnh Hòa Sơn vừa tổ chức hội nghị đối thoại với các doanh nghiệp đang "
                "hoạt động tại khu công nghiệp Thạch Lâm. Hội nghị do Phó Chủ tịch Thường trực Ủy ban "
                "nhân dân tỉnh Đỗ Thị Minh Nguyệt chủ trì, với sự tham gia của hơn 120 doanh nghiệp trong "
                "và ngoài nước cùng lãnh đạo các sở, ngành liên quan."
            ),
            (
                "Tại hội nghị, doanh nghiệp đã nêu 28 kiến nghị, trong đó nhiều nhất là vấn đề hoàn thuế "
                "giá trị gia tăng chậm, thiếu lao động kỹ thuật, thiếu nhà ở cho công nhân và tuyến đường "
                "vào khu công nghiệp thường xuyên ùn tắc giờ tan ca. Đại diện Công ty TNHH Điện tử Thạch "
                "Lâm cho biết doanh nghiệp đang cần tuyển thêm 800 lao động nhưng gặp khó khăn do thiếu "
                "chỗ ở cho người lao động từ nơi khác đến."
            ),
            (
                "Lãnh đạo các sở, ngành đã trả lời trực tiếp 21 kiến nghị. Cục Thuế tỉnh cam kết giải "
                "quyết hồ sơ hoàn thuế trong 6 ngày làm việc kể từ khi nhận đủ hồ sơ hợp lệ. Sở Nội vụ "
                "phối hợp Trường Cao đẳng Hòa Sơn mở các lớp đào tạo nghề theo đặt hàng của doanh nghiệp. "
                "Với 7 kiến nghị còn lại, Phó Chủ tịch Thường trực giao các cơ quan trả lời bằng văn bản "
                "trong 15 ngày và công khai trên Cổng Thông tin điện tử tỉnh."
            ),
        ],
        "heading": None,
        "authors": "Thanh Tùng",
        "source": "Ban Quản lý các khu công nghiệp tỉnh",
        "days_ago": 10,
        "tags": ["doanh nghiệp", "đối thoại", "khu công nghiệp"],
        "featured": False,
        "image": {
            "caption": "Doanh nghiệp phát biểu tại hội nghị đối thoại",
            "credit": "Thanh Tùng",
            "alt": (
                "Một doanh nhân đứng cầm micro phát biểu giữa hội trường, các đại biểu khác ngồi lắng nghe"
            ),
            "palette": "blue",
        },
        "table": None,
        "topics": [],
    },
    {
        "slug": "ho-tro-doanh-nghiep-nho-va-vua-chuyen-doi-so-moi-doanh-nghiep-duoc-ho-tro-den",
        "section": "ho-tro-doanh-nghiep",
        "title": (
            "Hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số: mỗi doanh nghiệp được hỗ trợ đến 50 triệu đồng"
        ),
        "lead": (
            "Chương trình ưu tiên doanh nghiệp sản xuất, chế biến nông sản và hợp tác xã có sản phẩm OCOP."
        ),
        "paragraphs": [
            (
                "Sở Khoa học và Công nghệ phối hợp với Sở Tài chính triển khai chương trình hỗ trợ doanh "
                "nghiệp nhỏ và vừa chuyển đổi số năm 2026. Theo đó, mỗi doanh nghiệp đủ điều kiện được hỗ "
                "trợ tối đa 50% chi phí thuê, mua các giải pháp quản trị doanh nghiệp, kế toán, bán hàng, "
                "quản lý kho trên nền tảng số, nhưng không quá 50 triệu đồng. Hợp tác xã và hộ kinh doanh "
                "chuyển đổi lên doanh nghiệp cũng thuộc đối tượng được hỗ trợ."
            ),
            (
                "Chương trình ưu tiên các doanh nghiệp sản xuất, chế biến nông sản, doanh nghiệp do phụ "
                "nữ làm chủ và hợp tác xã có sản phẩm OCOP. Ngoài kinh phí, doanh nghiệp còn được chuyên "
                "gia tư vấn đánh giá mức độ chuyển đổi số, xây dựng lộ trình phù hợp và tập huấn kỹ năng "
                "bán hàng trên sàn thương mại điện tử."
            ),
            (
                "Hồ sơ đăng ký được nộp trực tuyến qua Cổng Dịch vụ công tỉnh đến hết ngày 15 tháng 12. "
                "Năm 2025, chương trình đã hỗ trợ 126 doanh nghiệp với tổng kinh phí 4,3 tỷ đồng; nhiều "
                "đơn vị sau khi áp dụng phần mềm quản trị đã giảm 30% thời gian xử lý đơn hàng và tăng "
                "doanh thu bán hàng trực tuyến gấp hai lần."
            ),
        ],
        "heading": None,
        "authors": "Hà Phương",
        "source": "Sở Khoa học và Công nghệ",
        "days_ago": 36,
        "tags": ["doanh nghiệp nhỏ và vừa", "chuyển đổi số"],
        "featured": False,
        "image": None,
        "table": None,
        "topics": ["chuyen-doi-so"],
    },
    {
        "slug": "ngan-hang-va-doanh-nghiep-hoa-son-ky-ket-cho-vay-4-800-ty-dong",
        "section": "ho-tro-doanh-nghiep",
        "title": "Ngân hàng và doanh nghiệp Hòa Sơn ký kết cho vay 4.800 tỷ đồng",
        "lead": (
            "Lãi suất ưu đãi thấp hơn 0,5–2 điểm phần trăm so với mức thông thường, ưu tiên lĩnh vực nông "
            "nghiệp, xuất khẩu và công nghiệp hỗ trợ."
        ),
        "paragraphs": [
            (
                "Ngân hàng Nhà nước khu vực phối hợp với Ủy ban nhân dân tỉnh Hòa Sơn tổ chức hội nghị "
                "kết nối ngân hàng – doanh nghiệp. Tại hội nghị, 12 ngân hàng thương mại trên địa bàn đã "
                "ký kết cho vay với 86 doanh nghiệp, hợp tác xã với tổng số tiền 4.800 tỷ đồng, lãi suất "
                "thấp hơn từ 0,5 đến 2 điểm phần trăm so với mức cho vay thông thường."
            ),
            (
                "Các khoản vay tập trung vào lĩnh vực nông nghiệp, nông thôn, doanh nghiệp xuất khẩu, "
                "doanh nghiệp nhỏ và vừa và công nghiệp hỗ trợ. Nhiều ngân hàng cam kết đơn giản hóa hồ "
                "sơ, rút ngắn thời gian thẩm định và cho vay dựa trên phương án sản xuất kinh doanh khả "
                "thi, giảm yêu cầu về tài sản bảo đảm đối với khách hàng có lịch sử tín dụng tốt."
            ),
            (
                "Đại diện Hợp tác xã chè Tân Lập cho biết, khoản vay ưu đãi 5 tỷ đồng sẽ giúp hợp tác xã "
                "đầu tư dây chuyền chế biến chè xanh đạt tiêu chuẩn xuất khẩu. Phó Chủ tịch Thường trực "
                "Ủy ban nhân dân tỉnh đề nghị các ngân hàng tiếp tục rà soát, cơ cấu lại nợ cho doanh "
                "nghiệp bị ảnh hưởng bởi thiên tai; các sở, ngành hỗ trợ doanh nghiệp hoàn thiện phương "
                "án vay vốn."
            ),
        ],
        "heading": None,
        "authors": "Minh Hằng",
        "source": "Sở Tài chính",
        "days_ago": 120,
        "tags": ["tín dụng", "doanh nghiệp"],
        "featured": False,
        "image": {
            "caption": "Lễ ký kết giữa ngân hàng và doanh nghiệp",
            "credit": "Minh Hằng",
            "alt": (
                "Đại diện ngân hàng và doanh nghiệp ngồi ký văn bản tại dãy bàn phủ khăn trắng, phía sau "
                "là đại biểu chứng kiến"
            ),
            "palette": "teal",
        },
        "table": None,
        "topics": [],
    },
    {
        "slug": "vu-mua-thang-loi-nang-suat-lua-binh-quan-dat-58-6-ta-ha",
        "section": "san-xuat-nong-nghiep",
        "title": "Vụ mùa thắng lợi: năng suất lúa bình quân đạt 58,6 tạ/ha",
        "lead": (
            "Tổng sản lượng lương thực có hạt vụ mùa đạt 186.400 tấn, tăng 4,2% so với cùng kỳ dù chịu "
            "ảnh hưởng của mưa lũ."
        ),
        "paragraphs": [
            (
                "Theo báo cáo của Sở Nông nghiệp và Môi trường, vụ mùa năm nay toàn tỉnh gieo cấy được "
                "28.740 ha lúa, năng suất bình quân đạt 58,6 tạ/ha, tăng 1,8 tạ/ha so với vụ mùa năm "
                "trước. Tổng sản lượng lương thực có hạt, tính cả ngô, đạt 186.400 tấn. Các huyện đồng "
                "bằng Tân Lập, Đồng Phú, Hà Lâm tiếp tục là vựa lúa chính, chiếm gần 70% sản lượng toàn "
                "tỉnh."
            ),
            (
                "Kết quả trên có được nhờ nông dân đã đưa các giống lúa chất lượng cao, chống chịu sâu "
                "bệnh vào sản xuất, chiếm 72% diện tích. Mô hình cánh đồng lớn liên kết với doanh nghiệp "
                "bao tiêu sản phẩm được mở rộng lên 3.600 ha; nhiều hợp tác xã sử dụng thiết bị bay không "
                "người lái để phun thuốc bảo vệ thực vật, giúp giảm 30% lượng thuốc và chi phí nhân công."
            ),
            (
                "Dù đạt kết quả khá, vụ mùa vẫn có 1.240 ha lúa bị thiệt hại do đợt mưa lũ cuối tháng 9, "
                "tập trung tại các huyện Suối Ngàn, Ngọc Khê và Bình Sơn. Sở Nông nghiệp và Môi trường đã "
                "hỗ trợ 62 tấn giống lúa, ngô để người dân khôi phục sản xuất và chỉ đạo chuyển đổi 450 "
                "ha đất trồng lúa kém hiệu quả sang trồng cây hằng năm có giá trị cao hơn."
            ),
            (
                "Hiện nay, nông dân các địa phương đang khẩn trương gieo trồng cây vụ đông, phấn đấu đạt "
                "9.500 ha với các cây trồng chủ lực là ngô, khoai lang, rau màu và cây dược liệu. Sở Nông "
                "nghiệp và Môi trường khuyến cáo bà con theo dõi chặt chẽ diễn biến thời tiết, chủ động "
                "tưới tiêu và phòng trừ sâu bệnh."
            ),
        ],
        "heading": "Khẩn trương triển khai vụ đông",
        "authors": "Bảo Ngọc",
        "source": "Sở Nông nghiệp và Môi trường",
        "days_ago": 5,
        "tags": ["sản xuất lúa", "vụ mùa", "nông nghiệp"],
        "featured": True,
        "image": {
            "caption": "Nông dân huyện Đồng Phú thu hoạch lúa mùa",
            "credit": "Bảo Ngọc",
            "alt": (
                "Máy gặt đập liên hợp đang thu hoạch trên cánh đồng lúa chín vàng, nông dân đội nón đứng "
                "bên bờ ruộng"
            ),
            "palette": "gold",
        },
        "table": {
            "caption": "Kết quả sản xuất lúa vụ mùa theo địa phương",
            "header": ["Địa phương", "Diện tích (ha)", "Năng suất (tạ/ha)", "Sản lượng (tấn)"],
            "rows": [
                ["Huyện Tân Lập", "6.120", "61,4", "37.577"],
                ["Huyện Đồng Phú", "6.850", "62,1", "42.539"],
                ["Huyện Hà Lâm", "6.940", "60,8", "42.195"],
                ["Thị xã Thạch Lâm", "2.480", "57,3", "14.210"],
                ["Huyện Bình Sơn", "2.860", "52,6", "15.044"],
                ["Các địa phương còn lại", "3.490", "48,9", "17.066"],
                ["Toàn tỉnh", "28.740", "58,6", "168.631"],
            ],
        },
        "topics": ["xay-dung-nong-thon-moi"],
    },
    {
        "slug": "them-24-san-pham-ocop-cua-hoa-son-duoc-cong-nhan-dat-3-sao-va-4-sao",
        "section": "san-xuat-nong-nghiep",
        "title": "Thêm 24 sản phẩm OCOP của Hòa Sơn được công nhận đạt 3 sao và 4 sao",
        "lead": (
            "Nâng tổng số sản phẩm OCOP của tỉnh lên 186 sản phẩm, trong đó có 2 sản phẩm tiềm năng 5 sao."
        ),
        "paragraphs": [
            (
                "Hội đồng đánh giá, phân hạng sản phẩm thuộc Chương trình Mỗi xã một sản phẩm (OCOP) tỉnh "
                "Hòa Sơn vừa công nhận thêm 24 sản phẩm đạt chuẩn, gồm 6 sản phẩm 4 sao và 18 sản phẩm 3 "
                "sao. Các sản phẩm mới chủ yếu thuộc nhóm thực phẩm, đồ uống và thảo dược như trà hoa "
                "vàng Suối Ngàn, miến dong Bình Sơn, tinh bột nghệ Đồng Phú, rượu ngô men lá Ngọc Khê và "
                "cao dược liệu Pù Loong."
            ),
            (
                "Như vậy, đến nay toàn tỉnh có 186 sản phẩm OCOP, trong đó 41 sản phẩm 4 sao và 2 sản "
                "phẩm đang được đề nghị Trung ương đánh giá 5 sao là chè xanh đặc sản Tân Lập và mật ong "
                "bạc hà rừng Suối Ngàn. Các chủ thể OCOP gồm 58 hợp tác xã, 27 doanh nghiệp và 64 hộ sản "
                "xuất kinh doanh, tạo việc làm thường xuyên cho hơn 4.200 lao động nông thôn."
            ),
            (
                "Sở Nông nghiệp và Môi trường cho biết, nhiều sản phẩm OCOP đã có mặt trên các sàn thương "
                "mại điện tử và hệ thống siêu thị lớn, doanh thu bình quân tăng 25–35% sau khi được công "
                "nhận. Thời gian tới, tỉnh sẽ hỗ trợ các chủ thể hoàn thiện bao bì, truy xuất nguồn gốc "
                "bằng mã QR và tham gia hội chợ xúc tiến thương mại trong và ngoài nước."
            ),
        ],
        "heading": None,
        "authors": "Hồng Nhung",
        "source": "Sở Nông nghiệp và Môi trường",
        "days_ago": 20,
        "tags": ["OCOP", "nông sản"],
        "featured": False,
        "image": {
            "caption": "Sản phẩm OCOP của tỉnh Hòa Sơn được trưng bày tại hội chợ",
            "credit": "Hồng Nhung",
            "alt": (
                "Kệ gỗ trưng bày các gói chè, lọ mật ong, túi miến dong có nhãn OCOP và tem truy xuất "
                "nguồn gốc"
            ),
            "palette": "green",
        },
        "table": None,
        "topics": ["xay-dung-nong-thon-moi"],
    },
    {
        "slug": "che-xanh-tan-lap-vao-vu-thu-hoach-cuoi-nam-gia-ban-tang-15",
        "section": "san-xuat-nong-nghiep",
        "title": "Chè xanh Tân Lập vào vụ thu hoạch cuối năm, giá bán tăng 15%",
        "lead": (
            "Toàn huyện có 3.850 ha chè, sản lượng chè búp tươi ước đạt 42.000 tấn, giá trị trên 600 tỷ "
            "đồng mỗi năm."
        ),
        "paragraphs": [
            (
                "Những ngày này, trên các đồi chè thuộc xã Tân Hòa, Tân Phong, huyện Tân Lập, người dân "
                "đang tất bật thu hái lứa chè cuối năm. Đây là lứa chè có búp nhỏ, vị đậm, được thị "
                "trường ưa chuộng nên giá chè búp tươi đạt 14.000–16.000 đồng/kg, tăng khoảng 15% so với "
                "cùng kỳ; chè khô thành phẩm loại đặc biệt có giá từ 350.000 đến 600.000 đồng/kg."
            ),
            (
                "Huyện Tân Lập hiện có 3.850 ha chè, trong đó 1.240 ha được chứng nhận sản xuất theo tiêu "
                "chuẩn VietGAP và hữu cơ. Toàn huyện có 46 cơ sở chế biến chè quy mô vừa và nhỏ, 11 hợp "
                "tác xã chè, nhiều đơn vị đã đầu tư máy sao, máy vò hiện đại và có sản phẩm đạt chuẩn "
                "OCOP. Thu nhập từ cây chè bình quân 180–220 triệu đồng/ha/năm, giúp hàng nghìn hộ thoát "
                "nghèo, làm giàu."
            ),
            (
                "Ông Triệu Văn Bình, Giám đốc Hợp tác xã chè Tân Hòa, cho biết hợp tác xã đã ký hợp đồng "
                "xuất khẩu 60 tấn chè xanh sang thị trường Đài Loan và Trung Đông. Để đáp ứng yêu cầu "
                "khắt khe của thị trường, các thành viên phải ghi chép nhật ký đồng ruộng, sử dụng phân "
                "bón hữu cơ và tuân thủ thời gian cách ly thuốc bảo vệ thực vật."
            ),
        ],
        "heading": None,
        "authors": "Đức Anh",
        "source": "Báo Hòa Sơn",
        "days_ago": 50,
        "tags": ["chè", "Tân Lập", "OCOP"],
        "featured": False,
        "image": {
            "caption": "Người dân xã Tân Hòa thu hái chè",
            "credit": "Đức Anh",
            "alt": "Phụ nữ đội nón lá, đeo gùi hái chè trên đồi chè xanh trải dài theo từng luống",
            "palette": "green",
        },
        "table": None,
        "topics": ["xay-dung-nong-thon-moi"],
    },
    {
        "slug": "chan-nuoi-chuyen-dich-theo-huong-trang-trai-an-toan-sinh-hoc",
        "section": "san-xuat-nong-nghiep",
        "title": "Chăn nuôi chuyển dịch theo hướng trang trại, an toàn sinh học",
        "lead": (
            "Toàn tỉnh có 386 trang trại chăn nuôi đạt tiêu chí, đàn lợn đạt 612.000 con, đàn gia cầm 8,4 "
            "triệu con."
        ),
        "paragraphs": [
            (
                "Ngành chăn nuôi tỉnh Hòa Sơn đang chuyển dịch mạnh từ nhỏ lẻ sang trang trại, gia trại "
                "áp dụng biện pháp an toàn sinh học. Hiện toàn tỉnh có 386 trang trại chăn nuôi đạt tiêu "
                "chí, tăng 42 trang trại so với năm trước; tổng đàn lợn đạt 612.000 con, đàn trâu, bò "
                "218.000 con và đàn gia cầm 8,4 triệu con. Giá trị sản xuất chăn nuôi chiếm khoảng 38% "
                "giá trị toàn ngành nông nghiệp."
            ),
            (
                "Tại huyện Hà Lâm, mô hình chăn nuôi lợn khép kín của Công ty cổ phần Nông nghiệp Hà "
                "Thanh với quy mô 12.000 con mỗi lứa áp dụng hệ thống làm mát, cho ăn tự động và xử lý "
                "chất thải bằng công nghệ biogas kết hợp đệm lót sinh học, vừa giảm chi phí vừa hạn chế ô "
                "nhiễm môi trường. Nhiều hộ dân trong vùng tham gia liên kết nuôi gia công, có thu nhập "
                "ổn định."
            ),
            (
                "Để phòng, chống dịch bệnh, Sở Nông nghiệp và Môi trường đã tổ chức hai đợt tiêm phòng "
                "vắc xin lở mồm long móng, tụ huyết trùng, dịch tả lợn châu Phi cho đàn vật nuôi. Người "
                "chăn nuôi cần khai báo ngay khi phát hiện vật nuôi ốm, chết bất thường; tuyệt đối không "
                "bán chạy, vứt xác vật nuôi ra môi trường."
            ),
        ],
        "heading": None,
        "authors": "Bảo Ngọc",
        "source": "Sở Nông nghiệp và Môi trường",
        "days_ago": 110,
        "tags": ["chăn nuôi", "dịch bệnh động vật"],
        "featured": False,
        "image": None,
        "table": None,
        "topics": [],
    },
    {
        "slug": "trong-moi-7-200-ha-rung-ty-le-che-phu-rung-dat-54-6",
        "section": "san-xuat-nong-nghiep",
        "title": "Trồng mới 7.200 ha rừng, tỷ lệ che phủ rừng đạt 54,6%",
        "lead": (
            "Trong năm, toàn tỉnh đã trồng mới 7.200 ha rừng tập trung và 1,2 triệu cây phân tán; hơn "
            "18.000 ha rừng trồng được cấp chứng chỉ quản lý rừng bền vững."
        ),
        "paragraphs": [
            (
                "Theo Chi cục Kiểm lâm tỉnh, trong năm qua toàn tỉnh Hòa Sơn đã trồng mới 7.200 ha rừng "
                "tập trung, vượt 12% kế hoạch, trong đó phần lớn là rừng trồng sản xuất bằng các loài keo "
                "lai, bạch đàn mô và một số loài cây bản địa như lim xanh, giổi, lát hoa. Phong trào "
                "trồng cây phân tán cũng được hưởng ứng rộng rãi với 1,2 triệu cây được trồng ở khu dân "
                "cư, trường học, ven đường giao thông."
            ),
            (
                "Tỷ lệ che phủ rừng của tỉnh duy trì ở mức 54,6%. Đáng chú ý, hơn 18.000 ha rừng trồng "
                "của các công ty lâm nghiệp và hợp tác xã đã được cấp chứng chỉ quản lý rừng bền vững "
                "FSC, giúp gỗ nguyên liệu bán được giá cao hơn 10–15%. Tỉnh đang khuyến khích chủ rừng "
                "chuyển từ trồng rừng gỗ nhỏ sang trồng rừng gỗ lớn với chu kỳ từ 10 năm trở lên."
            ),
            (
                "Bên cạnh đó, tỉnh thu được 68 tỷ đồng tiền dịch vụ môi trường rừng từ các nhà máy thủy "
                "điện, cơ sở cấp nước và du lịch, chi trả cho 14.600 hộ gia đình, cộng đồng nhận khoán "
                "bảo vệ rừng. Đây là nguồn thu nhập quan trọng giúp đồng bào vùng cao gắn bó với rừng, "
                "chung tay giữ rừng đầu nguồn."
            ),
        ],
        "heading": None,
        "authors": "Văn Dũng",
        "source": "Chi cục Kiểm lâm tỉnh",
        "days_ago": 330,
        "tags": ["lâm nghiệp", "trồng rừng"],
        "featured": False,
        "image": {
            "caption": "Rừng trồng gỗ lớn tại huyện Bình Sơn",
            "credit": "Văn Dũng",
            "alt": "Những hàng cây keo cao thẳng tắp trên sườn đồi, ánh nắng chiếu xuyên qua tán lá",
            "palette": "green",
        },
        "table": None,
        "topics": [],
    },
    {
        "slug": "canh-bao-lu-quet-sat-lo-dat-tai-5-huyen-mien-nui-trong-24-gio-toi",
        "section": "phong-chong-thien-tai",
        "title": "Cảnh báo lũ quét, sạt lở đất tại 5 huyện miền núi trong 24 giờ tới",
        "lead": (
            "Lượng mưa phổ biến 80–150 mm, có nơi trên 200 mm; các địa phương khẩn trương rà soát, di dời "
            "người dân khỏi khu vực nguy hiểm."
        ),
        "paragraphs": [
            (
                "Đài Khí tượng thủy văn tỉnh Hòa Sơn cho biết, do ảnh hưởng của không khí lạnh kết hợp "
                "với nhiễu động gió đông trên cao, từ đêm nay đến hết ngày mai, khu vực các huyện Suối "
                "Ngàn, Ngọc Khê, Bình Sơn, Đồng Phú và thị xã Thạch Lâm có mưa vừa, mưa to, có nơi mưa "
                "rất to, lượng mưa phổ biến 80–150 mm, có nơi trên 200 mm. Cấp độ rủi ro thiên tai do mưa "
                "lớn ở cấp 2."
            ),
            (
                "Mưa lớn có khả năng gây lũ quét trên các sông, suối nhỏ, sạt lở đất trên sườn dốc và "
                "ngập úng tại vùng trũng thấp. Danh sách 126 điểm có nguy cơ cao xảy ra sạt lở đất đã "
                "được Sở Nông nghiệp và Môi trường gửi các địa phương, tập trung tại các xã Pù Khao, Nậm "
                "Ty, Nà Pục, Bình Thượng và Khe Mạ."
            ),
            (
                "Văn phòng thường trực Ban Chỉ huy Phòng thủ dân sự tỉnh đề nghị Ủy ban nhân dân các "
                "huyện, xã thông báo kịp thời đến từng thôn, bản, hộ gia đình; tổ chức lực lượng canh gác "
                "tại các ngầm tràn, đường giao thông bị ngập sâu, nước chảy xiết, kiên quyết không cho "
                "người và phương tiện đi qua. Người dân tuyệt đối không vớt củi, đánh bắt cá trên sông, "
                "suối khi có lũ."
            ),
            (
                "Khi phát hiện dấu hiệu nguy hiểm như vết nứt trên sườn đồi, nước suối đột ngột đục, nghe "
                "tiếng động lạ từ trên núi, người dân cần nhanh chóng rời khỏi khu vực và báo ngay cho "
                "chính quyền địa phương qua số điện thoại trực ban phòng, chống thiên tai của tỉnh: "
                "(0201) 3852 112. Các hộ gia đình sống ven sông, suối, chân đồi cần chuẩn bị sẵn đèn pin, "
                "lương thực, nước uống và giấy tờ quan trọng để có thể sơ tán ngay khi có lệnh."
            ),
        ],
        "heading": "Dấu hiệu nhận biết nguy cơ sạt lở",
        "authors": "Ban Chỉ huy Phòng thủ dân sự tỉnh",
        "source": "Đài Khí tượng thủy văn tỉnh",
        "days_ago": 1,
        "tags": ["cảnh báo", "mưa lũ", "sạt lở đất"],
        "featured": False,
        "image": {
            "caption": "Đoạn đường tỉnh qua huyện Suối Ngàn bị sạt lở sau mưa lớn",
            "credit": "Văn Dũng",
            "alt": (
                "Khối đất đá từ taluy dương đổ xuống lấp một nửa mặt đường, có biển báo nguy hiểm và rào "
                "chắn tạm"
            ),
            "palette": "red",
        },
        "table": None,
        "topics": [],
    },
    {
        "slug": "tong-ket-thiet-hai-do-mua-lu-dau-thang-10-uoc-tinh-286-ty-dong",
        "section": "phong-chong-thien-tai",
        "title": "Tổng kết thiệt hại do mưa lũ đầu tháng 10: ước tính 286 tỷ đồng",
        "lead": (
            "Đợt mưa lũ làm 3 người chết, 14 nhà bị cuốn trôi, 1.240 ha lúa và hoa màu bị thiệt hại; "
            "nhiều tuyến giao thông bị chia cắt."
        ),
        "paragraphs": [
            (
                "Theo báo cáo của Ban Chỉ huy Phòng thủ dân sự tỉnh, đợt mưa lũ từ ngày 2 đến ngày 5 "
                "tháng 10 đã gây thiệt hại nặng nề cho tỉnh Hòa Sơn. Ba người chết do lũ cuốn tại huyện "
                "Suối Ngàn, 5 người bị thương; 14 nhà bị cuốn trôi hoàn toàn, 326 nhà bị hư hỏng, 1.870 "
                "nhà bị ngập. Tổng giá trị thiệt hại ước tính 286 tỷ đồng."
            ),
            (
                "Về hạ tầng, 47 điểm sạt lở trên các tuyến quốc lộ, đường tỉnh với khối lượng hơn 120.000 "
                "m³ đất đá; 6 cầu treo dân sinh bị hư hỏng; 12 công trình thủy lợi bị sạt lở, vỡ kè. "
                "Nhiều xã thuộc huyện Suối Ngàn, Ngọc Khê bị chia cắt trong 2–3 ngày, lực lượng chức năng "
                "phải dùng xuồng, thuyền để tiếp tế lương thực, thuốc men cho người dân."
            ),
            (
                "Ngay sau lũ, Ủy ban nhân dân tỉnh đã xuất ngân sách dự phòng 45 tỷ đồng hỗ trợ các địa "
                "phương khắc phục hậu quả, ưu tiên sửa chữa nhà ở, trường học, trạm y tế và thông tuyến "
                "giao thông. Đến nay, 100% tuyến giao thông chính đã được thông xe; học sinh tất cả các "
                "trường đã trở lại lớp học. Tỉnh đang vận động các tổ chức, cá nhân ủng hộ đồng bào bị "
                "thiệt hại qua Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh."
            ),
        ],
        "heading": None,
        "authors": "Ban Chỉ huy Phòng thủ dân sự tỉnh",
        "source": "Sở Nông nghiệp và Môi trường",
        "days_ago": 34,
        "tags": ["mưa lũ", "thiệt hại", "khắc phục hậu quả"],
        "featured": False,
        "image": {
            "caption": "Lực lượng quân đội giúp dân dọn bùn đất sau lũ",
            "credit": "Quốc Việt",
            "alt": (
                "Bộ đội mặc quân phục dùng xẻng xúc bùn trong sân trường học, tường lớp học còn vệt nước lũ"
            ),
            "palette": "teal",
        },
        "table": None,
        "topics": [],
    },
    {
        "slug": "dien-tap-phong-chong-thien-tai-va-tim-kiem-cuu-nan-tai-huyen-ngoc-khe",
        "section": "phong-chong-thien-tai",
        "title": "Diễn tập phòng, chống thiên tai và tìm kiếm cứu nạn tại huyện Ngọc Khê",
        "lead": (
            "Cuộc diễn tập huy động hơn 500 người và nhiều phương tiện, giả định tình huống lũ quét tại "
            "xã Nà Pục."
        ),
        "paragraphs": [
            (
                "Ủy ban nhân dân huyện Ngọc Khê vừa tổ chức diễn tập phòng, chống thiên tai và tìm kiếm "
                "cứu nạn năm 2026 với tình huống giả định mưa lớn kéo dài gây lũ quét, sạt lở đất tại xã "
                "Nà Pục. Cuộc diễn tập huy động hơn 500 cán bộ, chiến sĩ lực lượng vũ trang, dân quân tự "
                "vệ, y tế, chữ thập đỏ và người dân, cùng 30 phương tiện cơ giới, xuồng cứu hộ."
            ),
            (
                "Các tình huống được triển khai gồm cảnh báo, sơ tán người dân bằng loa phát thanh và tin "
                "nhắn; tìm kiếm người bị nạn mắc kẹt trong khu vực sạt lở; cấp cứu, vận chuyển người bị "
                "thương; bảo đảm hậu cần tại khu sơ tán và vệ sinh môi trường sau lũ. Lực lượng tham gia "
                "đã xử lý các tình huống nhanh, đúng quy trình, phối hợp nhịp nhàng."
            ),
            (
                "Phát biểu tổng kết, Phó Chủ tịch Ủy ban nhân dân tỉnh Hoàng Văn Tiến đánh giá cao kết "
                "quả diễn tập, đề nghị huyện Ngọc Khê rút kinh nghiệm để hoàn thiện phương án ứng phó "
                "thiên tai theo cấp độ rủi ro. Ông nhấn mạnh phương châm bốn tại chỗ, trong đó người dân "
                "là chủ thể, phải được hướng dẫn kỹ năng tự bảo vệ mình khi có thiên tai xảy ra."
            ),
        ],
        "heading": None,
        "authors": "Sầm Thủy",
        "source": "UBND huyện Ngọc Khê",
        "days_ago": 140,
        "tags": ["diễn tập", "tìm kiếm cứu nạn"],
        "featured": False,
        "image": {
            "caption": "Lực lượng cứu hộ diễn tập đưa người bị nạn ra khỏi vùng lũ",
            "credit": "Sầm Thủy",
            "alt": "Chiến sĩ mặc áo phao dùng xuồng máy chở người dân qua dòng nước đục",
            "palette": "blue",
        },
        "table": None,
        "topics": [],
    },
    {
        "slug": "lap-dat-60-tram-do-mua-tu-dong-canh-bao-som-lu-quet-cho-vung-nui",
        "section": "phong-chong-thien-tai",
        "title": "Lắp đặt 60 trạm đo mưa tự động, cảnh báo sớm lũ quét cho vùng núi",
        "lead": "Hệ thống cảnh báo sớm tự động phát còi và gửi tin nhắn khi lượng mưa vượt ngưỡng nguy hiểm.",
        "paragraphs": [
            (
                "Sở Nông nghiệp và Môi trường tỉnh Hòa Sơn vừa hoàn thành lắp đặt 60 trạm đo mưa tự động "
                "và 8 trạm cảnh báo lũ tại các huyện Suối Ngàn, Ngọc Khê, Bình Sơn với tổng kinh phí 12,4 "
                "tỷ đồng từ nguồn vốn hỗ trợ của Trung ương và dự án hợp tác quốc tế. Số liệu từ các trạm "
                "được truyền theo thời gian thực về hệ thống cơ sở dữ liệu phòng, chống thiên tai của "
                "tỉnh."
            ),
            (
                "Khi lượng mưa tích lũy vượt ngưỡng nguy hiểm đã được tính toán cho từng lưu vực, hệ "
                "thống tự động phát còi cảnh báo tại thôn, bản và gửi tin nhắn đến điện thoại của cán bộ "
                "xã, trưởng thôn và người dân đã đăng ký. Thông tin cũng được hiển thị trên ứng dụng Hòa "
                "Sơn S để người dân chủ động theo dõi."
            ),
            (
                "Trong đợt mưa lũ đầu tháng 10, hệ thống đã phát cảnh báo sớm trước 3 giờ tại xã Nậm Ty, "
                "giúp chính quyền kịp thời sơ tán 146 hộ dân ra khỏi khu vực ven suối trước khi lũ quét "
                "đổ về. Tỉnh sẽ tiếp tục đầu tư thêm 40 trạm trong năm tới để phủ kín các lưu vực suối có "
                "nguy cơ cao."
            ),
        ],
        "heading": None,
        "authors": "Bảo Ngọc",
        "source": "Sở Nông nghiệp và Môi trường",
        "days_ago": 200,
        "tags": ["cảnh báo sớm", "lũ quét", "chuyển đổi số"],
        "featured": False,
        "image": None,
        "table": None,
        "topics": ["chuyen-doi-so"],
    },
    {
        "slug": "nam-hoc-2026-2027-toan-tinh-co-hon-312-000-hoc-sinh-thieu-640-giao-vien",
        "section": "giao-duc-dao-tao",
        "title": "Năm học 2026–2027: toàn tỉnh có hơn 312.000 học sinh, thiếu 640 giáo viên",
        "lead": (
            "Ngành giáo dục đã cơ bản ổn định quy mô trường lớp; tình trạng thiếu giáo viên tập trung ở "
            "bậc mầm non và các môn học mới."
        ),
        "paragraphs": [
            (
                "Theo Sở Giáo dục và Đào tạo, năm học 2026–2027 toàn tỉnh Hòa Sơn có 612 cơ sở giáo dục "
                "mầm non và phổ thông với 312.480 học sinh, tăng 4.150 học sinh so với năm học trước. Tỷ "
                "lệ huy động trẻ 5 tuổi đến trường đạt 99,8%, học sinh 6 tuổi vào lớp 1 đạt 100%. Tỷ lệ "
                "trường đạt chuẩn quốc gia đạt 86,4%, cao hơn mục tiêu đề ra."
            ),
            (
                "Tuy nhiên, toàn ngành còn thiếu 640 giáo viên so với định mức, trong đó thiếu nhiều nhất "
                "ở bậc mầm non với 285 người và các môn học mới ở trung học như Tin học, Tiếng Anh, Âm "
                "nhạc, Mỹ thuật. Các huyện miền núi Suối Ngàn, Ngọc Khê gặp khó khăn trong tuyển dụng do "
                "ít người dự tuyển, một số giáo viên xin chuyển công tác về vùng thuận lợi."
            ),
            (
                "Để khắc phục, Sở Giáo dục và Đào tạo tham mưu Ủy ban nhân dân tỉnh giao chỉ tiêu tuyển "
                "dụng bổ sung, thực hiện hợp đồng lao động đối với giáo viên thiếu, đồng thời điều động "
                "giáo viên từ nơi thừa sang nơi thiếu trong cùng huyện. Tỉnh cũng đang xây dựng chính "
                "sách hỗ trợ nhà ở công vụ cho giáo viên công tác ở vùng đặc biệt khó khăn."
            ),
        ],
        "heading": None,
        "authors": "Lan Anh",
        "source": "Sở Giáo dục và Đào tạo",
        "days_ago": 6,
        "tags": ["năm học mới", "giáo viên"],
        "featured": True,
        "image": {
            "caption": "Học sinh Trường Tiểu học Hòa Bình trong giờ học",
            "credit": "Lan Anh",
            "alt": (
                "Lớp học sáng sủa với học sinh mặc áo trắng khăn quàng đỏ giơ tay phát biểu, cô giáo đứng "
                "cạnh bảng"
            ),
            "palette": "gold",
        },
        "table": {
            "caption": "Quy mô học sinh năm học 2026–2027",
            "header": ["Cấp học", "Số trường", "Số học sinh", "Giáo viên còn thiếu"],
            "rows": [
                ["Mầm non", "214", "68.920", "285"],
                ["Tiểu học", "196", "112.340", "142"],
                ["Trung học cơ sở", "158", "86.710", "151"],
                ["Trung học phổ thông", "44", "44.510", "62"],
                ["Toàn tỉnh", "612", "312.480", "640"],
            ],
        },
        "topics": [],
    },
    {
        "slug": "hoa-son-co-46-hoc-sinh-doat-giai-ky-thi-chon-hoc-sinh-gioi-quoc-gia",
        "section": "giao-duc-dao-tao",
        "title": "Hòa Sơn có 46 học sinh đoạt giải kỳ thi chọn học sinh giỏi quốc gia",
        "lead": (
            "Đây là kết quả cao nhất từ trước đến nay, trong đó có 2 giải nhất, 9 giải nhì, 17 giải ba và "
            "18 giải khuyến khích."
        ),
        "paragraphs": [
            (
                "Đội tuyển học sinh giỏi quốc gia tỉnh Hòa Sơn đã giành 46 giải tại kỳ thi chọn học sinh "
                "giỏi quốc gia trung học phổ thông, gồm 2 giải nhất, 9 giải nhì, 17 giải ba và 18 giải "
                "khuyến khích, tăng 8 giải so với năm trước. Tỷ lệ học sinh đoạt giải đạt 73% số thí sinh "
                "dự thi, xếp trong nhóm 20 tỉnh, thành phố có kết quả cao nhất cả nước."
            ),
            (
                "Hai giải nhất thuộc về em Nguyễn Minh Khôi, môn Toán và em Đặng Thu Hiền, môn Hóa học, "
                "đều là học sinh Trường Trung học phổ thông chuyên Hòa Sơn. Với kết quả này, hai em được "
                "tuyển thẳng vào đại học và có cơ hội tham gia vòng chọn đội tuyển dự thi Olympic quốc "
                "tế. Môn Ngữ văn, Tiếng Anh và Tin học cũng có nhiều giải cao."
            ),
            (
                "Ủy ban nhân dân tỉnh đã quyết định khen thưởng các học sinh đoạt giải và giáo viên bồi "
                "dưỡng với tổng số tiền hơn 1,8 tỷ đồng theo chính sách khuyến khích tài năng của tỉnh. "
                "Sở Giáo dục và Đào tạo cho biết sẽ tiếp tục đầu tư phòng thí nghiệm, thư viện số cho "
                "trường chuyên và mở rộng mô hình bồi dưỡng học sinh giỏi trực tuyến cho học sinh các "
                "huyện."
            ),
        ],
        "heading": None,
        "authors": "Khánh Linh",
        "source": "Sở Giáo dục và Đào tạo",
        "days_ago": 18,
        "tags": ["học sinh giỏi", "trường chuyên"],
        "featured": False,
        "image": {
            "caption": "Lễ tuyên dương học sinh đoạt giải quốc gia",
            "credit": "Khánh Linh",
            "alt": "Các học sinh cầm hoa và bằng khen đứng trên sân khấu cùng lãnh đạo tỉnh và thầy cô giáo",
            "palette": "red",
        },
        "table": None,
        "topics": [],
    },
    {
        "slug": "tuyen-sinh-lop-10-nam-hoc-moi-xet-tuyen-ket-hop-thi-voi-3-mon",
        "section": "giao-duc-dao-tao",
        "title": "Tuyển sinh lớp 10 năm học mới: xét tuyển kết hợp thi với 3 môn",
        "lead": (
            "Học sinh thi ba môn Ngữ văn, Toán và một môn thứ ba do Sở Giáo dục và Đào tạo công bố; chỉ "
            "tiêu vào trường công lập chiếm 68%."
        ),
        "paragraphs": [
            (
                "Sở Giáo dục và Đào tạo tỉnh Hòa Sơn vừa ban hành hướng dẫn tuyển sinh vào lớp 10 trung "
                "học phổ thông năm học tới. Theo đó, các trường công lập không chuyên tuyển sinh theo "
                "phương thức thi tuyển với ba môn Ngữ văn, Toán và môn thứ ba được công bố trước ngày 31 "
                "tháng 3. Điểm xét tuyển là tổng điểm ba bài thi cộng điểm ưu tiên, khuyến khích theo quy "
                "định."
            ),
            (
                "Tổng chỉ tiêu vào lớp 10 các trường trung học phổ thông công lập là 10.860 học sinh, "
                "chiếm khoảng 68% số học sinh tốt nghiệp trung học cơ sở. Số còn lại được định hướng vào "
                "các trường ngoài công lập, trung tâm giáo dục nghề nghiệp – giáo dục thường xuyên và các "
                "cơ sở đào tạo nghề, góp phần thực hiện mục tiêu phân luồng học sinh sau trung học cơ sở."
            ),
            (
                "Thí sinh đăng ký dự tuyển trực tuyến trên hệ thống tuyển sinh của Sở Giáo dục và Đào "
                "tạo, không phải nộp hồ sơ giấy. Phụ huynh, học sinh có thắc mắc về quy chế tuyển sinh có "
                "thể gửi câu hỏi qua chuyên mục Hỏi – đáp trên Cổng Thông tin điện tử tỉnh hoặc liên hệ "
                "đường dây nóng của Phòng Quản lý chất lượng, Sở Giáo dục và Đào tạo."
            ),
        ],
        "heading": None,
        "authors": "Lan Anh",
        "source": "Sở Giáo dục và Đào tạo",
        "days_ago": 70,
        "tags": ["tuyển sinh", "lớp 10"],
        "featured": False,
        "image": None,
        "table": None,
        "topics": [],
    },
    {
        "slug": "khanh-thanh-truong-pho-thong-dan-toc-ban-tru-trung-hoc-co-so-pu-khao",
        "section": "giao-duc-dao-tao",
        "title": "Khánh thành Trường Phổ thông dân tộc bán trú Trung học cơ sở Pù Khao",
        "lead": (
            "Công trình có 16 phòng học, khu nội trú cho 320 học sinh, được đầu tư 38 tỷ đồng từ Chương "
            "trình mục tiêu quốc gia."
        ),
        "paragraphs": [
            (
                "Ủy ban nhân dân huyện Suối Ngàn vừa tổ chức lễ khánh thành Trường Phổ thông dân tộc bán "
                "trú Trung học cơ sở Pù Khao. Công trình gồm nhà lớp học 3 tầng với 16 phòng học, 6 phòng "
                "học bộ môn, nhà nội trú cho 320 học sinh, nhà ăn, nhà đa năng và sân chơi, tổng vốn đầu "
                "tư 38 tỷ đồng từ Chương trình mục tiêu quốc gia phát triển kinh tế – xã hội vùng đồng "
                "bào dân tộc thiểu số và miền núi."
            ),
            (
                "Trước đây, học sinh của trường phải học trong các dãy phòng cấp bốn xuống cấp, nhiều em "
                "phải ở nhờ nhà dân hoặc lán tạm gần trường vì nhà cách xa hơn 10 km đường núi. Nay các "
                "em đã có chỗ ăn, ở khang trang, được giáo viên quản lý, chăm sóc cả ngày, tạo điều kiện "
                "để duy trì sĩ số và nâng cao chất lượng dạy học."
            ),
            (
                "Thầy Giàng A Chứ, Hiệu trưởng nhà trường, xúc động cho biết: “Ngôi trường mới là mơ ước "
                "của thầy trò và phụ huynh nơi đây suốt nhiều năm. Chúng tôi sẽ giữ gìn, khai thác hiệu "
                "quả cơ sở vật chất để các em yên tâm học tập”. Tỉnh sẽ tiếp tục đầu tư thêm 5 trường bán "
                "trú tại các xã đặc biệt khó khăn trong giai đoạn tới."
            ),
        ],
        "heading": None,
        "authors": "Văn Dũng",
        "source": "UBND huyện Suối Ngàn",
        "days_ago": 160,
        "tags": ["trường học", "dân tộc thiểu số", "Suối Ngàn"],
        "featured": False,
        "image": {
            "caption": "Trường Phổ thông dân tộc bán trú Trung học cơ sở Pù Khao",
            "credit": "Văn Dũng",
            "alt": (
                "Tòa nhà ba tầng sơn vàng giữa thung lũng, học sinh mặc áo đồng phục xếp hàng trên sân trường"
            ),
            "palette": "gold",
        },
        "table": None,
        "topics": [],
    },
    {
        "slug": "ty-le-tot-nghiep-trung-hoc-pho-thong-cua-hoa-son-dat-99-3",
        "section": "giao-duc-dao-tao",
        "title": "Tỷ lệ tốt nghiệp trung học phổ thông của Hòa Sơn đạt 99,3%",
        "lead": (
            "Điểm trung bình các môn thi của tỉnh xếp thứ 19 cả nước; môn Ngữ văn và Lịch sử có điểm "
            "trung bình cao nhất."
        ),
        "paragraphs": [
            (
                "Sở Giáo dục và Đào tạo tỉnh Hòa Sơn công bố kết quả kỳ thi tốt nghiệp trung học phổ "
                "thông. Toàn tỉnh có 14.286 thí sinh dự thi, tỷ lệ đỗ tốt nghiệp đạt 99,3%, tăng 0,4 điểm "
                "phần trăm so với năm trước. Điểm trung bình các môn thi của tỉnh đạt 6,72, xếp thứ 19 "
                "trên cả nước, tăng 5 bậc."
            ),
            (
                "Môn Ngữ văn có điểm trung bình cao nhất với 7,46 điểm, tiếp theo là Lịch sử 7,12 điểm; "
                "môn Tiếng Anh có điểm trung bình thấp nhất với 5,34 điểm, phản ánh khoảng cách lớn về "
                "điều kiện học ngoại ngữ giữa thành thị và nông thôn. Toàn tỉnh có 312 bài thi đạt điểm "
                "10, trong đó môn Giáo dục kinh tế và pháp luật có nhiều điểm 10 nhất."
            ),
            (
                "Đánh giá kỳ thi, Sở Giáo dục và Đào tạo cho biết công tác tổ chức được thực hiện nghiêm "
                "túc, an toàn, không có cán bộ, thí sinh vi phạm quy chế phải xử lý kỷ luật. Thời gian "
                "tới, ngành sẽ tập trung nâng cao chất lượng dạy học ngoại ngữ, tăng cường giáo viên bản "
                "ngữ thông qua liên kết và ứng dụng các nền tảng học trực tuyến cho học sinh vùng khó "
                "khăn."
            ),
        ],
        "heading": None,
        "authors": "Khánh Linh",
        "source": "Sở Giáo dục và Đào tạo",
        "days_ago": 380,
        "tags": ["thi tốt nghiệp", "trung học phổ thông"],
        "featured": False,
        "image": None,
        "table": None,
        "topics": [],
    },
    {
        "slug": "tiem-vac-xin-soi-cho-hon-48-000-tre-em-tu-1-den-10-tuoi",
        "section": "y-te",
        "title": "Tiêm vắc xin sởi cho hơn 48.000 trẻ em từ 1 đến 10 tuổi",
        "lead": (
            "Chiến dịch được triển khai tại 151 trạm y tế xã, phường và các trường học, phấn đấu tỷ lệ "
            "tiêm đạt trên 95% trước khi bước vào mùa đông xuân."
        ),
        "paragraphs": [
            (
                "Sở Y tế tỉnh Hòa Sơn đang triển khai chiến dịch tiêm vắc xin phòng bệnh sởi cho trẻ em "
                "từ 1 đến 10 tuổi tại các địa phương có nguy cơ cao. Theo kế hoạch, khoảng 48.600 trẻ sẽ "
                "được tiêm một mũi vắc xin sởi – rubella, ưu tiên trẻ chưa tiêm hoặc tiêm chưa đủ mũi "
                "theo lịch tiêm chủng mở rộng. Sau hai tuần, đã có 41.250 trẻ được tiêm, đạt 84,9% kế "
                "hoạch."
            ),
            (
                "Điểm tiêm được bố trí tại 151 trạm y tế xã, phường, thị trấn và các trường mầm non, tiểu "
                "học. Mỗi điểm tiêm có đủ nhân viên y tế được tập huấn, tủ bảo quản vắc xin, hộp chống "
                "sốc và khu vực theo dõi sau tiêm ít nhất 30 phút. Đến nay chưa ghi nhận trường hợp phản "
                "ứng nặng nào sau tiêm."
            ),
            (
                "Bác sĩ Lý Thanh Mai, Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh cho biết, sởi là bệnh "
                "truyền nhiễm lây qua đường hô hấp, có thể gây biến chứng viêm phổi, viêm não nguy hiểm. "
                "Phụ huynh cần kiểm tra lịch sử tiêm chủng của con trên ứng dụng VNeID hoặc sổ tiêm chủng "
                "và đưa trẻ đi tiêm đầy đủ; khi trẻ có biểu hiện sốt, phát ban, viêm kết mạc cần đưa đến "
                "cơ sở y tế khám ngay."
            ),
        ],
        "heading": None,
        "authors": "Thu Hà",
        "source": "Sở Y tế",
        "days_ago": 4,
        "tags": ["tiêm chủng", "sởi", "trẻ em"],
        "featured": False,
        "image": {
            "caption": "Nhân viên y tế tiêm vắc xin cho trẻ tại Trạm Y tế phường Thạch Trung",
            "credit": "Thu Hà",
            "alt": "Nữ nhân viên y tế đeo khẩu trang tiêm vào cánh tay một bé gái đang được mẹ bế",
            "palette": "teal",
        },
        "table": {
            "caption": "Tiến độ tiêm vắc xin sởi – rubella theo địa phương (sau hai tuần)",
            "header": ["Địa phương", "Số trẻ cần tiêm", "Đã tiêm", "Tỷ lệ (%)"],
            "rows": [
                ["Thành phố Hòa Sơn", "9.820", "8.960", "91,2"],
                ["Thị xã Thạch Lâm", "5.460", "4.870", "89,2"],
                ["Huyện Đồng Phú", "7.240", "6.310", "87,2"],
                ["Huyện Hà Lâm", "8.630", "7.390", "85,6"],
                ["Huyện Suối Ngàn", "4.180", "3.040", "72,7"],
                ["Các huyện còn lại", "13.270", "10.680", "80,5"],
                ["Toàn tỉnh", "48.600", "41.250", "84,9"],
            ],
        },
        "topics": [],
    },
    {
        "slug": "benh-vien-da-khoa-tinh-thuc-hien-thanh-cong-ca-ghep-than-dau-tien",
        "section": "y-te",
        "title": "Bệnh viện Đa khoa tỉnh thực hiện thành công ca ghép thận đầu tiên",
        "lead": (
            "Ca ghép thận từ người cho sống là bước tiến quan trọng, giúp người bệnh trong tỉnh được điều "
            "trị kỹ thuật cao ngay tại địa phương."
        ),
        "paragraphs": [
            (
                "Bệnh viện Đa khoa tỉnh Hòa Sơn vừa thực hiện thành công ca ghép thận đầu tiên với sự hỗ "
                "trợ chuyên môn của Bệnh viện Hữu nghị Việt Đức. Người nhận thận là anh T.V.H., 38 tuổi, "
                "ở huyện Hà Lâm, bị suy thận mạn giai đoạn cuối, phải chạy thận nhân tạo ba lần mỗi tuần "
                "trong hơn hai năm. Người hiến thận là chị gái của bệnh nhân."
            ),
            (
                "Ca phẫu thuật kéo dài gần 5 giờ, huy động hơn 40 y, bác sĩ thuộc các khoa ngoại, gây mê "
                "hồi sức, thận nhân tạo, xét nghiệm. Sau mổ, thận ghép hoạt động tốt, chức năng thận của "
                "người nhận trở về bình thường sau 5 ngày; sức khỏe người hiến ổn định và đã được xuất "
                "viện. Toàn bộ chi phí ca ghép được bảo hiểm y tế chi trả phần lớn theo quy định."
            ),
            (
                "Giám đốc Sở Y tế Tạ Quang Hưng cho biết, thành công của ca ghép thận là kết quả của quá "
                "trình chuyển giao kỹ thuật theo Đề án bệnh viện vệ tinh. Hiện tỉnh có khoảng 260 người "
                "bệnh đang chạy thận nhân tạo, nhiều người có nhu cầu ghép thận. Bệnh viện sẽ hoàn thiện "
                "quy trình để thực hiện thường quy, giúp người dân giảm chi phí đi lại, điều trị ở tuyến "
                "trên."
            ),
        ],
        "heading": None,
        "authors": "Thu Hà",
        "source": "Bệnh viện Đa khoa tỉnh",
        "days_ago": 15,
        "tags": ["kỹ thuật cao", "ghép thận", "bệnh viện"],
        "featured": False,
        "image": {
            "caption": "Ê kíp phẫu thuật ca ghép thận tại Bệnh viện Đa khoa tỉnh",
            "credit": "Bệnh viện Đa khoa tỉnh",
            "alt": "Các bác sĩ mặc áo phẫu thuật xanh đứng quanh bàn mổ dưới ánh đèn phòng mổ",
            "palette": "blue",
        },
        "table": None,
        "topics": [],
    },
    {
        "slug": "hoa-son-dat-ty-le-bao-phu-bao-hiem-y-te-94-8-dan-so",
        "section": "y-te",
        "title": "Hòa Sơn đạt tỷ lệ bao phủ bảo hiểm y tế 94,8% dân số",
        "lead": (
            "Toàn tỉnh có hơn 1,19 triệu người tham gia bảo hiểm y tế; tỷ lệ học sinh, sinh viên tham gia "
            "đạt 100%."
        ),
        "paragraphs": [
            (
                "Theo Bảo hiểm xã hội tỉnh, đến hết tháng 10, toàn tỉnh Hòa Sơn có 1.198.400 người tham "
                "gia bảo hiểm y tế, đạt tỷ lệ bao phủ 94,8% dân số, vượt chỉ tiêu Hội đồng nhân dân tỉnh "
                "giao. Nhóm học sinh, sinh viên đạt tỷ lệ tham gia 100%; nhóm hộ gia đình tăng hơn 12.000 "
                "người so với cùng kỳ nhờ chính sách hỗ trợ mức đóng của tỉnh."
            ),
            (
                "Năm nay, ngân sách tỉnh hỗ trợ thêm 20% mức đóng bảo hiểm y tế cho người thuộc hộ cận "
                "nghèo, hộ làm nông, lâm, ngư nghiệp có mức sống trung bình và người từ 70 đến dưới 75 "
                "tuổi, ngoài phần hỗ trợ của ngân sách trung ương. Nhiều doanh nghiệp, nhà hảo tâm cũng "
                "tặng thẻ bảo hiểm y tế cho hộ khó khăn."
            ),
            (
                "Từ đầu năm, quỹ bảo hiểm y tế đã chi trả cho hơn 1,4 triệu lượt khám, chữa bệnh trên địa "
                "bàn tỉnh với tổng số tiền 1.260 tỷ đồng. Người dân có thể sử dụng thẻ căn cước hoặc ứng "
                "dụng VNeID thay cho thẻ bảo hiểm y tế giấy khi đi khám, chữa bệnh tại tất cả các cơ sở y "
                "tế trong tỉnh."
            ),
        ],
        "heading": None,
        "authors": "Ngọc Ánh",
        "source": "Bảo hiểm xã hội tỉnh",
        "days_ago": 43,
        "tags": ["bảo hiểm y tế", "an sinh xã hội"],
        "featured": False,
        "image": None,
        "table": None,
        "topics": [],
    },
    {
        "slug": "tang-cuong-kiem-tra-an-toan-thuc-pham-tai-bep-an-tap-the-truong-hoc-khu-cong",
        "section": "y-te",
        "title": "Tăng cường kiểm tra an toàn thực phẩm tại bếp ăn tập thể trường học, khu công nghiệp",
        "lead": (
            "Đoàn liên ngành đã kiểm tra 486 cơ sở, xử phạt 38 cơ sở vi phạm với tổng số tiền 412 triệu đồng."
        ),
        "paragraphs": [
            (
                "Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh Hòa Sơn vừa tổng kết đợt kiểm tra "
                "chuyên đề đối với bếp ăn tập thể tại trường học, doanh nghiệp trong khu công nghiệp và "
                "cơ sở cung cấp suất ăn sẵn. Qua kiểm tra 486 cơ sở, đoàn đã phát hiện 52 cơ sở vi phạm, "
                "xử phạt 38 cơ sở với tổng số tiền 412 triệu đồng và tiêu hủy hơn 260 kg thực phẩm không "
                "rõ nguồn gốc."
            ),
            (
                "Các vi phạm phổ biến là không lưu mẫu thức ăn theo quy định, người chế biến chưa khám "
                "sức khỏe định kỳ, khu vực sơ chế và nấu nướng không tách biệt, sử dụng nguyên liệu không "
                "có hóa đơn, chứng từ chứng minh nguồn gốc. Một số cơ sở cung cấp suất ăn cho công nhân "
                "có điều kiện vệ sinh kém đã bị đình chỉ hoạt động có thời hạn."
            ),
            (
                "Chi cục An toàn vệ sinh thực phẩm khuyến cáo các trường học, doanh nghiệp khi ký hợp "
                "đồng cung cấp suất ăn phải kiểm tra giấy chứng nhận đủ điều kiện an toàn thực phẩm của "
                "đơn vị cung cấp, tổ chức giám sát định kỳ. Người dân phát hiện dấu hiệu mất an toàn thực "
                "phẩm có thể phản ánh qua đường dây nóng của Sở Y tế hoặc ứng dụng Hòa Sơn S."
            ),
        ],
        "heading": None,
        "authors": "Hồng Nhung",
        "source": "Sở Y tế",
        "days_ago": 96,
        "tags": ["an toàn thực phẩm", "kiểm tra"],
        "featured": False,
        "image": {
            "caption": "Đoàn kiểm tra an toàn thực phẩm tại bếp ăn trường học",
            "credit": "Hồng Nhung",
            "alt": "Cán bộ kiểm tra mặc áo blouse trắng xem xét khu vực sơ chế rau trong bếp ăn tập thể",
            "palette": "green",
        },
        "table": None,
        "topics": [],
    },
    {
        "slug": "trien-khai-benh-an-dien-tu-tai-12-benh-vien-cong-lap",
        "section": "y-te",
        "title": "Triển khai bệnh án điện tử tại 12 bệnh viện công lập",
        "lead": (
            "Người bệnh không còn phải mang theo hồ sơ giấy; kết quả xét nghiệm, chẩn đoán hình ảnh được "
            "liên thông giữa các cơ sở."
        ),
        "paragraphs": [
            (
                "Sở Y tế tỉnh Hòa Sơn cho biết, đến nay 12 bệnh viện công lập tuyến tỉnh và huyện đã "
                "triển khai bệnh án điện tử, thay thế hoàn toàn hồ sơ bệnh án giấy. Toàn bộ thông tin "
                "khám, chữa bệnh, chỉ định xét nghiệm, kết quả chẩn đoán hình ảnh, đơn thuốc được lưu trữ "
                "trên hệ thống và ký số bởi bác sĩ điều trị."
            ),
            (
                "Khi chuyển tuyến, dữ liệu của người bệnh được liên thông giữa các cơ sở, tránh phải làm "
                "lại xét nghiệm không cần thiết, tiết kiệm chi phí cho người bệnh và quỹ bảo hiểm y tế. "
                "Người dân có thể xem kết quả khám, đơn thuốc trên sổ sức khỏe điện tử trong ứng dụng "
                "VNeID. Thời gian chờ đợi làm thủ tục tại các bệnh viện giảm bình quân 25–30 phút mỗi "
                "lượt khám."
            ),
            (
                "Để bảo đảm an toàn, hệ thống được phân quyền chặt chẽ, mọi lượt truy cập đều được ghi "
                "nhật ký; dữ liệu được sao lưu định kỳ tại trung tâm dữ liệu của tỉnh. Sở Y tế đặt mục "
                "tiêu đến cuối năm sau, toàn bộ các trạm y tế xã cũng triển khai hồ sơ sức khỏe điện tử, "
                "kết nối với bệnh án điện tử của bệnh viện tuyến trên."
            ),
        ],
        "heading": None,
        "authors": "Thu Hà",
        "source": "Sở Y tế",
        "days_ago": 240,
        "tags": ["bệnh án điện tử", "chuyển đổi số", "y tế"],
        "featured": False,
        "image": None,
        "table": None,
        "topics": ["chuyen-doi-so"],
    },
    {
        "slug": "nghe-thuat-chieng-muong-hoa-son-duoc-ghi-danh-la-di-san-van-hoa-phi-vat-the",
        "section": "van-hoa-the-thao",
        "title": "Nghệ thuật chiêng Mường Hòa Sơn được ghi danh là di sản văn hóa phi vật thể quốc gia",
        "lead": (
            "Đây là di sản văn hóa phi vật thể quốc gia thứ tư của tỉnh, ghi nhận nỗ lực bảo tồn của cộng "
            "đồng người Mường."
        ),
        "paragraphs": [
            (
                "Bộ Văn hóa, Thể thao và Du lịch vừa ban hành quyết định đưa Nghệ thuật chiêng Mường Hòa "
                "Sơn vào Danh mục di sản văn hóa phi vật thể quốc gia. Di sản được thực hành chủ yếu tại "
                "các xã của huyện Bình Sơn và huyện Đồng Phú, gắn với các nghi lễ vòng đời, lễ hội mừng "
                "cơm mới, lễ Tết và sinh hoạt cộng đồng của người Mường."
            ),
            (
                "Một dàn chiêng Mường thường có 12 chiếc, có khi tới 24 chiếc, mỗi chiếc đảm nhận một âm "
                "vực riêng, tạo nên những bản chiêng phong phú như chiêng đón khách, chiêng mừng nhà mới, "
                "chiêng đám cưới. Hiện toàn tỉnh có 64 câu lạc bộ chiêng với hơn 1.100 thành viên, trong "
                "đó nhiều nghệ nhân cao tuổi vẫn miệt mài truyền dạy cho thế hệ trẻ."
            ),
            (
                "Sở Văn hóa, Thể thao và Du lịch cho biết sẽ xây dựng đề án bảo tồn, phát huy giá trị di "
                "sản, hỗ trợ các câu lạc bộ mua sắm chiêng, mở lớp truyền dạy trong trường học và đưa "
                "biểu diễn chiêng vào chương trình phục vụ khách du lịch tại các bản du lịch cộng đồng. "
                "Lễ đón nhận bằng ghi danh sẽ được tổ chức trong dịp Lễ hội đền Thượng đầu năm."
            ),
        ],
        "heading": None,
        "authors": "Hà Thu",
        "source": "Sở Văn hóa, Thể thao và Du lịch",
        "days_ago": 21,
        "tags": ["di sản", "chiêng Mường", "văn hóa dân tộc"],
        "featured": False,
        "image": {
            "caption": "Nghệ nhân biểu diễn chiêng Mường tại nhà văn hóa xóm",
            "credit": "Hà Thu",
            "alt": (
                "Các phụ nữ Mường mặc váy đen áo trắng xếp thành vòng tròn, mỗi người cầm một chiếc "
                "chiêng đồng"
            ),
            "palette": "purple",
        },
        "table": None,
        "topics": [],
    },
    {
        "slug": "dai-hoi-the-duc-the-thao-tinh-hoa-son-lan-thu-x-thu-hut-hon-2-000-van-dong-vien",
        "section": "van-hoa-the-thao",
        "title": "Đại hội Thể dục thể thao tỉnh Hòa Sơn lần thứ X thu hút hơn 2.000 vận động viên",
        "lead": "Đại hội diễn ra trong 10 ngày với 18 môn thi đấu; đoàn thành phố Hòa Sơn dẫn đầu toàn đoàn.",
        "paragraphs": [
            (
                "Sau 10 ngày tranh tài sôi nổi, Đại hội Thể dục thể thao tỉnh Hòa Sơn lần thứ X đã bế mạc "
                "tại Nhà thi đấu tỉnh. Đại hội có hơn 2.000 vận động viên của 8 huyện, thị xã, thành phố "
                "và các ngành tham gia tranh tài ở 18 môn, trong đó có các môn thể thao dân tộc như đẩy "
                "gậy, kéo co, bắn nỏ, đánh yến và ném còn."
            ),
            (
                "Kết quả, đoàn thành phố Hòa Sơn dẫn đầu toàn đoàn với 68 huy chương vàng, đoàn huyện "
                "Đồng Phú xếp thứ hai và đoàn thị xã Thạch Lâm xếp thứ ba. Đại hội đã ghi nhận 7 kỷ lục "
                "mới của tỉnh ở môn điền kinh và bơi lội; nhiều vận động viên trẻ có thành tích xuất sắc "
                "được Sở Văn hóa, Thể thao và Du lịch đưa vào danh sách tuyển chọn đội tuyển tỉnh."
            ),
            (
                "Phát biểu bế mạc, Phó Chủ tịch Ủy ban nhân dân tỉnh Lương Đức Hiếu đánh giá Đại hội là "
                "dịp kiểm tra phong trào thể dục thể thao quần chúng và phát hiện tài năng. Ông đề nghị "
                "các địa phương tiếp tục đầu tư sân chơi, bãi tập tại thôn, bản, khu dân cư để người dân, "
                "nhất là thanh thiếu niên, có điều kiện rèn luyện sức khỏe thường xuyên."
            ),
        ],
        "heading": None,
        "authors": "Trung Kiên",
        "source": "Sở Văn hóa, Thể thao và Du lịch",
        "days_ago": 62,
        "tags": ["thể thao", "đại hội"],
        "featured": False,
        "image": {
            "caption": "Vận động viên thi đấu môn đẩy gậy tại Đại hội",
            "credit": "Trung Kiên",
            "alt": (
                "Hai vận động viên nam dùng sức đẩy cây gậy tre trong vòng tròn thi đấu, trọng tài đứng "
                "bên cạnh"
            ),
            "palette": "red",
        },
        "table": None,
        "topics": [],
    },
    {
        "slug": "trung-tu-cong-nam-thanh-co-hoa-son-sau-gan-200-nam",
        "section": "van-hoa-the-thao",
        "title": "Trùng tu cổng Nam thành cổ Hòa Sơn sau gần 200 năm",
        "lead": (
            "Dự án có tổng vốn 24,6 tỷ đồng, thực hiện theo nguyên tắc giữ gìn tối đa yếu tố gốc của di tích."
        ),
        "paragraphs": [
            (
                "Sở Văn hóa, Thể thao và Du lịch vừa khởi công dự án tu bổ, tôn tạo cổng Nam và một đoạn "
                "tường thành cổ Hòa Sơn, di tích lịch sử – kiến trúc cấp quốc gia. Thành được xây dựng "
                "năm 1831 dưới triều vua Minh Mạng bằng đá ong và gạch vồ; qua gần 200 năm chịu tác động "
                "của thời tiết, chiến tranh và quá trình đô thị hóa, cổng Nam bị nứt vỡ, nhiều mảng tường "
                "bị sụt lún."
            ),
            (
                "Dự án có tổng vốn 24,6 tỷ đồng, thời gian thực hiện 24 tháng, gồm gia cố nền móng, tu bổ "
                "cổng thành, phục hồi vọng lâu theo tư liệu ảnh cũ, chỉnh trang hào nước và không gian "
                "xung quanh. Đơn vị tư vấn đã thực hiện khảo cổ học, đo vẽ hiện trạng chi tiết; vật liệu "
                "thay thế phải tương đồng với vật liệu gốc về chất liệu, màu sắc và kỹ thuật."
            ),
            (
                "Sau khi hoàn thành, khu vực cổng Nam sẽ trở thành không gian văn hóa mở phục vụ người "
                "dân và du khách, có bảng thuyết minh song ngữ Việt – Anh và mã QR giới thiệu lịch sử "
                "thành cổ. Sở Văn hóa, Thể thao và Du lịch đề nghị người dân quanh khu vực phối hợp bảo "
                "vệ di tích, không xây dựng, cơi nới trong khu vực bảo vệ."
            ),
        ],
        "heading": None,
        "authors": "Hà Thu",
        "source": "Sở Văn hóa, Thể thao và Du lịch",
        "days_ago": 300,
        "tags": ["di tích", "thành cổ", "trùng tu"],
        "featured": False,
        "image": None,
        "table": None,
        "topics": [],
    },
    {
        "slug": "hoa-son-don-3-2-trieu-luot-khach-du-lich-trong-10-thang",
        "section": "du-lich",
        "title": "Hòa Sơn đón 3,2 triệu lượt khách du lịch trong 10 tháng",
        "lead": (
            "Tổng thu từ du lịch đạt 5.460 tỷ đồng, tăng 21%; khách quốc tế tăng mạnh nhờ các tuyến du "
            "lịch cộng đồng và nghỉ dưỡng suối khoáng."
        ),
        "paragraphs": [
            (
                "Theo Sở Văn hóa, Thể thao và Du lịch, 10 tháng qua tỉnh Hòa Sơn đã đón 3,2 triệu lượt "
                "khách du lịch, tăng 16% so với cùng kỳ, trong đó khách quốc tế đạt 186.000 lượt, tăng "
                "34%. Tổng thu từ du lịch ước đạt 5.460 tỷ đồng, tăng 21%. Thời gian lưu trú bình quân "
                "của khách tăng từ 1,6 lên 1,9 ngày."
            ),
            (
                "Các điểm đến thu hút đông khách nhất là quần thể đền Thượng – đền Hạ, hồ Khe Tiên, ruộng "
                "bậc thang Nà Pục và khu suối khoáng nóng Ngọc Khê. Đáng chú ý, du lịch cộng đồng phát "
                "triển nhanh với 46 homestay đạt chuẩn tại các bản Nà Pục, Bản Lác, Khe Nọi; nhiều hộ "
                "đồng bào dân tộc thiểu số có thu nhập 200–300 triệu đồng mỗi năm từ dịch vụ lưu trú, ẩm "
                "thực và hướng dẫn khách trải nghiệm."
            ),
            (
                "Khách quốc tế đến Hòa Sơn chủ yếu từ Pháp, Hàn Quốc, Úc và Israel, ưa chuộng các tour đi "
                "bộ xuyên rừng Pù Loong, đạp xe qua làng bản và trải nghiệm dệt thổ cẩm. Nhiều hãng lữ "
                "hành đã đưa Hòa Sơn vào chương trình du lịch miền Bắc kéo dài từ 3 đến 5 ngày. Sở Văn "
                "hóa, Thể thao và Du lịch đang phối hợp với các hãng lữ hành khảo sát, xây dựng thêm "
                "tuyến trải nghiệm nông nghiệp tại vùng chè Tân Lập."
            ),
            (
                "Để phục vụ mùa du lịch cuối năm và Tết Nguyên đán, Sở Văn hóa, Thể thao và Du lịch yêu "
                "cầu các cơ sở lưu trú, điểm du lịch niêm yết công khai giá dịch vụ, bảo đảm an ninh, an "
                "toàn cho du khách; đồng thời vận hành đường dây nóng hỗ trợ du khách 24/24 giờ bằng "
                "tiếng Việt và tiếng Anh. Các địa phương được yêu cầu kiểm tra an toàn tại các điểm tham "
                "quan trên núi, ven hồ, nhất là dịch vụ thuyền, kayak và cáp treo."
            ),
        ],
        "heading": "Chuẩn bị cho mùa du lịch cuối năm",
        "authors": "Phương Thảo",
        "source": "Sở Văn hóa, Thể thao và Du lịch",
        "days_ago": 9,
        "tags": ["du lịch", "khách quốc tế", "du lịch cộng đồng"],
        "featured": True,
        "image": {
            "caption": "Ruộng bậc thang Nà Pục mùa lúa chín",
            "credit": "Phương Thảo",
            "alt": (
                "Những thửa ruộng bậc thang vàng óng uốn lượn quanh sườn núi, xa xa là bản làng với mái "
                "nhà sàn"
            ),
            "palette": "gold",
        },
        "table": None,
        "topics": [],
    },
    {
        "slug": "le-hoi-hoa-so-suoi-ngan-lan-thu-nhat-se-dien-ra-trong-thang-12",
        "section": "du-lich",
        "title": "Lễ hội Hoa sở Suối Ngàn lần thứ nhất sẽ diễn ra trong tháng 12",
        "lead": (
            "Lễ hội gồm 15 hoạt động văn hóa, thể thao, du lịch, quảng bá vẻ đẹp mùa hoa sở và sản phẩm "
            "đặc trưng của vùng cao."
        ),
        "paragraphs": [
            (
                "Ủy ban nhân dân huyện Suối Ngàn phối hợp với Sở Văn hóa, Thể thao và Du lịch tổ chức Lễ "
                "hội Hoa sở Suối Ngàn lần thứ nhất trong 3 ngày vào trung tuần tháng 12, đúng thời điểm "
                "những đồi sở nở hoa trắng muốt. Lễ hội có chủ đề “Sắc trắng đại ngàn”, nhằm quảng bá "
                "hình ảnh vùng đất, con người Suối Ngàn đến du khách trong và ngoài tỉnh."
            ),
            (
                "Chương trình gồm 15 hoạt động như lễ khai mạc với chương trình nghệ thuật đặc sắc, trình "
                "diễn trang phục dân tộc Dao, chợ phiên vùng cao, hội thi ẩm thực, giải chạy địa hình "
                "xuyên đồi sở, thi bắn nỏ, ném còn và tour trải nghiệm ép dầu sở theo phương pháp truyền "
                "thống. Các sản phẩm OCOP của huyện như dầu sở, trà hoa vàng, mật ong bạc hà được giới "
                "thiệu, bán trực tiếp tại lễ hội."
            ),
            (
                "Huyện Suối Ngàn đã chuẩn bị 38 homestay, nhà nghỉ với khoảng 600 giường phục vụ du "
                "khách; bố trí bãi đỗ xe, điểm y tế và lực lượng bảo đảm an ninh trật tự. Du khách có thể "
                "đăng ký tham gia giải chạy và các tour trải nghiệm trên trang thông tin du lịch của "
                "tỉnh. Ban Tổ chức khuyến cáo du khách chuẩn bị áo ấm vì nhiệt độ vùng cao về đêm có thể "
                "xuống dưới 10 °C."
            ),
        ],
        "heading": None,
        "authors": "Phương Thảo",
        "source": "UBND huyện Suối Ngàn",
        "days_ago": 31,
        "tags": ["lễ hội", "Suối Ngàn", "du lịch"],
        "featured": False,
        "image": {
            "caption": "Đồi hoa sở nở trắng ở huyện Suối Ngàn",
            "credit": "Phương Thảo",
            "alt": "Sườn đồi phủ kín hoa sở trắng, một cô gái Dao mặc áo đỏ đứng giữa rừng hoa",
            "palette": "purple",
        },
        "table": None,
        "topics": [],
    },
    {
        "slug": "phat-trien-du-lich-ho-khe-tien-theo-huong-sinh-thai-ben-vung",
        "section": "du-lich",
        "title": "Phát triển du lịch hồ Khe Tiên theo hướng sinh thái, bền vững",
        "lead": (
            "Tỉnh định hướng hồ Khe Tiên thành khu du lịch cấp tỉnh, hạn chế xây dựng trên đảo và bảo vệ "
            "chất lượng nước hồ."
        ),
        "paragraphs": [
            (
                "Hồ Khe Tiên nằm trên địa bàn huyện Đồng Phú, rộng hơn 1.400 ha mặt nước với 27 đảo lớn "
                "nhỏ, là điểm du lịch sinh thái nổi tiếng của tỉnh Hòa Sơn. Mỗi năm, hồ đón khoảng "
                "420.000 lượt khách đến tham quan, chèo thuyền kayak, cắm trại và thưởng thức đặc sản cá "
                "hồ. Tuy nhiên, sự phát triển tự phát của các nhà hàng nổi và điểm cắm trại đang đặt ra "
                "nguy cơ ô nhiễm nguồn nước."
            ),
            (
                "Ủy ban nhân dân tỉnh đã phê duyệt quy hoạch khu du lịch hồ Khe Tiên, xác định hồ vừa là "
                "công trình thủy lợi quan trọng, vừa là tài nguyên du lịch cần được khai thác bền vững. "
                "Quy hoạch chỉ cho phép xây dựng công trình thấp tầng, mật độ thấp trên 5 đảo được lựa "
                "chọn; các đảo còn lại giữ nguyên cảnh quan tự nhiên, chỉ bố trí đường mòn, chòi nghỉ."
            ),
            (
                "Huyện Đồng Phú đang rà soát, sắp xếp lại 18 nhà hàng nổi, yêu cầu lắp đặt hệ thống thu "
                "gom nước thải, rác thải, không xả trực tiếp xuống hồ. Các doanh nghiệp được khuyến khích "
                "sử dụng thuyền điện thay thuyền máy chạy xăng, dầu. Tỉnh kêu gọi nhà đầu tư có năng lực "
                "xây dựng khu nghỉ dưỡng sinh thái cao cấp, gắn với bảo tồn rừng phòng hộ đầu nguồn."
            ),
        ],
        "heading": None,
        "authors": "Phương Thảo",
        "source": "Sở Văn hóa, Thể thao và Du lịch",
        "days_ago": 85,
        "tags": ["du lịch sinh thái", "hồ Khe Tiên", "Đồng Phú"],
        "featured": False,
        "image": {
            "caption": "Du khách chèo thuyền kayak trên hồ Khe Tiên",
            "credit": "Phương Thảo",
            "alt": (
                "Mặt hồ xanh phẳng lặng với các đảo nhỏ phủ cây, vài chiếc thuyền kayak màu vàng đang "
                "lướt trên nước"
            ),
            "palette": "blue",
        },
        "table": None,
        "topics": [],
    },
    {
        "slug": "khai-truong-tuyen-du-lich-duong-song-hoa-son-den-thuong",
        "section": "du-lich",
        "title": "Khai trương tuyến du lịch đường sông Hòa Sơn – đền Thượng",
        "lead": (
            "Tuyến du lịch dài 22 km trên sông Hòa kết nối trung tâm thành phố với quần thể di tích đền "
            "Thượng – đền Hạ."
        ),
        "paragraphs": [
            (
                "Thành phố Hòa Sơn vừa khai trương tuyến du lịch đường sông từ bến thuyền Bạch Đằng, "
                "trung tâm thành phố, đến quần thể di tích đền Thượng – đền Hạ, dài 22 km. Tuyến có 4 tàu "
                "du lịch sức chứa từ 40 đến 80 khách, hoạt động hằng ngày từ 7 giờ đến 21 giờ, giá vé khứ "
                "hồi 150.000 đồng mỗi người, trẻ em dưới 1,2 m được giảm 50%."
            ),
            (
                "Trên hành trình, du khách được ngắm cảnh hai bên bờ sông với những làng nghề truyền "
                "thống, bãi ngô, bãi dâu và nghe thuyết minh về lịch sử vùng đất Hòa Sơn. Buổi tối, tàu "
                "phục vụ chương trình ca nhạc dân tộc và ẩm thực địa phương. Các tàu đều được đăng kiểm, "
                "trang bị đầy đủ áo phao, phao cứu sinh theo quy định."
            ),
            (
                "Đây là sản phẩm du lịch mới nằm trong Đề án phát triển du lịch thành phố Hòa Sơn giai "
                "đoạn 2025–2030, góp phần kéo dài thời gian lưu trú của du khách, đồng thời phát huy giá "
                "trị cảnh quan sông Hòa. Thành phố đang kêu gọi doanh nghiệp đầu tư thêm bến thuyền, khu "
                "dịch vụ tại các điểm dừng dọc tuyến."
            ),
        ],
        "heading": None,
        "authors": "Hoàng Long",
        "source": "UBND thành phố Hòa Sơn",
        "days_ago": 190,
        "tags": ["du lịch đường sông", "thành phố Hòa Sơn"],
        "featured": False,
        "image": None,
        "table": None,
        "topics": [],
    },
    {
        "slug": "nhung-diem-moi-cua-luat-dat-dai-nam-2024-nguoi-dan-can-biet-khi-chuyen-nhuong",
        "section": "pho-bien-phap-luat",
        "title": "Những điểm mới của Luật Đất đai năm 2024 người dân cần biết khi chuyển nhượng, tặng cho",
        "lead": (
            "Sở Tư pháp giới thiệu các quy định mới về điều kiện chuyển nhượng, hồ sơ và thời hạn đăng ký "
            "biến động quyền sử dụng đất."
        ),
        "paragraphs": [
            (
                "Luật Đất đai năm 2024 có hiệu lực từ ngày 01 tháng 8 năm 2024 có nhiều quy định mới liên "
                "quan trực tiếp đến quyền lợi của người sử dụng đất. Theo đó, người sử dụng đất được thực "
                "hiện quyền chuyển nhượng, tặng cho khi có giấy chứng nhận, đất không có tranh chấp hoặc "
                "tranh chấp đã được giải quyết, quyền sử dụng đất không bị kê biên và còn trong thời hạn "
                "sử dụng đất."
            ),
            (
                "Điểm đáng chú ý là luật mở rộng đối tượng được nhận chuyển nhượng đất trồng lúa: cá nhân "
                "không trực tiếp sản xuất nông nghiệp vẫn được nhận chuyển nhượng nhưng phải lập phương "
                "án sử dụng đất và không vượt hạn mức. Việc đăng ký biến động phải thực hiện trong 30 "
                "ngày kể từ ngày hợp đồng chuyển nhượng, tặng cho có hiệu lực; quá thời hạn này người sử "
                "dụng đất có thể bị xử phạt vi phạm hành chính."
            ),
            (
                "Người dân có thể nộp hồ sơ đăng ký biến động tại Bộ phận một cửa cấp huyện, Chi nhánh "
                "Văn phòng đăng ký đất đai hoặc qua dịch vụ công trực tuyến. Nếu cần tư vấn, người dân "
                "liên hệ Trung tâm Trợ giúp pháp lý nhà nước tỉnh, các tổ chức hành nghề luật sư hoặc gửi "
                "câu hỏi tại chuyên mục Hỏi – đáp của Cổng Thông tin điện tử tỉnh để được giải đáp miễn "
                "phí."
            ),
        ],
        "heading": None,
        "authors": "Sở Tư pháp",
        "source": "Sở Tư pháp",
        "days_ago": 11,
        "tags": ["Luật Đất đai", "đất đai", "phổ biến pháp luật"],
        "featured": False,
        "image": {
            "caption": "Cán bộ tư pháp tư vấn pháp luật cho người dân",
            "credit": "Khánh Linh",
            "alt": "Cán bộ ngồi tại bàn tư vấn lưu động, đưa tài liệu tuyên truyền cho hai người dân",
            "palette": "purple",
        },
        "table": None,
        "topics": [],
    },
    {
        "slug": "tuyen-truyen-quy-dinh-moi-ve-xu-phat-vi-pham-nong-do-con-khi-tham-gia-giao-thong",
        "section": "pho-bien-phap-luat",
        "title": "Tuyên truyền quy định mới về xử phạt vi phạm nồng độ cồn khi tham gia giao thông",
        "lead": (
            "Người điều khiển xe mô tô có nồng độ cồn vượt mức tối đa có thể bị phạt đến 10 triệu đồng và "
            "trừ 10 điểm giấy phép lái xe."
        ),
        "paragraphs": [
            (
                "Thời gian qua, Sở Tư pháp phối hợp với Công an tỉnh và Ban An toàn giao thông tỉnh tổ "
                "chức nhiều hình thức tuyên truyền quy định xử phạt vi phạm hành chính về trật tự, an "
                "toàn giao thông đường bộ, trong đó tập trung vào hành vi điều khiển phương tiện khi "
                "trong máu hoặc hơi thở có nồng độ cồn. Luật Trật tự, an toàn giao thông đường bộ nghiêm "
                "cấm tuyệt đối hành vi này."
            ),
            (
                "Theo quy định hiện hành, người điều khiển xe mô tô, xe gắn máy có nồng độ cồn chưa vượt "
                "quá 50 mg/100 ml máu hoặc 0,25 mg/1 lít khí thở bị phạt từ 2 đến 3 triệu đồng và trừ 4 "
                "điểm giấy phép lái xe; mức vi phạm cao nhất bị phạt từ 8 đến 10 triệu đồng và trừ 10 "
                "điểm. Với người điều khiển ô tô, mức phạt cao nhất lên tới 40 triệu đồng."
            ),
            (
                "Tại các huyện miền núi, tài liệu tuyên truyền được biên soạn song ngữ tiếng Việt – tiếng "
                "Mường, tiếng Việt – tiếng Dao và phát trên hệ thống loa truyền thanh cơ sở. Các trường "
                "trung học phổ thông tổ chức ký cam kết không điều khiển xe khi chưa đủ tuổi, không uống "
                "rượu, bia khi tham gia giao thông cho học sinh và phụ huynh."
            ),
        ],
        "heading": None,
        "authors": "Quốc Việt",
        "source": "Sở Tư pháp",
        "days_ago": 52,
        "tags": ["nồng độ cồn", "an toàn giao thông", "phổ biến pháp luật"],
        "featured": False,
        "image": None,
        "table": None,
        "topics": ["an-toan-giao-thong"],
    },
    {
        "slug": "tro-giup-phap-ly-mien-phi-cho-hon-1-600-luot-nguoi-dan",
        "section": "pho-bien-phap-luat",
        "title": "Trợ giúp pháp lý miễn phí cho hơn 1.600 lượt người dân",
        "lead": (
            "Trung tâm Trợ giúp pháp lý nhà nước tỉnh đã tham gia tố tụng 420 vụ việc, chủ yếu về đất "
            "đai, hôn nhân gia đình và hình sự."
        ),
        "paragraphs": [
            (
                "Trong 9 tháng qua, Trung tâm Trợ giúp pháp lý nhà nước tỉnh Hòa Sơn đã thực hiện trợ "
                "giúp pháp lý cho 1.648 lượt người thuộc diện được trợ giúp như người nghèo, người có "
                "công với cách mạng, người dân tộc thiểu số cư trú ở vùng đặc biệt khó khăn, trẻ em và "
                "người khuyết tật. Trong đó, trợ giúp viên pháp lý và luật sư cộng tác đã tham gia tố "
                "tụng 420 vụ việc."
            ),
            (
                "Các vụ việc chủ yếu thuộc lĩnh vực đất đai, hôn nhân và gia đình, hình sự và chính sách "
                "xã hội. Nhiều vụ việc đã giúp người dân bảo vệ được quyền lợi hợp pháp như được bồi "
                "thường đúng khi Nhà nước thu hồi đất, được chia thừa kế theo pháp luật hoặc được hưởng "
                "chế độ trợ cấp xã hội theo quy định."
            ),
            (
                "Trung tâm Trợ giúp pháp lý duy trì 24 điểm trợ giúp pháp lý lưu động tại các xã vùng "
                "sâu, vùng xa, mỗi tháng một lần. Người dân có nhu cầu được trợ giúp có thể liên hệ trực "
                "tiếp trụ sở Trung tâm tại thành phố Hòa Sơn, gọi điện thoại miễn phí đến tổng đài trợ "
                "giúp pháp lý hoặc đăng ký qua dịch vụ công trực tuyến."
            ),
        ],
        "heading": None,
        "authors": "Ngọc Ánh",
        "source": "Sở Tư pháp",
        "days_ago": 145,
        "tags": ["trợ giúp pháp lý", "người dân"],
        "featured": False,
        "image": {
            "caption": "Trợ giúp viên pháp lý tư vấn tại xã Nậm Ty",
            "credit": "Ngọc Ánh",
            "alt": (
                "Trợ giúp viên pháp lý ngồi trò chuyện với nhóm người dân dân tộc thiểu số trong nhà văn "
                "hóa bản"
            ),
            "palette": "teal",
        },
        "table": None,
        "topics": [],
    },
]

INTRO_PAGES = [
    {
        "slug": "dieu-kien-tu-nhien",
        "title": "Điều kiện tự nhiên",
        "lead": (
            "Vị trí địa lý, địa hình, khí hậu, sông ngòi, tài nguyên thiên nhiên và hạ tầng giao thông "
            "của tỉnh Hòa Sơn."
        ),
        "paragraphs": [
            (
                "Tỉnh Hòa Sơn nằm ở vùng chuyển tiếp giữa miền núi và đồng bằng, có tổng diện tích tự "
                "nhiên 5.842,6 km², dân số trung bình năm 2025 khoảng 1.264.300 người. Tỉnh có 8 đơn vị "
                "hành chính cấp huyện gồm thành phố Hòa Sơn, thị xã Thạch Lâm và 6 huyện, với 151 xã, "
                "phường, thị trấn. Thành phố Hòa Sơn là trung tâm chính trị, kinh tế, văn hóa của tỉnh, "
                "cách Thủ đô Hà Nội khoảng 190 km theo đường cao tốc và quốc lộ."
            ),
            (
                "Địa hình Hòa Sơn thấp dần từ tây bắc xuống đông nam, chia thành ba vùng rõ rệt. Vùng núi "
                "phía tây gồm các huyện Suối Ngàn, Ngọc Khê và một phần huyện Bình Sơn, có nhiều đỉnh cao "
                "trên 1.200 m, trong đó cao nhất là đỉnh Pù Loong cao 1.846 m. Vùng đồi trung du ở giữa "
                "thuận lợi cho trồng chè, cây ăn quả và rừng sản xuất. Vùng đồng bằng phía đông nam dọc "
                "sông Hòa là vựa lúa chính của tỉnh, dân cư đông đúc và hạ tầng phát triển."
            ),
            (
                "Khí hậu nhiệt đới gió mùa, chia hai mùa rõ rệt: mùa mưa từ tháng 5 đến tháng 10, mùa khô "
                "từ tháng 11 đến tháng 4 năm sau. Nhiệt độ trung bình năm khoảng 23,4 °C, lượng mưa trung "
                "bình 1.750–2.100 mm, tập trung tới 80% vào mùa mưa nên thường xảy ra lũ quét, sạt lở đất "
                "ở vùng núi và ngập úng cục bộ ở vùng trũng. Vùng núi cao có mùa đông lạnh, có năm xuất "
                "hiện băng giá, sương muối, thuận lợi phát triển rau, hoa và dược liệu ôn đới."
            ),
            (
                "Hệ thống sông ngòi khá dày đặc, quan trọng nhất là sông Hòa dài 168 km chảy qua địa phận "
                "tỉnh và hai phụ lưu lớn là sông Ngọc và suối Ngàn. Trên địa bàn có 246 hồ chứa thủy lợi, "
                "trong đó hồ Khe Tiên dung tích 42 triệu m³ vừa cung cấp nước tưới cho hơn 6.000 ha lúa, "
                "vừa là điểm du lịch sinh thái hấp dẫn. Nguồn nước mặt dồi dào là lợi thế cho sản xuất "
                "nông nghiệp, thủy điện nhỏ và cấp nước sinh hoạt."
            ),
            (
                "Tài nguyên rừng là thế mạnh nổi bật với 318.500 ha đất có rừng, tỷ lệ che phủ đạt 54,6%. "
                "Khu bảo tồn thiên nhiên Pù Loong rộng 22.140 ha lưu giữ nhiều loài động, thực vật quý "
                "hiếm có tên trong Sách Đỏ Việt Nam. Tỉnh có một số khoáng sản như đá vôi, cát, sỏi xây "
                "dựng, cao lanh và nước khoáng nóng ở xã Suối Khoáng, huyện Ngọc Khê; việc khai thác được "
                "quản lý chặt chẽ theo quy hoạch và gắn với bảo vệ môi trường."
            ),
            (
                "Về giao thông, tỉnh có tuyến cao tốc và hai quốc lộ chạy qua, cùng 11 tuyến đường tỉnh "
                "với tổng chiều dài gần 480 km. Tuyến đường sắt quốc gia đi qua thị xã Thạch Lâm, ga "
                "Thạch Lâm là đầu mối trung chuyển hàng hóa của vùng. Mạng lưới đường giao thông nông "
                "thôn đã được cứng hóa trên 92%, 100% xã có đường ô tô đến trung tâm đi lại được quanh "
                "năm."
            ),
        ],
        "headings": {
            0: "Vị trí địa lý và quy mô",
            1: "Địa hình, khí hậu",
            3: "Tài nguyên thiên nhiên",
            5: "Hạ tầng giao thông",
        },
    },
    {
        "slug": "lich-su",
        "title": "Lịch sử hình thành và phát triển",
        "lead": (
            "Vùng đất Hòa Sơn qua các thời kỳ, từ dấu tích người tiền sử đến công cuộc đổi mới và hội "
            "nhập hôm nay."
        ),
        "paragraphs": [
            (
                "Vùng đất Hòa Sơn có người sinh sống từ rất sớm. Các cuộc khai quật khảo cổ tại hang Mỏ "
                "Đá, huyện Bình Sơn, đã phát hiện nhiều công cụ đá ghè đẽo và dấu tích cư trú thuộc văn "
                "hóa Hòa Bình, cách ngày nay khoảng một vạn năm. Ở vùng đồng bằng ven sông Hòa, các nhà "
                "nghiên cứu tìm thấy trống đồng, rìu đồng và đồ gốm thời kỳ Đông Sơn, chứng tỏ cư dân nơi "
                "đây sớm biết trồng lúa nước và đúc đồng."
            ),
            (
                "Dưới các triều đại phong kiến, vùng đất này nhiều lần thay đổi tên gọi và địa giới. Thời "
                "Lê sơ, đây là phủ Hòa Châu thuộc trấn Sơn Tây Nam; đến năm Minh Mạng thứ 12 (1831), "
                "triều Nguyễn tiến hành cải cách hành chính, lập tỉnh Hòa Sơn với 2 phủ, 7 huyện, lỵ sở "
                "đặt tại thành Hòa, nay là trung tâm thành phố Hòa Sơn. Dấu tích tường thành đá ong và "
                "cổng thành phía nam vẫn còn đến ngày nay."
            ),
            (
                "Trong thời kỳ kháng chiến chống thực dân Pháp, Hòa Sơn là căn cứ hậu phương quan trọng, "
                "nhân dân các dân tộc trong tỉnh đã đóng góp hàng vạn ngày công dân công hỏa tuyến, lương "
                "thực và vũ khí cho tiền tuyến. Chiến thắng đồi Cò Lả năm 1950 đã đi vào lịch sử địa "
                "phương như một trận đánh tiêu biểu của lực lượng vũ trang tỉnh. Trong kháng chiến chống "
                "Mỹ, cứu nước, tuyến đường Hòa – Ngọc là huyết mạch vận chuyển hàng hóa, nhiều lần bị "
                "đánh phá ác liệt nhưng vẫn thông suốt."
            ),
            (
                "Sau ngày đất nước thống nhất, Hòa Sơn bắt tay vào khắc phục hậu quả chiến tranh, khai "
                "hoang, xây dựng các công trình thủy lợi lớn như hồ Khe Tiên, kênh Bắc sông Hòa. Thời kỳ "
                "đổi mới, tỉnh chuyển dịch mạnh cơ cấu kinh tế theo hướng công nghiệp, dịch vụ; thị xã "
                "Hòa Sơn được công nhận là thành phố trực thuộc tỉnh năm 2008, thị xã Thạch Lâm được "
                "thành lập năm 2019 trên cơ sở huyện Thạch Lâm cũ."
            ),
            (
                "Hiện nay, Đảng bộ và nhân dân tỉnh Hòa Sơn đang tập trung thực hiện ba đột phá chiến "
                "lược: hoàn thiện hạ tầng giao thông kết nối vùng, cải cách hành chính gắn với chuyển đổi "
                "số, và phát triển nguồn nhân lực chất lượng cao. Quy mô nền kinh tế năm 2025 đạt khoảng "
                "98.600 tỷ đồng, thu nhập bình quân đầu người đạt 78,2 triệu đồng, tỷ lệ hộ nghèo theo "
                "chuẩn đa chiều giảm còn 3,1%."
            ),
        ],
        "headings": {
            0: "Thời tiền sử và sơ sử",
            1: "Thời phong kiến",
            2: "Trong hai cuộc kháng chiến",
            3: "Thời kỳ đổi mới và hội nhập",
        },
    },
    {
        "slug": "van-hoa",
        "title": "Văn hóa, di tích và danh lam thắng cảnh",
        "lead": (
            "Cộng đồng các dân tộc, di tích lịch sử – văn hóa, lễ hội truyền thống, danh lam thắng cảnh "
            "và ẩm thực của Hòa Sơn."
        ),
        "paragraphs": [
            (
                "Hòa Sơn là nơi sinh sống lâu đời của 7 dân tộc anh em, đông nhất là người Kinh, Mường, "
                "Tày và Dao. Mỗi dân tộc giữ gìn kho tàng văn hóa riêng với tiếng nói, trang phục, nhà ở, "
                "ẩm thực và lễ hội đặc sắc, góp phần tạo nên bản sắc đa dạng, thống nhất của vùng đất. "
                "Các làn điệu hát ví, hát đúm của người Kinh, hát xường của người Mường và then của người "
                "Tày vẫn được các câu lạc bộ văn nghệ cơ sở duy trì, truyền dạy cho thế hệ trẻ."
            ),
            (
                "Toàn tỉnh có 412 di tích được kiểm kê, trong đó 3 di tích quốc gia đặc biệt, 38 di tích "
                "cấp quốc gia và 127 di tích cấp tỉnh. Tiêu biểu là quần thể đền Thượng – đền Hạ Hòa Sơn "
                "thờ vị tướng có công dẹp giặc thời Trần, thành cổ Hòa Sơn xây dựng năm 1831, chùa Vân "
                "Tiêu trên núi Ngọc Khê và khu di tích lịch sử cách mạng đồi Cò Lả. Nhiều di tích đã được "
                "trùng tu, tôn tạo bằng nguồn ngân sách kết hợp xã hội hóa."
            ),
            (
                "Lễ hội truyền thống diễn ra quanh năm, nổi bật là Lễ hội đền Thượng vào mùng 10 tháng "
                "Giêng, Lễ hội Xuống đồng của người Tày ở huyện Ngọc Khê, Lễ Cấp sắc của người Dao huyện "
                "Suối Ngàn và Lễ hội Cầu mùa ven sông Hòa. Nghệ thuật chiêng Mường Hòa Sơn và nghề dệt "
                "thổ cẩm Bản Lác đã được đưa vào Danh mục di sản văn hóa phi vật thể quốc gia."
            ),
            (
                "Thiên nhiên ưu đãi cho Hòa Sơn nhiều danh thắng đẹp: hồ Khe Tiên với hàng chục đảo nhỏ "
                "giữa lòng hồ; thác Bảy Tầng trong Khu bảo tồn thiên nhiên Pù Loong; ruộng bậc thang Nà "
                "Pục mùa lúa chín; động Thạch Lâm với hệ thống nhũ đá kỳ ảo; suối khoáng nóng Ngọc Khê. "
                "Đây là nền tảng để tỉnh phát triển các loại hình du lịch văn hóa, tâm linh, sinh thái, "
                "cộng đồng và nghỉ dưỡng."
            ),
            (
                "Ẩm thực Hòa Sơn mang hương vị núi rừng hòa quyện với nét tinh tế của vùng đồng bằng: cơm "
                "lam, thịt lợn bản gác bếp, cá suối nướng, rau cải mèo, bánh gai Thạch Lâm và chè xanh "
                "Tân Lập. Nhiều món đặc sản đã trở thành sản phẩm OCOP, được du khách ưa chuộng làm quà "
                "khi đến tham quan, tìm hiểu văn hóa địa phương."
            ),
        ],
        "headings": {
            0: "Cộng đồng các dân tộc",
            1: "Di tích lịch sử – văn hóa",
            2: "Lễ hội và di sản phi vật thể",
            3: "Danh lam thắng cảnh",
        },
    },
    {
        "slug": "ban-do-hanh-chinh",
        "title": "Bản đồ hành chính",
        "lead": (
            "Các đơn vị hành chính cấp huyện và cấp xã của tỉnh Hòa Sơn, kèm diện tích, dân số và trung "
            "tâm hành chính."
        ),
        "paragraphs": [
            (
                "Tỉnh Hòa Sơn có 8 đơn vị hành chính cấp huyện, gồm 1 thành phố, 1 thị xã và 6 huyện; 151 "
                "đơn vị hành chính cấp xã, gồm 19 phường, 7 thị trấn và 125 xã. Trung tâm hành chính của "
                "tỉnh đặt tại thành phố Hòa Sơn, nơi tập trung trụ sở Tỉnh ủy, Hội đồng nhân dân, Ủy ban "
                "nhân dân tỉnh và các sở, ban, ngành."
            ),
            (
                "Thành phố Hòa Sơn và thị xã Thạch Lâm là hai đô thị động lực, giữ vai trò trung tâm "
                "thương mại, dịch vụ, công nghiệp. Các huyện Tân Lập, Đồng Phú và Hà Lâm nằm ở vùng đồng "
                "bằng và trung du, có nền nông nghiệp phát triển và nhiều khu, cụm công nghiệp. Các huyện "
                "Bình Sơn, Ngọc Khê và Suối Ngàn thuộc vùng núi, có đông đồng bào dân tộc thiểu số sinh "
                "sống, giàu tiềm năng lâm nghiệp và du lịch."
            ),
            (
                "Bảng dưới đây thống kê diện tích, dân số và số đơn vị hành chính cấp xã của từng huyện, "
                "thị xã, thành phố theo số liệu của Thống kê tỉnh Hòa Sơn năm 2025. Bản đồ hành chính chi "
                "tiết đến cấp xã ở định dạng PDF được đăng tải tại mục Bản đồ của Cổng Thông tin điện tử "
                "tỉnh để người dân, doanh nghiệp tra cứu, tải về."
            ),
            (
                "Địa giới hành chính các đơn vị được xác định theo hồ sơ, bản đồ địa giới hành chính do "
                "Bộ Nội vụ quản lý. Mọi thay đổi về địa giới, tên gọi đơn vị hành chính sẽ được Sở Nội vụ "
                "cập nhật và công bố trên Cổng Thông tin điện tử tỉnh ngay sau khi có nghị quyết của cơ "
                "quan có thẩm quyền."
            ),
        ],
        "table": {
            "caption": "Đơn vị hành chính tỉnh Hòa Sơn (số liệu năm 2025)",
            "header": [
                "Đơn vị hành chính",
                "Diện tích (km²)",
                "Dân số (người)",
                "Số đơn vị cấp xã",
                "Trung tâm hành chính",
            ],
            "rows": [
                ["Thành phố Hòa Sơn", "312,4", "248.600", "20 (12 phường, 8 xã)", "Phường Hòa Bình"],
                ["Thị xã Thạch Lâm", "486,1", "132.400", "16 (7 phường, 9 xã)", "Phường Thạch Trung"],
                ["Huyện Tân Lập", "698,5", "156.200", "19 (1 thị trấn, 18 xã)", "Thị trấn Tân Lập"],
                ["Huyện Bình Sơn", "812,7", "141.900", "21 (1 thị trấn, 20 xã)", "Thị trấn Bình Sơn"],
                ["Huyện Ngọc Khê", "1.054,3", "98.700", "18 (1 thị trấn, 17 xã)", "Thị trấn Ngọc Khê"],
                ["Huyện Đồng Phú", "574,2", "187.300", "21 (2 thị trấn, 19 xã)", "Thị trấn Đồng Phú"],
                ["Huyện Suối Ngàn", "1.236,8", "76.500", "15 (1 thị trấn, 14 xã)", "Thị trấn Suối Ngàn"],
                ["Huyện Hà Lâm", "667,6", "222.700", "21 (1 thị trấn, 20 xã)", "Thị trấn Hà Lâm"],
                ["Toàn tỉnh", "5.842,6", "1.264.300", "151", "Thành phố Hòa Sơn"],
            ],
        },
    },
    {
        "slug": "so-do-to-chuc",
        "title": "Sơ đồ tổ chức",
        "lead": (
            "Cơ cấu tổ chức của Ủy ban nhân dân tỉnh Hòa Sơn và danh sách các cơ quan chuyên môn trực thuộc."
        ),
        "paragraphs": [
            (
                "Ủy ban nhân dân tỉnh Hòa Sơn do Hội đồng nhân dân tỉnh bầu, là cơ quan chấp hành của Hội "
                "đồng nhân dân tỉnh, cơ quan hành chính nhà nước ở địa phương, chịu trách nhiệm trước Hội "
                "đồng nhân dân tỉnh và cơ quan hành chính nhà nước cấp trên. Ủy ban nhân dân tỉnh nhiệm "
                "kỳ 2021–2026 gồm Chủ tịch, 3 Phó Chủ tịch và các Ủy viên là người đứng đầu một số cơ "
                "quan chuyên môn, Ủy viên phụ trách quân sự và công an."
            ),
            (
                "Chủ tịch Ủy ban nhân dân tỉnh lãnh đạo, điều hành chung mọi hoạt động của Ủy ban nhân "
                "dân tỉnh, trực tiếp phụ trách lĩnh vực nội chính, tổ chức bộ máy, quy hoạch và kế hoạch "
                "phát triển kinh tế – xã hội. Các Phó Chủ tịch được phân công phụ trách từng khối: kinh "
                "tế – tài chính; nông nghiệp – tài nguyên – môi trường; văn hóa – xã hội. Phân công cụ "
                "thể được công bố tại trang Tiểu sử lãnh đạo tỉnh."
            ),
            (
                "Giúp Ủy ban nhân dân tỉnh thực hiện chức năng quản lý nhà nước có 13 cơ quan chuyên môn, "
                "được tổ chức lại theo hướng tinh gọn từ năm 2025 sau khi hợp nhất một số sở có chức năng "
                "gần nhau. Ngoài ra còn có các đơn vị sự nghiệp trực thuộc Ủy ban nhân dân tỉnh như Ban "
                "Quản lý các khu công nghiệp tỉnh, Trung tâm Phục vụ hành chính công tỉnh, Đài Phát thanh "
                "và Truyền hình tỉnh, Trường Cao đẳng Hòa Sơn."
            ),
            (
                "Bảng dưới đây liệt kê các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, người đứng đầu "
                "và số điện thoại liên hệ. Thông tin liên hệ chi tiết của lãnh đạo từng cơ quan, đơn vị "
                "được đăng tại mục Danh bạ điện thoại – thư điện tử của Cổng Thông tin điện tử tỉnh. Cổng "
                "Thông tin điện tử của từng sở, ngành có địa chỉ theo mẫu tên-cơ-quan.hoason.gov.vn, ví "
                "dụ sotaichinh.hoason.gov.vn."
            ),
        ],
        "headings": {
            0: "Ủy ban nhân dân tỉnh",
            2: "Các cơ quan chuyên môn",
        },
        "table": {
            "caption": "Các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Hòa Sơn",
            "header": ["Cơ quan", "Người đứng đầu", "Điện thoại"],
            "rows": [
                ["Văn phòng UBND tỉnh", "Chánh Văn phòng Trần Văn Khải", "(0201) 3852 468"],
                ["Sở Nội vụ", "Giám đốc Phan Thị Thu Hà", "(0201) 3852 210"],
                ["Sở Tư pháp", "Giám đốc Vũ Đình Lộc", "(0201) 3852 305"],
                ["Sở Tài chính", "Giám đốc Ngô Quang Vinh", "(0201) 3852 127"],
                ["Sở Công Thương", "Giám đốc Đặng Văn Thịnh", "(0201) 3852 344"],
                ["Sở Nông nghiệp và Môi trường", "Giám đốc Bùi Xuân Trường", "(0201) 3852 512"],
                ["Sở Xây dựng", "Giám đốc Lã Minh Tuấn", "(0201) 3852 633"],
                ["Sở Khoa học và Công nghệ", "Giám đốc Cao Thị Hồng Nhung", "(0201) 3852 718"],
                ["Sở Giáo dục và Đào tạo", "Giám đốc Mai Văn Phúc", "(0201) 3852 246"],
                ["Sở Y tế", "Giám đốc Tạ Quang Hưng", "(0201) 3852 155"],
                ["Sở Văn hóa, Thể thao và Du lịch", "Giám đốc Hà Thị Ngọc Lan", "(0201) 3852 390"],
                ["Sở Dân tộc và Tôn giáo", "Giám đốc Lò Văn Sáng", "(0201) 3852 471"],
                ["Thanh tra tỉnh", "Chánh Thanh tra Kiều Văn Dũng", "(0201) 3852 099"],
            ],
        },
    },
    {
        "slug": "tieu-su-lanh-dao",
        "title": "Tiểu sử lãnh đạo tỉnh",
        "lead": (
            "Tóm tắt tiểu sử và lĩnh vực phụ trách của Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân tỉnh "
            "Hòa Sơn."
        ),
        "paragraphs": [
            (
                "Ông Nguyễn Hữu Khang, sinh năm 1971, quê quán xã Tân Hòa, huyện Tân Lập, tỉnh Hòa Sơn; "
                "dân tộc Kinh; trình độ Tiến sĩ Kinh tế, Cao cấp lý luận chính trị. Ông từng giữ các chức "
                "vụ Bí thư Huyện ủy Đồng Phú, Giám đốc Sở Kế hoạch và Đầu tư, Phó Chủ tịch Thường trực Ủy "
                "ban nhân dân tỉnh. Hiện ông là Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh Hòa Sơn "
                "nhiệm kỳ 2021–2026."
            ),
            (
                "Chủ tịch Ủy ban nhân dân tỉnh lãnh đạo, điều hành toàn diện hoạt động của Ủy ban nhân "
                "dân tỉnh; trực tiếp phụ trách công tác tổ chức bộ máy, cán bộ, quốc phòng, an ninh, "
                "thanh tra, phòng, chống tham nhũng, cải cách hành chính và chuyển đổi số; theo dõi, chỉ "
                "đạo Văn phòng Ủy ban nhân dân tỉnh, Sở Nội vụ, Thanh tra tỉnh, Công an tỉnh, Bộ Chỉ huy "
                "Quân sự tỉnh và thành phố Hòa Sơn."
            ),
            (
                "Bà Đỗ Thị Minh Nguyệt, sinh năm 1975, quê quán phường Thạch Trung, thị xã Thạch Lâm; "
                "trình độ Thạc sĩ Quản lý kinh tế, Cao cấp lý luận chính trị; nguyên Giám đốc Sở Tài "
                "chính. Hiện bà là Tỉnh ủy viên, Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh, phụ trách "
                "khối kinh tế tổng hợp: tài chính, ngân sách, đầu tư công, xúc tiến đầu tư, công nghiệp, "
                "thương mại, xây dựng, giao thông; theo dõi thị xã Thạch Lâm, huyện Hà Lâm."
            ),
            (
                "Ông Hoàng Văn Tiến, sinh năm 1973, dân tộc Tày, quê quán xã Nà Pục, huyện Ngọc Khê; "
                "trình độ Thạc sĩ Khoa học cây trồng, Cao cấp lý luận chính trị; nguyên Bí thư Huyện ủy "
                "Ngọc Khê. Hiện ông là Tỉnh ủy viên, Phó Chủ tịch Ủy ban nhân dân tỉnh, phụ trách lĩnh "
                "vực nông nghiệp, lâm nghiệp, tài nguyên, môi trường, phòng, chống thiên tai, Chương "
                "trình mục tiêu quốc gia xây dựng nông thôn mới và công tác dân tộc, tôn giáo; theo dõi "
                "các huyện Ngọc Khê, Suối Ngàn, Bình Sơn."
            ),
            (
                "Ông Lương Đức Hiếu, sinh năm 1978, quê quán xã Đồng Xuân, huyện Đồng Phú; trình độ Tiến "
                "sĩ Quản lý giáo dục, Cao cấp lý luận chính trị; nguyên Giám đốc Sở Giáo dục và Đào tạo. "
                "Hiện ông là Tỉnh ủy viên, Phó Chủ tịch Ủy ban nhân dân tỉnh, phụ trách khối văn hóa – xã "
                "hội: giáo dục, y tế, văn hóa, thể thao, du lịch, khoa học và công nghệ, lao động, việc "
                "làm, an sinh xã hội; theo dõi các huyện Tân Lập, Đồng Phú."
            ),
        ],
        "headings": {
            0: "Chủ tịch Ủy ban nhân dân tỉnh",
            2: "Các Phó Chủ tịch Ủy ban nhân dân tỉnh",
        },
    },
]
