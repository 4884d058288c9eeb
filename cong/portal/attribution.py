"""What a posted item must carry (ghi nguồn), from the profile's ``attribution.required``.

ND43-14, BK-5.3, HG-3.3: author and source [ghi rõ thông tin về tác giả, nguồn]. LC-5.3 adds: quote
verbatim, the time the item was posted and a link to it [trích dẫn nguyên văn … thời gian đã đăng, phát
thông tin đó, dẫn link tin, bài viết]. Author and source are fields an editor fills: sending an item for
review or publishing it is refused while one the profile requires is empty. Time posted, link and
verbatim quotation are what a reader who reuses the item must give: the item's page prints the citation
with them.
"""

from django.utils.translation import gettext as _

from cong.core.profiles import get_profile

# Article fields an editor must fill, by the value that requires them.
REQUIRED_FIELDS = {"author": "authors", "source": "source"}
# Buttons of Wagtail's page editor that send an item on its way to the public.
ONWARD_ACTIONS = ("action-publish", "action-submit", "action-workflow-action", "action-restart-workflow")


def missing_fields(cleaned: dict) -> dict[str, str]:
    """{field: message} for each field the profile requires that is empty."""
    param = get_profile().param("attribution.required")
    labels = {"authors": _("tác giả"), "source": _("nguồn tin")}
    missing = {}
    for value, field in REQUIRED_FIELDS.items():
        if value in param.value and not (cleaned.get(field) or "").strip():
            missing[field] = _(
                "Tin, bài đăng trên Cổng phải ghi rõ %(what)s (%(source)s); hãy điền trước khi gửi duyệt "
                "hoặc xuất bản."
            ) % {"what": labels[field], "source": param.source}
    return missing


def citation(page, request, portal_name: str) -> dict | None:
    """The citation a reader gives when reusing ``page`` (LC-5.3), or None where the profile asks for no
    more than author and source (already printed on the page)."""
    param = get_profile().param("attribution.required")
    wanted = set(param.value)
    if not wanted & {"time_posted", "link", "verbatim"}:
        return None
    return {
        "portal": portal_name,
        "who": page.authors or page.source or portal_name,
        "posted": page.published_at if "time_posted" in wanted else None,
        "url": page.get_full_url(request) if "link" in wanted else "",
        "verbatim": "verbatim" in wanted,
        "source": param.source,
    }
