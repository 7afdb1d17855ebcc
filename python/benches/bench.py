#!/usr/bin/env python3
"""Times the Python API against Python's own ``HTTPStatus(404).phrase``, in one process.

Every candidate and the reference are timed in alternating rounds (so that a slow moment of
the machine falls on all of them alike), each round a ``timeit`` loop of about 0.1 s; the
figure is the median per call over the rounds, and each ratio is between figures of this run.
Prints the Markdown table that BENCHMARKS.md shows.

    python benches/bench.py            # with the package installed in this interpreter
"""

import platform
import statistics
import sys
import timeit

SETUP = """
from http import HTTPStatus
from http_status_catalog import describe, negotiate
status = HTTPStatus.NOT_FOUND
locale = negotiate("ru-RU")
members = list(HTTPStatus)
values = [m.value for m in members]
"""

REFERENCE = ("`HTTPStatus(404).phrase`", "HTTPStatus(404).phrase", None)
CASES = [
    REFERENCE,
    ("`locale.describe(status).title`", "locale.describe(status).title", 2.0),
    ("`locale.describe(404).title`", "locale.describe(404).title", 2.0),
    ("`describe(status, \"ru-RU\")`", 'describe(status, "ru-RU")', 4.0),
    ("`describe(status, \"ru-RU\").title`", 'describe(status, "ru-RU").title', 4.0),
    ("`describe(\"NOT_FOUND\", \"ru-RU\").title`", 'describe("NOT_FOUND", "ru-RU").title', None),
    ("`negotiate(\"de-CH, fr;q=0.9, en;q=0.5\")`", 'negotiate("de-CH, fr;q=0.9, en;q=0.5")', None),
]
ALL_REFERENCE = ("every member: `HTTPStatus(v).phrase`", "for v in values: HTTPStatus(v).phrase", None)
ALL_CASES = [
    ALL_REFERENCE,
    ("every member: `locale.describe(m).title`", "for m in members: locale.describe(m).title", 2.0),
    ("every member: `describe(m, \"ru-RU\").title`", 'for m in members: describe(m, "ru-RU").title', 4.0),
]
ROUNDS = 21


def measure(cases, per_call_divisor=1):
    timers = {stmt: timeit.Timer(stmt, SETUP) for _, stmt, _ in cases}
    loops = {}
    for stmt, timer in timers.items():
        number, _ = timer.autorange()
        loops[stmt] = max(1, number // 2)  # about 0.1 s a round
    samples = {stmt: [] for stmt in timers}
    for _ in range(ROUNDS):
        for stmt, timer in timers.items():
            samples[stmt].append(timer.timeit(loops[stmt]) / loops[stmt] / per_call_divisor * 1e9)
    return {stmt: statistics.median(s) for stmt, s in samples.items()}


def rows(cases, medians, unit):
    reference = medians[cases[0][1]]
    out = []
    for label, stmt, target in cases:
        ns = medians[stmt]
        if stmt == cases[0][1]:
            ratio, verdict = "1 (reference)", ""
        else:
            ratio = f"{ns / reference:.2f}x"
            verdict = "" if target is None else (
                f"at most {target:g}x" + ("" if ns / reference <= target else ": **missed**")
            )
        out.append(f"| {label} | {ns:.0f} ns{unit} | {ratio} | {verdict} |")
    return out


def main():
    import http_status_catalog

    members = len(__import__("http").HTTPStatus)
    single = measure(CASES)
    every = measure(ALL_CASES, per_call_divisor=members)
    print(
        f"Python {platform.python_version()} ({platform.python_implementation()}), "
        f"{platform.machine()}; http_status_catalog from {http_status_catalog.__file__}; "
        f"median of {ROUNDS} rounds; {members} members of HTTPStatus"
    )
    print()
    print("| what | per call | ratio | target |")
    print("| --- | --- | --- | --- |")
    for line in rows(CASES, single, "") + rows(ALL_CASES, every, " per code"):
        print(line)


if __name__ == "__main__":
    sys.exit(main())
