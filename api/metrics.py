"""Prometheus metrics, one registry per app (so tests and several apps in one process don't clash).

Labels are bounded: route templates (never raw paths), status codes, label names and verdicts.
Nothing derived from narrative text is ever a label value.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

from model.audit import VERDICTS
from model.taxonomy import LABELS

_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.requests = Counter(
            "rightfirst_http_requests",
            "HTTP requests by route template, method and status",
            ["method", "route", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "rightfirst_http_request_duration_seconds",
            "HTTP request latency by route template and method",
            ["method", "route"],
            buckets=_LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.suggestions = Counter(
            "rightfirst_suggestions", "Suggestions returned, by label", ["label"], registry=self.registry
        )
        self.needs_review = Counter(
            "rightfirst_suggestions_needs_review", "Suggestions flagged for a registrar", registry=self.registry
        )
        self.verdicts = Counter("rightfirst_audit_verdicts", "Audit verdicts", ["verdict"], registry=self.registry)
        self.batch_items = Counter(
            "rightfirst_batch_items", "Batch items by outcome", ["outcome"], registry=self.registry
        )
        self.inference = Histogram(
            "rightfirst_inference_duration_seconds",
            "Time inside the model (per call; a batch is one call)",
            ["kind"],
            buckets=_LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.model_info = Gauge(
            "rightfirst_model_info", "The model being served (value 1)", ["version"], registry=self.registry
        )
        # Pre-create the bounded series so dashboards see zeros rather than gaps.
        for label in LABELS:
            self.suggestions.labels(label=label)
        for verdict in VERDICTS:
            self.verdicts.labels(verdict=verdict)

    def observe_suggestion(self, label: str, needs_review: bool) -> None:
        self.suggestions.labels(label=label if label in LABELS else "other").inc()
        if needs_review:
            self.needs_review.inc()

    def render(self) -> bytes:
        return generate_latest(self.registry)
