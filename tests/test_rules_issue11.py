"""The rules for problems graders see that the official check does not: each fires on a small
document that has the problem, says what to do, and stays quiet on one that does not."""

from __future__ import annotations

import shutil
from pathlib import Path

import markdown
import pytest

from mlops_report_lsp.analysis import Analysis, analyze
from mlops_report_lsp.model import Finding, Position
from mlops_report_lsp.rules.template import EXPORT_PROBLEMS
from mlops_report_lsp.scriptlimits import script_limits

from reports import GOOD_WORDS, build_report

CORPUS = Path(__file__).parent / "corpus" / "folders"
TEMPLATE_WANDB = CORPUS / "martin5709__Group83-MLOps-02476" / "figures" / "wandb.png"
PNG = b"\x89PNG\r\n\x1a\n"


def repository(tmp_path: Path) -> Path:
    """A repository with `tests/test_api.py`, `docs/guide.md` and `reports/figures/plot.png`."""
    (tmp_path / ".git").mkdir(parents=True)
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_api.py").write_text("", encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "guide.md").write_text("", encoding="utf-8")
    figures = tmp_path / "reports" / "figures"
    figures.mkdir(parents=True)
    (figures / "plot.png").write_bytes(PNG)
    return tmp_path / "reports"


def run(tmp_path: Path, text: str) -> Analysis:
    path = repository(tmp_path) / "README.md"
    path.write_text(text, encoding="utf-8")
    return analyze(text, path)


def only(analysis: Analysis, code: str) -> list[Finding]:
    return [f for f in analysis.findings if f.code == code]


def apply(text: str, finding: Finding) -> str:
    """The text with the finding's quick fix applied (edits do not overlap)."""
    assert finding.fix is not None
    lines = text.split("\n")

    def offset(position: Position) -> int:
        return sum(len(line) + 1 for line in lines[: position.line]) + position.character

    for edit in sorted(finding.fix.edits, key=lambda e: e.span.start, reverse=True):
        text = text[: offset(edit.span.start)] + edit.new_text + text[offset(edit.span.end) :]
    return text


def test_clean_report_is_quiet(tmp_path: Path) -> None:
    assert run(tmp_path, build_report()).findings == ()


# broken-link


def test_link_written_from_the_repository_root_gets_a_fix(tmp_path: Path) -> None:
    text = build_report({4: GOOD_WORDS + " See [our tests](tests/test_api.py)."})
    [link] = only(run(tmp_path, text), "broken-link")
    assert (
        "`reports/tests/test_api.py`" in link.message and "`../tests/test_api.py`" in link.message
    )
    fixed = apply(text, link)
    assert "[our tests](../tests/test_api.py)" in fixed
    assert only(run(tmp_path / "again", fixed), "broken-link") == []


def test_link_in_wrong_letter_case_and_missing_link(tmp_path: Path) -> None:
    text = build_report(
        {4: GOOD_WORDS + " [guide](../Docs/Guide.md#setup) [x](../nothing/here.py)"}
    )
    case, missing = only(run(tmp_path, text), "broken-link")
    assert "letter case" in case.message and case.fix is not None
    assert "[guide](../docs/guide.md#setup)" in apply(text, case)
    assert "does not exist" in missing.message and missing.fix is None


def test_links_that_work_or_are_not_checked_stay_quiet(tmp_path: Path) -> None:
    answer = (
        GOOD_WORDS + " [t](../tests/test_api.py) [folder](../tests/) [web](https://example.com/x)"
        " [mail](mailto:a@b.dk) [q5](#question-5) `[code](nowhere.py)` [fig](figures/plot.png)"
    )
    assert only(run(tmp_path, build_report({4: answer})), "broken-link") == []


