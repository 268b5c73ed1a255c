"""The batch contract: JSONL `{"id", "text"}` in, one Suggestion per line with the same id out.

A bad line gets an error entry (naming the line, never quoting it) and the rest are still written,
in input order.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from cli.progress import progress_bar
from model.errors import RightfirstError
from model.preprocess import check_narrative


def _parse(line: str, number: int, max_chars: int) -> tuple[object, str]:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"line {number}: not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(item, dict) or "text" not in item:
        raise ValueError(f'line {number}: expected an object with "id" and "text"')
    if "id" not in item:
        raise ValueError(f'line {number}: missing "id"')
    try:
        text = check_narrative(item["text"], max_chars)
    except RightfirstError as exc:
        raise ValueError(f"line {number}: {exc.message}") from None
    return item["id"], text


def classify_file(classifier, input_path: Path, output_path: Path, batch_size: int = 16) -> int:
    """Returns how many lines failed."""
    lines = [l for l in Path(input_path).read_text(encoding="utf-8").splitlines()]
    numbered = [(n, l) for n, l in enumerate(lines, start=1) if l.strip()]
    results: dict[int, dict] = {}
    good: list[tuple[int, object, str]] = []
    for number, line in numbered:
        try:
            item_id, text = _parse(line, number, classifier.settings.max_text_chars)
            good.append((number, item_id, text))
        except ValueError as exc:
            results[number] = {"id": _id_if_any(line), "line": number, "error": str(exc)}
            print(f"error: {exc}", file=sys.stderr)
    with progress_bar() as bar:
        task = bar.add_task("classify", total=len(good))
        for i in range(0, len(good), batch_size):
            chunk = good[i : i + batch_size]
            suggestions = classifier.classify_many([t for _, _, t in chunk], batch_size=batch_size)
            for (number, item_id, _), suggestion in zip(chunk, suggestions):
                results[number] = {"id": item_id, **suggestion.model_dump()}
            bar.update(task, advance=len(chunk))
    output_path.parent.mkdir(parents=True, exist_ok=True)
    with Path(output_path).open("w", encoding="utf-8") as out:
        for number, _ in numbered:
            out.write(json.dumps(results[number]) + "\n")
    return sum(1 for r in results.values() if "error" in r)


def _id_if_any(line: str):
    try:
        item = json.loads(line)
        return item.get("id") if isinstance(item, dict) else None
    except json.JSONDecodeError:
        return None
