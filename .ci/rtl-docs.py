"""The right-to-left documentation tables in Chromium, as a reader sees them.

Opens docs/status-codes.<tag>.html for Arabic, Hebrew and Persian through Playwright and checks
what the browser lays out, not what the HTML says: the writing direction, the code column on
the right, Latin runs (RFC 9110, NOT_FOUND) left to right inside the right-to-left text, and the
right-to-left text itself right to left. Screenshots go to target/screenshots/ for a person to
look at. Run by .ci/rtl-docs, which installs what this needs.
"""

import pathlib
import sys

from playwright.sync_api import sync_playwright

from browser import launch

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHOTS = ROOT / "target" / "screenshots"
TAGS = ["ar", "he", "fa"]

# Measures, in the page, the left edge and width of each character of `needle` where it first
# occurs in the text under an element matching `selector`, across text nodes (an enum name is
# split by <wbr> where a line may break): [[char, left, width], ...], or null when it does not
# occur.
CHAR_POSITIONS = """
([selector, needle]) => {
  for (const root of document.querySelectorAll(selector)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes = [];
    let text = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push([node, text.length]);
      text += node.data;
    }
    const at = text.indexOf(needle);
    if (at < 0) continue;
    const locate = index => {
      let found = nodes[0];
      for (const entry of nodes) if (entry[1] <= index) found = entry;
      return [found[0], index - found[1]];
    };
    const out = [];
    for (let i = 0; i < needle.length; i++) {
      const [node, offset] = locate(at + i);
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      const rect = range.getBoundingClientRect();
      out.push([needle[i], rect.left, rect.width]);
    }
    return out;
  }
  return null;
}"""

# For every row of every table: whether the code cell is the rightmost cell of the row.
ROWS = """
() => [...document.querySelectorAll('tbody tr')].map(row => {
  const cells = [...row.cells].map(c => c.getBoundingClientRect());
  const code = cells[0];
  return {
    code: row.cells[0].textContent,
    rightmost: cells.every(c => c.right <= code.right + 0.5),
    right_edge: Math.abs(code.right - row.closest('table').getBoundingClientRect().right) < 2,
  };
})
"""

DIRECTIONS = """
() => {
  const style = el => el ? getComputedStyle(el).direction : null;
  return {
    dir: document.documentElement.getAttribute('dir'),
    lang: document.documentElement.getAttribute('lang'),
    html: style(document.documentElement),
    body: style(document.body),
    table: style(document.querySelector('table')),
    cell: style(document.querySelector('tbody td')),
    tables: document.querySelectorAll('table').length,
    width: document.documentElement.scrollWidth,
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  };
}
"""


class Failures:
    def __init__(self):
        self.items = []

    def check(self, ok, what):
        print(("ok   " if ok else "FAIL ") + what)
        if not ok:
            self.items.append(what)


def in_order(positions, rtl):
    """Whether the characters (spaces left out) stand left to right, or right to left."""
    lefts = [left for char, left, width in positions if not char.isspace() and width > 0]
    pairs = list(zip(lefts, lefts[1:]))
    return len(lefts) >= 2 and all((b < a) if rtl else (a < b) for a, b in pairs)


def check_page(browser, tag, failures):
    url = (ROOT / "docs" / f"status-codes.{tag}.html").as_uri()
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(url)
    d = page.evaluate(DIRECTIONS)
    failures.check(d["dir"] == "rtl" and d["lang"] == tag, f"{tag}: <html lang={d['lang']!r} dir={d['dir']!r}>")
    for part in ["html", "body", "table", "cell"]:
        failures.check(d[part] == "rtl", f"{tag}: computed direction of {part} is {d[part]!r}")
    failures.check(d["tables"] == 5, f"{tag}: {d['tables']} tables, one per class")

    rows = page.evaluate(ROWS)
    misplaced = [r["code"] for r in rows if not (r["rightmost"] and r["right_edge"])]
    failures.check(
        len(rows) >= 63 and not misplaced,
        f"{tag}: the code column is the rightmost in all {len(rows)} rows"
        + (f" (not in {misplaced[:5]})" if misplaced else ""),
    )

    # Latin runs keep their order inside right-to-left text.
    for selector, needle in [("tbody", "RFC 9110"), ("tbody", "NOT_FOUND"), ("h1", "HTTP")]:
        positions = page.evaluate(CHAR_POSITIONS, [selector, needle])
        failures.check(
            positions is not None and in_order(positions, rtl=False),
            f"{tag}: “{needle}” reads left to right in {selector}",
        )
    # And the right-to-left text runs right to left: the first word of the heading.
    heading = page.evaluate("() => document.querySelector('h1').textContent")
    word = heading.split()[0]
    positions = page.evaluate(CHAR_POSITIONS, ["h1", word])
    failures.check(
        positions is not None and in_order(positions, rtl=True),
        f"{tag}: the heading's first word “{word}” reads right to left",
    )

    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"status-codes.{tag}.png"))
    page.close()
    # Narrow: a 390 px window. The whole width of the document is captured: when a table is
    # wider than the window, a right-to-left page overflows to the left, and a capture of the
    # window alone is offset by that overflow in headless Chromium.
    narrow = browser.new_page(viewport={"width": 390, "height": 844})
    narrow.goto(url)
    d = narrow.evaluate(DIRECTIONS)
    narrow.screenshot(
        path=str(SHOTS / f"status-codes.{tag}.390px.png"),
        full_page=True,
        clip={"x": 0, "y": 0, "width": d["width"], "height": 1400},
    )
    print(f"info {tag}: at 390 px the page is {d['overflow']} px wider than the window")
    narrow.close()


def main():
    failures = Failures()
    with sync_playwright() as p:
        browser = launch(p)
        for tag in TAGS:
            check_page(browser, tag, failures)
        browser.close()
    print(f"screenshots in {SHOTS.relative_to(ROOT)}/")
    if failures.items:
        print(f"{len(failures.items)} right-to-left checks failed")
        return 1
    print("right-to-left checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
