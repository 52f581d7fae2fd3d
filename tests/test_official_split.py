"""The official split made chunk by chunk, reusing the last version's answers, equals the split of
the whole text made afresh and the oracle's reading of it, for any text and any edits."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from mlops_report_lsp.counting import OfficialResult, official_split
from mlops_report_lsp.profiles import builtin_profiles
from mlops_report_lsp.text import SourceText

import official_oracle

TOKENS = [
    "Answer:",
    "> Answer:\n",
    "##",
    "###",
    "#",
    "\n",
    "\n\n",
    "### Question 3\n",
    "  ### Question 4\n",
    "word ",
    "![a](b.png) ",
    "\r\n",
]
PROFILES = [builtin_profiles()["27q"], builtin_profiles()["31q-2026"]]


@st.composite
def edited_texts(draw: st.DrawFn) -> list[str]:
    """A text of the marks the split looks at, then versions of it after random edits."""
    text = "".join(draw(st.lists(st.sampled_from(TOKENS), max_size=40)))
    if draw(st.booleans()):
        text = "\ufeff" + text
    versions = [text]
    for _ in range(draw(st.integers(1, 6))):
        start = draw(st.integers(0, len(text)))
        end = min(len(text), start + draw(st.sampled_from([0, 0, 1, 3, 10])))
        text = (
            text[:start] + "".join(draw(st.lists(st.sampled_from(TOKENS), max_size=3))) + text[end:]
        )
        versions.append(text)
    return versions


def _check(chunks: tuple[str, ...], result: OfficialResult, questions: int) -> None:
    text = "".join(chunks)
    for answer in result.answers:
        assert text[answer.start : answer.end] == answer.text
    try:
        expected = official_oracle.official_answers(text, questions)
    except official_oracle.OfficialCheckFailed:
        assert not result.runs
    else:
        assert [answer.text for answer in result.answers] == expected


@settings(max_examples=300)
@given(edited_texts())
@example(["##", "#### Question 3\n", "#### Question 3\n### Question 3\n"])  # the cut past the end
def test_split_with_the_last_version_equals_a_fresh_split(versions: list[str]) -> None:
    for profile in PROFILES:
        previous: OfficialResult | None = None
        known: tuple[str, ...] = ()
        for version in versions:
            source = SourceText.from_document(version, known)  # unchanged chunks: the same objects
            chunks, known = source.official_chunks, source.chunks
            reused = official_split(chunks, profile, previous)
            assert reused == official_split(chunks, profile)
            assert reused.answers == official_split(("".join(chunks),), profile).answers
            _check(chunks, reused, profile.questions)
            previous = reused


def test_answers_of_unchanged_chunks_are_kept_or_moved() -> None:
    """An edit in one question keeps the answers before it and moves those after it."""
    questions = [f"### Question {n}\n\n> Answer:\n\nText of {n}.\n\n" for n in range(1, 32)]
    text = "# Report\n\n" + "".join(questions)
    profile = builtin_profiles()["31q-2026"]
    source = SourceText.from_document(text)
    before = official_split(source.official_chunks, profile)
    edited = text.replace("Text of 10.", "Text of ten.")
    chunks = SourceText.from_document(edited, source.chunks).official_chunks
    after = official_split(chunks, profile, before)
    assert after == official_split(chunks, profile)
    assert all(a is b for a, b in zip(after.answers[:9], before.answers[:9], strict=True))
    assert after.answers[9].text == "Text of ten."
    assert all(
        a.text is b.text and a.start == b.start + 1
        for a, b in zip(after.answers[10:], before.answers[10:], strict=True)
    )


def test_a_question_added_after_the_last_one_ends_the_last_answer() -> None:
    """The last answer runs to the end of the text: a question added after it (the last chunk
    unchanged) makes it an ordinary answer and adds a last one."""
    text = (
        "# Report\n\n### Question 1\n\n> Answer:\n\nOne.\n\n### Question 2\n\n> Answer:\n\nTwo.\n"
    )
    profile = builtin_profiles()["31q-2026"]
    source = SourceText.from_document(text)
    before = official_split(source.official_chunks, profile)
    added = SourceText.from_document(
        text + "### Question 3\n\n> Answer:\n\nThree.\n", source.chunks
    )
    assert added.chunks[:3] == source.chunks  # the last question's chunk is unchanged
    after = official_split(added.official_chunks, profile, before)
    assert after == official_split(added.official_chunks, profile)
    assert [answer.text for answer in after.answers] == ["One.", "Two.", "Three."]
