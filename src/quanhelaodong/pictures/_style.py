"""What every picture shares: the font, one colour per side, the roles' line styles, month names."""

from __future__ import annotations

from typing import Any

from quanhelaodong.agencies import Agency, Side
from quanhelaodong.programmes import Role

__all__ = ["FONT", "MONTHS", "ROLE_LINES", "SIDES", "SIDE_COLOURS", "SIDE_LABELS", "side_of"]

#: Bundled with matplotlib and covers every Vietnamese letter, whatever the user's own settings say.
FONT = "DejaVu Sans"

#: The sides in the order pictures list them; bodies of mixed or unknown side go to "other".
SIDES = ("state", "workers", "employers", "other")
SIDE_LABELS = {"state": "Nhà nước", "workers": "Công đoàn (người lao động)",
               "employers": "Người sử dụng lao động", "other": "Khác, nhiều bên"}
# Colour-blind-safe hues (Okabe and Ito) that stay apart when printed in grey.
SIDE_COLOURS = {"state": "#0072B2", "workers": "#D55E00", "employers": "#009E73", "other": "#7F7F7F"}

#: Matplotlib line properties per role: a lead must stand out from a partner at a glance.
ROLE_LINES: dict[Role, dict[str, Any]] = {
    Role.LEAD: {"linestyle": "solid", "base": 1.6, "per_task": 0.8, "alpha": 0.85},
    Role.PARTNER: {"linestyle": (0, (4, 2)), "base": 0.8, "per_task": 0.35, "alpha": 0.6},
    Role.IMPLEMENTER: {"linestyle": (0, (1, 1.5)), "base": 0.8, "per_task": 0.3, "alpha": 0.5},
    Role.MONITOR: {"linestyle": (0, (1, 3)), "base": 0.6, "per_task": 0.2, "alpha": 0.5},
}

#: Month ticks as Vietnamese calendars print them.
MONTHS = tuple(f"Th{month}" for month in range(1, 13))


def side_of(agency: Agency) -> str:
    """The picture side of an agency: one of :data:`SIDES`."""
    if agency.side is Side.STATE:
        return "state"
    if agency.side is Side.WORKERS:
        return "workers"
    if agency.side is Side.EMPLOYERS:
        return "employers"
    return "other"
