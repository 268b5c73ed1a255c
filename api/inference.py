"""Runs the classifier off the event loop, one call at a time, on one long-lived thread.

Inference is CPU-bound and synchronous (seconds for a large batch). It runs on a dedicated
worker thread so the event loop keeps answering /healthz, /metrics and other requests. One
thread, not the shared threadpool: calls are serialised (the model already uses every core it is
given, and concurrent forward passes would only oversubscribe them; not every backend is
thread-safe either), and PyTorch's per-thread OpenMP team stays warm instead of being rebuilt on
whichever pool thread picks up the next request.
"""

from __future__ import annotations

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import Protocol

from api.metrics import Metrics
from model.suggestion import Suggestion


class Classifier(Protocol):
    version: str
    card: dict

    def classify(self, text: str) -> Suggestion: ...

    def classify_many(self, texts: list[str], batch_size: int = 16) -> list[Suggestion]: ...


class Inference:
    def __init__(self, classifier: Classifier, metrics: Metrics | None = None, batch_size: int = 16) -> None:
        self.classifier = classifier
        self.metrics = metrics
        self.batch_size = batch_size
        self._executor: ThreadPoolExecutor | None = None

    @property
    def version(self) -> str:
        return self.classifier.version

    async def _run(self, kind: str, fn, *args):
        def timed():
            start = time.perf_counter()
            try:
                return fn(*args)
            finally:
                if self.metrics is not None:
                    self.metrics.inference.labels(kind=kind).observe(time.perf_counter() - start)

        if self._executor is None:  # created on first use, and again if the app is started after a close()
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="rightfirst-inference")
        return await asyncio.get_running_loop().run_in_executor(self._executor, timed)

    async def classify(self, text: str) -> Suggestion:
        return await self._run("single", self.classifier.classify, text)

    async def classify_many(self, texts: list[str]) -> list[Suggestion]:
        if not texts:
            return []
        return await self._run("batch", partial(self.classifier.classify_many, batch_size=self.batch_size), texts)

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None
