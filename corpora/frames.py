"""Narrative frames: the skeletons that lay a case out as a particular kind of record.

Each voice (a kind of document) has several frames. Frames are split into halves like the
phrase banks: training narratives are laid out only with half-A frames, dev and test only
with half-B frames, so a test narrative's skeleton was never seen in training.

A frame receives a Writer (facts already chosen, one bank half) and a target length, and
emits parts. Whatever the length, every fact that decides the label is emitted: padding
only adds noise.
"""

from __future__ import annotations

from typing import Callable

from corpora.banks import noise as N
from corpora.banks import registers as R
from corpora.render import Sentence, Writer, pad_to, trim

FrameFn = Callable[[Writer, int], None]


def _facts(w: Writer, mode: str, tense_prose: str = "past",
           target: int | None = None) -> tuple[list[Sentence], list[Sentence], list[Sentence]]:
    """(relationship, occasions, markers) sentences in ``mode``: 'prose', 'aggregate' or 'compact'.

    With a ``target``, sentences that decide nothing are trimmed until the facts fit it; a
    compact record names the relationship only when the law turns on it.
    """
    if mode == "compact":
        w.short = True
    rel = [w.relationship()]
    if mode == "compact" and not w.relationship_decides():
        rel = [w.opt(rel[0])]
    if mode == "prose" and w.plan.occasions:
        occ = w.occasions_prose(w.plan.occasions, tense=tense_prose, detail=0.25 if w.long_text else 0.1)
    else:
        occ = w.occasions_aggregate()
    markers = w.markers()
    if target is not None:
        kept = set(map(id, trim(w, rel + occ + markers, target)))
        rel, occ, markers = ([s for s in part if id(s) in kept] for part in (rel, occ, markers))
    return rel, occ, markers


def _compact(target: int) -> bool:
    return target < 40


def _mode(w: Writer, target: int) -> str:
    if _compact(target):
        return "compact"
    if len(w.plan.occasions) > 5 and w.rng.random() < 0.5:
        return "aggregate"
    return "prose" if w.rng.random() < 0.75 else "aggregate"


def _case_for_log(w: Writer) -> str:
    return "upper" if w.rng.random() < 0.4 else "none"


def _stamp(w: Writer, minute: int) -> str:
    return w.fmt_time(minute, w.rng.choice(["hhmm", "hhmm", "colon", "hhmmhrs"]))


def _entries(w: Writer, entries: list[list[Sentence]], stamps: list[str], sep: str = " ", line: str = "\n") -> None:
    for i, (stamp, sents) in enumerate(zip(stamps, entries)):
        if i:
            w.emit(line)
        if w.caps == "inconsistent":
            w.new_section("upper" if w.rng.random() < 0.5 else "none")
        w.emit(stamp)
        w.emit_sentences(sents, sep=sep)


