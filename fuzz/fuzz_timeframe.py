"""Fuzz ``parse_timeframe`` and ``read_timeframe``, with and without a reference day,
and the occurrences and resolution of what they read.

    python3 fuzz/fuzz_timeframe.py -max_total_time=600 -timeout=10 -max_len=4096
"""

from __future__ import annotations

from collections.abc import Iterator

import pendulum
from _harness import bundled_strings, label_strings, main, text_of

from quanhelaodong.deadlines import (
    DateRange,
    DueDate,
    Recurring,
    RelativePeriod,
    UnreadableTimeframe,
    parse_timeframe,
    read_timeframe,
)
from quanhelaodong.errors import TimeframeParseError

_REFERENCES = (None, pendulum.Date(2024, 2, 29), pendulum.Date(1, 1, 1), pendulum.Date(9999, 12, 31))
_BETWEENS = ((pendulum.Date(2020, 1, 1), pendulum.Date(2030, 12, 31)),
             (pendulum.Date(9990, 1, 1), pendulum.Date(9999, 12, 31)),
             (pendulum.Date(1, 1, 1), pendulum.Date(10, 12, 31)))


def target(data: bytes) -> None:
    if not data:
        return
    reference = _REFERENCES[data[0] % len(_REFERENCES)]
    between = _BETWEENS[data[0] // len(_REFERENCES) % len(_BETWEENS)]
    text = text_of(data[1:])
    frame = read_timeframe(text, reference=reference)
    try:
        parsed = parse_timeframe(text, reference=reference)
    except TimeframeParseError as error:
        failed: TimeframeParseError | None = error
    else:
        failed = None
    if failed is not None:
        assert isinstance(frame, UnreadableTimeframe)
        assert 0 <= failed.position <= len(failed.phrase), (failed.position, failed.phrase)
        assert 0 <= frame.position <= len(frame.text), (frame.position, frame.text)
        return
    assert not isinstance(frame, UnreadableTimeframe)
    if isinstance(parsed, Recurring):
        parsed.occurrences(between)
    elif isinstance(parsed, RelativePeriod):
        parsed.resolve(between[0])
    elif isinstance(parsed, (DateRange, DueDate)):
        assert parsed.due is not None


def seeds() -> Iterator[bytes]:
    phrases = set(bundled_strings("timeframe", "text", "due", "deadline"))
    phrases.update(label_strings("timeframe", "due"))
    for phrase in sorted(phrases):
        if len(phrase) < 300:
            yield b"\x00" + phrase.encode("utf-8")
            yield b"\x05" + phrase.encode("utf-8")


if __name__ == "__main__":
    main("timeframe", target, seeds)
