"""Wagtail image and document forms that run the upload checks (settings WAGTAILIMAGES_IMAGE_FORM_BASE,
WAGTAILDOCS_DOCUMENT_FORM_BASE): every image is re-encoded without EXIF/GPS before Wagtail stores it."""

from django.core.files.uploadedfile import UploadedFile
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from .uploads import check_upload, strip_image_metadata


class CheckedImageForm(BaseImageForm):
    def clean_file(self):
        file = self.cleaned_data.get("file")
        if isinstance(file, UploadedFile):
            check_upload(file, kind="image")
            clean = strip_image_metadata(file)
            if hasattr(file, "image"):  # Wagtail's field keeps the opened picture for its own checks
                clean.image = file.image
            return clean
        return file


class CheckedDocumentForm(BaseDocumentForm):
    def clean_file(self):
        file = self.cleaned_data.get("file")
        if isinstance(file, UploadedFile):
            check_upload(file, kind="document")
        return file
