"""Lists: an item is read with the sentence that introduces it, and a lead-in line is not a heading."""
from summarizer import label_text
from summarizer.extract import Extractor
from summarizer.ingest import list_leads, parse

POLICY = """Information We Hold

The account data we collect will generally include

  • your postal address
  • telephone numbers
  • payment card details

Our staff reads the messages you send us from:

  • the contact form
  • support tickets
"""


def _findings(text: str, category: str) -> list:
    """The findings of one category the extractor makes on a plain-text policy."""
    return [f for f in Extractor().run(parse(text, fmt="text")) if f.category == category]


def _values(findings: list, attribute: str, negated: bool | None = None) -> set[str]:
    """The values of ``attribute`` in ``findings`` (only stated or only denied ones if asked)."""
    return {v for f in findings if negated is None or f.negated == negated for v in f.attributes.get(attribute, [])}


def test_items_are_read_with_their_lead_in():
    doc = parse(POLICY, fmt="text")
    leads = list_leads(doc)
    items = [s for s in doc.sentences if s.index in leads]
    assert [s.text for s in items][:3] == ["• your postal address", "• telephone numbers", "• payment card details"]
    assert all(leads[s.index].text.endswith("generally include") for s in items[:3])


def test_a_colon_lead_in_is_not_a_heading():
    doc = parse(POLICY, fmt="text")
    titles = [sec.title for sec in doc.sections]
    assert "Our staff reads the messages you send us from:" not in titles
    assert "Information We Hold" in titles


def test_item_findings_quote_the_item_and_its_lead_in():
    doc = parse(POLICY, fmt="text")
    found = [f for f in Extractor().run(doc) if f.category == "first_party_collection_use"]
    types = {v for f in found for v in f.attributes.get("personal_information_type", [])}
    assert {"contact", "financial"} <= types
    with_context = [f for f in found if any(e.context for e in f.evidence)]
    assert with_context
    for f in with_context:
        lead, item = f.evidence[0], f.evidence[-1]
        assert lead.context and not item.context
        assert doc.text[lead.start:lead.end] == lead.text and doc.text[item.start:item.end] == item.text
        # the practice's evidence is where the practice is stated: the item, not the lead-in
        practice = f.practice()
        assert practice is not None
        assert [e["text"] for e in practice["evidence"]] == [item.text]


def test_the_label_names_the_listed_data():
    text = label_text(POLICY).to_markdown()
    assert "Contact details" in text
    assert "ayment" in text  # payment / financial data is named on the label


def test_numbered_title_lines_are_headings_but_numbered_sentences_are_items():
    text = ("Notice\n\n  1. The Data We May Process About You\n\n- your email address\n\n"
            "  2. Who We Share It With\n\n1. we share it with couriers.\n")
    titles = [sec.title for sec in parse(text, fmt="text").sections]
    assert "1. The Data We May Process About You" in titles
    assert "2. Who We Share It With" in titles
    assert "1. we share it with couriers." not in titles


def test_titles_glued_between_sentences_become_sections():
    text = ("This policy covers our website and apps.Automatic collection of informationWhen you visit "
            "the website our servers record what your browser sends.Privacy of childrenWe do not collect data "
            "from children under 13.")
    doc = parse(text, fmt="text")
    assert doc.text == text
    titles = [sec.title for sec in doc.sections]
    assert "Automatic collection of information" in titles and "Privacy of children" in titles
    assert any(s.text.startswith("When you visit") for s in doc.sentences)


def test_ordinary_sentences_are_not_split_into_titles():
    text = "We use Google Analytics.It helps us. Contact us at help@example.com. See example.com for more."
    titles = [sec.title for sec in parse(text, fmt="text").sections]
    assert titles == [""] or all(t == "" for t in titles)


def test_short_sentence_case_lines_standing_alone_are_headings():
    text = ("How we use your information\n\nWe use your email address to send receipts.\n\n"
            "3. Sharing with third parties\n\nWe share orders with couriers.\n\n"
            "We use cookies\nto remember your basket.\n")
    titles = [sec.title for sec in parse(text, fmt="text").sections]
    assert "How we use your information" in titles
    assert "3. Sharing with third parties" in titles
    assert "We use cookies" not in titles