def test_anchor_no_heading_has_and_address_without_scheme(tmp_path: Path) -> None:
    answer = GOOD_WORDS + " [q5](#question-55) [image](europe-west1-docker.pkg.dev/project/train)"
    anchor, host = only(run(tmp_path, build_report({4: answer})), "broken-link")
    assert "`#question-55`" in anchor.message and "`#question-5`" in anchor.message
    assert "https://" in host.message


# glued-answer


def glue(text: str, number: int, glued: str) -> str:
    """`text` with Question `number`'s answer written right under its `> Answer:` line."""
    marker = f"### Question {number}\n\n> **The question's prompt**\n>\n> Answer:\n\n"
    assert marker in text
    return text.replace(marker, marker[:-1] + glued + "\n")


def test_answer_right_under_the_marker_is_glued_and_fixed(tmp_path: Path) -> None:
    text = glue(build_report(), 4, "We used uv.")
    [glued] = only(run(tmp_path, text), "glued-answer")
    assert glued.question == 4 and "blank line" in glued.message
    assert text.split("\n")[glued.span.start.line].startswith("We used uv.")
    fixed = apply(text, glued)
    assert "> Answer:\n\nWe used uv." in fixed
    assert only(run(tmp_path / "again", fixed), "glued-answer") == []


def test_image_under_a_quoted_line_is_glued(tmp_path: Path) -> None:
    text = glue(build_report(), 19, "> **\n![bucket](figures/plot.png)")
    [glued] = only(run(tmp_path, text), "glued-answer")
    assert text.split("\n")[glued.span.start.line] == "![bucket](figures/plot.png)"


def test_answer_on_the_marker_line(tmp_path: Path) -> None:
    text = build_report().replace(
        "### Question 4\n\n> **The question's prompt**\n>\n> Answer:\n",
        "### Question 4\n\n> **The question's prompt**\n>\n> Answer: We used uv.\n",
    )
    [glued] = only(run(tmp_path, text), "glued-answer")
    assert "> Answer:\n\nWe used uv." in apply(text, glued)


def test_marker_outside_the_quote_or_a_thematic_break_is_not_glued(tmp_path: Path) -> None:
    text = build_report().replace(
        "### Question 4\n\n> **The question's prompt**\n>\n> Answer:\n",
        "### Question 4\n\n> **The question's prompt**\n>\nAnswer:\n",
    )
    text = glue(text, 5, "---")
    assert only(run(tmp_path, text), "glued-answer") == []


# dropped-text


def test_angle_bracket_words_that_vanish(tmp_path: Path) -> None:
    answer = GOOD_WORDS + " Call <cloud-run-service-url>/predict in <your_project>."
    text = build_report({4: answer})
    both, export = only(run(tmp_path, text), "dropped-text")
    assert "GitHub and the HTML export" in both.message
    assert "GitHub shows it" in export.message
    assert "`<cloud-run-service-url>`/predict" in apply(text, both)
    for tag, rendered in (("<cloud-run-service-url>", "cloud-run"), ("<your_project>", "your_")):
        assert rendered not in markdown.markdown(tag).replace(tag, "")


def test_angle_brackets_that_show_stay_quiet(tmp_path: Path) -> None:
    answer = (
        GOOD_WORDS + " `<region>` <br> <https://example.com> <me@example.com> a < b > c"
        " <!-- <hidden> -->\n\n```\ncurl <url>\n```\n\n![a](<figures/plot.png>)"
    )
    assert only(run(tmp_path, build_report({4: answer})), "dropped-text") == []


# html-export: lists and code


def export_messages(tmp_path: Path, answer: str) -> list[str]:
    return [f.message for f in only(run(tmp_path, build_report({4: answer})), "html-export")]


@pytest.mark.parametrize(
    ("kind", "answer"),
    [
        ("list-no-blank", "We did:\n- one thing\n- another"),
        ("list-paren", "We did:\n\n1) one thing\n2) another"),
        ("list-tab", "We did this\n\t- one thing\n\t- another"),
    ],
)
def test_lists_the_official_export_breaks(tmp_path: Path, kind: str, answer: str) -> None:
    assert "<li>" not in markdown.markdown(answer)
    assert export_messages(tmp_path, GOOD_WORDS + "\n\n" + answer) == [EXPORT_PROBLEMS[kind]]  # type: ignore[index]


