"""The words the command line prints, in Vietnamese (the domain's own terms) and English."""

from __future__ import annotations

from typing import Literal

__all__ = ["LANGUAGES", "Language", "label"]

Language = Literal["vi", "en"]
LANGUAGES: tuple[Language, ...] = ("vi", "en")

_LABELS: dict[str, tuple[str, str]] = {
    "task": ("Nhiệm vụ", "Task"),
    "id": ("Mã", "Id"),
    "title": ("Nội dung", "Title"),
    "lead": ("Chủ trì", "Lead"),
    "partner": ("Phối hợp", "Partners"),
    "implementer": ("Thực hiện", "Implementers"),
    "monitor": ("Theo dõi", "Monitors"),
    "timeframe": ("Thời gian", "Time frame"),
    "due": ("Hạn theo kế hoạch", "Due as planned"),
    "source": ("Căn cứ", "Basis"),
    "agency": ("Cơ quan", "Agency"),
    "status": ("Tình trạng", "Status"),
    "days_overdue": ("Số ngày quá hạn", "Days overdue"),
    "working_days_overdue": ("Ngày làm việc", "Working days"),
    "date": ("Ngày", "Date"),
    "weekday": ("Thứ", "Weekday"),
    "name": ("Tên", "Name"),
    "kind": ("Loại", "Kind"),
    "replaces": ("Làm bù cho", "Makes up for"),
    "severity": ("Mức", "Severity"),
    "code": ("Mã", "Code"),
    "path": ("Vị trí", "Where"),
    "message": ("Nội dung", "Message"),
    "recipient": ("Gửi tới", "To"),
    "report": ("Báo cáo", "Report"),
    "report_to": ("Báo cáo gửi", "Report to"),
    "none_named": ("(không nêu)", "(none named)"),
    "also_matching": ("Cũng khớp:", "Also matching:"),
    "no_match": ("Không có nhiệm vụ nào khớp với", "No task matches"),
    "did_you_mean": ("Có phải bạn muốn tìm:", "Did you mean:"),
    "lead_as_of": ("Chủ trì ngày", "Lead as of"),
    "via": ("qua", "via"),
    "no_successor": ("không còn cơ quan kế thừa", "no successor"),
    "days_off": ("Ngày nghỉ", "Days off"),
    "make_up_days": ("Ngày làm bù", "Make-up days"),
    "deadline": ("Hạn cuối", "Deadline"),
    "reasoning": ("Cách tính", "Reasoning"),
    "problems": ("vấn đề", "problem(s)"),
    "no_problems": ("Không phát hiện vấn đề nào.", "No problems found."),
    "tasks_count": ("nhiệm vụ", "task(s)"),
    "as_of": ("tính đến ngày", "as of"),
    # Task statuses, in the words of the Government Office's follow-up grid.
    "done_on_time": ("Hoàn thành đúng hạn", "Done on time"),
    "done_late": ("Hoàn thành quá hạn", "Done late"),
    "not_done_within_deadline": ("Đang thực hiện, trong hạn", "In progress, not yet due"),
    "not_done_overdue": ("Chưa hoàn thành, quá hạn", "Overdue"),
    "no_deadline": ("Không có thời hạn", "No deadline"),
}

_WEEKDAYS = (("Thứ Hai", "Monday"), ("Thứ Ba", "Tuesday"), ("Thứ Tư", "Wednesday"),
             ("Thứ Năm", "Thursday"), ("Thứ Sáu", "Friday"), ("Thứ Bảy", "Saturday"),
             ("Chủ nhật", "Sunday"))


def label(key: str, lang: Language) -> str:
    """The word for ``key`` in ``lang``; an unknown key is printed as it is.

    >>> label("lead", "vi"), label("lead", "en"), label("task", "en")
    ('Chủ trì', 'Lead', 'Task')
    """
    words = _LABELS.get(key)
    if words is None:
        return key
    return words[LANGUAGES.index(lang)]


def weekday(day: int, lang: Language) -> str:
    """The name of an ISO weekday (1 is Monday).

    >>> weekday(7, "vi"), weekday(1, "en")
    ('Chủ nhật', 'Monday')
    """
    return _WEEKDAYS[day - 1][LANGUAGES.index(lang)]
