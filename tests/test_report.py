"""The audit report, opened in a real headless browser as an auditor opens it."""

import shutil
import subprocess

import pytest
from PIL import Image

from conftest import SEED_000, SEED_003
from pipeline.ingest import ingest
from pipeline.report import write_report
from pipeline.store import Store

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("report")
    with Store(folder / "z.duckdb") as store:
        ingest([str(SEED_000), str(SEED_003)], store)
        path = write_report(store, folder / "report.html")
    return path


def chromium(report, *args):
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    if binary is None:
        pytest.fail("chromium is not installed: .ci/run installs it (apt package chromium)")
    profile = report.parent / "profile"
    run = subprocess.run([binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args, report.as_uri()],
                         capture_output=True, timeout=180)
    assert run.returncode == 0, run.stderr.decode()[-2000:]
    return run.stdout.decode()


def test_the_report_shows_each_finding_with_its_evidence(report):
    dom = chromium(report, "--dump-dom")
    assert "<table id=\"summary\">" in dom
    # seed 003's slip, with its message in both languages and its figures marked in the sentence
    assert "机关运行经费支出减少19.54万元，幅度写为37.23%，按上年数72.02万元计算为27.13%（系以本年数而非上年数为基数计算）" in dom
    assert "computed on the current year instead of the prior" in dom
    assert "比2019年减少<mark>19.54万元</mark>，下降37.23%" in dom
    assert dom.count("class=\"finding error\"") == 6
    assert "No finding: every relation the report states holds within rounding." in dom  # seed 000
    assert "aria-label=\"budget against execution\"" in dom


def test_the_report_looks_like_a_report(report):
    """A screenshot: the red of the error badges and the yellow of the marked evidence are on the
    page, and its Chinese is drawn with a CJK font (no tofu boxes: glyphs of many widths)."""
    png = report.parent / "report.png"
    chromium(report, "--window-size=1280,1600", f"--screenshot={png}")
    image = Image.open(png).convert("RGB")
    assert image.size == (1280, 1600)
    colors = image.getcolors(maxcolors=1 << 20)
    counts = {rgb: n for n, rgb in colors}

    def near(target, tolerance=12):
        return sum(n for rgb, n in counts.items() if all(abs(a - b) <= tolerance for a, b in zip(rgb, target)))

    assert near((0xc6, 0x28, 0x28)) > 200  # error badges and borders
    assert near((0xff, 0xe0, 0x82)) > 200  # marked evidence
    assert len(colors) > 500  # text anti-aliased over a white page, not a blank or an error page