def test_lists_the_export_renders_are_quiet(tmp_path: Path) -> None:
    answers = [
        "We did:\n\n- one thing\n- another",
        "#### Steps\n- one thing",
        "- one\n\t- nested with a tab\n* other marker",
    ]
    for index, answer in enumerate(answers):
        assert "<li>" in markdown.markdown(answer)
        assert export_messages(tmp_path / str(index), GOOD_WORDS + "\n\n" + answer) == []


def test_blank_line_fix_for_a_list(tmp_path: Path) -> None:
    text = build_report({4: GOOD_WORDS + "\nWe did:\n- one thing\n- another"})
    [finding] = only(run(tmp_path, text), "html-export")
    fixed = apply(text, finding)
    assert "We did:\n\n- one thing" in fixed
    assert only(run(tmp_path / "again", fixed), "html-export") == []


def test_fence_advice_depends_on_where_it_is(tmp_path: Path) -> None:
    top = export_messages(tmp_path / "top", GOOD_WORDS + "\n\n```\nuv sync\n```")
    assert top == [EXPORT_PROBLEMS["fence"]] and "4 spaces" in top[0]
    item = export_messages(
        tmp_path / "item", GOOD_WORDS + "\n\n- Install:\n\n  ```\n  uv sync\n  ```"
    )
    assert item == [EXPORT_PROBLEMS["fence-list"]] and "8 spaces" in item[0]
    assert "<pre><code>uv sync" in markdown.markdown("- Install:\n\n        uv sync\n")
    indented = export_messages(tmp_path / "ind", GOOD_WORDS + "\n\n    ```\n    uv sync\n    ```")
    assert indented == [EXPORT_PROBLEMS["fence-indented"]]


# checklist-mark


def test_checklist_marks_students_write(tmp_path: Path) -> None:
    marks = ["X ", "(x)", " x", "✓", "v", "TODO", "  "]
    checklist = "\n".join(f"* [{mark}] item {i}" for i, mark in enumerate(marks))
    preamble = (
        "# Exam template\n\nuv add typer markdown\n\n### Week 1\n\n"
        + checklist
        + "\n* [x] done\n* [X] done too\n* [ ] open\n* [a link](https://example.com)\n"
    )
    text = build_report(preamble=preamble)
    found = only(run(tmp_path, text), "checklist-mark")
    assert [f.message.split("`")[1] for f in found] == [f"[{m}]" for m in marks]
    fixed = [apply(text, f).split("\n")[f.span.start.line] if f.fix else None for f in found]
    assert fixed == [f"* [x] item {i}" for i in range(5)] + [None, "* [ ] item 6"]


# group-members


def test_group_members_against_the_contributions(tmp_path: Path) -> None:
    answers = {
        2: "s214591, s223456, 224567, s214591, phigon, s230000@student.dtu.dk",
        31: GOOD_WORDS + " Student s214591 did the data, s223456 the model and s299999 the API.",
    }
    text = build_report(answers)
    messages = [f.message for f in only(run(tmp_path, text), "group-members")]
    assert any("listed twice" in m for m in messages)
    assert any("`224567` lacks the `s`" in m for m in messages)
    assert any("`phigon` stands where a study number belongs" in m for m in messages)
    assert any("e-mail" in m and "`s230000`" in m for m in messages)
    assert any("`s230000` is a member in Question 2 but not" in m for m in messages)
    assert any("`s299999` is named in the contributions" in m for m in messages)
    assert not any("s224567" in m and "not in the contribution" in m for m in messages[2:])


