"""Describing from many threads at once gives every thread the same answers."""

import threading
from http import HTTPStatus

from http_status_catalog import describe, locales, negotiate

THREADS = 8


def test_describe_from_eight_threads():
    tags = [locale.tag for locale in locales()]
    members = list(HTTPStatus)
    expected = {(tag, m.value): describe(m, tag).as_dict() for tag in tags for m in members}
    barrier = threading.Barrier(THREADS)
    failures = []
    counts = [0] * THREADS

    def work(index):
        try:
            barrier.wait()
            for round_ in range(5):
                for j, tag in enumerate(tags):
                    # Each thread walks the locales from a different place.
                    tag = tags[(j + index + round_) % len(tags)]
                    locale = negotiate(f"{tag}, en;q=0.1")
                    for m in members:
                        got = locale.describe(m).as_dict()
                        if got != expected[(tag, m.value)]:
                            failures.append((index, tag, m.value))
                        if describe(m, tag).title != got["title"]:
                            failures.append((index, tag, m.value, "title"))
                        counts[index] += 1
        except BaseException as error:  # noqa: BLE001 - reported below
            failures.append((index, repr(error)))

    threads = [threading.Thread(target=work, args=(i,)) for i in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    assert counts == [5 * len(tags) * len(members)] * THREADS
