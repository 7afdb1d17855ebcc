#!/usr/bin/env python3
"""Checks what a visitor gets from real reverse proxies serving the error pages: the status,
the language and direction of the page, Content-Language, problem details.

Usage: proxy_check.py --apache URL --nginx URL --nginx-serve URL --serve URL [--caddy URL]
Ends with the line "N passed, N failed"; exits 1 when a check failed.
"""
import argparse
import http.client
import json
import re
import sys
import urllib.parse

parser = argparse.ArgumentParser()
for name in ("apache", "nginx", "nginx-serve", "serve", "caddy"):
    parser.add_argument("--" + name)
ARGS = parser.parse_args()

passed, failed = 0, 0


def fetch(base, path, headers=None, method="GET"):
    """One request; returns (status, headers as a dict of lower-case names, body text)."""
    url = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
    # The path is sent as it is, markup included, as a hostile client would.
    conn.putrequest(method, path, skip_accept_encoding=True)
    for name, value in (headers or {}).items():
        conn.putheader(name, value)
    conn.endheaders()
    response = conn.getresponse()
    body = response.read().decode("utf-8", "replace")
    conn.close()
    return response.status, {k.lower(): v for k, v in response.getheaders()}, body


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok    {name}")
    else:
        failed += 1
        print(f"FAIL  {name}: {detail}")


def html_lang(body):
    m = re.search(r'<html lang="([^"]+)" dir="([^"]+)">', body)
    return (m.group(1), m.group(2)) if m else (None, None)


def page(server, base, path, accept_language, status, lang, direction, title=None, accept="text/html"):
    """A page in the expected language and direction, with the expected status."""
    got, headers, body = fetch(base, path, {"Accept-Language": accept_language, "Accept": accept})
    got_lang, got_dir = html_lang(body)
    name = f"{server}: {path} with Accept-Language '{accept_language}' is {status}, lang={lang} dir={direction}"
    ok = got == status and got_lang == lang and got_dir == direction
    ok = ok and headers.get("content-language") == lang and "text/html" in headers.get("content-type", "")
    ok = ok and (title is None or title in body)
    check(name, ok, f"status {got}, lang {got_lang}, dir {got_dir}, "
          f"Content-Language {headers.get('content-language')}, Content-Type {headers.get('content-type')}, "
          f"title found: {title is None or title in body}")
    return body


def problem(server, base, path, accept_language, status, locale, headers=None):
    wanted = {"Accept": "application/problem+json", "Accept-Language": accept_language}
    wanted.update(headers or {})
    got, response_headers, body = fetch(base, path, wanted)
    try:
        data = json.loads(body)
    except ValueError:
        data = {}
    name = f"{server}: {path} as problem details in {locale} is {status}"
    ok = got == status and data.get("status") == status and data.get("locale") == locale
    ok = ok and response_headers.get("content-type", "").startswith("application/problem+json")
    check(name, ok, f"status {got}, Content-Type {response_headers.get('content-type')}, body {body[:200]}")
    return data


# Titles of 404 and 502 in the locales checked, as the pages show them.
RU_404 = "Не найдено"
DE_404 = "Nicht gefunden"

if ARGS.apache:
    base = ARGS.apache
    page("Apache", base, "/missing", "ru", 404, "ru", "ltr", RU_404)
    page("Apache", base, "/missing", "de-CH, fr;q=0.9", 404, "de", "ltr", DE_404)
    page("Apache", base, "/missing", "fr;q=0.4, ru;q=0.8", 404, "ru", "ltr", RU_404)
    page("Apache", base, "/missing", "he", 404, "he", "rtl")
    page("Apache", base, "/missing", "ar", 404, "ar", "rtl")
    page("Apache", base, "/missing", "xx-unknown", 404, "en", "ltr", "Not Found")
    # mod_proxy answers a refused connection with 503.
    page("Apache", base, "/upstream/x", "ru", 503, "ru", "ltr")
    problem("Apache", base, "/missing", "de-CH, fr;q=0.9", 404, "de")