def test_group_members_that_agree_or_cannot_be_compared(tmp_path: Path) -> None:
    agree = {2: "s214591, s223456", 31: GOOD_WORDS + " s223456 and s214591 did it all."}
    names_only = {2: "s214591, s223456", 31: GOOD_WORDS + " Anna did the data, Jens the model."}
    for index, answers in enumerate((agree, names_only)):
        assert only(run(tmp_path / str(index), build_report(answers)), "group-members") == []


# unused-figure and course-figure


def test_unused_figure_named_on_the_question_that_lacks_images(tmp_path: Path) -> None:
    text = build_report({19: "We have no screenshot yet."})
    folder = repository(tmp_path)
    (folder / "figures" / "gcp_bucket.png").write_bytes(PNG)
    shutil.copyfile(TEMPLATE_WANDB, folder / "figures" / "wandb.png")
    path = folder / "README.md"
    path.write_text(text, encoding="utf-8")
    [hint] = only(analyze(text, path), "unused-figure")
    assert hint.question == 19 and "`figures/gcp_bucket.png`" in hint.message
    assert "wandb.png" not in hint.message  # the course's own figure is never suggested
    shown = build_report({19: "![bucket](figures/gcp_bucket.png)"})
    path.write_text(shown, encoding="utf-8")
    assert only(analyze(shown, path), "unused-figure") == []


def test_course_figure_shown_as_the_groups_own(tmp_path: Path) -> None:
    folder = repository(tmp_path)
    shutil.copyfile(TEMPLATE_WANDB, folder / "figures" / "wandb.png")
    (folder / "figures" / "ours.png").write_bytes(TEMPLATE_WANDB.read_bytes()[:-1] + b"\x00")
    text = build_report(
        {
            14: GOOD_WORDS * 2 + "\n\n![w](figures/wandb.png) ![o](figures/ours.png)",
            19: GOOD_WORDS + " [b](figures/wandb.png) ![p](figures/plot.png)",
        }
    )
    path = folder / "README.md"
    path.write_text(text, encoding="utf-8")
    analysis = analyze(text, path)
    [course] = only(analysis, "course-figure")
    assert course.question == 14 and "reports/figures/wandb.png" in course.message
    [link] = only(analysis, "image-as-link")
    assert link.fix is None and "course template's example figure" in link.message


# report-script


def test_local_report_script_with_other_limits(tmp_path: Path) -> None:
    folder = repository(tmp_path)
    shutil.copyfile(
        CORPUS / "RupakKadhare15__02476-Machine-Learning-Operations" / "report.py",
        folder / "report.py",
    )
    text = build_report()
    path = folder / "README.md"
    path.write_text(text, encoding="utf-8")
    [finding] = only(analyze(text, path), "report-script")
    assert finding.question == 3 and "100–200 words" in finding.message
    assert "31q-2026" in finding.message and "31q-2025" in finding.message
    shutil.copyfile(CORPUS / "colberg00__02476_MLOps_Group_82" / "report.py", folder / "report.py")
    assert only(analyze(text, path), "report-script") == []
    shutil.copyfile(CORPUS / "sarphiv__dtu-02476-ml-ops" / "report.py", folder / "report.py")
    [whole] = only(analyze(text, path), "report-script")
    assert "expects 27 answers" in whole.message and whole.question is None


def test_script_limits_are_read_not_run() -> None:
    source = "import os\nos.remove('x')\nquestion_constrains = [no_constraints, partial(length_constraints, min=5, max=9)]\nif len(answers) != 2:\n    raise ValueError\n"
    limits = script_limits(source)
    assert limits is not None and limits.expected == 2
    assert limits.limits[1].words is None and limits.limits[2].words == (5, 9)
    assert script_limits("def broken(:\n") is None and script_limits("x = 1\n") is None


def test_unsaved_report_still_gets_image_as_link() -> None:
    text = build_report({19: "![a](figures/plot.png) and [b](figures/plot.png)"})
    [link] = only(analyze(text, None), "image-as-link")
    assert link.fix is not None and only(analyze(text, None), "image-missing-file") == []
