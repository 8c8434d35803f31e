"""The label: every field, stated vs denied vs not stated, negation, evidence that slices back."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import summarizer
from summarizer.label import DENIED, NOT_STATED, QUESTIONS, STATED


def _answer(label, key):
    return label.answer(key)


def test_twelve_questions_in_order(brightside):
    assert [a.key for a in brightside.answers] == [k for k, _ in QUESTIONS]
    assert brightside.answered == 12
    assert "Answers 12 of 12" in brightside.glance


def test_every_reference_points_at_a_real_sentence(brightside):
    text = brightside.document.text
    for e in brightside.evidence:
        assert text[e.start:e.end] == e.text
    n = len(brightside.evidence)
    for a in brightside.answers:
        for r in a.refs:
            assert 1 <= r <= n
        if a.status != NOT_STATED:
            assert a.refs, a.key


def test_collected(brightside):
    a = _answer(brightside, "collected")
    texts = " ".join(i.text + " " + i.detail for i in a.items).lower()
    for word in ("contact", "email address", "payment", "ip address", "cookies"):
        assert word in texts
    assert "from you" in a.summary and "automatically" in a.summary


def test_purposes(brightside):
    s = _answer(brightside, "purposes").summary.lower()
    assert "running the service" in s and "security" in s


def test_retention_periods(brightside):
    a = _answer(brightside, "retention")
    assert a.status == STATED
    details = " ".join(i.detail for i in a.items)
    assert "30 days" in details and "seven years" in details


def test_sharing(brightside):
    a = _answer(brightside, "sharing")
    assert a.status == STATED
    s = " ".join(i.text + " " + i.detail for i in a.items).lower()
    assert "service providers" in s and "authorities" in s


def test_sold_is_denied_not_unstated(brightside):
    assert _answer(brightside, "sold").status == DENIED
    lab = summarizer.label_text("We collect your email address. We share it with our partners.", fmt="text")
    assert lab.answer("sold").status == NOT_STATED
    lab = summarizer.label_text("We may sell your email address to marketing companies.", fmt="text")
    assert lab.answer("sold").status == STATED


def test_rights(brightside):
    s = " ".join(i.text for i in _answer(brightside, "rights").items).lower()
    for phrase in ("see the data", "correct", "copy", "delete your account", "cookies"):
        assert phrase in s


def test_security_children_transfers_changes_dnt_contact(brightside):
    assert "encryption" in _answer(brightside, "security").summary.lower()
    kids = _answer(brightside, "children")
    assert kids.status == DENIED and "13" in kids.summary
    assert _answer(brightside, "transfers").status == STATED
    assert "directly" in _answer(brightside, "changes").summary
    assert _answer(brightside, "dnt").status == DENIED
    assert "privacy@brightside-notes.example" in _answer(brightside, "contact").summary


def test_header_facts(brightside):
    assert brightside.last_updated == "March 3, 2026"
    assert brightside.organization.startswith("Brightside Notes Ltd")
    assert brightside.name == "Brightside Notes Privacy Policy"


@pytest.mark.parametrize("sentence", [
    "We do not sell your personal information.",
    "We will never sell your data.",
    "We don't sell, rent or trade your personal information.",
    "Your personal information is not sold to anyone.",
    "Information about our users matters to us, and we are not in the business of selling it to others.",
    "Sharing with partners does not include selling or renting your personal information.",
    "We do not and will not sell your personal information.",
])
def test_denials(sentence):
    lab = summarizer.label_text(sentence, fmt="text")
    assert lab.answer("sold").status == DENIED
    assert any(p["negated"] for p in lab.practices)


@pytest.mark.parametrize("sentence", [
    "If you do not want us to share your data with partners, you can opt out.",
    "Unless you tell us not to, we may share your data with our partners.",
])
def test_conditions_are_not_denials(sentence):
    lab = summarizer.label_text(sentence, fmt="text")
    shares = [p for p in lab.practices if p["category"] == "third_party_sharing_collection"]
    assert shares and not any(p["negated"] for p in shares)


def test_not_stated_everywhere_for_an_empty_policy():
    lab = summarizer.label_text("Welcome to our bakery. We bake bread every morning.", fmt="text")
    assert lab.answered == 0
    assert not lab.is_privacy_policy and lab.warnings


def test_practices_follow_the_contract(brightside):
    cats = {"first_party_collection_use", "third_party_sharing_collection", "user_choice_control",
            "user_access_edit_and_deletion", "data_retention", "data_security", "policy_change", "do_not_track",
            "international_and_specific_audiences", "other"}
    text = brightside.document.text
    assert brightside.practices
    for p in brightside.practices:
        assert set(p) == {"category", "attributes", "negated", "evidence", "rule"}
        assert p["category"] in cats
        for attr, vals in p["attributes"].items():
            assert vals and all(v == v.lower() and " " not in v for v in vals)
        for ev in p["evidence"]:
            assert text[ev["start"]:ev["end"]] == ev["text"]


def test_json_and_yaml_round_trip(brightside):
    import yaml

    d = json.loads(brightside.to_json())
    assert d["practices"] == brightside.practices
    assert d["source"]["text"] == brightside.document.text
    assert yaml.safe_load(brightside.to_yaml())["answers"]["sold"]["status"] == "denied"
    assert "text" not in json.loads(brightside.to_json(include_text=False))["source"]


def test_label_reads_at_grade_8_or_below(brightside):
    assert brightside.label_readability.flesch_kincaid_grade <= 8
    assert brightside.readability.words > brightside.label_readability.words


def _reference_policies():
    from conftest import ROOT, SHARED
    found = sorted((ROOT / "examples").glob("*")) + sorted((ROOT / "site" / "policies").glob("*"))
    if (SHARED / "corpus").is_dir():
        found += sorted((SHARED / "corpus" / "seeds").glob("*"))
        found += sorted((SHARED / "corpus" / "opp115-dev").glob("*/policy.txt"))[:20]
    return found


def test_every_label_reads_at_grade_8_or_below():
    """The label's own words, measured like the policy, stay at Flesch–Kincaid grade 8 or below."""
    for path in _reference_policies():
        label = summarizer.label_file(str(path))
        assert label.label_readability.flesch_kincaid_grade <= 8, path.name
        assert label.label_readability.flesch_reading_ease > label.readability.flesch_reading_ease or \
            label.readability.flesch_reading_ease >= 60, path.name


