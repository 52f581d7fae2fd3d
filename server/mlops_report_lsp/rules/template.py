"""length-line-mismatch and html-export: where the document and the grader's tools disagree."""

from __future__ import annotations

from collections.abc import Iterator

from mlops_report_lsp.model import BlockKind, Fix, Severity, Span, TextEdit
from mlops_report_lsp.results import QuestionResult
from mlops_report_lsp.rules.base import Example, Found, Rule
from mlops_report_lsp.rules.context import ReportContext, Section
from mlops_report_lsp.rules.kept import PerResult
from mlops_report_lsp.wording import limit_text

EXPORT_PROBLEMS: dict[BlockKind, str] = {
    "fence": "Fenced code is not rendered as a code block by the official `report.py html` "
    "(it uses no Markdown extensions): it becomes inline text. Indent code by 4 spaces instead.",
    "fence-list": "Fenced code inside a list item is not rendered as code by the official "
    "`report.py html` (no Markdown extensions): it becomes inline text. Inside a list item, "
    "leave a blank line, indent the code by 8 spaces (4 for the item, 4 for code) and drop the "
    "``` lines; GitHub shows that as code too.",
    "fence-indented": "This fence is indented by 4 or more spaces, so it is an indented code "
    "block and its ``` lines show as text, on GitHub and in the official `report.py html`. "
    "Remove the indentation, or keep it and delete the ``` lines.",
    "list-no-blank": "No blank line before this list: the official `report.py html` "
    "(Python-Markdown) runs its items into the paragraph above. Put a blank line before it.",
    "list-paren": "`1)` numbering is not a list for the official `report.py html` "
    "(Python-Markdown knows only `1.`): the items run together as one paragraph. Number them "
    "`1.`, `2.`, ... with a blank line before the list.",
    "list-tab": "This list line is indented with a tab: GitHub does not read it as a list item "
    "(it joins the paragraph above, or becomes code), and neither does the official export. "
    "Indent with spaces under a list item for a nested list, or not at all.",
    "table": "Tables are not rendered by the official `report.py html`: the rows appear as "
    "plain text with `|` characters.",
    "tasklist": "Task-list checkboxes are not rendered by the official `report.py html`: "
    "`[ ]` and `[x]` appear as text.",
}


def _length_line(context: ReportContext, result: QuestionResult) -> Iterator[Found]:
    question = result.question
    if question is None or question.length_line is None:
        return
    stated = question.length_line.words
    enforced = result.limits.words
    if enforced == stated:
        return
    enforced_text = f"{limit_text(enforced)} words" if enforced else "no word limit"
    yield Found(
        f"The document says {limit_text(stated)} words, but the {context.profile_name} grader "
        f"enforces {enforced_text} for Question {result.number}.",
        question.length_line.span,
        result.number,
    )


check_length_lines = PerResult(_length_line)


def check_export(section: Section) -> Iterator[Found]:
    question = section.question
    for block in question.features.blocks:
        fix = None
        if block.kind == "list-no-blank":
            start = block.span.start
            fix = Fix("Put a blank line before the list", (TextEdit(Span(start, start), "\n"),))
        yield Found(EXPORT_PROBLEMS[block.kind], block.span, question.number, fix)


RULES = (
    Rule(
        "length-line-mismatch",
        Severity.INFORMATION,
        "A prompt's answer-length line disagrees with the limits the grader enforces.",
        Example("> Recommended answer length: 100-200 words.", 3, "prompt"),
        check=check_length_lines,
        details="Early January 2026 copies say 100-200 words for Question 3; the grader enforces "
        "0–200.",
    ),
    Rule(
        "html-export",
        Severity.HINT,
        "Markdown the official `report.py html` will mangle: fenced code, tables, task lists, "
        "and lists without a blank line before them.",
        Example("We trained with:\n\n```python\ntrain()\n```", 4),
        check_section=check_export,
        details="It uses no Markdown extensions; `mlops-report html` renders them properly. The "
        "advice fits each case: top-level code indented by 4 spaces, code in a list item by 8 "
        "(no ``` lines); a fence indented 4 or more spaces shows its backticks everywhere; a "
        "list needs a blank line before it (quick fix) and `1.` numbering, not `1)`; a list line "
        "indented with a tab is no list item even on GitHub.",
    ),
)
