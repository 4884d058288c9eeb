"""A corpus of realistic Vietnamese portal content at any size, quickly (issue 17).

News articles (tin, bài) with administrative Vietnamese titles and bodies (diacritics, place names,
agencies, numbers), legal documents with real-looking numbers ("1347/QĐ-UBND", "43/2011/NĐ-CP") and
published citizen questions — the three kinds the site search reads most.

Fast: no ``Page.add_child`` or ``save()`` per item. Articles are written in bulk: their treebeard
``path``/``depth``/``numchild`` are computed here, the ``wagtailcore_page``, ``portal_contentpage`` and
``portal_articlepage`` rows go in with ``executemany`` (SQLite) or ``COPY`` (PostgreSQL), and the folded
search columns (``search_words``, ``search_title_words``, ``search_date``) are filled in the same pass with
exactly what ``ContentPage.save`` would write (``cong.core.search.index_words``; text is assembled from
pre-folded sentences, so folding costs little). Legal documents and questions use ``bulk_create`` with the
same derived columns their ``save`` writes.

As a module (tests, benchmarks), on a database that is already migrated::

    from benchmarks.corpus import Corpus
    stats = Corpus(seed=1).build(articles=10_000, documents=1_000, questions=1_000)

As a command (migrates the database of ``DATABASE_URL``, or a new SQLite file in a temporary folder)::

    CONG_TESTING=1 .venv/bin/python benchmarks/corpus.py --articles 100000 --documents 5000 --questions 5000

The content is deterministic for a seed and a ``--now`` date (the newest article's date; no clock read).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import random
import signal
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# --- Vocabulary of administrative Vietnamese -------------------------------------------------------

AGENCIES = [
    "Ủy ban nhân dân tỉnh",
    "Hội đồng nhân dân tỉnh",
    "Sở Tài nguyên và Môi trường",
    "Sở Tài chính",
    "Sở Kế hoạch và Đầu tư",
    "Sở Giáo dục và Đào tạo",
    "Sở Y tế",
    "Sở Xây dựng",
    "Sở Nội vụ",
    "Sở Tư pháp",
    "Sở Giao thông vận tải",
    "Sở Nông nghiệp và Phát triển nông thôn",
    "Sở Công Thương",
    "Sở Thông tin và Truyền thông",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Lao động – Thương binh và Xã hội",
    "Ban Quản lý các khu công nghiệp",
    "Thanh tra tỉnh",
    "Văn phòng Ủy ban nhân dân tỉnh",
    "Công an tỉnh",
    "Bộ Chỉ huy Quân sự tỉnh",
    "Cục Thuế tỉnh",
    "Kho bạc Nhà nước tỉnh",
    "Bảo hiểm xã hội tỉnh",
]
PLACES = [
    "huyện Tân Lập",
    "huyện Hòa Bình",
    "thành phố Hòa Sơn",
    "thị xã Phú Mỹ",
    "huyện Đồng Xuân",
    "huyện Sơn Hà",
    "huyện Vĩnh Thạnh",
    "huyện Quế Sơn",
    "huyện Krông Búk",
    "huyện Mường Khương",
    "xã Tân Phú",
    "xã Ea Kao",
    "phường Trần Phú",
    "xã Hòa Thuận",
    "xã Đắk Pơ",
    "phường Nghĩa Chánh",
    "xã Bình Minh",
    "xã Thượng Lâm",
    "thị trấn Phú Phong",
    "xã Cẩm Thạch",
    "xã Nậm Ét",
    "xã Quỳnh Lưu",
    "xã A Lưới",
    "xã Hướng Hóa",
    "phường Đống Đa",
    "xã Ngọc Lặc",
    "xã Yên Thế",
    "xã Bảo Lâm",
]
SUBJECTS = [
    "cải cách thủ tục hành chính",
    "chuyển đổi số",
    "đầu tư công",
    "giải phóng mặt bằng",
    "bồi thường, hỗ trợ, tái định cư",
    "cấp giấy chứng nhận quyền sử dụng đất",
    "xây dựng nông thôn mới",
    "giảm nghèo bền vững",
    "phòng, chống thiên tai",
    "phòng cháy, chữa cháy",
    "an toàn giao thông",
    "bảo vệ môi trường",
    "quản lý đất đai",
    "thu ngân sách nhà nước",
    "phát triển doanh nghiệp",
    "dịch vụ công trực tuyến",
    "chỉ số năng lực cạnh tranh cấp tỉnh",
    "chăm sóc sức khỏe nhân dân",
    "tuyển sinh đầu cấp",
    "bảo hiểm y tế học sinh",
    "phòng, chống dịch bệnh",
    "du lịch cộng đồng",
    "kinh tế tập thể",
    "hợp tác xã nông nghiệp",
    "vệ sinh an toàn thực phẩm",
    "cấp nước sạch nông thôn",
    "thủ tục đăng ký kinh doanh",
    "quy hoạch sử dụng đất",
    "phổ biến, giáo dục pháp luật",
    "tiếp công dân",
    "giải quyết khiếu nại, tố cáo",
    "thực hành tiết kiệm, chống lãng phí",
    "phòng, chống tham nhũng",
    "công tác cán bộ",
    "tinh giản biên chế",
    "đề án 06",
    "căn cước công dân",
    "chính quyền điện tử",
    "kho dữ liệu dùng chung",
    "hạ tầng số",
]
ACTIONS = [
    "tổ chức hội nghị triển khai",
    "kiểm tra tình hình thực hiện",
    "ban hành kế hoạch thực hiện",
    "sơ kết sáu tháng",
    "tổng kết công tác",
    "đôn đốc đẩy nhanh tiến độ",
    "làm việc với các địa phương về",
    "phát động phong trào thi đua về",
    "tập huấn nghiệp vụ về",
    "giám sát việc thực hiện",
    "công bố kết quả",
    "đối thoại với doanh nghiệp về",
    "lấy ý kiến nhân dân về",
    "tuyên truyền",
]
OPENINGS = [
    "Sáng ngày {d}/{m}, {agency} {action} {subject} tại {place}.",
    "Chiều {d}/{m}, đoàn công tác của {agency} đã {action} {subject} trên địa bàn {place}.",
    "Thực hiện chỉ đạo của Chủ tịch Ủy ban nhân dân tỉnh, {agency} {action} {subject}.",
    "Theo báo cáo của {agency}, trong {n} tháng đầu năm, công tác {subject} đạt nhiều kết quả tích cực.",
    "Năm {y}, {place} đặt mục tiêu hoàn thành {p}% kế hoạch về {subject}.",
]
SENTENCES = [
    "Đến nay, toàn tỉnh đã giải quyết {k} hồ sơ đúng hạn, đạt tỷ lệ {p}%.",
    "Tỷ lệ hồ sơ trực tuyến toàn trình đạt {p}%, tăng {q}% so với cùng kỳ năm trước.",
    "Lãnh đạo {agency} đề nghị các đơn vị tiếp tục rà soát, đơn giản hóa thủ tục hành chính.",
    "Các đại biểu đã thảo luận, làm rõ những khó khăn, vướng mắc trong {subject}.",
    "Người dân {place} phấn khởi khi {subject} được triển khai đồng bộ, hiệu quả.",
    "Tổng kinh phí thực hiện hơn {k} triệu đồng từ nguồn ngân sách tỉnh và vốn xã hội hóa.",
    "Hội nghị thống nhất giao {agency} chủ trì, phối hợp với {place} xây dựng lộ trình cụ thể.",
    "Xếp thứ {n} trên cả nước, tỉnh tiếp tục nằm trong nhóm dẫn đầu về {subject}.",
    "Ủy ban nhân dân {place} cam kết thực hiện nghiêm các chỉ tiêu đã đề ra trong năm {y}.",
    "Dự kiến đến quý {n} năm {y}, các công trình trọng điểm sẽ hoàn thành và đưa vào sử dụng.",
    "Ông Nguyễn Văn {name}, Phó Chủ tịch Ủy ban nhân dân tỉnh, ghi nhận nỗ lực của các ngành.",
    "Bà Trần Thị {name}, Giám đốc {agency}, cho biết sẽ tăng cường kiểm tra, giám sát.",
    "Việc thực hiện theo Quyết định số {k}/QĐ-UBND của Ủy ban nhân dân tỉnh về {subject}.",
    "Thủ tục được thực hiện tại Trung tâm Phục vụ hành chính công tỉnh và qua Cổng dịch vụ công.",
    "Thu ngân sách nhà nước trên địa bàn {place} ước đạt {k} tỷ đồng, bằng {p}% dự toán.",
    "Tục lệ địa phương được tôn trọng trong quá trình vận động người dân bàn giao mặt bằng.",
    "Thứ hạng chỉ số cải cách hành chính của tỉnh tăng {q} bậc so với năm {y}.",
    "Cơ quan chức năng khuyến cáo người dân cảnh giác với các hành vi lừa đảo qua mạng.",
]
NAMES = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hòa", "Hùng", "Lan", "Long", "Mai", "Minh", "Nam",
         "Phong", "Quang", "Sơn", "Thảo", "Thắng", "Thu", "Trung", "Tuấn", "Vân", "Việt", "Xuân"]  # fmt: skip
TITLE_TEMPLATES = [
    "{Place} {action} {subject}",
    "{Agency} {action} {subject} năm {y}",
    "Đẩy mạnh {subject} tại {place}",
    "Kết quả {subject} {n} tháng đầu năm {y}",
    "Tăng cường {subject} trên địa bàn tỉnh",
    "{Agency} làm việc với {place} về {subject}",
    "Hội nghị {subject} năm {y}",
    "Nâng cao hiệu quả {subject}",
]
DOCUMENT_KINDS = [  # (kind code, symbol, summary opening)
    ("quyet-dinh", "QĐ-UBND", "Quyết định về việc"),
    ("chi-thi", "CT-UBND", "Chỉ thị về việc"),
    ("ke-hoach", "KH-UBND", "Kế hoạch thực hiện"),
    ("nghi-quyet", "NQ-HĐND", "Nghị quyết quy định"),
    ("cong-van", "UBND-KT", "Công văn về việc"),
]
QUESTION_OPENINGS = [
    "Tôi muốn hỏi thủ tục {subject} tại {place} cần những giấy tờ gì?",
    "Gia đình tôi ở {place}, xin hỏi thời hạn giải quyết hồ sơ {subject} là bao lâu?",
    "Doanh nghiệp chúng tôi đề nghị hướng dẫn {subject} theo quy định mới.",
    "Xin cho biết lệ phí và nơi nộp hồ sơ {subject}.",
]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


@dataclass
class Piece:
    """A piece of text with its folded words and its words as written, computed once."""

    text: str
    folded: list[str]
    written: list[str]

    @classmethod
    def of(cls, text: str) -> Piece:
        from cong.core.text import fold, nfc, words

        text = nfc(text)
        return cls(text, words(fold(text)), words(text.lower()))


def join_index(pieces: list[Piece]) -> str:
    """``index_words`` of the pieces joined by spaces, without folding again (same result)."""
    folded = " ".join(w for p in pieces for w in p.folded)
    written = " ".join(w for p in pieces for w in p.written)
    if written == folded:
        return f" {folded} "
    return f" {folded} | {written} "


@dataclass
class Corpus:
    seed: int = 1
    now: datetime.datetime = field(
        default_factory=lambda: datetime.datetime(2026, 11, 30, 8, 0, tzinfo=datetime.UTC)
    )
    years: int = 8  # articles spread over this many years before ``now``
    pool_size: int = 6000  # distinct body sentences
    progress: bool = False

    def __post_init__(self):
        self.rng = random.Random(self.seed)

    # --- text ---
    def _fill(self, template: str) -> str:
        r = self.rng

        # Zipf-like choice: the first entries of a list are far more common than the last ones.
        def pick(items):
            return items[min(len(items) - 1, int(r.paretovariate(1.1)) - 1)]

        return template.format(
            d=r.randint(1, 28), m=r.randint(1, 12), y=r.randint(2019, 2026), n=r.randint(1, 9),
            k=r.randint(10, 9999), p=r.randint(40, 99), q=r.randint(1, 30), name=r.choice(NAMES),
            agency=pick(AGENCIES), Agency=pick(AGENCIES), place=pick(PLACES), Place=_cap(pick(PLACES)),
            subject=r.choice(SUBJECTS), action=r.choice(ACTIONS),
        )  # fmt: skip

    def _pools(self):
        if getattr(self, "_openings", None) is None:
            self._openings = [
                Piece.of(self._fill(self.rng.choice(OPENINGS))) for _ in range(self.pool_size // 3)
            ]
            self._sentences = [
                Piece.of(self._fill(self.rng.choice(SENTENCES))) for _ in range(self.pool_size)
            ]
        return self._openings, self._sentences

    def article_text(self, i: int):
        """(title, lead, paragraphs, authors, source) of article ``i`` as Pieces."""
        openings, sentences = self._pools()
        r = self.rng
        title = Piece.of(
            _cap(self._fill(r.choice(TITLE_TEMPLATES))) + ("" if i % 7 else f" (kỳ {i % 97 + 1})")
        )
        lead = r.choice(openings)
        paragraphs = [[r.choice(sentences) for _ in range(r.randint(2, 4))] for _ in range(r.randint(2, 4))]
        authors = Piece.of(f"{r.choice(['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng'])} {r.choice(NAMES)}")
        source = Piece.of(r.choice(["Cổng TTĐT tỉnh", "Báo tỉnh", "Đài Phát thanh và Truyền hình tỉnh", ""]))
        return title, lead, paragraphs, authors, source

    # --- articles ---
    def build_articles(self, count: int, sections: int = 8, parent=None) -> float:
        """Add ``count`` live articles under ``sections`` section pages of ``parent`` (default: the default
        site's home page). Returns the seconds taken."""
        from django.contrib.contenttypes.models import ContentType
        from django.db import connection, transaction
        from wagtail.models import Page, Site

        from cong.portal.models import ArticlePage, ContentPage

        started = time.perf_counter()
        if parent is None:
            parent = Site.objects.get(is_default_site=True).root_page
        targets = self._sections(parent, sections)
        article_type = ContentType.objects.get_for_model(ArticlePage)
        span = self.years * 365 * 86400
        page_fields = [f for f in Page._meta.local_concrete_fields if f.column != "id"]
        content_fields = ContentPage._meta.local_concrete_fields
        article_fields = ArticlePage._meta.local_concrete_fields
        with connection.cursor() as cursor:
            cursor.execute("SELECT COALESCE(MAX(id), 0) FROM wagtailcore_page")
            next_id = cursor.fetchone()[0] + 1
        batch = 20_000
        done = 0
        dropped = []
        if count >= 50_000:  # a big load: the indexes are built once at the end
            dropped = _drop_indexes("portal_contentpage", gin_only=True) + _drop_indexes("wagtailcore_page")
        per_section = {s.pk: _last_step(s) for s in targets}  # not numchild: robust to a load cut short
        try:
            while done < count:
                size = min(batch, count - done)
                pages, contents, articles = [], [], []
                for j in range(size):
                    i = done + j
                    section = targets[i % len(targets)]
                    per_section[section.pk] += 1
                    step = per_section[section.pk]
                    path = section.path + _step(step, Page.alphabet, Page.steplen)
                    title, lead, paragraphs, authors, source = self.article_text(i)
                    slug = f"tin-{next_id}"
                    when = self.now - datetime.timedelta(
                        seconds=int(span * (i / max(1, count)) ** 1.5) + i % 3600
                    )
                    pid = next_id
                    next_id += 1
                    body = [
                        {"type": "paragraph", "value": "<p>" + " ".join(s.text for s in para) + "</p>",
                         "id": str(uuid.UUID(int=self.rng.getrandbits(128)))}
                        for para in paragraphs
                    ]  # fmt: skip
                    text_pieces = [lead, *(s for para in paragraphs for s in para), authors, source]
                    search_text = "\n".join(filter(None, [lead.text, "\n".join(" ".join(s.text for s in p)
                                                         for p in paragraphs), authors.text, source.text]))  # fmt: skip
                    values = {
                        "path": path, "depth": section.depth + 1, "numchild": 0,
                        "translation_key": uuid.uuid4(), "locale_id": section.locale_id,
                        "live": True, "has_unpublished_changes": False, "first_published_at": when,
                        "last_published_at": when, "title": title.text, "draft_title": title.text, "slug": slug,
                        "content_type_id": article_type.pk, "url_path": f"{section.url_path}{slug}/",
                        "latest_revision_created_at": when,
                    }  # fmt: skip
                    pages.append([pid] + [_db(f, values.get(f.attname, _default(f))) for f in page_fields])
                    content_values = {
                        "page_ptr_id": pid, "search_text": search_text, "search_title_words": join_index([title]),
                        "search_words": join_index([title, *text_pieces]), "search_date": when,
                    }  # fmt: skip
                    contents.append([_db(f, content_values[f.attname]) for f in content_fields])
                    article_values = {
                        "contentpage_ptr_id": pid, "lead": lead.text, "body": json.dumps(body, ensure_ascii=False),
                        "authors": authors.text, "source": source.text, "published_at": when, "featured": False,
                        "main_image_id": None, "main_image_alt": "",
                    }  # fmt: skip
                    articles.append(
                        [
                            v if f.attname == "body" else _db(f, v)
                            for f in article_fields
                            for v in [article_values[f.attname]]
                        ]
                    )
                with transaction.atomic():
                    _insert("wagtailcore_page", ["id"] + [f.column for f in page_fields], pages)
                    _insert("portal_contentpage", [f.column for f in content_fields], contents)
                    _insert("portal_articlepage", [f.column for f in article_fields], articles)
                done += size
                if self.progress:
                    print(f"  {done} articles, {time.perf_counter() - started:.0f} s", file=sys.stderr)
        finally:
            for section in targets:
                children = Page.objects.filter(path__startswith=section.path, depth=section.depth + 1).count()
                Page.objects.filter(pk=section.pk).update(numchild=children)
            if dropped:
                if self.progress:
                    print(
                        f"  rows in, {time.perf_counter() - started:.0f} s; building the indexes",
                        file=sys.stderr,
                    )
                with connection.cursor() as cursor:
                    for definition in dropped:
                        cursor.execute(definition)
        _after_bulk_insert()
        return time.perf_counter() - started

    def replicate_articles(self, times: int, parent=None) -> float:
        """Copy every generated article ``times`` more times in the database itself (``INSERT … SELECT``),
        each copy under new sections of its own with its own path, slug, translation key and a date a few
        minutes earlier — the fast way to a corpus of millions on a shared machine, where generating each
        article in Python takes about a millisecond. The texts repeat (each ``times + 1`` times); how
        common each word and phrase is stays the same. Returns the seconds taken."""
        from django.db import connection, transaction
        from wagtail.models import Page, Site

        from cong.portal.models import ArticlePage, ContentPage

        started = time.perf_counter()
        if parent is None:
            parent = Site.objects.get(is_default_site=True).root_page
        originals = self._sections(parent, len(self._existing_sections(parent)))
        page_columns = [f.column for f in Page._meta.local_concrete_fields]
        content_columns = [f.column for f in ContentPage._meta.local_concrete_fields]
        article_columns = [f.column for f in ArticlePage._meta.local_concrete_fields]
        vendor = connection.vendor
        new_uuid = "gen_random_uuid()" if vendor == "postgresql" else "lower(hex(randomblob(16)))"
        minutes = "interval '1 minute'" if vendor == "postgresql" else None
        dropped = _drop_indexes("portal_contentpage", gin_only=True) + _drop_indexes("wagtailcore_page")
        _reset_sequence(Page)
        done_before = -(-len(self._copied_sections(parent)) // max(1, len(originals)))  # a cut copy too
        try:
            for copy in range(done_before + 1, done_before + times + 1):
                targets = [
                    self._new_section(
                        parent, f"kho-tin-ban-{copy}-{section.slug}", f"{section.title} ({copy})"
                    )
                    for section in originals
                ]
                with connection.cursor() as cursor:
                    cursor.execute("SELECT COALESCE(MAX(id), 0) FROM wagtailcore_page")
                    offset = cursor.fetchone()[0]
                for section, target in zip(originals, targets, strict=True):
                    count = Page.objects.filter(
                        path__startswith=section.path, depth=section.depth + 1
                    ).count()
                    slug = f"'tin-' || (p.id + {offset})"

                    def shifted(column, table, copy=copy):
                        if vendor == "postgresql":
                            return f"{table}.{column} - {copy * 7} * {minutes}"
                        return f"strftime('%%Y-%%m-%%d %%H:%%M:%%f', {table}.{column}, '-{copy * 7} minutes')"

                    overrides = {
                        "id": f"p.id + {offset}",
                        "path": f"%s || substr(p.path, {len(section.path) + 1})",
                        "translation_key": new_uuid, "slug": slug,
                        "url_path": f"%s || {slug} || '/'",
                        "first_published_at": shifted("first_published_at", "p"),
                        "last_published_at": shifted("last_published_at", "p"),
                    }  # fmt: skip
                    select = ", ".join(overrides.get(c, f"p.{c}") for c in page_columns)
                    scope = f"FROM wagtailcore_page p WHERE p.path LIKE %s AND p.depth = {section.depth + 1}"
                    with transaction.atomic(), connection.cursor() as cursor:
                        cursor.execute(
                            f"INSERT INTO wagtailcore_page ({', '.join(page_columns)}) SELECT {select} {scope}",
                            [target.path, target.url_path, section.path + "%"],
                        )
                        content_select = ", ".join(
                            {"page_ptr_id": f"c.page_ptr_id + {offset}",
                             "search_date": shifted("search_date", "c")}.get(col, f"c.{col}")
                            for col in content_columns
                        )  # fmt: skip
                        join = f"JOIN wagtailcore_page p ON p.id = {{alias}} {scope[len('FROM wagtailcore_page p ') :]}"
                        cursor.execute(
                            f"INSERT INTO portal_contentpage ({', '.join(content_columns)}) SELECT {content_select} "
                            f"FROM portal_contentpage c {join.format(alias='c.page_ptr_id')}",
                            [section.path + "%"],
                        )
                        article_select = ", ".join(
                            {"contentpage_ptr_id": f"a.contentpage_ptr_id + {offset}",
                             "published_at": shifted("published_at", "a")}.get(col, f"a.{col}")
                            for col in article_columns
                        )  # fmt: skip
                        cursor.execute(
                            f"INSERT INTO portal_articlepage ({', '.join(article_columns)}) SELECT {article_select} "
                            f"FROM portal_articlepage a {join.format(alias='a.contentpage_ptr_id')}",
                            [section.path + "%"],
                        )
                    Page.objects.filter(pk=target.pk).update(numchild=count)
                _reset_sequence(Page)  # the next copy's sections take ids after the copied pages
                if self.progress:
                    total = ArticlePage.objects.count()
                    print(
                        f"  copy {copy}: {total} articles, {time.perf_counter() - started:.0f} s",
                        file=sys.stderr,
                    )
        finally:
            with connection.cursor() as cursor:
                for definition in dropped:
                    cursor.execute(definition)
        _after_bulk_insert()
        return time.perf_counter() - started

    def _copied_sections(self, parent):
        from cong.portal.models import SectionPage

        return list(SectionPage.objects.child_of(parent).filter(slug__startswith="kho-tin-ban-"))

    def _existing_sections(self, parent):
        from cong.portal.models import SectionPage

        return list(
            SectionPage.objects.child_of(parent).filter(slug__startswith="kho-tin-").exclude(
                slug__startswith="kho-tin-ban-").order_by("path")
        )  # fmt: skip

    def _new_section(self, parent, slug, title):
        from wagtail.models import Page

        from cong.portal.models import SectionPage

        parent = Page.objects.get(pk=parent.pk)
        section = SectionPage(title=title, slug=slug, intro="Tin tổng hợp.")
        parent.add_child(instance=section)
        section.save_revision(log_action=False).publish(log_action=False)
        return Page.objects.get(pk=section.pk)

    def _sections(self, parent, count: int):
        from wagtail.models import Page

        from cong.portal.models import SectionPage

        existing = self._existing_sections(parent)
        for n in range(len(existing), count):
            section = SectionPage(title=f"Kho tin {n + 1}", slug=f"kho-tin-{n + 1}", intro="Tin tổng hợp.")
            parent.add_child(instance=section)
            section.save_revision(log_action=False).publish(log_action=False)
            existing.append(section)
            parent = Page.objects.get(pk=parent.pk)
        return [Page.objects.get(pk=s.pk) for s in existing[:count]]

    # --- legal documents ---
    def build_documents(self, count: int) -> float:
        from cong.legal.models import LegalDocument, issuer_key, number_key

        started = time.perf_counter()
        r = self.rng
        kind_names = dict(LegalDocument._meta.get_field("kind").choices)
        start = LegalDocument.objects.count()
        batch = []
        for n in range(count):
            i = start + n
            kind, symbol, opening = DOCUMENT_KINDS[i % len(DOCUMENT_KINDS)]
            year = 2010 + i % 17
            number = f"{i // len(DOCUMENT_KINDS) + 1}/{symbol}" if kind != "nghi-quyet" else \
                f"{i // len(DOCUMENT_KINDS) + 1}/{year}/{symbol}"  # fmt: skip
            issuer = r.choice(AGENCIES[:3])
            summary = f"{opening} {r.choice(SUBJECTS)} trên địa bàn tỉnh giai đoạn {year}–{year + 5}"
            signer = f"Nguyễn Văn {r.choice(NAMES)}"
            issued = datetime.date(year, 1 + i % 12, 1 + i % 28)
            document = LegalDocument(
                kind=kind, number=number, issuer=issuer, summary=summary, issued_on=issued, signer_name=signer,
                live=True, number_key=number_key(number), issuer_key=issuer_key(issuer),
                last_published_at=self.now, first_published_at=self.now,
            )  # fmt: skip
            document.search_folded = Piece_index(
                number, kind_names.get(kind, ""), summary, issuer, signer, ""
            )
            batch.append(document)
        LegalDocument.objects.bulk_create(batch, batch_size=2000)
        _analyse(LegalDocument)
        return time.perf_counter() - started

    # --- questions ---
    def build_questions(self, count: int) -> float:
        from cong.citizens.models import Question

        started = time.perf_counter()
        r = self.rng
        start = Question.objects.count()
        batch = []
        for n in range(count):
            i = start + n
            content = self._fill(r.choice(QUESTION_OPENINGS))
            title = _cap(r.choice(SUBJECTS))
            when = self.now - datetime.timedelta(hours=7 * i + 1)
            question = Question(
                code=f"BM{i:06d}-{self.seed:04d}"[:16], asker_type=Question.AskerType.INDIVIDUAL, consent_at=when,
                title=title, content=content, status=Question.Status.PUBLISHED, received_at=when,
                published_at=when,
            )  # fmt: skip
            question.search_text = Piece_index(title, content, "")
            batch.append(question)
        Question.objects.bulk_create(batch, batch_size=2000)
        _analyse(Question)
        return time.perf_counter() - started

    def build(self, articles: int = 0, documents: int = 0, questions: int = 0, sections: int = 8) -> dict:
        """Add the content; returns the seconds each kind took."""
        timings = {}
        if articles:
            timings["articles"] = self.build_articles(articles, sections)
        if documents:
            timings["documents"] = self.build_documents(documents)
        if questions:
            timings["questions"] = self.build_questions(questions)
        return timings


def Piece_index(*parts: str) -> str:  # noqa: N802 — reads as the function it mirrors
    from cong.core.search import index_words

    return index_words(*parts)


def _step(number: int, alphabet: str, steplen: int) -> str:
    digits = []
    while number:
        number, rest = divmod(number, len(alphabet))
        digits.append(alphabet[rest])
    return "".join(reversed(digits)).rjust(steplen, alphabet[0])


def _last_step(section) -> int:
    """The number of the section's last child in the tree (treebeard steps), 0 when it has none."""
    from wagtail.models import Page

    last = (
        Page.objects.filter(path__startswith=section.path, depth=section.depth + 1)
        .order_by("-path")
        .values_list("path", flat=True)
        .first()
    )
    return int(last[-Page.steplen :], len(Page.alphabet)) if last else 0


def _default(f):
    return f.get_default()


def _db(f, value):
    """The value as the database column takes it (SQLite: datetimes as naive UTC text, UUIDs as hex)."""
    from django.db import connection

    if connection.vendor == "postgresql" and not isinstance(value, dict | list):
        return value  # psycopg adapts datetimes, UUIDs and the rest itself
    return f.get_db_prep_value(value, connection, prepared=False)


def _insert(table: str, columns: list[str], rows: list[list]) -> None:
    from django.db import connection

    if not rows:
        return
    quoted = ", ".join(connection.ops.quote_name(c) for c in columns)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            raw = cursor.cursor  # psycopg 3: COPY, far faster than INSERT
            with raw.copy(f"COPY {connection.ops.quote_name(table)} ({quoted}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            marks = ", ".join(["%s"] * len(columns))
            cursor.executemany(f"INSERT INTO {table} ({quoted}) VALUES ({marks})", rows)


def _drop_indexes(table: str, gin_only: bool = False) -> list[str]:
    """PostgreSQL: drop the table's GIN indexes (``gin_only``) or its indexes that enforce nothing (not
    unique) before a bulk load — kept up to date row by row they cost more than the load; returns their
    definitions, to build them again once at the end."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = %s AND indexdef ILIKE %s "
            "AND indexdef NOT ILIKE %s",
            [table, "%USING gin%" if gin_only else "%", "CREATE UNIQUE%"],
        )
        found = cursor.fetchall()
        for name, _definition in found:
            cursor.execute(f"DROP INDEX {connection.ops.quote_name(name)}")
    return [definition for _name, definition in found]


def _after_bulk_insert() -> None:
    """After pages were written past the ORM: fresh planner statistics (PostgreSQL) and the id sequence."""
    from django.db import connection
    from wagtail.models import Page

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE wagtailcore_page")
            cursor.execute("ANALYZE portal_contentpage")
    _reset_sequence(Page)


def _analyse(model) -> None:
    """PostgreSQL: planner statistics for a register's table after a bulk insert, as autovacuum would soon
    take them in production (without them the registers' search part guessed 1 row of 20,000 and read
    every question through the wrong index)."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")


def _reset_sequence(model) -> None:
    from django.core.management.color import no_style
    from django.db import connection

    statements = connection.ops.sequence_reset_sql(no_style(), [model])
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=0)
    parser.add_argument("--documents", type=int, default=0)
    parser.add_argument("--questions", type=int, default=0)
    parser.add_argument("--sections", type=int, default=8)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--copies", type=int, default=0, help="then copy every article this many more times in the database"
    )
    parser.add_argument("--now", default="2026-11-30", help="date of the newest article (YYYY-MM-DD)")
    args = parser.parse_args(argv)
    # Stopped with SIGTERM, a bulk load still builds again the indexes it dropped (``finally``).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    setup_django()
    from django.db import connection

    now = datetime.datetime.fromisoformat(args.now).replace(hour=8, tzinfo=datetime.UTC)
    ensure_portal()
    timings = Corpus(seed=args.seed, now=now, progress=True).build(
        args.articles, args.documents, args.questions, args.sections
    )
    if args.copies:
        timings["copies"] = Corpus(seed=args.seed, now=now, progress=True).replicate_articles(args.copies)
    print(f"{connection.vendor}: " + ", ".join(f"{n} {getattr(args, k)} in {t:.1f} s" for k, t in timings.items()
                                              for n in [k]))  # fmt: skip


def setup_django() -> None:
    """Django on ``DATABASE_URL``, or on a new SQLite file in a temporary folder; migrated."""
    import tempfile

    sys.path.insert(0, str(ROOT))
    if not os.environ.get("DATABASE_URL") and not os.environ.get("CONG_VAR_DIR"):
        os.environ["CONG_VAR_DIR"] = tempfile.mkdtemp(prefix="cong-corpus-")
    os.environ.setdefault("CONG_TESTING", "1")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cong.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def ensure_portal():
    """The default site with a home page, made by the test builder when the database has none."""
    from wagtail.models import Site

    from cong.portal.models import HomePage

    site = Site.objects.filter(is_default_site=True).first()
    if site is not None and isinstance(site.root_page.specific, HomePage):
        return site
    from cong.portal.tests.factories import PortalBuilder

    return PortalBuilder.create().site


if __name__ == "__main__":
    main()