def test_a_short_notice_is_still_a_privacy_policy():
    short = ("Privacy Policy\n\nWe never sell or rent your email address, and we do not share personal "
             "information with advertisers. To stop our emails, use the unsubscribe link.")
    lab = summarizer.label_text(short)
    assert lab.is_privacy_policy and not lab.warnings
    assert not summarizer.label_text("Mix the flour and sugar. Bake for thirty minutes.").is_privacy_policy


def _floats(data, path=()):
    if isinstance(data, float):
        yield path
    elif isinstance(data, dict):
        for k, v in data.items():
            yield from _floats(v, path + (k,))
    elif isinstance(data, list):
        for v in data:
            yield from _floats(v, path)


@pytest.mark.parametrize("name", ["brightside-notes.html", "corner-bakery.txt", "pebble-weather.md"])
def test_json_text_is_the_standard_librarys(name):
    """Label JSON is written with orjson when possible: byte for byte json.dumps(indent=2)."""
    import json

    from pathlib import Path

    lab = summarizer.label_file(Path(__file__).resolve().parent.parent / "examples" / name)
    data = lab.to_dict()
    assert lab.to_json() == json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    # the only floats of a label are readability figures (what label._orjson_safe checks)
    assert {p[:2] for p in _floats(data)} <= {("readability", "policy"), ("readability", "label")}