def _minutes(w: Writer, n: int, spread: int = 240) -> list[int]:
    start = w.rng.randint(6 * 60, 22 * 60)
    out, m = [], start
    for _ in range(n):
        out.append(m)
        m += w.rng.randint(2, max(3, spread // max(n, 1)))
    return out


# --- call handler's log -------------------------------------------------------------------------

def _log_opening(w: Writer, target: int, opener: str) -> list[Sentence]:
    mode = _mode(w, target)
    rel, occ, markers = _facts(w, mode, tense_prose="past", target=target)
    body = rel + occ + markers
    if not (mode == "compact" and w.rng.random() < 0.5):  # one-liners often skip "CLR STATES"
        body[0] = [(opener + " ", None)] + body[0]
    return body


def log_entries(w: Writer, target: int) -> None:
    w.new_section(_case_for_log(w), 0.02)
    if w.rng.random() < 0.6 and not _compact(target):
        w.emit(f"INC {w.rng.randint(100, 9999):04d} {w.fmt_date(w.day(w.report_day), 'd/m/y')} OPENING CAT: {w.rng.choice(N.CATEGORIES)}\n")
    opening = _log_opening(w, target, w.say(R.OPEN_LOG, avoid_repeat=False))
    entries = [opening]
    if not _compact(target):
        entries += [[s] for s in pad_to(w, [], max(0, target - w.words() - sum(len(t.split()) for s in opening for t, _ in s)),
                                         kinds=["admin", "admin", "safeguarding", "history", "negation", "irrelevant", "loose",
                                                "outcome", "denial"])]
    mins = _minutes(w, len(entries))
    _entries(w, entries, [_stamp(w, m) + " " for m in mins], sep=w.rng.choice([". ", " ", ". "]))


def log_operator(w: Writer, target: int) -> None:
    w.new_section(_case_for_log(w), 0.02)
    ops = [str(w.rng.randint(1000, 9999)) for _ in range(3)]
    opening = _log_opening(w, target, w.say(R.OPEN_LOG, avoid_repeat=False))
    # the caller's account is split over several entries, as operators type in bursts
    cut = max(1, len(opening) // 2) if len(opening) > 3 and not _compact(target) else len(opening)
    entries = [opening[:cut]] + ([opening[cut:]] if opening[cut:] else [])
    if not _compact(target):
        extra = pad_to(w, [], max(0, target - w.words() - sum(len(t.split()) for e in entries for s in e for t, _ in s)),
                       kinds=["admin", "safeguarding", "history", "negation", "irrelevant", "hypothetical", "outcome"])
        entries += [[s] for s in extra]
    mins = _minutes(w, len(entries), spread=600)
    d = w.day(w.report_day)
    stamps = [f"{w.fmt_date(d, 'd/m')} {_stamp(w, m)} [OP {w.rng.choice(ops)}] " for m in mins]
    _entries(w, entries, stamps, sep=". ")


def log_storm(w: Writer, target: int) -> None:
    w.new_section(_case_for_log(w), 0.03)
    w.emit(f"LOG {w.rng.randint(100, 2999)} - {w.fmt_date(w.day(w.report_day), 'd/m/Y')}\n")
    opening = _log_opening(w, target, w.say(R.OPEN_LOG, avoid_repeat=False))
    entries = [opening]
    if not _compact(target):
        rest = pad_to(w, [], max(0, target - w.words() - sum(len(t.split()) for s in opening for t, _ in s)),
                      kinds=["admin", "safeguarding", "history", "negation", "loose", "outcome", "irrelevant"])
        entries += [[s] for s in rest]
    mins = _minutes(w, len(entries))
    _entries(w, entries, [f"Entry {i + 1} - {_stamp(w, m)} - " for i, m in enumerate(mins)], sep=". ")


def log_opening(w: Writer, target: int) -> None:
    """A single opening entry: the one-line record of a call."""
    w.new_section(_case_for_log(w), 0.03)
    body = _log_opening(w, min(target, 39), w.say(R.OPEN_LOG, avoid_repeat=False))
    if target >= 40:
        body = pad_to(w, body[:1], target, kinds=["negation", "history", "irrelevant", "loose", "hypothetical"]) + body[1:]
    w.emit(_stamp(w, w.rng.randint(0, 1439)) + " ")
    w.emit_sentences(body, sep=w.rng.choice([" ", ". ", ", "]), end="")


def log_thirdparty(w: Writer, target: int) -> None:
    w.new_section(_case_for_log(w), 0.02)
    reporter = w.ctx.expand(w.ctx.choose(R.REPORTERS))
    opening = _log_opening(w, target, f"CLR IS {reporter.upper()}. CLR STATES" if w.rng.random() < 0.5 else f"call from {reporter}, says")
    entries = [opening]
    if not _compact(target):
        rest = pad_to(w, [[(w.ctx.expand("[TT IP direct|spoke to IP direct|IP rang back], [confirms the above|account matches]"), None)]],
                      max(0, target - w.words() - sum(len(t.split()) for s in opening for t, _ in s)),
                      kinds=["admin", "safeguarding", "negation", "history", "loose", "irrelevant", "outcome"])
        entries += [[s] for s in rest]
    mins = _minutes(w, len(entries))
    _entries(w, entries, [_stamp(w, m) + " " for m in mins], sep=". ")


def log_dispatch(w: Writer, target: int) -> None:
    """Opening entry with little; the attending officer's MDT update brings the rest."""
    w.new_section(_case_for_log(w), 0.02)
    mode = "prose" if not _compact(target) else "compact"
    rel, occ, markers = _facts(w, mode, target=target)
    opener = w.say(R.OPEN_LOG, avoid_repeat=False)
    if not occ:  # nothing has happened yet: the call is all worry
        occ, rel = rel, []
    k = max(1, len(occ) // 3)
    first = [[(opener + " ", None)] + occ[0]] + occ[1:k]
    grade = [[(w.ctx.expand("[THRIVE|Thrive] - [no immediate threat|suspect not on scene|risk assessed], [G2|G1|scheduled]"), None)]]
    mdt = [[(w.ctx.expand("[MDT update|Attending officer update|Update from unit]: [spoke to IP at home addr|IP seen at the address|"
                          "spoke to IP by phone]"), None)]] + rel + occ[k:] + markers
    entries = [first, grade, mdt]
    if not _compact(target):
        extra = pad_to(w, [], max(0, target - w.words() - sum(len(t.split()) for e in entries for s in e for t, _ in s)),
                       kinds=["admin", "safeguarding", "negation", "history", "outcome", "advice", "irrelevant"])
        # noise goes between the grading and the officer's update, or after it
        for s in extra:
            entries.insert(w.rng.randint(1, len(entries)), [s])
    mins = _minutes(w, len(entries), spread=300)
    _entries(w, entries, [_stamp(w, m) + " " for m in mins], sep=". ")


# --- officer's crime report --------------------------------------------------------------------

def _summary_text(w: Writer, target: int, mode: str | None = None) -> list[Sentence]:
    mode = mode or _mode(w, target)
    rel, occ, markers = _facts(w, mode, target=target)
    opener = w.say(R.OPEN_OFFICER, avoid_repeat=False)
    sents = rel + occ + markers
    if mode in ("aggregate", "compact") and w.plan.occasions and w.rng.random() < 0.6:
        d0, d1 = w.day(w.plan.occasions[0].day), w.day(w.plan.occasions[-1].day)
        span = f"between {w.fmt_date(d0)} and {w.fmt_date(d1)}" if d0 != d1 else f"on {w.fmt_date(d0)}"
        i = 1 if len(sents) > 1 else 0
        sents[i] = [(span + " ", None)] + sents[i]
    sents[0] = [(opener + " ", None)] + sents[0]
    return sents


def summary_between(w: Writer, target: int) -> None:
    w.new_section("upper" if w.caps == "inconsistent" else "none", 0.01)
    sents = _summary_text(w, target, mode="compact" if _compact(target) else "aggregate")
    sents = sents[:1] + pad_to(w, sents[1:], target - 8)
    w.emit_sentences(sents)


def summary_chrono(w: Writer, target: int) -> None:
    w.new_section("none", 0.01)
    sents = _summary_text(w, target, mode="compact" if _compact(target) else "prose")
    sents = sents[:1] + pad_to(w, sents[1:], target - 8)
    paras = w.rng.random() < 0.5
    for i, s in enumerate(sents):
        if i:
            w.emit("\n\n" if paras and w.rng.random() < 0.2 else " ")
        w.emit_sentence(s)


def summary_latest_first(w: Writer, target: int) -> None:
    w.new_section("none", 0.01)
    occs = w.plan.occasions
    if len(occs) < 2 or _compact(target):
        summary_chrono(w, target)
        return
    w.emit(w.rng.choice(["Latest incident: ", "LATEST: ", "Most recent incident - ", "Current incident: "]))
    latest = w.occasions_prose(occs[-1:], detail=0.3)
    w.emit_sentences(latest)
    w.emit("\n" + w.rng.choice(["Background: ", "History: ", "Previous incidents: ", "BACKGROUND - "]))
    w.emit_sentences([w.relationship()] + w.occasions_prose(occs[:-1], detail=0.2))
    w.emit("\n")
    w.emit_sentences(pad_to(w, w.markers(), target))


def summary_bullets(w: Writer, target: int) -> None:
    w.new_section("none", 0.01)
    w.emit(w.rng.choice(R.SUMMARY_HEADERS) + "\n")
    w.emit_sentences([[(w.say(R.OPEN_OFFICER, avoid_repeat=False) + " ", None)] + w.relationship()])
    for occ in w.plan.occasions:
        w.set_occasion_slots(occ)
        w.emit("\n- " + w.fmt_date(w.day(occ.day)) + ": ")
        w.emit_sentences(w.occasion(occ, 0, lead=False))
    rest = pad_to(w, w.markers(), target)
    if rest:
        w.emit("\n")
        w.emit_sentences(rest, sep="\n")


def summary_circs(w: Writer, target: int) -> None:
    w.new_section("none", 0.01)
    w.emit(f"SUSPECT: {w.full_name('S')}\nVICTIM: {w.full_name('V')}\n")
    w.emit(f"{w.rng.choice(R.SUMMARY_HEADERS)}: ")
    sents = _summary_text(w, target)
    w.emit_sentences(sents[:1] + pad_to(w, sents[1:], target - 10))


def summary_pnb(w: Writer, target: int) -> None:
    """Pocket-notebook habits: day and date in capitals, 24-hour times, surnames in capitals."""
    w.new_section("none", 0.01)
    d = w.day(w.report_day)
    w.emit(f"{w.fmt_date(d, 'long').upper()}. {w.fmt_time(w.rng.randint(420, 1380), 'hhmm')} "
           f"Attended re {w.rng.choice(N.OFFENCE_WORDS)}. Spoke to {w.full_name('V')}. ")
    sents = _summary_text(w, target)
    w.emit_sentences(sents[:1] + pad_to(w, sents[1:], target - 15))


def mo_caps(w: Writer, target: int) -> None:
    w.caps = "upper" if w.rng.random() < 0.75 else w.caps
    w.new_section("none", 0.03)
    w.emit(w.rng.choice(R.MO_PREFIX) + " ")
    rel, occ, markers = _facts(w, "compact", target=target)
    sents = rel + occ + markers
    if target >= 40:
        sents = pad_to(w, sents, target, kinds=["negation", "history", "loose"])
    w.emit_sentences(sents, sep=w.rng.choice([", ", " + ", "; ", ". "]), end="", cap=False)


def mo_line(w: Writer, target: int) -> None:
    w.caps = "upper" if w.rng.random() < 0.6 else w.caps
    w.new_section("none", 0.02)
    rel, occ, markers = _facts(w, "compact", target=target)
    sents = occ + rel + markers
    w.emit_sentences(sents, sep=" - ", end="", cap=w.rng.random() < 0.5)


# --- bundles: a first record plus updates over days ---------------------------------------------

def _updates(w: Writer, occs_later, markers: list[Sentence], target: int, header_first: bool = True) -> None:
    """Dated updates: later occasions as further reports, markers and admin spread among them."""
    header = w.rng.choice(R.UPDATE_HEADERS)
    base = w.report_day
    items: list[list[Sentence]] = []
    for occ in occs_later:
        items.append([[(w.ctx.expand("[IP called to report|Further report:|IP reports|Update from IP -]"), None)]]
                     + w.occasion(occ, 1, repeat=w.rng.random() < 0.5))
    for m in markers:
        items.insert(w.rng.randint(0, len(items)), [[(w.ctx.expand("[Spoke to IP.|I have spoken to the IP.|TT IP.|Visited IP.]"), None)], m])
    noise = pad_to(w, [], max(0, target - w.words() - sum(len(t.split()) for it in items for s in it for t, _ in s)),
                   kinds=["admin", "advice", "safeguarding", "negation", "denial", "history", "outcome", "irrelevant"])
    for s in noise:
        items.insert(w.rng.randint(0, len(items)), [s])
    day = base
    for it in items:
        day += w.rng.choice([0, 1, 1, 2, 3, 5])
        w.emit(f"\n{header} {w.fmt_date(w.day(day), 'd/m')} {_stamp(w, w.rng.randint(420, 1400))}: " if header_first
               else f"\n{w.fmt_date(w.day(day), 'd/m')} {header}: ")
        w.emit_sentences(it)


def _split_occasions(w: Writer):
    occs = w.plan.occasions
    if len(occs) <= 1:
        return occs, []
    k = w.rng.randint(1, len(occs) - 1)
    return occs[:k], occs[k:]


def bundle_log_updates(w: Writer, target: int) -> None:
    w.new_section(_case_for_log(w), 0.02)
    early, later = _split_occasions(w)
    opener = w.say(R.OPEN_LOG, avoid_repeat=False)
    first = [[(opener + " ", None)] + w.relationship()] + (w.occasions_prose(early) if early else [])
    w.emit(_stamp(w, w.rng.randint(360, 1400)) + " ")
    w.emit_sentences(first, sep=". ")
    w.new_section("none", 0.01)
    _updates(w, later, w.markers(), target)


def bundle_summary_updates(w: Writer, target: int) -> None:
    w.new_section("none", 0.01)
    early, later = _split_occasions(w)
    w.emit(w.rng.choice(R.SUMMARY_HEADERS) + ": ")
    first = [[(w.say(R.OPEN_OFFICER, avoid_repeat=False) + " ", None)] + w.relationship()] + w.occasions_prose(early, detail=0.2)
    w.emit_sentences(first)
    _updates(w, later, w.markers(), target, header_first=False)


def bundle_investigation_log(w: Writer, target: int) -> None:
    w.new_section("none", 0.01)
    w.emit(w.ctx.expand("[Investigation log|OIC log|Enquiry log] - crime ref {ndig}{ndig}/{ndig}{ndig}{ndig}{ndig}{ndig}/{yy}") + "\n")
    early, later = _split_occasions(w)
    d = w.fmt_date(w.day(w.report_day), "d/m")
    w.emit(f"{d} - ")
    w.emit_sentences([[(w.ctx.expand("[I have attended and spoken to the IP|Initial contact with IP by phone|I have taken an initial account from IP]."), None)]]
                     + [w.relationship()] + w.occasions_prose(early))
    _updates(w, later, w.markers(), target, header_first=False)


def bundle_full(w: Writer, target: int) -> None:
    bundle_summary_updates(w, max(target - 60, 40))
    w.emit("\n" + w.ctx.expand("[Sgt review|Supervisor review|PS review|DS review]") + " " + w.fmt_date(w.day(w.report_day + 4), "d/m") + " - ")
    instr = [[(w.say(R.SUP_INSTRUCTIONS, avoid_repeat=True), None)] for _ in range(w.rng.randint(2, 4))]
    w.emit_sentences(instr, sep=". ")
    w.emit("\n")
    w.emit_sentences([w.noise_sentence(["outcome"])])


# --- victim's own words ---------------------------------------------------------------------------

def _victim_body(w: Writer, target: int) -> list[Sentence]:
    rel, occ, markers = _facts(w, "prose" if not _compact(target) else "compact", target=target)
    body = rel + occ + markers
    body[0] = [(w.say(R.OPEN_VICTIM, avoid_repeat=False) + " ", None)] + body[0]
    return body[:1] + pad_to(w, body[1:], target - 5)


def victim_runon(w: Writer, target: int) -> None:
    w.new_section("none", 0.04)
    body = _victim_body(w, target)
    for i, s in enumerate(body):
        if i:
            w.emit(w.rng.choice([" and ", " then ", ", ", " and then ", ". ", " so ", " - "]))
        w.emit_sentence(s, end="", cap=i == 0 and w.rng.random() < 0.5)
    w.emit(w.rng.choice(["", ".", " x", "..."]))


def victim_paragraphs(w: Writer, target: int) -> None:
    w.new_section("none", 0.03)
    body = _victim_body(w, target)
    for i, s in enumerate(body):
        if i:
            w.emit("\n\n" if w.rng.random() < 0.25 else w.rng.choice([" ", ". ", "  "]))
        w.emit_sentence(s, end="" if w.rng.random() < 0.4 else ".", cap=w.rng.random() < 0.6)


def victim_online_form(w: Writer, target: int) -> None:
    w.new_section("none", 0.03)
    rel, occ, markers = _facts(w, "prose" if not _compact(target) else "compact", target=target)
    fields = [("What happened?", occ), ("Do you know the person?", rel), ("Anything else we should know?", markers)]
    noise = pad_to(w, [], max(0, target - 40 - sum(len(t.split()) for _, ss in fields for s in ss for t, _ in s)))
    for i, (q, ss) in enumerate(fields):
        w.emit(("\n" if i else "") + q + " ")
        if i == 2:
            ss = ss + noise
        if not ss:
            w.emit("no")
        w.emit_sentences(ss, sep=w.rng.choice([" ", ". ", " and "]), end="", cap=w.rng.random() < 0.5)


def victim_diary(w: Writer, target: int) -> None:
    w.new_section("none", 0.03)
    w.emit(w.rng.choice(["my diary of what hes done:", "Diary:", "What has happened so far (I wrote it down):", "log i kept -"]) + "\n")
    for occ in w.plan.occasions:
        w.set_occasion_slots(occ)
        w.emit(w.fmt_date(w.day(occ.day), w.rng.choice(["d/m", "wk", "ord"])) + " - ")
        w.emit_sentences(w.occasion(occ, 0, lead=False), end="", cap=False)
        w.emit("\n")
    w.emit_sentences(pad_to(w, [w.relationship()] + w.markers(), target), sep=". ")


# --- witness statement (MG11) in the witness's words ------------------------------------------------

def mg11_full(w: Writer, target: int) -> None:
    w.new_section("none", 0.0)
    w.emit(w.ctx.expand(w.ctx.choose(R.MG11_DECLARATION)) + "\n\n")
    rel, occ, markers = _facts(w, "prose" if not _compact(target) else "compact", target=target)
    body = [[(w.ctx.expand(w.ctx.choose(R.OPEN_MG11)), None)]] + rel + occ + markers
    w.emit_sentences(pad_to(w, body, target - 50, kinds=["detail", "detail", "irrelevant", "negation", "hypothetical", "unrelated"]))


def mg11_extract(w: Writer, target: int) -> None:
    w.new_section("none", 0.0)
    w.emit(f"Extract from MG11 of {w.full_name('V')} dated {w.fmt_date(w.day(w.report_day + 2), 'd/m/Y')}:\n\"... ")
    rel, occ, markers = _facts(w, "prose" if not _compact(target) else "compact", target=target)
    w.emit_sentences(pad_to(w, rel + occ + markers, target - 12, kinds=["detail", "irrelevant", "negation", "hypothetical"]))
    w.emit(" ...\"")


def vps_standard(w: Writer, target: int) -> None:
    w.new_section("none", 0.0)
    w.emit(w.rng.choice([
        "The Victim Personal Statement scheme has been explained to me and I understand that what I say may be used in court and may be disclosed to the defence. ",
        "I have been told about the VPS scheme. I understand this statement may be seen by the defendant. ",
        "VPS. I understand the purpose of this statement and that it may be disclosed. ",
    ]))
    body = [[(w.ctx.expand("[Since|Ever since] {S_first} [started all this|began contacting me|first turned up],") + " ", None)]]
    agg = w.occasions_aggregate(tense="perfect")
    sents = ([body[0] + agg[0]] + agg[1:] if agg else []) + [w.relationship()] + w.markers()
    w.emit_sentences(pad_to(w, sents, target - 30, kinds=["detail", "irrelevant", "hypothetical", "negation"]))


def vps_update(w: Writer, target: int) -> None:
    w.new_section("none", 0.0)
    w.emit(w.ctx.expand("[Further VPS|VPS (update)|Additional victim personal statement]") + " - " + w.fmt_date(w.day(w.report_day + 20), "formal") + ". ")
    sents = [w.relationship()] + w.occasions_aggregate(tense="perfect") + w.markers()
    w.emit_sentences(pad_to(w, sents, target - 15, kinds=["detail", "irrelevant", "negation"]))


# --- formal retellings (judgment, IOPC) --------------------------------------------------------------

def judgment_appeal(w: Writer, target: int) -> None:
    w.new_section("none", 0.0)
    rel, occ, markers = _facts(w, "prose" if not _compact(target) else "compact", target=target)
    body = [[(w.say(R.OPEN_FORMAL, avoid_repeat=False), None)]] + rel + occ + markers
    body = pad_to(w, body, target - 15, kinds=["negation", "denial", "detail", "hypothetical"])
    w.emit_sentences(body)
    w.emit(" ")
    w.emit_sentences([[(w.say(R.CLOSE_FORMAL), None)]])


def judgment_iopc(w: Writer, target: int) -> None:
    w.new_section("none", 0.0)
    d = w.day(w.report_day)
    w.emit(f"On {w.fmt_date(d, 'formal')} {w.full_name('V')} contacted the force. "
           + w.rng.choice(["The call handler graded the call as a priority. ", "The call was graded for a scheduled appointment. ",
                           "Officers were deployed. ", "The call was closed with advice. "]))
    rel, occ, markers = _facts(w, "prose" if not _compact(target) else "compact", target=target)
    body = rel + occ + markers
    w.emit_sentences(pad_to(w, body, target - 25, kinds=["negation", "denial", "detail", "hypothetical", "unrelated"]))
    w.emit(" ")
    w.emit_sentences([[(w.say(R.CLOSE_FORMAL), None)]])


def judgment_facts(w: Writer, target: int) -> None:
    w.new_section("none", 0.0)
    w.emit(w.rng.choice(["The facts are these. ", "Background. ", "The prosecution case was as follows. ", "Facts. "]))
    rel, occ, markers = _facts(w, "prose" if not _compact(target) else "aggregate", target=target)
    body = rel + markers[:1] + occ + markers[1:]
    w.emit_sentences(pad_to(w, body, target - 10, kinds=["negation", "denial", "detail", "unrelated"]))


# --- risk notes and reviews ----------------------------------------------------------------------------

def dash_narrative(w: Writer, target: int) -> None:
    w.new_section("none", 0.01)
    yes = w.rng.randint(3, 18)
    w.emit(f"DASH completed with IP - {yes} yes - {w.rng.choice(N.DASH_GRADES)}. ")
    rel, occ, markers = _facts(w, "aggregate" if not _compact(target) else "compact", target=target)
    w.emit_sentences(pad_to(w, rel + occ + markers, target - 20, kinds=["advice", "safeguarding", "negation", "history", "loose"]))
    w.emit(" " + w.rng.choice(["Not MARAC.", "MARAC referral made.", "Referred to IDVA.", "Prof judgement - refer to MARAC.", "Standard risk, advice given."]))


def dash_grid(w: Writer, target: int) -> None:
    w.new_section("none", 0.01)
    w.emit(w.ctx.expand("[DASH RIC|DASH/S-DASH|Risk assessment (DASH)]") + " - " + w.fmt_date(w.day(w.report_day), "d/m/y") + "\n")
    rel, occ, markers = _facts(w, "aggregate" if not _compact(target) else "compact", target=target)
    facts = rel + occ + markers
    qs = w.rng.sample(R.DASH_QUESTIONS, min(len(R.DASH_QUESTIONS), max(3, len(facts) + w.rng.randint(0, 4))))
    for i, q in enumerate(qs):
        w.emit(("\n" if i else "") + q + " " + w.rng.choice(["Y", "N", "Y", "N/K"]) + " - ")
        if i < len(facts):
            w.emit_sentences([facts[i]])
        else:
            w.emit(w.rng.choice(["no comment", "-", "nil", "declined"]))
    for f in facts[len(qs):]:
        w.emit("\nComments: ")
        w.emit_sentences([f])
    w.emit("\n" + f"Total: {w.rng.randint(2, 19)} yes. Grade: {w.rng.choice(N.DASH_GRADES)}.")


def sup_review(w: Writer, target: int) -> None:
    w.new_section("none", 0.01)
    w.emit(w.ctx.expand("[Sgt review|Supervisor review|PS review|Supervision]") + " " + w.fmt_date(w.day(w.report_day + 1), "d/m") + " - ")
    rel, occ, markers = _facts(w, "aggregate" if not _compact(target) else "compact", target=target)
    instr = [[(w.say(R.SUP_INSTRUCTIONS), None)] for _ in range(w.rng.randint(1, 3))]
    w.emit_sentences(pad_to(w, rel + occ + markers, target - 12, kinds=["negation", "history", "loose"]) + instr, sep=". ")


def sup_plan(w: Writer, target: int) -> None:
    w.new_section("none", 0.01)
    w.emit("INVESTIGATION PLAN\nSummary: ")
    rel, occ, markers = _facts(w, "aggregate" if not _compact(target) else "compact", target=target)
    w.emit_sentences(rel + occ + markers)
    for i in range(w.rng.randint(2, 5)):
        w.emit(f"\n{i + 1}. " + w.say(R.SUP_INSTRUCTIONS))
    if target > w.words() + 10:
        w.emit("\n")
        w.emit_sentences(pad_to(w, [], target - w.words(), kinds=["negation", "history", "advice"]))


# Frames of each voice, in a fixed order: grammar.half_of gives half A the even positions.
FRAMES: dict[str, list[tuple[str, FrameFn]]] = {
    "call_log": [("log.entries", log_entries), ("log.operator", log_operator), ("log.dispatch", log_dispatch),
                 ("log.storm", log_storm), ("log.opening", log_opening), ("log.thirdparty", log_thirdparty)],
    "crime_summary": [("summary.chrono", summary_chrono), ("summary.between", summary_between),
                      ("summary.bullets", summary_bullets), ("summary.latest_first", summary_latest_first),
                      ("summary.circs", summary_circs), ("summary.pnb", summary_pnb)],
    "mo_field": [("mo.caps", mo_caps), ("mo.line", mo_line)],
    "bundle": [("bundle.summary_updates", bundle_summary_updates), ("bundle.log_updates", bundle_log_updates),
               ("bundle.full", bundle_full), ("bundle.investigation_log", bundle_investigation_log)],
    "victim_statement": [("victim.runon", victim_runon), ("victim.paragraphs", victim_paragraphs),
                         ("victim.diary", victim_diary), ("victim.online_form", victim_online_form)],
    "statement_extract": [("mg11.full", mg11_full), ("mg11.extract", mg11_extract)],
    "judgment": [("judgment.appeal", judgment_appeal), ("judgment.iopc", judgment_iopc), ("judgment.facts", judgment_facts)],
    "dash_note": [("dash.narrative", dash_narrative), ("dash.grid", dash_grid)],
    "supervisor_review": [("sup.review", sup_review), ("sup.plan", sup_plan)],
    "vps": [("vps.standard", vps_standard), ("vps.update", vps_update)],
}
