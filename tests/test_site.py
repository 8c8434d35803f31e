"""The static site and cards, without a browser: build, cache, escaping, names, atomic writes."""
from __future__ import annotations

import json
import os
import shutil
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import ROOT, SHARED, needs_shared
from typer.testing import CliRunner

from summarizer.card import make_card, summarize
from summarizer.cli import app
from summarizer.site import (SiteError, build_site, discover_policies, highlight_text, load_site, make_server,
                             slugify, unique_slugs, write_atomic)

SITE = ROOT / "site"
SLUGS = {"trailmate", "juniper-oak", "ledgerline", "the-harbor-courier", "kindred-clinic"}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("public")
    res = build_site(SITE, out, jobs=1)
    return out, res


def _files(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and ".cache" not in p.parts}


# ------------------------------------------------------------------------------ the example site

def test_example_site_builds(built):
    out, res = built
    assert res.total == 5 and res.labelled == 5 and not res.failed
    assert set(res.slugs) == SLUGS
    for name in ("index.html", "compare.html", "labels.json", "sitemap.xml", "assets/site.css", "assets/site.js"):
        assert (out / name).is_file(), name
    for slug in SLUGS:
        for name in ("index.html", "label.json", "label.md", "card.html", "card.svg", "snippet.html"):
            assert (out / "p" / slug / name).stat().st_size > 0, (slug, name)
    assert not list(out.glob(".staging-*")) and not list(out.rglob("*.tmp"))


def test_example_site_has_varied_formats():
    cfg = load_site(SITE)
    assert len(cfg.policies) == 5 and cfg.base_url.startswith("https://")
    assert {p.file.suffix for p in cfg.policies} == {".txt", ".html", ".md"}
    assert all(p.url.startswith("https://") and p.date and p.tags for p in cfg.policies)


def test_index_page(built):
    out, _ = built
    html = (out / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in html and 'class="skip" href="#main"' in html
    assert "<table" in html and "<caption>" in html and html.count('scope="col"') >= 9
    for slug in SLUGS:
        assert f'href="p/{slug}/"' in html
    assert html.count("<svg") == 2 and 'role="img"' in html
    assert 'action="compare.html"' in html and 'name="p"' in html
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "")  # no other hosts
    assert "https://" not in html


def test_label_page_links_evidence_to_original(built):
    out, _ = built
    for slug in SLUGS:
        data = json.loads((out / "p" / slug / "label.json").read_text(encoding="utf-8"))
        text = data["source"]["text"]
        page = (out / "p" / slug / "index.html").read_text(encoding="utf-8")
        assert data["evidence"], slug
        for ev in data["evidence"]:
            assert text[ev["start"]:ev["end"]] == ev["text"]
            assert f'id="ev-{ev["id"]}"' in page
        for a in data["answers"].values():
            for ref in a["refs"]:
                assert f'href="#ev-{ref}"' in page
        assert 'href="label.json"' in page and 'href="label.md"' in page
        assert "How hard is the policy to read?" in page
        assert 'id="snippet"' in page and "&lt;iframe" in page