@pytest.mark.parametrize("data", [
    {"s": "".join(map(chr, range(0x250))) + "\u2028\ufeff😀"},
    {"lone": "\ud800"}, {1: "int key"}, {"big": 2 ** 70}, {"readability": {"policy": {"x": 2.5}}},
    {"readability": {"policy": {"x": 1e-05}}}, {"readability": {"label": {"x": float("nan")}}},
    {"empty": [[], {}], "nested": {"a": [1, 2.5, True, None]}},
])
def test_json_text_odd_values(data):
    import json

    from summarizer.label import label_json_text

    assert label_json_text(data) == json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def test_what_a_sentence_sets_aside_is_not_shared():
    lab = summarizer.label_text("Privacy Policy\n\nWe may share information about your use of the site with our partners (not including "
                                "your name, email address or phone number). We do not sell your data.")
    practices = [p for p in lab.practices if p["category"] == "third_party_sharing_collection" and not p["negated"]]
    assert practices
    types = {t for p in practices for t in p["attributes"].get("personal_information_type", [])}
    assert "contact" not in types


def test_a_kind_of_company_is_named_once_by_its_longest_name():
    """"payment processors" holds the service-provider word "processors": the label names the
    payment processors only, unless the policy also names processors on their own."""
    def recipients(sentence: str) -> list[str]:
        lab = summarizer.label_text("Privacy Policy\n\n" + sentence, fmt="text")
        return [i.text for a in lab.answers if a.key == "sharing" for i in a.items]

    assert recipients("We share your credit card number with third-party payment processors to complete your purchase.") \
        == ["Payment processors"]
    assert recipients("We share your data with processors and with payment processors.") \
        == ["Service providers", "Payment processors"]
    # "third parties" are named so, not "partners"; "third-party" before "partners" only says what kind
    assert recipients("We share your email address with third parties.") == ["Third parties"]
    assert recipients("We share your email address with third-party partners.") == ["Partners"]
    assert recipients("In Zürich, we share your email address with third-party partners.") == ["Partners"]
    assert recipients("We share your email address with our partners and other third parties.") \
        == ["Partners", "Third parties"]


def test_making_purchases_is_an_activity_not_purchase_data():
    def types(policy: str) -> set[str]:
        lab = summarizer.label_text("Privacy Policy\n\n" + policy, fmt="text")
        return {t for p in lab.practices if p["category"] == "first_party_collection_use"
                for t in p["attributes"].get("personal_information_type", [])}

    assert "financial" not in types("We use your personal data for the following purposes:\n"
                                    "- creating an account for making purchases;\n- answering your questions.")
    assert "financial" in types("We collect information about your past purchases to recommend products.")
    assert "financial" in types("We collect details of the purchases you make on the site.")


def test_rules_for_californians_are_said_with_what_the_reader_can_do_not_under_transfers():
    # (readers of the transfers row took "Special rules for people in California" for a transfer)
    lab = summarizer.label_text("Privacy Policy\n\nWe collect your email address.\n\nYour California Privacy Rights\n\n"
                                "California law requires us to describe our practices to California residents; "
                                "this policy does so.", fmt="text")
    a = lab.answers["transfers"] if isinstance(lab.answers, dict) else next(x for x in lab.answers if x.key == "transfers")
    assert a.status == "not_stated" and a.summary == "Not stated."
    rights = lab.answer("rights")
    assert "Special rules for people in California" in [i.text for i in rights.items]
    assert rights.summary.endswith("Special rules for people in California.")
    row = next(line for line in lab.to_markdown().splitlines() if line.startswith("| What can you do?"))
    assert "**Special rules for people in California**" in row
    assert "Special rules for people in California" in lab.to_html()


def test_rules_for_europeans_stay_with_transfers():
    lab = summarizer.label_text("If you are in the European Economic Area, you may object to our processing.", fmt="text")
    assert "Special rules for people in Europe" in [i.text for i in lab.answer("transfers").items]


def test_a_one_person_app_policy_speaks_as_i_and_the_app():
    """"I" in a developer's own policy and "the app" doing a practice are the first party; a
    denial about one kind of data says which kind."""
    policy = ("Privacy Policy for Pocket Notes\n\nPocket Notes is a free app by one developer.\n\n"
              "I do not collect, store or share any of your financial data. I never sell data.\n\n"
              "The app stores your notes only on your phone.\n")
    lab = summarizer.label_text(policy, fmt="text")
    col = next(a for a in lab.answers if a.key == "collected")
    assert col.status == "denied"
    assert col.summary == "They say they do not collect payment and financial data."
    assert "They say they do not collect payment and financial data." in lab.to_markdown()
    denied = [p for p in lab.practices if p["negated"]]
    assert {p["category"] for p in denied} >= {"first_party_collection_use", "third_party_sharing_collection"}
    # "I" is read as the first party only in a policy that speaks as "I" (twice or more)
    once = summarizer.label_text("Privacy Policy\n\nSection I do not apply to visitors.\n", fmt="text")
    assert not once.practices


