"""Builders for portal content in tests: a site, sections and published articles."""

import io
from dataclasses import dataclass, field
from datetime import timedelta

from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from cong.portal.models import ArticlePage, HomePage, IntroPage, PortalSettings, SectionPage, TopicPage


def make_image(title="Ảnh thử", colour=(30, 120, 60)):
    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 40), colour).save(buffer, format="PNG")
    image = get_image_model()(title=title)
    image.file = ImageFile(io.BytesIO(buffer.getvalue()), name="thu.png")
    image.save()
    return image


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision(log_action=False).publish(log_action=False)
    page.refresh_from_db()
    return page


@dataclass
class PortalBuilder:
    home: HomePage
    site: Site
    settings: PortalSettings
    counter: int = field(default=0)

    @classmethod
    def create(cls, title="Cổng Thông tin điện tử tỉnh Thử Nghiệm"):
        root = Page.get_first_root_node()
        home = publish(root, HomePage(title=title, slug="trang-chu-thu", intro="Cổng thông tin của tỉnh."))
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            site = Site(hostname="localhost", port=80, is_default_site=True)
        site.root_page = home
        site.site_name = title
        site.save()
        portal_settings = PortalSettings.for_site(site)
        portal_settings.portal_name = title
        portal_settings.agency_name = "Ủy ban nhân dân tỉnh Thử Nghiệm"
        portal_settings.operator = "Văn phòng UBND tỉnh Thử Nghiệm"
        portal_settings.person_responsible = "Ông Nguyễn Văn An – Chánh Văn phòng"
        portal_settings.address = "Số 1 đường Trần Hưng Đạo, thành phố Thử Nghiệm"
        portal_settings.phone = "0209 3870 000"
        portal_settings.fax = "0209 3870 001"
        portal_settings.email = "congtt@thunghiem.gov.vn"
        portal_settings.attribution_notice = (
            "Ghi rõ nguồn “Theo Cổng TTĐT tỉnh Thử Nghiệm” khi phát hành lại."
        )
        portal_settings.save()
        return cls(home=home, site=site, settings=portal_settings)

    def section(self, title, parent=None, show_on_home=True, slug=None):
        self.counter += 1
        return publish(
            parent or self.home,
            SectionPage(
                title=title,
                slug=slug or f"chuyen-muc-{self.counter}",
                intro=f"Giới thiệu {title}",
                show_on_home=show_on_home,
                show_in_menus=parent is None,
            ),
        )

    def article(self, section, title=None, days_ago=0, revision=True, **fields):
        """A live article. ``revision=False`` skips the revision, for building hundreds quickly."""
        self.counter += 1
        fields.setdefault("lead", f"Sapo của bài {self.counter}.")
        fields.setdefault(
            "body", [{"type": "paragraph", "value": f"<p>Nội dung bài số {self.counter} của tỉnh.</p>"}]
        )
        fields.setdefault("authors", "Minh Hằng")
        fields.setdefault("source", "Sở Thông tin")
        article = ArticlePage(
            title=title or f"Tin số {self.counter}",
            slug=f"tin-{self.counter}",
            published_at=timezone.now() - timedelta(days=days_ago, minutes=self.counter),
            **fields,
        )
        if revision:
            return publish(section, article)
        section.add_child(instance=article)
        return article

    def topic(self, title="Chuyển đổi số"):
        self.counter += 1
        return publish(
            self.home, TopicPage(title=title, slug=f"chuyen-de-{self.counter}", intro="Chuyên đề.")
        )

    def intro(self, title="Giới thiệu", parent=None, **fields):
        self.counter += 1
        return publish(
            parent or self.home,
            IntroPage(title=title, slug=f"gioi-thieu-{self.counter}", show_in_menus=True, **fields),
        )
