"""Load benchmark for the records-system API, from a second process on loopback.

Starts ``rightfirst serve`` in a subprocess (fresh data directory, a new system key), then fires
``POST /v1/classify`` at concurrency 1, 8 and 32 and ``POST /v1/classify/batch`` with batches of
32, and reports p50/p95/p99 latency and throughput. After the server stops it measures the same
model in this process (``classify`` one at a time and ``classify_many``) so the report can say
how much the API adds.

    .venv/bin/python benchmarks/api_load.py --model models/2026.04.1
    .venv/bin/python benchmarks/api_load.py --fake        # the API's own overhead, no model

Narratives come from --narratives (JSONL with a "text" field), by default the test fixtures.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

DEFAULT_NARRATIVES = REPO / "tests" / "fixtures" / "narratives.jsonl"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def summarise(latencies: list[float], wall: float, narratives: int, errors: int) -> dict:
    return {
        "requests": len(latencies),
        "errors": errors,
        "p50_ms": round(percentile(latencies, 50) * 1000, 1),
        "p95_ms": round(percentile(latencies, 95) * 1000, 1),
        "p99_ms": round(percentile(latencies, 99) * 1000, 1),
        "mean_ms": round(statistics.fmean(latencies) * 1000, 1) if latencies else None,
        "requests_per_s": round(len(latencies) / wall, 2),
        "narratives_per_s": round(narratives / wall, 2),
        "wall_s": round(wall, 2),
    }


def load_texts(path: Path) -> list[str]:
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not texts:
        raise SystemExit(f"no narratives in {path}")
    return texts


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- the server --------------------------------------------------------------------------------


def serve_fake(port: int) -> None:
    """Internal: serve the API over the test suite's fake classifier (measures the API alone)."""
    import uvicorn

    from api import create_app
    from tests.conftest import FakeClassifier

    uvicorn.run(create_app(classifier=FakeClassifier()), host="127.0.0.1", port=port, log_level="warning")


def start_server(args, port: int, data_dir: Path) -> subprocess.Popen:
    env = {**os.environ, "RIGHTFIRST_DATA_DIR": str(data_dir), "PYTHONPATH": str(REPO)}
    env.pop("RIGHTFIRST_DATABASE_URL", None)
    if args.fake:
        command = [sys.executable, __file__, "--serve-fake", str(port)]
    else:
        env["RIGHTFIRST_MODEL_PATH"] = str(Path(args.model).resolve())
        rightfirst = Path(sys.executable).with_name("rightfirst")
        command = [str(rightfirst), "serve", "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"]
    return subprocess.Popen(command, env=env, cwd=REPO)


def create_key(data_dir: Path) -> str:
    from storage import Database, create_api_key

    database = Database(f"sqlite:///{data_dir / 'rightfirst.db'}")
    try:
        with database.session() as session:
            return create_api_key(session, "system", "load benchmark").key
    finally:
        database.dispose()


def wait_ready(base: str, process: subprocess.Popen, timeout: float) -> dict:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server exited with status {process.returncode}")
        try:
            response = httpx.get(f"{base}/readyz", timeout=2)
            if response.status_code == 200:
                return response.json()
            details = response.json().get("error", {}).get("details", [])
            if any(d.get("status") == "failed" for d in details):
                raise SystemExit(f"the server is not ready: {details}")
        except httpx.TransportError:
            pass
        time.sleep(0.25)
    raise SystemExit(f"the server was not ready within {timeout} s")


# --- the load ----------------------------------------------------------------------------------


async def run_load(base: str, key: str, path: str, bodies: list[dict], concurrency: int, per_body: int) -> dict:
    import httpx

    headers = {"Authorization": f"Bearer {key}"}
    latencies: list[float] = []
    errors = 0
    queue: asyncio.Queue[dict] = asyncio.Queue()
    for body in bodies:
        queue.put_nowait(body)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)

    async with httpx.AsyncClient(base_url=base, headers=headers, limits=limits, timeout=600) as client:

        async def worker() -> None:
            nonlocal errors
            while True:
                try:
                    body = queue.get_nowait()
                except asyncio.QueueEmpty:
                    return
                start = time.perf_counter()
                response = await client.post(path, json=body)
                elapsed = time.perf_counter() - start
                if response.status_code == 200:
                    latencies.append(elapsed)
                else:
                    errors += 1

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        wall = time.perf_counter() - started
    return summarise(latencies, wall, len(latencies) * per_body, errors)


def in_process(args, texts: list[str], singles: int, batch: int, batches: int) -> dict:
    if args.fake:
        from tests.conftest import FakeClassifier

        classifier = FakeClassifier()
    else:
        from model import load_model
        from model.settings import get_settings

        classifier = load_model(Path(args.model), settings=get_settings())
    for text in texts[:3]:
        classifier.classify(text)  # warm-up
    latencies = []
    started = time.perf_counter()
    for i in range(singles):
        t0 = time.perf_counter()
        classifier.classify(texts[i % len(texts)])
        latencies.append(time.perf_counter() - t0)
    single = summarise(latencies, time.perf_counter() - started, singles, 0)
    latencies = []
    started = time.perf_counter()
    for b in range(batches):
        chunk = [texts[(b * batch + j) % len(texts)] for j in range(batch)]
        t0 = time.perf_counter()
        classifier.classify_many(chunk, batch_size=min(batch, 32))
        latencies.append(time.perf_counter() - t0)
    many = summarise(latencies, time.perf_counter() - started, batches * batch, 0)
    return {"classify": single, f"classify_many_{batch}": many}