def test_machine_readable(built):
    out, _ = built
    listing = json.loads((out / "labels.json").read_text(encoding="utf-8"))
    assert listing["count"] == 5 and listing["base_url"] == "https://example.github.io/summarizer/"
    for item in listing["labels"]:
        assert "text" not in item["label"]["source"]
        assert item["links"]["json"] == f"p/{item['slug']}/label.json"
        assert item["label"]["answers"]["sold"]["status"] in ("stated", "denied", "not_stated")
    tree = ET.parse(out / "sitemap.xml")
    locs = [e.text for e in tree.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert locs[0] == "https://example.github.io/summarizer/"
    assert len(locs) == 7 and all(u.startswith("https://example.github.io/summarizer/") for u in locs)
    md = (out / "p" / "trailmate" / "label.md").read_text(encoding="utf-8")
    assert md.startswith("#") and "Trailmate" in md


def test_cards(built):
    out, _ = built
    card = out / "p" / "ledgerline"
    html = (card / "card.html").read_text(encoding="utf-8")
    assert "<style>" in html and "prefers-color-scheme: dark" in html
    assert "<link" not in html and "<script" not in html and "src=" not in html  # self-contained
    ET.fromstring((card / "card.svg").read_text(encoding="utf-8"))  # well-formed XML
    snippet = (card / "snippet.html").read_text(encoding="utf-8")
    assert 'src="https://example.github.io/summarizer/p/ledgerline/card.html"' in snippet
    assert 'title="Privacy label: Ledgerline"' in snippet


# ------------------------------------------------------------------------------ incremental builds

def test_incremental_rebuild_relabels_only_what_changed(tmp_path):
    site = tmp_path / "site"
    shutil.copytree(SITE, site)
    out = tmp_path / "public"
    first = build_site(site, out)
    assert first.labelled == 5 and first.cached == 0
    before = _files(out)

    again = build_site(site, out)
    assert again.labelled == 0 and again.cached == 5 and again.written == 0
    assert _files(out) == before

    pol = site / "policies" / "ledgerline-saas.txt"
    pol.write_text(pol.read_text(encoding="utf-8") + "\nWe keep server logs for 30 days.\n", encoding="utf-8")
    seen: list[tuple[int, int]] = []
    third = build_site(site, out, progress=lambda d, t, n: seen.append((d, t)))
    assert third.labelled == 1 and third.cached == 4
    assert seen[-1] == (5, 5) and len(seen) == 5
    after = _files(out)
    changed = {k for k in after if after[k] != before.get(k)}
    assert "p/ledgerline/label.json" in changed
    assert not any(k.startswith("p/trailmate/") for k in changed)

    forced = build_site(site, out, force=True)
    assert forced.labelled == 5


def test_cache_dir_outside_the_output(tmp_path):
    out, cache = tmp_path / "public", tmp_path / "cache"
    assert build_site(SITE, out, cache_dir=cache).labelled == 5
    assert len(list(cache.glob("*.json"))) == 5 and not (out / ".cache" / "labels").exists()
    assert build_site(SITE, out, cache_dir=cache).cached == 5


def test_removed_policy_pages_are_removed(tmp_path):
    site = tmp_path / "site"
    shutil.copytree(SITE, site)
    out = tmp_path / "public"
    build_site(site, out)
    (out / "mine.txt").write_text("a user's own file", encoding="utf-8")
    cfg = (site / "site.yaml").read_text(encoding="utf-8")
    cut = cfg.index("  - name: Kindred Clinic")
    (site / "site.yaml").write_text(cfg[:cut], encoding="utf-8")
    res = build_site(site, out)
    assert res.removed == 6 and not (out / "p" / "kindred-clinic").exists()
    assert (out / "mine.txt").is_file()  # only files an earlier build wrote are removed
    assert len(list((out / ".cache" / "labels").glob("*.json"))) == 4  # unused cache entries pruned


def test_parallel_build_gives_the_same_site(tmp_path, built):
    out1, _ = built
    out2 = tmp_path / "p2"
    res = build_site(SITE, out2, jobs=2)
    assert res.labelled == 5
    assert _files(out2) == _files(out1)


# ------------------------------------------------------------------------------ hostile input

HOSTILE = ('Privacy Policy\n\nWe collect your email address and "name" <script>alert("pwned")</script> '
           "and share it with 'partners' & <img src=x onerror=alert(1)>.\n\nWe do not sell your data. "
           'Contact: "><svg onload=alert(2)> privacy@evil.example.\n')


def test_hostile_policy_is_escaped_everywhere(tmp_path):
    site = tmp_path / "site"
    (site / "p").mkdir(parents=True)
    (site / "p" / "evil.txt").write_text(HOSTILE, encoding="utf-8")
    (site / "site.yaml").write_text(
        'title: "<script>alert(3)</script> labels"\n'
        "base_url: https://x.example/\n"
        "policies:\n"
        "  - name: '\"><script>alert(4)</script> Evil & Co'\n"
        "    file: p/evil.txt\n"
        "    tags: ['<b>tag</b>', \"o'quote\"]\n", encoding="utf-8")
    out = tmp_path / "public"
    res = build_site(site, out)
    assert res.labelled == 1
    slug = res.slugs[0]
    assert slug == "script-alert-4-script-evil-co"
    for f in list(out.rglob("*.html")) + list(out.rglob("*.svg")) + list(out.rglob("*.xml")):
        text = f.read_text(encoding="utf-8")
        low = text.lower()
        assert "<script>alert" not in low and "<img src=x" not in low and "<svg onload" not in low, f
        assert "<b>tag" not in low, f
    page = (out / "p" / slug / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(&#34;pwned&#34;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    ET.fromstring((out / "p" / slug / "card.svg").read_text(encoding="utf-8"))
    # the label's JSON keeps the text as it was (JSON is data, not markup)
    data = json.loads((out / "p" / slug / "label.json").read_text(encoding="utf-8"))
    assert '<script>alert("pwned")</script>' in data["source"]["text"]


def test_site_yaml_rejects_javascript_urls_and_unknown_keys(tmp_path):
    (tmp_path / "a.txt").write_text("We collect your email address.", encoding="utf-8")
    (tmp_path / "site.yaml").write_text(
        "title: t\nbase_url: javascript:alert(1)\npolices: []\npolicies:\n"
        "  - {name: A, file: a.txt, url: 'javascript:alert(1)'}\n  - {name: B, file: missing.txt}\n",
        encoding="utf-8")
    with pytest.raises(SiteError) as e:
        load_site(tmp_path)
    msg = str(e.value)
    assert "base_url" in msg and "unknown key 'polices'" in msg and "policies[1]: url" in msg
    assert "policies[2]: file 'missing.txt' not found" in msg


def test_highlight_escapes_and_handles_overlaps():
    text = 'A <b>"x"</b> & y. Second sentence here.'
    ev = [{"id": 1, "start": 0, "end": 17}, {"id": 2, "start": 13, "end": len(text)}, {"id": 3, "start": 99, "end": 120}]
    html = str(highlight_text(text, ev, [], {1: "collected"}))
    assert "<b>" not in html and "&lt;b&gt;&#34;x&#34;&lt;/b&gt; " in html and "&amp; y." in html
    assert 'id="ev-1"' in html and 'id="ev-2"' in html and 'id="ev-3"' not in html
    assert 'data-ev="1 2"' in html and 'href="#q-collected"' in html
    assert html.count("<mark") == html.count("</mark>")


# ------------------------------------------------------------------------------ names and files

@pytest.mark.parametrize("name,slug", [
    ("Juniper & Oak", "juniper-oak"), ("../../etc/passwd", "etc-passwd"), ("", "policy"), ("..", "policy"),
    ("Café Ünïcode", "cafe-unicode"), ("/abs/path", "abs-path"), ("C:\\win\\x", "c-win-x"), ("日本語", "policy"),
    ("a" * 200, "a" * 60), ("CON", "con"),
])
def test_slugify(name, slug):
    s = slugify(name)
    assert s == slug
    assert s and len(s) <= 60 and "/" not in s and "\\" not in s and not s.startswith(".")


def test_unique_slugs():
    assert unique_slugs(["Acme", "acme", "ACME!", "Other"]) == ["acme", "acme-2", "acme-3", "other"]


def test_output_stays_inside_the_output_folder(tmp_path):
    src = tmp_path / "src"
    (src / "..hidden").mkdir(parents=True)
    (src / "x").mkdir()
    (src / "x" / "..policy.txt").write_text("We collect your email address and share it with partners.",
                                            encoding="utf-8")
    (src / "site.yaml").write_text("policies:\n  - {name: '../../../escape', file: x/..policy.txt, slug: '../../up'}\n"
                                   "  - {name: '../../../escape', file: x/..policy.txt}\n", encoding="utf-8")
    out = tmp_path / "deep" / "public"
    res = build_site(src, out)
    assert res.slugs == ["up", "escape"]
    made = [p for p in tmp_path.rglob("*") if p.is_file() and src not in p.parents]
    assert made and all(out in p.parents for p in made)


def test_write_atomic_keeps_the_old_file_on_failure(tmp_path, monkeypatch):
    target = tmp_path / "index.html"
    write_atomic(target, "good")

    def boom(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(SiteError, match="No space left"):
        write_atomic(target, "half")
    assert target.read_text() == "good"
    assert [p.name for p in tmp_path.iterdir()] == ["index.html"]


def test_failed_build_leaves_the_previous_site(tmp_path, built):
    good, _ = built
    out = tmp_path / "public"
    shutil.copytree(good, out)
    before = _files(out)
    broken = tmp_path / "tpl" / "site"
    broken.mkdir(parents=True)
    (broken / "label_page.html.j2").write_text("{% extends 'site/base.html.j2' %}{% block main %}{{ nope }}"
                                               "{% endblock %}", encoding="utf-8")
    with pytest.raises(Exception) as e:
        build_site(SITE, out, template_dirs=[tmp_path / "tpl"])
    assert "nope" in str(e.value)
    assert _files(out) == before
    assert not list(out.glob(".staging-*")) and not list(out.rglob("*.tmp"))


def test_template_dir_overrides_a_site_template(tmp_path):
    tpl = tmp_path / "tpl" / "site"
    tpl.mkdir(parents=True)
    (tpl / "index.html.j2").write_text(
        '{% extends "default:site/index.html.j2" %}{% block main %}<h1>Our newsroom</h1>{{ super() }}{% endblock %}',
        encoding="utf-8")
    out = tmp_path / "public"
    build_site(SITE, out, template_dirs=[tmp_path / "tpl"])
    assert "<h1>Our newsroom</h1>" in (out / "index.html").read_text(encoding="utf-8")


# ------------------------------------------------------------------------------ folders without site.yaml

def test_folder_of_policies_without_site_yaml(tmp_path):
    corpus = tmp_path / "corpus"
    for folder, text in [("105_amazon.com", "We collect your email address. We share it with advertisers."),
                         ("20_news.example", "We use cookies to collect your IP address.")]:
        (corpus / folder).mkdir(parents=True)
        (corpus / folder / "policy.txt").write_text(text, encoding="utf-8")
        (corpus / folder / "segments.json").write_text("[]", encoding="utf-8")
    (corpus / "README.md").write_text("# not a policy", encoding="utf-8")
    (corpus / "my-shop_policy.md").write_text("# Shop\n\nWe collect your name.", encoding="utf-8")
    (corpus / ".git").mkdir()
    (corpus / ".git" / "x.txt").write_text("no", encoding="utf-8")
    specs = discover_policies(corpus)
    assert [s.path_name for s in specs] == ["amazon.com", "news.example", "My shop policy"]
    out = corpus / "public"  # an output folder inside the source folder is not read back as input
    res = build_site(corpus, out, base_url="https://labels.example/")
    assert sorted(res.slugs) == ["amazon-com", "my-shop-policy", "news-example"]
    assert build_site(corpus, out).total == 3
    assert "Privacy labels: corpus" in (out / "index.html").read_text(encoding="utf-8")


def test_bad_policies_are_skipped_or_fail_with_strict(tmp_path):
    (tmp_path / "good.txt").write_text("We collect your email address and share it.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    res = build_site(tmp_path, tmp_path / "out")
    assert res.total == 2 and len(res.failed) == 1 and res.slugs == ["good"]
    assert any("empty.txt" in w for w in res.warnings)
    with pytest.raises(SiteError, match="empty.txt"):
        build_site(tmp_path, tmp_path / "out2", strict=True)


def test_errors(tmp_path):
    with pytest.raises(SiteError, match="no such file"):
        build_site(tmp_path / "missing", tmp_path / "out")
    (tmp_path / "empty").mkdir()
    with pytest.raises(SiteError, match="no policy files"):
        build_site(tmp_path / "empty", tmp_path / "out")
    (tmp_path / "site.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    with pytest.raises(SiteError, match="not valid YAML"):
        load_site(tmp_path)


@needs_shared
@pytest.mark.parametrize("corpus,count", [("seeds", 5), ("opp115-dev", 56)])
def test_shared_corpora_build(tmp_path, corpus, count):
    res = build_site(SHARED / "corpus" / corpus, tmp_path / "out", jobs=2)
    assert res.total == count and not res.failed
    assert len(set(res.slugs)) == count
    if corpus == "opp115-dev":
        assert "amazon-com" in res.slugs
    listing = json.loads((tmp_path / "out" / "labels.json").read_text(encoding="utf-8"))
    assert all(not any(c.isdigit() for c in item["name"][:3]) or "." in item["name"] for item in listing["labels"])


# ------------------------------------------------------------------------------ CLI, card, server

def test_cli_site_build_and_errors(tmp_path):
    runner = CliRunner()
    r = runner.invoke(app, ["site", "build", str(SITE), "-o", str(tmp_path / "pub"), "--jobs", "1"])
    assert r.exit_code == 0, r.output
    assert "5 labels" in r.stdout and "5 labelled" in r.stdout
    r = runner.invoke(app, ["site", "build", str(tmp_path / "nope"), "-o", str(tmp_path / "pub")])
    assert r.exit_code == 2
    assert r.stderr.startswith("summarizer: error: ") and r.stderr.count("\n") == 1
    r = runner.invoke(app, ["site", "serve", str(tmp_path / "nope")])
    assert r.exit_code == 2 and "build the site first" in r.stderr


def test_cli_card(tmp_path):
    runner = CliRunner()
    out = tmp_path / "card"
    r = runner.invoke(app, ["card", str(SITE / "policies" / "trailmate-app.md"), "-o", str(out),
                            "--url", "https://cdn.example/cards/trailmate/", "--label-url", "https://x.example/l"])
    assert r.exit_code == 0, r.output
    assert sorted(p.name for p in out.iterdir()) == ["card.html", "card.svg", "snippet.html"]
    assert 'src="https://cdn.example/cards/trailmate/card.html"' in (out / "snippet.html").read_text()
    assert 'href="https://x.example/l"' in (out / "card.html").read_text()
    r = runner.invoke(app, ["card", str(tmp_path / "missing.txt"), "-o", str(out)])
    assert r.exit_code == 2 and r.stderr.count("\n") == 1


def test_make_card_api(tmp_path):
    files = make_card(ROOT / "examples" / "corner-bakery.txt", tmp_path / "c")
    assert set(files) == {"card.html", "card.svg", "snippet.html"}
    assert 'src="card.html"' in files["snippet.html"].read_text()


def test_summarize_facts():
    import summarizer

    data = summarizer.label_file(SITE / "policies" / "juniper-and-oak-shop.html").to_dict(include_text=False)
    s = summarize(data, {"contact": "contact details"})
    assert s["sold"] == "denied" and s["sold_text"] == "Says no"
    assert "contact" in s["collected"] and s["collected_labels"][0] == "contact details"
    assert s["retention"] == "stated" and s["words"] > 100 and s["answered"] >= 8


def test_server_serves_the_site(built):
    import threading

    out, _ = built
    srv = make_server(out, port=0)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    try:
        base = f"http://127.0.0.1:{srv.server_address[1]}/"
        with urllib.request.urlopen(base) as r:
            assert r.status == 200 and b"<table" in r.read()
        with urllib.request.urlopen(base + "p/trailmate/card.svg") as r:
            assert r.headers["Content-Type"].startswith("image/svg+xml")
    finally:
        srv.shutdown()
        srv.server_close()
