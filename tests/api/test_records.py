"""POST /v1/classify, /v1/classify/batch and /v1/audit over the fake classifier."""

from __future__ import annotations

from model.suggestion import Suggestion
from storage import decisions_for_case, get_case, review_queue
from tests.api.helpers import STALKING_NARRATIVE, assert_error


def test_classify_returns_a_valid_suggestion_with_exact_spans(client, auth):
    response = client.post("/v1/classify", json={"text": STALKING_NARRATIVE, "reference": "CRI/1"}, headers=auth())
    assert response.status_code == 200
    body = response.json()
    assert body["reference"] == "CRI/1"
    suggestion = Suggestion.model_validate(body["suggestion"])
    assert suggestion.label == "stalking"
    assert suggestion.model_version == "fake-0.1"
    assert abs(sum(suggestion.probabilities.values()) - 1.0) < 1e-6
    assert suggestion.spans and all(STALKING_NARRATIVE[s.start : s.end] == s.text for s in suggestion.spans)


def test_classify_does_not_store_a_case(client, auth, app):
    client.post("/v1/classify", json={"text": STALKING_NARRATIVE}, headers=auth())
    with app.state.database.session() as session:
        assert review_queue(session) == []


def test_batch_keeps_order_and_fails_bad_items_alone(client, auth, fake_classifier):
    items = [
        {"text": STALKING_NARRATIVE, "reference": "a"},
        {"text": "   \n\t", "reference": "b"},
        {"text": "x" * 2_001, "reference": "c"},
        {"text": "He sent her messages again and again.", "reference": "d"},
    ]
    response = client.post("/v1/classify/batch", json={"items": items}, headers=auth())
    assert response.status_code == 200
    body = response.json()
    assert (body["succeeded"], body["failed"]) == (2, 2)
    results = body["results"]
    assert [r["index"] for r in results] == [0, 1, 2, 3]
    assert [r["reference"] for r in results] == ["a", "b", "c", "d"]
    assert results[0]["suggestion"]["label"] == "stalking" and results[0]["error"] is None
    assert results[1]["error"]["code"] == "invalid_narrative" and results[1]["suggestion"] is None
    assert results[2]["error"]["code"] == "narrative_too_long"
    assert results[3]["suggestion"]["label"] == "harassment"
    # The valid items went to the model in one batched call.
    assert fake_classifier.batch_calls == 1


def test_batch_isolates_an_item_the_model_refuses(client, auth):
    items = [{"text": STALKING_NARRATIVE}, {"text": "MODEL-REFUSES this one"}, {"text": "He followed her again."}]
    response = client.post("/v1/classify/batch", json={"items": items}, headers=auth())
    assert response.status_code == 200
    results = response.json()["results"]
    assert results[0]["suggestion"] is not None
    assert results[1]["error"]["code"] == "invalid_narrative"
    assert results[2]["suggestion"] is not None


def test_batch_over_the_limit_is_413(client, auth):
    items = [{"text": "He followed her again."}] * 9  # settings fixture: max_batch_items=8
    error = assert_error(client.post("/v1/classify/batch", json={"items": items}, headers=auth()), 413, "batch_too_large")
    assert "8" in error["message"]


def test_empty_batch_is_422(client, auth):
    error = assert_error(client.post("/v1/classify/batch", json={"items": []}, headers=auth()), 422, "validation_error")
    assert error["details"][0]["field"] == "items"


def test_audit_of_misrecorded_stalking(client, auth, app):
    response = client.post(
        "/v1/audit",
        json={"text": STALKING_NARRATIVE, "recorded": "harassment", "reference": "CRI/2026/1"},
        headers=auth(),
    )
    assert response.status_code == 200
    body = response.json()
    assert body["verdict"] == "likely_misclassified"
    assert body["recorded_label"] == "harassment"
    assert body["in_review_queue"] is True
    reason = body["reasons"][0]
    assert reason.startswith("recorded as harassment, but following")
    assert "loitering" in reason and "fixation marker" in reason and "stalking (PHA s.2A)" in reason
    with app.state.database.session() as session:
        queue = review_queue(session)
        assert [(q.case_id, q.reference, q.suggested_label) for q in queue] == [(body["case_id"], "CRI/2026/1", "stalking")]
        case = get_case(session, body["case_id"])
        assert case.narrative == STALKING_NARRATIVE
        assert case.status == "open" and case.verdict == "likely_misclassified"
        assert case.suggestions[0].output["label"] == "stalking"
        assert decisions_for_case(session, case.id) == []


def test_audit_agree_by_code_closes_the_case(client, auth, app):
    body = client.post("/v1/audit", json={"text": STALKING_NARRATIVE, "recorded": "8q"}, headers=auth()).json()
    assert body["verdict"] == "agree"
    assert body["recorded_label"] == "stalking"
    assert body["in_review_queue"] is False
    with app.state.database.session() as session:
        assert get_case(session, body["case_id"]).status == "closed"
        assert review_queue(session) == []


def test_audit_needs_review_enters_the_queue(client, auth):
    text = "Unsure whether this is connected, but he followed her again."
    body = client.post("/v1/audit", json={"text": text, "recorded": "stalking"}, headers=auth()).json()
    assert body["verdict"] == "needs_review"
    assert body["in_review_queue"] is True
    queue = client.get("/v1/review/queue", headers=auth("registrar")).json()
    assert queue["open_cases"] == 1
    assert queue["items"][0]["case_id"] == body["case_id"]
    assert "narrative" not in queue["items"][0]


def test_audit_unknown_classification_is_422_and_runs_no_model(client, auth, fake_classifier):
    error = assert_error(
        client.post("/v1/audit", json={"text": STALKING_NARRATIVE, "recorded": "burglary"}, headers=auth()),
        422,
        "unknown_classification",
    )
    assert "burglary" not in error["message"]
    assert fake_classifier.calls == 0


def test_offences_lists_labels_and_codes(client, auth):
    body = client.get("/v1/offences", headers=auth("registrar")).json()
    assert len(body["labels"]) == 9
    assert body["codes"]["8L"] == ["harassment", "harassment_fear_of_violence"]
    assert "SURVEILLANCE" in body["evidence_types"]
    assert "course_of_conduct" in body["elements"]


def test_model_reports_version_and_card(client, auth):
    body = client.get("/v1/model", headers=auth()).json()
    assert body == {"version": "fake-0.1", "card": {"name": "fake", "purpose": "API tests", "metrics": {}}}
