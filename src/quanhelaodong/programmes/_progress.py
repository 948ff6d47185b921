"""Progress on tasks as dated events: updates, completions and extensions of deadlines.

What happened to a task is never an edited field. It is a list of events, each
dated (``on``) and each naming its task (and, for a recurring task, the
occurrence: the last day the plan sets for it, such as 31/5/2024 for "tháng 5
hằng năm"):

* :class:`ProgressUpdate`: an agency reports where the task stands, with a
  percentage where it gives one, a text and the document that shows it;
* :class:`Completion`: the task was done on that day, on that evidence;
* :class:`Extension`: the body that assigned the task moved its deadline later
  ("gia hạn", "điều chỉnh thời hạn"), at someone's request, by a document.

The deadline in force is derived, never stored: the plan's timeframe, then each
extension in the order decided (``quanhelaodong.followup`` computes it, with the
status of a task on any day). :func:`check_progress` is the part of ``validate``
that looks at these records.

Codes of :func:`check_progress`:

==================================  ========  ==============================================
code                                severity  meaning
==================================  ========  ==============================================
``progress-unknown-task``           error     an event names a task the programme does not have
``progress-on-heading``             warning   an event names a heading, which is not followed
``unknown-agency``                  error     an agency neither the programme nor the catalogue knows
``progress-before-programme``       error     an event is dated before the programme begins
``progress-occurrence``             error     a recurring task's event names no occurrence, or one
                                              the task does not have (or not while the programme
                                              runs); or a one-off task's names one
``extension-earlier``               error     an extension does not move the deadline later
``extension-decided-late``          warning   an extension decided after the new deadline it sets
``extension-after-completion``      warning   an extension decided after the task was done
``completion-repeated``             warning   a task occurrence is reported done more than once
==================================  ========  ==============================================
"""

from __future__ import annotations

import enum
from typing import Any

import attrs
import pendulum

from quanhelaodong._fields import as_choice, as_date, as_optional_date, as_optional_text, non_empty
from quanhelaodong.documents import DocumentRef
from quanhelaodong.errors import InvalidValueError

__all__ = ["Completion", "Extension", "ProgressEvent", "ProgressStatus", "ProgressUpdate"]


class ProgressStatus(enum.StrEnum):
    """Where an update says a task stands ("tình hình thực hiện").

    Being done is not an update's status: a :class:`Completion` records it.

    >>> [status.vietnamese for status in ProgressStatus]
    ['chưa triển khai', 'đang thực hiện', 'có khó khăn, vướng mắc']
    """

    #: "chưa triển khai": not started.
    NOT_STARTED = "not_started"
    #: "đang thực hiện": under way.
    IN_PROGRESS = "in_progress"
    #: "có khó khăn, vướng mắc": held up; the text says by what.
    BLOCKED = "blocked"

    @property
    def vietnamese(self) -> str:
        return {"not_started": "chưa triển khai", "in_progress": "đang thực hiện",
                "blocked": "có khó khăn, vướng mắc"}[self]


def _as_status(value: object) -> ProgressStatus:
    return as_choice(ProgressStatus, value, "status")


def _check_percent(_instance: object, _attribute: attrs.Attribute[Any], value: int | None) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
        raise InvalidValueError(f"percent must be a whole number from 0 to 100, got {value!r}")


def _optional_document(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, DocumentRef):
        raise InvalidValueError(f"{attribute.name} must be a DocumentRef, got "
                                f"{type(value).__name__} {value!r}")


def _optional_agency(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, str) or not value):
        raise InvalidValueError(f"{attribute.name} must be an agency id, got {value!r}")


