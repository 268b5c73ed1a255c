"""The OpenAPI contract: the path list (snapshot), and an example for every request and response body."""

from __future__ import annotations

import pytest

from api import create_app

PATHS_SNAPSHOT = [
    ("DELETE", "/v1/keys/{key_id}"),
    ("GET", "/healthz"),
    ("GET", "/metrics"),
    ("GET", "/readyz"),
    ("GET", "/v1/keys"),
    ("GET", "/v1/model"),
    ("GET", "/v1/offences"),
    ("GET", "/v1/review/queue"),
    ("POST", "/v1/admin/reload"),
    ("POST", "/v1/audit"),
    ("POST", "/v1/classify"),
    ("POST", "/v1/classify/batch"),
    ("POST", "/v1/keys"),
]


@pytest.fixture(scope="module")
def spec(tmp_path_factory):
    from model.settings import Settings

    settings = Settings(data_dir=tmp_path_factory.mktemp("openapi"))
    return create_app(settings).openapi()


def _resolve(spec: dict, schema: dict) -> dict:
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = spec["components"]["schemas"][name]
    return schema


def _has_example(spec: dict, media: dict) -> bool:
    if media.get("example") is not None or media.get("examples"):
        return True
    return bool(_resolve(spec, media.get("schema", {})).get("examples"))


def _operations(spec):
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            yield method.upper(), path, operation


def test_path_list_snapshot(spec):
    assert sorted((m, p) for m, p, _ in _operations(spec)) == PATHS_SNAPSHOT


def test_every_request_and_response_body_has_an_example(spec):
    missing = []
    for method, path, operation in _operations(spec):
        body = operation.get("requestBody")
        if body:
            for media_type, media in body["content"].items():
                if not _has_example(spec, media):
                    missing.append(f"{method} {path} request {media_type}")
        for status, response in operation["responses"].items():
            for media_type, media in response.get("content", {}).items():
                if not _has_example(spec, media):
                    missing.append(f"{method} {path} {status} {media_type}")
    assert missing == []


def test_examples_are_valid_against_the_models(spec):
    """The examples are documentation people copy: they must parse as the models they illustrate."""
    from api import schemas

    for name in ("ClassifyRequest", "BatchRequest", "AuditRequest", "KeyCreateRequest", "ClassifyResponse",
                 "BatchResponse", "AuditResponse", "OffencesResponse", "ModelResponse", "KeyCreated", "KeyList",
                 "QueueResponse", "ReadyResponse", "HealthResponse", "ErrorResponse"):
        model = getattr(schemas, name)
        for example in spec["components"]["schemas"][name]["examples"]:
            model.model_validate(example)
    for example in schemas.ERROR_EXAMPLES.values():
        schemas.ErrorResponse.model_validate(example)


def test_the_audit_example_reason_is_what_audit_says(spec):
    from api.schemas import EXAMPLE_REASONS, EXAMPLE_SUGGESTION
    from model.audit import audit
    from model.suggestion import Suggestion

    assert audit(Suggestion.model_validate(EXAMPLE_SUGGESTION), "harassment").reasons == EXAMPLE_REASONS


def test_errors_are_documented_with_the_error_shape(spec):
    for method, path, operation in _operations(spec):
        for status, response in operation["responses"].items():
            if status.startswith(("4", "5")):
                schema = response["content"]["application/json"]["schema"]
                assert schema == {"$ref": "#/components/schemas/ErrorResponse"}, (method, path, status)
    assert "HTTPValidationError" not in spec["components"]["schemas"]


def test_bearer_security_scheme_is_documented(spec):
    schemes = spec["components"]["securitySchemes"]
    assert any(s.get("scheme", "").lower() == "bearer" for s in schemes.values())
    assert spec["paths"]["/v1/classify"]["post"]["security"]
