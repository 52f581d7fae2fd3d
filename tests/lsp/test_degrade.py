"""Degrade, don't drown: a rule with more than MAX_PER_RULE findings publishes the first ones and
one diagnostic that says how many more there are, through a real server, before and after edits."""

from __future__ import annotations

from pathlib import Path

from mlops_report_lsp.rules import MAX_PER_RULE

from .conftest import ReportClient
from reports import build_report

MISSING = 250


async def test_a_rule_publishes_its_first_findings_and_one_summary(
    client: ReportClient, workspace: Path
) -> None:
    images = "\n".join(f"![figure {i}](figures/missing_{i}.png)" for i in range(MISSING))
    text = build_report({19: images})
    path = workspace / "reports" / "README.md"
    uri = path.as_uri()
    lines = text.split("\n")
    image_lines = [number for number, line in enumerate(lines) if "figures/missing_" in line]
    assert len(image_lines) == MISSING

    client.open(uri, text)
    missing = [d for d in await client.diagnostics_for(uri, 1) if d.code == "image-missing-file"]
    listed = [d for d in missing if "more image-missing-file" not in d.message]
    summaries = [d for d in missing if "more image-missing-file" in d.message]
    assert [d.range.start.line for d in listed] == image_lines[:MAX_PER_RULE]
    assert len(summaries) == 1
    assert summaries[0].message.startswith(f"{MISSING - MAX_PER_RULE} more image-missing-file")
    assert summaries[0].range.start.line == image_lines[MAX_PER_RULE]

    first = image_lines[0]
    client.change(uri, 2, (first, 0), (first + 1, 0), "")  # delete the first image's line
    missing = [d for d in await client.diagnostics_for(uri, 2) if d.code == "image-missing-file"]
    summaries = [d for d in missing if "more image-missing-file" in d.message]
    assert len(missing) == MAX_PER_RULE + 1
    assert len(summaries) == 1
    assert summaries[0].message.startswith(f"{MISSING - 1 - MAX_PER_RULE} more")
    assert summaries[0].range.start.line == image_lines[MAX_PER_RULE + 1] - 1
