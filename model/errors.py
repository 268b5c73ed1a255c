"""Failures a caller can act on. Each carries an HTTP status and a stable code; messages never quote narrative text."""


class RightfirstError(Exception):
    status_code = 400
    code = "error"

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class InvalidNarrative(RightfirstError):
    status_code = 422
    code = "invalid_narrative"


class NarrativeTooLong(RightfirstError):
    status_code = 413
    code = "narrative_too_long"


class UnknownClassification(RightfirstError):
    status_code = 422
    code = "unknown_classification"


class ModelNotFound(RightfirstError):
    status_code = 503
    code = "model_not_found"
