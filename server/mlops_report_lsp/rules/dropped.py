"""dropped-text: `<words>` outside code that GitHub or the HTML export take for an HTML tag and hide."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from mlops_report_lsp.htmltags import hidden_where
from mlops_report_lsp.model import Finding, Severity
from mlops_report_lsp.rules.base import Rule, finding, replace_fix

if TYPE_CHECKING:
    from mlops_report_lsp.analysis import Analysis
    from mlops_report_lsp.model import Question

WHERE = {
    "both": "GitHub and the HTML export read it as an HTML tag and hide it",
    "export": "the HTML export reads it as an HTML tag and hides it (GitHub shows it)",
}


def check_dropped(analysis: Analysis, question: Question) -> Iterator[Finding]:
    for tag in question.features.tags:
        where = hidden_where(tag.text)
        if where is None:
            continue
        yield finding(
            "dropped-text",
            f"`{tag.text}` disappears: {WHERE[where]}. Put it in backticks (`` `{tag.text}` ``), "
            "where it shows as written.",
            tag.span,
            question.number,
            replace_fix("Put it in backticks", tag.span, f"`{tag.text}`"),
        )


RULES = (
    Rule(
        "dropped-text",
        Severity.WARNING,
        "An angle-bracket word outside code, such as `<your-bucket-name>`, that renderers take for "
        "an HTML tag and hide. Quick fix puts it in backticks.",
        check_question=check_dropped,
    ),
)
