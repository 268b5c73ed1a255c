import pytest

from model.rules import COMPONENT_NAME, build_pipeline


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def read(nlp, text):
    return nlp(text)._.rightfirst


def test_component_is_registered_on_a_blank_pipeline(nlp):
    assert nlp.pipe_names == [COMPONENT_NAME]
    assert nlp.meta["lang"] == "en"


def test_negation_scope_stops_at_but(nlp):
    text = "No threats were made but he followed her home."
    findings = read(nlp, text)
    threat = text.index("threats were made")
    follow = text.index("followed her home")
    assert findings.is_negated(threat, threat + len("threats were made"))
    assert not findings.is_negated(follow, follow + len("followed her home"))


def test_hypothetical_is_cancelled(nlp):
    text = "IP advised to call 999 if he comes back to the address."
    findings = read(nlp, text)
    start = text.index("he comes back")
    assert findings.is_negated(start, start + len("he comes back"))


@pytest.mark.parametrize(
    "text, at_least",
    [
        ("He has turned up on 14 occasions since March.", 14),
        ("Sat outside her work again, 3rd time this wk.", 3),
        ("He rang her forty times overnight.", 40),
        ("Messages every night since January.", 2),
        ("He came to the house on 03/05 and on 09/05.", 2),
        ("TT IP x3 no ans", 3),
    ],
)
def test_occasions_are_counted(nlp, text, at_least):
    assert read(nlp, text).occasions >= at_least


def test_negated_counts_do_not_count(nlp):
    assert read(nlp, "He has not contacted her on 5 occasions as alleged; one call only.").occasions < 5


def test_single_incident_has_no_occasions(nlp):
    findings = read(nlp, "One abusive email from an unknown sender. First time anything like this has happened.")
    assert findings.single_incident
    assert findings.occasions < 2


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Her ex-partner keeps messaging her.", "former_partner"),
        ("CLR STATES EX P/NER SAT OUTSIDE", "former_partner"),
        ("Both parties were shouting at each other.", "mutuality"),
        ("Letters from the debt collection agency about arrears.", "lawful_purpose"),
        ("The couple live together at the address.", "live_relationship"),
        ("It is a dispute about the boundary fence and nothing else.", "issue_based"),
        ("The bad feeling between the neighbours goes back years.", "issue_based"),
        ("It was all one continuous conversation on the one evening.", "single_incident"),
        ("There was an argument between the couple at the address.", "mutuality"),
        ("He let her move back in after a week.", "mutuality"),
        ("A collector rang about the CCJ.", "lawful_purpose"),
    ],
)
def test_context_cues(nlp, text, cue):
    assert getattr(read(nlp, text), cue)


def test_findings_never_hold_narrative_text(nlp):
    findings = read(nlp, "He rang her 12 times on Sunday.")
    assert all("rang" not in reason for reason in findings.occasion_reasons)


def test_negation_scope_is_capped_where_a_record_has_no_full_stops(nlp):
    text = "No further action was taken by the council that week he followed her home from the station"
    findings = read(nlp, text)
    follow = text.index("he followed her home")
    assert findings.is_negated(text.index("further action"), text.index("further action") + len("further action"))
    assert not findings.is_negated(follow, follow + len("he followed her home"))


def test_patterns_saved_before_the_cap_keep_the_old_scope():
    from model.rules import DEFAULT_PATTERNS_PATH, RuleReader, load_patterns

    patterns = dict(load_patterns(str(DEFAULT_PATTERNS_PATH)))
    patterns.pop("scope_max_words")
    patterns.pop("issue_based_cues")
    text = "No further action was taken by the council that week he followed her home from the station"
    findings = RuleReader(patterns).read(text)
    follow = text.index("he followed her home")
    assert findings.is_negated(follow, follow + len("he followed her home"))
    assert not findings.issue_based


def test_a_cue_inside_the_span_is_what_the_span_says(nlp):
    text = "She said no to meeting him every time he asked."
    findings = read(nlp, text)
    start = text.index("She said no")
    assert not findings.is_negated(start, start + len("She said no to meeting him"))


def test_an_ordinary_stalking_record_is_not_issue_based(nlp):
    findings = read(nlp, "He has followed her to work and sat outside her flat most nights; he says she belongs to him.")
    assert not findings.issue_based
