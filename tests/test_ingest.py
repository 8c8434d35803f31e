"""Ingest: plain text, HTML and Markdown → Document with sections, paragraphs, sentences and offsets."""
from __future__ import annotations

import pytest

from summarizer import ingest
from summarizer.errors import InputError

TEXT = """Example App Privacy Policy

What we collect
We collect your email address. We also log your IP address.

Sharing
We do not sell your data.
"""


def _check_offsets(doc):
    for s in doc.sentences:
        assert doc.text[s.start:s.end] == s.text
    for p in doc.paragraphs:
        assert 0 <= p.start < p.end <= len(doc.text)
    for sec in doc.sections:
        assert 0 <= sec.start <= sec.end <= len(doc.text)


def test_plain_text_keeps_text_exactly_and_finds_sections():
    doc = ingest.parse(TEXT, fmt="text")
    assert doc.text == TEXT
    _check_offsets(doc)
    titles = [s.title for s in doc.sections]
    assert "What we collect" in titles and "Sharing" in titles
    sents = [s.text for s in doc.sentences if not s.is_heading]
    assert "We collect your email address." in sents
    assert "We also log your IP address." in sents
    sell = next(s for s in doc.sentences if "sell" in s.text)
    assert doc.heading_for(sell) == "Sharing"
    assert doc.title == "Example App Privacy Policy"


def test_windows_newlines_are_read_as_universal_newlines():
    doc = ingest.parse(TEXT.replace("\n", "\r\n"), fmt="text")
    assert doc.text == TEXT


def test_html_drops_navigation_scripts_banners_and_footers():
    html = """<html><head><title>Shop Privacy</title><style>p{color:red}</style></head><body>
    <div class="cookie-banner">We use cookies! Accept all</div>
    <nav><a href="/">Home</a><a href="/shop">Shop</a></nav>
    <main><h1>Privacy Policy</h1><p>We collect your <b>email</b> address.</p>
    <h2>Cookies</h2><ul><li>Session cookies</li><li>Analytics cookies</li></ul>
    <script>alert("x")</script></main>
    <footer>© Shop Inc. All rights reserved.</footer></body></html>"""
    doc = ingest.parse(html)
    assert doc.format == "html"
    assert "Accept all" not in doc.text and "Home" not in doc.text
    assert "alert" not in doc.text and "color:red" not in doc.text and "rights reserved" not in doc.text
    assert "We collect your email address." in doc.text
    assert [s.title for s in doc.sections if s.title] == ["Privacy Policy", "Cookies"]
    assert "Session cookies\nAnalytics cookies" in doc.text
    assert doc.title == "Shop Privacy"
    _check_offsets(doc)


def test_markdown_headings_become_sections_and_markup_is_dropped():
    md = "# Notes App Privacy\n\n## What we collect\n\nWe collect your **email** and [location](https://x.example).\n\n- one\n- two\n"
    doc = ingest.parse(md, source="policy.md")
    assert doc.format == "markdown"
    assert "We collect your email and location." in doc.text
    assert "**" not in doc.text and "](" not in doc.text
    assert [s.title for s in doc.sections if s.title] == ["Notes App Privacy", "What we collect"]
    _check_offsets(doc)


@pytest.mark.parametrize("name,fmt", [("a.html", "html"), ("a.htm", "html"), ("a.md", "markdown"),
                                      ("a.txt", "text"), ("-", "text")])
def test_format_from_file_name(name, fmt):
    assert ingest.detect_format("We collect data.", name) == fmt


def test_format_sniffed_from_content():
    assert ingest.detect_format("<!DOCTYPE html><html><body><p>x</p></body></html>") == "html"
    assert ingest.detect_format("# Title\n\nSome text.\n") == "markdown"
    assert ingest.detect_format("Just words. More words.") == "text"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1"])
def test_encodings_are_decoded(encoding):
    text = "Café Société’s privacy policy: we collect your e-mail address – nothing more.\n" * 3
    if encoding == "latin-1":
        text = text.replace("’", "'").replace("–", "-")
    data = text.encode(encoding)
    decoded, enc = ingest.decode(data, "x")
    assert decoded == text


