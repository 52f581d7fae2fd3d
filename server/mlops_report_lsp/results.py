"""Per-question numbers: what the grader counts for each question, against the limits it enforces."""

from __future__ import annotations

from dataclasses import dataclass, field

from mlops_report_lsp.counting import OfficialAnswer
from mlops_report_lsp.model import Limits, Question
from mlops_report_lsp.values import Value


@dataclass(init=False, repr=False, eq=False)
class QuestionResult(Value):
    """One question's numbers: the grader's where its algorithm runs, else the heading-anchored ones."""

    number: int
    question: Question | None
    limits: Limits
    words: int
    images: int
    official: bool
    graded: OfficialAnswer | None
    """The text the grader reads for this question (offsets into the analysed text)."""
    written_words: int
    written_images: int
    origin: QuestionResult | None = field(default=None, compare=False, repr=False)
    """The first of this question's results that this one equals but for where the text lies:
    the same question, limits and graded text, read from the same place within the question's
    own chunk (None: this is that first one). A check that reads only the result and that chunk
    finds the same there, so it may keep its findings per origin (see `rules/kept.py`)."""

    def __init__(  # written out: an edit moves every later answer, so their results are new
        self,
        number: int,
        question: Question | None,
        limits: Limits,
        words: int,
        images: int,
        official: bool,
        graded: OfficialAnswer | None,
        written_words: int,
        written_images: int,
        origin: QuestionResult | None = None,
    ) -> None:
        self.__dict__.update(
            number=number,
            question=question,
            limits=limits,
            words=words,
            images=images,
            official=official,
            graded=graded,
            written_words=written_words,
            written_images=written_images,
            origin=origin,
        )

    def moved(
        self, limits: Limits, graded: OfficialAnswer, origin: QuestionResult
    ) -> QuestionResult:
        """This result with its graded answer moved (an equal `limits`, and `origin`, its key):
        a copy of its fields, cheaper than building it from them."""
        moved = object.__new__(QuestionResult)
        moved.__dict__.update(self.__dict__, limits=limits, graded=graded, origin=origin)
        return moved

    @property
    def key(self) -> QuestionResult:
        """What equals but for where the text lies has the same key: its origin."""
        return self.origin or self

    @property
    def word_problem(self) -> int:
        """Words over the maximum (positive) or missing to the minimum (negative); 0 when fine."""
        return outside(self.words, self.limits.words)

    @property
    def image_problem(self) -> int:
        return outside(self.images, self.limits.images)

    @property
    def passes(self) -> bool:
        return self.word_problem == 0 and self.image_problem == 0


def outside(value: int, bounds: tuple[int, int] | None) -> int:
    """How far `value` lies above (positive) or below (negative) `bounds`; 0 within them."""
    if bounds is None:
        return 0
    low, high = bounds
    return value - high if value > high else value - low if value < low else 0