CONTENTS = """Privacy Policy

Table of Contents

1. Information We Collect

2. Your California Privacy Rights

3. Security

1. Information We Collect

We collect the following details:
Full Name
Email Address

2. Your California Privacy Rights

Residents of the state may ask us for a list of the companies we gave data to.

3. Security

We use encryption to protect your data.

Questions?
What About Cookies?
Who Sees My Data?

What About Cookies?

We use cookies to remember you.

Who Sees My Data?

Only our staff.
"""


def test_a_table_of_contents_states_no_practice():
    from summarizer.ingest import table_of_contents

    doc = parse(CONTENTS, fmt="text")
    toc = [doc.sentences[i].text for i in sorted(table_of_contents(doc))]
    assert toc == ["1. Information We Collect", "2. Your California Privacy Rights", "3. Security", "What About Cookies?",
                   "Who Sees My Data?"]
    practices = label_text(CONTENTS, fmt="text").practices
    where = {p["evidence"][0]["text"] for p in practices}
    assert {"Full Name", "Email Address", "We use encryption to protect your data."} <= where
    starts = {p["evidence"][0]["start"] for p in practices}
    for i in table_of_contents(doc):  # the same titles over their sections may still count
        assert doc.sentences[i].start not in starts


def test_a_list_of_rights_under_a_lead_in_gives_each_right():
    """A rule that fills nothing (a right) still fires on an item that holds its trigger words
    when the lead-in gives the setting ("you have rights ...:")."""
    policy = ("Your rights\n\nUnder certain circumstances, you have rights under data protection laws in relation to "
              "your personal data:\n- Request access to your personal data.\n- Request correction of your personal data.\n"
              "- Request erasure of your personal data.\n- Request transfer of your personal data.\n")
    lab = label_text(policy, fmt="text")
    types = {t for p in lab.practices if p["category"] == "user_access_edit_and_deletion"
             for t in p["attributes"].get("access_type", [])}
    assert {"view", "edit_information", "delete_account_partial"} <= types
    # an item that a rule's guard rules out alone stays out with its lead-in too
    seal = ("Seals\n\nWhen you see a privacy seal, you can expect to be notified of:\n"
            "- How you can access and, if necessary, change the personal information a company maintains\n"
            "- What personal information may be collected\n")
    assert not [p for p in label_text(seal, fmt="text").practices if p["category"] == "user_access_edit_and_deletion"]


USE_LIST = """4. HOW WE USE YOUR INFORMATION
We use information to:

create a members area account if you have requested one;

answer your questions about orders;
"""


def test_an_item_that_fires_a_rule_on_its_own_is_kept():
    # "create ... account" is read by use.in_section on the item alone; with the lead-in put
    # before it ("We use information to: create…") the rule's verb is no longer at the start.
    doc = parse(USE_LIST, fmt="text")
    found = Extractor().run(doc)
    quoted = {f.evidence[-1].text for f in found if f.category == "first_party_collection_use"}
    assert any(t.startswith("create a members area account") for t in quoted)


def test_a_denied_clause_does_not_fill_a_practice():
    # "we rent our mailing list, but we do not sell your payment details": the rental is of the
    # list (contact details), not of the payment details the second clause denies selling.
    from summarizer.extract import affirmed
    text = "We rent our customer mailing list to partners, but we do not sell your payment details."
    kept = affirmed(text, text.index("rent") + 4)
    assert "mailing list" in kept and "payment details" not in kept
    listing = "The data we collect includes, but is not limited to, your name and card number."
    assert affirmed(listing, listing.index("collect") + 7) == listing
    doc = parse("Sharing\n\n" + text + "\n", fmt="text")
    shared = [f for f in Extractor().run(doc) if f.category == "third_party_sharing_collection" and not f.negated]
    assert shared
    assert all("financial" not in f.attributes.get("personal_information_type", []) for f in shared)


def test_an_item_the_rule_sets_aside_on_its_own_adds_nothing():
    # The lead-in makes the collection rules fire, but the item alone is a question the rules set
    # aside (a signpost), so it does not become a practice of its own.
    text = ("Notice\n\nWhen you see our seal you can expect to be told:\n\n"
            "What personal information may be collected and by what means\n\n"
            "Who, if anyone, is collecting your personal information\n")
    doc = parse(text, fmt="text")
    quoted = {f.evidence[-1].text for f in Extractor().run(doc) if f.category == "first_party_collection_use"}
    assert "What personal information may be collected and by what means" not in quoted


def test_what_the_data_does_not_contain_is_not_filled():
    text = ("Sharing\n\nWe may share usage statistics with our partners in aggregate form, which will not "
            "contain your name or email address.\n")
    shared = _findings(text, "third_party_sharing_collection")
    assert shared
    types = _values(shared, "personal_information_type")
    assert "contact" not in types and "user_online_activities" in types


