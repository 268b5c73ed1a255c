"""One progress bar style for every long command.

On a terminal it is a rich bar on stderr. Elsewhere (CI, a log file) it prints a plain line at
every tenth of each task, so long jobs logged to a file still show where they are.
"""

from __future__ import annotations

import sys
import time

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn


class _LoggedProgress(Progress):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._logged: dict = {}
        self._started = time.monotonic()

    def update(self, task_id, **kwargs) -> None:
        super().update(task_id, **kwargs)
        if not self.disable:
            return
        task = self._tasks[task_id]
        if not task.total:
            return
        tenth = int(10 * task.completed / task.total)
        if tenth > self._logged.get(task_id, 0):
            self._logged[task_id] = tenth
            elapsed = time.monotonic() - self._started
            print(f"{task.description}: {int(task.completed)}/{int(task.total)} ({elapsed:.0f}s)", file=sys.stderr, flush=True)


def progress_bar() -> Progress:
    return _LoggedProgress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        disable=not sys.stderr.isatty(),
    )