if ARGS.nginx:
    base = ARGS.nginx
    page("nginx", base, "/missing", "ru", 404, "ru", "ltr", RU_404)
    page("nginx", base, "/missing", "de-CH, fr;q=0.9", 404, "de", "ltr", DE_404)
    page("nginx", base, "/missing", "he-IL,he;q=0.9", 404, "he", "rtl")
    page("nginx", base, "/missing", "ar", 404, "ar", "rtl")
    page("nginx", base, "/upstream/x", "ru", 502, "ru", "ltr", "Ошибочный шлюз")
    page("nginx", base, "/missing", "", 404, "en", "ltr", "Not Found")

if ARGS.nginx_serve:
    base = ARGS.nginx_serve
    page("nginx + serve", base, "/missing", "ru", 404, "ru", "ltr", RU_404)
    page("nginx + serve", base, "/missing", "de-CH, fr;q=0.9", 404, "de", "ltr", DE_404)
    page("nginx + serve", base, "/missing", "fr;q=0.4, ru;q=0.8", 404, "ru", "ltr", RU_404)
    page("nginx + serve", base, "/missing", "ar", 404, "ar", "rtl")
    page("nginx + serve", base, "/missing", "he", 404, "he", "rtl")
    page("nginx + serve", base, "/upstream/x", "ru", 502, "ru", "ltr", "Ошибочный шлюз")
    data = problem("nginx + serve", base, "/missing?q=1", "ru", 404, "ru")
    check("nginx + serve: problem details name the visitor's address and nginx's request id",
          data.get("instance") == "/missing?q=1" and re.fullmatch(r"[0-9a-f]{32}", data.get("request_id", "")),
          str(data))
    problem("nginx + serve", base, "/upstream/x", "de", 502, "de")
    body = page("nginx + serve", base, "/missing?<script>alert(1)</script>", "en", 404, "en", "ltr")
    check("nginx + serve: the visitor's address is shown escaped in the technical block",
          re.search(r"missing\?&lt;script&gt;alert\(1\)&lt;/script&gt;</code>", body)
          and "<script>" not in body,
          body[-600:])

if ARGS.serve:
    base = ARGS.serve
    status, headers, body = fetch(base, "/healthz")
    check("serve: /healthz answers 200", status == 200 and body == "ok\n", f"{status} {body!r}")
    page("serve", base, "/503", "ja", 503, "ja", "ltr")
    for code in ("99999", "abc", "200", ""):
        status, headers, body = fetch(base, "/", {"X-Code": code, "Accept": "text/html"})
        check(f"serve: X-Code '{code}' gets a 404 page, not a 5xx",
              status == 404 and html_lang(body) == ("en", "ltr"), f"{status} {body[:100]}")
    status, headers, body = fetch(base, "/", {
        "X-Code": "429", "X-Format": "application/json", "Accept": "text/html",
        "Accept-Language": "uk", "X-Request-ID": "abc-123", "X-Original-URI": "/api/orders?id=7"})
    data = json.loads(body) if body.startswith("{") else {}
    check("serve: X-Format wins over Accept, and the ingress-nginx headers reach the problem details",
          status == 429 and data.get("locale") == "uk" and data.get("request_id") == "abc-123"
          and data.get("instance") == "/api/orders?id=7", f"{status} {body[:300]}")
    status, headers, body = fetch(base, "/", {"X-Code": "500", "Accept-Language": "fa"})
    check("serve: without Accept, plain text in the negotiated language",
          status == 500 and headers.get("content-type", "").startswith("text/plain")
          and headers.get("content-language") == "fa", f"{status} {headers}")
    check("serve: Vary names Accept and Accept-Language",
          "accept-language" in headers.get("vary", "").lower(), str(headers))
    status, headers, body = fetch(base, "/404", {"Accept": "text/html"}, method="HEAD")
    check("serve: HEAD gets the headers and no body",
          status == 404 and body == "" and int(headers.get("content-length", "0")) > 1000, f"{status} {headers}")
    status, headers, body = fetch(base, "/", {"X-Code": "404", "Accept": "text/html",
                                              "Accept-Language": "x" * 65536})
    check("serve: a 64 KiB Accept-Language gets the English page", status == 404
          and html_lang(body) == ("en", "ltr"), f"{status}")

if ARGS.caddy:
    base = ARGS.caddy
    page("Caddy", base, "/missing", "ru", 404, "ru", "ltr", RU_404)
    page("Caddy", base, "/missing", "de-CH, fr;q=0.9", 404, "de", "ltr", DE_404)
    page("Caddy", base, "/missing", "he", 404, "he", "rtl")

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
