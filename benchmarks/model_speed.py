"""Model speed on this machine: latency for one ~200-word narrative and batch throughput.

Run: .venv/bin/python benchmarks/model_speed.py [--model DIR] [--runs 40]
Prints JSON. Uses narratives from the corpus test split (only their lengths matter; no text is printed).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", type=Path, default=None, help="Model version directory (default: current)")
    parser.add_argument("--runs", type=int, default=40, help="Single-narrative runs")
    parser.add_argument("--batch", type=int, default=32, help="Batch size for the throughput run")
    parser.add_argument("--batches", type=int, default=4, help="Batches for the throughput run")
    parser.add_argument("--data", type=Path, default=Path("corpora/data/test.jsonl"))
    args = parser.parse_args()

    from model.classifier import load_model
    from training.data import read_jsonl

    started = time.perf_counter()
    classifier = load_model(args.model)
    load_seconds = time.perf_counter() - started
    records = read_jsonl(args.data)
    near_200 = sorted(records, key=lambda r: abs(len(r["text"].split()) - 200))[0]["text"]
    classifier.classify(near_200)  # warm-up
    latencies = []
    for _ in range(args.runs):
        t = time.perf_counter()
        classifier.classify(near_200)
        latencies.append((time.perf_counter() - t) * 1000)
    latencies.sort()
    pool = [r["text"] for r in records[: args.batch * args.batches]]
    t = time.perf_counter()
    classifier.classify_many(pool, batch_size=args.batch)
    batch_seconds = time.perf_counter() - t
    words = [len(p.split()) for p in pool]
    print(json.dumps({
        "model_version": classifier.version,
        "load_seconds": round(load_seconds, 2),
        "single_words": len(near_200.split()),
        "single_p50_ms": round(statistics.median(latencies), 1),
        "single_p95_ms": round(latencies[int(0.95 * (len(latencies) - 1))], 1),
        "batch_size": args.batch,
        "batch_docs": len(pool),
        "batch_mean_words": round(sum(words) / len(words), 1),
        "batch_docs_per_second": round(len(pool) / batch_seconds, 2),
    }, indent=2))


if __name__ == "__main__":
    main()