def test_the_company_named_once_as_the_doer_is_the_first_party_when_the_title_names_it():
    html = ("<html><head><title>Privacy | Zephyr Shoes</title></head><body><h1>Privacy Policy</h1>"
            "<p>Zephyr Shoes Inc. collects your name, shipping address and payment card details when you "
            "place an order.</p><p>We use cookies to remember your cart.</p></body></html>")
    lab = summarizer.label_text(html, fmt="html")
    types = {t for p in lab.practices if p["category"] == "first_party_collection_use" and not p["negated"]
             for t in p["attributes"].get("personal_information_type", [])}
    assert {"contact", "financial"} <= types
    # a company the title does not name, named once, is not taken for the policy's own
    other = summarizer.label_text("Privacy Policy\n\nAcme Ads Inc. collects your name when you click an ad.\n", fmt="text")
    assert not [p for p in other.practices if p["category"] == "first_party_collection_use"
                and "contact" in p["attributes"].get("personal_information_type", [])]


def test_how_modern_app_and_ccpa_policies_speak():
    """Phrasings common in today's policies (CCPA categories, app SDKs, hosting), not in older ones."""
    def practices(sentence: str) -> list[dict]:
        return summarizer.label_text("Privacy Policy\n\n" + sentence, fmt="text").practices

    def values(sentence: str, category: str, attribute: str) -> set[str]:
        return {v for p in practices(sentence) if p["category"] == category and not p["negated"]
                for v in p["attributes"].get(attribute, [])}

    tp, fp = "third_party_sharing_collection", "first_party_collection_use"
    assert "advertising" in values('We "share" identifiers and internet activity with advertising partners for '
                                   "cross-context behavioral advertising.", tp, "purpose")
    assert "financial" in values("We collect commercial information, such as records of products purchased.",
                                 fp, "personal_information_type")
    assert {"computer_information", "ip_address_and_device_ids"} <= values(
        "The app collects crash reports, which include your device model, "
        "OS version and an installation ID.", fp, "personal_information_type")
    assert "named_third_party" in values("We use Google Analytics to understand how visitors use our website.",
                                         tp, "third_party_entity")
    assert "named_third_party" in values("Our hosting provider stores your data on servers in another country.",
                                         tp, "third_party_entity")
    assert "contact" in values("We share your shipping address with delivery companies so they can deliver "
                               "your order.", tp, "personal_information_type")
    lab = summarizer.label_text("Privacy Policy\n\nWe collect your approximate location from your IP address.",
                                fmt="text")
    assert "city or region" in lab.to_markdown() and "precise location" not in lab.to_markdown()


def test_not_asking_for_data_is_a_denial_but_asking_us_not_to_share_is_a_request():
    def collect(sentence: str) -> list[tuple[bool, list[str]]]:
        lab = summarizer.label_text("Privacy Policy\n\n" + sentence, fmt="text")
        return [(p["negated"], p["attributes"].get("personal_information_type", [])) for p in lab.practices
                if p["category"] == "first_party_collection_use"]

    assert collect("We do not ask for your name or email address.") == [(True, ["contact"])]
    assert collect("What we collect\n\nWe do not ask for your name or email address.") == [(True, ["contact"])]
    # a denied verb of asking is no request: the denial after it stands
    assert collect("We don't ask you to create an account, and we don't collect your name or email address.") == [
        (True, ["contact"])]
    lab = summarizer.label_text("Privacy Policy\n\nYou may ask us not to share your email address with partners.",
                                fmt="text")
    assert not [p for p in lab.practices if p["negated"]]


