"""A small template language for composing phrases from banks.

A template is a string with three kinds of holes:

* ``[a|b|c]`` picks one alternative (alternatives may nest and may hold other holes);
* ``<verb>`` conjugates a verb for the suspect (always third person singular) in the
  context's tense; ``<verb:v>`` conjugates it for the victim, who is first person in
  the victim's own voice ("I have blocked him") and third person elsewhere;
* ``{slot}`` takes a person reference from the context ({S}, {Vobj}, ...) or, failing
  that, a filler drawn from the named pool in the context's half.

Every bank and pool is split into two halves by position (even items to half A, odd to
half B): the train split composes from half A only, dev and test from half B only, so no
realisation seen in training can appear in test.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Callable, Sequence

HALVES = ("A", "B")


class TrainOnly(str):
    """A template that widens the training half only.

    Held-out phrasing is what the test split measures, and the phrasing the model learns from is
    what limits it: items marked ``TrainOnly("...")`` join half A and take no position, so every
    half-B item keeps its place and dev and test stay byte-identical when training phrasing grows.
    """


def half_of(items: Sequence[str], half: str) -> list[str]:
    """The half of a bank a split may use: A takes even positions, B odd ones; TrainOnly items go to A."""
    if half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}, got {half!r}")
    start = 0 if half == "A" else 1
    paired = [item for item in items if not isinstance(item, TrainOnly)]
    chosen = list(paired[start::2])
    if half == "A":
        chosen += [item for item in items if isinstance(item, TrainOnly)]
    if not chosen:
        raise ValueError("a bank needs at least two items so that both halves are non-empty")
    return chosen


# --- verbs -----------------------------------------------------------------------------------

# base: (past, past participle, 3rd singular present, present participle). Regular verbs are
# derived by rule; only irregular or awkward spellings are listed.
_IRREGULAR: dict[str, tuple[str, str, str, str]] = {
    "be": ("was", "been", "is", "being"),
    "have": ("had", "had", "has", "having"),
    "do": ("did", "done", "does", "doing"),
    "go": ("went", "gone", "goes", "going"),
    "come": ("came", "come", "comes", "coming"),
    "get": ("got", "got", "gets", "getting"),
    "send": ("sent", "sent", "sends", "sending"),
    "leave": ("left", "left", "leaves", "leaving"),
    "sit": ("sat", "sat", "sits", "sitting"),
    "stand": ("stood", "stood", "stands", "standing"),
    "wait": ("waited", "waited", "waits", "waiting"),
    "make": ("made", "made", "makes", "making"),
    "take": ("took", "taken", "takes", "taking"),
    "put": ("put", "put", "puts", "putting"),
    "write": ("wrote", "written", "writes", "writing"),
    "ring": ("rang", "rung", "rings", "ringing"),
    "say": ("said", "said", "says", "saying"),
    "tell": ("told", "told", "tells", "telling"),
    "see": ("saw", "seen", "sees", "seeing"),
    "find": ("found", "found", "finds", "finding"),
    "hang": ("hung", "hung", "hangs", "hanging"),
    "drive": ("drove", "driven", "drives", "driving"),
    "ride": ("rode", "ridden", "rides", "riding"),
    "run": ("ran", "run", "runs", "running"),
    "spit": ("spat", "spat", "spits", "spitting"),
    "throw": ("threw", "thrown", "throws", "throwing"),
    "break": ("broke", "broken", "breaks", "breaking"),
    "slash": ("slashed", "slashed", "slashes", "slashing"),
    "set": ("set", "set", "sets", "setting"),
    "keep": ("kept", "kept", "keeps", "keeping"),
    "sneak": ("sneaked", "sneaked", "sneaks", "sneaking"),
    "creep": ("crept", "crept", "creeps", "creeping"),
    "stick": ("stuck", "stuck", "sticks", "sticking"),
    "buy": ("bought", "bought", "buys", "buying"),
    "bring": ("brought", "brought", "brings", "bringing"),
    "feel": ("felt", "felt", "feels", "feeling"),
    "lose": ("lost", "lost", "loses", "losing"),
    "quit": ("quit", "quit", "quits", "quitting"),
    "shut": ("shut", "shut", "shuts", "shutting"),
    "let": ("let", "let", "lets", "letting"),
    "cut": ("cut", "cut", "cuts", "cutting"),
    "hit": ("hit", "hit", "hits", "hitting"),
    "pay": ("paid", "paid", "pays", "paying"),
    "stop": ("stopped", "stopped", "stops", "stopping"),
    "drop": ("dropped", "dropped", "drops", "dropping"),
    "tag": ("tagged", "tagged", "tags", "tagging"),
    "plan": ("planned", "planned", "plans", "planning"),
    "grab": ("grabbed", "grabbed", "grabs", "grabbing"),
    "slam": ("slammed", "slammed", "slams", "slamming"),
    "bang": ("banged", "banged", "bangs", "banging"),
    "spray": ("sprayed", "sprayed", "sprays", "spraying"),
    "pry": ("pried", "pried", "pries", "prying"),
    "dig": ("dug", "dug", "digs", "digging"),
    "swear": ("swore", "sworn", "swears", "swearing"),
    "threaten": ("threatened", "threatened", "threatens", "threatening"),
    "open": ("opened", "opened", "opens", "opening"),
    "hide": ("hid", "hidden", "hides", "hiding"),
    "sleep": ("slept", "slept", "sleeps", "sleeping"),
    "begin": ("began", "begun", "begins", "beginning"),
    "fit": ("fitted", "fitted", "fits", "fitting"),
    "refer": ("referred", "referred", "refers", "referring"),
    "admit": ("admitted", "admitted", "admits", "admitting"),
    "submit": ("submitted", "submitted", "submits", "submitting"),
    "know": ("knew", "known", "knows", "knowing"),
    "think": ("thought", "thought", "thinks", "thinking"),
    "shout": ("shouted", "shouted", "shouts", "shouting"),
    "give": ("gave", "given", "gives", "giving"),
    "fall": ("fell", "fallen", "falls", "falling"),
    "sell": ("sold", "sold", "sells", "selling"),
    "hear": ("heard", "heard", "hears", "hearing"),
    "meet": ("met", "met", "meets", "meeting"),
    "wake": ("woke", "woken", "wakes", "waking"),
    "speak": ("spoke", "spoken", "speaks", "speaking"),
    "tear": ("tore", "torn", "tears", "tearing"),
    "draw": ("drew", "drawn", "draws", "drawing"),
    "steal": ("stole", "stolen", "steals", "stealing"),
    "lie": ("lay", "lain", "lies", "lying"),
    "hold": ("held", "held", "holds", "holding"),
    "shake": ("shook", "shaken", "shakes", "shaking"),
    "win": ("won", "won", "wins", "winning"),
    "become": ("became", "become", "becomes", "becoming"),
    "grow": ("grew", "grown", "grows", "growing"),
    "rip": ("ripped", "ripped", "rips", "ripping"),
    "jam": ("jammed", "jammed", "jams", "jamming"),
    "log": ("logged", "logged", "logs", "logging"),
    "bug": ("bugged", "bugged", "bugs", "bugging"),
    "chat": ("chatted", "chatted", "chats", "chatting"),
    "pin": ("pinned", "pinned", "pins", "pinning"),
    "nip": ("nipped", "nipped", "nips", "nipping"),
    "trip": ("tripped", "tripped", "trips", "tripping"),
    "slip": ("slipped", "slipped", "slips", "slipping"),
    "ban": ("banned", "banned", "bans", "banning"),
    "scan": ("scanned", "scanned", "scans", "scanning"),
    "beg": ("begged", "begged", "begs", "begging"),
    "sob": ("sobbed", "sobbed", "sobs", "sobbing"),
    "flee": ("fled", "fled", "flees", "fleeing"),
    "seek": ("sought", "sought", "seeks", "seeking"),
    "lock": ("locked", "locked", "locks", "locking"),
    "read": ("read", "read", "reads", "reading"),
    "spend": ("spent", "spent", "spends", "spending"),
    "show": ("showed", "shown", "shows", "showing"),
    "snap": ("snapped", "snapped", "snaps", "snapping"),
    "spam": ("spammed", "spammed", "spams", "spamming"),
    "unplug": ("unplugged", "unplugged", "unplugs", "unplugging"),
    "catch": ("caught", "caught", "catches", "catching"),
    "screenshot": ("screenshotted", "screenshotted", "screenshots", "screenshotting"),
    "drag": ("dragged", "dragged", "drags", "dragging"),
    "hug": ("hugged", "hugged", "hugs", "hugging"),
    "tip": ("tipped", "tipped", "tips", "tipping"),
    "rob": ("robbed", "robbed", "robs", "robbing"),
    "film": ("filmed", "filmed", "films", "filming"),
    "fight": ("fought", "fought", "fights", "fighting"),
    "teach": ("taught", "taught", "teaches", "teaching"),
    "forget": ("forgot", "forgotten", "forgets", "forgetting"),
    "mean": ("meant", "meant", "means", "meaning"),
    "sink": ("sank", "sunk", "sinks", "sinking"),
    "wear": ("wore", "worn", "wears", "wearing"),
    "mimic": ("mimicked", "mimicked", "mimics", "mimicking"),
    "panic": ("panicked", "panicked", "panics", "panicking"),
}


def conjugate(base: str, form: str) -> str:
    """One form of a verb: 'past', 'pp' (past participle), '3sg' or 'ing'."""
    if base in _IRREGULAR:
        past, pp, third, ing = _IRREGULAR[base]
        return {"past": past, "pp": pp, "3sg": third, "ing": ing}[form]
    if form in ("past", "pp"):
        if base.endswith("e"):
            return base + "d"
        if base.endswith("y") and base[-2:-1] not in "aeiou":
            return base[:-1] + "ied"
        return base + "ed"
    if form == "3sg":
        if base.endswith(("s", "sh", "ch", "x", "z", "o")):
            return base + "es"
        if base.endswith("y") and base[-2:-1] not in "aeiou":
            return base[:-1] + "ies"
        return base + "s"
    if form == "ing":
        if base.endswith("ie"):
            return base[:-2] + "ying"
        if base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
            return base[:-1] + "ing"
        return base + "ing"
    raise ValueError(f"unknown verb form {form!r}")


def verb_phrase(base: str, tense: str, person: int) -> str:
    """Conjugate ``base`` for a subject of ``person`` (1 or 3) in 'past', 'perfect' or 'present'."""
    if tense == "past":
        if base == "be" and person == 1:
            return "was"
        return conjugate(base, "past")
    if tense == "perfect":
        aux = "have" if person == 1 else "has"
        return f"{aux} {conjugate(base, 'pp')}"
    if tense == "present":
        if base == "be":
            return "am" if person == 1 else "is"
        return base if person == 1 else conjugate(base, "3sg")
    raise ValueError(f"unknown tense {tense!r}")


# --- template expansion ----------------------------------------------------------------------

_SLOT = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_VERB = re.compile(r"<([a-z]+)(:v)?>")


def _pick_alternatives(template: str, rng: random.Random) -> str:
    """Resolve every [a|b] group, innermost first, choosing uniformly."""
    while "[" in template:
        # find an innermost group: a '[' whose matching ']' has no '[' between them
        match = re.search(r"\[([^\[\]]*)\]", template)
        if match is None:
            raise ValueError("unbalanced [ ] in template")
        options = match.group(1).split("|")
        template = template[: match.start()] + rng.choice(options) + template[match.end() :]
    return template


@dataclass
class Context:
    """What a template needs to become text: a random source, a half, a tense and references.

    ``refs`` maps person slots ({S}, {Vobj}, ...) to callables returning a reference, so each
    use may vary ("the suspect", "SUSP", "he"); ``pools`` maps filler slots to whole pools,
    of which only the context's half is used.
    """

    rng: random.Random
    half: str
    tense: str = "past"
    victim_person: int = 3
    refs: dict[str, Callable[[], str]] = field(default_factory=dict)
    pools: dict[str, Sequence[str]] = field(default_factory=dict)
    fixed: dict[str, str] = field(default_factory=dict)
    # pools of notation rather than phrasing (digits, month names): both halves use all of them
    shared: frozenset[str] = frozenset()
    # called at the start of each expansion, so references can vary per sentence, not per word
    on_expand: Callable[[], None] | None = None

    def pool(self, name: str) -> list[str]:
        if name not in self.pools:
            raise KeyError(f"no pool or reference named {name!r}")
        if name in self.shared:
            return list(self.pools[name])
        return half_of(self.pools[name], self.half)

    def fill(self, name: str) -> str:
        if name in self.fixed:
            return self.fixed[name]
        if name in self.refs:
            return self.refs[name]()
        return self.rng.choice(self.pool(name))

    def expand(self, template: str, tense: str | None = None) -> str:
        tense = tense or self.tense
        if self.on_expand:
            self.on_expand()
        text = _pick_alternatives(template, self.rng)

        # {will} and {can} follow the tense, so reported speech agrees with the narration
        modal = {"will": "would" if tense == "past" else "will", "can": "could" if tense == "past" else "can"}

        def verb(m: re.Match) -> str:
            person = self.victim_person if m.group(2) else 3
            return verb_phrase(m.group(1), tense, person)

        # fillers may themselves hold alternatives or slots (a pool of templates): expand twice
        for _ in range(3):
            text = _VERB.sub(verb, text)
            text = _SLOT.sub(lambda m: modal[m.group(1)] if m.group(1) in modal else self.fill(m.group(1)), text)
            if "[" in text:
                text = _pick_alternatives(text, self.rng)
            if not (_SLOT.search(text) or _VERB.search(text)):
                break
        return re.sub(r"\s{2,}", " ", text).strip()

    def choose(self, bank: Sequence[str]) -> str:
        """One item from this context's half of ``bank`` (not expanded)."""
        return self.rng.choice(half_of(bank, self.half))

    def say(self, bank: Sequence[str], tense: str | None = None) -> str:
        """Choose a template from this half of ``bank`` and expand it."""
        return self.expand(self.choose(bank), tense)


def realisations(bank: Sequence[str], ctx: Context, n: int) -> set[str]:
    """Draw ``n`` expansions from one half of a bank (used to count distinct realisations)."""
    return {ctx.say(bank) for _ in range(n)}
