#!/usr/bin/env python3
"""Opens the error pages of the example server in Chromium (through Playwright) and checks
what a person would see: language and direction, no horizontal overflow, WCAG AA contrast of
every piece of text, the same block position for every code, and the retry button only where
the error may pass. Writes screenshots under target/screenshots/ to look at.

Usage: page_check.py BASE_URL
"""
import pathlib
import sys

from playwright.sync_api import sync_playwright

from browser import CONTRAST_JS, launch

BASE = sys.argv[1].rstrip("/")
OUT = pathlib.Path(__file__).resolve().parent.parent / "target" / "screenshots"
OUT.mkdir(parents=True, exist_ok=True)
LOCALES = {"en": "ltr", "ru": "ltr", "ar": "rtl", "ja": "ltr", "he": "rtl", "hi": "ltr"}
VIEWPORTS = {"desktop": (1280, 900), "phone": (390, 844)}


failures = []


def fail(message):
    print("FAIL", message)
    failures.append(message)


with sync_playwright() as p:
    browser = launch(p)
    for scheme in ["light", "dark"]:
        for view, (width, height) in VIEWPORTS.items():
            context = browser.new_context(viewport={"width": width, "height": height}, color_scheme=scheme)
            page = context.new_page()
            for lang, direction in LOCALES.items():
                boxes = {}
                for code in [404, 503, 405, 499]:
                    where = f"{code} {lang} {view} {scheme}"
                    if code == 405:
                        # A form posting to a GET route, as a browser would.
                        page.goto(f"{BASE}/?lang={lang}")
                        page.evaluate(f"""() => {{ const f = document.createElement('form'); f.method = 'post';
                            f.action = '/status/404?lang={lang}'; document.body.append(f); f.submit(); }}""")
                        page.wait_for_load_state()
                    else:
                        response = page.goto(f"{BASE}/status/{code}?lang={lang}")
                        if response.status != code:
                            fail(f"{where}: status {response.status}")
                    html = page.locator("html")
                    if html.get_attribute("lang") != lang or html.get_attribute("dir") != direction:
                        fail(f"{where}: lang={html.get_attribute('lang')} dir={html.get_attribute('dir')}")
                    overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
                    if overflow > 0:
                        fail(f"{where}: overflows by {overflow}px")
                    contrast = page.evaluate(CONTRAST_JS)
                    if contrast["checked"] < 5:
                        fail(f"{where}: only {contrast['checked']} text elements found")
                    for item in contrast["problems"]:
                        fail(f"{where}: contrast {item}")
                    retry = page.locator("a.button", has_text=page.locator("a.button").first.inner_text()).count()
                    buttons = page.locator("a.button").count()
                    if (code in (503,)) != (buttons == 2):
                        fail(f"{where}: {buttons} buttons")
                    if page.locator("h1").inner_text().strip() == "":
                        fail(f"{where}: empty heading")
                    box = page.locator("main").bounding_box()
                    boxes[code] = (round(box["x"]), round(box["width"]), round(box["y"]))
                    if code in (404, 503):
                        page.screenshot(path=str(OUT / f"page-{code}-{lang}-{view}-{scheme}.png"), full_page=True)
                if len(set(boxes.values())) != 1:
                    fail(f"{lang} {view} {scheme}: the block moves between codes: {boxes}")
            context.close()
    browser.close()

print(f"screenshots in {OUT}")
if failures:
    sys.exit(f"{len(failures)} page checks failed")
print("page checks passed: 6 locales x 4 codes x 2 sizes x 2 schemes")
