"""group-members: Question 2's study numbers against the contribution statement of the last question.

Graders match the members of Question 2 with what each did in the last answer. This says where a
member is in one but not the other, where an e-mail address, a bare number or a name stands where
a study number belongs, and where a study number is listed twice.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from mlops_report_lsp.model import Fix, Question, Severity, Span
from mlops_report_lsp.rules.base import Example, Found, Rule, replace_fix
from mlops_report_lsp.rules.context import ReportContext
from mlops_report_lsp.values import Value

STUDY_NUMBER = re.compile(r"(?<![A-Za-z0-9])[sS]\d{6}(?![0-9])")
BARE_NUMBER = re.compile(r"(?<![A-Za-z0-9])\d{6}(?![0-9])")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Separators of a member list: commas, semicolons, slashes, line breaks, list bullets and "and".
ITEM = re.compile(r"[^,;/\n]+")
FILLER = re.compile(r"[-*_`'\"()\[\]{}.:]+|\band\b", re.IGNORECASE)
NAME = re.compile(r"[^\W\d_][^\W\d]*(?: [^\W\d_][^\W\d]*){0,2}\Z")
NOT_NAMES = frozenset(
    [
        "group",
        "members",
        "member",
        "students",
        "student",
        "study",
        "numbers",
        "number",
        "our",
        "we",
        "are",
        "is",
        "the",
        "none",
    ]
)


@dataclass(init=False, repr=False, eq=False)
class Problem(Value):
    message: str
    start: int
    end: int
    replacement: str | None = None

    def __init__(self, message: str, start: int, end: int, replacement: str | None = None) -> None:
        self.__dict__.update(message=message, start=start, end=end, replacement=replacement)


@lru_cache(maxsize=8)
def listed_problems(text: str) -> tuple[tuple[Problem, ...], tuple[tuple[str, int], ...]]:
    """Problems in Question 2's answer, and its study numbers (lower case) with their offsets.

    A name only counts as misplaced in a list that is otherwise study numbers. Cached: the
    answer rarely changes between keystrokes.
    """
    numbers: dict[str, int] = {}
    problems: list[Problem] = []
    for match in STUDY_NUMBER.finditer(text):
        number = match.group(0).lower()
        if number in numbers:
            problems.append(
                Problem(f"`{match.group(0)}` is listed twice.", match.start(), match.end())
            )
        numbers.setdefault(number, match.start())
    for match in EMAIL.finditer(text):
        inner = STUDY_NUMBER.match(match.group(0))
        problems.append(
            Problem(
                f"`{match.group(0)}` is an e-mail address: list the study number itself"
                + (f" (`{inner.group(0)}`)." if inner else ", such as s214591."),
                match.start(),
                match.end(),
                inner.group(0) if inner else None,
            )
        )
    emails = [m.span() for m in EMAIL.finditer(text)]
    for match in BARE_NUMBER.finditer(text):
        if any(a <= match.start() < b for a, b in emails):
            continue
        number = "s" + match.group(0)
        numbers.setdefault(number, match.start())
        problems.append(
            Problem(
                f"`{match.group(0)}` lacks the `s` of a study number: write `{number}`.",
                match.start(),
                match.end(),
                number,
            )
        )
    if len(numbers) >= 2:
        for item in ITEM.finditer(text):
            words = FILLER.sub(" ", item.group(0))
            name = " ".join(words.split())
            if (
                NAME.match(name)
                and not NOT_NAMES.intersection(name.lower().split())
                and not any(a <= item.start() < b for a, b in emails)
            ):
                raw = item.group(0)
                first, last = name.split()[0], name.split()[-1]
                start = item.start() + raw.find(first)
                end = item.start() + raw.rfind(last) + len(last)
                problems.append(
                    Problem(
                        f"`{text[start:end]}` stands where a study number belongs: list every "
                        "member by study number (`s` and 6 digits).",
                        start,
                        end,
                    )
                )
    return tuple(problems), tuple(numbers.items())


@lru_cache(maxsize=8)
def named_numbers(text: str) -> tuple[tuple[str, int], ...]:
    """The study numbers (lower case) a contribution statement names, with their first offsets."""
    named: dict[str, int] = {}
    for match in STUDY_NUMBER.finditer(text):
        named.setdefault(match.group(0).lower(), match.start())
    return tuple(named.items())


def _body(context: ReportContext, question: Question) -> tuple[int, str]:
    source = context.report.source
    start = source.offset(question.body.start)
    return start, source.slice(start, source.offset(question.body.end))


_last: tuple[Question | None, Question | None, int, list[Found]] = (None, None, 0, [])
"""The last findings, with the two sections (the very objects) and the question count they came
from: while neither section changes nor moves, a keystroke elsewhere gets the same `Found`s, and
so the same findings and diagnostics, instead of new ones."""


def check_members(context: ReportContext) -> list[Found]:
    global _last
    listing = context.question(2)
    last_number = context.detection.profile.questions
    last = context.question(last_number)
    if _last[0] is not listing or _last[1] is not last or _last[2] != last_number:
        _last = (listing, last, last_number, list(_members(context, listing, last, last_number)))
    return _last[3]


def _members(
    context: ReportContext, listing: Question | None, last: Question | None, last_number: int
) -> Iterator[Found]:
    if listing is None:
        return
    source = context.report.source
    offset, text = _body(context, listing)

    def span(start: int, end: int) -> Span:
        return Span(source.position(offset + start), source.position(offset + end))

    problems, listed = listed_problems(text)
    numbers = dict(listed)
    for problem in problems:
        fix: Fix | None = None
        if problem.replacement is not None:
            where = span(problem.start, problem.end)
            fix = replace_fix(f"Write `{problem.replacement}`", where, problem.replacement)
        yield Found(problem.message, span(problem.start, problem.end), 2, fix)
    if last is None or not numbers:
        return
    last_offset, last_text = _body(context, last)
    named = dict(named_numbers(last_text))
    if not named:
        return
    for number, at in numbers.items():
        if number not in named:
            yield Found(
                f"`{number}` is a member in Question 2 but not in the contribution statement of "
                f"Question {last_number}: say what {number} did there.",
                span(at, at + len(number) - (0 if text[at] in "sS" else 1)),
                2,
            )
    for number, at in named.items():
        if number not in numbers:
            yield Found(
                f"`{number}` is named in the contributions but is not a member in Question 2: "
                "add them there, or correct the number.",
                Span(
                    source.position(last_offset + at),
                    source.position(last_offset + at + len(number)),
                ),
                last_number,
            )


RULES = (
    Rule(
        "group-members",
        Severity.WARNING,
        "Question 2's members against the last question's contribution statement.",
        Example("s214591, s223456, phigon", 2),
        check=check_members,
        details="Says where a study number is in one but not the other (when the contribution "
        "statement names members by study number), where an e-mail address, a name or a number "
        "without `s` stands where a study number belongs (quick fix where the number is known), "
        "and where a study number is listed twice.",
    ),
)
