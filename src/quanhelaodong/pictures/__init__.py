"""Pictures of a plan: who leads and partners on what, and when things fall due.

Drawn with matplotlib (``pip install 'quanhelaodong[pictures]'``), loaded only
when a picture is asked for; ``import quanhelaodong`` never loads this package.
Every picture is a :class:`matplotlib.figure.Figure` drawn by the Agg backend,
never through pyplot, so it can be made on a server or in a thread.

* :func:`responsibility_picture`: agencies by side facing the plan's sections,
  leads and partners drawn apart;
* :func:`timeline_picture`: the year's task and report deadlines, one row per
  lead agency, each recurring deadline at every occurrence (the marks it draws:
  :func:`timeline_marks`);
* :func:`save_picture` writes one to PNG, SVG or PDF; :func:`short_name` is
  the label an agency gets.

>>> from quanhelaodong.graph import ResponsibilityGraph
>>> from quanhelaodong.io import load_bundled
>>> figure = responsibility_picture(ResponsibilityGraph([load_bundled("hue-2023")]))
>>> type(figure).__name__
'Figure'
"""

from quanhelaodong.pictures._canvas import save_picture
from quanhelaodong.pictures._labels import short_name
from quanhelaodong.pictures._responsibilities import responsibility_picture
from quanhelaodong.pictures._timeline import TimelineMark, timeline_marks, timeline_picture

__all__ = [
    "TimelineMark",
    "responsibility_picture",
    "save_picture",
    "short_name",
    "timeline_marks",
    "timeline_picture",
]
