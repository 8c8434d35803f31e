"""The static site in a real browser: headless Chromium (Debian's /usr/bin/chromium) driven by
Playwright, the site served by http.server on 127.0.0.1. Accessibility is checked with axe-core
(the copy bundled in the ``axe-playwright-python`` package, or ``$AXE_CORE_JS``).

Everything here is skipped, with the reason, when Playwright or Chromium is missing. Screenshots go
to a temporary folder (or to ``$SUMMARIZER_SCREENSHOTS`` when set) and their paths are printed.
"""
from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import ROOT

CHROMIUM = os.environ.get("SUMMARIZER_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

try:
    from playwright import sync_api
except ImportError as e:  # not installed, or installed without its driver
    pytest.skip(f"Playwright is not usable ({e}); pip install playwright", allow_module_level=True)
if not Path(CHROMIUM).is_file():
    pytest.skip(f"Chromium not found at {CHROMIUM} (apt-get install chromium)", allow_module_level=True)


def _axe_js() -> Path | None:
    env = os.environ.get("AXE_CORE_JS")
    if env and Path(env).is_file():
        return Path(env)
    try:
        import axe_playwright_python
    except ImportError:
        return None
    p = Path(axe_playwright_python.__file__).parent / "axe.min.js"
    return p if p.is_file() else None


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The example site, built and served on 127.0.0.1; yields its base URL."""
    from summarizer.site import build_site, make_server

    out = tmp_path_factory.mktemp("public")
    build_site(ROOT / "site", out)
    srv = make_server(out, "127.0.0.1", 0)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}/"
    srv.shutdown()
    srv.server_close()


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        try:
            b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        except Exception as e:  # a browser that cannot start here is an environment problem
            pytest.skip(f"Chromium does not start: {str(e).splitlines()[0]}")
        yield b
        b.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    d = os.environ.get("SUMMARIZER_SCREENSHOTS")
    if d:
        Path(d).mkdir(parents=True, exist_ok=True)
        return Path(d)
    return tmp_path_factory.mktemp("screenshots")


@pytest.fixture
def page(browser, site):
    """A page that records every request, and fails the test if one goes to another host."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    hosts: list[str] = []
    pg.on("request", lambda r: hosts.append(urlsplit(r.url).netloc) if r.url.startswith("http") else None)
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    yield pg
    assert set(hosts) <= {urlsplit(site).netloc}, f"requests to other hosts: {set(hosts)}"
    assert not errors, f"JavaScript errors: {errors}"
    ctx.close()


def _visible_rows(pg) -> list[str]:
    return pg.eval_on_selector_all("#policies tbody tr:not([hidden]) th a", "els => els.map(e => e.textContent)")


# ------------------------------------------------------------------------------ index

def test_index_search_filter_and_sort(page, site, shots):
    page.goto(site)
    assert page.locator("html").get_attribute("lang") == "en"
    assert len(_visible_rows(page)) == 5
    page.screenshot(path=str(shots / "index.png"), full_page=True)

    search = page.get_by_label("Search")
    search.fill("ledger")
    assert _visible_rows(page) == ["Ledgerline"]
    assert page.locator("#count").inner_text() == "1 of 5 policies shown"
    assert "q=ledger" in page.url  # the filter state is in the address, to share or bookmark
    search.fill("health")  # data types are searchable too
    assert "Kindred Clinic" in _visible_rows(page)
    search.fill("zzz-nothing")
    assert _visible_rows(page) == [] and page.locator("#no-results").is_visible()
    search.fill("")

    page.get_by_label("Sells data?").select_option("denied")
    denied = _visible_rows(page)
    assert "Trailmate" in denied and "The Harbor Courier" not in denied
    page.get_by_label("Sells data?").select_option("")
    page.get_by_label("Tag").select_option("health")
    assert _visible_rows(page) == ["Kindred Clinic"]
    page.get_by_label("Tag").select_option("")
    page.get_by_label("Retention").select_option("not_stated")
    assert _visible_rows(page) == ["The Harbor Courier"]
    page.get_by_label("Retention").select_option("")

    words = page.locator("#policies thead th", has_text="Words")
    words.get_by_role("button").click()
    assert words.get_attribute("aria-sort") == "ascending"
    nums = page.eval_on_selector_all("#policies tbody tr td:nth-child(9)", "els => els.map(e => +e.dataset.value)")
    assert nums == sorted(nums)
    words.get_by_role("button").press("Enter")  # keyboard works too
    assert words.get_attribute("aria-sort") == "descending"
    nums = page.eval_on_selector_all("#policies tbody tr td:nth-child(9)", "els => els.map(e => +e.dataset.value)")
    assert nums == sorted(nums, reverse=True)


def test_index_to_compare(page, site, shots):
    page.goto(site)
    btn = page.locator("#compare-btn")
    assert btn.is_disabled()
    page.get_by_label("Compare Kindred Clinic").check()
    page.get_by_label("Compare The Harbor Courier").check()
    assert btn.is_enabled()
    btn.click()
    page.wait_for_url("**/compare.html?**")
    page.wait_for_function("document.querySelectorAll('#compare thead th').length === 3")
    heads = page.eval_on_selector_all("#compare thead th", "els => els.map(e => e.textContent.trim())")
    assert heads == ["Question", "The Harbor Courier", "Kindred Clinic"]  # in the order of the table
    assert page.locator("#compare tbody tr").count() == 16
    page.screenshot(path=str(shots / "compare.png"), full_page=True)


def test_index_limits_compare_to_four(page, site):
    page.goto(site)
    for name in ("Trailmate", "Juniper & Oak", "Ledgerline", "Kindred Clinic"):
        page.get_by_label(f"Compare {name}").check()
    assert page.get_by_label("Compare The Harbor Courier").is_disabled()


def test_pages_work_without_javascript(browser, site):
    ctx = browser.new_context(java_script_enabled=False)
    pg = ctx.new_page()
    pg.goto(site)
    assert pg.locator("#policies tbody tr").count() == 5
    assert not pg.locator("form.filters").is_visible()  # the search needs JS, so it is hidden without it
    pg.get_by_label("Compare Trailmate").check()
    pg.get_by_label("Compare Ledgerline").check()
    pg.locator("#compare-btn").click()
    pg.wait_for_url("**/compare.html?p=trailmate&p=ledgerline")
    assert pg.locator("#compare thead th").count() == 4  # the static compare of the first three
    pg.goto(site + "p/trailmate/#ev-5")
    assert pg.locator("mark#ev-5").evaluate("e => getComputedStyle(e).outlineStyle") == "solid"  # :target
    ctx.close()


# ------------------------------------------------------------------------------ label page

def test_evidence_link_highlights_and_scrolls_to_the_sentence(page, site, shots):
    page.goto(site + "p/kindred-clinic/")
    refs = page.locator("a.ref[data-ev]")
    assert refs.count() > 5
    last = refs.nth(refs.count() - 1)  # far down the policy, so it has to scroll
    n = last.get_attribute("data-ev")
    last.click()
    mark = page.locator(f"#ev-{n}")
    assert "hl" in (mark.get_attribute("class") or "")
    assert page.locator("mark.ev.hl").count() >= 1
    assert page.url.endswith(f"#ev-{n}")
    inside = page.evaluate(
        """n => { const m = document.getElementById('ev-' + n).getBoundingClientRect();
                 const c = document.getElementById('original').getBoundingClientRect();
                 return m.top >= c.top - 1 && m.bottom <= c.bottom + 1 && m.top >= 0 && m.bottom <= innerHeight; }""", n)
    assert inside, "the highlighted sentence is not scrolled into view"
    assert page.evaluate("document.activeElement.id") == f"ev-{n}"
    # another reference moves the highlight
    first = refs.nth(0)
    first.click()
    m = first.get_attribute("data-ev")
    assert "hl" in (page.locator(f"#ev-{m}").get_attribute("class") or "")
    if m != n:
        assert "hl" not in (mark.get_attribute("class") or "")
    page.screenshot(path=str(shots / "label.png"))
    # and the number before the sentence leads back to the label line
    back = page.locator(f"#original a.evn").first
    href = back.get_attribute("href")
    assert href.startswith("#q-")


def test_copy_snippet_button(browser, site):
    ctx = browser.new_context()
    ctx.grant_permissions(["clipboard-read", "clipboard-write"], origin=site.rstrip("/"))
    pg = ctx.new_page()
    pg.goto(site + "p/trailmate/")
    btn = pg.get_by_role("button", name="Copy the HTML")
    btn.click()
    pg.wait_for_function("document.querySelector('.copy-status').textContent.length > 0")
    assert pg.locator(".copy-status").inner_text() == "Copied."
    assert pg.evaluate("navigator.clipboard.readText()").startswith('<iframe src="https://example.github.io/')
    ctx.close()


def test_card_light_dark_and_narrow(browser, site, shots):
    for scheme, width in (("light", 480), ("dark", 480), ("light", 300), ("dark", 600)):
        ctx = browser.new_context(viewport={"width": width, "height": 350}, color_scheme=scheme)
        pg = ctx.new_page()
        pg.goto(site + "p/the-harbor-courier/card.html")
        bg = pg.evaluate("getComputedStyle(document.body).backgroundColor")
        assert (bg == "rgb(255, 255, 255)") == (scheme == "light")
        overflow = pg.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth")
        assert not overflow, f"the card overflows at {width}px"
        assert pg.evaluate("document.documentElement.scrollHeight") <= 350, "taller than the snippet's iframe"
        pg.screenshot(path=str(shots / f"card-{scheme}-{width}.png"))
        ctx.close()
    ctx = browser.new_context(viewport={"width": 520, "height": 340})
    pg = ctx.new_page()
    pg.goto(site + "p/the-harbor-courier/card.svg")
    pg.screenshot(path=str(shots / "card-svg.png"))
    ctx.close()


def test_card_in_an_iframe(browser, site):
    ctx = browser.new_context()
    pg = ctx.new_page()
    # the snippet points at base_url (not this server), so embed the served card the same way
    snippet = (ROOT / "site").exists() and pg.goto(site + "p/ledgerline/snippet.html")
    assert snippet and pg.locator("iframe").get_attribute("title") == "Privacy label: Ledgerline"
    pg.set_content(f'<iframe src="{site}p/ledgerline/card.html" title="t" width="480" height="330"></iframe>')
    card = pg.frame_locator("iframe")
    assert card.locator("h1").inner_text().endswith("Ledgerline")
    assert card.get_by_role("link", name="Full label for Ledgerline →").get_attribute("target") == "_blank"
    ctx.close()


# ------------------------------------------------------------------------------ accessibility

def _serious_violations(pg, axe: Path) -> list[str]:
    """axe-core's serious and critical violations on the page, one line each."""
    pg.add_script_tag(path=str(axe))
    result = pg.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
            for v in result["violations"] if v["impact"] in ("serious", "critical")]


