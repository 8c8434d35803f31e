"""Today's policies: CCPA category lists, GDPR legal-basis lists, app SDKs and in-app rights (short
fixtures written for these tests)."""
import pytest

from summarizer.extract import Extractor
from summarizer.ingest import parse

CCPA = """Privacy Notice

Personal information we collect
We collect the following categories of personal information, as defined under the California Consumer Privacy Act (CCPA):
- Identifiers, such as your name, alias, postal address, unique personal identifier, online identifier and account name.
- Geolocation data, such as your approximate location or, with your permission, the precise location of your device.
- Education information, such as degrees and schools attended, if you apply for a job.
- Audio, electronic, visual or similar information, such as recordings of calls with our support team.

Sharing
We "share" identifiers and internet activity information with advertising partners for cross-context behavioral advertising, which may be considered a "sale" under California law.
We do not sell your personal information for monetary consideration.
We have no actual knowledge that we sell the personal information of consumers under 16 years of age.
"""

GDPR = """# Privacy Notice

## Purposes and legal bases

- **Providing rides** (Art. 6(1)(b) GDPR): to unlock vehicles and charge your payment method.
- **Product analytics** (Art. 6(1)(f) GDPR): to understand how riders use the app and improve it.

## Recipients

We do not pass on your data to third parties for their own advertising purposes.
"""

APP = """App Privacy Policy

Third-party SDKs
The app includes SDKs from analytics providers. These SDKs may collect device identifiers and usage data under their own privacy policies.

Your data
You can also export your transactions as a CSV file.
To delete your game data, email support@example.com with your player ID.
"""


def _findings(text: str, fmt: str = "text") -> list:
    return Extractor().run(parse(text, fmt=fmt))


def _values(findings: list, category: str, attribute: str, negated: bool | None = False) -> set[str]:
    return {v for f in findings if f.category == category and (negated is None or f.negated == negated)
            for v in f.attributes.get(attribute, [])}


def _answer_items(text: str, key: str, fmt: str = "text") -> list[str]:
    """The item lines of one answer of the label of ``text``."""
    from summarizer import label_text

    return [i.text for i in label_text(text, fmt=fmt).answer(key).items]


def _answer_details(text: str, key: str) -> list[tuple[str, str]]:
    """(text, detail) of each item of one answer of the label of ``text``."""
    from summarizer import label_text

    return [(i.text, i.detail) for i in label_text(text).answer(key).items]


def _recipients(findings: list) -> set[str]:
    """The names of the companies data is shared with (not denied), as the taxonomy terms spell them."""
    return {n for f in findings if f.category == "third_party_sharing_collection" and not f.negated
            for n in f.terms.get("third_party_entity", [])}


def test_ccpa_categories_are_typed():
    found = _findings(CCPA)
    types = _values(found, "first_party_collection_use", "personal_information_type")
    assert {"personal_identifier", "ip_address_and_device_ids", "user_profile", "location", "demographic"} <= types


def test_ccpa_sharing_for_ads_is_read_and_narrow_denials_are_not_a_flat_no():
    found = _findings(CCPA)
    shared = [f for f in found if f.category == "third_party_sharing_collection"]
    assert any(not f.negated and "advertising" in f.attributes.get("purpose", []) for f in shared)
    # "for monetary consideration" does not deny selling; "of consumers under 16" denies it for minors only
    denials = [f.evidence[-1].text for f in shared if f.negated and f.rule == "share.sell"]
    assert denials and all("under 16" in t for t in denials)
    from summarizer import label_text
    from summarizer.label import DENIED
    assert label_text(CCPA, fmt="text").answer("sold").status != DENIED


def test_gdpr_legal_basis_items_are_uses():
    found = _findings(GDPR, fmt="markdown")
    purposes = _values(found, "first_party_collection_use", "purpose")
    assert {"basic_service_feature", "analytics_research"} <= purposes
    assert _values(found, "third_party_sharing_collection", "third_party_entity", negated=True) == {"unnamed_third_party"}


def test_app_sdks_collect_and_in_app_rights():
    found = _findings(APP)
    assert "collect_on_first_party_website_app" in _values(found, "third_party_sharing_collection", "action_third_party")
    access = _values(found, "user_access_edit_and_deletion", "access_type")
    assert {"export", "delete_account_partial"} <= access


def test_a_denial_about_minors_data_does_not_answer_whether_data_is_sold():
    from summarizer import label_text
    from summarizer.label import DENIED, NOT_STATED

    text = ("Privacy Policy\n\nWe collect your email address when you sign up.\n\n"
            "We do not sell the personal information of consumers under 16 years of age.\n")
    assert label_text(text, fmt="text").answer("sold").status == NOT_STATED
    text += "\nWe do not sell your personal information.\n"
    assert label_text(text, fmt="text").answer("sold").status == DENIED


def test_modern_data_kinds_and_purposes():
    text = ("Privacy Policy\n\nInformation we collect\n"
            "- Inferences, such as your fitness goals and class preferences.\n"
            "- Biometric information, such as fingerprint scans used to check in.\n\n"
            "How we use it\nWe use your information to train and improve our machine learning models.\n")
    found = _findings(text)
    types = _values(found, "first_party_collection_use", "personal_information_type")
    assert {"user_profile", "health"} <= types
    assert "analytics_research" in _values(found, "first_party_collection_use", "purpose")


def test_authorities_storage_encryption_records_and_listed_rights():
    """Phrasings of today's GDPR/CCPA notices: a bare "authorities" as a recipient, encryption "in
    transit and at rest" (both measures), "transaction records" kept for years, and an opt-out or an
    objection that comes late in a list of rights."""
    text = ("# Privacy Notice\n\n## Sharing\n"
            "We share data with our corporate affiliates, with authorities when the law requires it, "
            "and with a buyer if the company is sold.\n\n"
            "## Security\nWe encrypt data in transit and at rest.\n\n"
            "## Retention\nTransaction records are kept for seven years to meet tax obligations.\n\n"
            "## Your rights\nYou have the right to receive your data in a portable format and to object to or "
            "restrict certain processing. California residents have the right to know, delete and correct "
            "personal information, and to opt out of sale or sharing.\n")
    found = _findings(text, fmt="markdown")
    entities = _recipients(found)
    assert {"authorities", "affiliates", "business buyers"} <= entities
    assert {"secure_data_transfer", "secure_data_storage"} <= _values(found, "data_security", "security_measure")
    kept = [f for f in found if f.category == "data_retention"]
    assert any("financial" in f.attributes.get("personal_information_type", []) for f in kept)
    rights = [f for f in found if f.category == "user_choice_control"]
    assert any("object to or restrict" in f.evidence[-1].text for f in rights)
    assert any("opt out of sale" in f.evidence[-1].text for f in rights)


def test_photos_kept_on_the_device_are_not_content_the_reader_posts():
    found = _findings("App Privacy Policy\n\nPhotos are processed on your device and are never uploaded to our servers.\n"
                      )
    denied = _values(found, "first_party_collection_use", "personal_information_type", negated=True)
    assert denied == {"other"}  # the device's photos, not "what you do on the site or app"
    assert "user_online_activities" in Extractor().fill("personal_information_type", "Photos you post are public.")[0]


HEALTH = """NOTICE OF PRIVACY PRACTICES
Example Family Clinic

Our Responsibilities
We are required by law to maintain the privacy and security of your protected health information. We will let you know promptly if a breach occurs that may have compromised the privacy or security of your information.

Your Rights
You can ask to see or get an electronic or paper copy of your medical record.

Changes to the Terms of This Notice
We can change the terms of this notice. The new notice will be available upon request, in our office, and on our web site.
"""


def test_a_health_notice_of_privacy_practices():
    """The layout and wording of US health notices (written for this test): the title, the legal
    duty to keep data secure, breach notice, a copy of one's medical record, the new notice on the
    web site."""
    from summarizer import label_text

    lab = label_text(HEALTH, fmt="text")
    assert lab.name == "NOTICE OF PRIVACY PRACTICES"
    found = _findings(HEALTH)
    rules = {f.rule for f in found}
    assert {"security.legal_duty", "security.breach"} <= rules
    assert "view" in _values(found, "user_access_edit_and_deletion", "access_type")
    assert "general_notice_on_website" in _values(found, "policy_change", "notification_type")


KIDS = """Starfish Reading Privacy Policy for Parents

Starfish Reading is an app that helps children ages 4 to 8 learn to read.

1. What we collect from children
1.1 We collect progress data, such as which stories a child has finished, so the app can pick the next level.
1.2 We do not collect precise location, photos or voice recordings from children.

2. Sharing
2.1 We do not share children's personal information with third parties, except with service providers that host our servers, who may use it only to provide those services to us.
"""


def test_an_app_made_for_children():
    """In a general policy a sentence about children is a statement about an audience; in the policy
    of an app made for children (written for this test) every sentence speaks of them, and its
    practices are read: the exception to a denial names the recipients, and denying some kinds of data
    is not denying collecting children's data."""
    from summarizer import label_text

    lab = label_text(KIDS, fmt="text")
    kids = lab.answer("children")
    assert kids.status != "denied" and kids.items[0].text == "The service is made for children"
    found = _findings(KIDS)
    assert "service providers" in _recipients(found)
    assert not [f for f in found if f.rule == "collect.children.denied"]
    # the same sentences in a general policy stay statements about an audience
    general = KIDS.replace("Starfish Reading is an app that helps children ages 4 to 8 learn to read.",
                           "Starfish Reading publishes stories.")
    assert not [f for f in _findings(general) if f.category == "third_party_sharing_collection" and not f.negated]


def test_a_table_of_purposes_data_and_retention():
    """GDPR notices tabulate purposes, data, legal bases and retention (written for this test):
    each row is a use of its data and a retention period, neither giving way to the other."""
    html = """<html><body><h1>Privacy Notice</h1><h2>How we use your data</h2><table>
    <thead><tr><th>Purpose</th><th>Categories of data</th><th>Legal basis</th><th>Retention</th></tr></thead>
    <tbody><tr><td>Preventing fraud</td><td>Contact data, device data</td><td>Legal obligation</td><td>5 years</td></tr>
    <tr><td>Sending you offers about our products</td><td>Contact data</td><td>Consent</td><td>Until you withdraw consent</td></tr>
    </tbody></table></body></html>"""
    found = _findings(html, fmt="html")
    assert {"service_operation_and_security", "marketing"} <= _values(found, "first_party_collection_use", "purpose")
    assert {"stated_period", "limited"} <= _values(found, "data_retention", "retention_period")


def test_bank_recipients_and_transfer_safeguards():
    text = ("# Privacy Notice\n\n## Who we share it with\n\n"
            "- Credit reference agencies, to check your identity.\n- Fraud prevention agencies.\n"
            "- Our IT and cloud providers.\n\n"
            "Some recipients are outside the UK. There we use the International Data Transfer Agreement or another "
            "lawful safeguard.\n")
    found = _findings(text, fmt="markdown")
    entities = _recipients(found)
    assert {"credit and fraud prevention agencies", "service providers"} <= entities
    assert not [f for f in found if f.category == "data_security"]  # a transfer mechanism, not security


def test_a_question_states_nothing_its_answer_does():
    """A privacy FAQ (written for this test): "Does Loop sell my data?" asks, it does not say they sell."""
    from summarizer import label_text
    from summarizer.label import DENIED

    md = ("# Privacy FAQ\n\n### Does Loop sell my data?\nNo. Loop has never sold member data and never will.\n\n"
          "### Does Loop use my health data for ads?\nNever. We don't give health data to advertisers.\n")
    lab = label_text(md, fmt="markdown")
    assert lab.answer("sold").status == DENIED
    assert "advertising" not in _values(_findings(md, fmt="markdown"), "first_party_collection_use", "purpose")


def test_a_ccpa_matrix_of_yes_and_no_is_no_sale():
    """A CCPA matrix ("Category | Examples | Collected | Sold or shared" over "Yes"/"No" cells, written
    for this test): each row is read with its column names, and "Sold or shared: No" is the
    company's answer for that row, a denial of selling (never a sale)."""
    from summarizer import label_text
    from summarizer.label import DENIED

    html = """<html><body><h1>California Privacy Notice</h1><h2>Categories of personal information</h2>
    <table><tr><th>Category</th><th>Examples</th><th>Collected</th><th>Sold or shared</th></tr>
    <tr><td>Identifiers</td><td>Name, email address</td><td>Yes</td><td>No</td></tr>
    <tr><td>Geolocation data</td><td>Precise location</td><td>Yes</td><td>No</td></tr></table></body></html>"""
    lab = label_text(html, fmt="html")
    assert lab.answer("sold").status == DENIED
    assert "Identifiers | Examples: Name, email address | Collected: Yes | Sold or shared: No" in lab.document.text


def test_a_business_platform_uses_and_subprocessors():
    """A B2B platform's policy (written for this test): 'to secure our systems' is a purpose of use,
    not a security measure (nor a reason for the use to give way); sub-processors are service providers."""
    text = ("Privacy Policy\n\nHow we use it\nWe use this information to operate the platform, to provide support, "
            "to bill Customers, to secure our systems, and to send marketing emails, which you can opt out of at any "
            "time.\n\nSubprocessors\nWe use subprocessors such as Amazon Web Services for hosting.\n")
    found = _findings(text)
    assert {"basic_service_feature", "service_operation_and_security", "marketing"} <= _values(
        found, "first_party_collection_use", "purpose")
    assert not [f for f in found if f.category == "data_security"]
    assert any(f.rule == "share.service_providers" for f in found)


def test_app_instructions_are_choices_and_rights():
    """Apps state choices and rights as instructions (written for this test): a button to tap, a
    settings path, a "Download my data" item."""
    def kinds(sentence: str) -> set[str]:
        found = _findings("App Privacy Policy\n\n" + sentence)
        return _values(found, "user_choice_control", "choice_type") | _values(found, "user_access_edit_and_deletion",
                                                                               "access_type")

    assert "opt_out_link" in kinds("Tap Unsubscribe at the bottom of any email to stop marketing emails.")
    assert "first_party_privacy_controls" in kinds("You can turn off personalised ads in Settings > Ads.")
    assert "export" in kinds("Go to Settings > Privacy > Download my data for a ZIP file of everything we hold.")


def test_data_from_partners_and_public_sources_comes_from_others():
    found = _findings("Privacy Policy\n\nWe may also receive information about you from marketing partners and "
                      "public sources.\n")
    assert "others" in _values(found, "first_party_collection_use", "source")


def test_a_travel_app_shares_with_airlines_and_hotels():
    found = _findings("Privacy Policy\n\nWe share booking details with airlines and hotels to complete your booking.\n"
                      "Booking records are kept for six years for tax reasons.\n")
    assert "travel companies" in _recipients(found)
    assert "basic_service_feature" in _values(found, "third_party_sharing_collection", "purpose")
    kept = [f for f in found if f.category == "data_retention"]
    assert any("financial" in f.attributes.get("personal_information_type", []) for f in kept)


def test_an_faq_answer_under_what_does_it_record():
    """An FAQ answers "What does the band record?" with a list and no verb (written for this test);
    the device the data goes to ("on your phone") is no phone number."""
    md = ("# Privacy FAQ\n\n### What does the Loop band record?\nYour heart rate, sleep, steps and, if you turn on GPS, "
          "the routes of your runs. Your band sends this to the Loop app on your phone over Bluetooth.\n")
    types = _values(_findings(md, fmt="markdown"), "first_party_collection_use", "personal_information_type")
    assert {"health", "location"} <= types and "contact" not in types


CPRA = """## Sale and sharing

We do not sell personal information. You can opt out of sharing by clicking "Your Privacy Choices" in the footer.
We treat a Global Privacy Control (GPC) signal sent by your browser as a valid request to opt out of sharing for that browser.
We have not sold or shared the personal information of consumers we know to be under 16 years of age.

## Contact

To make a request, email privacy@fernleaf.example or call 1-800-555-0142 (or +1 800-555-0142 from abroad).
If we make material changes, we will send you product updates by email.
"""


def test_global_privacy_control_phone_numbers_and_the_age_of_a_sale():
    """A CPRA-era notice (written for this test): honoring Global Privacy Control is said beside Do
    Not Track (it is no OPP-115 practice, so no practice is made of it), a number to call is a way to
    reach the company (once, however often it is written), and the age up to which a sale needs
    consent is no minimum age of the service."""
    from summarizer import label_text

    lab = label_text(CPRA, fmt="markdown")
    dnt = lab.answer("dnt")
    assert dnt.status == "stated" and "Global Privacy Control" in dnt.items[0].text
    assert not [p for p in lab.practices if p["category"] == "do_not_track"]
    contact = [i.text for i in lab.answer("contact").items]
    assert "Phone: 1-800-555-0142" in contact and "Email: privacy@fernleaf.example" in contact
    assert not any("Minimum age" in i.text for i in lab.answer("children").items)
    # a policy that denies Do Not Track and honors GPC says both
    both = label_text(CPRA + "\nWe do not respond to Do Not Track signals.\n", fmt="markdown").answer("dnt")
    assert both.status == "denied" and [i.negated for i in both.items] == [True, False]
    assert label_text("We do not respond to GPC signals.", fmt="text").answer("dnt").status == "not_stated"


STORE = """# Pocket Tides Privacy Policy

## Data Linked to You

- Diagnostics: crash reports, sent only if you agreed to share them with developers.

## Data Not Linked to You

- Location: your approximate location, only while the app is open, to pick the nearest tide station.

## Data we do not collect

We do not collect your name, email address, contacts, photos or precise location.

## Your choices

You can turn off location access at any time in your device's Settings > Privacy > Location Services.
"""


def test_app_store_privacy_label_headings():
    """An app policy laid out like the App Store's privacy label (written for this test): its "Data
    (Not) Linked to You" headings list what is collected, a denial of precise location leaves the
    approximate location collected, and turning off an app's location access is a choice, not the
    right to see or correct one's data."""
    found = _findings(STORE, fmt="markdown")
    collected = _values(found, "first_party_collection_use", "personal_information_type")
    assert {"location", "computer_information"} <= collected
    assert not _values(found, "user_access_edit_and_deletion", "access_type")
    assert "browser_device_privacy_controls" in _values(found, "user_choice_control", "choice_type")


WRAPPED = """PRIVACY NOTICE

1. INFORMATION WE COLLECT

We collect information you give us on applications
or other forms, such as your name, address, date of
birth and driver's license number.

2. HOW WE SHARE INFORMATION

We may share information with companies that perform
services for us, such as printing firms, under contracts
that require them to keep it confidential.
"""


def test_text_wrapped_by_hand_is_read_across_its_line_breaks():
    """A notice wrapped by hand at 55 characters (as text copied from a PDF or an e-mail; written
    for this test): the rules' words meet across the line breaks ("date of\\nbirth"), "companies that
    perform services for us" are service providers, and the quotes still slice back to the text."""
    from summarizer import label_text

    lab = label_text(WRAPPED, fmt="text")
    found = _findings(WRAPPED)
    assert "demographic" in _values(found, "first_party_collection_use", "personal_information_type")
    assert "service providers" in _recipients(found)
    quotes = [e for f in found for e in f.evidence]
    assert any("\n" in e.text for e in quotes)
    assert all(lab.document.text[e.start:e.end] == e.text for f in lab.findings for e in f.evidence)


BOLD_HTML = """<html><head><title>Privacy Policy | Harbor Bikes</title></head><body>
<nav><a href="/">Home</a> <a href="/shop">Shop</a></nav>
<p><strong>What we collect</strong><br>When you rent a bike we take your name and mobile number.</p>
<p><strong>Who we share it with</strong><br>
Stripe (payments), Royal Mail and DPD (deliveries), and the police if a bike is stolen.</p>
<p><strong>How long we keep it</strong><br>
ID photos are deleted when the bike comes back. Order records are kept for six years for tax purposes.</p>
</body></html>"""


def test_bold_titles_over_line_breaks_head_their_sections():
    """A small business page (written for this test) whose section titles are bold words before a
    line break: each heads its section, so the verbless list of recipients under "Who we share it
    with" is sharing (couriers and the police named), deleting photos "when the bike comes back" is
    a limit on keeping them, and the page title's site part names the label."""
    from summarizer import label_text
    from summarizer.ingest import parse

    doc = parse(BOLD_HTML, fmt="html")
    assert [s.text for s in doc.sentences if s.is_heading] == [
        "What we collect", "Who we share it with", "How long we keep it"]
    lab = label_text(BOLD_HTML, fmt="html")
    assert lab.name == "Harbor Bikes"
    shared = [i.text for i in lab.answer("sharing").items]
    assert "Authorities" in shared and "Other named companies" in shared
    # the catch-all group names the companies as the policy writes them
    named = [i.detail for i in lab.answer("sharing").items if i.text == "Other named companies"]
    assert named == ["Stripe, Royal Mail, DPD"]
    kept = [i.text for i in lab.answer("retention").items]
    assert any(t.startswith("Only as long as needed") for t in kept) and any(t.startswith("For a set time") for t in kept)


def test_a_policy_not_in_english_is_said_to_be_so():
    """A German notice (written for this test) is labelled, with a warning that the rules read
    English only, not that the text is no privacy policy."""
    from summarizer import label_text

    german = ("Datenschutzerklärung\n\nWir erheben Ihren Namen, Ihre E-Mail-Adresse und Ihre IP-Adresse, wenn Sie "
              "unsere Website besuchen. Wir geben Ihre Daten nicht an Dritte weiter, es sei denn, wir sind gesetzlich "
              "dazu verpflichtet. Sie haben das Recht auf Auskunft, Berichtigung und Löschung Ihrer Daten.\n")
    warnings = label_text(german, fmt="text").warnings
    assert any("does not look like English" in w for w in warnings)
    assert not any("privacy policy" in w for w in warnings)
    english = label_text(WRAPPED, fmt="text").warnings
    assert not any("English" in w for w in english)


def test_the_english_check_reads_an_ascii_text_the_way_its_pattern_does():
    """The check reads an ASCII text's words through a byte table instead of its regex: the same
    words, for every ASCII character, and the same verdict on texts on either side of 6%."""
    from summarizer.label import _ASCII_LETTERS_LOWERED, _LETTER_WORD, _looks_english

    every = "".join(map(chr, range(128))) * 2 + "The AND_we\tOF1to you'Your"
    table_words = [w.decode() for w in every.encode().translate(_ASCII_LETTERS_LOWERED).split()]
    assert table_words == _LETTER_WORD.findall(every.lower())
    assert _looks_english("the " * 6 + "zz " * 94) and not _looks_english("the " * 5 + "zz " * 95)
    assert _looks_english("Wir " * 29)  # fewer than 30 words: the benefit of the doubt


CORPORATE = """# Privacy Notice

Applies from 15 September 2025.

## How and why we use your data

We process your data on the following legal bases:

- **Contract**: to create your account and process orders.
- **Legitimate interests**: to prevent fraud, to secure our networks and to understand how customers use our websites.
- **Consent**: to place non-essential cookies and to send you marketing by text message.

## Who we share your data with

We share personal data with:

- service providers who host our website and process payments;
- advertising and analytics partners, where you have consented to cookies;
- HM Revenue & Customs, regulators and other authorities where the law requires it.

## Changes

We may update this notice from time to time. The date at the top shows when it was last changed.
"""


def test_a_corporate_notice_with_legal_bases_and_a_recipient_list():
    """A UK corporate notice (written for this test): "to secure our networks" among purposes is a
    purpose, not a safeguard that makes the item give way; placing cookies starts a purpose item; the
    last item of a Markdown list is an item however it is written; "advertising and analytics
    partners" are two kinds of recipient; "applies from" dates the notice, and "the date at the top"
    is how changes are shown."""
    from summarizer import label_text

    lab = label_text(CORPORATE, fmt="markdown")
    assert lab.last_updated == "15 September 2025"
    why = [i.text for i in lab.answer("purposes").items]
    assert {"Security and keeping the service working", "Marketing", "Analytics and research"} <= set(why)
    shared = [i.text for i in lab.answer("sharing").items]
    assert {"Service providers", "Advertisers", "Analytics providers", "Authorities"} <= set(shared)
    assert not _values(_findings(CORPORATE, fmt="markdown"), "data_security", "security_measure")
    assert lab.answer("changes").items[0].text == "They post the new version of the policy"


VERTICAL_TABLE = """<html><body><h1>Privacy notice for event attendees</h1>
<table>
<tr><th>What we collect</th><td>Your name, email address, job title and dietary requirements.</td></tr>
<tr><th>Why</th><td>To promote future events on our website.</td></tr>
<tr><th>Who receives it</th><td>The venue and our badge printing supplier.</td></tr>
<tr><th>How long we keep it</th><td>12 months after the event.</td></tr>
</table></body></html>"""


def test_a_table_whose_rows_name_their_subject():
    """An event notice (written for this test) set out as a table whose rows each name their subject
    in a header cell: each row is written "What we collect: …" and read as the statement it is —
    collection, a purpose, recipients and a retention period."""
    from summarizer import label_text
    from summarizer.ingest import parse

    texts = [s.text for s in parse(VERTICAL_TABLE, fmt="html").sentences]
    assert "Why: To promote future events on our website." in texts
    lab = label_text(VERTICAL_TABLE, fmt="html")
    assert lab.answer("collected").status == "stated"
    assert [i.text for i in lab.answer("purposes").items] == ["Marketing"]
    assert lab.answer("sharing").status == "stated"
    assert lab.answer("retention").items[0].text.startswith("For a set time")


GLBA = """<html><head><title>Privacy Notice - Riverbend Credit Union</title></head><body>
<table>
<tr><th>What?</th><td>The types of personal information we collect and share depend on the product or service you have with us. This information can include: Social Security number and income; account balances and payment history.</td></tr>
</table>
<table>
<tr><th>Reasons we can share your personal information</th><th>Does Riverbend share?</th><th>Can you limit this sharing?</th></tr>
<tr><td>For our everyday business purposes — such as to process your transactions or report to credit bureaus</td><td>Yes</td><td>No</td></tr>
<tr><td>For our affiliates' everyday business purposes — information about your transactions and experiences</td><td>No</td><td>We don't share</td></tr>
<tr><td>For nonaffiliates to market to you</td><td>No</td><td>We don't share</td></tr>
</table></body></html>"""


def test_the_us_model_privacy_form_of_financial_companies():
    """The table of a US financial privacy notice (the Gramm-Leach-Bliley model form; this one
    written for the test): each reason is read with its Yes or No — sharing with credit bureaus for
    everyday business, and no sharing with affiliates or with nonaffiliates for marketing (no other
    sharing rule reads a No row as sharing) — and "This information can include: Social Security
    number…" is what is collected."""
    found = _findings(GLBA, fmt="html")
    shared = {n for f in found if f.category == "third_party_sharing_collection" and not f.negated
              for n in f.terms.get("third_party_entity", [])}
    denied = {n for f in found if f.category == "third_party_sharing_collection" and f.negated
              for n in f.terms.get("third_party_entity", [])}
    assert "credit and fraud prevention agencies" in shared and "affiliates" not in shared
    assert {"affiliates", "third parties"} <= denied
    collected = _values(found, "first_party_collection_use", "personal_information_type")
    assert {"financial", "personal_identifier"} <= collected


def test_a_denial_that_names_its_recipients_says_which():
    """"We won't share your email address with advertisers" rules out advertisers, not all sharing:
    the label names them; a denial about third parties or anyone stays a denial of sharing with others."""
    from summarizer import label_text

    def said(text: str) -> str:
        return label_text(text, fmt="text").answer("sharing").items[0].text

    # (and as narrow in the data it names)
    assert said("We won’t share your email address with advertisers.") == (
        "They say they do not share your email address with advertisers")
    assert said("We do not share your data with third parties.") == "They say they do not share your data with others"
    assert said("We never share your information with anyone.") == "They say they do not share your data with others"


def test_a_dating_app_denial_of_two_practices_and_its_minimum_age():
    """A dating app's policy (written for this test): "we do not sell your information or share it
    with advertisers" denies both; "You must be 18 or over" is a minimum age; "whether you have
    children" is a fact about the reader, not a statement about children."""
    from summarizer import label_text

    text = ("Kindred Privacy Policy\n\nYou may also tell us your religion and whether you have children.\n"
            "We do not sell your information or share it with advertisers. We use service providers for hosting.\n"
            "You must be 18 or over to use Kindred.\n")
    lab = label_text(text, fmt="text")
    shared = [i.text for i in lab.answer("sharing").items]
    assert "Advertisers" not in shared and "Service providers" in shared
    assert [i.text for i in lab.answer("children").items] == ["Minimum age: 18"]


def test_a_cookie_policy_names_the_advertisers_who_set_cookies():
    """A cookie policy (written for this test): cookies "set through our site by our advertising
    partners" are collected by advertisers on the site."""
    found = _findings("Targeting cookies\n\nThese cookies may be set through our site by our advertising partners.\n")
    assert "advertisers" in _recipients(found)


ANCHORED = """<html><head><title>Privacy Statement | Brightway Insurance</title></head><body><main>
<h1>Privacy Statement</h1>
<h2 id="use">2. How we use information</h2>
<p>We use it to price and manage your policy, handle claims, prevent fraud and meet our regulatory obligations.</p>
<h2 id="share">3. Sharing</h2>
<p>We share information with reinsurers, claims handlers and the Financial Conduct Authority when required.</p>
<section id="advertising"><h2>Advertising</h2><p>We show ads from ad networks on our site.</p></section>
<div id="cookie-consent"><h2>We value your privacy</h2><p>We use cookies. Accept all?</p></div>
<h2 id="rights">4. Your rights</h2>
<p>You can ask for a copy of your information by emailing dpo@brightway.example.</p>
</main></body></html>"""


def test_section_anchors_named_like_widgets_are_kept():
    """An insurer's page (written for this test) whose headings and sections carry anchor ids that
    read like widgets' ("share", "advertising"): they are kept, while a consent banner is dropped;
    "we use it to…" in a section on use is a use; an "Authority" named in capitals is an authority;
    the DPO's e-mail address is no privacy officer."""
    from summarizer import label_text
    from summarizer.ingest import parse

    texts = [s.text for s in parse(ANCHORED, fmt="html").sentences]
    assert "3. Sharing" in texts and "Advertising" in texts and "We use cookies." not in texts
    lab = label_text(ANCHORED, fmt="html")
    assert {"Running the service", "Security and keeping the service working", "Legal duties"} <= {
        i.text for i in lab.answer("purposes").items}
    assert {"Authorities", "Service providers"} <= {i.text for i in lab.answer("sharing").items}
    assert [i.text for i in lab.answer("contact").items] == ["Email: dpo@brightway.example"]


def test_every_period_a_sentence_states_is_kept():
    """"We delete the rest of your data within 28 days, but we keep information about banned accounts
    for 3 years": both periods show (capture_all), each once."""
    from summarizer import label_text

    lab = label_text("How long we keep data\n\nWe delete the rest of your data within 28 days, but we keep "
                     "information about accounts banned for abuse for 3 years.\n", fmt="text")
    assert lab.answer("retention").items[0].detail.endswith("within 28 days; for 3 years")


def test_a_denial_of_third_party_tools():
    """"This app doesn't use any third-party analytics or advertising SDKs" denies them: no tracker
    is said to be collected, nor any company to collect data in the app."""
    from summarizer import label_text

    lab = label_text("This app doesn't use any third-party analytics or advertising SDKs.", fmt="text")
    assert lab.answer("collected").status == "denied" and lab.answer("sharing").status == "denied"


def test_a_denial_until_the_reader_consents_says_so():
    """"We will not sell your data without your consent" is no flat "they do not sell it": the label
    and its verdict add "without your consent"."""
    from summarizer import label_text

    lab = label_text("We will not sell your data without your consent.", fmt="text")
    assert lab.answer("sold").items[0].text == "They say they do not sell your data without your consent"
    assert "They say they do not sell it without your consent." in lab.verdict
    flat = label_text("We do not sell your data.", fmt="text")
    assert flat.answer("sold").items[0].text == "They say they do not sell your data"


PERMISSIONS = """# Privacy Policy for Barcode Buddy

## Permissions

The app asks for these permissions:

- **CAMERA** — to scan barcodes. Images never leave your phone.
- **ACCESS_FINE_LOCATION** — optional, to show shops near you.

## Data

The app sends the scanned barcode number to the Open Food Facts API to look up the product.

## Ads

You can reset your advertising ID or opt out of personalised ads in your phone's Google settings.
"""


def test_an_android_app_policy_with_its_permissions():
    """A one-developer Android app's policy (written for this test): the permissions it lists are what
    it collects, an item of two sentences does not end its list, sending a barcode to a named API is
    sharing, resetting the advertising ID in the phone's settings is a device control, and the text
    is a privacy policy."""
    from summarizer import label_text

    lab = label_text(PERMISSIONS, fmt="markdown")
    collected = {i.text for i in lab.answer("collected").items}
    assert {"Location", "Photos, recordings or contacts"} <= collected
    assert lab.answer("sharing").status == "stated"
    assert [i.text for i in lab.answer("rights").items] == [
        "Use your browser or device settings to block cookies or limit tracking"]
    assert not lab.warnings


def test_a_therapy_app_a_connected_car_and_a_school_platform():
    """Sentences from three more kinds of policy (written for this test): data kept in the US under
    a denial of transfers outside it stays there; end-to-end encryption is a safeguard; "your
    insurer" and emergency services are recipients; children under 13 who use the service with a
    parent's or school's consent give it no minimum age; a member ID or a VIN is no government ID;
    "we never see or store your full card number" denies it."""
    from summarizer import label_text

    def answer(text: str, key: str):
        return label_text(text, fmt="text").answer(key)

    assert answer("All data is stored on servers in the United States. We do not transfer your data "
                  "outside the US.", "transfers").status == "denied"
    assert answer("Messages with your therapist are end-to-end encrypted.", "security").status == "stated"
    # (an insurer the sentence does not call a health insurer is an insurer)
    assert "Insurers" in [
        i.text for i in answer("We share information with your insurer only to process claims.", "sharing").items]
    assert "Authorities" in [i.text for i in answer(
        "In a crash, the vehicle automatically sends its location and VIN to emergency services.", "sharing").items]
    kids = answer("Children under 13\n\nFor students under 13, we rely on the school to obtain parental consent "
                  "as permitted by COPPA.", "children")
    assert not any(i.text.startswith("Minimum age") for i in kids.items)
    ids = answer("We collect your insurance member ID and your car's vehicle identification number.", "collected")
    assert [i.detail for i in ids.items if i.text == "ID numbers"] == ["member or student ID"]
    assert answer("Card numbers go straight to our payment processor; we never see or store your full card "
                  "number.", "collected").status == "denied"


def test_a_use_they_rule_out_is_shown():
    """"We never use student data to build advertising profiles" is the promise a school reads for:
    the purposes answer says so, beside the uses stated, unless another sentence says they do it."""
    from summarizer import label_text

    lab = label_text("We use student data only to provide the platform to the school. We never use student "
                     "data to build advertising profiles.", fmt="text")
    items = lab.answer("purposes").items
    assert [(i.text, i.negated) for i in items] == [
        ("Running the service", False), ("They say they do not use it for advertising", True)]
    both = label_text("We never use student data for advertising. We use your email address to show you ads.",
                      fmt="text")
    assert not any(i.negated for i in both.answer("purposes").items)


def test_data_kept_until_the_reader_deletes_it():
    """"We keep voice recordings until you delete them" is not "only as long as needed": the reader
    decides; data kept on after the account closes stays "as long as needed"."""
    from summarizer import label_text

    def kept(text: str) -> list[str]:
        return [i.text for i in label_text(text, fmt="text").answer("retention").items]

    assert kept("We keep voice recordings until you delete them in the app.") == [
        "Until you delete it or close your account"]
    assert kept("We keep your data for as long as your account is open.") == [
        "Until you delete it or close your account"]
    assert kept("We keep your data while you have an account with us and thereafter for as long as we need "
                "it for tax purposes.") == ["Only as long as needed"]


def test_a_denial_is_as_narrow_as_its_words():
    """"We do not use advertising pixels" rules out neither cookies nor the collection of data; "we do
    not ask for your name or email address" names what it rules out; a denial joined by "or" to a
    kind of tracker ("no advertising pixels or third-party tracking cookies") denies that too."""
    from summarizer import label_text

    def collected(text: str) -> list[tuple[str, bool]]:
        return [(i.text, i.negated) for i in label_text(text, fmt="text").answer("collected").items]

    assert label_text("We do not use advertising pixels on our pages.", fmt="text").answer("collected").status \
        == "not_stated"
    assert collected("We do not ask for your name or email address. We collect your IP address.")[-1] == (
        "They say they do not collect name or email address (contact details)", True)
    # words for the whole kind name the kind
    assert collected("We collect your IP address. We do not collect financial data.")[-1] == (
        "They say they do not collect payment and financial data", True)
    lab = label_text("We use cookies to remember your cart. We do not use advertising pixels or third-party "
                     "tracking cookies on our pages.", fmt="text")
    assert not lab.answer("sharing").items or all(i.negated for i in lab.answer("sharing").items)
    assert "advertising" not in {p for pr in lab.practices if not pr["negated"]
                                 for p in pr["attributes"].get("purpose", [])}


def test_a_policy_that_collects_nothing():
    """A browser extension or a no-logs VPN says mostly what it does not do: "we collect no data",
    "nothing to share or sell", "uses no third-party cookies", "we do not log what you do online".
    None of it is a practice; a safeguard named under a security heading is a measure."""
    from summarizer import label_text

    lab = label_text("Sharing and sale\n\nBecause we collect no data, we have nothing to share or sell.\n",
                     fmt="text")
    assert [lab.answer(k).status for k in ("collected", "sharing", "sold")] == ["denied"] * 3
    lab = label_text("Cookies\n\nOur website uses no third-party cookies.\n", fmt="text")
    assert all(i.negated for i in lab.answer("sharing").items)
    assert lab.answer("collected").status == "not_stated"
    lab = label_text("Quiet Reader – Privacy Policy\n\nWe do not log what you do online. Quiet Reader does not collect, store or transmit "
                     "any personal information, browsing history, or page content.\n", fmt="text")
    assert lab.answer("collected").status == "denied"
    assert lab.answer("collected").summary.startswith("They say they do not collect personal information, nor ")
    # "no control over" denies nothing
    lab = label_text("We collect your email address. We have no control over third-party cookies.", fmt="text")
    assert lab.answer("collected").status == "stated"
    assert not any(p["negated"] for p in lab.practices)
    sec = label_text("7. SECURITY\n\nWe use AES-256 encryption and the WireGuard protocol.\n", fmt="text")
    assert sec.answer("security").status == "stated"
    assert label_text("We use encryption to protect your data.", fmt="text").answer("security").status == "stated"
    # the tally of active connections on a server is no social media data
    assert not {v for p in label_text("We track the total number of active connections on each server.",
                                      fmt="text").practices
                for v in p["attributes"].get("personal_information_type", [])} & {"social_media_data"}


def test_a_denial_with_an_exception_says_it():
    """"Apart from the ad networks named above and our cloud host, we do not share your information"
    denies neither the networks nor the host: the label says the exception in the policy's words.
    Ad networks "which may collect your advertising identifier" collect it on the app."""
    from summarizer import label_text

    lab = label_text("Sharing\n\nApart from the ad networks named above, and our cloud host, we do not share your "
                     "information with anyone.\n", fmt="text")
    item = lab.answer("sharing").items[0]
    assert item.negated and item.text == "They say they do not share your data with others"
    assert item.detail == "apart from the ad networks named above, and our cloud host"
    assert "They say they do not share it, apart from the ad networks" in lab.to_markdown()
    after = label_text("We do not share your information with anyone, except our cloud host.", fmt="text")
    assert after.answer("sharing").items[0].detail == "except our cloud host"
    ads = label_text("We work with advertising networks, which may collect your advertising identifier.",
                     fmt="text")
    assert [i.text for i in ads.answer("sharing").items] == ["Advertisers"]


def test_family_or_friends_involved_in_care_are_recipients():
    """A care provider's "we may share information with a family member or friend who is involved in
    your care" names who receives it."""
    from summarizer import label_text

    lab = label_text("We may share information with a family member or friend who is involved in your care, "
                     "unless you object.", fmt="text")
    assert [i.text for i in lab.answer("sharing").items] == ["Family or friends"]


def test_retention_periods_of_different_data_are_not_merged():
    """A period said of no one kind of data is not listed after another kind's period (where it
    would read as that kind's); a deadline tied to an event keeps its words ("the customer's contract")."""
    from summarizer import label_text

    def kept(text: str) -> str:
        return label_text("Retention\n\n" + text + "\n", fmt="text").answer("retention").items[0].detail

    # (the second sentence names its data in its own words, as its subject)
    assert kept("We keep your order information for seven years. Newsletter subscriber data is deleted within "
                "30 days after you unsubscribe.") == \
        "order information: for seven years; newsletter subscriber data: within 30 days after you unsubscribe"
    assert kept("Customer Data is deleted within 90 days after the customer's contract ends.") == \
        "within 90 days after the customer's contract ends"


def test_a_lead_in_that_denies_denies_each_item_of_its_list():
    """Under "we do not record:" every item is a denial of the data it names, in plain text,
    Markdown and HTML lists, with or without a condition before the denial ("When you use the
    app, we…"); nothing is collected, and the denial names the items' data, not all personal
    information. A lead-in that affirms ("We collect:") collects its items."""
    from summarizer import label_text

    items = "- your IP address;\n- the websites you visit;\n- your DNS queries.\n"
    for text, fmt in [
        ("Privacy Policy\n\nNo logs\n\nWhen you use the app, we do not record:\n" + items, "text"),
        ("Privacy Policy\n\nNo logs\n\nWe don't log:\n" + items, "text"),
        ("Privacy Policy\n\nWhat we collect\n\nWe never collect the following information:\n" + items, "text"),
        ("# Privacy Policy\n\n## No logs\n\nWe do not store:\n\n" + items, "markdown"),
        ("<h1>Privacy Policy</h1><h2>No logs</h2><p>We do not collect or record:</p><ul><li>your IP address;</li>"
         "<li>the websites you visit;</li><li>your DNS queries.</li></ul>", "html"),
    ]:
        lab = label_text(text, fmt=fmt)
        col = lab.answer("collected")
        assert col.status == "denied", text
        assert all(i.negated for i in col.items), text
        assert "IP address" in col.summary and "personal information" not in col.summary, text
        assert not [p for p in lab.practices if p["category"] == "first_party_collection_use" and not p["negated"]]
        assert all(p["attributes"].get("personal_information_type") for p in lab.practices
                   if p["category"] == "first_party_collection_use"), text
    lab = label_text("Privacy Policy\n\nData\n\nWe collect:\n" + items, fmt="text")
    col = lab.answer("collected")
    assert col.status == "stated" and not any(i.negated for i in col.items)
    assert {"IP address and device IDs", "What you do on the site or app"} <= {i.text for i in col.items}
    # a denial in an earlier clause of the lead-in denies nothing of its list
    lab = label_text("Privacy Policy\n\nSharing\n\nWe do not sell your data, but we share it with:\n"
                     "- our payment processor;\n- our hosting provider.\n", fmt="text")
    assert lab.answer("sold").status == "denied"
    assert any(not i.negated for i in lab.answer("sharing").items)


def test_a_regulators_phone_is_not_the_companys():
    """A number to call an authority (a complaint to a health regulator, a supervisory authority,
    a commission) is not how to reach the company; the company's own number still is."""
    from summarizer import label_text

    def phones(text: str) -> list[str]:
        return [i.text for i in label_text(text, fmt="text").answer("contact").items if i.text.startswith("Phone")]

    assert phones("Privacy Policy\n\nComplaints\n\nYou may file a complaint with the U.S. Department of Health and "
                  "Human Services Office for Civil Rights by calling 1-877-555-0100.\n") == []
    assert phones("Privacy Policy\n\nYour rights\n\nYou have the right to lodge a complaint with your local "
                  "supervisory authority, which you can reach by phone at +44 303 555 0100.\n") == []
    assert phones("Privacy Policy\n\nComplaints\n\nYou may file a complaint with the Federal Trade Commission "
                  "by calling 1-877-555-0199.\n\nContact\n\nCall us toll-free at 1-800-555-0142.\n") == [
        "Phone: 1-800-555-0142"]


def test_every_right_of_a_gdpr_or_hipaa_notice_is_listed():
    """GDPR's objection and restriction, and a HIPAA notice's confidential communications,
    accounting of disclosures and revocable authorization, are things the reader can do; a list of
    bare right names ("rectification;", "erasure.") is read with its lead-in."""
    from summarizer import label_text

    def rights(text: str, fmt: str = "text") -> list[str]:
        return [i.text for i in label_text(text, fmt=fmt).answer("rights").items]

    gdpr = rights("# Privacy Notice\n\n## Your rights\n\nUnder the GDPR you have the following rights:\n\n"
                  "- rectification;\n- erasure;\n- restriction of processing;\n- objection to processing.\n",
                  fmt="markdown")
    assert gdpr == ["Correct or update your data", "Ask them to delete your data", "Object to how they use your data",
                    "Ask them to limit how they use your data"]
    hipaa = rights("Your rights\n\nYou have the right to request restrictions on certain uses and disclosures of your "
                   "health information. You have the right to request confidential communications by alternative "
                   "means or at alternative locations. You have the right to receive an accounting of disclosures. "
                   "If you give us an authorization, you may revoke it at any time.\n")
    assert hipaa == ["Ask them to limit how they use your data",
                     "Ask them to contact you another way or at another address",
                     "Get a list of whom they disclosed your data to", "Take back your consent"]
    # the company limiting its own use, or a regulator's right to object, is no right of the reader
    assert rights("We restrict access to personal information to employees who need it. "
                  "We may object to requests that are manifestly unfounded.") == []


def test_named_hosting_and_payment_providers_are_recipients():
    """"Our service providers include Amazon Web Services (hosting) and Stripe (payment processing)"
    names the companies, as does data "stored on servers operated by" one."""
    from summarizer import label_text

    def named(text: str) -> list[str]:
        return [d for i in label_text(text, fmt="text").answer("sharing").items for d in i.detail.split(", ") if d]

    assert named("Our service providers include Amazon Web Services (hosting) and Stripe (payment processing).") == \
        ["Amazon Web Services", "Stripe"]
    assert named("Your account data is stored on servers operated by Heroku in the United States.") == ["Heroku"]
    assert named("We use Slack and Zoom to talk with our customers.") == ["Slack", "Zoom"]
    assert named("Service providers are companies that help people set up their own websites.") == []


def test_a_deadline_counted_from_inactivity_says_so():
    """"After 24 months of inactivity" is not a plain 24 months."""
    from summarizer import label_text

    lab = label_text("Retention\n\nWe delete inactive accounts after 24 months of inactivity.\n", fmt="text")
    assert lab.answer("retention").items[0].detail == "after 24 months of inactivity"


def test_what_a_notice_tells_and_what_a_word_means_are_no_practices():
    """"The table lists … whether we sell or share each category" and '"Share" means disclosing…'
    say nothing happens; beside them, the policy's own denial is the answer."""
    from summarizer import label_text

    lab = label_text("The table below lists the categories of personal information we collect, whether we sell or "
                     "share each category, and how long we keep it.\n\nWe do not sell your personal information.\n",
                     fmt="text")
    assert lab.answer("sold").status == "denied"
    assert lab.answer("sharing").status == "not_stated"
    lab = label_text('"Share" means disclosing personal information to a third party for cross-context behavioral '
                     'advertising.\n\nWe do not share your personal information for cross-context behavioral '
                     'advertising.\n', fmt="text")
    assert lab.answer("sharing").status == "denied"
    assert lab.answer("sharing").items[0].text == "They say they do not share your data for advertising"
    assert "They say they do not share it for advertising." in lab.to_markdown()


def test_a_passive_denial_and_a_warning_against_phishing():
    """"The data is not shared with any third-party analytics provider" denies; "we will never ask for
    your password by email" is a warning, not a denial of collecting account data."""
    from summarizer import label_text

    lab = label_text("We use a self-hosted analytics tool; the data is not shared with any third-party analytics "
                     "provider.", fmt="text")
    assert all(i.negated for i in lab.answer("sharing").items)
    lab = label_text("We collect your name, email address and phone number when you open an account.\n\n"
                     "We will never ask for your password by email or phone.\n", fmt="text")
    assert not any(i.negated for i in lab.answer("collected").items)
    assert "How they get it: from you" in [i.text for i in lab.answer("collected").items]


def test_a_sale_denial_is_as_narrow_as_its_words_and_says_its_exception():
    from summarizer import label_text

    def sold(text: str):
        return label_text(text, fmt="text").answer("sold")

    assert sold("We never sell your health data.").items[0].text == "They say they do not sell your health data"
    ccpa = sold("We do not sell personal information, except that we may share device identifiers with advertising "
                "partners for targeted advertising, which may be considered a sale under California law.")
    assert ccpa.status == "denied" and ccpa.items[0].detail.endswith("which may be considered a sale under California law")
    assert sold("We do not sell your information except as set forth in this Privacy Policy.").items[0].detail == \
        "except as the policy describes"
    assert sold("In the past 12 months we have disclosed identifiers for a business purpose. We have not sold any of "
                "these categories.").status == "denied"


def test_a_smart_home_device_and_a_classroom_app():
    """A device that records and sends data to the company collects it; a look-back ("collected in
    the past 12 months") is no retention period; a service used by children under 13 states no
    minimum age; a denial that lists its exceptions says them all."""
    from summarizer import label_text

    home = label_text("Voice recordings\n\nAfter the wake word, your voice request is recorded and sent to our cloud "
                      "to be transcribed.\n\nDevice telemetry\n\nOur devices send us diagnostic information such as "
                      "firmware version and error logs.\n", fmt="text")
    assert [i.text for i in home.answer("collected").items] == ["Device and browser details",
                                                                "Photos, recordings or contacts"]
    ccpa = label_text("The table below lists the categories of personal information we have collected in the past "
                      "12 months and how long we keep it.", fmt="text")
    assert ccpa.answer("retention").status == "not_stated"
    school = label_text("Children Under 13 (COPPA)\n\nOur classroom app is used by children under 13.\n", fmt="text")
    assert not any(i.text.startswith("Minimum age") for i in school.answer("children").items)
    assert label_text("Our service is not intended for children under 13.", fmt="text").answer(
        "children").items[0].text == "Minimum age: 13"
    share = label_text("We do not disclose student personal information to third parties except: (a) to service "
                       "providers such as our cloud hosting provider; (b) to the School; or (c) when required by law.",
                       fmt="text").answer("sharing")
    assert share.items[0].detail == ("except (a) to service providers such as our cloud hosting provider; (b) to the "
                                     "School; or (c) when required by law")


def test_gdpr_access_a_stated_minimum_age_and_six_retention_periods():
    from summarizer import label_text

    access = label_text("## Your rights\n\n- **Right of access (Art. 15 GDPR):** You have the right to obtain "
                        "confirmation as to whether we process personal data concerning you and, if so, to receive a "
                        "copy of that data.\n", fmt="markdown")
    assert [i.text for i in access.answer("rights").items] == ["See the data they hold about you"]
    age = label_text("Age\n\nYou must be at least 16 to use PulseTrail.\n", fmt="text")
    assert [i.text for i in age.answer("children").items] == ["Minimum age: 16"]
    kept = label_text("## How long do we keep your data?\n\n- **Account data** is deleted within 90 days after your "
                      "account is closed.\n- **Server log files** are deleted after 14 days.\n- **Billing data** is "
                      "retained for ten years.\n- **Recordings of support calls** are deleted after 30 days.\n"
                      "- **Survey answers** are deleted twelve months after the survey closes.\n", fmt="markdown")
    detail = kept.answer("retention").items[0].detail
    assert all(p in detail for p in ("within 90 days", "after 14 days", "for ten years", "after 30 days",
                                     "twelve months after the survey closes"))


def test_asides_services_and_denials_narrow_what_a_sentence_shares():
    """An aside that opens a sentence ends at its comma, and "this information" is then what the
    sentence before named but for what was set aside; a service named after data ("credit card
    processing") is no data shared; "forums management" among a provider's tasks makes nothing
    public; "we will not provide any third-party ad server with…" denies."""
    from summarizer import label_text

    def practices(text: str) -> list[dict]:
        return label_text(text, fmt="text").practices

    def shared(ps: list[dict], attr: str) -> set[str]:
        return {v for p in ps if p["category"] == "third_party_sharing_collection" and not p.get("negated")
                for v in p["attributes"].get(attr, [])}

    billing = practices("To enable payment, we collect your name, address, telephone number and credit card "
                        "information. Excluding credit card information, this information may be shared with third "
                        "parties for marketing purposes.")
    assert shared(billing, "personal_information_type") == {"contact"}
    assert shared(billing, "third_party_entity") == {"unnamed_third_party"}
    forward = practices("If you make a purchase, we may forward your information to third parties for services such "
                        "as credit card or other payment processing and order fulfillment.")
    assert shared(forward, "personal_information_type") == {"generic_personal_information"}
    database = practices("We may also allow access to our database by third parties that provide us with services, "
                         "such as technical maintenance, market research, and community and forums management.")
    assert shared(database, "third_party_entity") == {"unnamed_third_party"}
    denied = practices("We will not provide any third-party ad server with any of your personal information.")
    assert denied and all(p["negated"] for p in denied if p["category"] == "third_party_sharing_collection")


def test_taxonomy_reads_how_policies_name_data_recipients_and_services():
    import summarizer
    from summarizer.extract import Extractor

    ex = Extractor(summarizer.load_rules())

    def fill(attribute: str, text: str) -> list[str]:
        return ex.fill(attribute, text)[0]

    assert "ip_address_and_device_ids" in fill("personal_information_type",
                                               'These logs may include your Internet Protocol ("IP") address.')
    for said in ("specific Web site page requests", "information about your use of our Site",
                 "how often you use the App", "the events that occur within the App",
                 "the date on which you visit the Site"):
        assert "user_online_activities" in fill("personal_information_type", said), said
    assert "contact" in fill("personal_information_type", "We rent our opt-in marketing list.")
    assert fill("third_party_entity", "We transfer your data to other Acme offices.") == ["other_part_of_company_affiliate"]
    assert fill("third_party_entity", "We rent our list to outside marketers.") == ["unnamed_third_party"]
    assert fill("third_party_entity", "We reserve the right to share with others your information.") == ["unnamed_third_party"]
    assert "basic_service_feature" in fill("purpose", "We use payment providers to handle any monetary transactions.")
    assert "marketing" in fill("purpose", "We may use the information to communicate with you about new features.")
    assert fill("purpose", "We will contact you about your account.") == []
    assert fill("personal_information_type", "types of accounts and transactional information") == ["financial"]
    assert fill("personal_information_type", "device registration, firmware version and signal strength") == [
        "computer_information"]


def test_probe_labels_say_encryption_sign_in_purposes_and_plain_lines():
    """Encryption named without where it applies is "Encryption", not a measure "not described";
    two-step login is secure sign-in; a purposes sentence naming the product and "keep the service
    secure" is uses, not retention; a label line does not repeat itself in its detail; the glance
    line of data collected without a kind named is the answer's own sentence."""
    from summarizer import label_text

    sec = label_text("Security\n\nWe protect your information with encryption, multi-factor authentication and "
                     "continuous monitoring.\n", fmt="text").answer("security")
    assert [i.text for i in sec.items] == ["Secure sign-in and identity checks", "Encryption"]
    lab = label_text("How We Use Information\n\nWe use student information only to provide and improve Chalkbeam "
                     "Classroom, to give teachers progress reports, to personalize practice to each student's level, "
                     "and to keep the service secure.\n", fmt="text")
    assert [i.text for i in lab.answer("purposes").items] == ["Running the service", "Personalizing what you see",
                                                              "Security and keeping the service working"]
    assert lab.answer("retention").status == "not_stated"
    assert lab.verdict.startswith("They collect information, but do not say clearly what. ")
    friends = label_text("If you turn on Social, your friends can see your workout summaries and routes.",
                         fmt="text").answer("sharing")
    # (the detail is the condition the sentence puts on it, not the line again)
    assert [(i.text, i.detail) for i in friends.items] == [("Other users", "if you turn on Social")]


def test_call_recordings_time_zones_and_telemetry():
    from summarizer import label_text

    calls = label_text("## What personal data do we process?\n\n- **Communication data:** the content of emails and "
                       "support tickets you send to us, and recordings of support calls where you have agreed to the "
                       "recording.\n", fmt="markdown").answer("collected")
    assert [i.detail for i in calls.items if i.text.startswith("Photos")] == ["call recordings"]
    zone = label_text("## What personal data do we process?\n\n- **Device and connection data:** browser type and "
                      "version, operating system, time zone setting and referring URL.\n", fmt="markdown")
    assert "Location" not in [i.text for i in zone.answer("collected").items]
    uses = label_text("We use telemetry to keep your devices working, deliver software updates and develop new "
                      "features.", fmt="text").answer("purposes")
    assert [i.text for i in uses.items] == ["Running the service", "Analytics and research"]


def test_protected_people_and_group_companies_are_no_recipients():
    # those a disclosure protects, however long the list before them, are no recipients
    assert _answer_items("We may release information about our visitors when the law requires it or when it is "
                         "reasonably necessary to protect the rights, property, or personal safety of our site, us, "
                         "our partners, our officers, directors, employees, agents, other users, and/or the public.",
                         "sharing") == ["They share data when the law requires it"]
    assert "The public" not in _answer_items("We may share your personal information with others for matters in the "
                                             "public interest.", "sharing")
    # other members of a family of companies are the same group, not other users
    group = _answer_items("We may share your information with other members of the Northwind family of companies.",
                          "sharing")
    assert "Other users" not in group and "Companies in the same group" in group


CCPA_TABLE_MD = """## Notice at Collection

| Category of personal information | Examples | Collected? | Sold or shared? | Retention |
|---|---|---|---|---|
| Identifiers | Name, postal address, email address, IP address | Yes | No | Life of your account plus 3 years |
| Commercial information | Products purchased, returns | Yes | No | 7 years from the date of purchase |
| Biometric information | Fingerprints, face geometry | No | No | — |
"""

CCPA_TABLE_HTML = """<h2>Notice at Collection</h2>
<table><tr><th>Category</th><th>Examples</th><th>Do we collect it?</th><th>Sold</th></tr>
<tr><td>Identifiers</td><td>Name, email address</td><td>✓</td><td>Yes</td></tr>
<tr><td>Geolocation data</td><td>Precise GPS location</td><td>✗</td><td>No</td></tr></table>"""


def test_ccpa_table_of_categories_answers_row_by_row():
    from summarizer import label_text

    lab = label_text(CCPA_TABLE_MD, fmt="markdown")
    collected = [i.text for i in lab.answer("collected").items]
    assert "Contact details" in collected and "Payment and financial data" in collected
    assert "Health data" not in collected  # biometrics: "Collected?: No"
    sold = lab.answer("sold")
    assert sold.status == "denied" and sold.items[0].text.startswith("They say they do not sell your contact details")
    assert lab.answer("sharing").status == "not_stated"  # a denial of selling rules out no sharing
    assert lab.answer("retention").items[0].detail == ("identifiers: 3 years; "
                                                       "commercial information: 7 years from the date of purchase")
    html = label_text(CCPA_TABLE_HTML, fmt="html")
    assert html.answer("sold").status == "stated"
    assert "Location" not in [i.text for i in html.answer("collected").items]
    assert any(p["negated"] and "location" in p["attributes"].get("personal_information_type", [])
               for p in html.practices if p["category"] == "first_party_collection_use")


def test_denials_that_read_as_their_opposite():
    """Sentences a careless reading turns around (probe policies of stop 16, written for this test)."""
    from summarizer import label_text

    def answer(text: str, key: str):
        return label_text(text, fmt="text").answer(key)

    # selling as the subject of a denial
    sold = answer("Selling user data isn't part of our business and never will be.", "sold")
    assert sold.status == "denied"
    # a denial beside the law's wider meaning of a sale: both are said, not a flat "may sell or rent"
    sold = answer('We have never rented or sold our customer list. However, under California law, letting '
                  'advertising partners collect browsing data via cookies may count as a "sale".', "sold")
    assert [(i.text, i.negated, i.hedged) for i in sold.items] == [
        ("They say they do not sell your data otherwise", True, False),
        ("What they share with partners may count as a “sale” or “sharing” under some privacy laws", False, True)]
    assert "rent" not in sold.summary
    # data that stays where it is stored
    for text in ("All personal data is stored on servers located in the United States and is not transferred "
                 "abroad.", "Your data never leaves the European Union."):
        assert answer(text, "transfers").status == "denied", text
    assert answer("Personal information will not be shared outside of Acme and its affiliates.",
                  "transfers").status == "not_stated"
    # a denial of a use is no denial of collecting
    lab = label_text("We collect your email address when you sign up. We will not use your health information "
                     "for marketing. We do not use your information for automated decision-making.", fmt="text")
    assert not any(i.negated for i in lab.answer("collected").items)
    assert lab.answer("purposes").status == "denied"
    # what is not uploaded is not collected
    photos = answer("Your photos and videos are not uploaded to our servers, and we cannot see them.", "collected")
    assert photos.status == "denied"


def test_collection_and_purposes_said_without_the_usual_verbs():
    from summarizer import label_text

    col = label_text("To create an account, you must provide your name and email address. Event registration "
                     "requires your phone number. Volunteers also provide their date of birth.", fmt="text")
    assert [i.detail for i in col.answer("collected").items][:2] == ["name, email address, phone number", "age"]
    pur = label_text("We use personal data to improve features and develop new functionality. We use your "
                     "information to respond to support requests.", fmt="text").answer("purposes")
    assert [i.text for i in pur.items] == ["Running the service", "Analytics and research"]
    bugs = label_text("Technical and usage data is used to fix bugs, understand which features people like, and "
                      "plan improvements.", fmt="text").answer("purposes")
    assert [i.text for i in bugs.items] == ["Analytics and research", "Security and keeping the service working"]


def test_handing_and_passing_data_on():
    from summarizer import label_text

    lab = label_text("Orders are handed to shipping carriers (UPS, USPS and FedEx) with your name and address so they "
                     "can deliver. Your details are passed only to suppliers acting on our instructions, namely our "
                     "mailing house and our email platform (Mailchimp).", fmt="text")
    assert [(i.text, i.detail) for i in lab.answer("sharing").items] == [
        ("Service providers", "UPS, USPS, FedEx, Mailchimp")]
    # a denial that names whom it rules out says so, rather than "with others"
    for text, who in (("We never pass your information to data brokers.", "data brokers"),
                      ("We never share your health records with your employer.", "employers and recruiters")):
        assert label_text(text, fmt="text").answer("sharing").items[0].text.endswith(f"with {who}")


def test_change_notices_deletion_and_encryption_worded_otherwise():
    assert _answer_items("We will let you know about changes by email.", "changes") == [
        "They tell you directly (for example by email)"]
    assert _answer_items("We may amend this notice at any time. Members will receive a copy of the notice each year and "
                 "whenever our sharing practices change.", "changes")[-1] == "They tell you directly (for example by email)"
    assert "They put a notice on their website" in _answer_items(
        "If we change this policy in a way that matters, we will show a notice in the app the next time you open it.",
        "changes")
    assert _answer_items("You may unsubscribe from notifications by changing your settings in the app.", "changes") == []
    assert "Ask them to delete your data" in _answer_items(
        "You are entitled to ask for a copy of the information we hold about you, to have it corrected, or to have "
        "it deleted.", "rights")
    assert _answer_items("Deletion: email privacy@example.com and we will delete your account and associated data.",
                 "rights") == ["Ask them to delete your data"]
    assert _answer_items("Data is encrypted in transit using TLS 1.2 or higher and at rest with AES-256.", "security") == [
        "Encryption when data is sent", "Secure storage"]
    assert _answer_items("Data sent between the app and our servers is protected by TLS encryption.", "security") == [
        "Encryption when data is sent"]
    assert _answer_items("You may request a copy of the relevant safeguards by writing to privacy@example.com.",
                 "security") == []


def test_summaries_are_sentences():
    """The answers' summary sentences (JSON/YAML ``summary``) stay grammatical whatever the items."""
    from summarizer import label_text

    lab = label_text("The app asks for your permission before accessing your photos. You can ask us to delete your "
                     "data. Data is encrypted in transit. Access to customer records is limited to staff who need "
                     "it.", fmt="text")
    assert lab.answer("rights").summary == "You can ask them to delete your data. They ask before some uses (opt in)."
    assert lab.answer("security").summary == ("They use encryption when data is sent. "
                                              "They also use limits on which staff can see your data.")


def test_financial_notice_reasons_in_prose_and_ages_that_are_no_minimum():
    from summarizer import label_text

    lab = label_text("Reasons we can share your personal information\n\nFor our affiliates to market to you: we do "
                     "not share.\n\nFor nonaffiliates to market to you: we do not share.\n", fmt="text")
    assert lab.answer("sharing").status == "denied" and lab.answer("purposes").status == "not_stated"
    joint = label_text("For joint marketing with other financial companies: we share for this reason.", fmt="text")
    assert joint.answer("sharing").status == "stated"
    for text in ("Patients under 18 must be registered by a parent or legal guardian, who will have access to the "
                 "minor's records.", "We do not send marketing to anyone we know to be under 16."):
        assert not any(i.text.startswith("Minimum age") for i in label_text(text, fmt="text").answer("children").items)


def test_data_words_name_location_and_phi():
    from summarizer import label_text

    def collected(text: str) -> list[tuple[str, str]]:
        return [(i.text, i.detail) for i in label_text(text, fmt="text").answer("collected").items]

    assert ("Contact details", "name, email address") in collected("We collect your email address and name when you "
                                                                     "sign up.")
    assert ("Location", "city or region") in collected("We log your IP address and the approximate city it maps to.")
    assert ("Location", "precise location") in collected("We collect the type of your device and, in some instances, "
                                                         "your device's location.")
    assert [i.text for i in label_text("We share PHI with the pharmacy you choose and with laboratories that carry "
                                       "out tests.", fmt="text").answer("sharing").items] == [
        "Pharmacies", "Labs"]


def test_retention_periods_keep_the_data_they_are_about():
    from summarizer import label_text

    def detail(text: str, fmt: str = "text") -> str:
        return label_text(text, fmt=fmt).answer("retention").items[0].detail

    assert detail("Technical logs are kept for 180 days. Billing records are retained for seven years. Crash logs "
                  "are deleted after 90 days.") == ("technical logs: for 180 days; billing records: for seven years; "
                                                    "crash logs: after 90 days")
    assert detail("## How long we keep data\n\n- Invoices and billing records: seven years.\n- Support tickets: 24 "
                  "months from closure.\n- Server logs: 30 days.\n", "markdown") == (
        "invoices and billing records: seven years; support tickets: 24 months from closure; server logs: 30 days")
    # "your data" says no more than the answer's own question
    assert detail("Personal data is kept for two years.") == "for two years"


def test_card_processor_audit_logs_complaints_and_objections():
    from summarizer import label_text

    # the company not holding the card number denies no one else's collection
    assert _answer_items("Card payments are taken by our payment partner, Stripe, so we never hold your card number.",
                 "sharing") == []
    lab = label_text("Staff access records through role-based permissions, and each access is recorded in an audit "
                     "log.", fmt="text")
    assert [i.text for i in lab.answer("security").items] == ["Only some staff can see your data"]
    assert lab.answer("collected").status == "not_stated"
    assert _answer_items("You may file a complaint with the U.S. Department of Health and Human Services Office for Civil "
                 "Rights.", "rights") == ["Complain to a regulator"]
    assert _answer_items("You can also object to us using your data for fundraising.", "rights") == [
        "Object to how they use your data"]


def test_sources_and_retention_said_otherwise():
    from summarizer import label_text

    col = label_text("We also collect your personal information from others, such as credit bureaus or other "
                     "companies.", fmt="text").answer("collected")
    assert col.items[-1].text == "How they get it: from other companies"
    ret = label_text("## How long we keep it\n\nMedical records are retained for ten (10) years after your last visit, "
                     "or until a minor patient turns 28, whichever is later.\n", fmt="markdown").answer("retention")
    assert [i.text for i in ret.items] == ["For a set time"]


def test_purpose_denials_in_two_clauses_and_the_readers_own_bank():
    from summarizer import label_text

    pur = label_text("We will not use your health information for marketing, and it is never used to target "
                     "advertising to you, inside or outside the app.", fmt="text").answer("purposes")
    assert [(i.text, i.negated) for i in pur.items] == [
        # (a denial as narrow as its words: the data the first clause names)
        ("They say they do not use health information for marketing", True),
        ("They say they do not use health information for advertising", True)]
    calc = label_text("Your profile: name, email, date of birth, height, weight and sex, which we use to calculate "
                      "calories and heart-rate zones.", fmt="text").answer("purposes")
    assert [i.text for i in calc.items] == ["Running the service"]
    bank = label_text("If you choose to link an external bank account, we use a third-party data aggregator, "
                      "Tallyway, Inc., to connect to your bank.", fmt="text").answer("sharing")
    assert "Payment processors" not in [i.text for i in bank.items]


def test_a_lead_in_that_points_back_reads_with_the_sentence_before():
    from summarizer import label_text

    lab = label_text("## When we share it\n\nWe share PHI only as HIPAA permits. In practice that means:\n\n- with the "
                     "pharmacy you choose, so a prescription can be filled;\n- with business associates that sign a "
                     "Business Associate Agreement.\n", fmt="markdown")
    assert [i.text for i in lab.answer("sharing").items] == ["Service providers", "Pharmacies"]


def test_lists_of_names_denial_lead_ins_and_transfer_headings():
    from summarizer import label_text

    for text in ("We collect the following:\n- Name\n- Email address\n", "We collect: name, email address and school "
                                                                         "name."):
        assert label_text(text, fmt="text").answer("collected").items[0].detail.startswith("name, "), text
    # "domain name," is no name of the reader
    dom = label_text("Our web server recognizes only the consumer's domain name, operating system, and web browser "
                     "version.", fmt="text").answer("collected")
    assert "Contact details" not in [i.text for i in dom.items]
    lab = label_text("We do not:\n- sell or rent student information;\n- use student information to target "
                     "advertising.\n", fmt="text")
    assert lab.answer("sold").status == "denied"
    trans = label_text("International transfers\n\nWe do not transfer your personal data outside the European Union.\n",
                       fmt="text").answer("transfers")
    assert trans.status == "denied"
    assert label_text("International data transfers\n\nWe keep all personal data within the European Economic "
                      "Area.\n", fmt="text").answer("transfers").status == "denied"


def test_probe_round_two_collection_rights_and_regulators():
    from summarizer import label_text

    assert "Location" in _answer_items("We collect your precise geolocation.", "collected")
    assert label_text("We do not collect your precise geolocation.", fmt="text").answer("collected").status == "denied"
    assert "Contact details" in _answer_items("To use the app you create an account with your email address and a password.",
                                      "collected")
    assert "Contact details" in _answer_items("When you create a job seeker account, you provide your name, email address, "
                                      "phone number and city.", "collected")
    assert _answer_items("Your choices:\n- Download a copy of your data from Account Settings.\n- Correct your profile at any "
                 "time.\n- Close your account from Account Settings.\n", "rights") == [
        # (a copy of one's data, under a heading of choices, is also a way to see it)
        "See the data they hold about you", "Correct or update your data", "Get a copy of your data to take elsewhere",
        "Delete your account"]
    assert "Get a copy of your data to take elsewhere" in _answer_items(
        "You have the right to access, rectify, erase and port your personal data.", "rights")
    for text in ("You may complain to the Autoriteit Persoonsgegevens.",
                 "Complaints may be addressed to your local supervisory authority."):
        assert _answer_items(text, "rights") == ["Complain to a regulator"], text
    cpra = label_text("We use advertising cookies from LinkedIn and Meta to show our ads on other websites. Under "
                      "some state laws this counts as \"sharing\" for cross-context behavioral advertising.",
                      fmt="text").answer("sold")
    assert cpra.status == "stated" and cpra.items[0].hedged


def test_use_denials_narrow_collection_denials_and_unencrypted_messages():
    from summarizer import label_text

    # (each denial as narrow as its words: the data it names, when the taxonomy has a name for it)
    for text, what in (("We do not use your location for advertising.", "location"),
                       ("We never use your camera footage or audio for advertising.", "audio or video"),
                       ("We do not use your sexual orientation, religion, or ethnicity for advertising.", "it"),
                       ("We do not use the content of your comments to target advertising to you.", "it")):
        lab = label_text(text, fmt="text")
        assert [(i.text, i.negated) for i in lab.answer("purposes").items] == [
            (f"They say they do not use {what} for advertising", True)], text
        assert lab.answer("collected").status == "not_stated" and lab.answer("rights").status == "not_stated", text
    col = label_text("We collect your name. We do not collect your phone number.", fmt="text").answer("collected")
    assert [(i.text, i.negated) for i in col.items][-1] == (
        "They say they do not collect phone number (contact details)", True)
    assert label_text("Messages are not end-to-end encrypted.", fmt="text").answer("security").status == "not_stated"


def test_a_newsletter_is_marketing_not_an_extra_feature():
    from summarizer import label_text

    pur = label_text("We use your email address to send you newsletters.", fmt="text").answer("purposes")
    assert [i.text for i in pur.items] == ["Marketing"]


def test_hours_sold_business_units_group_brands_and_recruiters():
    from summarizer import label_text

    def items(text: str, key: str) -> list[tuple[str, str]]:
        return [(i.text, i.detail) for i in label_text(text, fmt="text").answer(key).items]

    assert items("Video clips are kept for 24 hours. Logs are kept for 48 hours.", "retention") == [
        ("For a set time", "video clips: for 24 hours; logs: for 48 hours")]
    assert items("Billing records are kept for six years after the end of the financial year to which they relate.",
                 "retention") == [("For a set time", "billing records: for six years after the end of the financial year to which "
                                    "they relate")]
    sold = label_text("We may share your personal information with our other business units, even if such business "
                      "units are sold. We do not sell or rent your personal information.", fmt="text").answer("sold")
    assert sold.status == "denied"
    assert ("Companies in the same group", "affiliates") in items(
        "Personal data is made available to other companies in the Northgate Media Group.", "sharing")
    assert items("We share your personal information with employers, recruiters and staffing agencies.", "sharing") == [
        ("Employers and recruiters", "")]


def test_security_advice_notes_and_named_measures():
    from summarizer import label_text

    sec = label_text("No system is perfectly secure, so please keep your password private.", fmt="text").answer(
        "security")
    assert sec.status == "not_stated" and sec.summary == "Not stated. They say no system is fully safe."
    named = label_text("Account passwords are stored using Argon2. We carry out annual third-party penetration "
                       "tests.", fmt="text").answer("security")
    assert [i.text for i in named.items] == ["Secure sign-in and identity checks", "Regular security checks"]


def test_integrity_and_transaction_purposes():
    assert _answer_items("We use your information to detect cheating, to verify accounts and to keep fake profiles "
                         "off the app.", "purposes") == ["Security and keeping the service working"]
    assert _answer_items("We use your information to moderate chat and protect players.", "purposes") == [
        "Security and keeping the service working"]
    assert _answer_items("We use your information to process subscriptions and deliver purchased items.",
                         "purposes") == ["Running the service"]


def test_collection_denied_without_the_word_collect():
    from summarizer import label_text

    def collected(text: str):
        return label_text(text, fmt="text").answer("collected")

    asked = collected("Students are never asked for an email address, phone number or date of birth.")
    assert asked.status == "denied" and "email address or phone number" in asked.summary
    card = collected("Payments are handled by our card processor; we never see your full card number.")
    # (as narrow as its words: the full number)
    assert card.status == "denied" and "full card number" in card.summary
    password = collected("We do not get your platform password.")
    assert password.status == "denied"
    # another company collects it: the label does not say the company does
    assert collected("Your Social Security number and date of birth are collected directly by the background "
                     "check agency, not by us.").status == "not_stated"


def test_data_sent_to_recipients_and_shown_to_other_players():
    assert _answer_items("When a page loads, your IP address and a pseudonymous cookie ID are sent to supply-side "
                         "platforms such as Magnite, which pass the bid request to advertisers.",
                         "sharing") == ["Advertisers"]
    assert _answer_items("Other players see your gamertag, rank and anything you say in chat.",
                         "sharing") == ["Other users"]
    assert _answer_items("Leaderboards display your gamertag and rank publicly.", "sharing") == ["The public"]
    assert _answer_items("If you enter a tournament, your gamertag and results are published.",
                         "sharing") == ["The public"]


def test_a_promise_of_notice_before_changes_and_a_rights_holder_age():
    from summarizer import label_text

    changes = label_text("We will not make material changes to this policy without first giving schools 30 days' "
                         "notice.", fmt="text").answer("changes")
    assert "They tell you directly (for example by email)" in [i.text for i in changes.items]
    ferpa = label_text("Parents (and students who are 18 or older) have the right to inspect and review the "
                       "student's education records.", fmt="text")
    assert ferpa.answer("children").status == "not_stated"
    assert [i.text for i in ferpa.answer("rights").items] == ["See the data they hold about you"]


def test_retention_names_the_data_of_the_clause_that_keeps_it():
    from summarizer import label_text

    kept = label_text("If your account was banned, we retain your phone number and device identifier for 5 years. "
                      "The face geometry is deleted as soon as the check finishes; the verification video itself is "
                      "kept for 3 years.", fmt="text").answer("retention")
    assert [(i.text, i.detail) for i in kept.items] == [
        ("For a set time", "phone number and device identifier: for 5 years; the verification video: for 3 years")]


def test_list_items_name_recipients_beyond_the_lead_in():
    html = ("<p>Besides our advertising partners, personal data is made available to:</p><ul>"
            "<li>our hosting providers (Amazon Web Services and Fastly);</li>"
            "<li>Adyen, which processes subscription payments.</li></ul>")
    assert _answer_items(html, "sharing", fmt="html") == [
        "Other named companies", "Service providers", "Advertisers"]


def test_transfers_name_the_united_states_when_that_is_all_they_say():
    assert _answer_items("All student data is stored in the United States.", "transfers") == [
        "Your data may be sent to or stored in the United States"]
    assert _answer_items("Your personal information may be stored and processed by our service providers in the "
                         "United States or other locations.", "transfers") == [
        "Your data may be sent to or stored in other countries"]
    # shops in a country are no storage of data there
    assert _answer_items("This policy applies to information we collect at our retail stores in the United States.",
                         "transfers") == []


def test_equal_opportunity_data_is_collected_data():
    assert _answer_items("On the voluntary form we collect your race, disability status and veteran status.",
                         "collected")[:2] == ["Health data", "Demographics"]


def test_not_tracking_a_practice_is_not_do_not_track():
    from summarizer import label_text

    for text in ("We do not track your browsing activity.", "We do not track your activity in the background."):
        assert label_text(text, fmt="text").answer("dnt").status == "not_stated"
    assert label_text("We do not respond to do not track signals.", fmt="text").answer("dnt").status == "denied"


def test_a_denial_until_the_reader_asks_or_consents():
    assert _answer_items("We will not share your data with insurers unless you give us your explicit consent.",
                         "sharing") == [
        "They say they do not share your data with insurers without your consent"]
    assert _answer_items("We will not share your data with your employer unless you ask us to.", "sharing") == [
        "They say they do not share your data with employers and recruiters without your consent"]


def test_a_use_a_law_may_count_as_selling():
    from summarizer import label_text

    sold = label_text("We do not sell your personal data. However, the use of advertising cookies may be considered "
                      "selling or sharing under California law.", fmt="text").answer("sold")
    assert [(i.text, i.negated) for i in sold.items] == [
        ("They say they do not sell your data otherwise", True),
        ("What they share with partners may count as a “sale” or “sharing” under some privacy laws", False)]
    table = ("| Category | Examples | Sold or shared |\n|---|---|---|\n"
             "| Identifiers | Name, email, IP address | Shared with advertising partners |\n"
             "| Customer records | Phone number, address | No |\n")
    lab = label_text(table, fmt="markdown")
    assert [i.text for i in lab.answer("sold").items] == [
        "They say they do not sell your phone number",
        "What they share with partners may count as a “sale” or “sharing” under some privacy laws"]
    assert [i.text for i in lab.answer("sharing").items] == ["Advertisers"]


def test_retention_tables_and_keeping_people_safe():
    table = ("| Data | Retention period |\n|---|---|\n| Order and invoice records | 7 years |\n"
             "| Customer support tickets | 3 years after closure |\n| Crash logs | 6 months |\n")
    from summarizer import label_text

    kept = label_text(table, fmt="markdown").answer("retention")
    assert kept.items[0].detail == ("order and invoice records: 7 years; customer support tickets: 3 years after "
                                    "closure; crash logs: 6 months")
    assert label_text("If you are pregnant beyond 28 weeks, we use that health information to keep you and other "
                      "passengers safe.", fmt="text").answer("retention").status == "not_stated"


def test_recipients_named_without_a_sharing_verb():
    assert _answer_items("Service providers: Amazon Web Services (hosting), Zendesk (customer support) and Adyen "
                         "(payments).", "sharing") == ["Other named companies", "Service providers"]
    assert _answer_items("We work with advertising partners such as Google AdMob, AppLovin and InMobi.",
                         "sharing") == ["Google", "Other named companies", "Advertisers"]
    # where a recipient is hosted is no statement to readers in Europe, and the sharing stands
    assert _answer_items("We share your information with service providers hosted in the EU.", "sharing") == [
        "Service providers"]


def test_change_notices_age_gates_and_ai_chats():
    from summarizer import label_text

    assert _answer_items("We will tell you about important changes by email.", "changes") == [
        "They tell you directly (for example by email)"]
    assert "They put a notice on their website" in _answer_items(
        "We may update this notice. The latest version will always be on our website.", "changes")
    assert _answer_items("You must be 18 or older to buy or sell on our marketplace.", "children") == [
        "Minimum age: 18"]
    lab = label_text("We may use your chats to train our models.", fmt="text")
    assert [(i.text, i.detail) for i in lab.answer("collected").items] == [
        ("What you do on the site or app", "messages, chats and prompts")]
    assert [i.text for i in lab.answer("purposes").items] == ["Analytics and research"]


def test_rights_to_appeal_to_a_person_and_to_say_no():
    assert _answer_items("If we decline to act on your request, you may appeal by replying to our decision email.",
                         "rights") == ["Appeal if they turn down your request"]
    assert _answer_items("You may ask for a human to review an automated decision.", "rights") == [
        "Ask for a person to review a decision made by a machine"]
    # "unless you opt out" is an opt-out, not an opt-in
    assert _answer_items("We send you transactional messages and, unless you opt out, promotional emails.",
                         "rights") == ["Say no to some uses (opt out)"]
    # the company managing a subscription is no setting offered to the reader
    assert _answer_items("We process payments and manage your subscription.", "rights") == []


def test_inbound_sources_are_not_recipients_and_devices_record_data():
    from summarizer import label_text

    lab = label_text("We receive payment status from our payment processor, information from other users (for "
                     "example, reports and reviews), and fraud signals from our fraud-prevention vendors.", fmt="text")
    assert lab.answer("sharing").status == "not_stated"
    assert _answer_items("The Band records your heart rate, blood-oxygen readings and sleep stages.",
                         "collected") == ["Health data"]


def test_location_permission_purpose_rows_and_abuse_reports():
    from summarizer import label_text

    assert _answer_items("You can withdraw location permission in your phone's settings.", "rights") == [
        "Use your browser or device settings to block cookies or limit tracking"]
    table = ("| Purpose | Legal basis |\n|---|---|\n"
             "| Making and managing your booking, check-in and boarding | Contract |\n")
    assert _answer_items(table, "purposes", fmt="markdown") == ["Running the service"]
    lab = label_text("We report child sexual abuse material to the National Center for Missing & Exploited "
                     "Children.\n\nOur service is not intended for children under 13.\n", fmt="text")
    children = lab.answer("children")
    assert [i.text for i in children.items] == ["Minimum age: 13"]
    assert [lab.evidence[r - 1].text for r in children.items[0].refs] == [
        "Our service is not intended for children under 13."]


def test_each_period_of_a_sentence_names_its_own_data():
    from summarizer import label_text

    kept = label_text("We keep booking data for 3 years after your flight, and travel document data for 72 hours "
                      "after your flight departs.", fmt="text").answer("retention")
    assert kept.items[0].detail == ("booking data: for 3 years after your flight; travel document data: for 72 hours "
                                    "after your flight departs")


def test_a_heading_that_names_a_topic_is_no_quote():
    from summarizer import label_text

    text = ("Privacy Policy\n\n3. Conditions and methods of personal data processing and its transfer to third "
            "parties.\n\n3.1. We share your personal data with our payment processor to take your payments.\n")
    lab = label_text(text, fmt="text")
    quotes = [lab.evidence[r - 1].text for i in lab.answer("sharing").items for r in i.refs]
    assert quotes and all(not q.startswith("3. Conditions") for q in quotes)
    # a heading that says something, with a verb of its own, still does
    assert _answer_items("Privacy Policy\n\nWe Never Sell Your Data\n\nWe use your email address to send receipts.\n",
                         "sold") == ["They say they do not sell your data"]


def test_collection_said_as_storing_sending_or_needing_and_friends_who_see():
    assert "Device and browser details" in _answer_items(
        "If the app crashes, it sends us a report containing the app version and operating system version.",
        "collected")
    assert _answer_items("To create an account you need only an email address and a password.", "collected")[:2] == [
        "Contact details", "Account and profile"]
    assert _answer_items("If you add friends in the app, they can see your step count and workout summaries.",
                         "sharing") == ["Other users"]


def test_contractions_under_a_matching_heading_still_deny():
    from summarizer import label_text

    def answer(text: str, key: str):
        return label_text(text, fmt="markdown").answer(key)

    assert answer("## What we collect\n\nWe don't collect your precise location.\n", "collected").status == "denied"
    assert answer("## What we collect\n\nWe don't collect any personal information.\n", "collected").status == "denied"
    assert answer("## Who we share it with\n\nWe don't share your data with advertisers.\n", "sharing").status == "denied"
    assert label_text("We don't see your full card number.", fmt="text").answer("collected").status == "denied"


def test_a_newsletter_section_of_a_page_is_policy_text():
    html = ("<html><body><main><h1>Privacy Policy</h1><h2>Newsletter</h2><p>If you join our newsletter, your email "
            "address is added to our Mailchimp account. Mailchimp stores this data on servers in the United States. "
            "Every email has an unsubscribe link at the bottom.</p><h2>Changes</h2>"
            "<p>We may change this policy.</p></main></body></html>")
    from summarizer import label_text

    lab = label_text(html, fmt="html")
    assert _answer_items(html, "collected", fmt="html")[0] == "Contact details"
    assert "Opt out with a link (for example at the bottom of emails)" in [i.text for i in lab.answer("rights").items]


def test_companies_named_after_with_are_recipients():
    assert _answer_items("We share your email address with Mailchimp.", "sharing") == ["Other named companies"]
    from summarizer import label_text

    lab = label_text("We share your information with Checkr, Onfido and TaskUs.", fmt="text")
    assert [(i.text, i.detail) for i in lab.answer("sharing").items] == [
        ("Other named companies", "Checkr, Onfido, TaskUs")]


def test_probe9_denials_ages_notices_and_security():
    from summarizer import label_text

    assert label_text("Camera images are never sent to us.", fmt="text").answer("collected").status == "denied"
    assert label_text("This data stays in the vehicle and is not sent to us.",
                      fmt="text").answer("transfers").status == "not_stated"
    assert _answer_items("Accounts of users under 18 are private by default.", "children") == [
        "They talk about children"]
    assert _answer_items("If we change this policy we will update it on this page.", "changes") == [
        "They post the new version of the policy"]
    assert _answer_items("We restrict employee access to personal information.", "security") == [
        "Only some staff can see your data"]
    assert _answer_items("Messages are encrypted in transit but are not end-to-end encrypted.", "security") == [
        "Encryption when data is sent"]
    assert _answer_items("We collect your email address, phone number and two-factor authentication settings.",
                         "collected")[0] == "Contact details"
    assert "Health data" not in _answer_items("We collect your IP address and a device fingerprint.", "collected")
    assert _answer_items("Your account is private: only followers you approve can see your posts.", "rights") == []


def test_probe9_trades_insurers_emergency_and_minors():
    from summarizer import label_text

    assert label_text("Transaction data: deposits and withdrawals, trades and orders. We do not sell your personal "
                      "data.", fmt="text").answer("sold").status == "denied"
    assert label_text("We share your data with the leasing company.", fmt="text").answer("sold").status == "not_stated"
    assert _answer_items("We send your location to local emergency services.", "sharing") == ["Authorities"]
    assert _answer_items("We share trip and incident information with our insurance company when there is an "
                         "accident.", "sharing") == ["Insurers"]
    lab = label_text("Kids profiles show only titles rated for children. You must be 18 or older to become a member.",
                     fmt="text")
    kids = lab.answer("children").items[0]
    assert kids.text == "Minimum age: 18"
    assert [lab.evidence[r - 1].text for r in kids.refs] == ["You must be 18 or older to become a member."]
    assert _answer_items("We do not sell or share the personal information of consumers under 16.", "children") == [
        "They say they do not sell the data of people under 16"]
    assert label_text('Crumb & Co. Bakery ("we", "us") is a small family bakery. We collect your email address.',
                      fmt="text").organization == "Crumb & Co. Bakery"


def test_probe9_still_present_fixed():
    assert _answer_items('Sharing device identifiers with advertising partners may be considered "selling" of '
                         'personal information under the CCPA.', "sold") == [
        "What they share with partners may count as a “sale” or “sharing” under some privacy laws"]
    from summarizer import label_text

    kept = label_text("We keep location data for 30 days, driving behavior data for 12 months, and vehicle health "
                      "data for the life of the vehicle.", fmt="text").answer("retention")
    assert kept.items[0].detail == "location data: for 30 days; driving behavior data: for 12 months"
    assert label_text("If you sign in with Google or Apple, we receive your name and email address from them.",
                      fmt="text").answer("sharing").status == "not_stated"
    assert label_text("Software updates are cryptographically signed.", fmt="text").answer("security").status == "stated"


def test_passing_it_to_anyone_else_and_a_cookie_banner():
    from summarizer import label_text

    assert label_text("We don't pass it to anyone else for their marketing.",
                      fmt="text").answer("sharing").status == "denied"
    assert label_text("We recommend that you choose a unique password and not share your password with anyone else.",
                      fmt="text").answer("sharing").status == "not_stated"
    assert _answer_items("You can decline analytics cookies in our cookie banner.", "rights") == [
        "Change your choices in their settings or your account"]


def test_probe10_marketing_opt_in_card_details_and_location_tracking():
    from summarizer import label_text

    lab = label_text("We will send you marketing emails only if you have opted in.", fmt="text")
    assert [i.text for i in lab.answer("purposes").items] == ["Marketing"]
    assert [i.text for i in lab.answer("rights").items] == ["They ask before some uses (opt in)"]
    assert label_text("We only receive confirmation of your subscription, not your card details.",
                      fmt="text").answer("collected").items[0].text != "Payment and financial data"
    assert _answer_items("We use your email address to send you news and offers.", "purposes") == ["Marketing"]
    assert label_text("We do not use your location data to track you.",
                      fmt="text").answer("collected").status == "not_stated"


def test_probe10_headings_continuations_notices_and_transfers():
    from summarizer import label_text

    text = ("Who we share it with\n- Other insurers and reinsurers.\n- The police, if we suspect a crime.\n"
            "We do not pass your details to other companies for their own marketing.\n")
    assert _answer_items(text, "sharing")[:2] == ["Insurers", "Authorities"]
    assert _answer_items("We collect information when you register. This includes your name, email address and phone "
                         "number.", "collected")[0] == "Contact details"
    assert _answer_items("Any changes will be published on this page.", "changes") == [
        "They post the new version of the policy"]
    assert label_text("Where we transfer your data to other countries, we put appropriate safeguards in place.",
                      fmt="text").answer("security").status == "not_stated"
    assert label_text("We replace your device ID with a random ID that changes every 90 days.",
                      fmt="text").answer("retention").status == "not_stated"
    assert _answer_items("We process it only for our activities, and we do not share it outside this policy without "
                         "your consent. Our suppliers store data in the United States.", "transfers") == [
        "Your data may be sent to or stored in the United States"]


def test_probe10_cctv_emails_rights_authorities_and_charities():
    from summarizer import label_text

    assert _answer_items("We use CCTV cameras in our stores to prevent crime.", "collected")[0] == (
        "Photos, recordings or contacts")
    assert label_text("CCTV recordings are automatically overwritten after 30 days.",
                      fmt="text").answer("retention").items[0].detail == "CCTV footage: after 30 days"
    assert label_text("We do not read your emails.", fmt="text").answer("collected").status == "denied"
    assert _answer_items("You can pay for the Plus plan to remove ads.", "rights") == []
    assert _answer_items("You can ask for a copy of your health and claims records.", "rights") == [
        "See the data they hold about you"]
    assert _answer_items("We share student data with the Office for Students and with local councils.",
                         "sharing") == ["Authorities"]
    assert _answer_items("If you need a visa, we share your passport details with the embassy.", "sharing") != [
        "Other named companies"]
    assert _answer_items("We use your information to send you updates about our campaigns by email and to ask you "
                         "to donate.", "rights") == []
    assert label_text("ClearAir Action is a campaigning charity registered in England and Wales. We collect your "
                      "name.", fmt="text").organization == "ClearAir Action"
    assert label_text("Privacy Notice\n\nLast reviewed: 14 October 2024\n\nWe collect your name.\n",
                      fmt="text").last_updated == "14 October 2024"


def test_probe10_still_present_sources_reviews_and_named_tools():
    from summarizer import label_text

    md = ("## Information we collect\n\n- **Prescription information:** your prescriptions, received from your doctor, "
          "and any prescriptions you transfer to us from another pharmacy.\n")
    assert label_text(md, fmt="markdown").answer("sharing").status == "not_stated"
    assert _answer_items("If we decline to offer you insurance online, you can ask a member of our underwriting team "
                         "to review the decision.", "rights") == [
        "Ask for a person to review a decision made by a machine"]
    assert _answer_items("We use Action Network to host our petitions and Mailgun for email delivery.",
                         "sharing") == ["Other named companies"]
    assert label_text("We use Flash cookies where we use Flash to provide some content such as video clips.",
                      fmt="text").answer("sharing").status == "not_stated"


def test_a_sub_heading_reads_as_part_of_its_parent_section():
    # "### Information from your band" under "## What we collect": its list is what is collected,
    # as it would be right under the parent heading
    md = ("# Pulse Privacy Policy\n\n## What we collect\n\n### Information from your band\n\n"
          "- Heart rate and blood-oxygen readings.\n- Sleep stages and sleep duration.\n")
    assert _answer_items(md, "collected", "markdown") == ["Health data"]
    # the document's title is no parent: a list under "Data Collection Policy" / "Highlights" is
    # not read as a list of what is collected
    md = "# Data Collection Policy\n\n## Highlights\n\n- Heart rate and blood-oxygen readings.\n"
    assert _answer_items(md, "collected", "markdown") == []


def test_seeing_or_storing_nothing_in_a_collection_section_is_a_denial():
    md = ("## What we collect\n\n### Payments\n\nWe never see your payment details.\n\n"
          "The app never sees or stores your bank username or password.\n")
    items = _answer_items(md, "collected", "markdown")
    assert items == ["They say they do not collect payment and financial data, and account and profile."]
    # a username is an account detail, not the reader's name
    assert _answer_items("We collect your username and password.", "collected") == ["Account and profile"]


def test_deleting_one_of_several_profiles_is_not_deleting_the_account():
    assert _answer_items("You can add or delete a profile for each member of your household in Settings.",
                         "rights") == ["Ask them to delete your data"]
    assert "Delete your account" in _answer_items("You can delete your profile at any time.", "rights")


def test_kept_while_a_customer_is_not_kept_until_the_reader_closes_the_account():
    assert _answer_items("Your guest profile is kept while you remain an active guest.", "retention") == [
        "Only as long as needed"]
    assert _answer_items("We keep your data while you remain a member.", "retention") == [
        "Until you delete it or close your account"]


def test_ad_cookies_used_with_consent_name_their_companies_and_the_opt_in():
    text = "With your consent, we use advertising cookies from Google and Meta to show you our ads on other websites."
    assert _answer_items(text, "sharing") == ["Google", "Facebook"]
    assert _answer_items(text, "rights") == ["They ask before some uses (opt in)"]


def test_a_company_named_as_the_subject_reads_as_we():
    # a denial with the company's name as subject stays a denial
    assert _answer_items("Acme does not use your information for advertising.", "purposes") == [
        "They say they do not use it for advertising"]
    # a short name the policy declares as its own ('(the "City")', '("Acme", "we")') is "we",
    # with the verb agreeing ("the City holds" reads "we hold")
    city = ('The City of Brantwood (the "City") runs this website.\n\n'
            "The City uses this information to respond to service requests and to process payments.\n\n"
            "You may ask to see records the City holds about you.\n")
    assert "Running the service" in _answer_items(city, "purposes")
    assert "See the data they hold about you" in _answer_items(city, "rights")
    acme = 'Acme Ltd ("Acme", "we") runs this website. Acme uses your email address to send you receipts.'
    assert "Contact details" in _answer_items(acme, "collected")
    # ...and before a noun it is "our": the change notice "on the University website" is read
    uni = ('The University of Brant (the "University") publishes this notice.\n\n'
           "If we change this notice, the current version is always available on the University website.\n")
    assert _answer_items(uni, "changes") == ["They put a notice on their website"]


def test_a_term_the_policy_defines_is_not_its_own_name():
    from summarizer import ingest
    from summarizer.extract import self_names

    doc = ingest.parse('We protect cardholder data ("Cardholder Data") and websites (the "Services"). '
                       "Cardholder Data is encrypted. Cardholder Data is stored in the US.", fmt="text")
    assert self_names(doc) == []


def test_the_health_of_a_vehicle_is_not_health_data():
    assert _answer_items("Your selected dealer receives vehicle health data so it can schedule service.",
                         "collected") == []
    assert "Contact details" in _answer_items("We collect your full legal name and address.", "collected")


def test_unsubscribing_is_a_way_to_say_no():
    assert _answer_items("You can unsubscribe from our marketing emails at any time.", "rights") == [
        "Say no to some uses (opt out)"]


def test_no_sharing_with_police_without_a_warrant_keeps_its_condition():
    from summarizer import label_text

    a = label_text("We do not share your data with law enforcement without a valid search warrant.",
                   fmt="text").answer("sharing")
    assert [(i.text, i.detail) for i in a.items] == [
        ("They say they do not share your data with authorities", "without a valid search warrant")]


def test_what_a_recipient_may_not_do_is_no_sharing_with_it():
    md = ("## When we share information\n\nWe share data with service providers who host our website.\n\n"
          "### Law enforcement\n\nPolice may not upload DNA profiles from crime scenes to search for relatives.\n")
    assert _answer_items(md, "sharing", "markdown") == ["Service providers"]


def test_limits_for_younger_players_are_no_childrens_denial_or_minimum_age():
    for text in ("If you are under 13, we do not collect your advertising ID.",
                 "For players under 13, we do not collect your advertising ID and we turn off chat."):
        assert _answer_items(text, "children") == ["They talk about children"], text


def test_sharing_an_advertising_id_that_may_count_as_a_sale_is_no_flat_no():
    items = _answer_items("We do not sell your data. However, sharing your advertising ID with ad networks may "
                          "count as a sale under California law.", "sold")
    assert any("may count as a “sale”" in i for i in items)


def test_disclosing_in_a_sale_of_the_business_names_the_buyer():
    assert _answer_items("We may disclose information when required by law or as part of the sale of our business.",
                         "sharing") == ["A buyer of the business", "Others, when the law requires it"]
    assert _answer_items("We may disclose information when required by law.", "sharing") == [
        "They share data when the law requires it"]


def test_a_social_insurance_number_and_processing_where_the_company_is_based():
    assert _answer_items("We do not collect your social insurance number.", "collected") == [
        "They say they do not collect government ID (ID numbers)."]
    assert _answer_items("We are based in the United States and your information will be processed there.",
                         "transfers") == ["Your data may be sent to or stored in the United States"]


@pytest.mark.parametrize("lead", ["For example:", "We follow our records retention schedule. Under the current schedule:"])
def test_a_list_after_a_lead_that_only_points_at_it_reads_with_its_heading(lead):
    text = (f"How long we keep records\n\n{lead}\n- Service requests: 3 years after the request is closed.\n"
            "- Payment records: 6 years.\n")
    assert _answer_items(text, "retention") == ["For a set time"]


def test_a_lead_in_ending_in_a_colon_is_no_heading():
    from summarizer.ingest import parse

    doc = parse("How long we keep records\n\nFor example:\n- Payment records: 6 years.\n\n"
                "Cookies\n\nWe use persistent cookies to:\n- remember your settings.\n", fmt="text")
    assert [s.text for s in doc.sentences if s.is_heading] == ["How long we keep records", "Cookies"]


@pytest.mark.parametrize("text", [
    "California residents have the right to know, delete, correct and opt out of sale or sharing.",
    "You also have the right to know what we collect, to delete it, and to correct it.",
    "Users in California have rights to access, correct and delete their personal data.",
    "Residents of California, Colorado, Virginia, the EU and the UK have legal rights to access, correct and delete "
    "their personal data.",
])
def test_short_lists_of_state_privacy_rights(text):
    items = _answer_items(text, "rights")
    for right in ("See the data they hold about you", "Correct or update your data", "Ask them to delete your data"):
        assert right in items, (text, items)


def test_asking_for_corrections_of_wrong_information_is_the_correction_right():
    assert _answer_items("You can ask us to correct information you think is wrong or incomplete.", "rights") == [
        "Correct or update your data"]
    assert "Correct or update your data" in _answer_items(
        "Parents have the right to review their child's education records, ask for corrections and ask for "
        "deletion.", "rights")


@pytest.mark.parametrize("text", [
    "If you are not satisfied with our response, you can contact the Information Commissioner.",
    "If you are not satisfied, you can contact the Office of the Privacy Commissioner of Canada.",
    "You can contact the data protection authority in your country.",
])
def test_contacting_the_regulator_is_the_right_to_complain(text):
    assert _answer_items(text, "rights") == ["Complain to a regulator"]


def test_recordings_and_kinds_of_providers():
    assert _answer_items("We collect audio recordings of your calls.", "collected") == [
        "Photos, recordings or contacts"]
    assert "Service providers" in _answer_items(
        "We use hosting, email and analytics providers who process data on our behalf under contract.", "sharing")


def test_you_provide_your_details_is_collection():
    assert _answer_items("When you pay a bill online, you provide your name and email address.", "collected")[0] == \
        "Contact details"
    assert "Payment and financial data" in _answer_items(
        "When you register, you provide your name and card details.", "collected")
    # submitting a request is no data given
    assert _answer_items("When you submit your request, we will reply within a week.", "collected") == []


def test_rights_written_as_imperative_bullets():
    md = "## Your rights\n\n- Download your data.\n- Opt out of promotional emails.\n"
    assert _answer_items(md, "rights", "markdown") == ["Get a copy of your data to take elsewhere",
                                                      "Say no to some uses (opt out)"]


def test_personalized_offers_are_marketing_not_the_access_right():
    text = "We use your personal information to personalize the offers you see, based on what you buy."
    assert _answer_items(text, "purposes") == ["Marketing"]
    assert _answer_items(text, "rights") == []


def test_dnt_denied_beside_gpc_honored_gives_both():
    items = _answer_items("Our website does not respond to Do Not Track signals, but we honor Global Privacy "
                          "Control signals.", "dnt")
    assert len(items) == 2 and items[1].startswith("They honor Global Privacy Control")


def test_companies_that_host_our_servers_and_identity_documents():
    assert _answer_items("We use companies that host our servers and send text messages for us.", "sharing") == [
        "Service providers"]
    assert _answer_items("We collect a copy of your passport to verify your identity.", "collected") == [
        "ID numbers"]
    assert "ID numbers" in _answer_items("We collect a photo of your government ID and a selfie to verify your "
                                         "identity.", "collected")


def test_probe12_purposes_choices_notices_and_ages():
    assert _answer_items("We use your personal information to run our loyalty program, including tracking your "
                         "points.", "purposes") == ["Extra features"]
    assert _answer_items("You can turn off analytics at any time.", "rights") == [
        "Change your choices in their settings or your account"]
    assert _answer_items("If the changes are material, we will email account administrators at least 14 days "
                         "before they take effect.", "changes") == ["They tell you directly (for example by email)"]
    assert _answer_items("The service is open to people aged 16 and over.", "children") == ["Minimum age: 16"]
    assert _answer_items("We do not show ads.", "purposes") == ["They say they do not use it for advertising"]


# Sentences from the probe policies (written for these tests) and what the label must answer:
# (text, answer key, the answer's item lines)
PROBE_ANSWERS = [
    # probe13: reversals
    ("We do not share your logged health data with advertisers.", "collected", []),
    ("It applies to our TVs sold in the United States.\n\nWe do not sell your personal information.", "sold",
     ["They say they do not sell your data"]),
    ("If a vehicle is damaged while you are renting it, please report it in the app.", "sold", []),
    ("Anyone may request access to their personal data.", "sharing", []),
    ("We may make minor changes to this policy without notice.", "children", []),
    # probe14: reversals
    ("We do not use health records for marketing.", "purposes",
     ["They say they do not use medical records for marketing"]),
    ("We do not use care records for marketing and we do not sell personal information.", "purposes", []),
    # (no denial of sharing: the processor gets the card data)
    ("Payments are processed by our payment processor so that we never store your full card number.", "sharing",
     ["Payment processors"]),
    # probe13 purposes with legal bases and buyers
    ("To provide rentals and bill trips, we rely on our contract with you.", "purposes", ["Running the service"]),
    ("To send you offers by email, we rely on your consent.", "purposes", ["Marketing"]),
    ("We use your information to comply with anti-money-laundering law.", "purposes", ["Legal duties"]),
    ("We use your information to respond to your enquiry.", "purposes", ["Running the service"]),
    ("We may disclose information to a company that acquires our business.", "sharing", ["Business buyers"]),
    # probe14 uses shares retention and counterparties
    ("We use your phone number to verify your identity.", "collected", ["Contact details"]),
    ("We share email addresses with third parties.", "sharing", ["Third parties"]),
    ("When we no longer need your personal information, we delete it.", "retention", ["Only as long as needed"]),
    ("We share your name and address with the landlord.", "sharing", ["Other users"]),
    ("The restaurant you order from receives your first name and your order.", "sharing", ["Other users"]),
    ("Your selected dealer receives vehicle diagnostics so it can schedule service.", "sharing", ["Other users"]),
    ("Advertisers or other companies do not have access to our cookies.", "sharing", []),
    # probe13 and probe14 rights security and hosts
    ("You, or a person with legal authority to act for you, can:\n- ask for a copy of your records;\n"
     "- ask us to correct anything that is wrong;\n- object to certain uses of your information.\n", "rights",
     ["See the data they hold about you", "Correct or update your data", "Object to how they use your data"]),
    ("You have the right to a copy of your personal information.", "rights", ["See the data they hold about you"]),
    ("You have the right to dispute any information that is inaccurate.", "rights", ["Correct or update your data"]),
    ("Creators can delete their account at any time.", "rights", ["Ask them to delete your data"]),
    ("Information is encrypted when it travels from your device to our servers.", "security",
     ["Encryption when data is sent"]),
    ("You must be at least 21 with a licence held for two years to rent a car.", "retention", []),
    ("Cloud hosting is provided by Amazon Web Services.", "sharing", ["Other named companies"]),
    # probe15 and probe16 reversals
    # probe15
    ("Your information cannot be sold.", "sold", ["They say they do not sell your data"]),
    ("We do not sell personal information and we do not share children's information with advertisers.", "sold",
     ["They say they do not sell your data"]),
    ("We do not collect a child's photos.", "children", ["They talk about children"]),
    # probe16
    ("We use an analytics tool that does not use cookies.", "collected", []),
    ("We use your information to improve the service, not to build advertising profiles.", "purposes",
     ["Analytics and research"]),
    ("Bluetooth pairing does not give the app access to your contacts, photos or other apps on your phone.",
     "collected", ["They say they do not collect photos, recordings or contacts."]),
    ("We do not transfer your data outside the EEA, except to our payment provider in the USA.", "transfers",
     ["Your data may be sent to or stored in the United States", "Special rules for people in Europe"]),
    ("We comply with the Health Insurance Portability and Accountability Act.", "rights", []),
    # probe15 and probe16 shipping records and opt outs
    ("Reply STOP to cancel text messages.", "rights", ["Say no to some uses (opt out)"]),
    ("We do not collect advertising identifiers.", "collected",
     ["They say they do not collect IP address and device IDs."]),
    ("We pass your name and delivery address to the shipping company.", "sharing", ["Service providers"]),
    ("We pass your name and delivery address to DHL.", "sharing", ["Other named companies"]),
    ("Your data is transferred to the USA.", "transfers", ["Your data may be sent to or stored in the United States"]),
    ("You can request a copy of your clinical record.", "rights", ["See the data they hold about you"]),
    ("You can ask us to amend your medical record.", "rights", ["Correct or update your data"]),
    ("You have the right to request information about your personal data processed by us.", "rights",
     ["See the data they hold about you"]),
    # probe14 new owners children accounts and letters
    ("If we are sold or merged, your information may pass to the new owner.", "sharing", ["Business buyers"]),
    ("We do not knowingly allow children to create an account.", "children",
     ["They say they do not knowingly collect data from children"]),
    ("If we change this notice, we will send you a letter.", "changes", ["They tell you directly (for example by email)"]),
    ("If we change this notice, we will write to you.", "changes", ["They tell you directly (for example by email)"]),
    # probe16 places, recipients, German wording
    ("Your data is stored on servers in Canada.", "transfers", ["Your data may be sent to or stored in Canada"]),
    ("Our booking provider stores booking data in Ireland.", "transfers",
     ["Your data may be sent to or stored in Ireland"]),
    ("Information from TVs in Canada is processed on servers in the United States.", "transfers",
     ["Your data may be sent to or stored in the United States"]),
    ("Your personal information may be processed and stored in the U.S. or another country.", "transfers",
     ["Your data may be sent to or stored in other countries"]),
    ("We pass your name, address and the amount owed to a debt collection agency.", "sharing", ["Debt collectors"]),
    ("We share your SIM identifier with our mobile network provider.", "sharing", ["Service providers"]),
    ("We reserve the right to adapt this privacy notice so that it always complies with the law.", "changes",
     ["They may change the policy"]),
    ("For a patient who is a minor, we keep the record until seven years after the patient turns 18.", "retention",
     ["For a set time"]),
    ("We collect answers to our health questionnaire, for example whether you have a heart condition or are pregnant.",
     "collected", ["Health data", "Survey answers"]),
    ("This data is processed on the basis of Art. 6(1)(f) GDPR. Our legitimate interest is to ensure the security "
     "of the system.", "purposes", ["Security and keeping the service working"]),
    ("If we have received your e-mail address with a purchase, we may send you information about similar products "
     "by e-mail.", "purposes", ["Marketing"]),
    ("We collect your email address. We do not use it for advertising.", "purposes",
     ["They say they do not use email address for advertising"]),
    ("We send your insurer your diagnosis code and the dates of your sessions.", "sharing", ["Insurers"]),
    ("Your messages with your therapist are stored so that you can refer back to them.", "collected",
     ["What you do on the site or app"]),
    ("We do not share the content of your sessions with your employer.", "sharing",
     ["They say they do not share your data with employers and recruiters"]),
    ("When you apply, the employer that posted the job receives your CV and contact details.", "sharing",
     ["Employers and recruiters"]),
    # probe17: reversals
    ("We do not sell personal information.\n\nWe will not use or share your health information for marketing purposes "
     "or sell your health information without your written authorization.", "sold",
     ["They say they do not sell your data"]),
    ("Sale of information. We do not sell personal information.", "sold", ["They say they do not sell your data"]),
    ("We do not use tracking pixels from advertising companies.", "sharing",
     ["They say they do not let other companies collect your data on their site"]),
    ("We do not allow our service providers to use or share your personal information for any purpose other than "
     "providing services on our behalf.", "sharing", ["Service providers"]),
    ("## Information we collect\n\nCrash reports contain the app version, but no IP address.\n", "collected", []),
    ("We will never send you marketing emails unless you tick the newsletter box.", "purposes", ["Marketing"]),
    ("Some browsers send Do Not Track signals. We do not currently respond to such signals.", "dnt",
     ["They say they do not respond to Do Not Track signals"]),
    ("Our website honors Do Not Track and Global Privacy Control signals by turning off analytics cookies.", "rights",
     ["Use your browser or device settings to block cookies or limit tracking"]),
    # probe17: wording of other countries and things
    ("We do not commercialize the personal data of our users with third parties.", "sold",
     ["They say they do not sell your data"]),
    ("The records of access to the application will be kept for 6 (six) months.", "retention", ["For a set time"]),
    # probe18
    ("We do not collect passport details in countries where there is no such requirement.", "collected", []),
    ("I don't use Facebook pixels or any advertising trackers.", "collected", []),
    ("Your information is transferred to Ireland and the United States.", "transfers",
     ["Your data may be sent to or stored in Ireland and the United States"]),
    ("Your information is transferred to Ireland and the United States.", "sharing", []),
    ("Your information is transferred to Ireland. When we transfer personal data to a country without an adequacy "
     "decision, we use standard contractual clauses.", "transfers",
     ["Your data may be sent to or stored in Ireland", "Special rules for people in Europe"]),
    ("What I collect\n\n- Your name and email address.\n- Your wedding date.\n", "collected", ["Contact details"]),
    ("How I use it\n\n- To send you marketing emails.\n- To prevent fraud.\n", "purposes",
     ["Marketing", "Security and keeping the service working"]),
    ("You must be at least 21 years old to apply for a loan.", "children", ["Minimum age: 21"]),
    ("You must be at least 21 years old to rent a car. We do not knowingly collect data about children.", "children",
     ["Minimum age: 21", "They say they do not knowingly collect data from children"]),
    ("We do not knowingly process the personal data of children.", "children",
     ["They say they do not knowingly collect data from children"]),
    ("We do not knowingly sell the personal information of consumers under 16.", "children",
     ["They say they do not sell the data of people under 16"]),
    ("Hearthstone Children's Trust is a registered charity.", "children", []),
    ("Loyalty points expire after 24 months without a qualifying stay.", "retention", []),
    ("You can ask us what information we hold about you.", "rights", ["See the data they hold about you"]),
    ("You can ask us to fix anything that is wrong.", "rights", ["Correct or update your data"]),
    ("Only authorised staff can access your personal information.", "security", ["Only some staff can see your data"]),
    ("All our laptops are encrypted.", "security", ["Encryption"]),
    ("We collect your Aadhaar number and your Permanent Account Number (PAN).", "collected", ["ID numbers"]),
    ("If you enroll in a program, we share your name and address with your energy company.", "sharing",
     ["Utility companies"]),
    ("We report your repayment history to credit information companies.", "sharing",
     ["Credit and fraud prevention agencies"]),
    # probe17: rights, recipients and wording of other countries
    ("Residents of California and other states with privacy laws may request to delete their personal information.",
     "rights", ["Ask them to delete your data"]),
    ("With your permission, we may share information with a family member or caregiver who is involved in your care.",
     "sharing", ["Family or friends"]),
    ("We may share personal data with payment institutions and anti-fraud companies.", "sharing",
     ["Payment processors", "Credit and fraud prevention agencies"]),
    ("We may share personal data with credit protection bodies when there is a debt in arrears.", "sharing",
     ["Credit and fraud prevention agencies"]),
    ("We send claims to your health plan or pharmacy benefit manager to get paid for your prescriptions.", "sharing",
     ["Health insurers"]),
    # a lab, a pharmacy and a health insurer are named apart: a policy may share with one and deny another
    ("Sharing\n\nWe do not share genetic data with health insurance companies. We share your sample with our "
     "contracted genotyping laboratory.", "sharing",
     ["Labs", "They say they do not share your health data with health insurers"]),
    ("We collect your name and CPF number.", "collected", ["Contact details", "ID numbers"]),
    ("You can also petition against the company before the National Data Protection Authority (ANPD).", "rights",
     ["Complain to a regulator"]),
    ("Employees can view identity documents only when this is necessary for their role.", "security",
     ["Only some staff can see your data"]),
    ("The platform is directed to persons major of 18 years.", "children", ["Minimum age: 18"]),
    ("Your reasons for supporting us, if you choose to share them - for example, that a family member was helped.",
     "sharing", []),
    # probe19: reversals
    ("We do not carry out any sale of your data.", "sold", ["They say they do not sell your data"]),
    ("Acme does not carry out any sale or rental of your data.", "sold", ["They say they do not sell your data"]),
    ("1. Information we need to rent you a vehicle\n\nWe collect your name. We will never sell your personal data.",
     "sold", ["They say they do not sell your data"]),
    ("We collect your heart rate and sleep, but no GPS data.", "collected", ["Health data"]),
    ("We do not share your information with anyone else, with these exceptions:\n- with a collection agency, if you "
     "owe us money;\n- with the police, if they have a court order.\n", "sharing",
     ["Debt collectors", "Authorities", "They rule out some sharing"]),
    ("The library's website uses cookies to keep you signed in.", "collected", ["Cookies and trackers"]),
    ("The band uses your phone's GPS to record your route.", "collected", ["Location"]),
    ("We can give your records to a parent or guardian of a child under 13 who holds the child's card.", "children",
     ["They talk about children"]),
    ("Our customer support vendor can see your account details.", "rights", []),
    ("You will see a consent form for each study before any data is shared.", "rights", []),
    ("On our public pages, we may work with advertising partners who place cookies to show you our ads elsewhere.",
     "sharing", ["Advertisers"]),
    # probe19: wording
    ("We use your information to provide our online services.", "purposes", ["Running the service"]),
    ("We collect your pickup and drop-off locations.", "collected", ["Location"]),
    ("We do not use your trip history to serve ads from other companies.", "purposes",
     ["They say they do not use precise location or usage data for advertising"]),
    ("We keep a record of your borrowing history.", "collected", ["What you do on the site or app"]),
    ("We collect the vehicle's location, mileage and fuel level.", "collected", ["Location"]),
    ("We share your workouts with Strava.", "sharing", ["Other named companies"]),
    ("Your data may be communicated to our service providers.", "sharing", ["Service providers"]),
    ("During your visit, cookies can be deposited on your terminal.", "collected", ["Cookies and trackers"]),
    ("We share information with our vendors, such as cloud hosting and SMS providers.", "purposes", []),
    # probe20
    ("Credit card information is received directly by the payment agency, and the Company does not hold it.",
     "collected", []),
    ("We use Google Analytics. We do not use third-party advertising cookies, and we do not allow advertisers to "
     "collect information on our site.", "collected", []),
    ("We do not use any information for advertising, and our apps contain no third-party trackers or analytics SDKs.",
     "collected",
     ["They say they do not collect SDKs (cookies and trackers)."]),
    ("We do not collect information directly from children. A child's information is provided by the adult who "
     "registers the household.", "children", ["They talk about children"]),
    ("Customer support is entrusted to a contractor in the Philippines.", "transfers",
     ["Your data may be sent to or stored in the Philippines"]),
    ("The Company stores personal information on servers located in Japan and in the Republic of Singapore.",
     "transfers", ["Your data may be sent to or stored in Japan and the Republic of Singapore"]),
    ("Sharing\n\n- Service providers that host our service and process payments.\n- Corporate affiliates, for "
     "the purposes in this statement.\n", "sharing", ["Service providers", "Companies in the same group"]),
    ("We collect call detail records, which show the numbers you call and the time and duration of each call.",
     "collected", ["What you do on the site or app"]),
    ("We collect the location of the cell towers your phone connects to.", "collected", ["Location"]),
    ("When you book an appointment online we ask for your insurance plan and the reason for your visit.", "collected",
     ["Health data", "How they get it: from you"]),
    ("The Company may entrust the handling of personal information to contractors, such as server operation and "
     "payment processing.", "sharing", ["Service providers"]),
    ("You may request that we stop using or providing your personal data to third parties.", "sharing", []),
    ("Passwords are stored hashed. We offer sign-in verification codes.", "security",
     ["Secure sign-in and identity checks"]),
    ("Data collected\n\n- Identification data: surname, first name, e-mail address, password (stored in hashed form), "
     "language;\n", "collected", ["Contact details", "Account and profile", "How they get it: from you"]),
    ("We share your information with other carriers so that you can roam and port your number.", "sharing",
     ["Other telecom carriers"]),
    ("We share your information with delivery carriers and social media platforms.", "sharing",
     ["Service providers", "Social media platforms"]),
    ("You can reset or limit your device's advertising ID.", "rights",
     ["Use your browser or device settings to block cookies or limit tracking"]),
    ("Employees and contractors bound by confidentiality agreements may read selected conversations.", "security", []),
    ("We collect the device model and the approximate geolocation.", "collected",
     ["Location", "Device and browser details"]),
    ("We do not process sensitive personal data, such as data about racial origin, religious conviction or health.",
     "collected", ["They say they do not collect demographics."]),
    ("We may disclose information in response to a subpoena.", "sharing", ["Authorities"]),
    ("You have a right of access, rectification and erasure.", "rights",
     ["See the data they hold about you", "Correct or update your data", "Ask them to delete your data"]),
    ("We use your address to send you letters by post.", "collected",
     ["They collect information, but do not say clearly what."]),
    ("We share information with the police where we are worried about a child.", "sharing", ["Authorities"]),
    ("We share information with the police where we are worried about a child.", "children", []),
    ("When you fill in the contact form, we get your name and email address.", "collected",
     ["Contact details", "How they get it: from you"]),
    ("We use your information to assess whether you qualify for a loan.", "purposes", ["Running the service"]),
    ("We use your information to process your donations and claim Gift Aid.", "purposes", ["Running the service"]),
    ("If you close your account, we keep your account information for 10 months, so you can come back and find your "
     "profiles as you left them, and then delete it.", "rights", ["Delete your account"]),
    ("If you use Tandem from the UK or the European Economic Area, your data is transferred to the US under standard "
     "contractual clauses.", "transfers",
     ["Your data may be sent to or stored in the United States", "Special rules for people in Europe"]),
    ("We collect the SIM card number of the car's modem and the Vehicle Identification Number (VIN).", "collected",
     ["IP address and device IDs"]),
    # the sold answer says it as the policy does: plainly, "may", or what is rented and not sold
    ("We sell personal information about you to data brokers.", "sold", ["They sell your data"]),
    ("We may sell, rent or trade your email address to partners.", "sold", ["They may sell, rent or trade your data"]),
    ("If we ever sell your personal information, we will notify you first.", "sold", ["They may sell your data"]),
    ("We reserve the right to sell your personal information to our partners.", "sold", ["They may sell your data"]),
    # (data that identifies no one is not "your data": "sell aggregated data about our users")
    ("We reserve the right to sell aggregated data about our users.", "sold", []),
    ("We sell your data only with your consent.", "sold", ["They sell your data with your consent"]),
    ("We rent our marketing list to partners, but we do not sell your personal information.", "sold",
     ["They rent your data", "They say they do not sell your data"]),
    ("We do not sell, trade, rent or disclose your information to others, except as follows:\n"
     "(a) We provide some of our services through service providers.\n", "sold",
     ["They say they do not sell your data"]),
    # a denial covers its own clause; the clause after a semicolon or "but" says what is done
    ("We do not collect your name; we collect only your email address.", "collected",
     ["Contact details", "They say they do not collect name (contact details)"]),
    ("We never see your full card number; we store only the last four digits and the expiry date.", "collected",
     ["Payment and financial data"]),
    ("We do not collect your location; nor do we collect contacts.", "collected",
     ["They say they do not collect location."]),
    ("You have a right of opposition to the processing of your personal data.", "rights",
     ["Object to how they use your data"]),
    # probe21/22: reversals and statements not in the policy
    ("We have not collected biometric information, precise geolocation, or characteristics of protected "
     "classifications.", "collected",
     ["They say they do not collect biometric data (health data), precise location (location) and demographics."]),
    ("You enter your card details on Stripe's secure payment page, and we never see or store your card number.",
     "collected", []),
    ("Other users: when you buy or sell an item, we share the information needed to complete the sale with the "
     "other party.", "sold", []),
    ("We never sell, lease, trade or otherwise profit from biometric data, and we do not disclose it to anyone "
     "except our cloud hosting provider, or where required by law.", "sold", ["They say they do not sell your health data"]),
    ("Children's Privacy\n\nMany students who use our reading app are under 13, and their school consents to our "
     "collection of their information. We do not collect personal information from a child for any commercial "
     "purpose.", "children", ["The service is made for children"]),
    ("Children's Privacy\n\nMany students who use our reading app are under 13. We do not allow children to sign up "
     "on their own; teachers create student accounts.", "children", ["The service is made for children"]),
    ("We use your information to run the app, sync your data, send the reminders you ask for, fix bugs and decide "
     "which features to improve.", "rights", []),
    ("Your choices\n\nYou can turn update checks and telemetry off at any time in Preferences.", "rights",
     ["Change your choices in their settings or your account"]),
    ("Our shop is not intended for children under 16, and we do not knowingly collect personal data from them.",
     "children", ["They say they do not knowingly collect data from children under 16"]),
    ("We use your information to provide the Services, measure readership and protect the Services against fraud.",
     "purposes", ["Running the service", "Analytics and research", "Security and keeping the service working"]),
    ("In the preceding 12 months we have collected the following categories of personal information:\n"
     "- Identifiers, such as name, business email address, IP address and account username.\n", "collected",
     ["Contact details", "IP address and device IDs", "Account and profile"]),
    ("We use an analytics SDK (Quanta Analytics) to understand which features are used.", "collected",
     ["Cookies and trackers"]),
    ("If you would like to see what we hold about you, or would like us to correct or delete it, just email us.",
     "rights", ["See the data they hold about you", "Correct or update your data", "Ask them to delete your data"]),
    ("What we collect\n\nPayment information: your bank account details for Direct Debit, or your card details if you "
     "pay in full.", "collected", ["Payment and financial data"]),
    ("Our systems use your credit information and claims history to profile your risk.", "collected",
     ["Payment and financial data"]),
    ("We collect your IP address and diagnostic logs so that we can keep your device working.", "collected",
     ["IP address and device IDs"]),
    ("Why we use your data and on what legal basis\n\n- To fulfil your order – necessary for the performance of our "
     "contract with you (Art. 6(1)(b) GDPR).\n- To prevent fraud and keep our shop secure – based on our legitimate "
     "interest (Art. 6(1)(f) GDPR).\n", "purposes", ["Running the service", "Security and keeping the service working"]),
    # probe23/24 reversals
    ("Children\nOur Platform is not directed at children. We do not knowingly target advertising to children under "
     "16, and we require publishers to flag sites and apps directed at children so that we do not bid on them.\n",
     "children", ["They talk about children"]),
    ("Children's profiles\nOrbit is designed to be used by the whole family. A parent can create a child profile for a "
     "child under 13 from the Orbit Home app.\n", "children", ["They talk about children"]),
    ("Information we collect\nWe do not collect your name, your postal address or your telephone number. The "
     "information we process is linked to pseudonymous identifiers instead.\n", "collected",
     ["They say they do not collect name, postal address or phone number (contact details)."]),
    ("Do Not Track\nBecause we do not track you, we do not need to respond to Do Not Track signals differently: every "
     "visitor is treated as if Do Not Track were turned on.\n", "dnt", ["They say they do not track you, so Do Not Track signals change nothing"]),
    ("Changes to this notice\nWe will post the new version on this page with a new effective date. Because we do not "
     "know who you are, we cannot notify you directly.\n", "changes", ["They post the new version of the policy"]),
    ("Your messages\nMessages are stored encrypted in our data centres in Switzerland.\n\nWhere your data is stored\n"
     "We do not transfer your data to other countries.\n", "transfers", ["They say your data stays in Switzerland"]),
    ("Who receives your data\n\nOutside Veltrano we provide your data to our payroll provider, which processes "
     "salaries on our behalf.\n\nWe do not transfer your personal data outside the European Economic Area.\n",
     "transfers", ["They say your data stays in the EEA", "Special rules for people in Europe"]),
    ("Our servers are located in the European Union (Germany and Finland). We do not transfer personal information "
     "outside the European Union.", "transfers", ["They say your data stays in the EU", "Special rules for people in Europe"]),
    ("Your rights\n\nBecause most of our processing is based on public task or legal obligation, the right to data "
     "portability does not usually apply.\n", "rights", []),
    ("What we collect\n\nWhen you join our loyalty programme we collect your name, your loyalty card number and app "
     "login details.\n", "collected", ["Contact details", "Account and profile"]),
    ("Applicants under 18\n\nSome of our students and applicants are under 18 when they apply.\n", "children",
     ["They talk about children"]),
    ("Quillfind can be used by anyone, including children, because we do not collect personal information from "
     "searches.", "children", ["They talk about children"]),
    ("Quillfind can be used by anyone, including children, because we do not collect personal information from "
     "searches.", "sharing", []),
    ("We collect mobile advertising identifiers, such as the Apple Identifier for Advertisers (IDFA) and the Google "
     "Advertising ID (GAID), which apps pass to us through SDKs built into those apps.", "sharing", []),
    ("A small number of trained employees may listen to a sample of voice recordings to improve speech recognition, "
     "only if you opt in. You can turn off human review at any time.", "rights", ["They ask before some uses (opt in)"]),
    ("Card payments are handled by Helvepay SA, which receives your card details directly; we only receive a "
     "confirmation of payment and the name on the card.", "collected",
     ["They collect information, but do not say clearly what."]),
    ("Children\nYou must be at least 13 years old to use Stratabox, and under 18s need a parent's permission.\n",
     "children", ["Minimum age: 13"]),
    ("What happens when you search\nWhen you type a search query, your browser sends it to our servers. The query is "
     "processed in memory and discarded once the results page has been delivered.\n", "collected",
     ["What you do on the site or app"]),
    # probe24: notices about staff, students and buildings
    ("Your rights\n\n- You can ask for a copy of the information we hold about you (a subject access request).\n",
     "rights", ["See the data they hold about you"]),
    ("We only rely on your consent for a small number of optional activities, such as our residents' e-newsletter, "
     "and you can withdraw that consent at any time.", "rights", ["Take back your consent"]),
    ("During your employment we process your sickness absence records: the dates of your absence and the expected "
     "duration.", "collected", ["Health data"]),
    ("CCTV cameras are installed at the entrances, loading docks and warehouse of our office to protect people and "
     "goods.", "collected", ["Photos, recordings or contacts"]),
    ("Company vans and lorries are fitted with GPS trackers used for route planning and security of goods.",
     "collected", ["Location"]),
    ("Your rights\nYou can export all your messages at any time through IMAP or as an archive from Settings > Export. "
     "If you think we are processing your data unlawfully, you can contact the Federal Data Protection and "
     "Information Commissioner (FDPIC).\n", "rights",
     ["Get a copy of your data to take elsewhere", "Complain to a regulator"]),
    ("Your rights\nIf you think we are processing your data unlawfully, you can contact the Commissioner.\n",
     "collected", []),
    # probe22: things missed
    ("Information we collect\n\nCalls: we record phone calls for training, quality and to keep a record of what "
     "was agreed.\n", "collected",
     ["Photos, recordings or contacts"]),
    ("Information we collect\n\nMessages: the content of messages you send to and receive from other users through "
     "Swapnest.\n", "collected", ["What you do on the site or app", "How they get it: from you"]),
    ("If you agree, we will also send you marketing emails about new products; you can unsubscribe at any time using "
     "the link in each email.", "purposes", ["Marketing"]),
    ("You can download your recordings, delete individual recordings, or delete your whole account from Settings.",
     "rights", ["Get a copy of your data to take elsewhere", "Ask them to delete your data", "Delete your account"]),
    ("When you book a flight with us, we collect the name, date of birth, gender, nationality, email address and "
     "phone number of each passenger.", "collected", ["Contact details", "Demographics"]),
    # probe25
    ("We do not sell children's or parents' personal information.", "sold", ["They say they do not sell your data"]),
    ("We share voice clips only with our speech-recognition provider, Parlance Cloud Services, which processes them "
     "on our behalf.", "sharing", ["Service providers"]),
    ("Treatment. We may use or share your PHI with doctors, hospitals and other providers to help them treat you.",
     "sharing", ["Doctors and hospitals"]),
    ("We are allowed or required to share your information in other ways, usually in ways that contribute to the "
     "public good, such as public health and research.", "sharing", ["They share data, but do not say with whom"]),
    # probe26: other countries' laws
    ("Personal information we collect\n\nWe collect personal information directly from you. We do not buy personal "
     "information from data brokers.\n", "collected", ["Personal information (not specified)"]),
    ("We transfer personal data abroad on the basis of the standard contract published by the Board. Where no "
     "appropriate safeguard is available, we transfer data abroad only with your explicit consent for an occasional "
     "transfer.", "transfers", ["Your data may be sent to or stored in other countries"]),
    ("We collect this information from third parties such as credit bureaus and the insurance industry's shared "
     "claims and underwriting databases.", "sharing", []),
    ("Purpose of processing: identification of members and age verification under the Game Industry Promotion Act.",
     "purposes", []),
    ("We do not knowingly collect personal information from children under 14 without the consent of the person "
     "having parental authority.", "children",
     ["They say they do not knowingly collect data from children under 14 without a parent's consent"]),
    ("Some of our reinsurers are located in Germany, Switzerland and the United Kingdom, and our cloud service "
     "provider stores backups in Ireland.", "transfers", ["Your data may be sent to or stored in other countries"]),
    ("Chatterbud Privacy Policy\n\nChatterbud is a talking plush toy. Chatterbud is designed for children aged 5 to "
     "10.\n", "children", ["The service is made for children"]),
    ("How we use personal data\n\nWe use personal data to verify drivers and keep riders and drivers safe; to detect "
     "fraud; and to comply with laws.\n", "purposes", ["Security and keeping the service working", "Legal duties"]),
    ("We collect your name and your identity card number.", "collected", ["Contact details", "ID numbers"]),
    # a change notice sent by post, and a correction made on the reader's word
    ("If we make material changes to this notice, we will mail you a copy of the revised notice.", "changes",
     ["They tell you directly (for example by email)"]),
    ("If any of your information is wrong, contact us and we will correct it.", "rights",
     ["Correct or update your data"]),
    # a use denied for one end, or of some data, denies no collection and not every such use
    ("Information we collect\n\nWe collect your IP address and device model. The app does not use advertising "
     "identifiers for cross-app tracking.", "collected", ["IP address and device IDs", "Device and browser details"]),
    ("Information we collect\n\nWe collect your email address. We do not use cookies for cross-site tracking.",
     "collected", ["Contact details"]),
    ("How we use information\n\nWe send marketing emails to members who have opted in. We do not use the content of "
     "your private messages to target advertising.", "purposes",
     ["Marketing", "They say they do not use content you post for advertising"]),
    # a change denied without notice first promises notice; a clause number does not hide a purpose
    ("Changes to this policy\n\nWe will never change this policy to allow logging of user activity without prior "
     "notice.", "changes", ["They may change the policy"]),
    ("3. HOW WE USE INFORMATION\n\n3.5 To send marketing communications about our services.", "purposes",
     ["Marketing"]),
    # a letter address the reader may write to, trimmed to the address
    ("Contact\n\nEmail privacy@acme.example or write to Acme Ltd, Attn: Privacy, 500 Market Street, San Francisco, "
     "CA 94105.", "contact", ["Email: privacy@acme.example", "Post: Acme Ltd, Attn: Privacy, 500 Market Street, "
                                                            "San Francisco, CA 94105"]),
    ("Contact us by calling us or write to the Privacy Officer, 726 Exchange Street Suite 200, Buffalo, NY 14210 to "
     "revoke such authorization.", "contact", ["Post: the Privacy Officer, 726 Exchange Street Suite 200, Buffalo, "
                                              "NY 14210", "A privacy officer or team: Privacy Officer"]),
    ("You may file a complaint by writing to the Office for Civil Rights, 200 Independence Avenue, Washington, DC "
     "20201.", "contact", []),
    # a sale denied to some buyers only is said as narrowly
    ("Sharing\n\nWe share your email address with advertising partners. We do not sell customer data to data "
     "brokers.", "sold", ["They say they do not sell your data to data brokers"]),
    ("We do not sell your personal information to third parties.", "sold", ["They say they do not sell your data"]),
    # portability in everyday words is a right, not sharing
    ("Your rights\n\nUnder UK data protection law you have the right to:\n\n* ask us to delete your information;\n"
     "* ask us to transfer your information to another organisation.\n", "sharing", []),
    ("Rights\n\nYou can ask for a copy of your data, have it corrected or deleted, and take it to another service.",
     "rights", ["See the data they hold about you", "Correct or update your data", "Get a copy of your data to take "
                "elsewhere", "Ask them to delete your data"]),
    # younger players kept to a mode of the service: no minimum age; a denial keeps its age and consent
    ("Children\n\nPlayers under 13 can only play in Kids Mode, which requires a parent or guardian to approve the "
     "account by email.", "children", ["They talk about children"]),
    ("Children\n\nWe do not knowingly collect personal information directly from children under 13 through our "
     "websites or apps without verifiable parental consent.", "children",
     ["They say they do not knowingly collect data directly from children under 13 without a parent's consent"]),
    # Do Not Track and GPC treated as on, or as an opt-out
    ("Do Not Track\n\nSince we do not track you across websites, we do not need to respond differently to Do Not "
     "Track or Global Privacy Control signals: we treat every visitor as if these signals were turned on.", "dnt",
     ["They say they do not track you, so Do Not Track signals change nothing", "They honor Global Privacy Control (GPC), a browser "
      "setting that asks sites not to sell or share your data"]),
    ("Do Not Track\n\nWe treat Do Not Track signals as an opt-out of all non-essential tracking.", "dnt",
     ["They say they honor Do Not Track signals"]),
    # personalising from a kind of data, marketing one's own products, rights said as nouns, STOP by text
    ("How we use your information\n\nWe use your order history to personalise recommendations.", "purposes",
     ["Personalizing what you see"]),
    ("We use information to detect and prevent fraud and to market our own products and services to you.", "purposes",
     ["Marketing", "Security and keeping the service working"]),
    ("Your Choices\n\nResidents of California, Colorado and Virginia may request access to, correction of or "
     "deletion of personal information.", "rights",
     ["See the data they hold about you", "Correct or update your data", "Ask them to delete your data"]),
    ("Your Choices\n\nMarketing calls and texts: add your number to our do-not-call list by calling 611 or texting "
     "STOP to marketing messages.", "rights", ["Say no to some uses (opt out)"]),
    # a disclosure in a merger goes to the other party; a notice in the launcher is a direct notice
    ("How We Share Information\n\nWe share information:\n\n(a) with vendors who perform services for us;\n\n(f) in "
     "connection with a merger, acquisition or sale of assets.\n", "sharing", ["Service providers", "Business buyers"]),
    ("Will you tell me when this changes?\n\nWe will post the new version here. For changes that affect how we use "
     "your data, we will also show a notice in the launcher the next time you log in.", "changes",
     ["They post the new version of the policy", "They tell you directly (for example by email)"]),
    # not letting ad networks track is a denial; a right not offered is none; others' marketing denied
    ("We don't let ad networks track you in the app.", "sharing",
     ["They say they do not let other companies collect your data on their site"]),
    ("Because we only use sensitive personal information for permitted purposes, we do not offer a right to limit its "
     "use.", "rights", []),
    ("We send you offers about our own products. We will never send you marketing from other companies.", "purposes",
     ["Marketing"]),
    ("Children\n\nI don't knowingly collect information from anyone under 13.", "children",
     ["They say they do not knowingly collect data from children under 13"]),
    # another company bound not to sell sells nothing; owning or renting a home rents out no data;
    # a law that treats sharing as a sale
    ("Nonprofits agree not to sell or rent donor information they receive through our platform.", "sold", []),
    ("Our partners are prohibited from selling your information.", "sold", []),
    ("Home-buying details: your price range and whether you currently own or rent.", "sold", []),
    ("We do not sell your personal information to data brokers. Some state laws treat our sharing with agents and "
     "lenders as a \"sale\" of personal information.", "sold",
     ["They say they do not sell your data to data brokers", "What they share with partners may count as a “sale” or "
      "“sharing” under some privacy laws"]),
    # addresses in Oregon and in Germany
    ("Contact\nOur mailing address is Acme Inc., 12 Main Street, Portland, OR 97207, United States.", "contact",
     ["Post: Acme Inc., 12 Main Street, Portland, OR 97207, United States"]),
    ("Contact\nWrite to us at SkillHarbor Learning GmbH, Rosenthaler Strasse 40, 10178 Berlin, Germany.", "contact",
     ["Post: SkillHarbor Learning GmbH, Rosenthaler Strasse 40, 10178 Berlin, Germany"]),
    # data the reader may choose to add is collected; a published list of providers and a profile
    # public to members share nothing with the public; no one at the company can read it
    ("Information you give us\n\nYou may add your sexual orientation, religion and political views to your profile.",
     "collected", ["Demographics", "Account and profile", "How they get it: from you"]),
    ("How we share information\n\nWe share limited information with subprocessors that provide hosting. A list of "
     "subprocessors is published at example.com/subprocessors.", "sharing", ["Service providers"]),
    ("How we share your information\n\nYour profile is public to other members.", "sharing", ["Other users"]),
    ("Security\n\nNo one at Vaultline can read your vault.", "security", ["No one at the company can read your data"]),
    # a letter address after "Contact:", after an e-mail address and a telephone number, after "or to"
    ("Contact: informationofficer@acme.example, telephone 021 555 0190, 14 Loop Street, Cape Town, 8001.", "contact",
     ["Email: informationofficer@acme.example", "Phone: 021 555 0190", "Post: 14 Loop Street, Cape Town, 8001"]),
    ("For questions, write to privacy@alpen.example or to Alpen AG, Bahnhofplatz 7, 3011 Bern, Switzerland.",
     "contact", ["Email: privacy@alpen.example", "Post: Alpen AG, Bahnhofplatz 7, 3011 Bern, Switzerland"]),
    # a charity's campaign updates and requests for a donation are marketing
    ("## How we use your information\n\nWe use personal information in order to:\n\n- send you updates from the "
     "campaigns you supported;\n- ask you, from time to time, to consider a tip or a donation to us.\n", "purposes",
     ["Marketing"]),
    # the age the reader must be to do something; a FAQ's "Can children use it?" / "No." with it
    ("You must be 18 to create an account.", "children", ["Minimum age: 18"]),
    ("Can children use Tripwise?\n\nNo. You must be 18 to create an account.", "children", ["Minimum age: 18"]),
    # kept until the reader takes back consent: no account to delete or close
    ("Retention\n\nMarketing preferences are kept until you withdraw consent.", "retention",
     ["Until you withdraw your consent or opt out"]),
    # "cookies and similar technologies" names no pixel
    ("We use cookies and similar technologies to count visits.", "collected", ["Cookies and trackers"]),
    # a subscription's account number is no bank detail; a bank account's is
    ("Account number: a randomly generated 16-digit number that identifies your subscription. We collect your card "
     "details.", "collected", ["Payment and financial data"]),
    ("We collect your name and your bank account number.", "collected", ["Contact details", "Payment and financial data"]),
    # a short lead-in with a subject ("We also work with:") is a sentence over its list, not a title
    ("Who we share your information with\n\nWe also work with:\n\n* payment processors and fraud-screening "
     "providers;\n* advertising partners such as social media platforms, to whom we may send a hashed version of "
     "your email address.\n", "sharing", ["Advertisers", "Payment processors", "Social media platforms"]),
    # a definition of a word ("'Sale' means…", "Selling means…") is no practice, and leaves the denial standing
    ('(b) "Sale" means the disclosure, rental, release or transfer of Personal Data by a business to a third party for '
     'monetary or other valuable consideration.\n\nWe do not sell your personal information.', "sold",
     ["They say they do not sell your data"]),
    ("Selling means giving personal data to a third party for money.\n\nWe do not sell your personal information.",
     "sold", ["They say they do not sell your data"]),
    ('Under the CCPA, to "sell" means renting or disclosing personal information to a third party for valuable '
     'consideration.\n\nWe do not sell your personal information.', "sold", ["They say they do not sell your data"]),
    ('To "share" means disclosing personal information to a third party for cross-context behavioral advertising.\n\n'
     "We do not use your data for advertising.", "purposes", ["They say they do not use it for advertising"]),
    # what companies in general do is no practice of this one
    ("Some companies give personal information to third parties for targeted advertising. We do not use your data for "
     "advertising.", "sharing", []),
    # marketing denied to others (consignees) is no denial of marketing to the reader
    ("We do not use personal data for profiling, and we do not send marketing messages to consignees.\n\nWe may send "
     "marketing emails to business customers who have opted in.", "purposes", ["Marketing"]),
    ("We do not use ANPR data for marketing. We will only send you marketing emails if you tick the box asking to "
     "receive them, and you can unsubscribe at any time using the link in every email.", "purposes", ["Marketing"]),
    # a use denied of data no term names is said in its own words
    ("We do not use ANPR data for marketing.", "purposes", ["They say they do not use ANPR data for marketing"]),
    # servers the company rents are no data rented out
    ("All analytics data is stored in the European Union, on servers we rent in Germany and Finland.", "sold", []),
    # a children's denial with an exception says it; "unless a parent consents" is a parent's consent
    ("We do not knowingly collect personal information from children under 13 except images and sounds captured by a "
     "camera set up by a parent or guardian.", "children",
     ["They say they do not knowingly collect data from children under 13, except images and sounds captured by a "
      "camera set up by a parent or guardian"]),
    ("We do not knowingly collect personal information from children under 13 unless a parent consents.", "children",
     ["They say they do not knowingly collect data from children under 13 without a parent's consent"]),
    # the parents of children under 13 are no minimum age
    ("Children of any age can receive a library card with a parent's signature. Parents of children under 13 may ask "
     "to see their child's current checkouts.", "children", ["They talk about children"]),
    # data they say they never keep
    ("We keep your orders for 6 years. We never store your full card number.", "retention",
     ["For a set time", "They say they do not keep your full card number"]),
    # a postal address set out under a contact heading, or addressed to someone; its town line; a phone line
    ("Privacy Policy\n\nContact us\n\nParkRight Ltd, Data Protection Officer, 22 Holloway Road, Leeds LS2 7EX, "
     "United Kingdom.\nEmail: privacy@parkright.co.uk\n", "contact",
     ["Email: privacy@parkright.co.uk",
      "Post: ParkRight Ltd, Data Protection Officer, 22 Holloway Road, Leeds LS2 7EX, United Kingdom",
      "A privacy officer or team: Data Protection Officer"]),
    ("Privacy Policy\n\nWe collect your email address.\n\nCONTACT US\n\nKeystone Home Shield, Inc.\nAttn: Privacy "
     "Office\n4820 Commerce Parkway, Suite 200\nPlano, TX 75024\nprivacy@keystonehomeshield.com\n", "contact",
     ["Email: privacy@keystonehomeshield.com", "Post: 4820 Commerce Parkway, Suite 200, Plano, TX 75024",
      "A privacy officer or team: Privacy Office"]),
    ("Contact us\n\nAttn: Privacy Office\n1200 Liberty Avenue, Suite 400\nPittsburgh, PA 15222\n"
     "privacy@betriverpeak.com\n1-888-555-0142\n", "contact",
     ["Email: privacy@betriverpeak.com", "Phone: 1-888-555-0142",
      "Post: 1200 Liberty Avenue, Suite 400, Pittsburgh, PA 15222", "A privacy officer or team: Privacy Office"]),
    ("Contact the Library Director, 215 Elm Street, Riverbend, OR 97301, or email privacy@riverbendlibrary.org.",
     "contact", ["Email: privacy@riverbendlibrary.org", "Post: Library Director, 215 Elm Street, Riverbend, OR 97301"]),
    ("Questions? Write to us at:\nMilitary Advantage, Inc.\n799 Market Street\nSuite 500\nSan Francisco, CA 94103\n",
     "contact", ["Post: 799 Market Street, Suite 500, San Francisco, CA 94103"]),
    ("For questions, contact us by telephone to (614) 555-0199.", "contact", ["Phone: (614) 555-0199"]),
    # a denial of keeping with a limit is a period, not a denial ("once a transaction is completed")
    ("We will not keep your credit card number in our database once a transaction is completed.", "retention",
     ["Only as long as needed"]),
    # what a law asks of businesses, or what some websites do, is no practice of this one
    ('Businesses that sell personal information must offer a "Do Not Sell" link, and must honor opt-out preference '
     "signals such as Global Privacy Control.\n\nWe do not sell your personal information.", "rights", []),
    ("Some websites honor Global Privacy Control signals.\n\nWe do not sell your personal information.", "dnt", []),
    # a sale denial with an exception beside a rental says the exception; an exception that is a rental is one
    ("We rent our catalog mailing list, which consists of customers' names and postal addresses, to other catalog "
     "companies. Apart from the list rental described above, we do not sell your personal information.", "sold",
     ["They rent your data", "They say they do not sell your data"]),
    ("We do not sell your personal information, except that we rent our mailing list to other catalog companies.",
     "sold", ["They rent some of your data"]),
    # a denial of selling is no denial of sharing
    ("We do not sell your personal information to third parties.", "sharing", []),
    # a denial covers its own clause, not the one before it
    ("We do not use advertising cookies, and we do not collect your precise location.", "collected",
     ["They say they do not collect precise location (location)."]),
    # the reader's audiologist is a recipient; a heading "Who can see your information" is a sharing section
    ("Your hearing data is shared with your audiologist only if you choose to connect your clinic in the app.",
     "sharing", ["Doctors and hospitals"]),
    ("Who can see your information\n\n- Our hosting provider (Amazon Web Services, in the United States), acting as a "
     "sub-processor.\n\nWe may disclose information if required by law.\n", "sharing",
     ["Other named companies", "Service providers", "Others, when the law requires it"]),
    # a page of the reader's account is a setting, not a link
    ("You can opt out of the directory at any time from your account page, and your profile will be hidden within 24 "
     "hours.", "rights", ["Change your choices in their settings or your account"]),
    # company forms of Denmark and others
    # a clause number does not hide what a period is about; a long condition is said whole
    ("Privacy Policy\n\n9. RETENTION\n\n9.3 Call recordings are retained for three (3) years.\n", "retention",
     ["For a set time"]),
    # what lapses (access, links) and software removed from use are no retention
    ("A support agent can view a clip only if you share it with them in a support ticket, and that access expires "
     "after 7 days.", "retention", []),
    ("Password reset links you request by email expire after 24 hours.", "retention", []),
    ("Our browser extension is removed from active operation when you submit the exam.", "retention", []),
    # a narrow sale denial beside a sale says its buyers
    ("We disclose data to purchasers of debt, where we sell or transfer your credit agreement. We do not sell your "
     "personal data to data brokers or advertisers.", "sold",
     ["They may sell your data", "They say they do not sell your data to advertisers or data brokers"]),
    # "…these signals, our website does not currently respond to them" refuses Do Not Track
    ('Some browsers transmit "Do Not Track" signals. Because there is no industry standard for these signals, our '
     "website does not currently respond to them.", "dnt", ["They say they do not respond to Do Not Track signals"]),
    # emailing all account holders is telling them directly
    ("If we change this policy, we will email all account holders before the change takes effect.", "changes",
     ["They tell you directly (for example by email)"]),
    # courier companies are no other party to the order; an appliance's age is no person's
    ("We share your name, address and phone number with the courier companies that deliver your box.", "sharing",
     ["Service providers"]),
    ("We collect photos of the broken appliance and the appliance's make, model and age.", "collected",
     ["Device and browser details", "Photos, recordings or contacts"]),
    # the company's clinicians recording health data is the company collecting it
    ("During your visits, our clinicians record your health history, diagnoses, medications and test results.",
     "collected", ["Health data"]),
    # providers "which act as our processors", in the EU, are recipients (and no statement to Europeans)
    ("We use cloud hosting providers in the EU and a customer support platform, which act as our processors.",
     "sharing", ["Service providers"]),
    # "our script", "the cameras" as the company; surveillance cameras record; licence plates are IDs
    ("Our script does not use cookies, local storage or any other identifier stored on your device.", "collected",
     ["They say they do not collect cookies and trackers."]),
    ("We operate CCTV cameras at entrances, in corridors and in shared kitchens.", "collected",
     ["Photos, recordings or contacts"]),
    ("We collect your licence plate number when you park.", "collected", ["ID numbers"]),
    # rights listed without a subject
    ("# Privacy Policy\n\n## Your choices and rights\n\n- Access, download, correct or delete your data from your "
     "account settings.\n", "rights",
     ["See the data they hold about you", "Correct or update your data", "Get a copy of your data to take elsewhere",
      "Ask them to delete your data"]),
    # a denial of keeping is said in its own words, and denies no collection
    ("We collect your email address and password. We never store passwords in plain text and cannot see them.",
     "retention", ["They say they do not keep passwords in plain text"]),
    ("When you sign up, we collect your payment card details. We do not store full card numbers.", "collected",
     ["Payment and financial data", "How they get it: from you"]),
    ("We use your location while you use the app to suggest nearby shops. We do not track your location in the "
     "background and we do not store your location history.", "collected", ["Location"]),
    # a paragraph's label whose sentence denies it states nothing
    ("# Privacy Policy\n\n## How we use it\n\n**Advertising.** We do not show advertising.\n", "purposes",
     ["They say they do not use it for advertising"]),
    ("# Privacy Policy\n\n## How we use it\n\nAdvertising: we do not show advertising.\n", "purposes",
     ["They say they do not use it for advertising"]),
    ("# Privacy Policy\n\n## How we use it\n\n**Marketing.** We never send marketing emails.\n", "purposes",
     ["They say they do not use it for marketing"]),
    # a denial of medical records is as narrow as its words
    ("The questionnaire asks about your diagnoses. We do not ask for your medical records.", "collected",
     ["They say they do not collect medical records (health data)."]),
    # changing one's mind about cookies is no correcting of data; what minors may ask sets no minimum age
    ("Your choices\n\nYou can change your mind at any time using the \"Cookie settings\" link in the footer of every "
     "page.", "rights", []),
    ("Minors\n\nOur website is not directed at children under 13 and we do not knowingly collect personal information "
     "from children under 13. If you are under 18 and have posted content in our product reviews, you may ask us to "
     "remove it by emailing us.", "children", ["They say they do not knowingly collect data from children under 13"]),
    # the clause before a semicolon is not what the denial after it names
    ("We collect crash reports. Face ID is used to lock the app. The check happens entirely in your phone's operating "
     "system; we never receive your fingerprint or face data.", "collected",
     ["Device and browser details", "They say they do not collect biometric data (health data)"]),
    # a company's UK address is no statement to people in Europe
    ("Contact\n\nEmail privacy@example.com or write to Example Ltd, 17 Mill Lane, Harrogate HG1 2AB, United Kingdom.",
     "transfers", []),
    # not recording audio or video is a denial, in its own words
    ("We collect the GPS location of the car during each trip.\n\nWe do not record audio or video inside the cars.",
     "collected", ["Location", "They say they do not collect audio or video (photos, recordings or contacts)"]),
    # data built from cookies is kept for a period; the time taken to answer is no period
    ("How long we keep data\n\nAnalytics reports built from cookie data are kept by us for 26 months and then deleted "
     "automatically.", "retention", ["For a set time"]),
    ("Your choices\n\nIf you would like us to delete your information, email privacy@example.com; we will respond within "
     "30 days.", "retention", []),
    # marketplace buyers are no buyers of the business; a paid caregiver is no family; a pet's health is no person's
    ("How we share information\n\nResale buyers and sellers. We do not share a seller's name with the buyer.",
     "sharing", ["They share data, but do not say with whom"]),
    ("How we share information\n\nThe caregiver sees your name and address.", "sharing", []),
    ("We collect your pet's vaccination records and medical history.", "collected",
     ["They collect information, but do not say clearly what."]),
    # words for children: selling nothing about you, locking data with encryption, no ads, recording lessons
    ("We never sell anything about you to anyone.", "sold", ["They say they do not sell your data"]),
    ("We lock your information with special codes called encryption so other people can't read it.", "security",
     ["Encryption"]),
    ("There are no ads in Doodlebug. We don't show you ads.", "purposes", ["They say they do not use it for advertising"]),
    ("We record the audio, video and whiteboard of every lesson.", "collected", ["Photos, recordings or contacts"]),
    # an age for a right, or for doing something alone, is no minimum age
    ("Many of our learners are under 18, so we have designed the service around parent accounts. Learners under 16 "
     "cannot create an account on their own. Learners aged 13 and over may contact us directly about their own data.",
     "children", ["They talk about children"]),
    ("Our services are not directed to children under 13, and we do not knowingly collect personal information from "
     "them. Users under 18 need a parent to buy tickets.", "children",
     ["They say they do not knowingly collect data from children under 13"]),
    # no tracking at all honors Do Not Track in effect; "correct or delete it" is the correction right
    ("Do Not Track\n\nBecause we do not use tracking cookies or third-party trackers, we do not need to respond "
     "differently to Do Not Track signals; no tracking takes place either way.", "dnt",
     ["They say they do not track you, so Do Not Track signals change nothing"]),
    ("You can:\n - ask for a copy of the information we hold about you;\n - ask us to correct or delete it.\n", "rights",
     ["See the data they hold about you", "Correct or update your data", "Ask them to delete your data"]),
    # a company name on its own line is no heading; Nordic streets; an e-mail after the address is not of it
    ("Privacy Policy\n\nWe collect your email address.\n\nCONTACT US\n\nExample LLC\n1200 Euclid Avenue, Suite 800\n"
     "Cleveland, OH 44115\nprivacy@example.com\n(216) 555-0190\n", "contact",
     ["Email: privacy@example.com", "Phone: (216) 555-0190", "Post: 1200 Euclid Avenue, Suite 800, Cleveland, OH 44115"]),
    ("Privacy Policy\n\nWe collect your email address.\n\nContact\n\nExample AB, Sveavägen 24, 111 57 Stockholm, Sweden. "
     "Email: privacy@example.se\n", "contact",
     ["Email: privacy@example.se", "Post: Example AB, Sveavägen 24, 111 57 Stockholm, Sweden"]),
    ("Example Privacy Policy\n\nContact\n\nExample B.V., attn. Data Protection Officer, Herengracht 500, 1017 CB "
     "Amsterdam, the Netherlands. privacy@example.com\n", "contact",
     ["Email: privacy@example.com",
      "Post: Data Protection Officer, Herengracht 500, 1017 CB Amsterdam, the Netherlands",
      "A privacy officer or team: Data Protection Officer"]),
    # a denying clause after ", and we" is not what the use before it affirms
    ("Lesson recordings are used only so that students in the class can review the lesson, and we do not use them for "
     "marketing.", "purposes", []),
    # what a bracket says the company does not hold is not collected
    ("Payment records for subscription fees (we use a payment platform and do not hold card details).", "collected",
     ["They collect information, but do not say clearly what."]),
    # the age below which parents act for students is no minimum age
    ("This policy applies to adult students and to teen students aged 13 to 17.\nParents may exercise these rights for "
     "students under 16.", "children", ["They talk about children"]),
    # providers "which process data on our behalf"; access limited to staff; emailing current students of changes
    ("We use a video-conferencing provider and a student records system, which process data on our behalf.",
     "sharing", ["Service providers"]),
    ("Student files are kept in a password-protected system with access limited to teaching and admin staff.",
     "security", ["Only some staff can see your data"]),
    ("Changes\n\nWe will email current students about any important changes.", "changes",
     ["They tell you directly (for example by email)"]),
    # a period's condition keeps the club's own name
    ('Riverside Rovers Youth Football Club ("the Club") is a community football club. The Club collects your name. '
     "Player records are kept while the player is registered and for 2 years after they leave the Club.", "retention",
     ["For a set time"]),
    # the age of a water heater is no one's; an e-mail after a dash is not part of the address
    ("We collect your email address and the age of your water heater.", "collected", ["Contact details"]),
    ("Example Privacy Policy\nContact\nPrintPeony Inc., Attn: Privacy, 480 Harbor Street, Suite 210, Portland, OR 97204, "
     "USA — privacy@printpeony.example\n", "contact",
     ["Email: privacy@printpeony.example",
      "Post: PrintPeony Inc., Attn: Privacy, 480 Harbor Street, Suite 210, Portland, OR 97204, USA"]),
    # "The Company" acting is the company itself; a Luxembourg address keeps its town line
    ("The Company uses cookies for identifying the User.", "collected", ["Cookies and trackers"]),
    ("Contact\n\nLuxCloud S.A.\nData Protection Officer\nAerogolf Center, 1B, rue Heienhaff\nL-1736 Senningerberg, "
     "Luxembourg\n", "contact",
     ["Post: Aerogolf Center, 1B, rue Heienhaff, L-1736 Senningerberg, Luxembourg",
      "A privacy officer or team: Data Protection Officer"]),
    # a photo's camera model is no camera access; a contact heading numbered as a part
    ("We collect the photos you upload, along with the metadata stored in the files, such as the date taken and camera "
     "model.", "collected", ["What you do on the site or app", "How they get it: from you"]),
    ("Example Privacy Policy\nPART 11: CONTACT\nDraftwell, Inc., Attn: Privacy Team, 1200 Market Street, 9th Floor, San "
     "Francisco, CA 94103, USA. Email: privacy@draftwell.example.\n", "contact",
     ["Email: privacy@draftwell.example",
      "Post: Draftwell, Inc., Attn: Privacy Team, 1200 Market Street, 9th Floor, San Francisco, CA 94103, USA",
      "A privacy officer or team: Privacy Team"]),
    # mailing a notice to customers is direct notice; energy use is no use of the site; a library card is no payment card
    ("We will post the new version on our website, and if the changes materially affect how we use or share your usage "
     "data, we will mail or email a notice to customers at least 30 days in advance.", "changes",
     ["They put a notice on their website", "They tell you directly (for example by email)"]),
    ("We collect your hourly energy usage data from your smart meter.", "collected",
     ["They collect information, but do not say clearly what."]),
    ("Enter your library card number to borrow e-books. We collect your email address.", "collected",
     ["Contact details"]),
    # probe40: a row of 'no's denies each; a contracted denial of transfers
    ('ReceiptSnap contains no ads and no third-party tracking.', 'sharing',
     ['They say they do not let other companies collect your data on their site']),
    ('The app has no ads, no trackers and no third-party analytics.', 'purposes',
     ['They say they do not use it for advertising']),
    ('We have no control over the cookies that third parties use.', 'sharing',
     []),
    ("All of our servers are located in the United States, and we don't transfer your data to other countries.", 'transfers',
     ['They say your data stays in your country']),
    # probes 37-39: sharing the reader must agree to first says so, in the policy's words and for its own clause
    ('We only share your details with advertisers if you say yes first.', 'sharing',
     ['Advertisers']),
    ('If you accept marketing cookies, advertising platforms such as Meta and Google receive information about your visits and orders to measure our campaigns.', 'sharing',
     ['Google', 'Facebook']),
    ('We share your data with service providers, and if you agree, with advertisers.', 'sharing',
     ['Service providers', 'Advertisers']),
    ('With your consent, we share your name with advertisers.', 'sharing',
     ['Advertisers']),
    ('We share your data with advertisers. If you do not agree, do not use the site.', 'sharing',
     ['Advertisers']),
    ('We will not share your information with marketing partners unless you tell us we can.', 'sharing',
     ['They say they do not share your data with advertisers without your consent']),
    ('We do not share your workout or heart rate data with insurers or employers unless you expressly ask us to (for example, to take part in a corporate wellness program).', 'sharing',
     ['They say they do not share your health data with insurers, and employers and recruiters without your consent']),
    # probes 37-39: what a minor who uses it anyway does is no minimum age
    ("DriveLink accounts are only available to licensed drivers aged 18 or over. If a passenger under 16 uses voice commands, we treat those recordings as the account holder's data.", 'children',
     ['Minimum age: 18']),
    ("You must be 18 or older to have an account. We do not knowingly collect data from children under 16. If a child under 16 uses the voice feature, we treat it as the owner's data.", 'children',
     ['Minimum age: 18', 'They say they do not knowingly collect data from children under 16']),
    # probe41: a sale denial as narrow as its words
    ("We don't sell your personal information to anyone for money.", 'sold',
     ['They say they do not sell your data for money']),
    ('We do not sell your personal information for money.', 'sold',
     ['They say they do not sell your data for money']),
    ('We do not currently sell personal information, but we may do so in the future.', 'sold',
     ['They say they do not sell your data now']),
    # probe37/39: access from outside a region is a transfer; a denial keeps both its exceptions
    ('We store data within the European Economic Area. Some of our suppliers may access data from outside the EEA; when this happens we make sure appropriate safeguards are in place.', 'transfers',
     ['Your data may be sent to or stored in other countries', 'Special rules for people in Europe']),
    # probes 40/44: compound number words; data the reader is barred from giving; others' services for children
    ('We keep claims records for twenty-four (24) months.', 'retention',
     ['For a set time']),
    ('Information we collect\n\nCustomers must not upload payment card numbers, government ID numbers or health information to our service.', 'collected',
     []),
    ('Customers agree not to deploy the widget on services directed at children under 13 unless they have obtained verifiable parental consent.', 'children',
     ['They talk about children']),
    ('Our service must not be used on websites aimed at children under 13.', 'children',
     ['They talk about children']),
    ('We collect security camera footage at our offices.', 'collected',
     ['Photos, recordings or contacts']),
    # probes 43/45: denials said ahead of their subject and verb
    ('Neither we nor our travel partners will sell your personal data to data brokers.', 'sold',
     ['They say they do not sell your data to data brokers']),
    ('Under no circumstances do we sell your personal information.', 'sold',
     ['They say they do not sell your data']),
    ('At no time will we sell your personal data.', 'sold',
     ['They say they do not sell your data']),
    ('We refuse to sell your data.', 'sold',
     ['They say they do not sell your data']),
    ('Nor do we sell your data to anyone.', 'sold',
     ['They say they do not sell your data']),
    ('We sell your data. We decline to share it with advertisers.', 'sharing',
     ['They say they do not share your data with advertisers']),
    ('If you decline to share your location, some features will not work.', 'collected',
     []),
    # probe43: 'and not for' sets a purpose aside
    ('We use your email to send receipts and not for marketing.', 'purposes',
     ['Running the service']),
    # probes 44/45: a children's denial keeps what a parent or school opens
    ('We do not knowingly collect data from children under 13, unless a parent sets up a household profile for them.', 'children',
     ['They say they do not knowingly collect data from children under 13, unless a parent sets up a household profile for them']),
    ('We do not knowingly collect personal information from children under 16 unless their school has signed up for an education account.', 'children',
     ['They say they do not knowingly collect data from children under 16, unless their school has signed up for an education account']),
    # probe45: 'neither … nor' verbs; authorising as consent
    ('We neither sell nor rent your personal information.', 'sold',
     ['They say they do not sell your data']),
    ('We neither collect nor store your location.', 'collected',
     ['They say they do not collect location.']),
    ('We will not share your information with insurance companies unless you explicitly authorise a specific insurer in the app.', 'sharing',
     ['They say they do not share your data with insurers without your consent']),
    # probe43: 'neither we nor our partners' without an auxiliary; what the company cannot see
    ('Neither we nor our partners sell your personal data.', 'sold',
     ['They say they do not sell your data']),
    ('Neither TripWeave nor its partners share your data with advertisers.', 'sharing',
     ['They say they do not share your data for advertising']),
    ('We receive only aggregated usage figures and cannot see which websites you visit.', 'collected',
     ['They collect information, but do not say clearly what.']),
    # probe45: second person: a card the reader gives; data that stays in one country
    ('You give us your payment card when you order.', 'collected',
     ['Payment and financial data', 'How they get it: from you']),
    ('Your data stays in the United States.', 'transfers',
     ['They say your data stays in your country']),
    # review: 'yet' as a conjunction is no 'not yet'
    ('We do not sell your data, yet we share it with partners.', 'sold',
     ['They say they do not sell your data']),
    # probe43: what younger guests may or must do is no minimum age
    ('Children under 16 can visit only with an adult.', 'children',
     ['They talk about children']),
    ('Guests under 21 must share a cabin with an adult.', 'children',
     []),
    # probes 42/44: another company's own collection; a denial only without consent beside flat ones
    ('Card details are collected and processed by our payment provider, Adyen.', 'collected',
     []),
    ('Your card details are collected directly by Stripe.', 'collected',
     []),
    ('We will not disclose your prescription information to your employer unless you give us written permission. We do not share your data with advertisers or data brokers.', 'sharing',
     ['They say they do not share your data with advertisers and data brokers, nor with employers and recruiters without your consent']),
    # probe42: a sale denial naming the reader's recordings
    ('We do not sell your videos, your audio or your facial templates.', 'sold',
     ['They say they do not sell your health data and content']),
    # probe 38/39/41/45 reversals: cross-site tracking denied beside a received signal; a noun 'requests' is no asking; denied third-party SDKs; a password denial; a consequence of the reader's choice; sharing made public; a named denial beside sharing with the same recipients
    ('Because the portal does not track you across sites, no special action is taken when we receive this signal.', 'collected',
     []),
    ('Some browsers offer a Do Not Track setting. Because the portal does not track you across sites, no special action is taken when we receive this signal.', 'dnt',
     ['They say they do not respond to Do Not Track signals']),
    ('You may ask the City to close your account; however, records of payments and service requests must be kept under the state retention schedule and will not be deleted when your account is closed.', 'rights',
     ['Delete your account']),
    ('The app uses a first-party analytics tool to count which screens are used. We do not use third-party advertising SDKs in the app.', 'collected',
     []),
    ('We never see or store your online banking password.', 'collected',
     ['They say they do not collect passwords (account and profile).']),
    ('You can turn off location access in your phone settings, although workouts will then not be recorded.', 'collected',
     []),
    ('You can turn off location access in your phone settings, although workouts will then not be recorded.', 'rights',
     ['Use your browser or device settings to block cookies or limit tracking']),
    ('Your workouts are private by default; if you make a workout public, other users can see the route and stats.', 'sharing',
     ['Other users']),
    ("We don't share your health data with employers or insurance companies. If your employer offers Pulsewise as part of a corporate wellness programme, we share only aggregated, de-identified participation statistics with them, never your individual readings.", 'sharing',
     ['Employers and recruiters', 'They say they do not share your health data with insurers, and employers and recruiters']),
    # dev FPs: 'targeted and relevant content' is no advertising; kinds a denial says data is not linked with are not collected; an analytics report's name is no data
    ('We may use this data to improve our site and personalize your experience, in order to bring you more targeted and relevant content.', 'purposes',
     ['Personalizing what you see', 'Analytics and research']),
    ('When showing you tailored ads, we will not associate an identifier from cookies or similar technologies with sensitive categories, such as those based on race, religion, sexual orientation or health.', 'collected',
     []),
    ('We use Google Analytics Demographics and Interest Reporting to review visitor trends.', 'collected',
     []),
    # probes 46/47 reversals: a right to opt out of a sale, or to ask to stop selling, is no sale; a sale that needs the reader's authorization is no sale; a sharing denial unless the reader chooses to apply; no right to opt out is no choice; a denial under a collection heading; the last four digits of a card; children under 13 among users of all ages; support tools based in the United States
    ('You may have the following rights: to delete personal data; and to opt out of targeted advertising, the sale of personal data, and profiling. We do not sell personal data.', 'sold',
     ['They say they do not sell your data']),
    ("Residents of some states can ask us to delete their data or to stop selling it. We do not sell anyone's data.", 'sold',
     ['They say they do not sell your data']),
    ('We will never sell your health information. Other uses, including any sale of your health information, require your written authorization.', 'sold',
     ['They say they do not sell your health data']),
    ('In Washington, under the My Health My Data Act, you may ask us to delete consumer health data, and we will not sell consumer health data without your signed authorization.', 'sold',
     ['They say they do not sell your health data without your consent']),
    ("We won't use your health details for marketing unless you give us written permission.", 'purposes',
     ['They say they do not use health information for marketing without your consent']),
    ('We do not share your data with these partners unless you click on an offer and choose to apply, in which case we send them your name and email address.', 'sharing',
     ['They say they do not share your data with others without your consent']),
    ('We do not share your nonpublic personal information with nonaffiliated third parties for their own marketing purposes, so federal law does not require us to give you a right to opt out of such sharing.', 'rights',
     []),
    ('What we collect\n\nWe do not upload your whole address book.', 'collected',
     ['They say they do not collect phone contacts (photos, recordings or contacts).']),
    ("We don't record your full payment card number; we only keep the last four digits so that we can match online and in-store purchases.", 'collected',
     ['Payment and financial data']),
    ('BrightPath is designed for use by students of all ages, including children under 13, when a school signs up.', 'children',
     ['They talk about children']),
    ('We do not transfer visitor data outside the EU. Some of our customer support tools are based in the United States; for those we rely on the EU-US Data Privacy Framework.', 'transfers',
     ['Your data may be sent to or stored in the United States']),
    # probe 47 misses: a change notice said through a double negative; 'companies that provide services to us'; a Do Not Track refusal as 'them' with its reason; recordings and transcripts
    ('We will not make material changes to how we handle student data without first notifying schools and giving them a chance to review the changes.', 'changes',
     ['They tell you directly (for example by email)']),
    ("We won't change how we handle your data without telling you first.", 'changes',
     ['They tell you directly (for example by email)']),
    ('We share your data with companies that provide services to us, such as IT hosting, mailing houses and our call centre, under contract.', 'sharing',
     ['Service providers']),
    ('Some browsers send "Do Not Track" signals. Because there is no common standard, we do not respond to them, but we do honor the Global Privacy Control.', 'dnt',
     ['They say they do not respond to Do Not Track signals', 'They honor Global Privacy Control (GPC), a browser setting that asks sites not to sell or share your data']),
    ('We use your recordings and transcripts to answer your requests.', 'collected',
     ['Photos, recordings or contacts']),
    # probe 46 misses: purposes 'save your progress' and 'fix crashes'; a copy of your data in CSV; teens using a parent's account; a denial of recording video visits
    ('We use this information to save your progress, to fix crashes, and to show ads.', 'purposes',
     ['Running the service', 'Advertising', 'Security and keeping the service working']),
    ('You may request a copy of your data in CSV format by emailing support@ledgerly.example.', 'rights',
     ['See the data they hold about you', 'Get a copy of your data to take elsewhere']),
    ("You must be 18 or over to shop here. Teenagers can shop using a parent's account.", 'children',
     ['Minimum age: 18']),
    ('Visits take place over an encrypted video connection. We do not record video visits.', 'collected',
     ['They say they do not collect audio or video (photos, recordings or contacts).']),
    # probes 48/49 reversals: a sale denied as a noun; traffic that passes through servers outside the EEA; what a law lets people do; users under 18 the service collects from or opens accounts for; hiding a profile without closing the account; a minimum age without a parent; a denial of images or video
    ('A sale of your data does not take place in no case.', 'sold',
     ['They say they do not sell your data']),
    ('We are based in Norway (EEA). VPN traffic necessarily passes through servers in the country you select, which may be outside the EEA; no personal data is stored on those servers.', 'transfers',
     ['Your data may be sent to or stored in other countries', 'Special rules for people in Europe']),
    ('Federal law gives consumers the right to limit some but not all sharing. We share your information for our marketing purposes. You cannot limit this sharing.', 'rights',
     []),
    ('The law lets you stop us sharing your credit information with our affiliates. We do not have any affiliates.', 'sharing',
     []),
    ('Many of our applicants are under 18. We collect information from applicants under 18 only for the purpose of processing their application.', 'children',
     ['They talk about children']),
    ('You can hide your profile at any time without closing your account using Pause my profile.', 'rights',
     []),
    ('Our website is not intended for use by anyone under 18 without a parent.', 'children',
     ['Minimum age: 18']),
    ('Lumora TVs do not contain a camera, and we do not collect images or video of you or your room.', 'collected',
     ['They say they do not collect audio or video (photos, recordings or contacts).']),
    # probes 48/49 misses and details: inspecting a copy of PHI; a change emailed to the parent; a children's sale denial in a service made for children; a merchant of record
    ('You have the right to inspect and obtain a copy of your PHI, to request an amendment, and to receive an accounting of disclosures.', 'rights',
     ['See the data they hold about you', 'Get a list of whom they disclosed your data to']),
    ("If we make a material change to how we collect or use children's information, we will email the parent and ask for new consent before the change applies to your child.", 'changes',
     ['They tell you directly (for example by email)']),
    ("KidTube Learn is a video app designed for children aged 3 to 12. We do not sell children's personal information, and we don't share it with data brokers.", 'sold',
     ['They say they do not sell your data']),
    ('We do not sell the personal information of consumers under 16.', 'sold',
     []),
    ('Payments for Harbor VPN are processed by Paddle, which acts as the merchant of record and collects your name, billing address and card details.', 'sharing',
     ['Other named companies']),
    # probe 51 reversals: 'never asks for'; a cross-site tracking denial is as narrow as its words; a row of 'no' items; what a sharing denial leaves open beside other sharing
    ('The app never asks for your location.', 'collected',
     ['They say they do not collect location.']),
    ("We note which recipes you look at and which ones you save. But we don't track you across other websites anyway.", 'collected',
     ['They say they do not collect activity across other sites (what you do on the site or app).']),
    ('What we collect\n\n- Your email address.\n- No contacts, no microphone, no health data.', 'collected',
     ['Contact details']),
    # probe 50: a permission the reader grants conditions the collection; a notice on the website is no direct notice; a definition of a child is no minimum age, but gives a denial its age
    ('If we change this policy, we will inform you by a notice on our website.', 'changes',
     ['They put a notice on their website']),
    ('We process personal information of children only when they are beneficiaries on a policy, and only with the consent of a parent or guardian. A child is anyone under 18.', 'children',
     ['They talk about children']),
    ('In the United States, the term children refers to individuals under 13 years of age. We do not knowingly collect personal information from children.', 'children',
     ['They say they do not knowingly collect data from children under 13']),
    # probe 51 misses: rights as numbered sub-clauses under a numbered lead-in; Bermuda; notice to policyholders; downloading data as a file
    ('7.1 Subject to applicable law, you have the right to:\n7.1.1 access the Personal Information we hold about you;\n7.1.2 require us to correct inaccurate Personal Information;\n7.1.3 require us to erase Personal Information;\n7.1.4 object to processing for direct marketing purposes;', 'rights',
     ['See the data they hold about you', 'Correct or update your data', 'Ask them to delete your data', 'Object to how they use your data']),
    ('Our reinsurers may be located in Switzerland and Bermuda.', 'transfers',
     ['Your data may be sent to or stored in Switzerland and Bermuda']),
    ('We will notify policyholders of material changes by letter or email.', 'changes',
     ['They tell you directly (for example by email)']),
    ('You can download your saved recipes and meal plans as a file from the Settings screen.', 'rights',
     ['Get a copy of your data to take elsewhere']),
    # probe 49 misses: 'provide, maintain and update the TV software and services'; recommending shows; every flight you take
    ('How we use it\n\n- To provide, maintain and update the TV software and services.\n- To recommend shows and apps on the home screen.', 'purposes',
     ['Running the service', 'Personalizing what you see']),
    ('We record every flight you take, the miles you earn and redeem, and your seat and meal preferences.', 'collected',
     ['What you do on the site or app']),
    # probes 50/52/53: a credit reporting body; a record of your data; access to data in a numbered list; an ombudsman; selling the company's goods is no sale of data; a sale denial of the SSN; 'do not voluntarily give law enforcement access' beside sharing with them on a warrant; 'to make sure the account is not being shared'; children a parent enrols
    ('If you fail to pay an amount you owe us that is overdue by more than 60 days, we may disclose this default information to a credit reporting body.', 'sharing',
     ['Credit and fraud prevention agencies']),
    ('You have the right to request a record of the personal information we hold about you.', 'rights',
     ['See the data they hold about you']),
    ('Under art. 18 of the LGPD, you may request at any time: (i) confirmation of the existence of processing; (ii) access to data; (iii) correction of incomplete, inaccurate or outdated data; (iv) deletion of unnecessary or excessive data.', 'rights',
     ['See the data they hold about you', 'Correct or update your data', 'Ask them to delete your data']),
    ("If you're not happy with our response, you can contact the Telecommunications Industry Ombudsman (TIO) or the OAIC.", 'rights',
     ['Complain to a regulator']),
    ('We use your information to sell and service vehicles. We do not sell your Social Security number.', 'sold',
     ['They say they do not sell your ID numbers']),
    ('We use your details to sell cars to you.', 'sold',
     []),
    ('We do not voluntarily give law enforcement access to customer data. We will only release customer data in response to a valid search warrant or court order.', 'sharing',
     ['Authorities', 'They rule out some sharing']),
    ('Identity checks: from time to time we may ask you to take a selfie. We compare it with your sign-up photo using facial verification provided by a vendor to make sure the account is not being shared.', 'sharing',
     ['Service providers']),
    ('Parents or legal guardians may enroll children under 18.', 'children',
     ['They talk about children']),
    ('Children younger than 18 can join if a parent signs them up.', 'children',
     ['They talk about children']),
    # probe 55: releasing records over the phone only with the account password is no sharing; the full card number is its own words
    ('We will not release call detail records over the phone unless you provide your account password.', 'sharing',
     []),
    ('Payment card data is processed by our payment processor, Stripe, and we never see your full card number.', 'collected',
     ['They say they do not collect full card number or card details (payment and financial data).']),
    # probe 54: a transfer that waits on safeguards is no promise data stays home; 'unless you have given us explicit permission'
    ('We will not transfer your data outside the EU without appropriate safeguards.', 'transfers',
     []),
    ('We never share your data with third parties for their marketing unless you have given us explicit permission.', 'sharing',
     ['They say they do not share your data for marketing without your consent']),
    # ads a product blocks are no use for advertising; a right from a point on says when; another party named as the one that acts; a list of subscribers is their contact details
    ('By default, the app sends us a daily report with your app version and how many ads and trackers it blocked. We do not use your data to target advertising.', 'purposes',
     ['They say they do not use it for advertising']),
    ('Once you enroll, you have the right to inspect your admissions file and request corrections.', 'rights',
     ['See the data they hold about you', 'Correct or update your data']),
    ('Some properties are required by local law to report guest details to police or immigration authorities; when that is the case, the property, not Roomly, does so.', 'sharing',
     []),
    ('We use your email address to send you promotional offers. Allergy and dietary details are used only to filter recipes. We do not use them for advertising.', 'purposes',
     ['Marketing', 'They say they do not use health information for advertising']),
    ('We do not sell or rent our subscriber list to other companies.', 'sold',
     ['They say they do not sell your contact details']),
    # probes 56-61: denials for others' own ends, photo ID, laws barring others, someone else's consent, tiers and profiles, exceptions and conditions
    ("We don't sell personal information, and we don't share it with data brokers or advertisers for their own use.", 'sharing',
     ['They say they do not share your data with advertisers and data brokers for their own use']),
    ('We use Plausible Analytics, which does not use cookies to track you across sites.', 'collected',
     ['They collect information, but do not say clearly what.']),
    ('We ask to see photo ID and proof of address, but we do not photocopy or keep these documents.', 'collected',
     ['ID numbers']),
    ('These reports are made public by the election commission. Information in these reports cannot be sold or used by any person to solicit contributions.', 'sold',
     []),
    ("With the family's consent at sign-up, sessions are recorded (video, audio and chat) so that students can rewatch them.", 'collected',
     ['Photos, recordings or contacts']),
    ("In the free version, advertising networks receive your device advertising ID, age and gender so they can show relevant ads. Subscribers to our Plus plan don't see ads, and we don't pass their data to ad networks.", 'sharing',
     ['Advertisers', 'They rule out some sharing']),
    ('Information we collect\n\nAudio recording during trips is off by default.', 'collected',
     ['Photos, recordings or contacts']),
    ('We have not sold personal information in the past 12 months; however, some sharing for targeted advertising may count as a "sale" or "sharing" under California law.', 'sold',
     ['They say they do not sell your data otherwise', 'What they share with partners may count as a “sale” or “sharing” under some privacy laws']),
    ('Except for the interest-based advertising described above, which some states treat as a sale or sharing, we do not sell personal information in exchange for money.', 'sold',
     ['They say they do not sell your data for money']),
    ('Our Basic with Ads plan shows ads inside the app. We do not show ads on Kids profiles and do not collect data from Kids profiles for ad purposes.', 'purposes',
     ["They say they do not use children's data for advertising"]),
    ("You must be 18 or older to hold an account. Children may use the service through a Kids profile under the account holder's supervision. We do not collect data from Kids profiles for ad purposes.", 'children',
     ['Minimum age: 18']),
    ('We will not collect any personal information from a child before we have obtained verifiable parental consent.', 'children',
     ["They say they do not collect data from children without a parent's consent"]),
    ("We record your child's voice requests and keep the transcripts. We do not collect a child's last name or photo.", 'children',
     ['They talk about children']),
    ('We share trip data with our reinsurers. We do not share your driving data with other insurance companies for their own underwriting purposes.', 'sharing',
     ['Insurers', 'They say they do not share your driving behaviour with insurers for their own underwriting purposes']),
    ("Changes\n\nWe'll email you before any change that reduces your rights takes effect.", 'changes',
     ['They tell you directly (for example by email)']),
    ('We will email you about significant changes to this policy.', 'changes',
     ['They tell you directly (for example by email)']),
    ("Riders must be 18 or older, except in Germany, where 16-year-olds may ride with a parent's permission.", 'children',
     ['Minimum age: 18']),
    ('Your data is stored in Germany and is not transferred outside the European Economic Area, with one exception: our support tool may store support tickets in the United States.', 'transfers',
     ['They say your data stays in the EEA']),
    ('Anyone can use the search engine. Plus subscriptions are only available to people aged 16 or older.', 'children',
     []),
    ("We don't log IP addresses, except during an active denial-of-service attack, when we may keep them for up to 48 hours to block the attack.", 'retention',
     ['For a set time']),
    ('We keep IP addresses for 48 hours, but only during an active attack.', 'retention',
     ['For a set time']),
    ('Information we collect\n\nWe never collect your master password. We cannot decrypt your vault, and we cannot recover it if you forget your master password.', 'collected',
     ['They say they do not collect passwords (account and profile).']),
    ('We use the information we collect for these purposes:\n\nWe do not use your information for marketing.', 'purposes',
     ['They say they do not use it for marketing']),
    ('Our mobile app does not use cookies, but our website does.', 'collected',
     ['They say they do not collect cookies and trackers.']),
    ('The app does not use cookies. Our website uses one strictly necessary session cookie and no analytics or advertising cookies.', 'collected',
     ['Cookies and trackers']),
    ('When no workout is running, the app does not access your location at all, not even in the background.', 'collected',
     ['They say they do not collect location.']),
    ("Where the customer's vehicle is fitted with a telematics unit, the Company receives the vehicle's GPS location, but only if the Customer has activated Connect in the app.", 'collected',
     ['Location']),
    ('Unless you connect your bank account, we do not collect your financial information.', 'collected',
     ['They say they do not collect payment and financial data.']),
    ('Unless you are a California resident, we may sell your personal information.', 'sold',
     ['They may sell your data']),
    ('If you live outside California, we may sell your personal information.', 'transfers', []),
    ('If you live outside California, we may sell your personal information.', 'rights',
     ['Special rules for people in California']),
    # misses of probes 56-61: monitoring, driving, telematics, riders, staff abroad, campaigns and clubs, fundraising, holding data, chat logs, recorded calls, lenders, travel suppliers, ad-serving partners, copies and portability, residents' rights
    ('We collect screenshots of your screen, the number of keystrokes per minute, and the websites you visit.', 'collected',
     ['What you do on the site or app']),
    ('We record how fast you drive and how hard you brake.', 'collected',
     ['What you do on the site or app']),
    ('We share your first name, photo and location with riders during a trip.', 'sharing',
     ['Other users']),
    ('Our support staff in the Philippines can access your data.', 'transfers',
     ['Your data may be sent to or stored in the Philippines']),
    ('We share your name and email address with other political campaigns.', 'sharing',
     ['Campaigns and clubs']),
    ('We use your email address to ask you for donations.', 'purposes',
     ['Marketing']),
    ('We hold your postal address, your employer and job title, and a record of your donations.', 'collected',
     ['Contact details', 'Demographics']),
    ('We store text chat logs.', 'collected',
     ['What you do on the site or app']),
    ('We also record calls to our call centre for training and quality purposes.', 'collected',
     ['Photos, recordings or contacts']),
    ('To keep the service safe we log IP addresses of logins.', 'purposes',
     ['Security and keeping the service working']),
    ('The Company discloses finance applications to its panel of lenders and to credit reporting bodies for the purpose of a credit check.', 'sharing',
     ['Lenders', 'Credit and fraud prevention agencies']),
    ('The Company also uses contact details to send the Customer offers on new models.', 'purposes',
     ['Marketing']),
    ('The Company may change this policy from time to time by publishing an updated version on its website.', 'changes',
     ['They put a notice on their website']),
    ('We may revise this notice from time to time. If we make material changes, we will email registered readers at least 30 days before the changes take effect.', 'changes',
     ['They tell you directly (for example by email)']),
    ('To deliver your holiday we have to pass your information to airlines, hotels, transfer companies, tour operators and car hire firms.', 'sharing',
     ['Travel companies']),
    ('For the ads plan we share an advertising identifier, your approximate age range and country with our ad-serving partner.', 'sharing',
     ['Advertisers']),
    ('If you want a copy of your data, or want your account deleted, open a ticket at our help desk.', 'rights',
     ['See the data they hold about you', 'Ask them to delete your data']),
    ('Residents of California, Colorado, Connecticut, Virginia, Texas and other states with privacy laws may request access to, correction of, deletion of, or a portable copy of their personal information.', 'rights',
     ['See the data they hold about you', 'Correct or update your data', 'Get a copy of your data to take elsewhere', 'Ask them to delete your data']),
    ('You can export a copy of your account data from the settings page.', 'rights',
     ['Get a copy of your data to take elsewhere']),
    ('You have the right to have your personal data transferred to another company in a commonly used format.', 'rights',
     ['Get a copy of your data to take elsewhere']),
    ('Our website uses 256-bit encryption.', 'security',
     ['Encryption']),
    ('We use viewing data to recommend titles and to build your home screen.', 'purposes',
     ['Personalizing what you see']),
    ('We store your heart-rate readings for each workout.', 'collected',
     ['Health data']),
    # probes 62-67: rights the reader does not have, optional answers, others barred, children's parts and profiles, titles that name transfers, denials said after the practice, named denials beside sharing
    ('You may not ask us to delete donation records, because the law requires us to keep them.', 'rights',
     []),
    ('Note that HIPAA does not give you a right to have your medical record deleted.', 'rights',
     []),
    ('We will not delete your medical records, even if you ask.', 'rights',
     []),
    ("Cookies\n\nWe don't use cookies for tracking or advertising.", 'purposes',
     ['They say they do not use cookies for advertising']),
    ('Federal law requires lenders to ask about the ethnicity, race and sex of applicants for monitoring purposes. You are not required to provide this information, and declining will not affect your application.', 'collected',
     []),
    ('Our platform is hosted by EduCloud Services, Inc. under a written data privacy agreement. EduCloud is prohibited from selling student data, from using it for advertising, and from building student profiles.', 'sold',
     []),
    ('Our platform is hosted by EduCloud Services, Inc. under a written data privacy agreement. EduCloud is prohibited from selling student data, from using it for advertising, and from building student profiles.', 'purposes',
     []),
    ('Student data may not be stored or accessed outside the United States.', 'transfers',
     []),
    ("Our service is directed to children. We do not use children's personal information for behavioral advertising, and we do not build marketing profiles of children.", 'purposes',
     ["They say they do not use children's data for marketing", "They say they do not use children's data for advertising"]),
    ('Our service is directed to children. We do not use third-party advertising cookies on any page that children can see. On our shop pages for parents, advertising partners place cookies to show you our ads on other websites.', 'sharing',
     ['Advertisers', 'They rule out some sharing']),
    ('Our Games area is designed for children under 13 and uses a cookie to remember game progress. The Shop is not directed at children, and we do not knowingly accept orders from anyone under 18.', 'children',
     ['They talk about children']),
    ('Our league is for players aged 5 to 18. Parents register their children. Players under 13 may not create their own accounts.', 'children',
     ['They talk about children']),
    ("Children's profiles can be created by the account holder; we do not collect viewing information while a child profile is active.", 'children',
     ['They talk about children']),
    ('We do not share your photos with advertisers. We share your advertising ID with AppsFlyer to measure our ad campaigns.', 'sharing',
     ['Other named companies', 'They say they do not share your photos with advertisers']),
    ('Dealers receive your contact details. We will not share your driving behavior data with insurance companies unless you give us your express consent.', 'sharing',
     ['They share data, but do not say with whom', 'They say they do not share your driving behaviour with insurers without your consent']),
    ('Transfers outside the EU\n\nWe keep your data in the European Union. We do not transfer your data outside the European Union.', 'transfers',
     ['They say your data stays in the EU', 'Special rules for people in Europe']),
    ('The data are processed to provide the service. A use of the data for advertising purposes or for profiling does not take place.', 'purposes',
     ['They say they do not use it for advertising']),
    ('A transfer of personal data to third parties for purposes other than those listed does not take place.', 'sharing',
     ['They say they do not share your data with others']),
    ('If you want us to delete your emails or voice messages, just ask and we will delete them within 30 days.', 'retention',
     []),
    ('If you want us to delete your emails or voice messages, just ask and we will delete them within 30 days.', 'rights',
     ['Ask them to delete your data']),
    ('We do not create or store faceprints.', 'collected',
     []),
    # probes 68-70: 'no actual knowledge of selling', selling as something never done, data not deleted, minors' sales until someone agrees, denials 'in most cases', sales narrowed in scope or to a group, what readers sell, conditions said by others
    ('We do not sell your personal information for money. We have no actual knowledge of selling or sharing the personal information of consumers under 16.', 'children',
     ['They say they do not sell the data of people under 16']),
    ('Selling your data is something we have never done and never will.', 'sold',
     ['They say they do not sell your data']),
    ('Your data is not deleted when you close your account.', 'retention',
     []),
    ("We won't sell data about teens under 16 unless they say yes.", 'children',
     ['They say they do not sell the data of people under 16 without consent']),
    ('We rent our email lists to advertisers, but in most cases advertisers never receive your email address: we send the messages ourselves on their behalf.', 'sharing',
     ['Advertisers', 'They rule out some sharing']),
    ('We do not sell End User data outside the auction process.', 'sold',
     ['They say they do not sell your data outside the auction process']),
    ("We don't sell your information to the public; we only license it to businesses.", 'sold',
     ['They say they do not sell your data to the public']),
    ("We do not sell Gift Givers' information.", 'sold',
     ['They say they do not sell gift givers’ data']),
    ('Transaction information: what you buy and sell, prices, and shipping addresses.', 'sold',
     []),
    ("We use your information to send order updates, and — if you've opted in — our weekly newsletter.", 'purposes',
     ['Marketing']),
    ('If a couple agrees, we pass their names and email addresses to wedding photographers and florists so those businesses can send them offers.', 'sharing',
     ['Third parties']),
    # probe 71: a way not offered, selling aggregated reports, 'never … unless you subscribe'
    ('We do not currently offer a way to export your data.', 'rights',
     []),
    ('There is currently no way to download a copy of your data.', 'rights',
     []),
    ('We do not sell personal data. We sell aggregated reports to other companies; they contain no personal data.', 'sold',
     ['They say they do not sell your data']),
    # probe 60: a denial until the reader asks
    ('We will not pass your details to other companies for their own marketing unless you have specifically asked us to.', 'sharing',
     ["They say they do not share your data for other companies' own marketing without your consent"]),
    # probes 72-77: denials in a second clause, boxes ticked to say no, scoped sale denials, notices denied
    ('We use your mobile number only to send you the alerts you requested and we will not share it with third parties for their marketing purposes.', 'sharing',
     ['They say they do not share your phone number for marketing']),
    ('We use your mobile number only to send you alerts and we will not share it with third parties.', 'sharing',
     ['They say they do not share your phone number with others']),
    ('If you would prefer that your name not be included in such exchanges, please let us know by checking the box on your membership form.', 'rights',
     ['Say no to some uses (opt out)']),
    ('Tick the box on the form if you do not want your name shared.', 'rights',
     ['Say no to some uses (opt out)']),
    ('You do not need to share any health information in order to give, and we ask that you not send us medical details through the website.', 'collected',
     []),
    ('We ask you not to include your Social Security number or health information in your resume.', 'collected',
     []),
    ('We will never ask you for your bank account details by e-mail.', 'collected',
     []),
    ('If we change this policy, we will post the changes on this page. We will not send an e-mail about changes.', 'changes',
     ['They post the new version of the policy']),
    ("We won't notify you personally about updates to this policy.", 'changes',
     ['They may change the policy']),
    ('We may sell or share aggregate, de-identified data with market researchers. We do not sell your personal information.', 'sold',
     ['They say they do not sell your data']),
    ('We will never sell, rent or trade the names of our donors.', 'sold',
     ['They say they do not sell donors’ names']),
    ("We never sell our donors' names. We do sell our customers' purchase histories to marketing firms.", 'sold',
     ['They sell your data']),
    ('We do not sell, rent or trade personal information about our digital-only users.', 'sold',
     ['They say they do not sell digital-only users’ data']),
    ('We do not provide or sell information about our customers or site visitors to anyone.', 'sold',
     ['They say they do not sell your data']),
    ('We see your photo ID but we do not keep a copy of it.', 'retention',
     ['They say they do not keep a copy of it']),
    ('If a bid request does not carry a valid consent signal for Lumora, we do not bid using personal data and we do not store the identifiers in that request.', 'retention',
     ['They say they do not keep the identifiers in that request']),
    # probes 72-77: denials of children's data as said, and in their scope; notices for changes of one kind
    ('We do not collect any personal information from children through these activities.', 'children',
     ['They say they do not collect data from children through these activities']),
    ('We do not knowingly collect personal information from children under 13.', 'children',
     ['They say they do not knowingly collect data from children under 13']),
    ('We do not collect personal information from children under 13.', 'children',
     ['They say they do not collect data from children under 13']),
    ('If we change this statement in a way that affects how we use personal information, we will notify members by e-mail.', 'changes',
     ['They tell you directly (for example by email)']),
    ('We will e-mail members only when a change affects how we use their data.', 'changes',
     ['They tell you directly (for example by email)']),
    # probes 75-77: the business changing hands, the reader selling, sellers as others, Do Not Track honoured in deeds
    ('We do not sell personal data. We share passenger data with a purchaser in the event of a sale of the airline or a part of it.', 'sold',
     ['They say they do not sell your data']),
    ('We do not sell personal data. If we sell the airline or part of it, the buyer will receive passenger data.', 'sold',
     ['They say they do not sell your data']),
    ('We do not sell personal information. Selling: if you register as a seller we also collect your date of birth and bank account details for payouts.', 'sold',
     ['They say they do not sell your data']),
    ("Tiny Tales is designed for children aged 3 to 8. In Tiny Tales we collect a child's first name, age and reading progress. We do not sell or share the personal information of users we know are under 16 and we never sell data collected through Tiny Tales.", 'children',
     ['The service is made for children']),
    ('We collect your email address and payment information. Sellers do not receive your payment card details or your email address. Sellers may use buyer information only to fulfil the order.', 'collected',
     ['Contact details', 'Payment and financial data']),
    ('Children may stay at our hotels with their parents. We do not knowingly collect information online from children under 13.', 'children',
     ['They say they do not knowingly collect data from children under 13 online']),
    ('We do not ask kids for their name, email address, or any other personal information to play.', 'children',
     ['They say they do not collect data from children']),
    ('We do not ask children for their last name, email address, phone number, photo or location.', 'children',
     ['They talk about children']),
    ('Where your browser sends a Do Not Track or Global Privacy Control signal, we treat it as a refusal of targeting cookies.', 'dnt',
     ['They say they honor Do Not Track signals']),
    ('When your browser sends a Do Not Track signal, we do not load advertising cookies.', 'dnt',
     ['They say they honor Do Not Track signals']),
    ('Our marketing site honors Do Not Track signals.', 'dnt',
     ['They say they honor Do Not Track signals']),
    ('If your browser sends a Do Not Track signal, we stop tracking you.', 'dnt',
     ['They say they honor Do Not Track signals']),
    ("Because we don't track you, Do Not Track signals make no difference here.", 'dnt',
     ['They say they do not track you, so Do Not Track signals change nothing']),
    # probes 72-77: disclosures the law asks for, web addresses that end a sentence, and plain misses
    ('We may also release information when we believe release is appropriate to comply with the law, enforce our agreements, or protect the rights, property or safety of our company, our readers or others.', 'sharing',
     ['They share data when the law requires it']),
    ('We will disclose information if we are legally compelled to do so.', 'sharing',
     ['They share data when the law requires it']),
    ("Google, as a third-party vendor, uses the DoubleClick DART cookie to serve ads on wordwell.com. You may opt out of the DART cookie by visiting Google's ad opt-out page.", 'sharing',
     ['Google', 'Service providers']),
    ('We use the information we collect to provide and improve our dictionary, to keep your word lists in sync across devices, and to deliver Word of the Day.', 'purposes',
     ['Running the service']),
    ('We do not share your e-mail address with anyone outside WordWell except the company that sends our Word of the Day e-mails for us.', 'sharing',
     ['They say they do not share your email address with others']),
    ('We will not share your tree content with insurance companies or employers.', 'sharing',
     ['They say they do not share your data with insurers, and employers and recruiters']),
    ('CareerLadder is not intended for anyone younger than 16.', 'children',
     ['Minimum age: 16']),
    ('You may request a copy of the PII we hold about you by writing to the address below.', 'rights',
     ['See the data they hold about you']),
    ('You may close your account and download your saved word lists at any time from the account page.', 'rights',
     ['Get a copy of your data to take elsewhere', 'Delete your account']),
    ('If you want us to stop sending you promotional materials to your postal mailing address, you may notify us in writing at the address below.', 'rights',
     ['Opt out by contacting them']),
    # probes 72-74: older US website wordings of recipients, lists, rights and security
    ('We may share your information with other television stations and companies owned by Meridian Broadcast Group.', 'sharing',
     ['Companies in the same group']),
    ('We use outside companies to fulfill subscriptions, process credit card payments, print and mail our magazines, and send e-mail on our behalf.', 'sharing',
     ['Service providers']),
    ('We use carriers and distributors to deliver the newspaper, and payment processors to handle your payments; they receive only the information they need.', 'sharing',
     ['Payment processors']),
    ("Print subscribers' names and addresses may be shared with local advertisers for marketing mail, unless you tell us not to by calling our circulation department at (555) 310-2200.", 'rights',
     ['Opt out by contacting them']),
    ('Every promotional e-mail we send includes instructions for unsubscribing.', 'rights',
     ['Opt out with a link (for example at the bottom of emails)']),
    ('To review or correct the information we have on file for your subscription, visit the Customer Service section of our website or call us.', 'rights',
     ['See the data they hold about you', 'Correct or update your data']),
    ('Alumni may review and update the information in their alumni record at any time by logging in to the online community.', 'rights',
     ['See the data they hold about you', 'Correct or update your data']),
    ('From time to time, we may exchange our catalog mailing list (names and postal addresses only) with other reputable retailers and catalogers.', 'sold',
     ['They may exchange your data']),
    ('We also share information with the companies that process our credit card payments and with our analytics provider.', 'sharing',
     ['Analytics providers', 'Payment processors']),
    ('We share your financing application with Crestview Bank.', 'sharing',
     ['Payment processors']),
    ('We collect your name, e-mail address and telephone number. We never exchange or share e-mail addresses or telephone numbers.', 'sharing',
     ['They say they do not share your email address or phone number with others']),
    ('We do not knowingly collect personal information from children under 13 without the consent of a parent or guardian.', 'children',
     ["They say they do not knowingly collect data from children under 13 without a parent's consent"]),
    ('We use the information we collect to process and acknowledge your gift, send you our program guide and member benefits, contact you about renewing your membership, and invite you to events.', 'purposes',
     ['Running the service', 'Marketing']),
    ('Before and after the Annual Conference, we provide a list of registered attendees (name, title, employer and mailing address) to exhibitors and sponsors.', 'sharing',
     ['Sponsors and exhibitors']),
    ('Online gifts are processed by Blackbaud, and event registrations by a third-party registration service, both of which must protect your information.', 'sharing',
     ['Service providers']),
    ('Donation pages are encrypted.', 'security',
     ['Encryption']),
    ('Payments are handled by our card processor; we never see your full card number.', 'sharing',
     ['Payment processors']),
    # probes 73-76: Shine the Light, selling the company's goods, notice periods
    ("California residents may request a list of the companies with which we shared personal information during the prior calendar year for those companies' direct marketing purposes.", 'rights',
     ['Get a list of whom they disclosed your data to']),
    ('We use your information to sell, lease, finance and service vehicles.', 'sold',
     []),
    ('We use your details to sell you a car.', 'sold',
     []),
    ('A current list is kept at example.com/subprocessors, and customers who subscribe to that page get 30 days notice before we add a new one.', 'retention',
     []),
    # probe 75: long corporate policies
    ("When we transfer personal data out of the European Economic Area or the UK to countries that have not been found to provide adequate protection, we rely on the European Commission's Standard Contractual Clauses.", 'transfers',
     ['Your data may be sent to or stored in other countries', 'Special rules for people in Europe']),
    ('If you sign in with Google, Microsoft or GitHub, we receive your name, email address and profile picture from that provider.', 'sharing',
     []),
    ('If you are in the EEA or the UK, you also have rights to rectification, restriction, objection and portability.', 'rights',
     ['Correct or update your data', 'Get a copy of your data to take elsewhere', 'Object to how they use your data', 'Ask them to limit how they use your data']),
    ('You can view, update and download most of your personal information in Settings.', 'rights',
     ['See the data they hold about you', 'Correct or update your data', 'Get a copy of your data to take elsewhere']),
    ('If we change it in a way that affects how we use your data, we will email SkyPoints members and display a notice on our website before the change takes effect.', 'changes',
     ['They put a notice on their website', 'They tell you directly (for example by email)']),
    ('Camera clips are kept for the periods described in section 2.6. Fitness data in Cloud Backup is kept until you delete it or turn off Cloud Backup, in which case we delete it within 30 days.', 'retention',
     ['For a set time', 'Until you delete it or close your account']),
    # probe 76: cluttered HTML pages, plain misses
    ('This policy may be revised. The current version will always be posted on this page.', 'changes',
     ['They post the new version of the policy']),
    ("We'll announce changes to this policy in the Site Feedback category at least two weeks before they apply.", 'changes',
     ['They put a notice on their website']),
    ('We use HTTPS across the site and store passwords in hashed form.', 'security',
     ['Encryption when data is sent', 'Secure sign-in and identity checks']),
    ('We hold a SOC 2 Type II report, which customers can request under NDA.', 'security',
     ['Regular security checks']),
    ('You can download an archive of all your posts as a CSV file from your preferences page.', 'rights',
     ['Get a copy of your data to take elsewhere']),
    ('Under the GDPR you may lodge a complaint with the Landesbeauftragte für Datenschutz Baden-Württemberg.', 'rights',
     ['Complain to a regulator']),
    ('We share hashed email addresses and browsing events with Meta and TikTok so they can show our ads to you and to people like you.', 'sharing',
     ['Facebook', 'Other named companies']),
    ('We share vehicle and purchase information with the vehicle manufacturer for warranty, recall and customer satisfaction surveys.', 'sharing',
     ['Manufacturers']),
    ('We use a small number of subprocessors: Amazon Web Services (hosting, Ireland and Frankfurt regions), Paddle (payments), TrueLayer (bank feeds), Postmark (transactional email) and Intercom (support chat).', 'sharing',
     ['Other named companies', 'Service providers', 'Payment processors']),
    # probe78-83 (eighteenth session) and leftovers of probes 72-76: a sale denial names the data it covers in the sale's own sentence; conditions of use; denials by the company's own hands
    ('We rent or exchange postal mailing lists only; we never rent, sell or exchange your e-mail address or telephone number.', 'sold',
     ['They rent or exchange your data', 'They say they do not sell your e-mail address or telephone number']),
    ('The app collects precise location only when you use the airport map and only while the app is open.', 'collected',
     ['Location', 'How they get it: automatically']),
    ('We collect your precise location when you use the store finder.', 'collected',
     ['Location', 'How they get it: automatically']),
    ("We don't collect payment card details ourselves.", 'collected',
     ['They say they do not collect card details (payment and financial data).']),
    ('We use your data to collect payment for your order.', 'purposes',
     ['Running the service']),
    ('What we collect\n\nPayment information: card details are entered on a page hosted by our payment processor.', 'purposes',
     []),
    ('If you use our Fit Finder quiz, we collect your height, weight, body shape and usual size in other brands to recommend a size.', 'collected',
     ['Health data']),
    ('Service records are kept for the life of the vehicle in our system so that we can help future owners with recalls.', 'retention',
     ['Only as long as needed']),
    ('We keep service records for as long as you own the vehicle.', 'retention',
     ['Only as long as needed']),
    ('Information we collect\n\nAccount data: your name, work email, company name, job title and hashed password.', 'collected',
     ['Contact details', 'Demographics', 'Account and profile']),
    ('We store passwords in hashed form.', 'security',
     ['Secure sign-in and identity checks']),
    # probes 78-83: reversals (a refusal to delete is no right; a practice stopped since is a denial; a recipient ruled out beside another is none; shops that sell the company's goods sell no data; a transfer denial that names one place)
    ('We cannot delete your data if you ask us to.', 'rights',
     []),
    ('We will not delete your records on request.', 'rights',
     []),
    ('Deleting your account on request is not possible.', 'rights',
     []),
    ('We cannot delete your data on request, but we will delete other account information.', 'rights',
     ['Ask them to delete your data']),
    ('We previously collected your phone number, but we no longer do.', 'collected',
     ['They say they do not collect phone number (contact details).']),
    ('We used to share usage data with Google Analytics, but we stopped in 2023.', 'sharing',
     ['They say they do not share your usage data with Google']),
    ('What we collect\n\nThe app needs camera permission only to switch the LED flash on and off; it never takes pictures or records video.', 'collected',
     []),
    ('We never take photos or record video.', 'collected',
     ['They say they do not collect photos, recordings or contacts.']),
    ('We share your quote details with the carrier you choose, not with other carriers.', 'sharing',
     ['They share data, but do not say with whom']),
    ('We may also receive information from fraud prevention agencies and from retailers who sell our contracts on our behalf. We do not sell your personal information.', 'sold',
     ['They say they do not sell your data']),
    ('All patient information is stored in the United States. We do not transfer patient records outside the country.', 'transfers',
     ['They say your data stays in the United States']),
    ('Your information is kept on servers in the United States, where our practice is. It never leaves the country.', 'transfers',
     ['They say your data stays in the United States']),
    ('Our servers are located in Iceland and Switzerland. We do not transfer personal data to the United States.', 'transfers',
     ['They say they do not send your data to the United States']),
    ('Our Services are not directed to children under 13. If you indicate that you are under 13, we will not create an account unless a parent or guardian provides verifiable consent by e-mail.', 'children',
     ['Minimum age: 13']),
    ('We do not sell your data. Not to advertisers, not to data brokers, not to anyone.', 'sharing',
     []),
    # probes 78-83: narrow denials and their limits
    ('We do not sell your resume to third-party data brokers.', 'sold',
     ['They say they do not sell your data to data brokers']),
    ('We do not share your precise location with advertising partners.', 'sharing',
     ['They say they do not share your precise location with advertisers']),
    ('Information we collect\n\nIf you turn on crash reports in Settings, the app sends us your device model and operating system version. Crash reports never include note content.', 'collected',
     ['Device and browser details']),
    ("What data we collect\n\nThe vehicle's interior camera, which monitors driver attention, processes images only inside the vehicle. The images are not stored and are never transmitted to Acme.", 'collected',
     []),
    ('What we collect\n\nUnless you provide it, the data collected for ad targeting does not include your name or email address, but it may include your IP address and device ID.', 'collected',
     ['They collect information, but do not say clearly what.']),
    # probes 78-83: misses
    ("We won't sell your phone number or email address to anyone.", 'sold',
     ['They say they do not sell your email address and phone number']),
    ('Security\n\nWe use industry-standard safeguards, but no method of transmission over the Internet is 100% secure.', 'security',
     ['Security measures (not described in detail)']),
    ("We respect Do Not Track: if your browser sends a DNT signal, we won't load analytics cookies.", 'dnt',
     ['They say they honor Do Not Track signals']),
    ("Our site doesn't currently respond to Do Not Track signals.", 'dnt',
     ['They say they do not respond to Do Not Track signals']),
    ('The latest version will always be on this page.', 'changes',
     ['They post the new version of the policy']),
    ('We also let Google Analytics put cookies on your computer to help us understand how people use our website.', 'sharing',
     ['Google']),
    # probes 78-83: wrong details
    ('We use your information to publish your listing, to forward messages between buyers and sellers, and to process payment for premium listings.', 'sharing',
     ['They share data, but do not say with whom']),
    ("We do not collect credit card numbers or passport information, because FareFinch does not sell travel directly; when you click a deal you are taken to the travel provider's own site to book.", 'sold',
     []),
    ('We retain adult patient records for at least 10 years after your last visit; for minors, we keep records until the patient turns 28 or for 10 years, whichever is longer.', 'children',
     ['They talk about children']),
    ('If we revise this policy, we will post the updated version here and display a notice in our waiting room.', 'changes',
     ['They post the new version of the policy']),
    ('We will notify you of changes to this notice by posting a revised notice in our branches and on our website at least 30 days before the change takes effect.', 'changes',
     ['They put a notice on their website']),
    ('If you have not booked a class in three years we delete your account.', 'rights',
     []),
    ('We cannot delete your pharmacy records if you ask us to, because the law requires us to keep them.', 'rights',
     []),
    ('You must be 18 or over to take a pay-monthly contract. We do not knowingly collect information directly from children under 13 and do not send marketing to anyone we know to be under 16.', 'children',
     ['They say they do not knowingly collect data directly from children under 13']),
    ('Our website is not intended for anyone under 16, and we do not knowingly collect personal information from children under 13.', 'children',
     ['They say they do not knowingly collect data from children under 13']),
    # probes 78-83: notices of changes by newsletter or mail, security said plainly, purposes said as deeds
    ('If we change this policy in a way that affects how we use your e-mail address, we will announce the change in the newsletter before it takes effect.', 'changes',
     ['They tell you directly (for example by email)']),
    ('We may change this Online Privacy Policy at any time. Changes to our Privacy Notice will be mailed to customers as required by law.', 'changes',
     ['They tell you directly (for example by email)']),
    ('Data is encrypted in transit using TLS and stored on servers with restricted access.', 'security',
     ['Encryption when data is sent', 'Only some staff can see your data']),
    ('Patient records are stored in an access-controlled system, staff receive annual HIPAA training, and every access to a record is logged.', 'security',
     ['Only some staff can see your data', 'Staff training']),
    ('We use this information to deliver forecasts and keep the service running.', 'purposes',
     ['Running the service']),
    ('We use your information to run the Mug Club, fulfil merch orders, answer your messages, and send our weekly newsletter.', 'purposes',
     ['Running the service', 'Marketing']),
    ('To permanently delete your account, go to Account Settings > Delete Profile.', 'rights',
     ['Delete your account']),
    ('When you place an order, we ask for your credit card number. The Press does not keep your credit card number after your order has been processed.', 'retention',
     ['Only as long as needed']),
    ('Please click here to read about information that might possibly remain in our archived records after your account has been deleted.', 'retention',
     []),
    # probes 84-89: tables of sale answers, denials of tools, moot Do Not Track, travellers abroad, narrow sale denials
    ('We do not use analytics, tracking pixels or advertising SDKs in the extension.', 'collected',
     ['They say they do not collect web beacons and pixels, or SDKs (cookies and trackers).']),
    ('We do not use analytics, tracking pixels or advertising SDKs in the extension.', 'purposes',
     []),
    ('We do not track you, so Do Not Track settings make no difference to how it behaves.', 'dnt',
     ['They say they do not track you, so Do Not Track signals change nothing']),
    ('## Sharing\n\nHealth data from Apple Health is never shared with advertisers.', 'sharing',
     ['They say they do not share your health data with advertisers']),
    ('We store and process all data in the United States and do not transfer your personal information outside the United States. If you access the app while travelling abroad, information may pass through local networks.', 'transfers',
     ['They say your data stays in the United States']),
    ('Your information never leaves the United States.', 'transfers',
     ['They say your data stays in the United States']),
    ('We never sell your e-mail address. We may, however, sell or rent your ZIP code, gender and birth year to marketing companies.', 'sold',
     ['They sell or rent your data', 'They say they do not sell your email address']),
    ("We don't sell customer information to third parties for their marketing.", 'sold',
     ['They say they do not sell your data for their marketing']),
    ('The State does not sell personal information to commercial entities.', 'sold',
     ['They say they do not sell your data to commercial entities']),
    ("Readers' Circle members may choose not to receive mailings by checking the box on the sign-up form.", 'rights',
     ['Say no to some uses (opt out)']),
    ("Children under 13 may not join the Readers' Circle. Parents may enroll their children in our Young Readers program, with the parent's consent.", 'children',
     ['Minimum age: 13']),
    ('Our summer youth programs collect information about participants under 13 only from a parent or guardian.', 'children',
     ['Minimum age: 13']),
    # probes 84-89: sharing the CCPA way, exceptions and scopes of denials
    ('We have not sold personal information in the preceding 12 months. We do "share" personal information collected on our website with advertising partners for cross-context behavioral advertising.', 'sold',
     ['They say they do not sell your data otherwise', 'What they share with partners may count as a “sale” or “sharing” under some privacy laws']),
    ('We do not sell personal information, and we do not share your health information for cross-context behavioral advertising.', 'sold',
     ['They say they do not sell your data']),
    ('Children aged 2 and over may join the rewards programme, but only if a parent or guardian creates the account on their behalf. We do not knowingly allow children under 16 to create an account themselves.', 'children',
     ['Minimum age: 16']),
    ('We do not collect your face scans.', 'collected',
     ['They say they do not collect biometric data (health data).']),
    # probes 90-95 round: what no one has to do is no practice; a partial deletion right; Do Not Track honored in some places; a denial's data kind from its subject
    ('Privacy Policy\n\nWe do not need to give the government your location to send emergency alerts.', 'sharing',
     []),
    ('Privacy Policy\n\nEmergency alerts do not require us to share your number, your identity or your location with the government.', 'sharing',
     []),
    ("Privacy Policy\n\nWe don't need to collect your name to create an account. We do collect your email address.", 'collected',
     ['Contact details']),
    ('Privacy Policy\n\nYour rights\n\nBecause we must keep records for the periods described above, we cannot delete your treatment records on request, but we will delete website enquiries and mailing list entries if you ask.', 'rights',
     ['Ask them to delete your data']),
    ('Privacy Policy\n\nYou can ask us to delete your data at any time.', 'rights',
     ['Ask them to delete your data']),
    ('Privacy Policy\n\nOur website respects the Do Not Track setting in your browser, but our TV apps ignore it.', 'dnt',
     ['They say they honor Do Not Track signals', 'They say they do not respond to Do Not Track signals']),
    ('Privacy Policy\n\nBecause no common industry standard for Do Not Track exists, our website does not change its behaviour in response to DNT signals.', 'dnt',
     ['They say they do not respond to Do Not Track signals']),
    ('Privacy Policy\n\nWho do we share it with?\nWe may share aggregated or de-identified information, which cannot reasonably be used to identify you, with our partners and advertisers.\nLocation information is not shared with advertisers.', 'sharing',
     ['Advertisers', 'They say they do not share your location with advertisers']),
    ('Privacy Policy\n\nWe do not share your precise location with advertising partners.', 'sharing',
     ['They say they do not share your precise location with advertisers']),
    # a denial of the data given to someone, that someone named first ('give advertisers your name'); personal information named after kinds of it
    ('Privacy Policy\n\nAd companies may collect your IP address and which ads you see so they can show you relevant ads. We never give advertisers your name or email address.', 'sharing',
     ['Advertisers', 'They say they do not share your name or email address with advertisers']),
    ('Privacy Policy\n\nThird-party ad networks may collect non-personally identifiable information about your visits, such as your IP address and the ads you view, in order to show ads relevant to your interests. We do not give these advertisers your name, e-mail address or other personally identifiable information.', 'sharing',
     ['Advertisers', 'They say they do not share your name, email address or other personal information with advertisers']),
    ('Privacy Policy\n\nWe do not sell your personal information, and we do not share your voice recordings with advertisers.', 'sharing',
     ['They say they do not share your voice recordings with advertisers']),
    # probes 90-95: data kept only on the device; a sharing denial as narrow as the data it names; ages for rights, asking a parent
    ('Privacy Policy\n\nWhat we collect\n\nLuna Cycle stores the things you log — period dates, flow, symptoms and mood — only on your device. This data is never uploaded to my servers.', 'collected',
     ['They say they do not collect health data.']),
    ('Privacy Policy\n\nWhat we collect\n\nThe app keeps your period dates and symptoms only on your phone. They are never sent to us.', 'collected',
     []),
    ('Privacy Policy\n\nWe never share your health information. We send crash reports to a crash-reporting company.', 'sharing',
     ['They say they do not share your health data with others']),
    ("Privacy Policy\n\nChildren of any age may have a library card with a parent's or guardian's signature. Children aged 13 and over have the same confidentiality rights as adult patrons.", 'children',
     ['They talk about children']),
    ('Privacy Policy\n\nInkbloom Notes is not directed to children under 13, and we do not knowingly collect personal information from them. If you are under 18, please ask a parent or guardian before creating an account.', 'children',
     ['They say they do not knowingly collect data from children under 13']),
    # probe 94: a practice stopped; what the product has none of; a denial's clause after a semicolon or in brackets
    ('Privacy Policy\n\nWe stopped selling personal information in 2022.', 'sold',
     ['They say they do not sell your data']),
    ('Privacy Policy\n\nWe used to sell customer data to marketers, but we do not do that anymore.', 'sold',
     ['They say they do not sell your data to marketers']),
    ('Privacy Policy\n\nWe will stop selling your data if you ask.', 'sold',
     ['They sell your data']),
    ('Privacy Policy\n\nWhat we collect\n\nOur vehicles do not have an in-cabin camera.', 'collected',
     ['They say they do not collect camera (photos, recordings or contacts).']),
    ('Privacy Policy\n\nWhat we collect\n\nOur app has no access to your photos.', 'collected',
     ['They say they do not collect photos, recordings or contacts.']),
    ('Privacy Policy\n\nYour name, email and phone number; your PPS number is never requested.', 'collected',
     ['They say they do not collect government ID (ID numbers).']),
    # a list of what is collected, with a denial in brackets after it
    ('Privacy Policy\n\nInformation we collect\n\nName, email address and phone number (we never ask for your Social Security number).', 'collected',
     ['Contact details', 'They say they do not collect government ID (ID numbers)']),
    ('Privacy Policy\n\nWhat we collect\n\nWe record how you paid (for example card or cash), but we do not collect or store your full payment card number.', 'collected',
     ['They collect information, but do not say clearly what.']),
    # probe 100 A3 (session 20): a practice whose tool was taken away is no practice now
    ('We used to run Google Analytics on our marketing pages, but we removed it in January 2023.', 'sharing',
     ['They say they do not let other companies collect your data on their site']),
    ('We previously used Google Analytics on our website, but we have removed it.', 'purposes',
     []),
    ('We previously collected your phone number to verify accounts and we still keep it.', 'collected',
     ['Contact details']),
    # probe 104 A1/A2 (session 20): other companies kept from collecting children's data is no denial of collecting children's data; "directly" is kept
    ('We do not allow advertising networks to collect personal information from children on our services.', 'children',
     ['They talk about children']),
    ('We do not knowingly collect information directly from children. All camper information is provided by a parent or guardian.', 'children',
     ['They say they do not knowingly collect data directly from children']),
    # probe 106 A1/A3 (session 20): a camera used only as a flashlight takes no pictures; children under the age let in set no minimum age
    ('We need camera access only to turn on the torch.', 'collected',
     ['They collect information, but do not say clearly what.']),
    ('Kids under 13 are welcome to use the app.', 'children',
     ['They talk about children']),
    ('The app can be used by children under 13.', 'children',
     ['They talk about children']),
    # probes 104 (3) and 105 B (session 20): what is collected about a child is said (the practice stays an audience's, as OPP-115 reads it); 'To see, correct or delete …, visit' offers each right
    ("When a child registers, we collect the child's first name and age.", 'collected',
     ['Contact details', 'Demographics']),
    ('Children under 13 should not provide their name or email address.', 'collected',
     []),
    ('To see, correct or delete your information, visit your account page.', 'rights',
     ['See the data they hold about you', 'Correct or update your data', 'Ask them to delete your data']),
    # probes 103 A2/A4, 107 A6/A7 (session 20): reports made from de-identified data sold are no data sold; children kept from accounts of their own are no denial of children's data; limits on rights are no rights
    ('We do not sell member information. We may sell or license reports built from de-identified claims data to dental schools and research organizations; these reports do not identify you.', 'sold',
     ['They say they do not sell your data']),
    ('You may not be able to delete data from our backups.', 'rights',
     []),
    ('We do not currently offer a way to opt out of analytics.', 'rights',
     []),
    # probes 102 B5, 104 B7/B13, 105 B3/B14 (session 20): marketing sent unless you opt out; an age 'for students 13 and older'; reasonable administrative, technical and physical safeguards; export as CSV or download everything; purposes after a colon that name sellers
    ('We will send you marketing e-mails unless you opt out.', 'purposes',
     ['Marketing']),
    ('StudyLoop is intended for students 13 and older.', 'children',
     ['Minimum age: 13']),
    ('We use reasonable administrative, technical and physical safeguards.', 'security',
     ['Security measures (not described in detail)']),
    ('You can export all of your projects as CSV or JSON files from the Export page.', 'rights',
     ['Get a copy of your data to take elsewhere']),
    ('You can download a copy of everything you have stored with us at any time.', 'rights',
     ['Get a copy of your data to take elsewhere']),
    ('We use your information to run the marketplace: to process orders and pay sellers, to help buyers and sellers communicate, to detect fraud and counterfeit listings, to personalize search results and recommendations, and to show you ads.', 'purposes',
     ['Running the service', 'Personalizing what you see', 'Advertising', 'Security and keeping the service working']),
    # session 20 review: a children's sentence that says what happens if data comes in, or names an age limit, says nothing collected
    ('If we become aware that we have inadvertently received personally identifiable information from a user under the age of 13, we will delete such information from our records.', 'collected',
     []),
    ('We urge children to check with their parents before entering information on any web site.', 'collected',
     []),
    # seed 002 (session 20 review): the company's own right to transfer data is no reader's right; it shares
    ("3.4. The Company has the right to transfer the User's personal information to the third parties in the following cases:", 'sharing',
     ['Third parties']),
    ('You have the right to ask us to stop using your data for marketing.', 'rights',
     ['Say no to some uses (opt out)']),
    # probes 114-119 (twenty-first session): misses and reversals mended
    ('If you enter a contest or respond to a survey, we collect your answers.', 'collected',
     ['Survey answers', 'How they get it: from you']),
    ('We record what you buy in our stores and how much you pay.', 'collected',
     ['Payment and financial data']),
    ('If another company buys us, your data will move to the new owner.', 'sharing',
     ['Business buyers']),
    ('An analytics company receives a shortened IP address and the pages you viewed on our website.', 'sharing',
     ['Analytics providers']),
    ('As a bank, we may need to share information with regulators.', 'sharing',
     ['Authorities']),
    ('We share our mailing list with other shops. You can ask us to take you off that list.', 'sharing',
     ['Other businesses']),
    ('We share our mailing list with other shops. You can ask us to take you off that list.', 'rights',
     ['Say no to some uses (opt out)']),
    ('Print subscribers can ask us to remove them from list rentals.', 'rights',
     ['Say no to some uses (opt out)']),
    ('We sell your travel history to tourism boards.', 'sold',
     ['They sell your data']),
    ('We do not offer a way to delete your account.', 'rights',
     []),
    ('California residents under 18 may ask us to remove content they posted.', 'children',
     ['They talk about children']),
    ('We send emails about new courses and discounts.', 'purposes',
     ['Marketing']),
    # companies named in brackets after their kind
    ("Who we share your data with\n\n- our shipping partners (PostNord and DHL), who receive your name, delivery "
     "address and phone number;\n", "sharing", ["Service providers"]),
    ("We share data with Google and with our payment processors (Stripe).", "sharing", ["Google", "Payment processors"]),
    # an open-source app's and a habit tracker's purposes and data
    ("We use them only to count how many installations are active on each version.", "purposes",
     ["Analytics and research"]),
    ("We use your email address only to send a thank-you note and, if you ask for it, a receipt.", "purposes",
     ["Running the service"]),
    ("We use this data to decide what to work on and to find unstable releases.", "purposes",
     ["Analytics and research", "Security and keeping the service working"]),
    ("Once a day, the app sends the app version and your operating system version to our server to check for "
     "updates.", "collected", ["Device and browser details"]),
    ("Our update server also sees your IP address.", "collected", ["IP address and device IDs"]),
    ("The habits you create, your check-ins and any notes you add are stored in your account so they can sync "
     "between your devices.", "collected", ["What you do on the site or app"]),
    ("We use encryption, firewalls, access controls and staff training to protect your personal data.", "security",
     ["Secure storage", "Only some staff can see your data", "Encryption", "Other security measures"]),
]


def test_a_location_said_without_its_precision_is_not_called_precise():
    from summarizer import label_text

    def detail(text: str) -> list[tuple[str, str]]:
        return [(i.text, i.detail) for i in label_text(text).answer("collected").items]

    assert detail("We collect your location.") == [("Location", "")]
    assert detail("We collect your geolocation.") == [("Location", "")]
    assert detail("We collect your precise geolocation and your location.") == [("Location", "precise location")]


def test_a_law_named_by_its_adjective_is_the_governing_law():
    from summarizer import label_text

    assert label_text("Alpenpost is subject only to Swiss law.\n\nWe collect your email address.\n"
                      ).governing_law == "Swiss law"


def test_a_company_name_with_umlauts_and_a_status_date_are_read():
    from summarizer import label_text

    lab = label_text("Privacy Notice\nStatus: 15 January 2025\n\nThe controller is:\nGrünwald Haushaltswaren GmbH\n"
                     "Lindenstraße 14, 80331 Munich\n\nWe collect your email address.\n")
    assert (lab.organization, lab.last_updated) == ("Grünwald Haushaltswaren GmbH", "15 January 2025")
    assert label_text('Kazehana Interactive Co., Ltd. ("Kazehana", "we") respects your privacy.\n\n'
                      "We collect your email address.\n").organization == "Kazehana Interactive Co., Ltd"
    assert label_text("Adopted by the Board of Directors: September 10, 2024\n\nWe collect your email address.\n"
                      ).last_updated == "September 10, 2024"
    lab = label_text("Last update: 17 February 2025\n\nAcme Online Ltda. is the controller of your personal data.\n\n"
                     "We collect your email address.\n")
    assert (lab.organization, lab.last_updated) == ("Acme Online Ltda", "17 February 2025")
    assert label_text("Hearthstone Children's Trust is a registered charity in England and Wales.\n\n"
                      "We collect your email address.\n").organization == "Hearthstone Children's Trust"
    # company forms and revision marks syntok does not know as abbreviations end no sentence
    lab = label_text('Nimbus Cloud Services Pte. Ltd. ("Nimbus", "we") respects your privacy. We collect your '
                     "email address.\n")
    assert lab.organization == "Nimbus Cloud Services Pte. Ltd"
    assert [s.text for s in lab.document.sentences][0].endswith("respects your privacy.")
    assert label_text("Privacy Policy\nRev. 01/2026\n\nWe collect your email address.\n").last_updated == "01/2026"
    assert label_text("Example Privacy Notice\nDate of this notice: 8 August 2024\n\nWe collect your name.\n"
                      ).last_updated == "8 August 2024"
    club = label_text('Riverside Rovers Youth Football Club ("the Club") is a community football club. The Club collects '
                      "your name. Player records are kept while the player is registered and for 2 years after they "
                      "leave the Club.\n")
    assert club.answer("retention").items[0].detail.endswith("after they leave the Club")
    assert label_text('It is provided by ClearTone Hearing ApS, Strandvejen 70, 2900 Hellerup, Denmark ("ClearTone", '
                      '"we"). We collect your email address.\n').organization == "ClearTone Hearing ApS"
    # the date it was last updated, not the date it took effect; of several updates, the latest
    assert label_text("Privacy Policy\n\nEffective date: March 3, 2025\nLast updated: February 14, 2025\n\nWe collect "
                      "your email address.\n").last_updated == "February 14, 2025"
    assert label_text("Privacy Policy\n\nEffective as of June 1, 2024. This version was last updated on May 20, 2024."
                      "\n\nWe collect your email address.\n").last_updated == "May 20, 2024"
    assert label_text("Privacy Policy\n\nWe collect your email address.\n\nEffective Date: October 1, 2004\nUpdated: "
                      "April 25, 2008\nLast Updated: January 27, 2015\n").last_updated == "January 27, 2015"
    assert label_text("Privacy Policy\nEffective date: 1 July 2023\n\nWe collect your email address.\n"
                      ).last_updated == "1 July 2023"
    assert label_text("Privacy Policy\n\nRevision date: 2024/06/20\n\nWe collect your e-mail address.\n"
                      ).last_updated == "2024/06/20"


@pytest.mark.parametrize("text, key, expected", PROBE_ANSWERS)
def test_probe_policy_sentences_give_their_answers(text, key, expected):
    assert _answer_items(text, key) == expected


@pytest.mark.parametrize("text, expected", [
    ("We only share your details with advertisers if you say yes first.", [("Advertisers", "if you say yes first")]),
    ("If you accept marketing cookies, advertising platforms such as Meta and Google receive information about "
     "your visits and orders to measure our campaigns.",
     [("Google", "if you accept marketing cookies"), ("Facebook", "if you accept marketing cookies")]),
    # the condition is the clause's own: not the service providers'
    ("We share your data with service providers, and if you agree, with advertisers.",
     [("Service providers", ""), ("Advertisers", "if you agree")]),
    ("With your consent, we share your name with advertisers.", [("Advertisers", "with your consent")]),
    # the way out of what is done anyway is no condition
    ("We share your data with advertisers. If you do not agree, do not use the site.", [("Advertisers", "")]),
    ("We share your details with the hotel only when you ask us.", [("Travel companies", "only when you ask us")]),
    ("We only share your information with an insurance company if you explicitly authorise it in the app.",
     [("Insurers", "if you explicitly authorise it in the app")]),
    # cut at its length limit on a whole word, not on "in the"
    ("We share your readings with doctors and hospitals only if you choose to connect your clinic in the app "
     "and agree to it.", [("Doctors and hospitals", "only if you choose to connect your clinic in the app")]),
    # what the reader makes public (probe 45)
    ("Your workouts are private by default; if you make a workout public, other users can see the route and stats.",
     [("Other users", "if you make a workout public")]),
    ("Other users can see your workouts only if you make them public.", [("Other users", "only if you make them public")]),
])
def test_sharing_the_reader_must_agree_to_first_says_so(text, expected):
    assert _answer_details(text, "sharing") == expected


@pytest.mark.parametrize("text, expected", [
    ("We don't track your location when you're not recording a workout.",
     [("They say they do not collect location.", "when you're not recording a workout")]),
    ("We don't collect your location when the app is closed.",
     [("They say they do not collect location.", "when the app is closed")]),
    ("We don't collect your location, except when you use the map.",
     [("They say they do not collect location.", "except when you use the map")]),
    ("We do not collect your location.", [("They say they do not collect location.", "")]),
    ("We collect your email address. We don't collect your location when the app is closed.",
     [("Contact details", "email address"), ("They say they do not collect location", "when the app is closed")]),
    # one flat denial beside the narrow one: a flat no
    ("We don't collect your location when the app is closed. We never collect your location.",
     [("They say they do not collect location.", "")]),
])
def test_a_denial_of_collecting_keeps_what_narrows_it(text, expected):
    assert _answer_details(text, "collected") == expected


def test_rights_given_as_labelled_bullets_of_a_rights_section():
    md = ("## Your controls and rights\n\n"
          "- **Export:** download your conversations from Settings > Data Controls > Export.\n"
          "- **Delete:** delete individual chats, all chats, or your whole account.\n"
          "- **Access and correction:** request a copy of your personal data or correct it.\n")
    assert _answer_items(md, "rights", "markdown") == [
        "See the data they hold about you", "Correct or update your data", "Get a copy of your data to take elsewhere",
        "Ask them to delete your data"]
    # the same lines outside such a section say nothing of rights
    assert _answer_items(md.replace("Your controls and rights", "Chats"), "rights", "markdown") == [
        "Get a copy of your data to take elsewhere"]


@pytest.mark.parametrize("text, expected", [
    # a time without use, not the time data is kept
    ("If you have not placed an order for 3 years, we will close your account and delete your profile.",
     [("For a set time", "account details: if you have not placed an order for 3 years")]),
    ("Accounts that nobody has used for three years are deleted.", [("For a set time", "after three years without use")]),
    ("We delete accounts after 3 years of inactivity.", [("For a set time", "after 3 years of inactivity")]),
    # a time counted from an open end, said with it
    ("Driver background check reports are kept for as long as you drive with Zoomly, plus 3 years.",
     [("For a set time", "driver background check reports: for as long as you drive with Zoomly, plus 3 years")]),
    ("Account information: until you delete your account, plus up to 90 days for backups to roll over.",
     [("For a set time", "account details: until you delete your account, plus up to 90 days")]),
    # ... and said once, where the open end says it
    ("We keep your data for as long as your account is open and for 2 years afterwards.",
     [("Only as long as needed", "for as long as your account is open and for 2 years afterwards")]),
    # two sentences, two periods
    ("We keep your data while you are a customer. Logs are kept for 90 days.",
     [("For a set time", "logs: for 90 days"), ("Only as long as needed", "while you are a customer")]),
])
def test_a_retention_period_says_what_it_is_counted_from(text, expected):
    assert _answer_details(text, "retention") == expected


@pytest.mark.parametrize("text, expected", [
    ("California, Virginia and Colorado residents may ask to know what personal information we hold, ask us to "
     "delete it, or ask us to correct inaccurate information.",
     [("See the data they hold about you", "for California, Virginia and Colorado residents"),
      ("Correct or update your data", "for California, Virginia and Colorado residents"),
      ("Ask them to delete your data", "for California, Virginia and Colorado residents")]),
    ("If you live in California, you can ask us to delete your data.",
     [("Ask them to delete your data", "if you live in California")]),
    ("If you are in the EEA or UK, you can also object to our processing.",
     [("Object to how they use your data", "if you are in the EEA or UK")]),
    ("Residents of certain US states may ask us to delete their data.",
     [("Ask them to delete your data", "for residents of certain US states")]),
    # limited differently in two places
    ("If you live in California, you can ask us to delete your data. EU residents can ask us to delete their data.",
     [("Ask them to delete your data", "depending on where you live")]),
    # (the sentence after an e-mail address is its own: its residents are not the first sentence's)
    ("To delete your data, email privacy@hearthfinder.example. California residents may also ask us to correct it.",
     [("Correct or update your data", "for California residents"), ("Ask them to delete your data", "")]),
    # given to everyone in one place: everyone has it
    ("You can ask us to delete your data. If you live in California, you can also ask us to delete it.",
     [("Ask them to delete your data", "")]),
    # had from some point on, as the sentence opens (a wish is no such point)
    ("Once you enroll, you have the right to inspect your admissions file and request corrections.",
     [("See the data they hold about you", "once you enroll"), ("Correct or update your data", "once you enroll")]),
    ("After you sign in, you can view and update your information. If you live in California, you may ask us "
     "to delete your data.",
     [("See the data they hold about you", "after you sign in"), ("Correct or update your data", "after you sign in"),
      ("Ask them to delete your data", "if you live in California")]),
    ("If you would like to correct your information, you can email us.",
     [("Correct or update your data", "")]),
])
def test_a_right_only_some_readers_have_says_whose_it_is(text, expected):
    assert _answer_details(text, "rights") == expected


@pytest.mark.parametrize("text, expected", [
    ("Riders must be at least 18. Teens aged 13 to 17 may ride only through a Zoomly Family account set up by a "
     "parent, who is responsible for the teen's account.", [("Minimum age: 18", "younger users through a parent")]),
    ("Vaultkeep is not intended for children under 16. Parents can use a Family plan to create accounts for their "
     "children, and in that case the parent manages the child's account.",
     [("Minimum age: 16", "younger users through a parent")]),
    ("You must be 18 or older to use the app.", [("Minimum age: 18", "")]),
])
def test_a_minimum_age_says_when_younger_users_come_through_a_parent(text, expected):
    assert _answer_details(text, "children") == expected


def test_a_sale_denial_narrowed_to_now_says_a_later_sale_is_open():
    from summarizer import label_text

    for text in ("We do not currently sell personal information, but we may do so in the future.",
                 "Right now we don't sell your data, though that could change later."):
        assert [(i.text, i.detail) for i in label_text(text).answer("sold").items] == [
            ("They say they do not sell your data now", "but they may in the future")]
    assert [(i.text, i.detail) for i in label_text("We do not sell your personal information.").answer("sold").items] == [
        ("They say they do not sell your data", "")]


def test_a_sharing_denial_keeps_an_exception_before_it_and_one_after_it():
    from summarizer import label_text

    items = label_text("Apart from Paddle, we do not share your information with third parties, except if a court "
                       "orders us to.").answer("sharing").items
    assert [(i.text, i.detail) for i in items] == [
        ("They say they do not share your data with others", "apart from Paddle; except if a court orders us to")]


def test_a_period_in_compound_number_words_is_whole():
    from summarizer import label_text

    for text, said in (("We keep claims records for twenty-four (24) months.", "for twenty-four (24) months"),
                       ("Logs are deleted after forty-five days.", "after forty-five days")):
        items = label_text(text).answer("retention").items
        assert [i.text for i in items] == ["For a set time"] and items[0].detail.endswith(said)


def test_data_collected_only_once_the_reader_agrees_says_so():
    from summarizer import label_text

    items = label_text("We collect your location only if you switch on Airport Mode.").answer("collected").items
    assert [(i.text, i.detail) for i in items] == [("Location", "only if you switch on Airport Mode")]
    # a condition on some of the kind only is no condition on the kind
    items = label_text("We use strictly necessary cookies and, only if you accept them in our cookie banner, analytics "
                       "cookies.").answer("collected").items
    assert items[0].text == "Cookies and trackers" and "accept" not in items[0].detail
    # (but it is the condition of the words it is said of)
    items = label_text("We collect your IP address and an advertising identifier (only if you allow tracking on "
                       "iOS).").answer("collected").items
    assert (items[0].text, items[0].detail) == ("IP address and device IDs",
                                                "IP address; device ID only if you allow tracking on iOS")
    # when data is given ("if you choose to subscribe") is no asking first: the case is said as the
    # policy says it, not as the reader's consent
    items = label_text("If you choose to subscribe, we collect your email address.").answer("collected").items
    assert [(i.text, i.detail) for i in items][0] == ("Contact details", "email address; if you choose to subscribe")


def test_a_choice_in_a_trailing_aside_leaves_the_practice_standing():
    md = ("## How we use your information\n\n- To send you special offers, which you can unsubscribe from.\n"
          "- To provide customer support.\n")
    assert "Marketing" in _answer_items(md, "purposes", "markdown")
    text = ("On our marketing pages we use advertising cookies from Google and Microsoft to show ads for our service "
            "on other websites; you can turn these off in Cookie Preferences.")
    assert _answer_items(text, "sharing") == ["Google", "Other named companies"]
    assert _answer_items(text, "rights") == ["Change your choices in their settings or your account"]


def test_retention_lists_and_tables_under_retention_or_recipient_headings():
    text = ("How long it is kept\n\nOur defaults are:\n- Payroll and tax records: 6 years.\n"
            "- Timesheets and absence records: 3 years.\n")
    assert _answer_items(text, "retention") == ["For a set time"]
    md = ("# Privacy Policy\n\nWe collect your email address.\n\n## Keeping and deleting\n\n| Data | How long |\n"
          "|---|---|\n| IP addresses | 12 months |\n| Moderation records | 3 years |\n")
    assert _answer_items(md, "retention", "markdown") == ["For a set time"]
    md = ("# Privacy Policy\n\nWe collect your email address.\n\n## Recipients\n\n| Who | What they get | Why |\n"
          "|---|---|---|\n| Cloud provider (Amazon Web Services) | All app data | Hosting |\n")
    assert "Other named companies" in _answer_items(md, "sharing", "markdown")


def test_a_denial_to_the_police_without_a_warrant_says_its_condition_first():
    from summarizer import label_text

    item = label_text("4.6 We will not disclose your information to law enforcement without a court order, warrant "
                      "or subpoena, except in an emergency involving imminent danger.\n").answer("sharing").items[0]
    assert item.detail == "without a court order, warrant or subpoena, except in an emergency involving imminent danger"


def test_words_hyphenated_across_line_breaks_are_read_whole():
    from summarizer import label_text

    lab = label_text("Privacy Policy\n\nCCTV footage is automatically overwrit-\nten after 30 days unless it is needed.\n"
                     "\nWe do not knowin-\ngly collect personal information from children under 13.\n\nHealth questi-\n"
                     "onnaire answers are deleted after 12 months.\n")
    assert [i.negated for i in lab.answer("children").items] == [True]
    # (with the exception the period's sentence makes)
    assert lab.answer("retention").items[0].detail == (
        "CCTV footage: after 30 days, unless it is needed; health questionnaire answers: after 12 months")
    # the quotes keep the policy's own text
    assert any("overwrit-\nten" in e.text for f in lab.findings for e in f.evidence)
    # (a compound broken at its hyphen keeps it: "third-\nparty")
    from summarizer.extract import dehyphenated
    assert dehyphenated("with third-\nparty advertisers") == "with third-\nparty advertisers"


def test_a_faq_answer_reads_its_question():
    from summarizer import label_text

    faq = ("Privacy FAQ\n\nDo you sell my data?\n\nNo.\n\nDo you share my data with advertisers?\n\nNo, never.\n\n"
           "How long do you keep my searches?\n\nSix months.\n\nCan I delete my account?\n\nYes. Go to Settings.\n\n"
           "Do you respond to Do Not Track?\n\nNo.\n")
    lab = label_text(faq)
    assert [(i.text, i.negated) for i in lab.answer("sold").items] == [("They say they do not sell your data", True)]
    assert lab.answer("dnt").items[0].negated
    assert lab.answer("retention").items[0].detail == "Six months"
    assert "Delete your account" in [i.text for i in lab.answer("rights").items]
    # the question is quoted with its answer
    sold = [f for f in lab.findings if f.facts.get("sold") is False][0]
    assert [e.text for e in sold.evidence] == ["Do you sell my data?", "No."]
    from summarizer.extract import _as_statement

    assert _as_statement("Can children use Tripwise?", negative=True) == "children cannot use Tripwise"
    assert _as_statement("Can I delete my account?", negative=True) == "you cannot delete your account"
    # "Yes." to a question in the first person plural
    assert [i.text for i in label_text("Do we use cookies?\n\nYes.\n").answer("collected").items] == [
        "Cookies and trackers"]


def test_a_table_column_that_asks_is_answered_by_its_cell():
    from summarizer import label_text

    html = ("<html><body><h1>Notice at Collection</h1><table><tr><th>Category</th><th>Examples</th>"
            "<th>Sold or shared?</th></tr><tr><td>Identifiers</td><td>Name, email address</td><td>Not sold.</td></tr>"
            "</table></body></html>")
    assert [i.negated for i in label_text(html, fmt="html").answer("sold").items] == [True]
    html = html.replace("Not sold.", "Yes, to advertising partners.")
    assert [i.negated for i in label_text(html, fmt="html").answer("sold").items] == [False]
    # a denial in one sentence of a cell denies what that sentence names, not the whole row
    html = ("<html><body><h1>Notice at Collection</h1><table><tr><th>Category</th><th>Examples</th><th>Sources</th>"
            "</tr><tr><td>Identifiers</td><td>Name, IP address</td><td>You; your device</td></tr><tr><td>Geolocation "
            "data</td><td>Approximate location derived from your IP address. We do not collect precise geolocation."
            "</td><td>Your device</td></tr></table></body></html>")
    items = [i.text for i in label_text(html, fmt="html").answer("collected").items]
    assert "IP address and device IDs" in items and not any("IP address" in t for t in items if t.startswith("They say"))


def test_retention_said_as_a_relationship_a_floor_or_shredding():
    from summarizer import label_text

    def retention(text: str) -> list[tuple[str, str]]:
        return [(i.text, i.detail) for i in label_text(text, fmt="text").answer("retention").items]

    assert retention("We keep your account records for the life of our relationship with you.") == [
        ("Only as long as needed", "for the life of our relationship with you")]
    assert retention("Your claim file is kept for the duration of your policy.") == [
        ("Only as long as needed", "your claim file: for the duration of your policy")]
    # a floor is not a ceiling: "not less than three years" is said as the policy says it
    assert retention("We retain transaction records for not less than three years.")[0][1].endswith(
        "not less than three years")
    assert retention("We keep your data for a minimum of 5 years.") == [("For a set time", "for a minimum of 5 years")]
    assert retention("Paper application forms are shredded after 90 days.") == [("For a set time", "after 90 days")]
    # a relationship's length and a set time after it is a set time, said whole
    assert retention("Copies of right-to-work documents are kept for the duration of your employment and for 2 years "
                     "afterwards.") == [("For a set time", "copies of right-to-work documents: for the duration of "
                                                           "your employment and for 2 years afterwards")]
    assert retention("Retention\n\nLoyalty data is kept for the duration of membership + 2 years.") == [
        ("For a set time", "loyalty data: for the duration of membership + 2 years")]
    assert retention("Account records are kept for the life of your account plus 7 years.") == [
        ("For a set time", "account records: for the life of your account plus 7 years")]


def test_a_minimum_age_above_the_childrens_denial_is_said_too():
    text = ("You must be at least 18 years old to use the service. We do not knowingly collect information from "
            "children under 13.")
    assert _answer_items(text, "children") == [
        "Minimum age: 18", "They say they do not knowingly collect data from children under 13"]


def test_cycle_tracking_data_is_health_data_and_tax_offices_are_authorities():
    assert _answer_items("We collect your menstrual cycle dates, symptoms and pregnancy test results.",
                         "collected") == ["Health data"]
    assert _answer_items("Your payroll data is sent to HM Revenue & Customs.", "sharing") == ["Authorities"]


def test_data_a_service_needs_and_an_upper_age_for_children():
    text = "We need the following information:\n\n- your email address and your name;\n- the IP address you sign in from.\n"
    assert _answer_items(text, "collected")[0] == "Contact details"
    assert _answer_items("The app is not intended for children over 12.", "children") == ["They talk about children"]


@pytest.mark.parametrize("text, key, expected", [
    # a use the reader must ask for or agree to first (probe 37): the condition is the use's own,
    # in the clause that names it
    ("We use your email address to send you account and billing messages and, if you ask for it, our monthly "
     "newsletter.", "purposes", [("Running the service", ""), ("Marketing", "if you ask for it")]),
    ("We send you news about our offers by email, but only if you ask us to.", "purposes",
     [("Marketing", "only if you ask us")]),
    ("We will send you marketing emails only if you have opted in.", "purposes",
     [("Marketing", "only if you have opted in")]),
    # younger users through a school (probe 44)
    ("MeetMesh is not intended for children under 16 except through an education account set up by a school.",
     "children", [("Minimum age: 16", "younger users through a school")]),
    # a right for the people of a place, said as the policy says it (probe 46)
    ("In Washington, under the My Health My Data Act, you may ask us to delete consumer health data.", "rights",
     [("Ask them to delete your data", "in Washington")]),
    ("If you live in California, Colorado, Connecticut or Virginia, you may ask us to delete your data.", "rights",
     [("Ask them to delete your data", "if you live in California, Colorado, Connecticut or Virginia")]),
    ("If you live in the EU or UK, the GDPR gives you the right to access your data.", "rights",
     [("See the data they hold about you", "if you live in the EU or UK")]),
    ("People in California can turn off targeted ads on our Your Privacy Choices page.", "rights",
     [("Opt out with a link (for example at the bottom of emails)", "for people in California")]),
    # collection only for those who switch it on (probe 46)
    ("We collect precise geolocation, but only for customers who enable location sharing in the field-service app.",
     "collected", [("Location", "precise location; only for customers who enable location sharing in the "
                                "field-service app")]),
    # rights for some applicants only, a use only with a separate consent (probes 48/49)
    ("Applicants in the European Union or United Kingdom may request access to, correction of, or deletion of their "
     "personal data by emailing privacy@lakemont.edu.", "rights",
     [("See the data they hold about you", "for applicants in the European Union or United Kingdom"),
      ("Correct or update your data", "for applicants in the European Union or United Kingdom"),
      ("Ask them to delete your data", "for applicants in the European Union or United Kingdom")]),
    ("These data are used for the remote diagnosis and, only with your separate consent, for the improvement of our "
     "products.", "purposes", [("Analytics and research", "only with your separate consent")]),
    ("Our website is not intended for use by anyone under 18 without a parent.", "children",
     [("Minimum age: 18", "younger users through a parent")]),
    # a direct notice only for some changes (probe 48)
    ("The updated version will be posted in the app with a new effective date. If the changes are significant we "
     "will also send you an email.", "changes", [("They post the new version of the policy", ""),
                                                 ("They tell you directly (for example by email)",
                                                  "for significant changes")]),
    # what a sharing denial leaves open, beside other sharing (probe 51); not a pointer to the list
    ("4.1 We may disclose Personal Information to credit reference agencies and fraud prevention agencies. 4.2.2 We do "
     "not share Personal Information with third parties for their own marketing, save that, where you have expressly "
     "consented, we may share your contact details with our partner Harbour Breakdown Cover Ltd.", "sharing",
     [("Credit and fraud prevention agencies", ""),
      ("They say they do not share your data for other companies' own marketing",
       "save that, where you have expressly consented, we may share your contact details with our partner Harbour "
       "Breakdown Cover Ltd")]),
    ("We share your data with our service providers. We will not share your personal information with third parties, "
     "except as set forth in the following paragraphs.", "sharing",
     [("Service providers", ""), ("They rule out some sharing", "")]),
    # a permission the reader grants (probe 50)
    ("We collect your precise GPS location at the time of a transaction, only if you grant the location permission.",
     "collected", [("Location", "precise location; only if you grant the location permission")]),
    # conditions someone switches on (probe 53)
    ("We share hashed listener identifiers with measurement partners such as Podtrac only when the creator enables a "
     "third-party measurement prefix on their show.", "sharing",
     [("Analytics providers", "only when the creator enables a third-party measurement prefix")]),
    ("WHAT WE COLLECT\n\nLocation: the GuardLine app uses your phone's location to arm the system automatically when "
     "you leave home (geofencing), only if you turn this feature on.", "collected",
     [("Location", "precise location; only if you turn this feature on"), ("How they get it: automatically", "")]),
    # the whole verb of a condition (probe 52: it had read "only if you have tick")
    ("We send you marketing emails only if you have ticked the box at checkout.", "purposes",
     [("Marketing", "only if you have ticked the box at checkout")]),
    # a retention period's case and exception (probes 49/52)
    ("Voice recordings are deleted once they have been converted to text, unless you have chosen to help improve "
     "voice recognition, in which case we keep them for up to two years.", "retention",
     [("For a set time", "voice recordings: up to two years if you have chosen to help improve voice recognition")]),
    ("Plate reads and photos of vehicles that were not our customers are deleted after 30 days, unless an unpaid fee "
     "is outstanding.", "retention", [("For a set time", "photos: after 30 days, unless an unpaid fee is outstanding")]),
    # a sharing denial for marketing only, until the reader agrees, beside other sharing (probe 55)
    ("We share your return with the IRS when you tell us to file it. We will not disclose your tax return information "
     "to third parties for marketing purposes unless you give us your express consent.", "sharing",
     [("Authorities", ""), ("They say they do not share your data for marketing without your consent", "")]),
    # a retention period after an "if" that leads the sentence, and a denial's circumstance (probes 48/49)
    ("If you switch Face Grouping on, we create facial geometry templates from your photos. If you turn Face Grouping "
     "off, we delete all face templates within 30 days.", "retention",
     [("For a set time", "biometric data: within 30 days if you turn Face Grouping off")]),
    ("While a ride is in progress the app reports your GPS location every five seconds. When no ride is in progress, "
     "we do not track your location.", "collected",
     [("They say they do not collect location.", "when no ride is in progress")]),
    # a denial's exception that names an account (probe 44)
    ("We do not knowingly collect personal information from children under 16 outside an education account.",
     "children", [("They say they do not knowingly collect data from children under 16, outside an education account",
                   "")]),
])
def test_conditions_and_exceptions_of_uses_and_children_are_said(text, key, expected):
    assert _answer_details(text, key) == expected


def test_data_outside_the_region_is_no_exception_to_a_transfer_denial():
    from summarizer import label_text

    items = label_text("We do not transfer your data outside the EEA.").answer("transfers").items
    assert [(i.text, i.detail) for i in items][0] == ("They say your data stays in the EEA", "")


def test_a_parents_ok_to_email_kids_is_no_way_for_kids_to_use_the_service():
    from summarizer import label_text

    lab = label_text("You must be 18 or older to open an account. Do not use our tool to email kids under 16 "
                     "without a parent's OK.")
    assert all("through a parent" not in i.detail for i in lab.answer("children").items)


# Conditions, exceptions and scopes the probes of 56-61 found dropped: each is said beside its line.
PROBE_DETAILS_56 = [
    # a transfer denial as narrow as the data it names (probe 118)
    ('We do not transfer your health information outside the UK.', 'transfers',
     [('They say your health information stays in the UK', '')]),
    # probes 121-122 (twenty-first session): reversals mended
    ('We share data with service providers, including our genotyping laboratory and our payment processor. We will not share your genetic data with employers or insurance companies without your explicit consent. We will not provide your genetic data to law enforcement unless we are compelled by a valid court order.', 'sharing',
     [('Service providers', ''), ('Payment processors', ''), ('Labs', ''), ('They say they do not share your health data with insurers, and employers and recruiters without your consent', ''), ('They say they do not share your health data with authorities', 'unless we are compelled by a valid court order')]),
    ('We share your de-identified genetic data with academic research partners only if you give us separate consent.', 'sharing',
     [('Partners', 'only if you give us separate consent')]),
    ('Only if you give separate, express consent will your de-identified genetic and survey data be used in our research or shared with academic research partners.', 'sharing',
     [('Partners', 'only if you give separate, express consent')]),
    ('Our website does not use tracking cookies, so Do Not Track makes no difference.', 'dnt',
     [('They say they do not track you, so Do Not Track signals change nothing', '')]),
    ("We respect Do Not Track and Global Privacy Control signals, although because we don't track anyone, they make no difference to how our service works.", 'dnt',
     [('They say they do not track you, so Do Not Track signals change nothing', ''), ('They honor Global Privacy Control (GPC), a browser setting that asks sites not to sell or share your data', '')]),
    ('No data is sent to third parties.', 'sharing',
     [('They say they do not share your data with others', '')]),
    # probes 120-125 (twenty-first session): conditions and denials kept
    ('We have deals with partner shops, but we only pass your details to a partner if you ask us to.', 'sharing',
     [('Partners', 'if you ask us')]),
    ('A parent must create the account for any student below 18 years of age.', 'children',
     [('They talk about children', '')]),
    ('Our website does not use tracking cookies, and it honours Do Not Track.', 'dnt',
     [('They say they honor Do Not Track signals', '')]),
    ('We do not collect any information from a child until a parent has created an account and given verifiable consent.', 'children',
     [("They say they do not collect data from children without a parent's consent", '')]),
    ('If the company or its stores are sold, customer information will go to the buyer.', 'sold',
     []),
    ('You can opt out of this sharing by checking the box on our form.', 'rights',
     [('Say no to some uses (opt out)', '')]),
    ('To sell, you give us your Social Security number. We do not sell your personal information.', 'sold',
     [('They say they do not sell your data', '')]),
    ('# Information we collect\n\nWe receive a token, the card brand and the last four digits, but never the full card number.', 'collected',
     [('Payment and financial data', 'card details')]),
    ('We do not sell or rent your personal data to third parties, and we do not share it with third parties for their own marketing purposes unless you have explicitly opted in.', 'sold',
     [('They say they do not sell your data', '')]),
    ('We do not sell your personal information, and we will never do so without your consent.', 'sold',
     [('They say they do not sell your data without your consent', '')]),
    ('We delete guest passport data 30 days after check-out.', 'retention',
     [('For a set time', 'government ID: 30 days after check-out')]),
    ('We use your data to detect fraud and keep the marketplace safe.', 'purposes',
     [('Security and keeping the service working', '')]),
    ('# What we collect\n\nWe do not log IP addresses by default.', 'collected',
     [('They say they do not collect IP address and device IDs.', '')]),
    ('We disclose your personal data to the Ministry of Manpower.', 'sharing',
     [('Authorities', '')]),
    ("We never use learners' quiz answers or assignments to target advertising.", 'purposes',
     [('They say they do not use schoolwork and grades for advertising', '')]),
    ('We share your first name and pickup location with your driver.', 'sharing',
     [('Other users', '')]),
    # probes 114-119 (twenty-first session), second round
    ('You can access, correct, download (export) and delete your data in Settings.', 'rights',
     [('See the data they hold about you', ''), ('Correct or update your data', ''), ('Get a copy of your data to take elsewhere', ''), ('Ask them to delete your data', '')]),
    ('When we change this policy, we will send you a push notification.', 'changes',
     [('They tell you directly (in the app)', '')]),
    ('If we make changes that reduce your privacy, we will email you first.', 'changes',
     [('They tell you directly (for example by email)', 'for changes that reduce your privacy')]),
    ('Your data may be sent to the United Kingdom.', 'transfers',
     [('Your data may be sent to or stored in the United Kingdom', '')]),
    ('We only share anonymous, combined statistics with advertisers, never anything that identifies you.', 'sharing',
     [('Advertisers', 'only anonymous or aggregated data')]),
    ('To close your account, contact us. We will deactivate it but keep your order history.', 'rights',
     [('Close your account', 'closing it does not delete your data')]),
    ('If we sell a store or part of our business, we may pass your information to the buyer.', 'sold',
     []),
    ("We don't use your data to train AI models.", 'purposes',
     [('They say they do not use it to train AI models', '')]),
    ('When you place a classified ad, we ask for your e-mail address.', 'purposes',
     []),
    ('We get your credit score from a credit bureau.', 'collected',
     [('Payment and financial data', 'credit information'), ('How they get it: from other companies', '')]),
    ("When a student signs up, we collect the student's name.", 'collected',
     [('Contact details', 'name')]),
    ("If you enter a contest, we give your name to the contest's sponsor.", 'sharing',
     [('Sponsors and exhibitors', '')]),
    ('If you check the box, we will share your name and e-mail address with colleges so they can send you information.', 'sharing',
     [('Colleges and universities', 'if you check the box')]),
    ('Our customer service calls may be recorded.', 'collected',
     [('Photos, recordings or contacts', 'call recordings')]),
    ('We use your information to provide and personalize our courses and to improve our practice questions.', 'purposes',
     [('Running the service', ''), ('Personalizing what you see', '')]),
    ('We keep a record of the jobs you look at and apply for, and use it to suggest other jobs.', 'collected',
     [('What you do on the site or app', 'pages and clicks')]),
    ("If you are under 18, you need a parent's permission to use the site. We do not knowingly collect information from children under 13.", 'children',
     [("Under 18 only with a parent's permission", ''), ('They say they do not knowingly collect data from children under 13', '')]),
    ('We do not share your videos with advertisers.', 'sharing',
     [('They say they do not share your content with advertisers', '')]),
    ('We use your email address to manage your subscription.', 'rights',
     []),
    ('Your scan history is kept on your device only. You can clear it at any time in the History tab. We do not collect it.', 'collected',
     [('They say they do not collect some data (see the quote).', '')]),
    # probes 114-119 (twenty-first session): conditions, scopes and cases kept
    ('We will not sell your personal information without your consent. We may rent our mailing list to other publishers.', 'sold',
     [('They may rent your data', ''), ('They say they do not sell your data without your consent', '')]),
    ('We do not sell your information to companies outside the travel industry.', 'sold',
     [('They say they do not sell your data to companies outside the travel industry', '')]),
    ('SecondShelf never sells, rents or trades its customer lists.', 'sold',
     [('They say they do not sell their customer lists', '')]),
    ('If you stay inactive for three years, we close your account and delete your data within 90 days.', 'retention',
     [('For a set time', 'within 90 days if you stay inactive for three years')]),
    ('An account becomes inactive after 24 months without sign-in, and we delete inactive accounts six months later.', 'retention',
     [('For a set time', 'after 24 months without sign-in; six months')]),
    ('Inactive job seeker profiles are deleted automatically after 24 months without a login; we will email you 30 days in advance.', 'retention',
     [('For a set time', 'inactive job seeker profiles: after 24 months without use')]),
    ('We delete inactive accounts after 24 months without a login.', 'retention',
     [('For a set time', 'after 24 months without use')]),
    ('If we ban your account for abuse, we keep your email address and phone number for 2 years to stop banned users from re-registering.', 'retention',
     [('For a set time', 'email address and phone number: for 2 years if we ban your account for abuse')]),
    ('We collect your precise location (GPS) when you allow it, to show people near you.', 'collected',
     [('Location', 'precise location; when you allow it')]),
    ('We collect your precise location only when you turn on Nearby Events. We use your location to show you events near you.', 'collected',
     [('Location', 'precise location; only when you turn on Nearby Events')]),
    ('When you purchase a subscription we collect your billing address and the last four digits of your payment card. Full card numbers are handled by our payment processor, Stripe, and never reach our servers.', 'collected',
     [('Contact details', 'postal address'), ('Payment and financial data', 'card details; full card number collected by another company for them'), ('How they get it: from you', '')]),
    ('If you upgrade to a paid plan, we collect your billing address and VAT number; card payments are handled by Braintree, a PayPal service, and we do not store card numbers on our servers.', 'collected',
     [('Contact details', 'postal address; if you upgrade to a paid plan')]),
    ('We do not record connection timestamps or session duration.', 'collected',
     [('They say they do not record connection timestamps or session duration.', '')]),
    ('We collect photos and your quiz scores.', 'collected',
     [('Photos, recordings or contacts', 'photos'), ('Schoolwork and grades', '')]),
    ("If you link your energy supplier account, we receive your household's electricity and gas consumption and tariff details from your supplier.", 'collected',
     [('Readings from devices or meters', 'if you link your energy supplier account')]),
    ('We never share health data with advertisers or data brokers. We will not share your data with law enforcement unless a court orders us to.', 'sharing',
     [('They say they do not share your health data with advertisers and data brokers', ''), ('They say they do not share your data with authorities', 'unless a court orders us to')]),
    ("The Company does not share subscribers' personal information with unaffiliated companies for their own marketing purposes without the subscriber's consent.", 'sharing',
     [("They say they do not share your data for other companies' own marketing without your consent", '')]),
    ('California residents under 18 may ask us to remove content they posted.', 'rights',
     [('Ask them to delete your data', 'for California residents under 18')]),
    ('You can deactivate your account, which hides your profile but does not delete your data.', 'rights',
     [('Turn off your account', '')]),
    ('You must be 18 or older to sell items on our site. Anyone may browse listings.', 'children',
     [('Minimum age: 18', 'to sell items only')]),
    ('If you agree, we will email you about our new products.', 'purposes',
     [('Marketing', 'if you agree')]),
    # probe 103 A8 (session 20): a denial's case and the consent it waits for, both
    ("If you live in Vermont, we won't share your information with other companies for marketing unless you agree.", 'sharing',
     [('Third parties', 'not if you live in Vermont, unless you agree')]),
    # probe 108 A2v (session 20): a practice read from a denial that holds in one case holds outside it, whatever the case's words
    ('If you turn on Limit Ad Tracking, we will not give your exact location to advertisers.', 'sharing',
     [('Advertisers', 'not if you turn on Limit Ad Tracking')]),
    ('If you turn on Limit Ad Tracking, we will not give your exact location to advertisers.', 'purposes',
     [('Advertising', 'not if you turn on Limit Ad Tracking')]),
    # probes 111 A3v and later (session 20): 'if you say we can' is a consent; a kind of data with its own case beside a flat denial; 'your address' shared
    ('We only give your information to your employer or insurer if you say we can.', 'sharing',
     [('Employers and recruiters', 'if you say we can')]),
    ('We will share your address with our partners only if you agree.', 'sharing',
     [('Partners', 'only if you agree')]),
    ('We collect your email address. We do not collect your location when the app is closed. We never collect health data.', 'collected',
     [('Contact details', 'email address'), ('They say they do not collect health data, nor location when the app is closed', '')]),
    # probes 108 A2, 109 A1/A3, 110 A2, 112 A2 (session 20): a sharing denial's case 'if you have turned on…'; a collection denial for the website only; a box ticked to opt out; what drivers give; marketing only if you ask or sign up
    ('We share location information with our advertising partners so that they can display ads relevant to your area. We will not share your precise location with advertisers if you have turned on the "Limit Ad Tracking" setting on your device.', 'sharing',
     [('Advertisers', ''), ('They say they do not share your precise location with advertisers', 'if you have turned on the "Limit Ad Tracking" setting on your device')]),
    ('We do not collect precise GPS location from our website; our mobile app collects it only if you allow it, to show hotels near you.', 'collected',
     [('They say they do not collect precise location (location).', 'from our website')]),
    ('We may share our customer list with carefully selected companies that offer products you may enjoy, unless you tell us not to. To opt out, check the box on the checkout page or email optout@example.com.', 'rights',
     [('Opt out with a link (for example at the bottom of emails)', ''), ('Opt out by contacting them', '')]),
    ("Drivers give us their driver's license number. We do not collect your Social Security number from riders.", 'collected',
     [('ID numbers', 'government ID')]),
    ('We will not send you marketing emails unless you ask for them.', 'purposes',
     [('Marketing', 'unless you ask for them')]),
    ('We only send you marketing emails if you sign up for them.', 'purposes',
     [('Marketing', 'only if you sign up for them')]),
    # probes 110 A1, 113 A2/A4, 111 A2 (session 20): a consent or exception of the next denial is not the sale's; a parent who signs for younger readers sets no minimum age; a notice only for changes that let them share in new ways
    ("We don't sell your personal information, and we don't share health data with insurers or employers unless you explicitly link a program.", 'sold',
     [('They say they do not sell your data', '')]),
    ('We do not sell your personal information unless you ask us to.', 'sold',
     [('They say they do not sell your data without your consent', '')]),
    ('Children of any age may have a library card. A parent or guardian must sign the application for anyone under 14.', 'children',
     [("Under 14 only with a parent's permission", '')]),
    ('Kids younger than 14 can get a card too, as long as a parent signs the form.', 'children',
     [("Under 14 only with a parent's permission", '')]),
    ('We treat children of all ages; for patients under 16, a parent or guardian completes the registration form.', 'children',
     [('They talk about children', '')]),
    ('We will send you a revised notice at least 30 days before any change that allows us to share your information in a new way.', 'changes',
     [('They tell you directly (for example by email)', 'for changes that let them share your data in new ways')]),
    ('We cannot see your messages.', 'collected',
     []),
    # probes 102 A3, 102 B, 103 A7 (session 20): Do Not Track ignored save one thing says it; an age under which a parent must agree; a sharing denial that holds in one case
    ('Our site does not respond to Do Not Track signals, except that we will not show interest-based ads to browsers that send them.', 'dnt',
     [('They say they do not respond to Do Not Track signals', 'except that they will not show interest-based ads to browsers that send them')]),
    ('We honor Global Privacy Control, but we do not respond to Do Not Track signals.', 'dnt',
     [('They say they do not respond to Do Not Track signals', ''), ('They honor Global Privacy Control (GPC), a browser setting that asks sites not to sell or share your data', '')]),
    ('Users under 18 may use the site only with the permission of a parent or guardian.', 'children',
     [("Under 18 only with a parent's permission", '')]),
    ("Children under 13 need their parent's consent to register.", 'children',
     [("Under 13 only with a parent's permission", '')]),
    ("If you choose to join your employer's wellness program, we share your step totals with your employer. We will not share your data with your employer if you do not join.", 'sharing',
     [('They say they do not share your data with employers and recruiters', 'if you do not join')]),
    ('We do not share your location with advertisers without your permission.', 'sharing',
     [('They say they do not share your location with advertisers without your consent', '')]),
    # probes 104 A5, 105 A3, 106 A2 (session 20): a direct notice only for changes to how data is used says so; an activity given as the reason for the service's age is no scope; a feature's case in the passive ('If you use the AI Styles feature, the selected photo is sent to our server')
    ('We will email registered families if we change how we use camper health information. Other changes will be posted on this page.', 'changes',
     [('They post the new version of the policy', ''), ('They tell you directly (for example by email)', 'for changes that affect how they use your data')]),
    ('Forkful is only for people aged 18 and over, partly because some restaurants sell alcohol.', 'children',
     [('Minimum age: 18', '')]),
    ('Some restaurants on our app sell alcohol, so you must be 18 or older to use it.', 'children',
     [('Minimum age: 18', '')]),
    ('You must be 21 or older to buy alcohol through our app.', 'children',
     [('Minimum age: 21', 'for alcohol only')]),
    ('We do not upload your photos to our servers. If you use the "AI Styles" feature, the selected photo is sent to our server for processing and deleted immediately after the result is returned to you.', 'collected',
     [('Photos, recordings or contacts', 'photos; if you use the "AI Styles" feature')]),
    ('If you use our app, we collect your IP address.', 'collected',
     [('IP address and device IDs', 'IP address')]),
    # per-term cases grouped (session 20)
    ('When you make a reservation or stay at one of our hotels, we collect your name, home address, email address and telephone number. We also collect contact information from travel agents.', 'collected',
     [('Contact details', 'name, email address, postal address, phone number when you make a reservation or stay at one of our hotels; contact information'), ('How they get it: from you', '')]),
    # probes 104 A4, 107 A3, 96 A1/107 A2 (session 20): a retention exception after 'and then deleted' or 'except when' is kept; card data a processor handles and the company does not store is collected for them; a denial until the reader agrees keeps its condition beside a flat one
    ('Session recordings are kept for 90 days and then deleted, unless a recording is needed to investigate a safety report.', 'retention',
     [('For a set time', 'session recordings: for 90 days, unless a recording is needed to investigate a safety report')]),
    ('We delete session recordings after 90 days, except when we need one for an investigation.', 'retention',
     [('For a set time', 'after 90 days, except when we need one for an investigation')]),
    ('Card numbers are processed by Braintree and are not stored by us.', 'collected',
     [('Payment and financial data', 'card details; collected by another company for them')]),
    ('Unless you agree, we will not give your personal information to other companies for their own marketing. We never give your name or e-mail address to advertisers.', 'sharing',
     [('They say they do not share your name or email address for advertising, nor your data for marketing without your consent', '')]),
    ('We do not share information that directly identifies you (such as your name or email address) with advertisers unless you give us permission. We do not disclose personal information to third parties for their direct marketing purposes.', 'sharing',
     [('They say they do not share your data for marketing, nor your name or email address for advertising without your consent', '')]),
    ('## Personal information we collect\n\n| Category | Examples | Source | Purposes |\n|---|---|---|---|\n| Geolocation | Approximate location from IP address; precise location if you turn on "store finder" in the app | Your device | Show nearby stores |', 'collected',
     [('Location', 'precise location if you turn on “store finder”; city or region'), ('IP address and device IDs', 'IP address')]),
    # probes 102 A2, 107 A1/A4, 105 C4 (session 20): a sharing denial beside sharing keeps its exception; California's denial for the recipients' own marketing says so; a condition on one word of a kind is that word's; goods like alcohol sold are no data sold
    ('We will not disclose your data to law enforcement unless required by a court order.', 'sharing',
     [('They share data when the law requires it', ''), ('They say they do not share your data with authorities', 'unless required by a court order')]),
    ('We share device identifiers with advertising partners for targeted ads. We do not disclose personal information to third parties for their own direct marketing purposes.', 'sharing',
     [('Advertisers', ''), ("They say they do not share your data for other companies' own marketing", '')]),
    ('We collect your email address. We collect your phone number only if you turn on text alerts.', 'collected',
     [('Contact details', 'email address; phone number only if you turn on text alerts')]),
    ('You must be 18 or older to use the app because some shops on it sell alcohol.', 'sold',
     []),
    ("We don't sell your personal data. Older watches sold before 2015 do not encrypt data.", 'sold',
     [('They say they do not sell your data', '')]),
    ('We do not sell your data. Your mortgage may be sold to another lender.', 'sold',
     [('They say they do not sell your data', '')]),
    # probe 100 A4, A6, 99 A3v, 98 A2 (session 20): a denial that holds in one case says it; a collection said to happen only in one case, or led by a case few readers are in, says it; not what every user does; the United Kingdom kept in beside a denial of leaving the EEA
    ('If you pay in cash, we collect no payment information.', 'collected',
     [('They say they do not collect payment and financial data.', 'if you pay in cash')]),
    ('We collect your card number when you pay online. We do not collect payment information if you pay in cash.', 'collected',
     [('Payment and financial data', 'card details')]),
    ('We do not collect your password, and we cannot reset it for you if you forget your password.', 'collected',
     [('They say they do not collect passwords (account and profile).', '')]),
    ('You do not need to give us your email address to use the app. We only get your email address if you write to our support team.', 'collected',
     [('Contact details', 'email address; only if you write to our support team')]),
    ('If you subscribe to Stillwater Pro, we collect your e-mail address and payment details through our payment processor, Mollie.', 'collected',
     [('Contact details', 'email address; if you subscribe to Stillwater Pro'), ('Payment and financial data', 'payment information; if you subscribe to Stillwater Pro')]),
    ('When you sign up, we collect your email address.', 'collected',
     [('Contact details', 'email address'), ('How they get it: from you', '')]),
    ('When you start a run with GPS turned on, we collect your precise location.', 'collected',
     [('Location', 'precise location; when you start a run with GPS turned on')]),
    ('Your information is held on servers in the United Kingdom. We do not transfer your personal information outside the European Economic Area.', 'transfers',
     [('Your data may be sent to or stored in the United Kingdom', ''), ('They say your data stays in the EEA', ''), ('Special rules for people in Europe', '')]),
    ('Your information is held on servers in the United States. We do not transfer your personal information outside the European Economic Area.', 'transfers',
     [('Your data may be sent to or stored in the United States', ''), ('Special rules for people in Europe', '')]),
    # probes 99 and 101: the new version posted; e-mail to members named by the programme; limiting sharing
    ('Privacy Policy\n\nIf we change this policy, we will post the new version with a new date.', 'changes',
     [('They post the new version of the policy', '')]),
    ('Privacy Policy\n\nIf we make material changes we will email Finch Rewards members and post a banner on our website at least 30 days before the change takes effect.', 'changes',
     [('They put a notice on their website', 'for material changes'), ('They tell you directly (for example by email)', 'for material changes')]),
    ('Privacy Policy\n\nWe share information with our affiliates so they can market to you, and you can limit this sharing by calling 1-888-555-0199.', 'rights',
     [('Say no to some uses (opt out)', '')]),
    # probe 99: teens of some ages through a parent, beside a minimum age
    ('Privacy Policy\n\nYou must be 18 or older to have a Velo account. Teens aged 13 to 17 may ride only through a Teen Account set up by a parent or guardian. We do not allow anyone under 13 to use Velo.', 'children',
     [('Minimum age: 13', 'ages 13 to 17 through a parent')]),
    # probe 97: rights some people have, named as the sentence's subject
    ('Privacy Policy\n\nStudents may review their education records and request corrections through the Office of the Registrar.', 'rights',
     [('See the data they hold about you', 'for students'), ('Correct or update your data', 'for students')]),
    ('Privacy Policy\n\nA parent can ask us to show them what we hold about their child, or to erase it.', 'rights',
     [('Ask them to delete your data', 'for parents')]),
    # probes 97-101: what others are not allowed to do; consent given or said; a table's 'Collected when: Never'
    ('Privacy Policy\n\nWe do not allow advertisers to target ads based on information you enter into our health tools.', 'purposes',
     []),
    ('Privacy Policy\n\nIf you have given us permission, we will send you news of special offers and new products by email or SMS.', 'purposes',
     [('Extra features', 'if you have given us permission'), ('Marketing', 'if you have given us permission')]),
    ('Privacy Policy\n\nWe only send you marketing emails if you said yes.', 'purposes',
     [('Marketing', 'if you said yes')]),
    ('Privacy Policy\n\nWe do not sell your personal information to anyone, and we do not allow third parties to collect information about you through our apps for advertising.', 'sold',
     [('They say they do not sell your data', '')]),
    # probes 100-101: a list of things not used, and two practices denied with one 'not'
    ('Privacy Policy\n\nWe do not use cookies, advertising identifiers or third-party analytics in the app.', 'collected',
     [('They say they do not collect cookies and trackers.', '')]),
    ('Privacy Policy\n\nWe do not add your account to our advertising programme or sell your information.', 'sold',
     [('They say they do not sell your data', '')]),
    ('Privacy Policy\n\nWe do not enrol lines used by children under 13 in our advertising programme or sell their information.', 'sold',
     [('They say they do not sell your data', '')]),
    # probes 96-101: a sale denied for some uses only, in its own clause; quoted terms of a law; no way to opt out; no notice of changes; a business sold by name
    ('Privacy Policy\n\nWe sell copies of driving records to insurance companies. We do not sell your information for marketing.', 'sold',
     [('They say they do not sell your data for marketing', '')]),
    ('Privacy Policy\n\nThe City does not sell or rent personal information to anyone, and we do not share it with third parties for their marketing.', 'sold',
     [('They say they do not sell your data', '')]),
    ('Privacy Policy\n\nWe do not "sell" or "share" personal information as those terms are defined in the California Consumer Privacy Act.', 'sold',
     [('They say they do not sell your data', '')]),
    ('Privacy Policy\n\nWe do not offer a way to opt out of this sharing.', 'rights',
     []),
    ('Privacy Policy\n\nWe may change this policy at any time without notice to you.', 'changes',
     [('They may change it without telling you', '')]),
    ('Privacy Policy\n\nWe do not sell your personal information to anyone. If Riverbend sells the Station, the information we have collected may be transferred to the new owner.', 'sold',
     [('They say they do not sell your data', '')]),
    # probe 94: misses - a sale the reader agrees to, telling the company not to sell, a notice of changes by text, a phone number after 'call us about', data kept in a named place that never leaves an area
    ('Privacy Policy\n\nIf you agree, we sell your name and address to other retailers.', 'sold',
     [('They may sell your data', 'if you agree')]),
    ('Privacy Policy\n\nYou can tell us not to sell your information.', 'rights',
     [('Say no to some uses (opt out)', '')]),
    ('Privacy Policy\n\nIf we change this policy, we will text you before the change takes effect.', 'changes',
     [('They tell you directly (for example by email)', '')]),
    ('Privacy Policy\n\nYou can call us about privacy at (888) 555-0199.', 'contact',
     [('Phone: (888) 555-0199', '')]),
    ('Privacy Policy\n\nWe store your data on servers in France. It never leaves the European Union.', 'transfers',
     [('Your data may be sent to or stored in France', ''), ('They say your data stays in the EU', ''), ('Special rules for people in Europe', '')]),
    # probe 95: how changes are announced, or that they are not
    ('Privacy Policy\n\nWe may change this policy. We will not email you about changes.', 'changes',
     [('They may change it without telling you', '')]),
    ('Privacy Policy\n\nBefore we change this policy, we will announce the new version on our mailing list two weeks in advance.', 'changes',
     [('They tell you directly (for example by email)', '')]),
    # probe 90: a business sold is no data sold; 'need to know where you are' is no security measure; hyphenated names
    ('Privacy Policy\n\nWe may transfer your information to a buyer if the station is sold.', 'sold',
     []),
    ('Privacy Policy\n\nTo give you an accurate forecast we need to know where you are.', 'security',
     []),
    ('Privacy Policy\n\nWe may share your information with Blue-Ridge Media Group.', 'sharing',
     [('Other named companies', 'Blue-Ridge')]),
    # probes 90-95: Do Not Track honored in one case; a notice of changes for some changes or when the law requires it; leaving a directory is no deletion; a refusal to remove is no opt-out
    ('Privacy Policy\n\nWe honor Do Not Track signals only for logged-in users.', 'dnt',
     [('They say they honor Do Not Track signals', 'only for logged-in users')]),
    ('Privacy Policy\n\nIf you are signed in, we respect Do Not Track.', 'dnt',
     [('They say they honor Do Not Track signals', 'if you are signed in')]),
    ('Privacy Policy\n\nWe may change this notice at any time. We will mail you a revised privacy notice when required by law and will post the current version on our website.', 'changes',
     [('They put a notice on their website', ''), ('They tell you directly (for example by email)', 'when the law requires it')]),
    ('Privacy Policy\n\nWe may update this policy. If we make material changes we will display a notice on our home page for 30 days.', 'changes',
     [('They put a notice on their website', 'for material changes')]),
    ('Privacy Policy\n\nWe will post any changes on this page, and if the changes are material we will email you.', 'changes',
     [('They post the new version of the policy', ''), ('They tell you directly (for example by email)', 'for material changes')]),
    ('Privacy Policy\n\nYou may remove yourself from the online alumni directory by changing your privacy settings. Because your record is part of our permanent archive, we are not able to delete your record.', 'rights',
     []),
    ('Privacy Policy\n\nBecause the history is copied by thousands of people who clone the repository, it cannot be rewritten or deleted, and we will not remove your name from past commits.', 'rights',
     []),
    # probes 90-95: narrow denials of sale and of sharing for marketing; a business's branch sold; data another company collects for them
    ('Privacy Policy\n\nLakeside does not sell your credit application information.', 'sold',
     [('They say they do not sell your payment and financial data', '')]),
    ('Privacy Policy\n\nWe do not rent or sell your personal information to marketers.', 'sold',
     [('They say they do not sell your data to marketers', '')]),
    ('Privacy Policy\n\nWe never sell the information on your loan application. We may pass on your records if the law requires it, or to the buyer if we sell one of our stores.', 'sold',
     [('They say they do not sell your payment and financial data', '')]),
    ('Privacy Policy\n\nWe give the postal addresses of our subscribers to other businesses so they can mail you offers. We do not give your e-mail address to other businesses for their marketing.', 'sharing',
     [('Third parties', ''), ('They say they do not share your email address for marketing', '')]),
    ('Privacy Policy\n\nFull card numbers are handled by our payment processor, Stripe; we never see or store them.', 'collected',
     [('Payment and financial data', 'full card number; collected by another company for them')]),
    # probe 94: a denial that holds only in one case, a sale only for those who opted in, an exception the reader opens, an exception said in the next sentence
    ('Privacy Policy\n\nIf you pay for the premium plan, we do not share your information with advertisers.', 'sharing',
     [('Advertisers', 'not if you pay for the premium plan')]),
    ('Privacy Policy\n\nIf you do not enrol, we do not share your information with utility companies.', 'sharing',
     [('Utility companies', 'only if you enrol')]),
    ('Privacy Policy\n\nWe only sell data about customers who have opted in.', 'sold',
     [('They sell your data', 'only if you have opted in')]),
    ('Privacy Policy\n\nWe sell your information only if you opt in.', 'sold',
     [('They sell your data', 'only if you opt in')]),
    ('Privacy Policy\n\nWe never give your location to advertisers, unless you turn on personalised ads.', 'sharing',
     [('They say they do not share your location with advertisers', 'unless you turn on personalised ads')]),
    ('Privacy Policy\n\nYour data is not transferred abroad unless you travel outside the EU.', 'transfers',
     [('They say your data stays in the EU', 'unless you travel outside the EU')]),
    ('Privacy Policy\n\nWe do not share your health data with your employer unless you give us written permission.', 'sharing',
     [('They say they do not share your health data with employers and recruiters without your consent', '')]),
    ('Privacy Policy\n\nWe do not share your driving data with insurance companies. If you ask for an insurance quote, we will send your driving score to the insurer you select.', 'sharing',
     [('Insurers', 'if you ask for an insurance quote'), ('They say they do not share your driving behaviour with insurers', '')]),
    ('Privacy Policy\n\nWe will not release information about any patron to anyone, including family members, employers or government agencies, except:\n\n- to the patron;\n- when we receive a subpoena or court order.', 'sharing',
     [('Authorities', ''), ('They say they do not share your data with employers and recruiters, authorities, and family or friends', '')]),
    # closing an account that deletes nothing; a parent's permission for readers over the minimum age, or under it
    ('Privacy Policy\n\nYou can close your account in Settings; because medical records must be retained by law, closing your account does not delete your visit records.', 'rights',
     [('Close your account', 'closing it does not delete your data')]),
    ('Privacy Policy\n\nYou can close your account at any time. Closing your account does not erase your data, which we keep.', 'rights',
     [('Close your account', 'closing it does not delete your data')]),
    ("Privacy Policy\n\nYou must be 13 or older to create an account. If you are under 18, you must have your parent's permission.", 'children',
     [('Minimum age: 13', "under 18 with a parent's permission")]),
    ("Privacy Policy\n\nYou must be at least 16 to create an account, or have a parent's consent if you are younger.", 'children',
     [('Minimum age: 16', 'younger users through a parent')]),
    # a minimum age for one activity, not for the service
    ('Privacy Policy\n\nThis website is intended for a general audience. To enter our sweepstakes you must be at least 18 years old.', 'children',
     [('Minimum age: 18', 'for sweepstakes only')]),
    ('Privacy Policy\n\nAnyone can play our games. Only adults aged 18 and over can enter the prize draw.', 'children',
     [('Minimum age: 18', 'for the prize draw only')]),
    ('Privacy Policy\n\nYou must be at least 18 years old to use our site and enter our contests.', 'children',
     [('Minimum age: 18', '')]),
    # a deletion limited by a refusal in the same sentence; Do Not Track honored in some places only; what the company need not collect
    ('Privacy Policy\n\nYour rights\n\nBecause we must keep records for the periods described above, we cannot delete your treatment records on request, but we will delete website enquiries and mailing list entries if you ask.', 'rights',
     [('Ask them to delete your data', 'only some of it: they say they will not delete the rest on request')]),
    ('Privacy Policy\n\nOur website respects the Do Not Track setting in your browser, but our TV apps ignore it.', 'dnt',
     [('They say they honor Do Not Track signals', 'in some places'), ('They say they do not respond to Do Not Track signals', 'in others')]),
    ("Privacy Policy\n\nWe don't need to collect your name to create an account. We do collect your email address.", 'collected',
     [('Contact details', 'email address')]),
    # closing read of seed 002: personal data named as what was made anonymous is not passed on
    ("As a result of the User's personal data processing through its anonymization, if anonymous statistical data has been obtained, which are transferred to a third party for research.", 'sharing',
     [('Third parties', 'only anonymous or aggregated data')]),
    ('We may be required to share your personal and non-personal information pursuant to subpoenas.', 'sharing',
     [('Authorities', '')]),
    # probes 84-89: exceptions and conditions said beside their line
    ("We don't collect your email address unless you contact support.", 'collected',
     [('They say they do not collect email address (contact details).', 'unless you contact support')]),
    ('We share information with our advertising partners, such as Google and Meta, only where you have consented to personalized advertising.', 'sharing',
     [('Google', 'only where you have consented to personalized advertising'), ('Facebook', 'only where you have consented to personalized advertising'), ('Advertisers', 'only where you have consented to personalized advertising')]),
    # probes 78-83: a plain address in a list of contact details
    ('When you apply for an account online, we collect your name, address, telephone number and e-mail address.', 'collected',
     [('Contact details', 'name, email address, postal address, phone number; when you apply for an account online'), ('How they get it: from you', '')]),
    ('We collect your e-mail address and phone number.', 'collected',
     [('Contact details', 'email address, phone number')]),
    # probes 78-83: a notice for changes that touch the reader
    ("If I change this notice in a way that affects couples I'm working with, I'll email you about it.", 'changes',
     [('They tell you directly (for example by email)', 'for changes that affect you')]),
    ('We will email current clients about changes to this policy, but only if the change affects them.', 'changes',
     [('They tell you directly (for example by email)', 'for changes that affect you')]),
    # probes 78-83: a sharing denial as narrow as its use, a share of anonymous totals only, a condition of consent said any way, a deletion's own case, a parent's switch
    ('A few trusted suppliers help us run our business, such as our gallery host and our accountant. We never pass your details to other wedding suppliers for marketing.', 'sharing',
     [('Service providers', ''), ('They say they do not share your data with service providers for marketing', '')]),
    ("We don't share your information with other companies for their own marketing, unless you say it's OK.", 'sharing',
     [("They say they do not share your data for other companies' own marketing without your consent", '')]),
    ('We do not share your information with these partners if you do not opt in.', 'sharing',
     [('They say they do not share your data with others without your consent', '')]),
    ('Advertisers on our site may receive anonymous, aggregated information, such as the number of members in a given age range in a metro area, but they do not receive information that identifies you.', 'sharing',
     [('Advertisers', 'only anonymous or aggregated data')]),
    ('We may be required to share your personal and non-personal information pursuant to judicial or governmental subpoenas.', 'sharing',
     [('Authorities', '')]),
    ('Data logged in games will be shared with third party companies that operate the ad technology, and these companies may share aggregated data with advertisers.', 'sharing',
     [('Service providers', ''), ('Advertisers', '')]),
    ('When you delete a photo it is removed from public view right away and deleted from our servers within 60 days.', 'retention',
     [('For a set time', 'photos: within 60 days when you delete a photo')]),
    ('Voice recordings are collected only if a parent or the school has turned this feature on.', 'collected',
     [('Photos, recordings or contacts', 'microphone; only if a parent or the school has turned this feature on')]),
    ('Players under 13 get a Junior Account with chat turned off. We do not knowingly collect more information from children than necessary to run their account.', 'children',
     [('Minimum age: 13', 'younger users through a junior account')]),
    # probes 78-83: conditions kept (a parent's consent or a junior account beside a minimum age; 'only if you sign in', 'but only if you subscribe')
    ('Children younger than 13 can have an account, but only if a parent or guardian agrees first.', 'children',
     [('Minimum age: 13', 'younger users through a parent')]),
    ('Persons under 18 may only use TixPoint with the involvement of a parent or guardian.', 'children',
     [('Minimum age: 18', 'younger users through a parent')]),
    ('If you are under 13, you get a Junior Account with chat turned off.', 'children',
     [('Minimum age: 13', 'younger users through a junior account')]),
    ('Only if you sign in to Game Center, we share your player name and scores with Apple.', 'sharing',
     [('Other named companies', 'Apple; only if you sign in to Game Center')]),
    ('We share your email address with Mailchimp, but only if you subscribe to our newsletter.', 'sharing',
     [('Other named companies', 'Mailchimp; only if you subscribe to our newsletter')]),
    # eighteenth session: a use limited to one feature, the company's own hands, what a sale denial names, a period cut inside a word
    ('The app collects precise location only when you use the airport map and only while the app is open.', 'collected',
     [('Location', 'precise location; only when you use the airport map'), ('How they get it: automatically', '')]),
    ('The app collects your approximate location only when you use the "arriving home" automation.', 'collected',
     [('Location', 'city or region; only when you use the "arriving home" automation'), ('How they get it: automatically', '')]),
    ("We don't collect payment card details ourselves.", 'collected',
     [('They say they do not collect card details (payment and financial data).', 'themselves')]),
    ('We rent or exchange postal mailing lists only; we never rent, sell or exchange your e-mail address or telephone number.', 'sold',
     [('They rent or exchange your data', ''), ('They say they do not sell your e-mail address or telephone number', '')]),
    ('Service records are kept for the life of the vehicle in our system so that we can help future owners with recalls.', 'retention',
     [('Only as long as needed', 'service records: for the life of the vehicle in our system so that we can help future owners with…')]),
    ('If you use our Fit Finder quiz, we collect your height, weight, body shape and usual size in other brands to recommend a size.', 'collected',
     [('Health data', 'body measurements; if you use our Fit Finder quiz')]),
    ('Information we collect\n\nAccount data: your name, work email, company name, job title and hashed password.', 'collected',
     [('Contact details', 'name, email address'), ('Demographics', 'other demographics'), ('Account and profile', 'passwords, account details')]),
    # probes 72-77: conditions and scopes said beside their line
    ('If you close your Loom Rewards account, unused points are forfeited and your loyalty profile is deleted within 60 days.', 'retention',
     [('For a set time', 'account details: within 60 days if you close your Loom Rewards account')]),
    ('Posts stay online until you remove them. Deleted posts are hidden immediately and purged after 30 days.', 'retention',
     [('For a set time', 'content you post: after 30 days, once deleted')]),
    ('If we change this statement in a way that affects how we use personal information, we will notify members by e-mail.', 'changes',
     [('They tell you directly (for example by email)', 'for changes that affect how they use your data')]),
    ('We do not collect any personal information from children through these activities.', 'children',
     [('They say they do not collect data from children through these activities', '')]),
    ('Children may stay at our hotels with their parents. We do not knowingly collect information online from children under 13.', 'children',
     [('They say they do not knowingly collect data from children under 13 online', '')]),
    ("Print subscribers' names and addresses may be shared with local advertisers for marketing mail, unless you tell us not to by calling our circulation department at (555) 310-2200.", 'sharing',
     [('Advertisers', 'unless you tell us not to')]),
    ("California residents may request a list of the companies with which we shared personal information during the prior calendar year for those companies' direct marketing purposes.", 'rights',
     [('Get a list of whom they disclosed your data to', 'for California residents')]),
    ("With the family's consent at sign-up, sessions are recorded (video, audio and chat) so that students can rewatch them.", 'collected',
     [('Photos, recordings or contacts', "audio or video; with the family's consent")]),
    ('Information we collect\n\nAudio recording during trips is off by default.', 'collected',
     [('Photos, recordings or contacts', 'microphone; off by default')]),
    ('Except for the interest-based advertising described above, which some states treat as a sale or sharing, we do not sell personal information in exchange for money.', 'sold',
     [('They say they do not sell your data for money', 'except for the interest-based advertising described above, which some states treat as a sale or sharing')]),
    ('Our Basic with Ads plan shows ads inside the app. We do not show ads on Kids profiles and do not collect data from Kids profiles for ad purposes.', 'purposes',
     [("They say they do not use children's data for advertising", 'on Kids profiles')]),
    ("You must be 18 or older to hold an account. Children may use the service through a Kids profile under the account holder's supervision. We do not collect data from Kids profiles for ad purposes.", 'children',
     [('Minimum age: 18', 'younger users through a parent')]),
    ("Changes\n\nWe'll email you before any change that reduces your rights takes effect.", 'changes',
     [('They tell you directly (for example by email)', 'for changes that reduce your rights')]),
    ('We will email you about significant changes to this policy.', 'changes',
     [('They tell you directly (for example by email)', 'for significant changes')]),
    ("Riders must be 18 or older, except in Germany, where 16-year-olds may ride with a parent's permission.", 'children',
     [('Minimum age: 18', 'younger users through a parent')]),
    ('Your data is stored in Germany and is not transferred outside the European Economic Area, with one exception: our support tool may store support tickets in the United States.', 'transfers',
     [('They say your data stays in the EEA', 'except that our support tool may store support tickets in the United States')]),
    ("We don't log IP addresses, except during an active denial-of-service attack, when we may keep them for up to 48 hours to block the attack.", 'retention',
     [('For a set time', 'IP address: up to 48 hours, only during an active denial-of-service attack')]),
    ('We keep IP addresses for 48 hours, but only during an active attack.', 'retention',
     [('For a set time', 'IP addresses: for 48 hours, only during an active attack')]),
    ('Our mobile app does not use cookies, but our website does.', 'collected',
     [('They say they do not collect cookies and trackers.', 'but our website does')]),
    ('When no workout is running, the app does not access your location at all, not even in the background.', 'collected',
     [('They say they do not collect location.', 'when no workout is running')]),
    ("Where the customer's vehicle is fitted with a telematics unit, the Company receives the vehicle's GPS location, but only if the Customer has activated Connect in the app.", 'collected',
     [('Location', 'precise location; only if the Customer has activated Connect in the app')]),
    ('Unless you connect your bank account, we do not collect your financial information.', 'collected',
     [('They say they do not collect payment and financial data.', 'unless you connect your bank account')]),
    ('Unless you are a California resident, we may sell your personal information.', 'sold',
     [('They may sell your data', 'unless you are a California resident')]),
    ('If you live outside California, we may sell your personal information.', 'sold',
     [('They may sell your data', 'if you live outside California')]),
    ('By default, the app sends us a daily report with your app version and how many ads and trackers it blocked. We do not use your data to target advertising.', 'purposes',
     [('They say they do not use it for advertising', '')]),
    # probes 62-67
    ('If you enable the optional Akismet integration, the name, email address and IP address of each form submitter are sent to Automattic for spam checking.', 'sharing',
     [('Other named companies', 'Automattic; if you enable the optional Akismet integration')]),
    ('Subject to your express consent, your e-mail address can be communicated to our partner brands in order that they send you their own offers.', 'sharing',
     [('Partners', 'subject to your express consent')]),
    ('9. Changes to this notice\n\nWe may update this notice. When the changes are relevant, we will notify you through the app or by e-mail.', 'changes',
     [('They tell you directly (for example by email)', 'for relevant changes')]),
    ('We share payroll data with third-party apps, such as accounting or time-tracking software, but only when an account holder connects them.', 'sharing',
     [('Third parties', 'only when an account holder connects them')]),
    ('We may share information about your creditworthiness with our affiliates for their everyday business purposes unless you tell us not to.', 'sharing',
     [('Companies in the same group', 'affiliates; unless you tell us not to')]),
    ('To pre-qualify you, our online form asks for your name, email address and desired loan amount. We do not ask for your Social Security number at this stage.', 'collected',
     [('They say they do not collect government ID (ID numbers).', 'at this stage')]),
    ('Your California privacy rights\n\nUnder the CCPA you may request that we delete your personal information.', 'rights',
     [('Ask them to delete your data', 'under the CCPA')]),
    ('The CCPA gives you the right to ask us to delete your personal information.', 'rights',
     [('Ask them to delete your data', 'under the CCPA')]),
    ('Changes\n\nIf changes materially affect how we use your information, we will notify you by email or in the app before the change takes effect.', 'changes',
     [('They tell you directly (for example by email)', 'for material changes')]),
    ('If you enroll in DriveScore, we collect information about how you drive, including hard braking and speed.', 'collected',
     [('What you do on the site or app', 'driving behaviour; if you enroll in DriveScore')]),
    # probes 68-71
    ("We use your information to send order updates, and — if you've opted in — our weekly newsletter.", 'purposes',
     [('Marketing', "if you've opted in")]),
    ('If a couple agrees, we pass their names and email addresses to wedding photographers and florists so those businesses can send them offers.', 'sharing',
     [('Third parties', 'if a couple agrees')]),
    ('We use your email address to send you our newsletter, but only if you have asked to receive it.', 'purposes',
     [('Marketing', 'only if you have asked to receive it')]),
    ('We will never send you marketing messages unless you subscribe to our blog digest.', 'purposes',
     [('Extra features', 'only if you subscribe to our blog digest'), ('Marketing', 'only if you subscribe to our blog digest')]),
]


@pytest.mark.parametrize("text, key, expected", PROBE_DETAILS_56)
def test_conditions_exceptions_and_scopes_are_said_beside_their_line(text, key, expected):
    assert _answer_details(text, key) == expected


@pytest.mark.parametrize("html, key, expected", [
    # a CCPA table's "Sold or shared" column answered no: no sale, and the row's recipients stand
    ("<table><tr><th>Category</th><th>Examples</th><th>Disclosed to</th><th>Sold or shared</th></tr><tr><td>Identifiers"
     "</td><td>Name, email, phone number</td><td>Pharmacies</td><td>Not sold or shared</td></tr></table>", "sold",
     ["They say they do not sell your contact details and ID numbers"]),
    ("<table><tr><th>Category</th><th>Examples</th><th>Disclosed to</th><th>Sold or shared</th></tr><tr><td>Identifiers"
     "</td><td>Name, email, phone number</td><td>Pharmacies</td><td>Not sold or shared</td></tr></table>", "sharing",
     ["Pharmacies"]),
    # "Not sold. Shared with advertising partners.": the no is the sale's, the sharing is a yes
    ("<table><tr><th>Category</th><th>Examples</th><th>Sold or shared?</th></tr><tr><td>Identifiers</td><td>Name</td>"
     "<td>Not sold. Shared with advertising partners.</td></tr></table>", "sharing", ["Advertisers"]),
    # a dash in the column is no sale
    ("<table><tr><th>Category</th><th>Examples</th><th>Sold or shared?</th></tr><tr><td>Biometric information</td>"
     "<td>We do not collect biometric information.</td><td>—</td></tr></table>", "sold",
     ["They say they do not sell your health data"]),
    ("<table><tr><th>Category</th><th>Sold or shared</th></tr><tr><td>Internet activity</td><td>Yes, shared for "
     "cross-context behavioral advertising</td></tr></table>", "sold",
     ["What they share with partners may count as a “sale” or “sharing” under some privacy laws"]),
])
def test_a_ccpa_tables_sale_column_is_read_cell_by_cell(html, key, expected):
    assert _answer_items(html, key, fmt="html") == expected


def test_a_page_title_names_the_site_not_its_tagline():
    """"Privacy | Hilltop Hardware - Everything for your home": the name is the part written as a
    name, not the slogan after it (a lower-case phrase)."""
    html = ("<html><head><title>Privacy | Hilltop Hardware - Everything for your home</title></head>"
            "<body><h1>PRIVACY POLICY</h1><p>We collect your e-mail address when you sign up for our newsletter.</p>"
            "</body></html>")
    import summarizer

    lab = summarizer.label_text(html, fmt="html")
    assert lab.to_markdown().startswith("## Hilltop Hardware — Privacy label")


def _practice_values(text: str) -> set[tuple[str, str, str]]:
    """(category, attribute, value) of the practices stated as happening in ``text``."""
    import summarizer

    out = set()
    for p in summarizer.label_text(text, fmt="text").practices:
        if not p["negated"]:
            for attr, vals in p["attributes"].items():
                out |= {(p["category"], attr, v) for v in vals}
    return out


# Forms read in the twenty-second session (each written for this test): what the practices
# must hold, and what they must not.
_FORMS_22 = [
    # "personal" heading a list of kinds of information
    ("Privacy Policy\n\nTo show you relevant ads, we obtain information (including personal, demographic and "
     "behavioral information) about you from marketing partners.",
     [("first_party_collection_use", "personal_information_type", "generic_personal_information")], []),
    # "to which this policy applies" says which site, it does not make the sentence about the policy
    ("Privacy Policy\n\nWe may disclose your information in these cases:\n(a) when the law requires it;\n"
     "(b) in connection with a merger or a sale of the site to which this policy applies, in which case the buyer "
     "will possess the personal information collected by us.",
     [("third_party_sharing_collection", "purpose", "merger_acquisition")], []),
    # kinds of providers as recipients
    ("Privacy Policy\n\nWe may need to forward your name and email address to certain content providers to "
     "complete your order.",
     [("third_party_sharing_collection", "personal_information_type", "contact")], []),
    # a list of companies set off by a comma before its verb
    ("Privacy Policy\n\nOur partners, affiliates and service providers, use session cookies to keep your basket.",
     [("third_party_sharing_collection", "personal_information_type", "cookies_and_tracking_elements")], []),
    ("Privacy Policy\n\nWhen you buy from a third party, use of the information you provide is governed by its "
     "own notice.", [], [("third_party_sharing_collection", "action_third_party", "collect_on_first_party_website_app")]),
    # the company and others, listed before the verb
    ("Privacy Policy\n\nWe, our advertisers, and our ad networks may use information about your visits to this "
     "and other websites to show you ads.",
     [("first_party_collection_use", "purpose", "advertising")], []),
    # settings that let the reader control collection
    ("Privacy Policy\n\nOpen your account history for settings that allow you to control the collection of your "
     "search history.", [("user_choice_control", "choice_type", "first_party_privacy_controls")], []),
    # "gives you access to" the data about your account
    ("Privacy Policy\n\nWe give you access to the information we hold about your account so you can review it.",
     [("user_access_edit_and_deletion", "access_type", "view")], []),
    # news and changes the company sends are no right to edit one's data
    ("Privacy Policy\n\nWe use the information we collect about you to:\nProvide you with newsletters, updates, "
     "information and special offers;\nTell you about changes to our terms and policies;",
     [("first_party_collection_use", "purpose", "marketing")],
     [("user_access_edit_and_deletion", "access_type", "edit_information")]),
    # offerings "we think may be of interest to you" are marketing
    ("Privacy Policy\n\nWe provide personal information to partners that offer products or technologies that we "
     "think may be of interest to you.", [("third_party_sharing_collection", "purpose", "marketing")], []),
    # developing offerings and reporting aggregate data are analytics and research
    ("Privacy Policy\n\nWe may disclose aggregate data to third parties to help them develop content offerings.",
     [("third_party_sharing_collection", "purpose", "analytics_research")], []),
    ("Privacy Policy\n\nOur advertisers may use cookies to report aggregate information about our users.",
     [("third_party_sharing_collection", "purpose", "analytics_research")], []),
    # a denial whose only exception is the reader giving the data is a collection from the reader
    ("Privacy Policy\n\nWe do not collect personal information from you unless you provide it to us.",
     [("first_party_collection_use", "personal_information_type", "generic_personal_information")], []),
    # a site meant for one country, whose laws may protect less than the reader's
    ("Privacy Policy\n\nThis site is intended for users in the United States, and its laws may not offer the same "
     "level of protection as those of your country.",
     [("international_and_specific_audiences", "audience_type", "citizens_from_other_countries")], []),
    # "opting out" in a parenthesis that points to the choices leaves the use standing
    ("Privacy Policy\n\nWe use information to:\npersonalize the services offered by us, including personalized "
     "advertising (see the options for opting-out of personalized advertising below);",
     [("first_party_collection_use", "purpose", "personalization_customization")], []),
    # asking the reader to provide data, in more words ("you may also be asked to provide")
    ("Privacy Policy\n\nWhen ordering products on the site, you may also be asked to provide a credit card number.",
     [("first_party_collection_use", "personal_information_type", "financial")], []),
    # a service the reader elects to take part in is an extra feature; a shopping cart runs the service
    ("Privacy Policy\n\nWe may forward your information to a third party for use in connection with a specified "
     "service you are electing to participate in.",
     [("third_party_sharing_collection", "purpose", "additional_service_feature")], []),
    ("Privacy Policy\n\nWe use cookies to remember you when you return and to enable shopping carts.",
     [("first_party_collection_use", "purpose", "basic_service_feature")], []),
    # another document's title ("our Website Use Policy") is no use of data
    ("Privacy Policy\n\nWe will disclose personal information when required by law, or to apply this Privacy "
     "Policy and our Website Use Policy.", [],
     [("first_party_collection_use", "purpose", "legal_requirement")]),
    # "in accordance with applicable law" is how, not why
    ("Privacy Policy\n\nWe use your email address to send you our newsletter, in accordance with applicable law.",
     [("first_party_collection_use", "purpose", "marketing")],
     [("first_party_collection_use", "purpose", "legal_requirement")]),
]

# Forms read in the twenty-third session (each written for this test), the same way.
_FORMS_23 = [
    # "registration information" is what the reader gave at sign-up, not the account's own data
    ("Privacy Policy\n\nWe may sell or share your registration information with our marketing partners.",
     [("third_party_sharing_collection", "personal_information_type", "generic_personal_information")],
     [("third_party_sharing_collection", "personal_information_type", "user_profile")]),
    # a longer keeping the law may call for is the exception to the period, no reason for keeping
    ("Privacy Policy\n\nWe keep your account data for as long as your account is open, unless a longer "
     "retention period is required by law.",
     [("data_retention", "retention_period", "limited")],
     [("data_retention", "retention_purpose", "legal_requirement")]),
    # a product's users are no recipients of the reader's data
    ("Privacy Policy\n\nWe may share your health information with a product maker so that it can track faults in "
     "devices approved for use by the general public.",
     [("third_party_sharing_collection", "personal_information_type", "health")],
     [("third_party_sharing_collection", "third_party_entity", "public")]),
    # others collecting on the company's site
    ("Privacy Policy\n\nOther companies that place ads on our website may collect information about you when you "
     "click on them.",
     [("third_party_sharing_collection", "action_third_party", "collect_on_first_party_website_app")],
     [("first_party_collection_use", "personal_information_type", "generic_personal_information")]),
    # the reader dealing with vendors through the site: the vendors ask
    ("Privacy Policy\n\nIf you decide to buy from merchants on our marketplace, you may be asked to provide your card "
     "number.",
     [],
     [("first_party_collection_use", "personal_information_type", "financial")]),
    # an e-mail address that starts with "www." is no link
    ("Privacy Policy\n\nYou may choose to opt out of our newsletter by contacting us at www.help@example.com.",
     [],
     [("user_choice_control", "choice_type", "opt_out_link")]),
    # misuse the reader may report
    ("Privacy Policy\n\nIf you come across any third party that claims to work with us and that you feel is "
     "improperly collecting or using information about you, please write to us; we will forward your message to "
     "that party.",
     [],
     [("third_party_sharing_collection", "personal_information_type", "generic_personal_information")]),
    # others' content on the site bringing its own cookies
    ("Privacy Policy\n\nWe use session cookies to keep you signed in. Third-party videos and advertisements are "
     "shown on our site which may use cookies as well.",
     [("first_party_collection_use", "personal_information_type", "cookies_and_tracking_elements")],
     [("first_party_collection_use", "purpose", "advertising")]),
    # the reader's own message to officials
    ("Privacy Policy\n\nIf you use our campaign tools to write to your senator or submit a comment to a government "
     "agency, the information you enter is passed on to them.",
     [],
     [("first_party_collection_use", "purpose", "legal_requirement")]),
    # "use reasonable measures": care, no use of data
    ("Privacy Policy\n\nWe will use reasonable measures to make sure that any buyer of our business treats your "
     "information the way this policy promises.",
     [],
     [("first_party_collection_use", "personal_information_type", "generic_personal_information")]),
    # advertising tailored to interests is advertising
    ("Privacy Policy\n\nWe use your information to show you advertising tailored to your interests.",
     [("first_party_collection_use", "purpose", "advertising")],
     [("first_party_collection_use", "purpose", "personalization_customization")]),
    # what the reader gives another site
    ("Privacy Policy\n\nIf you provide your username, password or other information about your account with us "
     "to a money-management website, we will treat every action it takes with the login information you provide "
     "as approved by you.",
     [],
     [("first_party_collection_use", "personal_information_type", "user_profile")]),
    # news about an industry's trends is no analytics; trends in how the service is used are
    ("Privacy Policy\n\nWe may use your e-mail address to send you our news and the latest industry trends.",
     [("first_party_collection_use", "personal_information_type", "contact")],
     [("first_party_collection_use", "purpose", "analytics_research")]),
    ("Privacy Policy\n\nWe may share aggregated information publicly to show trends in the use of our app.",
     [("third_party_sharing_collection", "purpose", "analytics_research")],
     []),
]


@pytest.mark.parametrize("text, present, absent", _FORMS_22 + _FORMS_23)
def test_forms_read_since_the_twenty_second_session(text, present, absent):
    got = _practice_values(text)
    for v in present:
        assert v in got
    for v in absent:
        assert v not in got


def test_long_list_items_without_a_full_stop_stay_in_their_list():
    """Items of a list written as clauses ("To provide you with … where you have agreed to be
    contacted for such purposes") may run past 160 characters; with no full stop they are still
    items, and the items after them still read the lead-in."""
    text = ("Privacy Policy\n\nHow we use your information\nWe use information held about you in the following ways:\n"
            "To make sure that the pages of our services are shown in the best way for you and for your computer or "
            "phone\n"
            "To send you information, products or services that you ask us for or which we think may interest you, "
            "where you have agreed to be contacted for such purposes by us\n"
            "To carry out our duties under any contracts between you and us, including for billing and collection")
    assert ("first_party_collection_use", "purpose", "basic_service_feature") in _practice_values(text)


def test_a_lead_in_that_wants_verbs_keeps_its_clauses_as_items():
    """"We use cookies to:" then clauses that open on a verb, with a full stop or not: each is an
    item read with the lead-in; a sentence that does not open on a verb ends the list, and so
    does an address after "write to:"."""
    from summarizer.ingest import parse

    doc = parse("Privacy Policy\n\nWe use persistent cookies to:\n"
                "Keep you signed in while you move from page to page, so that you do not have to enter your "
                "password again on each page of the site you visit.\n"
                "Collect and compile anonymous information for statistical purposes, to help us understand how "
                "visitors use the site and improve the structure of our pages.\n"
                "Remember your preferred currency and time zone.\n"
                "Many cookies are designed to make the web easier to use.\n", fmt="text")
    items = [s.text for s in doc.sentences if s.list_lead is not None]
    assert [t.split()[0] for t in items] == ["Keep", "Collect", "Remember"]
    text = ("Privacy Policy\n\nWe use persistent cookies to:\n"
            "Help us keep the site secure while you use it.\n"
            "Remember how you have customized the site, such as your preferred currency and time zone.\n")
    assert ("first_party_collection_use", "purpose", "personalization_customization") in _practice_values(text)
    # (an address after "write to:" is no list of verbs: its lines stay items)
    doc = parse("Privacy Policy\n\nIf you have questions, please write to:\nAcme Customer Service.\n"
                "1 Main Street, Springfield.\n", fmt="text")
    assert [s.text for s in doc.sentences if s.list_lead is not None] == ["Acme Customer Service.",
                                                                          "1 Main Street, Springfield."]
