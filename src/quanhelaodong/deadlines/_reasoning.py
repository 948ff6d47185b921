"""A date with the reasoning that reached it: the steps, each with its legal source, in English
and Vietnamese.

Every deadline the library computes is a :class:`Deadline`: it compares and computes as
the plain date, and :meth:`Deadline.explain` says how it was reached.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs
import pendulum

from quanhelaodong.deadlines._vietnamese import date_vi
from quanhelaodong.errors import InvalidValueError

__all__ = ["NO_STATUTORY_RULE", "Deadline", "ReasoningStep", "as_lang"]

#: What a step of a backward count cites: no article settles it (legal notes, civil_backward).
NO_STATUTORY_RULE = "no statutory rule; reading chosen by the caller (legal-rules civil_backward)"
#: The English words a citation may carry besides the provisions, as a Vietnamese reader reads them.
_CITATION_WORDS_VI = ((NO_STATUTORY_RULE, "không có quy định của luật; cách hiểu do người tính lựa chọn"),
                      ("by analogy with ", "áp dụng tương tự "))


@attrs.frozen
class ReasoningStep:
    """One step of the reasoning: the rule applied, its source, what it did and the date it gave.

    ``text_vi`` says it in Vietnamese; it takes no part in comparing or hashing steps,
    so a step is the same step in either language.

    >>> from quanhelaodong.deadlines import period_end
    >>> step = period_end("2025-01-15", 10, "day").steps[0]
    >>> step.rule, step.citation
    ('civil_start_exclusive', 'Bộ luật Dân sự 2015 (91/2015/QH13), Điều 147(2)')
    >>> step.text, step.date
    ('The period starts on the day after 2025-01-15', Date(2025, 1, 16))
    >>> step.text_vi
    'Thời hạn bắt đầu từ ngày tiếp theo liền kề ngày 15/01/2025'
    """

    rule: str
    citation: str
    text: str
    date: pendulum.Date
    text_vi: str | None = attrs.field(default=None, kw_only=True, eq=False)

    def text_in(self, lang: Literal["en", "vi"]) -> str:
        """The text in ``lang``; a step with no Vietnamese text gives its English one.

        >>> ReasoningStep("rule", "source", "in English", pendulum.Date(2025, 1, 1)).text_in("vi")
        'in English'
        """
        return (self.text_vi or self.text) if as_lang(lang) == "vi" else self.text

    def citation_in(self, lang: Literal["en", "vi"]) -> str:
        """The citation in ``lang``: the provisions as cited, the words around them translated.

        >>> from quanhelaodong.deadlines import period_before
        >>> period_before("2025-03-14", 10, "day").steps[-1].citation_in("vi")
        'áp dụng tương tự Bộ luật Dân sự 2015 (91/2015/QH13), Điều 148(1)'
        """
        if as_lang(lang) == "en":
            return self.citation
        citation = self.citation
        for english, vietnamese in _CITATION_WORDS_VI:
            citation = citation.replace(english, vietnamese)
        return citation


class Deadline(pendulum.Date):
    """A date that also carries the steps of reasoning that produced it.

    It compares, hashes and computes as the plain date; ``steps`` and
    :meth:`explain` tell how it was reached.

    >>> from quanhelaodong.deadlines import period_end
    >>> deadline = period_end("2025-01-15", 10, "day")
    >>> deadline == pendulum.Date(2025, 2, 3), deadline.rules
    (True, ('civil_start_exclusive', 'civil_end_days', 'civil_rollover'))
    >>> deadline.steps[-1].citation  # 25/1/2025 is a Saturday, then Tết: rolled over
    'Bộ luật Dân sự 2015 (91/2015/QH13), Điều 148(5)'
    """

    steps: tuple[ReasoningStep, ...] = ()

    @classmethod
    def of(cls, day: pendulum.Date, steps: tuple[ReasoningStep, ...]) -> Deadline:
        result = cls(day.year, day.month, day.day)
        result.steps = steps
        return result

    @property
    def rules(self) -> tuple[str, ...]:
        """Ids of the rules applied, in order."""
        return tuple(step.rule for step in self.steps)

    def explain(self, lang: Literal["en", "vi"] = "en") -> str:
        """The reasoning as numbered lines, each with its legal source, in English or Vietnamese
        (``lang="vi"``: dates written dd/mm/yyyy, the words around a citation translated).

        >>> from quanhelaodong.deadlines import period_end
        >>> print(period_end("2025-03-03", 7, "working_day").explain(lang="vi"))
        1. Thời hạn bắt đầu từ ngày tiếp theo liền kề ngày 03/03/2025
           [Bộ luật Dân sự 2015 (91/2015/QH13), Điều 147(2)] -> 04/03/2025
        2. Tính 07 ngày làm việc theo lịch làm việc của cơ quan nhà nước, không tính ngày nghỉ hằng
           tuần, ngày nghỉ lễ, tết [Bộ luật Dân sự 2015 (91/2015/QH13), Điều 145(1); Bộ luật Lao động
           2019 (45/2019/QH14)] -> 12/03/2025
        """
        language = as_lang(lang)
        return "\n".join(
            f"{number}. {step.text_in(language)} [{step.citation_in(language)}] -> "
            f"{date_vi(step.date) if language == 'vi' else step.date.isoformat()}"
            for number, step in enumerate(self.steps, start=1)
        )

    def __reduce__(self) -> Any:
        return (_rebuild_deadline, (self.year, self.month, self.day, self.steps))


def _rebuild_deadline(year: int, month: int, day: int, steps: tuple[ReasoningStep, ...]) -> Deadline:
    return Deadline.of(pendulum.Date(year, month, day), steps)


def as_lang(lang: object) -> Literal["en", "vi"]:
    """``lang`` if it is a language the reasoning is written in ("en", "vi"), else an
    :class:`InvalidValueError`."""
    if lang == "en" or lang == "vi":
        return "en" if lang == "en" else "vi"
    raise InvalidValueError(f"the reasoning is written in 'en' or 'vi', not {lang!r}")
