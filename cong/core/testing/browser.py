"""Debian's Chromium for the tests that drive a real browser (Playwright): where it is, and how it starts —
headless, no sandbox (containers), nothing fetched from the network on its own."""

import os
import shutil

CHROMIUM = os.environ.get("CONG_E2E_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    # Member portals answer at <code>.localhost: resolve every such name to this machine, nothing else.
    "--host-resolver-rules=MAP *.localhost 127.0.0.1, MAP localhost 127.0.0.1",
]
