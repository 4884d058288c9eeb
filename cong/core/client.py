"""The client's address (địa chỉ IP của người dùng), for the audit log and the rate limits.

Only what the deployment says it trusts is believed. Without configuration the address is the peer's
(``REMOTE_ADDR``): an ``X-Forwarded-For`` or ``X-Real-IP`` header sent by a visitor is ignored, so no one
can write another address into the audit log or escape a rate limit by inventing one. Behind reverse
proxies the operator sets either

- ``CONG_CLIENT_IP_HEADER`` (e.g. ``HTTP_X_REAL_IP``): a header the proxy itself sets, overwriting any
  value the visitor sent; or
- ``CONG_PROXY_COUNT``: how many proxies append to ``X-Forwarded-For``. The client is the entry that many
  places from the end — the one the outermost proxy saw; entries further left came from the visitor.
"""

from django.conf import settings


def client_address(request) -> str:
    """The client's address as the configured proxies report it; "" without a request or address."""
    if request is None:
        return ""
    header = settings.CONG_CLIENT_IP_HEADER
    if header and request.META.get(header):
        return request.META[header].split(",")[0].strip()
    proxies = settings.CONG_PROXY_COUNT
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if proxies and forwarded:
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if len(hops) >= proxies:
            return hops[-proxies]
    return request.META.get("REMOTE_ADDR", "")