def _task_id(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    # An id that is not a text would never match a task: refused here, not left to validate.
    if not isinstance(value, str):
        raise InvalidValueError(f"{attribute.name} must be a task id, got {type(value).__name__} "
                                f"{value!r}")
    non_empty(_instance, attribute, value)


def _agency_id(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str):
        raise InvalidValueError(f"{attribute.name} must be an agency id, got "
                                f"{type(value).__name__} {value!r}")
    non_empty(_instance, attribute, value)


@attrs.frozen
class ProgressUpdate:
    """An agency's report on where a task stands on a day.

    ``percent`` is given where the report gives one ("đạt 60%"); ``evidence`` is
    the document that carries the report.

    >>> from quanhelaodong.documents import DocumentRef
    >>> update = ProgressUpdate("PL.I.4", "2023-09-15", "thua-thien-hue/so-ldtbxh", percent=60,
    ...                         evidence=DocumentRef.parse("1520/SLĐTBXH-LĐ"))
    >>> update.on, update.status.vietnamese, update.percent, str(update.evidence)
    (Date(2023, 9, 15), 'đang thực hiện', 60, '1520/SLĐTBXH-LĐ')
    """

    task: str = attrs.field(validator=_task_id)
    on: pendulum.Date = attrs.field(converter=as_date)
    agency: str = attrs.field(validator=_agency_id)
    status: ProgressStatus = attrs.field(default=ProgressStatus.IN_PROGRESS, converter=_as_status,
                                         kw_only=True)
    percent: int | None = attrs.field(default=None, validator=_check_percent, kw_only=True)
    text: str | None = attrs.field(default=None, converter=as_optional_text, kw_only=True)
    evidence: DocumentRef | None = attrs.field(default=None, validator=_optional_document,
                                               kw_only=True)
    occurrence: pendulum.Date | None = attrs.field(default=None, converter=as_optional_date,
                                                   kw_only=True)


@attrs.frozen
class Completion:
    """A task (or one occurrence of a recurring task) done on a day, on some evidence.

    ``agency`` is the body that reports it done, where known.

    >>> done = Completion("PL.I.4", "2023-11-30", agency="thua-thien-hue/so-ldtbxh",
    ...                   text="Tổ chức Hội thi ngày 30/11/2023")
    >>> done.on, done.evidence is None
    (Date(2023, 11, 30), True)
    """

    task: str = attrs.field(validator=_task_id)
    on: pendulum.Date = attrs.field(converter=as_date)
    agency: str | None = attrs.field(default=None, validator=_optional_agency, kw_only=True)
    evidence: DocumentRef | None = attrs.field(default=None, validator=_optional_document,
                                               kw_only=True)
    text: str | None = attrs.field(default=None, converter=as_optional_text, kw_only=True)
    occurrence: pendulum.Date | None = attrs.field(default=None, converter=as_optional_date,
                                                   kw_only=True)


@attrs.frozen
class Extension:
    """A later deadline for a task, decided on a day ("gia hạn", "điều chỉnh thời hạn").

    ``on`` is the day it was decided; ``decided_by`` the body that granted it
    (None: the body that assigned the task, which alone may); ``requested_by``
    the body that asked; ``document`` the deciding document.

    >>> from quanhelaodong.documents import DocumentRef
    >>> later = Extension("PL.I.4", "2023-12-20", "2024-03-31", requested_by="thua-thien-hue/so-ldtbxh",
    ...                   document=DocumentRef.parse("812/UBND-VX"))
    >>> later.new_deadline, later.decided_by is None, later.document.unit
    (Date(2024, 3, 31), True, 'VX')
    """

    task: str = attrs.field(validator=_task_id)
    on: pendulum.Date = attrs.field(converter=as_date)
    new_deadline: pendulum.Date = attrs.field(converter=as_date)
    decided_by: str | None = attrs.field(default=None, validator=_optional_agency, kw_only=True)
    requested_by: str | None = attrs.field(default=None, validator=_optional_agency, kw_only=True)
    document: DocumentRef | None = attrs.field(default=None, validator=_optional_document,
                                               kw_only=True)
    reason: str | None = attrs.field(default=None, converter=as_optional_text, kw_only=True)
    occurrence: pendulum.Date | None = attrs.field(default=None, converter=as_optional_date,
                                                   kw_only=True)


#: One progress record: what ``CoordinationProgramme.progress`` holds, in the order recorded.
ProgressEvent = ProgressUpdate | Completion | Extension

#: The kinds of event, for checks of a field holding any of them.
PROGRESS_TYPES = (ProgressUpdate, Completion, Extension)
#: The name of each kind of record, as messages and JSON give it.
KIND_NAMES = {ProgressUpdate: "update", Completion: "completion", Extension: "extension"}
