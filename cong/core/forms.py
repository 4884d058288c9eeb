"""What every public form shares."""

# WCAG 2.1 SC 1.3.5 (identify input purpose): the HTML autocomplete token of each personal field, so that
# browsers and assistive tools can fill it in. Keys are the field names the project's forms use.
AUTOCOMPLETE = {
    "full_name": "name",
    "name": "name",
    "organisation_name": "organization",
    "organisation": "organization",
    "position": "organization-title",
    "house_number": "address-line1",
    "street": "address-line2",
    "commune": "address-level3",
    "district": "address-level2",
    "province": "address-level1",
    "phone": "tel",
    "email": "email",
}


def identify_input_purpose(form) -> None:
    """Give each personal field of ``form`` its autocomplete token; a phone number is ``type="tel"``."""
    for name, field in form.fields.items():
        token = AUTOCOMPLETE.get(name)
        if token is None:
            continue
        field.widget.attrs["autocomplete"] = token
        if token == "tel":
            field.widget.input_type = "tel"