def test_the_verdict_keeps_company_names_capitalised():
    lab = summarizer.label_text("Privacy Policy\n\nWe use Google Analytics to understand how visitors use our website. "
                                "We share your email address with our partners.", fmt="text")
    assert "They share it with Google and partners." in lab.to_markdown()


def test_sharing_with_no_company_named_reads_as_a_sentence():
    # the at-a-glance line used to read "They share it with they share data, ..."
    lab = summarizer.label_text("Privacy Policy\n\nWe collect your e-mail address. We may share your information.",
                                fmt="text")
    assert "They share it, but do not say with whom." in lab.verdict
    assert lab.answer("sharing").status == STATED

    # an exception for the law in a denial says when data is shared, not with whom
    lab = summarizer.label_text("Privacy Policy\n\nWe collect your e-mail address. We do not share your "
                                "information with third parties unless required by law.", fmt="text")
    sharing = lab.answer("sharing")
    assert sharing.status == STATED
    assert sharing.summary == "They share data when the law requires it, but do not say with whom."
    assert [i.negated for i in sharing.items] == [False, True]
    assert "They share it when the law requires it, but do not say with whom." in lab.verdict
    legal = [p for p in lab.practices if p["category"] == "third_party_sharing_collection" and not p["negated"]]
    assert legal and all(p["attributes"]["purpose"] == ["legal_requirement"] for p in legal)

    # beside named companies the exception is one more line, unless authorities are named already
    lab = summarizer.label_text("Privacy Policy\n\nWe collect your e-mail address. We share it with advertisers. "
                                "We do not share your information with anyone else unless required by law.", fmt="text")
    assert [i.text for i in lab.answer("sharing").items if not i.negated] == [
        "Advertisers", "Others, when the law requires it"]
    lab = summarizer.label_text("Privacy Policy\n\nWe collect your e-mail address. We share it with law enforcement "
                                "when required. We do not share your information with anyone else unless required "
                                "by law.", fmt="text")
    assert [i.text for i in lab.answer("sharing").items if not i.negated] == ["Authorities"]


def test_how_long_gdpr_and_ccpa_policies_speak():
    def practices(text: str) -> list[dict]:
        return summarizer.label_text("Privacy Policy\n\n" + text, fmt="text").practices

    def types(text: str) -> set[str]:
        return {t for p in practices(text) if p["category"] == "first_party_collection_use" and not p["negated"]
                for t in p["attributes"].get("personal_information_type", [])}

    # CCPA categories and GDPR headings ("Personal data we process") list what is collected
    assert "user_online_activities" in types("Categories of personal information we collected\n\nInternet or other "
                                             "electronic network activity information, such as your interactions with "
                                             "our website.")
    assert "demographic" in types("Personal data we process\n\nProfessional or employment-related information, "
                                  "if you apply for a job with us.")
    # a purpose list under "Purposes and legal bases" is a use; "keep the platform secure" is not retention
    ps = practices("Purposes and legal bases\n\nTo keep the platform secure, detect and prevent fraud and abuse.")
    assert {p["category"] for p in ps} == {"first_party_collection_use"}
    assert "service_operation_and_security" in ps[0]["attributes"]["purpose"]
    ps = practices("Purposes and legal bases\n\nTo debug and repair errors in our services.")
    assert ps and ps[0]["attributes"].get("purpose") == ["service_operation_and_security"]
    # "we do not have actual knowledge that we sell" denies the sale
    ps = [p for p in practices("We do not have actual knowledge that we sell the personal information of "
                               "consumers under 16 years of age.") if p["rule"] == "share.sell"]
    assert ps and all(p["negated"] for p in ps)
    # a denial under a sharing heading is not also read as sharing
    ps = practices("Who we share your data with\n\nWe do not share your personal data with third parties for their "
                   "own marketing purposes.")
    ps = [p for p in ps if p["category"] == "third_party_sharing_collection"
          and p["evidence"][0]["text"].startswith("We do not")]
    assert ps and all(p["negated"] for p in ps)
    # "Right to know: …" is the reader's access, not a collection or a sharing
    ps = practices("Right to know: you may request the categories of personal information we have collected about "
                   "you and the categories of third parties to whom we disclose it.")
    assert {p["category"] for p in ps} == {"user_access_edit_and_deletion"}
    # companies in the same group are affiliates; "we have sold" is not a sale of the business
    ps = practices("We may share personal data with other companies in the Acme group.")
    assert any("other_part_of_company_affiliate" in p["attributes"].get("third_party_entity", []) for p in ps)
    ps = practices("In the preceding 12 months, we have sold identifiers and commercial information to "
                   "advertising networks.")
    assert ps and not any("merger_acquisition" in p["attributes"].get("purpose", []) for p in ps)
    # the Global Privacy Control is a browser choice
    ps = practices("We honor the Global Privacy Control signal sent by your browser.")
    assert any(p["category"] == "user_choice_control" for p in ps)


