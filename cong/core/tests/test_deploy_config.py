"""The nginx configuration a province installs (docs/deploy-nginx.conf) is the one docs/deploy.md shows and
the one whose cache rules the benchmarks run (benchmarks/nginx_conf.py)."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
SHIPPED = ROOT / "docs" / "deploy-nginx.conf"


def test_the_guide_shows_the_shipped_configuration():
    guide = (ROOT / "docs" / "deploy.md").read_text(encoding="utf-8")
    shown = re.search(r"```nginx\n(.*?)```", guide, re.S).group(1)
    assert shown == SHIPPED.read_text(encoding="utf-8")


def test_the_cache_key_is_the_address_alone():
    """The address decides the language (/en/…): no copy per browser language, and the PURGE key (host and
    address) is the cache key, so a purge reaches every copy."""
    text = SHIPPED.read_text(encoding="utf-8")
    assert re.findall(r"proxy_cache_key (\S+);", text) == ['"$host$request_uri"']
    assert re.findall(r"proxy_cache_purge cong_pages (\S+);", text) == ['"$host$request_uri"']
    assert "accept_language" not in text


@pytest.mark.skipif(not shutil.which("nginx"), reason="nginx is not installed")
def test_the_benchmarks_configuration_built_from_it_is_valid(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("nginx_conf", ROOT / "benchmarks" / "nginx_conf.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert "proxy_cache_key" in module.proxy_location() and "$cong_personal" in module.maps()
    conf = tmp_path / "nginx.conf"
    conf.write_text(module.benchmark_config(tmp_path, upstream=9, proxy_port=9))
    checked = subprocess.run(
        ["nginx", "-p", str(tmp_path), "-c", str(conf), "-t"], capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stderr