@pytest.mark.parametrize("path", ["", "p/juniper-oak/", "compare.html?p=trailmate&p=ledgerline",
                                  "p/trailmate/card.html"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_accessibility_violations(browser, site, path, scheme):
    axe = _axe_js()
    if axe is None:
        pytest.skip("axe-core not found (pip install axe-playwright-python, or set AXE_CORE_JS)")
    ctx = browser.new_context(color_scheme=scheme)
    pg = ctx.new_page()
    pg.goto(site + path)
    pg.wait_for_load_state("networkidle")
    bad = _serious_violations(pg, axe)
    assert not bad, "\n".join(bad)
    ctx.close()


def test_keyboard_skip_link(page, site):
    page.goto(site)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to main content"
    assert page.locator("a.skip").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_print_stylesheet(page, site):
    page.goto(site + "p/trailmate/")
    page.emulate_media(media="print")
    assert not page.locator("#original").is_visible()
    assert not page.locator("nav[aria-label=Site]").is_visible()
    assert page.locator("table.facts").is_visible()
    pdf = page.pdf()
    assert pdf[:4] == b"%PDF"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_standalone_label_page_is_accessible_and_self_contained(browser, tmp_path, scheme):
    """`summarizer label -f html`: no serious axe-core violations, no request to any other file or host."""
    axe = _axe_js()
    if axe is None:
        pytest.skip("axe-core not found (pip install axe-playwright-python, or set AXE_CORE_JS)")
    import summarizer
    from conftest import ROOT

    out = tmp_path / "label.html"
    out.write_text(summarizer.label_file(str(ROOT / "examples" / "brightside-notes.html")).to_html(), encoding="utf-8")
    ctx = browser.new_context(color_scheme=scheme)
    pg = ctx.new_page()
    requests: list[str] = []
    pg.on("request", lambda r: requests.append(r.url))
    pg.goto(out.as_uri())
    pg.wait_for_load_state("networkidle")
    assert requests == [out.as_uri()]
    bad = _serious_violations(pg, axe)
    assert not bad, "\n".join(bad)
    ctx.close()
