"""dropped-text: `<words>` outside code that GitHub or the HTML export take for an HTML tag and hide."""

from __future__ import annotations

from collections.abc import Iterator

from mlops_report_lsp.htmltags import hidden_where
from mlops_report_lsp.model import Severity
from mlops_report_lsp.rules.base import Example, Found, Rule, replace_fix
from mlops_report_lsp.rules.context import Section

WHERE = {
    "both": "GitHub and the HTML export read it as an HTML tag and hide it",
    "export": "the HTML export reads it as an HTML tag and hides it (GitHub shows it)",
}


def check_dropped(section: Section) -> Iterator[Found]:
    question = section.question
    for tag in question.features.tags:
        where = hidden_where(tag.text)
        if where is None:
            continue
        yield Found(
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
        "An angle-bracket word outside code that renderers take for an HTML tag and hide.",
        Example("Call the API at <cloud-run-service-url>/predict.", 24),
        check_section=check_dropped,
        details="GitHub drops tags it does not allow; the export (Python-Markdown) also hides "
        "words such as `<your_project>` that GitHub shows. Tags people write on purpose (`<br>`, "
        "`<img>`, `<details>`...) and autolinks are left alone. Quick fix puts it in backticks.",
    ),
)
