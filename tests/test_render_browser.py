"""The HTML renders in a real browser: a headless Chromium screenshot, where one is installed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

import tiltak
from tiltak import examples


def _chromium() -> str | None:
    for name in ("/usr/bin/chromium", "chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


class TestBrowser:
    @pytest.mark.parametrize("name", ["action_plan_bra", "operational_plan"])
    def test_screenshot(self, tmp_path: Path, name: str) -> None:
        """Chromium renders a full page of an example plan to a non-trivial PNG."""
        chromium = _chromium()
        if chromium is None:
            pytest.skip("Chromium is not installed (looked for /usr/bin/chromium and chromium)")
        page = tmp_path / "plan.html"
        page.write_text(
            tiltak.to_html(examples.load(name), locale="nb", full_page=True), encoding="utf-8"
        )
        png = tmp_path / "plan.png"
        subprocess.run(
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--user-data-dir={tmp_path / 'profile'}",
                f"--screenshot={png}",
                "--window-size=1200,1600",
                page.as_uri(),
            ],
            capture_output=True,
            timeout=120,
            check=False,
        )

        assert png.exists(), "Chromium wrote no screenshot"
        data = png.read_bytes()
        assert b"\x89PNG\r\n\x1a\n" == data[:8]
        assert int.from_bytes(data[16:20], "big") == 1200
        assert len(data) > 50_000  # a blank or error page compresses to a few kilobytes
