"""Storage failures a caller can act on (they carry an HTTP status like every RightfirstError)."""

from model.errors import RightfirstError


class NotFound(RightfirstError):
    status_code = 404
    code = "not_found"


class DatabaseUnavailable(RightfirstError):
    status_code = 503
    code = "database_unavailable"
