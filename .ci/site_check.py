"""Checks the committed docs tables and the reference site in a real browser.

Run by .ci/site-check, which installs Chromium, the fonts and Playwright first. Headless
Chromium (Debian's, driven by Playwright) opens the pages as a person would, at 1280x900 and at
390x844, in light and dark, and checks what that person would meet:

- the page never scrolls sideways, and no table cell spills out of its box;
- <html lang dir> is the page's language and direction;
- every internal link resolves (every file of every language, read from disk), and the links
  work from file:// and from a sub-path on a server;
- the language list reaches the same code in the other language;
- text contrast meets WCAG AA (4.5:1, 3:1 for large text), visited links included;
- nothing is loaded from outside;
- with Apache (where it can be installed), the root page sends a browser to its language.

Screenshots go to the output folder for a person to look at. Exits 1 on any failure.
"""

import argparse
import functools
import html.parser
import http.server
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

from playwright.sync_api import sync_playwright

from browser import CONTRAST_JS, launch

VIEWPORTS = {"desktop": (1280, 900), "phone": (390, 844)}
LOCALES = {"en": "ltr", "ru": "ltr", "ar": "rtl", "ja": "ltr"}
# Pages whose contrast is checked in light and dark besides the indexes and the docs tables:
# an interim code, one with older names and a multi-status body, a client and a server error.
CONTRAST_CODES = ["100", "208", "404", "413", "429", "511"]

failures = []


def fail(message):
    failures.append(message)
    print(f"FAIL {message}", flush=True)


# Everything the page shows, measured in the page itself.
MEASURE_JS = r"""
() => {
  const doc = document.documentElement;
  const overflow = doc.scrollWidth - doc.clientWidth;
  const cells = [];
  for (const cell of document.querySelectorAll('.codes th, .codes td, dd, pre')) {
    // Column headings that a narrow screen keeps only for screen readers are clipped to 1px.
    const hidden = cell.closest('tr') && getComputedStyle(cell.closest('tr')).clipPath !== 'none';
    if (hidden) continue;
    if (cell.scrollWidth > cell.clientWidth + 1) {
      cells.push(`${cell.tagName.toLowerCase()}.${cell.className}: ${cell.textContent.trim().slice(0, 60)}`
        + ` (${cell.scrollWidth} > ${cell.clientWidth})`);
    }
  }
  return { overflow, cells, lang: doc.lang, dir: doc.dir };
}
"""



class Ids(html.parser.HTMLParser):
    """The ids of a page and the links it makes."""

    def __init__(self):
        super().__init__()
        self.ids = set()
        self.links = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        for name in ("href", "src"):
            if name in attrs and attrs[name] is not None:
                self.links.append((tag, attrs[name]))
        if tag == "meta" and (attrs.get("http-equiv") or "").lower() == "refresh":
            url = (attrs.get("content") or "").partition("url=")[2]
            if url:
                self.links.append(("meta", url))


@functools.lru_cache(maxsize=None)
def parse_file(path):
    parser = Ids()
    parser.feed(Path(path).read_text(encoding="utf-8"))
    return parser


def check_links_on_disk(root):
    """Every relative link of every page of the site resolves to a file, and its fragment to
    an id in that file. External links must be https (or the http of the example)."""
    pages = sorted(root.rglob("*.html"))
    links = 0
    for page in pages:
        for tag, href in parse_file(str(page)).links:
            parsed = urllib.parse.urlsplit(href)
            if parsed.scheme in ("http", "https"):
                if parsed.scheme == "https" or parsed.netloc.startswith("proxy.example"):
                    continue
                fail(f"{page.relative_to(root)}: a plain http link {href}")
                continue
            if parsed.scheme or href.startswith("/"):
                fail(f"{page.relative_to(root)}: not a relative link: {href}")
                continue
            links += 1
            target = (page.parent / urllib.parse.unquote(parsed.path)) if parsed.path else page
            target = Path(os.path.normpath(target))
            if root.resolve() not in target.resolve().parents and target.resolve() != root.resolve():
                fail(f"{page.relative_to(root)}: {href} leaves the site")
                continue
            if not target.is_file():
                fail(f"{page.relative_to(root)}: {href} does not exist")
                continue
            if parsed.fragment and target.suffix == ".html":
                if parsed.fragment not in parse_file(str(target)).ids:
                    fail(f"{page.relative_to(root)}: {href} has no #{parsed.fragment}")
    print(f"ok   {links} internal links of {len(pages)} pages resolve", flush=True)


