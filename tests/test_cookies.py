"""Cookie tables: a table of cookies (name, provider, purpose, expiry) becomes practices and label
answers (short fixtures written for these tests)."""
from __future__ import annotations

import pytest

import summarizer

HTML = """<html><head><title>Cookie Policy | Fern &amp; Field</title></head><body>
<h1>Cookie Policy</h1>
<p>This page lists the cookies on our website.</p>
<table>
<thead><tr><th>Cookie</th><th>Set by</th><th>Purpose</th><th>Expiration</th></tr></thead>
<tbody>
<tr><td>_ga</td><td>Google Analytics</td><td>Counts visits to measure site traffic</td><td>2 years</td></tr>
<tr><td>_fbp</td><td>Meta</td><td>Shows you advertising on other sites</td><td>3 months</td></tr>
<tr><td>ff_session</td><td>Fern &amp; Field</td><td>Keeps you signed in</td><td>Session</td></tr>
</tbody></table>
</body></html>
"""

MARKDOWN = """# Cookie Policy

This page lists the cookies on our website.

| Cookie | Set by | Purpose | Expiration |
|---|---|---|---|
| _ga | Google Analytics | Counts visits to measure site traffic | 2 years |
| _fbp | Meta | Shows you advertising on other sites | 3 months |
| ff_session | Fern & Field | Keeps you signed in | Session |
"""


def _practices(label, rule_prefix="cookies.table"):
    return [p for p in label.practices if p["rule"].startswith(rule_prefix)]


@pytest.fixture(params=[("html", HTML), ("markdown", MARKDOWN)], ids=["html", "markdown"])
def label(request):
    fmt, text = request.param
    return summarizer.label_text(text, fmt=fmt)


def test_rows_give_third_party_collection_by_the_named_companies(label):
    third = [p for p in _practices(label) if p["category"] == "third_party_sharing_collection"]
    assert len(third) == 2  # Google and Meta; the site's own cookie is not a third party's
    by_cookie = {p["evidence"][0]["text"].split(" | ")[0]: p["attributes"] for p in third}
    assert set(by_cookie) == {"Cookie: _ga", "Cookie: _fbp"}
    for attrs in by_cookie.values():
        assert attrs["action_third_party"] == ["collect_on_first_party_website_app"]
        assert attrs["personal_information_type"] == ["cookies_and_tracking_elements"]
        assert attrs["third_party_entity"] == ["named_third_party"]
    assert by_cookie["Cookie: _ga"]["purpose"] == ["analytics_research"]
    assert by_cookie["Cookie: _fbp"]["purpose"] == ["advertising"]
    assert not any(p["negated"] for p in _practices(label))


def test_rows_give_first_party_use_for_each_purpose(label):
    first = [p for p in _practices(label) if p["category"] == "first_party_collection_use"]
    assert len(first) == 3  # one a row
    purposes = {v for p in first for v in p["attributes"].get("purpose", [])}
    assert purposes == {"analytics_research", "advertising", "basic_service_feature"}


def test_expiry_column_gives_retention(label):
    ret = [p for p in _practices(label) if p["category"] == "data_retention"]
    periods = sorted(tuple(p["attributes"]["retention_period"]) for p in ret)
    assert periods == [("limited",), ("stated_period",), ("stated_period",)]
    assert all(p["attributes"]["personal_information_type"] == ["cookies_and_tracking_elements"] for p in ret)


def test_evidence_slices_back_to_the_rows(label):
    text = label.document.text
    for p in _practices(label):
        for e in p["evidence"]:
            assert text[e["start"]:e["end"]] == e["text"]


def test_label_answers(label):
    collected = label.answer("collected")
    assert "cookies" in collected.summary.lower()
    why = " ".join(i.text for i in label.answer("purposes").items).lower()
    for word in ("running the service", "advertising", "analytics"):
        assert word in why
    retention = label.answer("retention")
    assert retention.status == "stated"
    assert "2 years" in retention.summary and "3 months" in retention.summary
    assert "close your browser" in " ".join(i.detail for i in retention.items)
    who = [i.text for i in label.answer("sharing").items]
    assert who == ["Google", "Facebook"]
    md = label.to_markdown()
    assert "2 years" in md and "Google" in md and "Facebook" in md


def test_kind_columns_and_unnamed_third_parties():
    html = """<h1>Cookies</h1><table>
    <tr><th>Name</th><th>Provider</th><th>Type</th><th>Duration</th></tr>
    <tr><td>pref</td><td>Fern &amp; Field</td><td>Preferences</td><td>1 year</td></tr>
    <tr><td>_pk_id</td><td>Third party</td><td>Performance</td><td>13 months</td></tr>
    <tr><td>__cf_bm</td><td>Cloudflare</td><td>Strictly necessary</td><td>30 minutes</td></tr>
    <tr><td>_uetsid</td><td>Microsoft Bing</td><td>Targeting</td><td>1 day</td></tr></table>"""
    label = summarizer.label_text(html, fmt="html")
    first = {p["evidence"][0]["text"].split(" | ")[0]: p["attributes"].get("purpose")
             for p in _practices(label) if p["category"] == "first_party_collection_use"}
    assert first == {"Name: pref": ["personalization_customization"], "Name: _pk_id": ["analytics_research"],
                     "Name: __cf_bm": ["basic_service_feature"], "Name: _uetsid": ["advertising"]}
    third = {p["evidence"][0]["text"].split(" | ")[0]: p["attributes"]["third_party_entity"]
             for p in _practices(label) if p["category"] == "third_party_sharing_collection"}
    assert third == {"Name: _pk_id": ["unnamed_third_party"], "Name: __cf_bm": ["named_third_party"],
                     "Name: _uetsid": ["named_third_party"]}
    kept = sorted(p["evidence"][0]["text"].rsplit(": ", 1)[1] for p in _practices(label)
                  if p["category"] == "data_retention")
    assert kept == ["1 day", "1 year", "13 months", "30 minutes"]


def test_a_table_that_is_not_of_cookies_says_nothing_of_cookies():
    html = """<h1>Privacy Policy</h1><table><tr><th>Name</th><th>Purpose</th><th>Location</th></tr>
    <tr><td>Google Cloud</td><td>Hosting</td><td>USA</td></tr></table>"""
    label = summarizer.label_text(html, fmt="html")
    assert _practices(label) == []


def test_rows_under_a_list_lead_in_are_read_the_same():
    html = HTML.replace("<p>This page lists the cookies on our website.</p>",
                        "<p>We use the following cookies on our website:</p>")
    label = summarizer.label_text(html, fmt="html")
    rules = sorted(p["rule"] for p in _practices(label))
    assert rules == sorted(["cookies.table.first_party", "cookies.table.third_party.named", "cookies.table.expiry"] * 2
                           + ["cookies.table.first_party.necessary", "cookies.table.expiry.session"])