def test_gdpr_recipients_lists_name_advisers_and_sub_processors_not_other_users():
    def entities(text: str) -> set[str]:
        lab = summarizer.label_text("Privacy Policy\n\n" + text, fmt="text")
        return {e for p in lab.practices if p["category"] == "third_party_sharing_collection" and not p["negated"]
                for e in p["attributes"].get("third_party_entity", [])}

    # "recipients" of data are not the reader's fellow users
    assert "other_users" not in entities("We share personal data with the following recipients:")
    assert "named_third_party" in entities("Who we share your data with\n\nProfessional advisers, such as lawyers "
                                           "and auditors, where necessary.")
    assert "named_third_party" in entities("Who we share your data with\n\nSub-processors engaged by our "
                                           "processors, under equivalent contractual terms.")


def test_the_childrens_denial_keeps_the_age_of_its_own_sentence():
    lab = summarizer.label_text("Privacy Policy\n\nWe do not knowingly collect personal information from children "
                                "under 13. We do not sell the personal information of consumers under 16 years of "
                                "age.", fmt="text")
    md = lab.to_markdown()
    assert "do not knowingly collect data from children under 13" in md


def test_provide_and_maintain_the_service_and_the_contract_basis_are_running_the_service():
    def purposes(text: str) -> set[str]:
        lab = summarizer.label_text("Privacy Policy\n\n" + text, fmt="text")
        return {v for p in lab.practices if p["category"] == "first_party_collection_use"
                for v in p["attributes"].get("purpose", [])}

    assert "basic_service_feature" in purposes("How we use your personal data\n\nTo provide and maintain our "
                                               "services, including to monitor their usage.")
    assert "basic_service_feature" in purposes("We process your data for the performance of a contract with you.")
    assert "basic_service_feature" in purposes("How we use your personal data\n\nTo manage your requests to us.")


def test_insurers_among_professional_advisers_are_not_health_insurers():
    lab = summarizer.label_text("Privacy Policy\n\nWe may share personal data with professional advisers, such as "
                                "lawyers, auditors and insurers.", fmt="text")
    md = lab.to_markdown()
    assert "Service providers" in md and "Pharmacies" not in md
    lab = summarizer.label_text("Privacy Policy\n\nWe may share your claims data with your health insurer.", fmt="text")
    assert "Health insurers" in lab.to_markdown()


def test_a_short_app_policy_names_its_sdks_permissions_and_developer():
    text = ("Privacy Policy\n\nHopfield Games built Word Dash as a free game.\n\n"
            "The app requests access to your camera and photo library so you can pick pictures. "
            "RevenueCat receives an anonymous app user ID and your purchase history. "
            "OneSignal stores a push notification token for your device. "
            "In-app purchases are processed by the Apple App Store or Google Play. "
            "The game uses Unity Ads to show video ads. "
            "You can turn off personalized ads in the app settings.")
    lab = summarizer.label_text(text, fmt="text")
    assert lab.organization == "Hopfield Games"
    by_rule = {}
    for p in lab.practices:
        by_rule.setdefault(p["rule"], []).append(p)
    collected = [v for p in by_rule["collect.first_party"] for v in p["attributes"].get("personal_information_type", [])]
    assert "other" in collected  # camera and photos
    sdk = by_rule["share.named_tool.receives"]
    assert len(sdk) == 3 and all(p["attributes"]["third_party_entity"] == ["named_third_party"] for p in sdk)
    assert any("ip_address_and_device_ids" in p["attributes"].get("personal_information_type", []) for p in sdk)
    assert "share.named_tool" in by_rule  # Unity Ads, with "the game" as the subject
    assert any(p["attributes"].get("choice_type") == ["first_party_privacy_controls"]
               for p in by_rule.get("choice.first_party_controls", []))
    md = lab.to_markdown()
    assert "photos, recordings or contacts" in md.lower()


