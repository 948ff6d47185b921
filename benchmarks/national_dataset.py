"""A seeded synthetic national dataset, built through the public API only.

    python benchmarks/national_dataset.py [--tasks 100000] [--seed 0]

The shape follows the country after the 2025 reorganisation: the 34 provincial
units the bundled catalogue holds on 1 July 2025 and 3,321 commune-level units
(Resolution 202/2025/QH15 and the Standing Committee's resolutions on
rearranging commune-level units, which left 3,321 communes, wards and special
zones), each commune with five bodies added through
:meth:`AgencyCatalogue.extended`. About 700 programmes (one in seven at province
level) carry 100,000 tasks with titles composed from the phrases real plans use,
four assignments per task on average (one lead, three partners), reporting
rules and recurring deadlines. The same seed always gives the same dataset.

Run as a script it builds the dataset and prints its size and how long each
part took; the benchmarks import :func:`build_national_dataset`.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable, Sequence

import attrs
import click
import pendulum

from quanhelaodong import Agency, AgencyCatalogue, Assignment, CoordinationProgramme, Task
from quanhelaodong.agencies import Area, default_catalogue
from quanhelaodong.programmes import ReportingRule

#: The day the two-level local government began (Law 72/2025/QH15, in force 1 July 2025).
REORGANISED = "2025-07-01"
COMMUNES = 3_321
TASKS_PER_PROGRAMME = 143
PARTNERS_PER_TASK = 3
#: Bodies outside the state: a People's Committee requests ("đề nghị") their tasks, never assigns them.
OUTSIDE_THE_STATE = ("ldld", "hiep-hoi-dn", "lmhtx")

#: The bodies of every commune: key, name pattern, classification, side.
COMMUNE_BODIES = (
    ("ubnd", "Ủy ban nhân dân {unit} {name}", "peoples_committee", "state"),
    ("van-phong", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân {unit} {name}", "office", "state"),
    ("phong-kinh-te", "Phòng Kinh tế {unit} {name}", "department", "state"),
    ("phong-van-hoa-xa-hoi", "Phòng Văn hóa - Xã hội {unit} {name}", "department", "state"),
    ("cong-an", "Công an {unit} {name}", "police", "state"),
)
PROVINCE_BODIES = ("ubnd", "so-noi-vu", "so-tai-chinh", "so-tu-phap", "so-y-te", "so-cong-thuong",
                   "so-xay-dung", "so-gddt", "ban-ql-kcn", "cong-an", "bhxh", "ldld", "hiep-hoi-dn",
                   "lmhtx")

_SYLLABLES = ("An", "Bình", "Phú", "Tân", "Hòa", "Thạnh", "Long", "Phước", "Thành", "Hưng", "Đông",
              "Tây", "Nam", "Bắc", "Trung", "Mỹ", "Vĩnh", "Quang", "Hải", "Sơn", "Lạc", "Thuận",
              "Xuân", "Hương", "Minh", "Đức", "Nghĩa", "Lộc", "Thịnh", "Cát", "Kim", "Ngọc")
_VERBS = ("Tổ chức", "Triển khai", "Tuyên truyền, phổ biến", "Kiểm tra, giám sát", "Tập huấn",
          "Hướng dẫn", "Rà soát", "Đối thoại", "Tổng kết", "Xây dựng", "Hỗ trợ", "Thanh tra",
          "Nâng cao chất lượng", "Đẩy mạnh", "Theo dõi, nắm bắt")
_OBJECTS = ("pháp luật lao động", "Bộ luật Lao động 2019", "Luật Công đoàn 2024",
            "chính sách bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp",
            "đối thoại tại nơi làm việc", "thương lượng tập thể", "thỏa ước lao động tập thể",
            "quy chế dân chủ ở cơ sở tại nơi làm việc", "an toàn, vệ sinh lao động",
            "tiền lương tối thiểu vùng", "hòa giải viên lao động", "tranh chấp lao động",
            "đình công", "mô hình quan hệ lao động hài hòa, ổn định và tiến bộ",
            "nhà ở cho công nhân", "thiết chế công đoàn", "người lao động mất việc làm",
            "phòng, chống cháy nổ", "nợ đọng bảo hiểm xã hội")
_SETTINGS = ("tại các khu công nghiệp", "trong doanh nghiệp ngoài nhà nước", "cho đoàn viên công đoàn",
             "cho người sử dụng lao động", "tại doanh nghiệp có vốn đầu tư nước ngoài",
             "cho cán bộ công đoàn cơ sở", "trên địa bàn", "cho người lao động",
             "tại các hợp tác xã", "cho hòa giải viên lao động")
_TIMEFRAMES = ("Năm 2026", "Quý III/2026", "Quý IV/2026", "Thường xuyên", "Hằng năm",
               "trước ngày 15/11 hằng năm", "6 tháng đầu năm 2026", "Hằng quý", "Quý I, II/2027",
               "giai đoạn 2026 - 2030", "định kỳ 6 tháng")


@attrs.frozen
class NationalDataset:
    """The catalogue with every commune body added, and the programmes over it."""

    catalogue: AgencyCatalogue
    programmes: tuple[CoordinationProgramme, ...]
    communes: tuple[Area, ...]

    @property
    def tasks(self) -> int:
        return sum(len(programme.tasks) for programme in self.programmes)

    @property
    def assignments(self) -> int:
        return sum(len(task.assignments) for programme in self.programmes for task in programme.tasks)


def _commune_name(rng: random.Random, taken: set[str]) -> str:
    while True:
        name = f"{rng.choice(_SYLLABLES)} {rng.choice(_SYLLABLES)}"
        if name not in taken:
            taken.add(name)
            return name


def communes_and_bodies(provinces: Sequence[Area], rng: random.Random, count: int = COMMUNES,
                        ) -> tuple[list[Area], list[Agency], dict[str, dict[str, str]]]:
    """``count`` commune-level units spread over ``provinces``, their bodies and relative names."""
    areas: list[Area] = []
    bodies: list[Agency] = []
    relative: dict[str, dict[str, str]] = {}
    taken: dict[str, set[str]] = {province.id: set() for province in provinces}
    for number in range(count):
        province = provinces[number % len(provinces)]
        unit = "phường" if rng.random() < 0.2 else "xã"
        name = _commune_name(rng, taken[province.id])
        area = Area(f"{province.id}/{'phuong' if unit == 'phường' else 'xa'}-{number:04d}", name, unit,
                    founded=REORGANISED)
        areas.append(area)
        names = relative.setdefault(area.id, {})
        for key, pattern, classification, side in COMMUNE_BODIES:
            body = Agency(f"{area.id}/{key}", pattern.format(unit=unit, name=name), classification, side,
                          "commune", area=area.id, founded=REORGANISED)
            bodies.append(body)
            names[pattern.format(unit=unit, name="").strip()] = body.id
    return areas, bodies, relative


def _title(rng: random.Random) -> str:
    return f"{rng.choice(_VERBS)} {rng.choice(_OBJECTS)} {rng.choice(_SETTINGS)}"


def _mode(agency_id: str) -> str:
    return "requested" if agency_id.rpartition("/")[2] in OUTSIDE_THE_STATE else "assigned"


def _programme(number: int, issuer: str, area: str, pool: Sequence[str], tasks: int,
               rng: random.Random) -> CoordinationProgramme:
    made = []
    for index in range(tasks):
        lead, *others = rng.sample(pool, 1 + PARTNERS_PER_TASK)
        made.append(Task(
            f"{index // 10 + 1}.{index % 10 + 1}", f"{index // 10 + 1}.{index % 10 + 1}", _title(rng),
            timeframe=rng.choice(_TIMEFRAMES),
            assignments=(Assignment(lead, "lead", _mode(lead)),
                         *(Assignment(other, "partner", _mode(other)) for other in others)),
        ))
    reporters = tuple(dict.fromkeys(rng.sample(pool, 4)))
    rules = (
        ReportingRule("r1", reporters, issuer, "trước ngày 15/11 hằng năm"),
        ReportingRule("r2", reporters[:2], issuer, "định kỳ 6 tháng"),
    )
    return CoordinationProgramme(
        f"kh-{number:04d}", "plan", f"Kế hoạch số {number} về quan hệ lao động năm 2026",
        issuer=issuer, area=area.partition("/")[0], tasks=tuple(made), reporting_rules=rules,
    )


def programme_count(tasks: int) -> int:
    """How many programmes carry ``tasks`` tasks."""
    return max(1, round(tasks / TASKS_PER_PROGRAMME))


def build_national_dataset(seed: int = 0, tasks: int = 100_000, *,
                           progress: Callable[[int], None] | None = None) -> NationalDataset:
    """The national dataset with about ``tasks`` tasks; the same ``seed`` gives the same data.

    ``progress``, when given, is called with 1 after each programme is built.

    >>> small = build_national_dataset(seed=1, tasks=300)
    >>> len(small.communes), small.tasks, small.assignments
    (3321, 300, 1200)
    """
    rng = random.Random(seed)
    base = default_catalogue()
    provinces = [area for area in base.areas if area.exists_on(pendulum.Date.fromisoformat(REORGANISED))]
    communes, bodies, relative = communes_and_bodies(provinces, rng)
    catalogue = base.extended(bodies, areas=communes, relative_names=relative)
    count = programme_count(tasks)
    programmes = []
    remaining = tasks
    for number in range(count):
        size = remaining // (count - number)
        remaining -= size
        if number % 7 == 0:
            province = provinces[(number // 7) % len(provinces)]
            pool = [f"{province.id}/{key}" for key in PROVINCE_BODIES]
            issuer, area = f"{province.id}/ubnd", province.id
        else:
            commune = communes[rng.randrange(len(communes))]
            province_id = commune.id.partition("/")[0]
            pool = [f"{commune.id}/{key}" for key, *_ in COMMUNE_BODIES]
            pool += [f"{province_id}/{key}" for key in ("ldld", "bhxh", "so-noi-vu")]
            issuer, area = f"{commune.id}/ubnd", commune.id
        programmes.append(_programme(number, issuer, area, pool, size, rng))
        if progress is not None:
            progress(1)
    return NationalDataset(catalogue, tuple(programmes), tuple(communes))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    arguments = parser.parse_args()
    started = time.perf_counter()
    with click.progressbar(length=programme_count(arguments.tasks), label="building programmes",
                           file=sys.stderr) as bar:
        dataset = build_national_dataset(arguments.seed, arguments.tasks, progress=bar.update)
    print(f"{len(dataset.programmes)} programmes, {dataset.tasks:,} tasks, {dataset.assignments:,} "
          f"assignments, {len(dataset.communes):,} communes, {len(dataset.catalogue):,} agencies "
          f"in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
