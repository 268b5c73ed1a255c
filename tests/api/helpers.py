"""Helpers shared by the API tests."""

from __future__ import annotations

STALKING_NARRATIVE = (
    "IP reports her former colleague followed her from the station on four occasions and waited outside her "
    "workplace. He says they are meant to be together. She has blocked his number."
)


def assert_error(response, status: int, code: str) -> dict:
    """The one error shape: {"error": {"code", "message", "details"}} with the expected status and code."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "details"}
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    assert isinstance(body["error"]["details"], list)
    return body["error"]