def test_app_usage_words_are_usage_data():
    lab = summarizer.label_text("Privacy Policy\n\nWe record which features you use and how long you use them. "
                                "The game stores your gameplay statistics such as levels completed.", fmt="text")
    types = {v for p in lab.practices if p["category"] == "first_party_collection_use"
             for v in p["attributes"].get("personal_information_type", [])}
    assert types == {"user_online_activities"}


def test_a_billing_address_is_data_not_a_purpose():
    def purposes(text: str) -> set[str]:
        lab = summarizer.label_text("Privacy Policy\n\n" + text, fmt="text")
        return {v for p in lab.practices if p["category"] == "first_party_collection_use"
                for v in p["attributes"].get("purpose", [])}

    assert purposes("We collect your billing address.") == set()
    assert purposes("We use your information for billing and collection.") == {"basic_service_feature"}
    assert purposes("We use your data to bill you for your subscription.") == {"basic_service_feature"}


def test_each_retention_period_says_what_data_it_is_for():
    lab = summarizer.label_text("Privacy Policy\n\nWe collect your email address and server logs.\n\n"
                                "We keep your account data for 2 years after you close your account. "
                                "We keep server logs for 90 days. We retain personal data for 5 years.", fmt="text")
    item = [i for i in lab.answer("retention").items if i.text == "For a set time"][0]
    # one kind of data named: it leads its period; personal data in general adds none, and its
    # period comes first (after "server logs: for 90 days" it would read as the logs' too)
    assert item.detail == "for 5 years; account data: for 2 years after you close your account; server logs: for 90 days"

    # two periods in one sentence: each is named with the data of its own clause, never with the
    # other clause's
    lab = summarizer.label_text("Privacy Policy\n\nWe keep order records for seven years, and we delete recordings "
                                "of support calls after 90 days.", fmt="text")
    details = [i.detail for i in lab.answer("retention").items if i.text == "For a set time"]
    assert details == ["order records: for seven years; recordings of support calls: after 90 days"]
    # ...and when a clause names no data of its own, none is named
    lab = summarizer.label_text("Privacy Policy\n\nWe keep order records for seven years, and we delete them after "
                                "ten years at the latest.", fmt="text")
    details = [i.detail for i in lab.answer("retention").items if i.text == "For a set time"]
    assert details and not any(":" in d for d in details)


def test_recommendations_the_reader_gives_are_not_a_purpose():
    def purposes(text: str) -> set[str]:
        lab = summarizer.label_text("Privacy Policy\n\n" + text, fmt="text")
        return {v for p in lab.practices if p["category"] == "first_party_collection_use"
                for v in p["attributes"].get("purpose", [])}

    assert purposes("If you send us feedback or recommendations, we may use this information for improvement of our "
                    "products.") == {"analytics_research"}
    assert "personalization_customization" in purposes("We use your viewing history to recommend videos to you.")
    assert purposes("We use your information only to provide you with access to our products and services.") == {
        "basic_service_feature"}


def test_a_policy_that_collects_nothing_is_not_asked_how_long_it_keeps_it():
    lab = summarizer.label_text("Privacy Policy\n\nWe do not collect, store or share any personal information. "
                                "The app works offline.\n", fmt="text")
    assert lab.verdict == "They say they collect no personal data. They say they do not share it."


