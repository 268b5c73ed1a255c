"""Training speed on this machine: seconds per optimisation step of the real encoder, and the full run it implies.

A full fine-tune of the default model takes about an hour on a 2-core machine, too long to try
each way of shortening it. This runs a few steps of exactly the step `rightfirst train` runs
(``training.train.training_step``), on the batches the full run would see first, and projects the
full run's training time: from the mean step, and from the seconds per padded token scaled to the
padded tokens of every batch of the run (the better guide when batches differ in length, as with
``--length-buckets``). Compare settings in one invocation, so that every figure comes from the same
machine under the same load:

    .venv/bin/python benchmarks/train_speed.py --steps 20 --freeze-layers 0 2 3
    .venv/bin/python benchmarks/train_speed.py --steps 20 --max-length 256 192 --handwritten-weight 3 2
    .venv/bin/python benchmarks/train_speed.py --steps 20 --length-buckets 0 50
    .venv/bin/python benchmarks/train_speed.py --steps 20 --length-buckets 50 --precision fp32 bf16

Prints JSON, one object per setting. No narrative text is printed. Run it on an otherwise idle
machine: a training job or the test suite beside it halves the figures. Counting the run's padded
tokens windows every batch of the run once, about 20 s per setting for the default run.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def measure(steps: int, warmup_steps: int, **overrides) -> dict:
    import torch

    from corpora.handwritten_compile import OUTPUT_PATH as HANDWRITTEN_FILE
    from model.encoder import load_tokenizer, make_windows, new_encoder_from_base, tag_names
    from training.train import (
        TrainingArgs, batch_order, make_optimizer, make_scheduler, training_records, training_step,
    )

    # Nothing is written: output_dir is only required by TrainingArgs.
    args = TrainingArgs(output_dir=Path(tempfile.gettempdir()) / "rightfirst-train-speed",
                        handwritten_file=HANDWRITTEN_FILE, **overrides)
    torch.manual_seed(args.seed)
    records = training_records(args)
    total_steps = max(1, int(math.ceil(len(records) / args.batch_docs) * args.epochs))
    tokenizer = load_tokenizer()
    model = new_encoder_from_base(element_heads=args.element_heads).train()
    optimizer = make_optimizer(model, args)
    scheduler = make_scheduler(optimizer, total_steps, args.warmup_ratio)
    order = batch_order(records, total_steps, args)
    tags = tag_names()

    def window_tokens(step: int) -> tuple[int, int]:
        """The step's padded window grid and the real tokens in it: an encoder pass costs the grid."""
        windows = make_windows(tokenizer, [records[i]["text"] for i in order[step]], args.max_length, args.stride,
                               args.max_windows)
        return int(windows.input_ids.numel()), int(windows.attention_mask.sum())

    # The run's time is a sum over steps of uneven cost (long narratives have more windows, and a length
    # bucketed run has short and long batches), so a handful of measured steps project it badly on their own.
    # The projection scales the measured seconds per padded token to the padded tokens of every step of the run.
    grid = [window_tokens(step) for step in range(total_steps)]
    run_tokens = sum(padded for padded, _ in grid)
    real_tokens = sum(real for _, real in grid)
    seconds, measured_tokens = [], []
    for step in range(warmup_steps + steps):
        started = time.perf_counter()
        training_step(model, optimizer, scheduler, tokenizer, [records[i] for i in order[step]], tags, args)
        if step >= warmup_steps:
            seconds.append(time.perf_counter() - started)
            measured_tokens.append(grid[step][0])
    per_token = sum(seconds) / sum(measured_tokens)
    return {
        "train_docs": len(records),
        "total_steps": total_steps,
        "steps_measured": steps,
        "seconds_per_step_median": round(statistics.median(seconds), 3),
        "seconds_per_step_mean": round(statistics.fmean(seconds), 3),
        "run_padded_tokens": run_tokens,
        "run_padding_share": round(1 - real_tokens / run_tokens, 3),
        "projected_training_minutes_from_mean_step": round(statistics.fmean(seconds) * total_steps / 60, 1),
        "projected_training_minutes_from_tokens": round(per_token * run_tokens / 60, 1),
    }


def main() -> None:
    from training.train import PRECISIONS

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--steps", type=int, default=20, help="Steps measured per setting")
    parser.add_argument("--warmup-steps", type=int, default=2, help="Steps run first and not measured")
    parser.add_argument("--freeze-layers", type=int, nargs="+", default=[0])
    parser.add_argument("--max-length", type=int, nargs="+", default=[256])
    parser.add_argument("--handwritten-weight", type=int, nargs="+", default=[3])
    parser.add_argument("--length-buckets", type=int, nargs="+", default=[0],
                        help="As `rightfirst train --length-buckets` (0: plain shuffle)")
    parser.add_argument("--precision", nargs="+", default=["fp32"], choices=PRECISIONS,
                        help="As `rightfirst train --precision`")
    parser.add_argument("--pattern-boosts", type=Path, default=None, help="As `rightfirst train --pattern-boosts`")
    args = parser.parse_args()
    if args.steps < 1 or args.warmup_steps < 0:
        parser.error("--steps must be at least 1 and --warmup-steps at least 0")
    from training.pattern_boost import read_boosts

    try:
        boosts = read_boosts(args.pattern_boosts) if args.pattern_boosts else None
    except ValueError as exc:
        parser.error(str(exc))
    for freeze, length, weight, buckets, precision in itertools.product(
        args.freeze_layers, args.max_length, args.handwritten_weight, args.length_buckets, args.precision
    ):
        settings = {"freeze_layers": freeze, "max_length": length, "handwritten_weight": weight,
                    "length_buckets": buckets, "precision": precision}
        figures = measure(args.steps, args.warmup_steps, **settings, pattern_boosts=boosts)
        if boosts:
            settings["pattern_boosts"] = str(args.pattern_boosts)
        print(json.dumps({"settings": settings, **figures}), flush=True)


if __name__ == "__main__":
    main()
