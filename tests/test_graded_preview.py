"""`mlops-report html --as-graded`: the course's own `report.py html` output, byte for byte, plus
banners at the places where the graded page differs from GitHub's rendering."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import markdown
import pytest

from mlops_report_lsp.graded import export_graded, graded_places, render_graded
from mlops_report_lsp.reading import read_report
from mlops_report_lsp.render import written_by_us

from reports import build_report

ROOT = Path(__file__).resolve().parent.parent
OFFICIAL = json.loads((ROOT / "tests" / "official_outputs" / "official.json").read_text())
BANNER = re.compile(r'<div class="mlops-report-banner"[^>]*>(.*?)</div>\n?', re.DOTALL)


def without_banners(html: str) -> str:
    return BANNER.sub("", html)


@pytest.mark.skipif(
    markdown.__version__ not in OFFICIAL["markdown_versions"],
    reason=f"official outputs exist for Python-Markdown {OFFICIAL['markdown_versions']} only",
)
@pytest.mark.parametrize("name", sorted(OFFICIAL["reports"]))
def test_byte_for_byte_the_official_html_apart_from_banners(name: str) -> None:
    raw = read_report(ROOT / name)
    places = graded_places(raw, ROOT / name)
    html = render_graded(raw, places)
    official = OFFICIAL["reports"][name]["html"][markdown.__version__]
    page = without_banners(html).encode("utf-8")
    assert (len(page), hashlib.sha256(page).hexdigest()) == (official["bytes"], official["sha256"])
    banners = BANNER.findall(html)
    assert banners[0].startswith('<meta charset="utf-8">Preview of the page the teachers grade')
    # Every place gets a banner; places in one element share one banner per kind of difference.
    kinds = {place.message for place in places}
    assert {b for b in banners[1:] if b in kinds} == kinds
    assert len(banners) <= len(places) + 2
    assert not any("The same in" in banner for banner in banners)


def test_banners_stand_before_the_element_that_differs() -> None:
    answers = {
        4: "We used a config:\n\n```yaml\nlr: 0.1\n```\n\nDone.",
        5: "| tool | use |\n|---|---|\n| dvc | data |",
    }
    raw = build_report(answers)
    html = render_graded(raw, graded_places(raw, None))
    fence = html.index("<p><code>yaml\nlr: 0.1</code></p>")
    table = html.index("<p>| tool | use |")
    before_fence = html[:fence].rstrip("\n")
    before_table = html[:table].rstrip("\n")
    assert before_fence.endswith("</div>") and "Fenced code" in before_fence[-400:]
    assert before_table.endswith("</div>") and "Tables" in before_table[-400:]
    # The 31-question template has no front matter: the cut eats the title, and a banner says so.
    assert "`# Exam template for 02476 Machine Learning` is cut off" in html
    assert "<h1>" not in without_banners(html).split("\n")[0]


def test_front_matter_cut_is_named_as_such() -> None:
    front = "---\nlayout: default\nnav_exclude: true\n---\n\n"
    assert len(front) == 43
    raw = build_report(
        questions=27, preamble=front + "# Exam template\n\npip install click markdown\n"
    )
    html = render_graded(raw, graded_places(raw, None))
    assert "leaves out the first 43 characters: the front matter" in html
    assert without_banners(html).startswith("<h1>Exam template</h1>")


def test_places_do_not_depend_on_the_rule_being_switched_off(tmp_path: Path) -> None:
    (tmp_path / ".mlops-report.toml").write_text('[rules]\nhtml-export = "off"\n')
    report = tmp_path / "README.md"
    report.write_text(build_report({4: "```\ncode\n```"}), encoding="utf-8")
    raw = report.read_text(encoding="utf-8")
    assert any("Fenced code" in place.message for place in graded_places(raw, report))


def test_export_graded_writes_beside_the_report_and_is_recognised_as_ours(tmp_path: Path) -> None:
    (tmp_path / "reports").mkdir()
    report = tmp_path / "reports" / "README.md"
    report.write_text(build_report(), encoding="utf-8")
    official_export = tmp_path / "reports" / "report.html"
    official_export.write_text("<p>made by report.py html</p>", encoding="utf-8")
    result = export_graded(report)
    assert result.path == tmp_path / "reports" / "report.graded.html"
    assert official_export.read_text(encoding="utf-8") == "<p>made by report.py html</p>"
    assert written_by_us(result.path) and result.warnings == []
    assert export_graded(report).backup is None


def test_cli_as_graded(tmp_path: Path) -> None:
    (tmp_path / "reports").mkdir()
    report = tmp_path / "reports" / "README.md"
    report.write_text(build_report({4: "```\ncode\n```"}), encoding="utf-8")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "mlops_report_lsp", "html", *args],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
        )

    graded = run("--as-graded", "reports/README.md")
    assert graded.returncode == 0, graded.stderr
    assert graded.stdout.strip() == "wrote reports/report.graded.html"
    page = (tmp_path / "reports" / "report.graded.html").read_text(encoding="utf-8")
    assert "<p><code>code</code></p>" in page and "<!DOCTYPE" not in page
    readable = run("reports/README.md")  # the default export stays the readable one
    assert readable.returncode == 0
    html = (tmp_path / "reports" / "report.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<pre><code>code\n</code></pre>" in html
    both = run("--as-graded", "--embed-images", "reports/README.md")
    assert both.returncode == 2 and "does not apply to --as-graded" in both.stderr