def test_labelling_leaves_no_cyclic_garbage():
    """The cycle collector is paused while a label is made (summarizer/__init__.py): that costs
    nothing only as long as labelling makes no reference cycles for it to free. (An HTML or
    Markdown page's parse tree is one, BeautifulSoup's: it is left to the collector.)"""
    import gc
    from pathlib import Path

    examples = sorted(Path(__file__).resolve().parent.parent.joinpath("examples").iterdir())
    assert any(p.suffix == ".txt" for p in examples) and any(p.suffix != ".txt" for p in examples)
    summarizer.label_file(examples[0]).to_json()  # imports, rule pack and textstat set up once
    was_enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        for path in examples:
            if path.suffix == ".txt":
                lab = summarizer.label_file(path)
            else:
                doc = summarizer.parse(path.read_text(encoding="utf-8"), source=str(path))
                gc.collect()
                lab = summarizer.label_document(doc)
            lab.to_json()
            del lab
            assert gc.collect() == 0, path
    finally:
        if was_enabled:
            gc.enable()


def test_labelling_leaves_the_cycle_collector_as_it_found_it():
    import gc

    was_enabled = gc.isenabled()
    try:
        for enabled in (True, False):
            (gc.enable if enabled else gc.disable)()
            summarizer.label_text("Privacy Policy\n\nWe collect your email address.", fmt="text")
            assert gc.isenabled() is enabled
            with pytest.raises(summarizer.InputError):
                summarizer.label_file("/nonexistent/policy.txt")
            assert gc.isenabled() is enabled
    finally:
        (gc.enable if was_enabled else gc.disable)()


def test_the_label_does_not_depend_on_rule_ids():
    # The label reads findings through categories, attributes and facts: renaming every rule
    # changes no answer (only the ``rule`` field of the practices names them).
    import dataclasses

    pack = summarizer.load_rules()
    renamed = dataclasses.replace(pack, rules=[dataclasses.replace(r, id=f"r{i}") for i, r in enumerate(pack.rules)])
    examples = Path(__file__).resolve().parent.parent / "examples"
    for path in sorted(examples.glob("*")):
        fmt = {"md": "markdown", "html": "html"}.get(path.suffix.lstrip("."), "text")
        text = path.read_text(encoding="utf-8")
        a = summarizer.label_text(text, fmt=fmt, rules=pack).to_dict()
        b = summarizer.label_text(text, fmt=fmt, rules=renamed).to_dict()
        assert a["answers"] == b["answers"], path.name
        assert a["at_a_glance"] == b["at_a_glance"], path.name


@pytest.mark.parametrize("title, org", [
    ("Privacy Policy of Acme Widgets Ltd", "Acme Widgets Ltd"),
    ("Privacy Notice of Smith & Jones Ltd", "Smith & Jones Ltd"),
    ("Acme Widgets Ltd Privacy Policy", "Acme Widgets Ltd"),
])
def test_a_title_naming_the_company_gives_the_company_not_the_title(title, org):
    lab = summarizer.label_text(f"{title}\n\nWe collect your email address to send you our newsletter.", fmt="text")
    assert lab.organization == org


def test_markdown_shows_an_ampersand_as_written_but_keeps_entities_literal():
    from summarizer.render import md_escape

    md = summarizer.label_text("Smith & Jones Ltd Privacy Policy\n\nWe collect your email address.",
                               fmt="text").to_markdown()
    assert "Smith & Jones Ltd" in md and "&amp;" not in md
    # "&lt;" in policy text is four characters, not "<", once the Markdown is rendered ("#" is
    # escaped like any Markdown character, which also keeps "&#60;" literal)
    assert md_escape("a &lt;b&gt; &#60; & c") == "a &amp;lt;b&amp;gt; &\\#60; & c"
    assert md_escape("<script>") == "\\<script\\>"


def test_companies_named_in_brackets_after_their_kind_are_its_detail():
    from summarizer import label_text

    items = label_text("Who we share your data with\n\n- our shipping partners (PostNord and DHL), who deliver "
                       "your parcel;\n- our payment processors (such as Stripe);\n- service providers "
                       "(collectively, “Processors”) and ISPs (ISPs).\n", fmt="text").answer("sharing").items
    details = {i.text: i.detail for i in items}
    assert details["Service providers"] == "PostNord, DHL"
    assert details["Payment processors"] == "Stripe"
    assert "Other named companies" not in details  # DHL and Stripe are said with their kinds
