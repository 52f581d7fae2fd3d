"""What a rule is: a code, a default severity, its documentation, and one check that yields `Found`s.

A check never names its rule: it yields what it found, and the runner stamps the rule's code and
the severity the user configured.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from mlops_report_lsp.model import Fix, Severity, Span, TextEdit
from mlops_report_lsp.rules.context import ReportContext, Section
from mlops_report_lsp.values import Value


@dataclass(init=False, repr=False, eq=False)
class Found(Value):
    """One problem a check found; the runner turns it into a `Finding` of its rule."""

    message: str
    span: Span
    question: int | None = None
    fix: Fix | None = None

    def __init__(
        self, message: str, span: Span, question: int | None = None, fix: Fix | None = None
    ) -> None:
        self.__dict__.update(message=message, span=span, question=question, fix=fix)


ReportCheck = Callable[[ReportContext], Iterable[Found]]
"""A whole-report check. It may hand back the very same list again while what it reads is
unchanged (see `rules/kept.py`), which the runner then stamps at no cost; it never changes a list
it handed back."""
SectionCheck = Callable[[Section], Iterable[Found]]
FilesCheck = Callable[[Section, str | None], Iterable[Found]]
"""A question-scoped check that also reads the files in the report's folder (passed as a string;
None for a report not saved yet, which has no folder)."""


@dataclass(init=False, repr=False, eq=False)
class Example(Value):
    """A snippet that makes the rule fire once put into an otherwise clean report.

    With no `question` it goes before the first question; otherwise it becomes that question's
    answer, a line of its prompt, its heading line (an empty snippet deletes the heading) or its
    `> Answer:` line. The report is `reports/README.md`; `files` are paths, from the repository
    root, that must exist around it (the test creates them, by name: an image, one of the course's
    figures, a copy of the course's `report.py`, a real group's Dockerfile). `docs/rules.md` shows it and a test inserts it.
    """

    snippet: str
    question: int | None = None
    place: Literal["answer", "prompt", "heading", "marker"] = "answer"
    files: tuple[str, ...] = ()

    def __init__(
        self,
        snippet: str,
        question: int | None = None,
        place: Literal["answer", "prompt", "heading", "marker"] = "answer",
        files: tuple[str, ...] = (),
    ) -> None:
        self.__dict__.update(snippet=snippet, question=question, place=place, files=files)


@dataclass(init=False, repr=False, eq=False)
class Rule(Value):
    """A rule looks at the whole report (`check`), at one question's section at a time
    (`check_section`), or at one section and the files next to the report (`check_files`).

    Section findings depend only on that section (and, for `check_files`, on the image folders it
    names), so the runner keeps them for unchanged sections.
    """

    code: str
    severity: Severity
    summary: str
    """One line for `mlops-report rules`; `details` adds to it in docs/rules.md."""
    example: Example
    check: ReportCheck | None = None
    check_section: SectionCheck | None = None
    check_files: FilesCheck | None = None
    details: str = ""

    def __init__(
        self,
        code: str,
        severity: Severity,
        summary: str,
        example: Example,
        check: ReportCheck | None = None,
        check_section: SectionCheck | None = None,
        check_files: FilesCheck | None = None,
        details: str = "",
    ) -> None:
        self.__dict__.update(
            code=code,
            severity=severity,
            summary=summary,
            example=example,
            check=check,
            check_section=check_section,
            check_files=check_files,
            details=details,
        )
        self.__post_init__()

    def __post_init__(self) -> None:
        checks = (self.check, self.check_section, self.check_files)
        if sum(check is not None for check in checks) != 1:
            raise ValueError(f"rule {self.code!r} needs exactly one check")


def replace_fix(title: str, span: Span, new_text: str) -> Fix:
    return Fix(title, (TextEdit(span, new_text),))