def test_words_that_only_look_like_purposes():
    text = ("Information we collect\n\nFor some financial services we may also ask for your Social Security number.\n\n"
            "Advertising\n\nOur advertising partners may use cookies to serve you advertisements tailored to interests "
            "you have shown on our site.\n")
    found = Extractor().run(parse(text, fmt="text"))
    purposes = _values(found, "purpose")
    assert "service_operation_and_security" not in purposes
    assert "personalization_customization" not in purposes and "advertising" in purposes


def test_other_users_the_company_protects_are_not_recipients():
    text = ("Disclosure\n\nWe may disclose your information to law enforcement to protect the rights, property "
            "or safety of our company or other users of the site.\n")
    shared = _findings(text, "third_party_sharing_collection")
    assert shared
    entities = _values(shared, "third_party_entity")
    assert "other_users" not in entities and "named_third_party" in entities


def test_advertisers_as_recipients_are_not_an_advertising_purpose():
    text = ("Sharing\n\nWe may share aggregate statistics with partners, advertisers and investors.\n\n"
            "We do not share your personal information with advertisers.\n")
    shared = _findings(text, "third_party_sharing_collection")
    assert "advertising" not in _values(shared, "purpose", negated=False)
    entities = _values(shared, "third_party_entity", negated=False)
    assert "named_third_party" in entities  # the advertisers are still named as recipients


def test_purpose_terms_for_marketing_and_business_transfer():
    text = ("Sharing\n\nWe may share such information with third parties to enhance our ability to market to you "
            "products that may interest you.\n\nWe may transfer your usage information to a buyer in the event we "
            "sell or transfer all or a part of our business.\n")
    purposes = _values(_findings(text, "third_party_sharing_collection"), "purpose")
    assert {"marketing", "merger_acquisition"} <= purposes


def test_including_but_not_limited_to_is_not_an_exclusion():
    text = ("Information we collect\n\nWe may collect details of your visits including, but not limited to, "
            "location data and your IP address.\n")
    types = _values(_findings(text, "first_party_collection_use"), "personal_information_type")
    assert {"location", "ip_address_and_device_ids"} <= types


NESTED = """Sharing

Acme may share personal information with others, such as:

Service providers that work on our behalf. Examples include hosting; and payment processing;

Law enforcement authorities or courts, when:

we believe in good faith that the law requires it

to protect our rights or the safety of others

Another entity, in the course of a sale or merger of all or part of our business

A court in the event of a bankruptcy proceeding.
"""


def test_an_item_after_a_list_inside_the_list_goes_back_to_the_outer_lead_in():
    doc = parse(NESTED, fmt="text")
    lead_of = {s.text: doc.sentences[s.list_lead].text for s in doc.sentences if s.list_lead is not None}
    outer = "Acme may share personal information with others, such as:"
    inner = "Law enforcement authorities or courts, when:"
    assert lead_of["we believe in good faith that the law requires it"] == inner
    assert lead_of["to protect our rights or the safety of others"] == inner
    # lowercase items belong to the inner list; a capitalised one like the outer list's goes back
    assert lead_of["Another entity, in the course of a sale or merger of all or part of our business"] == outer
    assert lead_of["A court in the event of a bankruptcy proceeding."] == outer
    purposes = _values(_findings(NESTED, "third_party_sharing_collection"), "purpose", negated=False)
    assert "merger_acquisition" in purposes


def test_an_item_that_looks_like_the_inner_list_stays_in_it():
    text = NESTED.replace("Another entity, in", "another entity, in")
    doc = parse(text, fmt="text")
    lead_of = {s.text: doc.sentences[s.list_lead].text for s in doc.sentences if s.list_lead is not None}
    assert lead_of["another entity, in the course of a sale or merger of all or part of our business"] == (
        "Law enforcement authorities or courts, when:")


def test_further_sentences_on_an_items_line_do_not_end_its_list():
    text = ("We may share your information with:\n\nService providers. They host our site; and they send our email;\n\n"
            "advertisers that show ads on our site\n")
    doc = parse(text, fmt="text")
    lead_of = {s.text: doc.sentences[s.list_lead].text for s in doc.sentences if s.list_lead is not None}
    assert lead_of.get("advertisers that show ads on our site") == "We may share your information with:"
