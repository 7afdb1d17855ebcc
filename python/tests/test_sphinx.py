"""The Sphinx directive: the example project builds in English and Russian with -W."""

import html
import re
import shutil
import subprocess
import sys

import pytest

from conftest import PYTHON_DIR

pytest.importorskip("sphinx")

EXAMPLE = PYTHON_DIR / "examples" / "sphinx"


def build(source, out, language=None):
    out.mkdir(parents=True, exist_ok=True)
    """Runs sphinx-build with warnings as errors; returns (exit code, stderr)."""
    command = [sys.executable, "-m", "sphinx", "-W", "--keep-going", "-q", "-E", "-b", "html"]
    if language:
        command += ["-D", f"language={language}"]
    # Run outside the source tree, so that the installed package is the one imported.
    result = subprocess.run(
        command + [str(source), str(out)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=out.parent,
    )
    return result.returncode, result.stderr


def text_of(page):
    """The visible text of an HTML page, tags dropped and entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", page))


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    pages = {}
    for language in ["en", "ru"]:
        out = tmp_path_factory.mktemp(f"html-{language}")
        code, stderr = build(EXAMPLE, out, language)
        assert code == 0 and stderr.strip() == "", stderr
        pages[language] = (out / "index.html").read_text(encoding="utf-8")
        pages[language + "-css"] = (out / "_static" / "http-status-table.css").read_text()
    return pages


def test_english_build_has_the_seed_table(built):
    page = built["en"]
    for heading in ["Code", "Enum Name", "Details"]:
        assert f"<th class=\"head\"><p>{heading}</p></th>" in page
    assert '<p class="rubric" id="http-status-4xx">4xx: Client Error</p>' in page
    row = re.search(r'<tr class="[^"]*" id="http-status-404">(.*?)</tr>', page, re.S).group(1)
    assert "<td><p>404</p></td>" in row
    assert '<span class="pre">NOT_FOUND</span>' in row
    assert (
        '<a class="reference external" href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5">'
        "HTTP Semantics RFC 9110, Section 15.5.5</a>" in row
    )


def test_russian_build_has_the_table_in_russian_with_current_rfcs(built):
    page = built["ru"]
    assert '<html lang="ru"' in page
    for heading in ["Код", "Перечисление имён", "Подробности"]:
        assert f"<th class=\"head\"><p>{heading}</p></th>" in page
    assert '<p class="rubric" id="http-status-4xx">4xx: Ошибка клиента</p>' in page
    row = re.search(r'<tr class="[^"]*" id="http-status-404">(.*?)</tr>', page, re.S).group(1)
    assert (
        'href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5">'
        "Семантика HTTP RFC 9110, Раздел 15.5.5</a>" in row
    )
    # 418 cites two specifications, each linked, joined as Russian joins a list.
    teapot = re.search(r'id="http-status-418">(.*?)</tr>', page, re.S).group(1)
    assert text_of(teapot).count("RFC") == 2 and "15.5.19</a>; <a" in teapot
    # The seed's 2xx table was RFC 7231-era: this one cites the current specification.
    assert "RFC 7231" not in page and "RFC 2616" not in page
    assert text_of(page).count("RFC 9110") >= 40


def test_the_style_sheet_keeps_wide_tables_from_widening_the_page(built):
    assert '<link rel="stylesheet" type="text/css" href="_static/http-status-table.css' in built["ru"]
    assert '<div class="http-status-table docutils container">' in built["ru"]
    css = built["ru-css"]
    assert re.search(r"div\.http-status-table \{[^}]*overflow-x: auto", css)
    assert "@media (max-width: 40em)" in css


def test_every_code_has_one_anchor_and_references_resolve(built):
    page = built["ru"]
    ids = re.findall(r'id="(http-status-[0-9x]+)"', page)
    assert len(ids) == len(set(ids)) == 63 + 5
    assert '<a class="reference internal" href="#http-status-404">' in page
    assert '<a class="reference internal" href="#http-status-4xx">' in page


def test_options_choose_columns_classes_and_the_intro(built):
    page = built["ru"]
    second = page.split("Client and server errors", 1)[1]
    assert "Все коды состояния из реестра" in second, "the :intro: sentence"
    assert "<th class=\"head\"><p>Название</p></th>" in second
    assert "Не найдено" in second and "Внутренняя ошибка сервера" in second
    assert "Продолжить" not in text_of(second) and "1xx:" not in second, "only 4xx and 5xx"
    assert 'id="http-status-' not in second, ":no-anchors:"


@pytest.mark.parametrize(
    "options, message",
    [
        (":columns: code, colour", 'unknown column "colour"'),
        (":classes: 6xx", "unknown status class '6xx'"),
    ],
)
def test_bad_options_fail_the_build_with_a_clear_message(tmp_path, options, message):
    source = tmp_path / "src"
    source.mkdir()
    shutil.copy(EXAMPLE / "conf.py", source / "conf.py")
    (source / "index.rst").write_text(f"Test\n====\n\n.. http-status-table::\n   {options}\n")
    code, stderr = build(source, tmp_path / "out")
    assert code != 0
    assert message in stderr, stderr


@pytest.mark.parametrize(
    "language, heading, rubric",
    [
        # Sphinx spells regions with an underscore.
        ("zh_CN", "枚举名称", "4xx：客户端错误"),
        ("pt_BR", "Nome no enum", "4xx: Erro do cliente"),
        ("ar", "الاسم في التعداد", "4xx: خطأ من العميل"),
    ],
)
def test_other_languages_of_sphinx(tmp_path, language, heading, rubric):
    code, stderr = build(EXAMPLE, tmp_path / "out", language)
    assert code == 0 and stderr.strip() == "", stderr
    page = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert f"<th class=\"head\"><p>{heading}</p></th>" in page
    assert f'<p class="rubric" id="http-status-4xx">{rubric}</p>' in page


def test_a_language_the_catalog_lacks_gets_english(tmp_path):
    code, stderr = build(EXAMPLE, tmp_path / "out", "tlh")
    assert code == 0, stderr
    assert "<th class=\"head\"><p>Enum Name</p></th>" in (tmp_path / "out" / "index.html").read_text()
