"""Turning a Plan into text with exact spans.

A Writer holds one narrative being written: the people and how this register names them, a
grammar Context restricted to one bank half, and a list of parts. A part is a piece of text,
the evidence subtype it is (or None) and the section it belongs to. Texture (capitals,
misspellings) is applied to each part when the text is finished, and only then are offsets
computed, so ``text[start:end] == span["text"]`` holds by construction.

Blocks (relationship, occasions, markers, noise) return sentences, lists of parts; the
frames in corpora/frames.py lay the sentences out as a log, a summary, a statement...
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date, timedelta

from corpora import texture
from corpora.banks import acts as A
from corpora.banks import markers as M
from corpora.banks import noise as N
from corpora.banks import pools as P
from corpora.banks import registers as R
from corpora.grammar import Context, half_of
from corpora.plan import HOSTILE_STRANDS, Occasion, Plan
from model.taxonomy import load_taxonomy

Part = tuple[str, "str | None"]
Sentence = list[Part]

_TYPE_OF = {sub: t for t, subs in load_taxonomy().evidence_types.items() for sub in subs}

POOLS = {
    "place": P.PLACES, "her_place": P.HER_PLACES, "vehicle": P.VEHICLES, "channel": P.MSG_CHANNELS,
    "platform": P.PLATFORMS, "gift": P.GIFT_ITEMS, "prop": P.PROPERTY_ITEMS, "third": P.THIRD_PARTIES,
    "weapon": P.WEAPONS, "nword": P.COUNT_WORDS, "street": P.STREETS, "town": P.TOWNS, "msgcount": P.MSG_COUNTS,
    "month": P.MONTHS, "ndig": P.DIGITS, "offence_word": N.OFFENCE_WORDS, "occupation": R.OCCUPATIONS,
}
SHARED_POOLS = frozenset({"nword", "month", "ndig", "offence_word"})

ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth"}
ORD_SHORT = {1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 5: "5th", 6: "6th", 7: "7th", 8: "8th", 9: "9th"}
NUM_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WEEKDAYS_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

REGISTER_OF_VOICE = {
    "call_log": "log", "crime_summary": "officer", "mo_field": "log", "bundle": "officer", "victim_statement": "victim",
    "statement_extract": "mg11", "judgment": "formal", "dash_note": "officer", "supervisor_review": "officer",
    "vps": "mg11",
}


def _ordinal_suffix(n: int) -> str:
    if 11 <= n % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


@dataclass
class Person:
    first: str
    surname: str  # stored in capitals, as records write it
    gender: str
    age: int

    @property
    def title_surname(self) -> str:
        return self.surname.capitalize() if self.surname.isupper() else self.surname


class Writer:
    """One narrative being written in one register from one bank half."""

    def __init__(self, plan: Plan, rng: random.Random, half: str, register: str, redact: bool, caps: str):
        self.plan = plan
        self.rng = rng
        self.half = half
        self.register = register
        self.redact = redact
        self.caps = caps  # "mixed", "upper" (whole text), "inconsistent" (some sections), "lower"
        self.parts: list[tuple[str, str | None, int]] = []
        self.section = 0
        self.section_style: dict[int, tuple[str, float]] = {}
        self.used: set[str] = set()
        self.suspect = self._person(plan.suspect_gender)
        self.victim = self._person(plan.victim_gender, avoid=self.suspect.surname)
        self.mentions = {"S": 0, "V": 0}
        self.formal_role = rng.choice(["the appellant", "the defendant", "the suspect"])
        self.surname_caps = rng.random() < 0.6
        first_person = register in ("victim", "mg11")
        self.ctx = Context(rng=rng, half=half, tense="past", victim_person=1 if first_person else 3,
                           refs=self._refs(first_person), pools=POOLS, shared=SHARED_POOLS)
        self._seen: set[str] = set()
        self.ctx.on_expand = self._seen.clear
        self.ctx.fixed["Srole"] = self.formal_role
        self.ctx.fixed["issue"] = self.ctx.choose(P.ISSUES)
        self.ctx.fixed["company"] = self.ctx.choose(P.COMPANIES)
        self.ctx.fixed["relative"] = self.ctx.expand(self.ctx.choose(P.RELATIVES_AT_RISK))
        ref_day = plan.start - timedelta(days=rng.randint(20, 400))
        self.ctx.fixed["ddmm"] = f"{ref_day.day:02d}/{ref_day.month:02d}"
        self.ctx.fixed["yy"] = f"{ref_day.year % 100:02d}"
        self.date_styles = rng.sample(["d/m", "d/m/y", "d/m/Y", "dot", "ord", "wk"], 2)
        self.time_styles = rng.sample(["hhmm", "hhmmhrs", "colon", "dotted", "ampm", "hhmm"], 2)
        self.report_day = (plan.occasions[-1].day if plan.occasions else 0) + rng.choice([0, 0, 1, 1, 2, 3])
        self.n_span_occasions = 0
        self.recaps = 0
        self.long_text = False
        self.short = False
        self.optional: set[int] = set()  # ids of sentences that decide nothing and may be trimmed
        self._naming_relationship = False
        self.kind_uses: dict[str, int] = {}
        self.pending_fact_words = 0  # evidence words produced by the fact blocks

    # --- people ---------------------------------------------------------------------------
    def _person(self, gender: str, avoid: str = "") -> Person:
        firsts = P.FEMALE_FIRST if gender == "f" else P.MALE_FIRST
        surname = avoid
        while surname == avoid:
            surname = self.rng.choice(half_of(P.SURNAMES, self.half))
        return Person(self.rng.choice(half_of(firsts, self.half)), surname, gender, self.rng.randint(18, 67))

    def _redacted(self, who: str) -> str:
        return {"S": self.rng.choice(["[NAME 1]", "Person A", "[REDACTED]", "XXXX"]),
                "V": self.rng.choice(["[NAME 2]", "Person B", "[REDACTED]", "XXXX"])}[who]

    def surname(self, p: Person) -> str:
        return p.surname if self.surname_caps and self.register in ("log", "officer") else p.title_surname

    def full_name(self, who: str) -> str:
        p = self.suspect if who == "S" else self.victim
        if self.redact:
            return self._redacted(who)
        if self.register in ("log", "officer") and self.rng.random() < 0.5:
            return self.rng.choice([f"{p.first} {self.surname(p)} ({p.age})", f"{self.surname(p)}, {p.first} {p.age}yrs",
                                    f"{p.first} {self.surname(p)}"])
        return f"{p.first} {p.title_surname}"

    def _pronoun(self, who: str, case: str) -> str:
        g = (self.suspect if who == "S" else self.victim).gender
        table = {"m": {"subj": "he", "obj": "him", "poss": "his", "refl": "himself"},
                 "f": {"subj": "she", "obj": "her", "poss": "her", "refl": "herself"}}
        return table[g][case]

    def _nouns(self, who: str) -> list[str]:
        p = self.suspect if who == "S" else self.victim
        first = self._redacted(who) if self.redact else p.first
        sur = self._redacted(who) if self.redact else self.surname(p)
        title = "Mr" if p.gender == "m" else "Ms"
        reg = self.register
        if who == "S":
            if self._naming_relationship:
                return {"log": ["SUSP", sur], "officer": ["the suspect", sur, f"{title} {sur}"],
                        "formal": [self.formal_role]}.get(reg, [first])
            rel = {"ex_partner": ["the ex", "ex p/ner", "her ex"], "neighbour": ["the neighbour"],
                   "colleague": ["the colleague"], "partner": ["her partner"]}.get(self.plan.relationship, [])
            if self.victim.gender == "m":
                rel = [r.replace("her ", "his ") for r in rel]
            if reg == "log":
                return ["SUSP", "the male" if p.gender == "m" else "the female", sur, "S1"] + rel[:1]
            if reg == "officer":
                return ["the suspect", "SUSP", sur, f"{title} {sur}", first] + rel[:1]
            if reg == "formal":
                return [self.formal_role, f"{title} {p.title_surname if not self.redact else sur}"]
            return [first] + (["my ex"] if self.plan.relationship == "ex_partner" else [])
        if reg == "log":
            return ["IP", "AP", "the female" if p.gender == "f" else "the male", first]
        if reg == "officer":
            return ["the IP", "IP", "the victim", first, f"{title} {sur}"]
        return ["the complainant", f"{title} {p.title_surname if not self.redact else sur}"]

    def _ref(self, who: str, case: str) -> str:
        if who == "V" and self.ctx.victim_person == 1:
            return {"subj": "I", "obj": "me", "poss": "my", "refl": "myself"}[case]
        if who == "S" and self.plan.relationship == "business":
            noun = self.ctx.fixed["company"]
            return noun if case != "poss" else noun + "'s"
        self.mentions[who] += 1
        # within one clause a person named once is then a pronoun ("Ms X rang her friend")
        if who in self._seen and self.rng.random() < 0.97:
            return self._pronoun(who, case)
        self._seen.add(who)
        if self.mentions[who] > 1 and self.rng.random() < 0.4:
            return self._pronoun(who, case)
        noun = self.rng.choice(self._nouns(who))
        if case == "poss":
            return noun + "'s"
        return noun

    def _refs(self, first_person: bool) -> dict:
        vp = 1 if first_person else 3

        def agree(third: str, first: str):
            return lambda: first if vp == 1 else third

        return {
            "S": lambda: self._ref("S", "subj"), "Sobj": lambda: self._ref("S", "obj"), "Sposs": lambda: self._ref("S", "poss"),
            "Spr": lambda: self._pronoun("S", "subj"), "Sobjp": lambda: self._pronoun("S", "obj"),
            "Spossp": lambda: self._pronoun("S", "poss"), "Srefl": lambda: self._pronoun("S", "refl"),
            "Vsubj": lambda: self._ref("V", "subj"), "Vobj": lambda: self._ref("V", "obj"), "Vposs": lambda: self._ref("V", "poss"),
            "Vrefl": lambda: "myself" if vp == 1 else self._pronoun("V", "refl"),
            "Vworks": agree("works", "work"), "Vwas": agree("was", "was"), "Vlives": agree("lives", "live"),
            "Vfinishes": agree("finishes", "finish"), "Vowes": agree("owes", "owe"), "Vgoes": agree("goes", "go"),
            "Vhas": agree("has", "have"), "Vis": agree("is", "am"), "Vwants": agree("wants", "want"), "Vwalks": agree("walks", "walk"), "Vteaches": agree("teaches", "teach"),
            "S_full": lambda: self.full_name("S"), "V_full": lambda: self.full_name("V"),
            "S_first": lambda: self._redacted("S") if self.redact else self.suspect.first,
            "company": lambda: self.ctx.fixed["company"],
            "Sgender": lambda: "male" if self.suspect.gender == "m" else "female",
        }

    # --- dates and times ------------------------------------------------------------------
    def day(self, offset: int) -> date:
        return self.plan.start + timedelta(days=offset)

    def fmt_date(self, d: date, style: str | None = None) -> str:
        style = style or self.rng.choice(self.date_styles)
        if style == "d/m":
            return f"{d.day:02d}/{d.month:02d}"
        if style == "d/m/y":
            return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"
        if style == "d/m/Y":
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        if style == "dot":
            return f"{d.day:02d}.{d.month:02d}.{d.year}"
        if style == "ord":
            return f"{d.day}{_ordinal_suffix(d.day)} {P.MONTHS[d.month - 1]}"
        if style == "wk":
            return f"{WEEKDAYS[d.weekday()]} {d.day}/{d.month}"
        if style == "formal":
            return f"{d.day} {P.MONTHS[d.month - 1]} {d.year}"
        if style == "long":
            return f"{WEEKDAYS_LONG[d.weekday()]} {d.day}{_ordinal_suffix(d.day)} {P.MONTHS[d.month - 1]}"
        raise ValueError(style)

    def fmt_time(self, minute: int, style: str | None = None) -> str:
        style = style or self.rng.choice(self.time_styles)
        h, m = divmod(minute % 1440, 60)
        if style == "hhmm":
            return f"{h:02d}{m:02d}"
        if style == "hhmmhrs":
            return f"{h:02d}{m:02d}hrs"
        if style == "colon":
            return f"{h:02d}:{m:02d}"
        if style == "dotted":
            return f"{h:02d}.{m:02d}"
        if style == "ampm":
            return f"{(h % 12) or 12}.{m:02d}{'am' if h < 12 else 'pm'}"
        return f"approx {h:02d}{(m // 15) * 15:02d}"

    def victim_date(self, d: date, offset: int) -> str:
        gap = self.report_day - offset
        if gap == 0 and self.rng.random() < 0.6:
            return self.rng.choice(["today", "this morning", "tonight"])
        if gap == 1 and self.rng.random() < 0.6:
            return self.rng.choice(["yesterday", "last night"])
        if gap < 7 and self.rng.random() < 0.5:
            return f"{self.rng.choice(['on ', 'last ', ''])}{WEEKDAYS_LONG[d.weekday()].lower()}".strip()
        return self.rng.choice([f"the {d.day}{_ordinal_suffix(d.day)}", f"the {d.day}{_ordinal_suffix(d.day)} of {P.MONTHS[d.month - 1].lower()}",
                                f"{WEEKDAYS_LONG[d.weekday()].lower()} the {d.day}{_ordinal_suffix(d.day)}",
                                f"{d.day}/{d.month}"])

    def victim_time(self, minute: int) -> str:
        h, m = divmod(minute % 1440, 60)
        hh = (h % 12) or 12
        if m < 8:
            return self.rng.choice([f"{hh}", f"{hh} o'clock", f"{hh}{'am' if h < 12 else 'pm'}"])
        if 23 <= m <= 37:
            return self.rng.choice([f"half {NUM_WORDS.get(hh, str(hh))}", f"{hh}.30"])
        return f"{hh}.{m:02d}"

    def set_occasion_slots(self, occ: Occasion) -> None:
        d = self.day(occ.day)
        f = self.ctx.fixed
        gap = self.report_day - occ.day
        if self.register in ("log", "officer") and gap <= 1 and self.rng.random() < 0.3:
            f["date"] = "today" if gap == 0 else self.rng.choice(["yesterday", "yesterday (" + WEEKDAYS[d.weekday()] + ")"])
        else:
            f["date"] = self.fmt_date(d)
        f["fdate"] = self.fmt_date(d, "formal" if self.register == "formal" else self.rng.choice(["formal", "long", "ord"]))
        f["time"] = self.fmt_time(occ.minute)
        f["time2"] = self.fmt_time(occ.minute + self.rng.randint(10, 90))
        f["wkday"] = WEEKDAYS[d.weekday()] if self.register == "log" else WEEKDAYS_LONG[d.weekday()]
        if (f["date"][:3] in WEEKDAYS or f["date"].startswith(("today", "yesterday"))
                or f["fdate"].split(" ")[0] in WEEKDAYS_LONG):
            f["wkday"] = ""  # "On Fri Fri 19/2" reads as a bug, not as noise
        f["vdate"] = self.victim_date(d, occ.day)
        f["vtime"] = self.victim_time(occ.minute)
        f["ftime"] = f"{(occ.minute // 60) % 24:02d}{occ.minute % 60:02d}"

    # --- output -----------------------------------------------------------------------------
    def new_section(self, case: str = "none", typo_rate: float = 0.0) -> None:
        self.section += 1
        self.section_style[self.section] = (case, typo_rate)

    def emit(self, text: str, sub: str | None = None) -> None:
        if text:
            self.parts.append((text, sub, self.section))

    def emit_sentences(self, sentences: list[Sentence], sep: str = " ", end: str = ".", cap: bool = True) -> None:
        # a separator that is itself punctuation ("; ", ". ") replaces the sentence's own full stop
        inner_end = "" if sep.strip() else end
        for i, sent in enumerate(sentences):
            if i:
                self.emit(sep)
            self.emit_sentence(sent, end=end if i == len(sentences) - 1 else inner_end, cap=cap)

    def emit_sentence(self, sent: Sentence, end: str = ".", cap: bool = True) -> None:
        sent = [p for p in sent if p[0]]
        if not sent:
            return
        if cap:
            first, sub = sent[0]
            sent[0] = (first[:1].upper() + first[1:], sub)
        for text, sub in sent:
            self.emit(text, sub)
        last = sent[-1][0]
        if end and not re.search(r"[.!?:;'\"\)]\s*$", last):
            self.emit(end)
        elif end and last.endswith(("'", '"', ")")) and not re.search(r"[.!?]['\")]$", last):
            self.emit(end)

    def fact_words(self) -> int:
        return self.pending_fact_words

    def _count(self, sentences: list[Sentence]) -> list[Sentence]:
        """Count the evidence words a block produced (padding is measured against them)."""
        self.pending_fact_words += sum(len(t.split()) for s in sentences for t, sub in s if sub)
        return sentences

    def words(self) -> int:
        return sum(len(t.split()) for t, _, _ in self.parts)

    def finish(self, typo_rate: float) -> tuple[str, list[dict]]:
        """Apply texture part by part, then compute offsets: spans are exact by construction."""
        out: list[str] = []
        spans: list[dict] = []
        pos = 0
        for text, sub, section in self.parts:
            case, section_typos = self.section_style.get(section, ("none", 0.0))
            rate = max(typo_rate, section_typos)
            t = texture.typos(text, self.rng, rate) if rate else text
            if self.register == "victim" and self.rng.random() < 0.5:
                t = texture.lower_i(t)
            if self.caps == "upper":
                t = t.upper()
            elif self.caps == "lower":
                t = t.lower()
            t = texture.case_transform(t, case)
            if sub is not None:
                stripped = t.strip()
                lead = len(t) - len(t.lstrip())
                if stripped:
                    spans.append({"start": pos + lead, "end": pos + lead + len(stripped), "type": _TYPE_OF[sub],
                                  "subtype": sub, "text": stripped})
            out.append(t)
            pos += len(t)
        text = "".join(out)
        # whitespace tidy-up would move offsets, so it is done by construction instead (emit adds no doubles)
        return text, spans

    # --- small helpers ----------------------------------------------------------------------
    def say(self, bank, tense: str | None = None, avoid_repeat: bool = True, exclude: tuple[str, ...] = ()) -> str:
        """Expand a template from this half of ``bank``, avoiding templates already used here.

        In a short record only the shorter half of the templates is used (one-liners clip).
        """
        options = half_of(bank, self.half)
        if exclude:
            options = [o for o in options if not any(x in o for x in exclude)] or options
        if self.short and len(options) > 3:
            options = sorted(options, key=len)[: max(2, len(options) // 2)]
        fresh = [o for o in options if o not in self.used] if avoid_repeat else options
        template = self.rng.choice(fresh or options)
        self.used.add(template)
        return self.ctx.expand(template, tense)

    def with_count(self, n: int) -> None:
        f = self.ctx.fixed
        f["nocc"] = str(n) if self.rng.random() < 0.5 else NUM_WORDS.get(n, str(n))
        f["ordinal"] = (ORD_SHORT if self.register in ("log", "officer") and self.rng.random() < 0.5 else ORDINALS).get(n, f"{n}th")
        f["ndig"] = str(n)

    def clear_count(self) -> None:
        for k in ("nocc", "ordinal", "ndig"):
            self.ctx.fixed.pop(k, None)

    # --- blocks: facts ---------------------------------------------------------------------
    def opt(self, sentence: Sentence) -> Sentence:
        self.optional.add(id(sentence))
        return sentence

    def relationship_decides(self) -> bool:
        return self.plan.relationship in ("ex_partner", "partner", "business")

    def relationship(self) -> Sentence:
        rel = self.plan.relationship
        self._naming_relationship = True  # "my ex is my ex" is no way to say who he is
        try:
            if self.register == "log" and rel in R.RELATIONSHIP_SHORT and self.rng.random() < 0.4:
                return [(self.say(R.RELATIONSHIP_SHORT[rel], tense="present"), None)]
            return [(self.say(R.RELATIONSHIP[rel], tense="present"), None)]
        finally:
            self._naming_relationship = False

    def act_clause(self, occ: Occasion, tense: str) -> Part:
        if occ.act == "ROW":
            return (self.ctx.expand("[there <be> an argument between {Vsubj} and {Sobj}|{Vsubj} and {Sobj} <have:v> a row|"
                                    "{Sobj} and {Vsubj} <argue:v>] [at the address|in the car|over the phone|in the street|outside the flat]", tense), None)
        if occ.act == "CCB":
            return (self.say(N.CCB, tense), None)
        if self.plan.relationship == "business":
            return (self.say(A.LAWFUL_CONTACT[occ.kind], tense), "STALK_CONTACT")
        bank = A.CONTACT[occ.kind] if occ.act == "STALK_CONTACT" else A.ACTS[occ.act]
        return (self.say(bank, tense), occ.act)

    def threat_part(self, occ: Occasion, tense: str) -> Part:
        bank = M.THREAT_VICTIM if occ.threat == "victim" else M.THREAT_RELATIVE
        return (self.say(bank, tense), "THREAT_VIOLENCE")

    def hostility_part(self, strand: str, tense: str) -> Part:
        if strand == "racial":
            return (self.say(M.RACIAL, tense), "RACIAL_HOSTILITY")
        if strand == "religious":
            return (self.say(M.RELIGIOUS, tense), "RELIGIOUS_HOSTILITY")
        return (self.say(M.OTHER_HATE[strand], tense), None)

    def quote_sentence(self, occ: Occasion) -> Sentence:
        bank, sub = {
            "threat": (M.THREAT_QUOTES, "THREAT_VIOLENCE"), "fixation": (M.FIXATION_QUOTES, "FIXATION"),
            "abuse": (M.ABUSE_QUOTES, None), "racial": (M.RACIAL_QUOTES, "RACIAL_HOSTILITY"),
            "religious": (M.RELIGIOUS_QUOTES, "RELIGIOUS_HOSTILITY"),
        }[occ.quote]
        msg = texture.textspeak(self.ctx.choose(bank), self.rng, self.rng.choice([0.2, 0.5, 0.8]))
        if self.register == "formal":
            intro = self.rng.choice(["The message read: '", "It said: '", "One message read, '", "The words used were '"])
        elif self.register in ("victim", "mg11"):
            intro = self.rng.choice(["it said '", "the message said '", "he put '" if self.suspect.gender == "m" else "she put '",
                                     "one of them said '", "saying '"])
        else:
            intro = self.rng.choice(["Msg reads: '", "msgs read: '", "Screenshot shows '", "Text reads '", "message: '", "MSG - '"])
        return [(intro, None), (msg, sub), ("'", None)]

    def occasion(self, occ: Occasion, index: int, tense: str = "past", lead: bool = True,
                 repeat: bool = False) -> list[Sentence]:
        """One occasion as one or two sentences, with its threat, hostility and quote."""
        self.set_occasion_slots(occ)
        sent: Sentence = []
        if lead:
            text = self.say(R.LEAD[self.register], avoid_repeat=False)
            text = re.sub(r"\b(?:[Oo]n|[Aa]t) (yesterday|today)", r"\1", text)  # not "on yesterday"
            sent.append((text + " ", None))
        sent.append(self.act_clause(occ, tense))
        if repeat and occ.act.startswith("STALK_") and self.plan.blocker == "none":
            self.with_count(index + 1)
            sent += [(" ", None), (self.say(M.REPEAT_ONE, tense, avoid_repeat=False), "REPETITION")]
            self.clear_count()
        extra: list[Sentence] = []
        if occ.threat and occ.quote != "threat":
            joiner = self.rng.choice([" and ", ", and ", ". "])
            if joiner == ". ":
                extra.append([self.threat_part(occ, tense)])
            else:
                sent += [(joiner, None), self.threat_part(occ, tense)]
        if occ.hostility and occ.quote not in ("racial", "religious"):
            part = self.hostility_part(occ.hostility, tense)
            if self.rng.random() < 0.5:
                sent += [(self.rng.choice([" and ", ", also ", " and then "]), None), part]
            else:
                extra.append([part])
        out = [sent] + extra
        self._count(out)
        if occ.quote:
            q = self.quote_sentence(occ)
            out.append(self.opt(q) if occ.quote in ("abuse", "fixation") else q)
        if occ.act.startswith("STALK_"):
            self.n_span_occasions += 1
        return out

    def occasions_prose(self, occs: list[Occasion], tense: str = "past", detail: float = 0.0) -> list[Sentence]:
        out: list[Sentence] = []
        for i, occ in enumerate(occs):
            repeat = i > 0 and self.rng.random() < 0.35
            out += self.occasion(occ, i, tense=tense, lead=i == 0 or self.rng.random() < 0.8, repeat=repeat)
            if detail and self.rng.random() < detail:
                out.append(self.opt([(self.say(N.OCCASION_DETAIL, tense), None)]))
        return out

    def occasions_aggregate(self, tense: str = "perfect") -> list[Sentence]:
        """The occasions summed up by kind ("has followed her on 3 occasions since May")."""
        plan = self.plan
        groups: dict[tuple[str, str], list[Occasion]] = {}
        for o in plan.occasions:
            groups.setdefault((o.act, o.kind), []).append(o)
        if self.short:
            groups = self._fewest_groups(groups)
        out: list[Sentence] = []
        for (act, kind), occs in groups.items():
            self.set_occasion_slots(occs[0])
            part = self.act_clause(occs[0], tense)
            sent: Sentence = [part]
            if len(occs) > 1 and part[1] is not None and plan.blocker == "none":
                self.with_count(len(occs))
                sent += [(" ", None), (self.say(M.REPEAT_MANY, tense, avoid_repeat=False), "REPETITION")]
                self.clear_count()
            elif len(occs) > 1:
                sent.append((self.rng.choice([f" on {len(occs)} occasions", f" {NUM_WORDS.get(len(occs), str(len(occs)))} times",
                                              f" x{len(occs)}"]), None))
            out.append(sent)
            if part[1] is not None:
                self.n_span_occasions += len(occs)
        for target in ("victim", "relative"):
            k = sum(1 for o in plan.occasions if o.threat == target)
            if not k:
                continue
            occ = Occasion("X", threat=target)
            sent = [self.threat_part(occ, tense)]
            if k > 1:
                self.with_count(k)
                sent += [(" ", None), (self.say(M.REPEAT_MANY, tense, avoid_repeat=False), "REPETITION")]
                self.clear_count()
            out.append(sent)
        strands = [o.hostility for o in plan.occasions if o.hostility]
        for strand in dict.fromkeys(strands):
            out.append([self.hostility_part(strand, tense)])
        for o in plan.occasions:
            if o.quote and self.rng.random() < 0.6:
                out.append(self.opt(self.quote_sentence(o)))
        return self._count(out)

    def _fewest_groups(self, groups: dict) -> dict:
        """For a one-liner: the fewest kinds of conduct that still show what decides the label.

        Two different non-contact kinds are kept when they are what makes it stalking; otherwise
        the most frequent kind (its count still shows the course), plus a second kind when the
        first happened only once.
        """
        from corpora.banks.acts import NON_CONTACT

        keep: dict = {}
        non_contact = [k for k in groups if k[0] in NON_CONTACT]
        if len(non_contact) >= 2 and not self.plan.fixation and self.plan.relationship != "ex_partner":
            for k in non_contact[:2]:
                keep[k] = groups[k]
        ranked = sorted(groups, key=lambda k: -len(groups[k]))
        for k in ranked:
            if sum(len(v) for v in keep.values()) >= 2 or (keep and self.plan.blocker != "none"):
                break
            keep.setdefault(k, groups[k])
        # threats and hostility ride on occasions: keep the groups that carry them in prose
        return keep

    # --- blocks: markers ---------------------------------------------------------------------
    def markers(self, tense: str = "past") -> list[Sentence]:
        """The facts beyond the occasions that decide the label: never left out, whatever the length."""
        plan = self.plan
        out: list[Sentence] = []
        if plan.fixation:
            out.append([(self.say(M.FIXATION, tense), "FIXATION")])
        if plan.unwanted:
            out.append(self.opt([(self.say(M.UNWANTED, tense), "UNWANTED")]))
        if plan.escalation and plan.blocker == "none":
            out.append(self.opt([(self.say(M.ESCALATION, "present"), "ESCALATION")]))
        if plan.issue:
            out.append([(self.say(N.ISSUE_STATEMENT, "present"), None)])
        if plan.fear:
            out.append([(self.say(M.FEAR, tense), "FEAR_OF_VIOLENCE")])
        if plan.no_fear_stated:
            key = "fear_self" if "fear_self" in plan.notes else "fear"
            out.append([(self.say(N.NEGATION[key], "present"), None)])
        if plan.impact == "serious":
            out.append([(self.say(M.SERIOUS_IMPACT, tense), "SERIOUS_IMPACT")])
            if self.rng.random() < 0.5:
                out.append(self.opt([(self.say(M.DISTRESS, tense), "DISTRESS")]))
        elif plan.impact == "distress":
            out.append(self.opt([(self.say(M.DISTRESS, tense), "DISTRESS")]))
        if plan.order:
            out.append(self.opt([(self.ctx.expand(f"[this is in breach of|{{S}} is subject to] {plan.order} [made in {{month}}|from last year|"
                                         f"protecting {{Vobj}}]", "present"), None)]))
        if plan.third_party_actor:
            out.append([(self.ctx.expand("{Sposs} [brother has|cousins have|mates have] also [messaged|shouted at|rung] {Vobj} on "
                                         "{Spossp} behalf", "present"), "STALK_CONTACT")])
        if plan.mention:
            out.append(self.opt([(self.say(N.RACE_MENTION, "present"), None)]))
        if plan.other_hate and self.rng.random() < 0.3:
            out.append(self.opt([(self.ctx.expand("[it <be> not about race or religion|{Vsubj} <think:v> it is because of who {Vsubj} {Vis}]", "present"), None)]))
        out += self.blocker_sentences()
        return self._count(out)

    def blocker_sentences(self) -> list[Sentence]:
        plan = self.plan
        b = plan.blocker
        out: list[Sentence] = []
        if b == "single":
            if self.rng.random() < 0.75:
                out.append(self.opt([(self.say(N.SINGLE_MARK, "present"), None)]))
            if "negate_stalking" in plan.notes:
                out.append([(self.say(N.NEGATION["follow"], "present"), None)])
                out.append([(self.say(N.NEGATION["turn_up"], "present"), None)])
        elif b == "one_conversation":
            out.append([(self.say(N.ONE_CONVERSATION, "present"), None)])
            out.append([(self.say(N.NEGATION["since"], "present"), None)])
        elif b == "mutual":
            out += [[(self.say(N.MUTUAL, "past"), None)] for _ in range(self.rng.randint(1, 2))]
        elif b == "lawful":
            out.append([(self.say(N.LAWFUL, "present"), None)])
        elif b == "reconciled":
            out.append([(self.say(N.RECONCILED, "past"), None)])
        elif b == "live_relationship":
            out.append([(self.say(N.LIVE_TOGETHER, "present"), None)])
        elif b == "none_yet":
            out.append([(self.say(N.HYPOTHETICAL, "present"), None)])
            out.append([(self.ctx.expand("[no contact has been made|{Spr} has not contacted {Vobj}|nothing has happened yet]", "present"), None)])
        return out

    # --- blocks: noise -----------------------------------------------------------------------
    def negation_keys(self) -> list[str]:
        plan = self.plan
        acts = set(plan.acts)
        keys = ["since"]
        if not any(o.threat for o in plan.occasions):
            keys += ["threat", "weapon"]
            if not plan.fear:
                keys.append("fear")
        if "STALK_FOLLOW" not in acts:
            keys.append("follow")
        if "STALK_TURN_UP" not in acts:
            keys.append("turn_up")
        if "STALK_PROPERTY" not in acts:
            keys.append("property")
        if "STALK_MONITOR" not in acts:
            keys.append("monitor")
        if not plan.hostility:
            keys.append("race")
        if plan.fear:
            keys = [k for k in keys if k != "fear"]
        return keys

    def _bank_of(self, kind: str):
        return {
            "irrelevant": N.IRRELEVANT, "hypothetical": N.HYPOTHETICAL, "denial": N.DENIAL, "loose": N.LOOSE_WORDS,
            "unrelated": N.UNRELATED_HISTORY, "history": N.HISTORY, "advice": N.ADVICE, "safeguarding": N.SAFEGUARDING,
            "admin": N.ADMIN, "outcome": N.OUTCOMES, "aside": R.VICTIM_ASIDES, "detail": N.OCCASION_DETAIL,
        }.get(kind)

    KIND_CAP = {"negation": 4, "hypothetical": 2, "loose": 2, "denial": 2, "aside": 3, "unrelated": 2, "history": 3}

    def fresh_negation_keys(self) -> list[str]:
        return [k for k in self.negation_keys() if any(t not in self.used for t in half_of(N.NEGATION[k], self.half))]

    def fresh_kinds(self, kinds: list[str]) -> list[str]:
        """Kinds of noise with a template not yet used in this text (real records rarely repeat a line)."""
        out = []
        for kind in kinds:
            if self.kind_uses.get(kind, 0) >= self.KIND_CAP.get(kind, 99):
                continue
            if kind == "negation":
                if self.fresh_negation_keys():
                    out.append(kind)
            elif kind == "recap":
                if self.plan.occasions and self.recaps < 2:
                    out.append(kind)
            elif any(t not in self.used for t in half_of(self._bank_of(kind), self.half)):
                out.append(kind)
        return out

    def noise_sentence(self, kinds: list[str]) -> Sentence:
        kinds = self.fresh_kinds(kinds) or kinds
        kind = self.rng.choice(kinds)
        self.kind_uses[kind] = self.kind_uses.get(kind, 0) + 1
        if kind == "recap":
            # records repeat themselves: a later entry sums up conduct told earlier
            self.recaps += 1
            occ = self.rng.choice(self.plan.occasions)
            self.set_occasion_slots(occ)
            part = self.act_clause(occ, "perfect")
            return [(self.rng.choice(["", "In summary, ", "To recap, ", "As above, ", "Again, "]), None), part]
        if kind == "negation":
            key = self.rng.choice(self.fresh_negation_keys() or self.negation_keys())
            return [(self.say(N.NEGATION[key], "present"), None)]
        bank = self._bank_of(kind)
        exclude = self.hypotheticals() if kind == "hypothetical" else ()
        tense = "past" if kind == "detail" or (kind in ("loose", "hypothetical") and self.ctx.victim_person == 1) else "present"
        return [(self.say(bank, tense, exclude=exclude), None)]

    def hypotheticals(self) -> tuple[str, ...]:
        """Words a hypothetical must not contain here ("should he make threats" after threats reads as a bug)."""
        acts = set(self.plan.acts)
        bad = []
        if any(o.threat for o in self.plan.occasions):
            bad.append("threat")
        if "STALK_FOLLOW" in acts:
            bad.append("follow")
        if "STALK_PROPERTY" in acts:
            bad.append("damage")
        if "STALK_MONITOR" in acts:
            bad.append("accounts")
        return tuple(bad)

    def noise_kinds(self) -> list[str]:
        if self.register == "log":
            return ["irrelevant", "negation", "negation", "hypothetical", "denial", "loose", "history", "history", "admin",
                    "admin", "safeguarding", "unrelated", "recap"]
        if self.register == "officer":
            return ["irrelevant", "negation", "negation", "hypothetical", "denial", "loose", "history", "advice", "advice",
                    "safeguarding", "unrelated", "detail", "recap"]
        if self.register == "victim":
            return ["irrelevant", "negation", "hypothetical", "loose", "aside", "aside", "detail", "unrelated"]
        if self.register == "mg11":
            return ["irrelevant", "negation", "hypothetical", "loose", "detail", "detail", "unrelated"]
        return ["negation", "denial", "detail", "hypothetical", "unrelated", "recap"]


def trim(writer: Writer, sentences: list[Sentence], target: int) -> list[Sentence]:
    """Drop optional sentences (never a decisive one) until the text is near ``target`` words."""
    words = sum(len(t.split()) for s in sentences for t, _ in s)
    optional = [s for s in sentences if id(s) in writer.optional]
    writer.rng.shuffle(optional)
    drop: set[int] = set()
    for s in optional:
        if words <= target:
            break
        drop.add(id(s))
        words -= sum(len(t.split()) for t, _ in s)
    return [s for s in sentences if id(s) not in drop]


def pad_to(writer: Writer, sentences: list[Sentence], target: int, kinds: list[str] | None = None,
           base_words: int = 0) -> list[Sentence]:
    """Insert noise sentences at random places until the text reaches about ``target`` words.

    The facts stay in their order; noise lands between them, so evidence ends up buried
    mid-text as it is in real records.
    """
    kinds = kinds or writer.noise_kinds()
    # noise is at most about four times the facts: a one-off incident does not fill 600 words
    target = min(target, 4 * writer.fact_words() + 80)
    out = list(sentences)
    words = base_words + sum(len(t.split()) for s in out for t, _ in s)
    guard = 0
    while words < target and guard < 200:
        if not writer.fresh_kinds(kinds):
            break  # every line of this register's noise is used: stop rather than repeat
        s = writer.noise_sentence(kinds)
        out.insert(writer.rng.randint(0, len(out)), s)
        words += sum(len(t.split()) for t, _ in s)
        guard += 1
    return out


_LEFTOVER = re.compile(r"\{[A-Za-z_]+\}")


def check_no_holes(text: str) -> None:
    """Fail loudly if a template hole survived expansion (a bank bug, not a data property)."""
    m = _LEFTOVER.search(text) or re.search(r"<[a-z]+(:v)?>", text)
    if m:
        raise ValueError(f"unexpanded template hole {m.group(0)!r} in generated text")


__all__ = ["Writer", "pad_to", "REGISTER_OF_VOICE", "HOSTILE_STRANDS", "check_no_holes"]