@pytest.mark.parametrize("data,msg", [(b"", "empty"), (b"   \n\n ", "empty"),
                                      (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary"),
                                      (bytes(range(32)) * 100, "binary")])
def test_unreadable_inputs_raise(data, msg):
    with pytest.raises(InputError, match=msg):
        ingest.decode(data, "x")


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        ingest.load(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="directory"):
        ingest.load(tmp_path)


def test_size_limit(tmp_path):
    p = tmp_path / "big.txt"
    p.write_text("We collect data. " * 1000)
    with pytest.raises(InputError, match="limit"):
        ingest.load(p, max_bytes=1000)


def test_nul_bytes_do_not_shift_offsets():
    doc = ingest.parse("We collect\x00 your email address.", fmt="text")
    assert len(doc.text) == len("We collect\x00 your email address.")
    _check_offsets(doc)


def test_wrapped_lines_are_joined_into_one_sentence():
    text = ("We may share the information we collect about you with companies that help us run\n"
            "our business, such as payment processors.\n")
    doc = ingest.parse(text, fmt="text")
    assert len([s for s in doc.sentences if not s.is_heading]) == 1


def test_list_lines_are_separate_sentences():
    text = "We collect:\n- your name\n- your email address\n- your phone number\n"
    doc = ingest.parse(text, fmt="text")
    assert sum(1 for s in doc.sentences if s.text.startswith("- ")) == 3


def test_a_capitals_title_line_right_after_a_sentence_opens_a_section():
    text = ("1. WHERE WE KEEP DATA\nYour data is kept on servers we rent. We keep it safe.\n"
            "2. HOW WE USE YOUR INFORMATION\nWe use information to send you receipts.\n")
    doc = ingest.parse(text, fmt="text")
    titles = [s.title for s in doc.sections]
    assert "2. HOW WE USE YOUR INFORMATION" in titles
    use = [s for s in doc.sentences if s.text.startswith("We use information")][0]
    assert doc.sections[use.section].title == "2. HOW WE USE YOUR INFORMATION"
    assert doc.text == text


def test_html_clutter_without_telling_class_names_is_dropped():
    # Obfuscated class names: the menu is all links, the banner sits above the policy's title,
    # the sign-up box and reading list are known by their headings, the footer by its copyright.
    html = """<html><body>
    <div class="css-a1"><a href="/">Home</a> <a href="/shop">Shop</a> <a href="/blog">Blog</a></div>
    <div class="css-b2"><p>This site uses cookies. By clicking OK you agree.</p><a>OK</a> <a>Settings</a></div>
    <div class="css-c3"><div class="title">Example Privacy Policy</div>
    <div>We collect your email address when you sign up.</div>
    <div class="title">Sharing</div><div>We share your address with delivery companies.</div></div>
    <div class="css-d4"><div class="title">Join our newsletter</div><p>Sign up with your email address.</p></div>
    <div class="css-e5"><div class="title">Related articles</div><p>We collect stamps</p></div>
    <div class="css-f6">© 2025 Example Ltd. All rights reserved.</div>
    </body></html>"""
    doc = ingest.parse(html)
    assert [s.title for s in doc.sections if s.title] == ["Example Privacy Policy", "Sharing"]
    for gone in ("Home", "cookies", "newsletter", "Sign up with", "stamps", "rights reserved"):
        assert gone not in doc.text
    assert "We share your address with delivery companies." in doc.text


def test_html_table_header_row_is_not_a_sentence():
    """A header row names the columns, it says nothing: its names are written into each row, which
    is read as one statement ("Purpose: … | Retention: 7 years"); a "Name | Purpose" table (of
    processors) keeps plain rows, where "Name" would read as a cookie's."""
    html = """<html><body><h1>Privacy Policy</h1><table><tr><th>Recipient</th><th>Purpose</th></tr>
    <tr><td>Couriers</td><td>We share your address with couriers. They deliver orders.</td></tr></table></body></html>"""
    doc = ingest.parse(html)
    assert [s.text for s in doc.sentences if not s.is_heading] == [
        "Recipient: Couriers | Purpose: We share your address with couriers. They deliver orders."]
    assert doc.sentences[-1].table_row
    html = html.replace("Recipient", "Name")
    assert "Couriers | We share your address with couriers." in ingest.parse(html).text


def test_markdown_title_line_right_above_its_text_is_a_heading():
    md = "Privacy Policy\n\nIntro text here.\n\nPush Notifications\nWe use a service to send push notifications.\n"
    doc = ingest.parse(md, fmt="markdown")
    assert "Push Notifications" in [s.title for s in doc.sections]
    assert any(s.text == "We use a service to send push notifications." for s in doc.sentences)


def test_a_paragraph_that_is_only_a_bold_title_is_a_heading():
    doc = ingest.parse("# Privacy Policy\n\n**What we collect**\n\n- Your email address.\n- Your device model.\n", fmt="markdown")
    assert "What we collect" in [s.title for s in doc.sections]
    html = "<html><body><h1>Privacy</h1><p><b>Sharing</b></p><p>We share it with <b>couriers</b>.</p></body></html>"
    doc = ingest.parse(html)
    assert [s.title for s in doc.sections if s.title] == ["Privacy", "Sharing"]


def test_html_table_of_contents_and_skip_links_are_dropped():
    html = """<html><body><a href="#main">Skip to content</a><div class="x"><h1>Privacy Policy</h1>
    <div><p>On this page</p><ul><li><a href="#c">Information we collect</a></li>
    <li><a href="#s">Who we share it with</a></li></ul></div>
    <h2>Information we collect</h2><p>We collect your email address.</p>
    <h2>Who we share it with</h2><p>We use <a>Mailchimp</a> to send e-mails.</p>
    <ul><li><a href="/optout">Opt out of ads</a></li></ul><p><a href="#">Back to top</a></p></div></body></html>"""
    doc = ingest.parse(html)
    assert doc.text.count("Information we collect") == 1 and doc.text.count("Who we share it with") == 1
    for gone in ("Skip to content", "On this page", "Back to top"):
        assert gone not in doc.text
    assert "We use Mailchimp to send e-mails." in doc.text and "Opt out of ads" in doc.text


CONTENTS_POLICY = """Acme Privacy Policy

In This Policy
What We Collect
How We Use It
Your Choices

What We Collect

We collect your email address when you order.

How We Use It

We use your email address to send receipts.

Your Choices

You can unsubscribe at any time.
"""
CONTENTS_BLOCK = "In This Policy\nWhat We Collect\nHow We Use It\nYour Choices\n\n"


def _contents(doc):
    return [(s.start, s.text) for s in doc.sentences if s.in_contents]


def test_a_plain_text_table_of_contents_is_marked_on_its_sentences():
    doc = ingest.parse(CONTENTS_POLICY, fmt="text")
    _check_offsets(doc)
    entries = _contents(doc)
    assert [t for _start, t in entries] == ["What We Collect", "How We Use It", "Your Choices"]
    # the entries at the top, not the same titles over their sections
    body = CONTENTS_POLICY.index("We collect")
    assert all(start < body for start, _t in entries)
    assert {i for i, s in enumerate(doc.sentences) if s.in_contents} == ingest.table_of_contents(doc)
    # the mark is the Document's own: it adds nothing to the JSON view
    assert "in_contents" not in str(doc.to_dict())


def test_a_policy_without_a_table_of_contents_marks_nothing():
    doc = ingest.parse(CONTENTS_POLICY.replace(CONTENTS_BLOCK, ""), fmt="text")
    assert [s.title for s in doc.sections if s.title][1:] == ["What We Collect", "How We Use It", "Your Choices"]
    assert _contents(doc) == []


def test_title_lines_at_the_top_that_never_come_back_are_not_a_table_of_contents():
    policy = CONTENTS_POLICY.replace(CONTENTS_BLOCK, "Highlights\nQuick Facts At A Glance\nSummary For Busy Readers\n\n")
    doc = ingest.parse(policy, fmt="text")
    assert any(s.is_heading and s.text == "Quick Facts At A Glance" for s in doc.sentences)
    assert _contents(doc) == []


def test_list_items_named_like_later_sections_are_not_a_table_of_contents():
    policy = ("Acme Privacy Policy\n\nWe collect the following kinds of information:\nContact Details\nOrder History\n\n"
              "Contact Details\n\nWe collect your email address when you order.\n\n"
              "Order History\n\nWe keep a record of what you bought.\n")
    doc = ingest.parse(policy, fmt="text")
    items = {doc.sentences[i].text for i in ingest.list_leads(doc)}
    assert items == {"Contact Details", "Order History"}  # the two titles are the items of a list...
    assert _contents(doc) == []  # ...not the entries of a table of contents


def test_html_without_heading_markup_reads_title_lines_as_headings():
    html = """<html><body><div><div>Privacy Policy</div>
    <div>Cookies<br>We use cookies to remember your settings.</div>
    <p>Analytics</p><p>We use a tool to count visits.</p></div></body></html>"""
    doc = ingest.parse(html)
    assert [s.title for s in doc.sections if s.title] == ["Cookies", "Analytics"]
    # with real headings on the page, a short paragraph stays a paragraph
    html = "<html><body><h1>Privacy</h1><h2>Data</h2><p>Email address</p><p>We collect your email address.</p></body></html>"
    assert "Email address" not in [s.title for s in ingest.parse(html).sections]


def test_html_cookie_banner_at_the_end_of_the_page_is_dropped():
    html = """<html><body><h1>Privacy Policy</h1><p>We collect your email address when you sign up.</p>
    <h2>Cookies</h2><p>We use cookies to keep you signed in. By using our site you agree to our use of cookies.</p>
    <div class="zz9"><p>This site uses cookies. By continuing to browse you agree to our use of cookies.</p>
    <span>Got it</span></div></body></html>"""
    doc = ingest.parse(html)
    assert "This site uses cookies" not in doc.text and "Got it" not in doc.text
    assert "We use cookies to keep you signed in." in doc.text


def test_list_items_are_marked_with_their_lead_in():
    doc = ingest.parse("Privacy Policy\n\nThe data we collect includes:\n• your postal address\n• telephone numbers\n\n"
                       "We keep it for a year.", fmt="text")
    items = {s.text: doc.sentences[s.list_lead].text for s in doc.sentences if s.list_lead is not None}
    assert items == {"• your postal address": "The data we collect includes:",
                     "• telephone numbers": "The data we collect includes:"}
    assert {i: lead.index for i, lead in ingest.list_leads(doc).items()} == {
        s.index: s.list_lead for s in doc.sentences if s.list_lead is not None}


def test_sentence_case_title_right_above_a_list_or_a_sentence_is_a_heading():
    text = ("Data we collect\n- Account: we ask for your email address.\n- Crash logs.\n\n"
            "Why we use it\nWe use account data to run your account and to help you.\n\n"
            "We collect the following\ndetails about you when you register.\n")
    doc = ingest.document_from_text(text)
    titles = [s.title for s in doc.sections]
    assert "Data we collect" in titles and "Why we use it" in titles
    # a hard-wrapped sentence is not cut into a title
    assert not any(t.startswith("We collect the following") for t in titles)


COOKIE_TABLE = """<html><body><h1>Cookie Notice</h1><p>We use the cookies below.</p>
<table><thead><tr><th>Cookie name</th><th>Set by</th><th>Description</th><th>Duration</th></tr></thead>
<tbody><tr><td>_ga</td><td>Google Analytics</td><td>Counts visits. Anonymous.</td><td>2 years</td></tr>
<tr><th>sid</th><td>Fern &amp; Field</td><td>Keeps you signed in.</td><td></td></tr></tbody></table></body></html>"""


def test_cookie_table_rows_carry_their_column_names_and_stay_one_sentence():
    doc = ingest.parse(COOKIE_TABLE, fmt="html")
    _check_offsets(doc)
    rows = [s.text for s in doc.sentences if "|" in s.text]
    # a full stop inside a cell does not part the row; an empty cell is left out (a row ending
    # "Duration:" would read as a list's lead-in); a <th> naming the row is one of its cells
    assert rows == ["Cookie name: _ga | Set by: Google Analytics | Description: Counts visits. Anonymous. | Duration: 2 years",
                    "Cookie name: sid | Set by: Fern & Field | Description: Keeps you signed in."]
    assert "Set by |" not in doc.text  # the header row itself is not a line


def test_cookie_table_header_may_be_its_first_row_of_td_cells():
    html = """<table><tr><td>Cookie</td><td>Provider</td><td>Expiry</td></tr>
    <tr><td>_fbp</td><td>Meta</td><td>3 months</td></tr></table>"""
    doc = ingest.parse(html, fmt="html")
    assert [s.text for s in doc.sentences] == ["Cookie: _fbp | Provider: Meta | Expiry: 3 months"]


def test_cookie_table_in_markdown_is_read_the_same_way():
    md = "# Cookies\n\n| Tracker | Purpose | Lifespan |\n|---|---|---|\n| _hjid | Analytics | 1 year |\n"
    doc = ingest.parse(md, fmt="markdown")
    assert doc.sentences[-1].text == "Tracker: _hjid | Purpose: Analytics | Lifespan: 1 year"


@pytest.mark.parametrize("header", [
    "<th>Name</th><th>Purpose</th><th>Location</th>",  # processors: a plain "Name" needs an expiry column
    "<th>Recipient</th><th>Purpose</th>",
    "<th>Cookie</th><th>Notes</th>",  # a cookie column alone is not enough
])
def test_other_tables_keep_their_plain_rows(header):
    html = f"<table><tr>{header}</tr><tr><td>Amazon Web Services</td><td>Hosting</td><td>USA</td></tr></table>"
    doc = ingest.parse(html, fmt="html")
    assert [s.text for s in doc.sentences] == ["Amazon Web Services | Hosting | USA"]


@pytest.mark.parametrize("header,kind", [
    (["Cookie", "Provider", "Purpose", "Expiry"], True),
    (["Name of cookie", "Domain", "Max-age"], True),
    (["Name", "Type", "Expiration"], True),
    (["Cookie/tracker name", "Company"], True),
    (["Name", "Provider", "Purpose"], False),
    (["Data", "Purpose", "Retention"], False),
    (["Cookie", "Expiry (days)"], True),  # a note after a column's name
    (["Name (legal entity)", "Purpose"], False),
])
def test_cookie_columns(header, kind):
    assert (ingest.cookie_columns(header) is not None) is kind


def test_cookie_table_rows_cut_up_by_blocks_or_other_tables_stay_plain():
    html = """<table><tr><th>Cookie</th><th>Provider</th><th>Expiry</th></tr>
    <tr><th colspan="3">Analytics</th></tr>
    <tr><td>_ga</td><td>Google</td><td>2 years</td></tr>
    <tr><td>x</td><td><p>Acme</p><p>Ads</p></td><td>1 year</td></tr>
    <tr><td><table><tr><td>inner</td></tr></table></td><td>outer</td><td>1 day</td></tr></table>"""
    doc = ingest.parse(html, fmt="html")
    texts = [s.text for s in doc.sentences]
    # a row of <th> inside the table (a group title) does not undo its column names
    assert "Cookie: _ga | Provider: Google | Expiry: 2 years" in texts
    assert not any("Provider: Acme" in t or "Expiry: 1 day" in t for t in texts)


def test_numbered_clauses_under_numbered_titles():
    """Policies that number their paragraphs under numbered titles ("1. What we collect" / "1.1 We
    collect…"): the titles are headings, sentence case or not, and each clause is a paragraph of its
    own, not an item of a list the title would introduce."""
    text = ("Example App Privacy Policy\n\n"
            "1. What we collect from you\n1.1 We collect your email address.\n1.2 We collect crash reports.\n\n"
            "2. Advertising\n2.1 There is no advertising in the app.\n3. Your rights\n3.1 You can delete your data.\n")
    doc = ingest.parse(text, fmt="text")
    headings = [s.text for s in doc.sentences if s.is_heading]
    assert headings == ["Example App Privacy Policy", "1. What we collect from you", "2. Advertising", "3. Your rights"]
    assert all(s.list_lead is None for s in doc.sentences)
    # a list under a lead-in still is one
    doc = ingest.parse("Privacy Policy\n\nWe collect:\n1. your name\n2. your email address\n", fmt="text")
    assert [s.list_lead for s in doc.sentences if s.text.startswith(("1.", "2."))] == [1, 1]


def test_an_accordion_summary_is_a_heading_and_a_definition_term_goes_with_its_description():
    from summarizer import label_text
    from summarizer.ingest import parse

    html = ("<html><body><main><h1>Privacy notice</h1><p>We collect your email address.</p>"
            "<details><summary>How long we keep it</summary><dl>"
            "<dt>Account and identity verification data</dt><dd>6 years after account closure.</dd>"
            "<dt>Device and usage data</dt><dd>13 months.</dd></dl></details>"
            "<details><summary>Keeping your data safe</summary><p>We encrypt data at rest.</p></details>"
            "</main></body></html>")
    doc = parse(html, fmt="html")
    assert [s.title for s in doc.sections][-2:] == ["How long we keep it", "Keeping your data safe"]
    assert "Device and usage data: 13 months." in doc.text
    ret = label_text(html, fmt="html").answer("retention")
    assert [(i.text, i.detail) for i in ret.items] == [
        ("For a set time", "account and identity verification data: 6 years after account closure; "
                           "device and usage data: 13 months")]


def test_a_title_under_the_company_name_in_the_opening_lines_is_the_documents_title():
    from summarizer.ingest import parse

    text = ("ORBITAL LEDGER, INC.\nGLOBAL PRIVACY POLICY\n\nEffective Date: April 1, 2026\n\n1. INTRODUCTION\n\n"
            "We collect your name.\n\n2. CALIFORNIA PRIVACY NOTICE\n\nWe do not sell personal information.\n")
    assert parse(text, fmt="text").title == "GLOBAL PRIVACY POLICY"


def test_the_title_and_date_in_a_page_header_outside_main_are_kept():
    from summarizer import label_text

    html = ("<html><body><header><nav><a href='/'>Home</a></nav><h1>Employee Privacy Notice</h1>"
            "<p>Veltrano Logistics B.V. · Effective date: 1 January 2025</p></header>"
            "<main><h2>Your rights</h2><p>You have the right to access your personal data.</p></main>"
            "<footer><p>© 2025 Veltrano · Updated 2024</p></footer></body></html>")
    lab = label_text(html, fmt="html")
    assert (lab.last_updated, lab.organization) == ("1 January 2025", "Veltrano Logistics B.V")
    assert "Home" not in label_text(html, fmt="html").to_markdown().split("### From the policy")[1]


def test_a_sentence_ends_after_an_email_address_that_ends_it():
    """syntok reads the full stop after an address as part of it; the next sentence is its own."""
    from summarizer.ingest import parse

    text = ("To delete your data, email privacy@hearthfinder.example. California residents may also ask us to "
            "correct it. Write to us at help@acme.com. We reply fast. Mail j.doe@x.org.uk.")
    doc = parse(text, fmt="text")
    assert [s.text for s in doc.sentences] == [
        "To delete your data, email privacy@hearthfinder.example.",
        "California residents may also ask us to correct it.", "Write to us at help@acme.com.", "We reply fast.",
        "Mail j.doe@x.org.uk."]
    assert all(text[s.start:s.end] == s.text for s in doc.sentences)


def test_a_numbered_lead_in_ending_in_a_colon_is_no_heading():
    from summarizer.ingest import looks_like_heading

    # a sentence that leads in to its numbered sub-clauses, not a title
    assert not looks_like_heading("7.1 Subject to applicable law, you have the right to:")
    # a numbered title with a colon still is one
    assert looks_like_heading("4.2 Information We Collect From You:")


@pytest.mark.parametrize("text, first", [
    ("Google serves ads on wordwell.com. You may opt out of its cookie.", "Google serves ads on wordwell.com."),
    ("See www.aboutads.info/choices. We also use cookies.", "See www.aboutads.info/choices."),
    ("Write to privacy@acme.example. California residents may ask more.", "Write to privacy@acme.example."),
])
def test_a_web_address_that_ends_a_sentence_ends_it(text, first):
    sentences = [s.text for s in ingest.parse(text, fmt="text").sentences]
    assert sentences[0] == first and len(sentences) == 2


def test_abbreviations_and_addresses_inside_a_sentence_do_not_end_it():
    sentences = [s.text for s in ingest.parse("Visit acme.com/help for help. The U.S. Government may ask.", fmt="text").sentences]
    assert sentences == ["Visit acme.com/help for help.", "The U.S. Government may ask."]


def test_a_section_number_or_a_company_form_that_ends_a_sentence_ends_it():
    text = ("Clips are kept for the periods described in section 2.6. Fitness data is kept until you delete it. "
            "We are Acme Ltd. We collect your name. Our office is Acme Inc. in Boston.")
    assert [s.text for s in ingest.parse(text, fmt="text").sentences] == [
        "Clips are kept for the periods described in section 2.6.", "Fitness data is kept until you delete it.",
        "We are Acme Ltd.", "We collect your name.", "Our office is Acme Inc. in Boston."]