def print_table(rows: dict[str, dict]) -> None:
    print(f"{'scenario':<34} {'n':>5} {'err':>4} {'p50 ms':>9} {'p95 ms':>9} {'p99 ms':>9} {'req/s':>8} {'narr/s':>8}")
    for name, r in rows.items():
        print(
            f"{name:<34} {r['requests']:>5} {r['errors']:>4} {r['p50_ms']:>9} {r['p95_ms']:>9} {r['p99_ms']:>9} "
            f"{r['requests_per_s']:>8} {r['narratives_per_s']:>8}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--model", help="Model version directory to serve and to measure in-process")
    which.add_argument("--fake", action="store_true", help="Use the tests' fake classifier: measures the API alone")
    which.add_argument("--serve-fake", type=int, metavar="PORT", help=argparse.SUPPRESS)
    parser.add_argument("--narratives", type=Path, default=DEFAULT_NARRATIVES, help="JSONL with a 'text' field")
    parser.add_argument("--requests", type=int, default=200, help="Single-narrative requests per concurrency level")
    parser.add_argument("--batches", type=int, default=10, help="Batch requests (of --batch-size narratives)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 8, 32])
    parser.add_argument("--ready-timeout", type=float, default=300.0)
    parser.add_argument("--json-out", type=Path, help="Also write the results as JSON here")
    args = parser.parse_args()
    if args.serve_fake:
        serve_fake(args.serve_fake)
        return
    if not args.fake and not args.model:
        parser.error("give --model PATH (a model version directory) or --fake")

    texts = load_texts(args.narratives)
    rows: dict[str, dict] = {}
    # The in-process model is measured before and after the API (the better of the two is kept), so
    # a burst of load from other processes on a shared machine does not decide the comparison.
    before = in_process(args, texts, min(args.requests, 200), args.batch_size, args.batches)
    with tempfile.TemporaryDirectory(prefix="rightfirst-bench-") as tmp:
        data_dir = Path(tmp)
        key = create_key(data_dir)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        process = start_server(args, port, data_dir)
        try:
            ready = wait_ready(base, process, args.ready_timeout)
            print(f"server ready: model {ready['model_version']}, pid {process.pid}", file=sys.stderr)
            warm = [{"text": t} for t in texts[:5]]
            asyncio.run(run_load(base, key, "/v1/classify", warm, 1, 1))
            for c in args.concurrency:
                bodies = [{"text": texts[i % len(texts)]} for i in range(args.requests)]
                rows[f"API /v1/classify c={c}"] = asyncio.run(run_load(base, key, "/v1/classify", bodies, c, 1))
            n = args.batch_size
            bodies = [
                {"items": [{"text": texts[(b * n + j) % len(texts)]} for j in range(n)]} for b in range(args.batches)
            ]
            rows[f"API /v1/classify/batch x{n} c=1"] = asyncio.run(
                run_load(base, key, "/v1/classify/batch", bodies, 1, n)
            )
        finally:
            process.terminate()
            process.wait(timeout=30)

    after = in_process(args, texts, min(args.requests, 200), args.batch_size, args.batches)
    for key, name in (("classify", "in-process classify"), (f"classify_many_{args.batch_size}", f"in-process classify_many x{args.batch_size}")):
        rows[name] = max(before[key], after[key], key=lambda r: r["narratives_per_s"])
    print_table(rows)

    api_single = rows["API /v1/classify c=1"]
    local_single = rows["in-process classify"]
    api_batch = rows[f"API /v1/classify/batch x{args.batch_size} c=1"]
    local_batch = rows[f"in-process classify_many x{args.batch_size}"]
    overhead = {
        "single_p50_added_ms": round(api_single["p50_ms"] - local_single["p50_ms"], 1),
        "single_throughput_ratio": round(api_single["narratives_per_s"] / local_single["narratives_per_s"], 3),
        "best_concurrent_throughput_ratio": round(
            max(r["narratives_per_s"] for k, r in rows.items() if k.startswith("API /v1/classify c="))
            / local_single["narratives_per_s"],
            3,
        ),
        "batch_throughput_ratio": round(api_batch["narratives_per_s"] / local_batch["narratives_per_s"], 3),
    }
    print(
        f"\nthe API adds {overhead['single_p50_added_ms']} ms at p50 per single narrative; "
        f"API/in-process throughput: single {overhead['single_throughput_ratio']}, "
        f"best concurrent {overhead['best_concurrent_throughput_ratio']}, batch {overhead['batch_throughput_ratio']}"
    )
    if args.json_out:
        payload = {"model": "fake" if args.fake else str(args.model), "results": rows, "overhead": overhead}
        args.json_out.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
