"""Surface texture: the misspellings, shorthand, text-speak and capitals of real records.

Applied piece by piece before offsets are computed, so spans stay exact whatever happens to
their text. The misspellings are the plausible ones police free text is known for
(harrasment, recieved, seperated, adress), not random character swaps.
"""

from __future__ import annotations

import random
import re

MISSPELLINGS: dict[str, list[str]] = {
    "harassment": ["harrasment", "harasment", "harrassment"],
    "harassing": ["harrasing", "harassin"],
    "stalking": ["stalkin", "stocking"],
    "definitely": ["definately", "defo", "definatly"],
    "received": ["recieved", "recived"],
    "separated": ["seperated", "seprated"],
    "their": ["thier", "there"],
    "address": ["adress", "addres"],
    "because": ["becuase", "cos", "coz"],
    "messages": ["mesages", "msgs", "messags"],
    "message": ["mesage", "msg", "messge"],
    "following": ["folowing", "followin"],
    "followed": ["folowed", "follwed"],
    "banged": ["bangged", "banged"],
    "threatened": ["threatend", "thretened"],
    "threatening": ["threatning", "thretening"],
    "neighbour": ["nieghbour", "neighbor", "naybour"],
    "neighbours": ["nieghbours", "neighbors"],
    "believe": ["beleive", "belive"],
    "until": ["untill", "til"],
    "tomorrow": ["tommorow", "tmrw"],
    "really": ["realy", "rly"],
    "scared": ["scarred", "scred"],
    "frightened": ["frightend", "fritened"],
    "anything": ["anythin", "anyting"],
    "something": ["somthing", "summat"],
    "people": ["ppl", "poeple"],
    "phone": ["fone", "phne"],
    "know": ["no", "kno"],
    "which": ["wich", "witch"],
    "where": ["were", "wher"],
    "going": ["goin", "gona"],
    "with": ["wiv", "wth"],
    "would": ["wud", "woud"],
    "could": ["cud", "coud"],
    "said": ["sed", "siad"],
    "partner": ["p/ner", "ptnr", "partener"],
    "relationship": ["rel'ship", "relationshp", "relasionship"],
    "approximately": ["approx", "aprox"],
    "officer": ["oficer", "offcer"],
    "outside": ["outsde", "outide"],
    "house": ["hse", "hous"],
    "again": ["agen", "agian"],
    "police": ["polise", "plice"],
    "work": ["wrk", "wark"],
    "friend": ["freind", "frend"],
    "weird": ["wierd"],
    "occasions": ["occassions", "ocasions"],
    "occasion": ["occassion", "ocasion"],
    "tonight": ["tonite", "2nite"],
    "apartment": ["appartment"],
    "sister": ["sis", "sistr"],
}

TEXTSPEAK = [
    (r"\byou're\b", "ur"), (r"\byour\b", "ur"), (r"\byou\b", "u"), (r"\bI'll\b", "ill"), (r"\bI'm\b", "im"),
    (r"\bare\b", "r"), (r"\bdon't\b", "dont"), (r"\bcan't\b", "cant"), (r"\bwon't\b", "wont"),
    (r"\bbecause\b", "cos"), (r"\bgoing to\b", "gonna"), (r"\bplease\b", "pls"), (r"\btonight\b", "2nite"),
    (r"\bforever\b", "4eva"), (r"\bfor\b", "4"), (r"\bbefore\b", "b4"), (r"\bsee\b", "c"), (r"\bthe\b", "da"),
    (r"\bwhat\b", "wot"), (r"\bknow\b", "no"), (r"\bwith\b", "wiv"), (r"\bthanks\b", "thx"),
]

_WORD = re.compile(r"[A-Za-z']+")


def textspeak(message: str, rng: random.Random, strength: float) -> str:
    """The sender's spelling: each shorthand applied with probability ``strength``."""
    out = message
    for pattern, repl in TEXTSPEAK:
        if rng.random() < strength:
            out = re.sub(pattern, repl, out, flags=re.IGNORECASE)
    if rng.random() < strength:
        out = out.lower()
    if rng.random() < strength * 0.5:
        out = out.replace("'", "")
    return out


def _misspell(word: str, rng: random.Random) -> str:
    lower = word.lower()
    if lower in MISSPELLINGS:
        new = rng.choice(MISSPELLINGS[lower])
    elif re.search(r"[A-Za-z]'[A-Za-z]", word) and rng.random() < 0.7:  # "didn't" -> "didnt", never a quote mark
        new = word.replace("'", "")
    elif len(word) > 5 and re.search(r"([a-z])\1", lower):
        new = re.sub(r"([a-z])\1", r"\1", word, count=1)
    elif len(word) > 6 and rng.random() < 0.4:
        i = rng.randint(2, len(word) - 3)
        new = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    else:
        return word
    if word.isupper():
        return new.upper()
    if word[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def typos(text: str, rng: random.Random, rate: float) -> str:
    """Misspell about ``rate`` of the words that have a plausible misspelling."""
    if rate <= 0:
        return text
    return _WORD.sub(lambda m: _misspell(m.group(0), rng) if rng.random() < rate else m.group(0), text)


def lower_i(text: str) -> str:
    """Lower-case 'I' as a word, as hurried writers do."""
    return re.sub(r"\bI\b", "i", re.sub(r"\bI'", "i'", text))


def case_transform(text: str, mode: str) -> str:
    if mode == "upper":
        return text.upper()
    if mode == "lower":
        return text.lower()
    return text
