"""The converters and validators every domain class shares (``_fields.py``), seen through those classes.

``_fields.py`` is private, so each rule is checked on public classes that use it:
a field of several things refuses a bare string, every item's type is checked
with its index named, text is stored in NFC, a date is never a datetime, and a
choice among an enum's values names the choices.
"""

from __future__ import annotations

import datetime
import re
from decimal import Decimal

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from quanhelaodong import Agency, Assignment, CoordinationProgramme, DocumentRef, Task
from quanhelaodong.deadlines import data_period
from quanhelaodong.errors import InvalidValueError
from quanhelaodong.programmes import Dialogue, Indicator, ProgrammePeriod, Quantity, Signatory

LEAD = Assignment("x/a", "lead")


@pytest.mark.parametrize("build", [
    lambda: Task("1", "1", "Tập huấn", assignments="abc"),
    lambda: Signatory("x/a", capacity="TM. ỦY BAN NHÂN DÂN"),
    lambda: Agency("x/y", "Sở", "department", "state", other_names="Sở A"),
    lambda: Dialogue("d", "policy", "Đối thoại", topics="tiền lương"),
    lambda: CoordinationProgramme("a", "plan", "Kế hoạch", recipients=b"Luu VT"),  # type: ignore[arg-type]
], ids=["as_tuple", "as_texts", "agency names", "topics", "bytes"])
def test_a_bare_string_is_not_a_sequence(build: object) -> None:
    with pytest.raises(InvalidValueError, match="not the string"):
        build()  # type: ignore[operator]


def test_a_lone_value_is_not_a_sequence_and_any_iterable_is() -> None:
    with pytest.raises(InvalidValueError, match="expected a sequence, got int 5"):
        CoordinationProgramme("a", "plan", "Kế hoạch", recipients=5)  # type: ignore[arg-type]
    generated = CoordinationProgramme("a", "plan", "Kế hoạch",
                                      recipients=(name for name in ["Lưu VT"]))
    assert generated.recipients == ("Lưu VT",)
    assert Task("1", "1", "Việc", assignments=[LEAD]).assignments == (LEAD,)


def test_each_names_the_index_and_type_of_the_first_wrong_item() -> None:
    with pytest.raises(InvalidValueError, match=r"^assignments\[1\] must be a Assignment, got str 'abc'$"):
        Task("1", "1", "Tập huấn", assignments=[LEAD, "abc"])
    with pytest.raises(InvalidValueError, match=r"^implements\[1\] must be a DocumentRef"):
        CoordinationProgramme("a", "plan", "Kế hoạch",
                              implements=[DocumentRef.parse("1/KH-UBND"), "2/KH-UBND"])
    with pytest.raises(InvalidValueError, match=r"^expected texts, got int 3$"):
        CoordinationProgramme("a", "plan", "Kế hoạch", recipients=["Lưu VT", 3])  # type: ignore[list-item]


def test_texts_are_stored_in_nfc_and_must_be_texts() -> None:
    decomposed = "Ho\u0300a gia\u0309i"
    assert Signatory("x/a", position=decomposed, capacity=[decomposed]).position == "Hòa giải"
    assert Signatory("x/a", capacity=[decomposed]).capacity == ("Hòa giải",)
    assert Signatory("x/a").person is None
    with pytest.raises(InvalidValueError, match="expected a text, got int 5"):
        Signatory("x/a", position=5)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="label must not be empty"):
        Task("1", "", "Việc")


@pytest.mark.parametrize("moment", [datetime.datetime(2008, 8, 1, 9),
                                    pendulum.datetime(2008, 8, 1)])
def test_a_datetime_is_never_a_date(moment: datetime.datetime) -> None:
    with pytest.raises(InvalidValueError, match="got a datetime"):
        Agency("x/y", "Sở", "department", "state", founded=moment)
    with pytest.raises(InvalidValueError, match="got a datetime"):
        ProgrammePeriod(moment, "2023-12-31")


def test_a_date_is_a_date_an_iso_text_or_nothing_else() -> None:
    with pytest.raises(InvalidValueError, match="ISO"):
        ProgrammePeriod("01/01/2023", "2023-12-31")
    with pytest.raises(InvalidValueError, match="expected a date, got int"):
        ProgrammePeriod(20230101, "2023-12-31")
    day = pendulum.Date(2023, 1, 1)
    assert ProgrammePeriod(day, day).start is day  # a pendulum Date passes as it is


@given(st.dates())
def test_every_spelling_of_a_day_is_the_same_pendulum_date(day: datetime.date) -> None:
    period = ProgrammePeriod(day, day.isoformat())
    assert type(period.start) is pendulum.Date
    assert period.start == period.end == pendulum.Date(day.year, day.month, day.day)


def test_periods_keep_their_order_as_given() -> None:
    # An end before the start is kept (validate reports it), and then holds no day.
    backwards = ProgrammePeriod("2023-12-31", "2023-01-01")
    assert backwards.start > backwards.end
    assert pendulum.Date(2023, 6, 1) not in backwards
    assert pendulum.Date(2023, 6, 1) in ProgrammePeriod("2023-01-01", "2023-12-31")


def test_a_choice_names_the_choices() -> None:
    with pytest.raises(InvalidValueError,
                       match=r"^data period must be one of 'monthly', 'quarterly', 'half_yearly', "
                             r"'annual', got 'weekly'$"):
        data_period("weekly", 2024)


@pytest.mark.parametrize(("value", "message"), [
    ("58,32", "must be a number such as 58.32"),
    ("abc", "must be a number such as 58.32"),
    (None, "got NoneType None"),
    (1.5, "got float 1.5"),  # a binary float is not the figure written
    (True, "got bool True"),
    ("NaN", "must be a finite number"),
    ("-Infinity", "must be a finite number"),
    ("1e40", "between 10^-30 and 10^30"),
    (10 ** 5000, "an integer of 16610 bits"),  # refused before any conversion
    ("9" * 5000, "a text of 5000 characters"),
    ("0E-999999999", "at most 60 decimal places"),
], ids=["comma", "letters", "none", "float", "bool", "nan", "infinity", "huge", "huge-int",
        "long-text", "places"])
def test_a_figure_that_is_no_figure_is_an_invalid_value_naming_the_field(value: object,
                                                                          message: str) -> None:
    # Quantity and Indicator share the one converter; each names its own field.
    with pytest.raises(InvalidValueError, match=f"^value .*{re.escape(message)}"):
        Quantity(value)
    if value is not None:  # an indicator may have no numerator
        with pytest.raises(InvalidValueError, match=f"^numerator .*{re.escape(message)}"):
            Indicator("tỷ lệ", "50", "%", numerator=value)


@given(st.decimals(allow_nan=False, allow_infinity=False, places=4, min_value=-10 ** 20,
                   max_value=10 ** 20))
def test_a_figure_keeps_its_value(value: Decimal) -> None:
    assert Quantity(value).value == value
    assert Quantity(str(value)).value == value
    assert Indicator("x", str(value)).value == value