def serve(directory):
    """A plain static server on a free loopback port, for the sub-path check."""
    handler = functools.partial(QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def outside_guard(context, allowed_prefixes, seen):
    """Aborts and records any request for something outside the site."""

    def handle(route):
        url = route.request.url
        if any(url.startswith(p) for p in allowed_prefixes):
            route.continue_()
        else:
            seen.append(url)
            route.abort()

    context.route("**/*", handle)


def check_page(page, url, name, lang, dir_, viewport, shots, screenshot=None, full=False):
    page.goto(url)
    measured = page.evaluate(MEASURE_JS)
    where = f"{name} at {viewport}"
    if measured["overflow"] > 0:
        fail(f"{where}: the page is {measured['overflow']}px wider than the screen")
    for cell in measured["cells"]:
        fail(f"{where}: a box spills over: {cell}")
    if measured["lang"] != lang or measured["dir"] != dir_:
        fail(f"{where}: <html lang={measured['lang']!r} dir={measured['dir']!r}>, expected {lang} {dir_}")
    if screenshot:
        page.screenshot(path=str(shots / screenshot), full_page=full)


def check_contrast(page, url, name):
    page.goto(url)
    # Open the language list, so that its links are checked too.
    page.evaluate("() => document.querySelectorAll('details').forEach((d) => d.open = true)")
    result = page.evaluate(CONTRAST_JS)
    for problem in result["problems"]:
        fail(f"{name}: contrast: {problem}")
    return result["checked"]


def check_language_switch(page, base, tag, other, viewport):
    page.goto(f"{base}/{tag}/404.html")
    page.locator("details.languages summary").click()
    page.locator(f"details.languages a[hreflang='{other}']").click()
    page.wait_for_load_state()
    lang = page.evaluate("() => document.documentElement.lang")
    heading = page.locator("h1").inner_text()
    if not page.url.endswith(f"/{other}/404.html") or lang != other or "404" not in heading:
        fail(f"language list on {tag}/404.html at {viewport}: {other} led to {page.url} (lang {lang}, h1 {heading!r})")


def apache_check(browser, site, out):
    """With Apache and the site's .htaccess, the root sends a browser to its language."""
    apache = shutil.which("apache2") or "/usr/sbin/apache2"
    if not Path(apache).exists():
        print("SKIPPED: Apache is not installed here; the root page's negotiation is not checked")
        return
    work = Path(tempfile.mkdtemp(prefix="site-apache-"))
    # Apache's workers drop root: everything they serve must be readable by anyone.
    work.chmod(0o755)
    docroot = work / "www"
    (docroot / "deep" / "sub").mkdir(parents=True)
    shutil.copytree(site, docroot / "deep" / "sub" / "site")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    modules = "/usr/lib/apache2/modules"
    config = work / "httpd.conf"
    config.write_text(
        f"""ServerRoot "{work}"
Listen 127.0.0.1:{port}
PidFile "{work}/httpd.pid"
ErrorLog "{work}/error.log"
LoadModule mpm_event_module {modules}/mod_mpm_event.so
LoadModule authz_core_module {modules}/mod_authz_core.so
LoadModule dir_module {modules}/mod_dir.so
LoadModule mime_module {modules}/mod_mime.so
LoadModule negotiation_module {modules}/mod_negotiation.so
TypesConfig /etc/mime.types
ServerName 127.0.0.1
DocumentRoot "{docroot}"
<Directory "{docroot}">
  AllowOverride FileInfo Indexes
  Require all granted
</Directory>
""",
        encoding="utf-8",
    )
    env = dict(os.environ, APACHE_RUN_USER="root", APACHE_RUN_GROUP="root")
    server = subprocess.Popen([apache, "-f", str(config), "-DFOREGROUND"], env=env)
    try:
        base = f"http://127.0.0.1:{port}/deep/sub/site/"
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        cases = [("ru-RU, ru;q=0.9, en;q=0.5", "ru/index.html", "ru"), ("ar", "ar/index.html", "ar"),
                 ("pt-BR", "pt-BR/index.html", "pt-BR"), ("x-klingon", None, "en")]
        for accept, landing, lang in cases:
            context = browser.new_context(extra_http_headers={"Accept-Language": accept})
            page = context.new_page()
            page.goto(base)
            page.wait_for_load_state()
            if landing and not page.url.endswith(landing):
                page.wait_for_url(f"**/{landing}", timeout=5000)
            got = page.evaluate("() => document.documentElement.lang")
            expected_url = base + (landing or "")
            if page.url != expected_url or got != lang:
                fail(f"Apache, Accept-Language {accept!r}: landed on {page.url} (lang {got}), expected {expected_url}")
            else:
                print(f"ok   Apache, Accept-Language {accept!r} -> {page.url[len(base) - 1:]}", flush=True)
            if lang == "ru":
                page.screenshot(path=str(out / "apache-ru-landing.png"))
            context.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=Path, required=True, help="the committed docs/ folder")
    parser.add_argument("--site", type=Path, required=True, help="the site httpstatus wrote")
    parser.add_argument("--out", type=Path, required=True, help="where screenshots go")
    args = parser.parse_args()
    docs, site, out = args.docs.resolve(), args.site.resolve(), args.out.resolve()
    shots = out / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    started = time.time()

    check_links_on_disk(site)

    # The site under a sub-path of a plain server, for relative links on a server.
    www = Path(tempfile.mkdtemp(prefix="site-www-"))
    (www / "deep" / "sub").mkdir(parents=True)
    (www / "deep" / "sub" / "site").symlink_to(site)
    server = serve(www)
    http_base = f"http://127.0.0.1:{server.server_address[1]}/deep/sub/site"
    file_base = site.as_uri()

    with sync_playwright() as p:
        browser = launch(p)
        outside = []
        pages_seen = 0
        for viewport, (width, height) in VIEWPORTS.items():
            context = browser.new_context(viewport={"width": width, "height": height})
            outside_guard(context, ["file://", "http://127.0.0.1:"], outside)
            page = context.new_page()
            for tag, dir_ in LOCALES.items():
                shot = f"{viewport}-{tag}"
                check_page(page, (docs / f"status-codes.{tag}.html").as_uri(), f"docs/status-codes.{tag}.html",
                           tag, dir_, viewport, shots, f"docs-{shot}.png")
                check_page(page, f"{file_base}/{tag}/index.html", f"{tag}/index.html", tag, dir_, viewport,
                           shots, f"index-{shot}.png")
                check_page(page, f"{file_base}/{tag}/index.html#404", f"{tag}/index.html#404", tag, dir_, viewport,
                           shots, f"index-404-{shot}.png")
                for code_page in sorted((site / tag).glob("[1-5]*.html")):
                    name = f"{tag}/{code_page.name}"
                    screenshot = f"code-404-{shot}.png" if code_page.name == "404.html" else None
                    check_page(page, code_page.as_uri(), name, tag, dir_, viewport, shots, screenshot, full=True)
                    pages_seen += 1
                for other in LOCALES:
                    if other != tag:
                        check_language_switch(page, file_base, tag, other, viewport)
            check_page(page, f"{file_base}/index.html", "index.html", "en", "ltr", viewport, shots,
                       f"root-{viewport}.png")
            context.close()
        print(f"ok   {pages_seen} code pages and the indexes of {', '.join(LOCALES)} fit "
              f"{' and '.join(f'{w}x{h}' for w, h in VIEWPORTS.values())}, with their lang and dir", flush=True)

        checked = 0
        for scheme in ("light", "dark"):
            for viewport, (width, height) in VIEWPORTS.items():
                context = browser.new_context(viewport={"width": width, "height": height}, color_scheme=scheme)
                outside_guard(context, ["file://", "http://127.0.0.1:"], outside)
                page = context.new_page()
                for tag in LOCALES:
                    checked += check_contrast(page, (docs / f"status-codes.{tag}.html").as_uri(),
                                              f"docs/status-codes.{tag}.html {scheme} {viewport}")
                    checked += check_contrast(page, f"{file_base}/{tag}/index.html", f"{tag}/index.html {scheme} {viewport}")
                    for code in CONTRAST_CODES:
                        checked += check_contrast(page, f"{file_base}/{tag}/{code}.html",
                                                  f"{tag}/{code}.html {scheme} {viewport}")
                checked += check_contrast(page, f"{file_base}/index.html", f"index.html {scheme} {viewport}")
                if scheme == "dark":
                    for tag in LOCALES:
                        page.goto(f"{file_base}/{tag}/404.html")
                        page.screenshot(path=str(shots / f"code-404-{viewport}-{tag}-dark.png"), full_page=True)
                        page.goto((docs / f"status-codes.{tag}.html").as_uri())
                        page.screenshot(path=str(shots / f"docs-{viewport}-{tag}-dark.png"))
                context.close()
        print(f"ok   contrast of {checked} text elements in light and dark", flush=True)

        # Relative links from a sub-path of a server: every link of an index and a code page.
        context = browser.new_context()
        outside_guard(context, ["http://127.0.0.1:"], outside)
        page = context.new_page()
        followed = 0
        for tag in LOCALES:
            for start in (f"{tag}/index.html", f"{tag}/404.html"):
                page.goto(f"{http_base}/{start}")
                hrefs = page.evaluate("() => [...document.querySelectorAll('a[href], link[href]')].map((a) => a.href)")
                for href in sorted(set(h.split("#")[0] for h in hrefs if h.startswith("http://127.0.0.1:"))):
                    if not href.startswith(http_base + "/"):
                        fail(f"{start} on a server: {href} leaves the site's folder")
                        continue
                    response = page.request.get(href)
                    followed += 1
                    if response.status != 200:
                        fail(f"{start} on a server: {href} answered {response.status}")
            check_language_switch(page, http_base, tag, "ar" if tag != "ar" else "en", "server")
        print(f"ok   {followed} links followed from a sub-path of a server", flush=True)
        context.close()

        for url in sorted(set(outside)):
            fail(f"a page asked for something outside the site: {url}")
        if not outside:
            print("ok   nothing was loaded from outside", flush=True)

        apache_check(browser, site, shots)
        browser.close()

    server.shutdown()
    shutil.rmtree(www, ignore_errors=True)
    print(f"screenshots in {shots} ({len(list(shots.glob('*.png')))} files), {time.time() - started:.0f}s")
    if failures:
        print(f"{len(failures)} browser checks failed")
        sys.exit(1)
    print("browser checks passed")


if __name__ == "__main__":
    main()
