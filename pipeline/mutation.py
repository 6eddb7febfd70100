"""Planted errors: how many of the slips a report could contain do the cross-checks find?

Copies of the seed reports get one error each, at a place taken from the hand-labelled gold
(``corpus/gold/budget/``, ``corpus/gold/indicators/``), not from the extractor under test: a part
or a total of a complete 其中 list or table, a declared share, a change, a declared growth or
execution rate, a table's score.  The figure is changed by a visible amount (a tenth of its value,
and never less than ten units of its last printed place); a planted error counts as found when the
copy has an error or warning finding that the original does not.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import regex

from .patterns import rx

GOLD = Path(__file__).resolve().parent.parent / "corpus" / "gold"
SEEDS = GOLD.parent / "seeds"
KINDS = ("part", "total", "share", "change", "rate", "score")
_NUMBER = regex.compile(r"\d+(?:\.\d+)?")


@dataclass(frozen=True)
class Mutation:
    document: str  # the seed's file name
    kind: str  # one of KINDS
    line: int  # 1-based
    start: int  # offsets of the changed number in the file's text
    end: int
    before: str
    after: str

    def apply(self, text: str) -> str:
        assert text[self.start:self.end] == self.before
        return text[:self.start] + self.after + text[self.end:]


def changed(number: str, allowed: tuple[Decimal, Decimal] | None = None) -> str | None:
    """A visibly different number printed like ``number``: a tenth more (ten last places at least);
    for a rate, enough more to leave the range its figures' rounding allows (``allowed``), else None."""
    value = Decimal(number)
    if value == 0:
        return None
    places = Decimal(1).scaleb(-(len(number.split(".")[1]) if "." in number else 0))
    for share in (10, 5, 2, 1):  # +10%, +20%, +50%, +100%
        after = value + max(value / share, places * 10).quantize(places, rounding=ROUND_HALF_UP)
        if allowed is None or after - 2 * places > allowed[1]:
            return str(after)
    return None  # 5万元 of 5万元 may be anything from 75% to 133%: no rate there is visibly wrong


def _rate_bounds(link: dict, source: dict, target: dict) -> tuple[Decimal, Decimal] | None:
    """The range of the percentage a share, execution or growth rate link states that its two
    printed figures allow (each standing for its last printed place either way)."""
    def ends(amount: dict) -> tuple[Decimal, Decimal]:
        number = Decimal(_NUMBER.search(amount["text"]).group())
        value = Decimal(amount["value"])
        ulp = Decimal(1).scaleb(number.as_tuple().exponent) * (value / number if number else 1)
        return value - ulp, value + ulp

    (a_lo, a_hi), (b_lo, b_hi) = ends(source), ends(target)
    if link["type"] == "change_of":  # a change over the prior year: current ∓ change
        sign = 1 if link.get("direction") in ("增加", "增长", "上升") else -1
        b_lo, b_hi = (b_lo - a_hi, b_hi - a_lo) if sign > 0 else (b_lo + a_lo, b_hi + a_hi)
    if b_lo <= 0:
        return None
    return 100 * a_lo / b_hi, 100 * a_hi / b_lo


def candidates(seed: Path) -> list[Mutation]:
    """Every place of a seed where the gold states a relation the checks could test."""
    text = seed.read_text(encoding="utf-8")
    starts = [0] + [m.end() for m in rx(r"\n").finditer(text)]
    budget = json.loads((GOLD / "budget" / f"{seed.name}.json").read_text(encoding="utf-8"))
    amounts = {a["id"]: a for a in budget["amounts"]}
    places: dict[tuple[str, str], tuple[int, int]] = {}  # (kind, id) -> span of its number
    seen: Counter = Counter()
    for a in budget["amounts"]:  # the k-th gold figure with this text on its line is its k-th occurrence
        line = int(a["where"].split()[1])
        key = (line, a["text"])
        seen[key] += 1
        place = _nth(text, starts, line, a["text"], seen[key])
        if place is not None:
            places[("amount", a["id"])] = place

    out: list[Mutation] = []

    def plant(kind: str, where: tuple[int, int] | None, line: int, allowed: tuple[Decimal, Decimal] | None = None) -> None:
        if where is None:
            return
        number = _NUMBER.match(text, where[0])
        after = changed(number.group(), allowed) if number else None
        if after is not None:
            out.append(Mutation(seed.name, kind, line, number.start(), number.end(), number.group(), after))

    def line_of(amount_id: str) -> int:
        return int(amounts[amount_id]["where"].split()[1])

    for link in budget["links"]:
        source, target = link.get("from"), link.get("to")
        if target is None or amounts[source]["unit"] != "元":
            continue
        if link["type"] == "part_of" and link.get("exhaustive"):
            plant("part", places.get(("amount", source)), line_of(source))
            plant("total", places.get(("amount", target)), line_of(target))
        elif link["type"] in ("share_of", "change_of", "execution_of") and link.get("declared"):
            kind = {"share_of": "share", "change_of": "rate", "execution_of": "rate"}[link["type"]]
            # the declared percentage after the figure, on its line
            at = places.get(("amount", source))
            if at is not None:
                line_end = starts[line_of(source)] if line_of(source) < len(starts) else len(text)
                m = regex.compile(regex.escape(link["declared"]) + r"\s*[%％]").search(text, at[1], line_end)
                plant(kind, (m.start(), m.end()) if m else None, line_of(source),
                      _rate_bounds(link, amounts[source], amounts[target]))
            if link["type"] == "change_of":
                plant("change", at, line_of(source))
    out.extend(_score_mutations(seed, text, starts))
    return sorted(set(out), key=lambda m: (m.kind, m.start))


def _nth(text: str, starts: list[int], line: int, needle: str, n: int) -> tuple[int, int] | None:
    if line > len(starts):
        return None
    stop = starts[line] if line < len(starts) else len(text)
    at = starts[line - 1] - 1
    for _ in range(n):
        at = text.find(needle, at + 1, stop)
        if at < 0:
            return None
    return at, at + len(needle)


def _score_mutations(seed: Path, text: str, starts: list[int]) -> list[Mutation]:
    """The score of a table row of the indicator gold, in a table that declares its 合计: a pasted
    table has a cell per line, its 权重 line then its 得分 line after the row's name."""
    path = GOLD / "indicators" / f"{seed.name}.json"
    if not path.exists():
        return []
    gold = json.loads(path.read_text(encoding="utf-8"))
    projects = {t["project"] for t in gold.get("totals", []) if t["kind"] == "合计" and t.get("score")}
    lines = text.split("\n")
    out = []
    for row in gold["indicators"]:
        if row["source"] != "table" or row["project"] not in projects or not row.get("score") or not row.get("weight"):
            continue
        first = int(row["where"].split()[1])
        for i in range(first, min(first + 12, len(lines) - 1)):
            if lines[i].strip(" \t\u3000") == row["weight"] and lines[i + 1].strip(" \t\u3000") == row["score"]:
                number = _NUMBER.search(lines[i + 1])
                start = starts[i + 1] + number.start()
                # a score lowered by a visible amount: the row no longer adds up to the table's 合计
                after = str(max(Decimal(row["score"]) - max(Decimal(row["weight"]) / 5, Decimal(2)), Decimal(0)))
                if after != number.group():
                    out.append(Mutation(seed.name, "score", first, start, start + len(number.group()),
                                        number.group(), after))
                break
    return out


def sample(per_kind: int = 12, seed: int = 7) -> list[Mutation]:
    """A fixed sample of the planted errors: up to ``per_kind`` of each kind over all the seeds."""
    everything = [m for path in sorted(SEEDS.glob("*.txt")) if (GOLD / "budget" / f"{path.name}.json").exists()
                  for m in candidates(path)]
    rng = random.Random(seed)
    out = []
    for kind in KINDS:
        of_kind = [m for m in everything if m.kind == kind]
        out.extend(rng.sample(of_kind, min(per_kind, len(of_kind))))
    return out


def serious_findings(document: str, mutation: Mutation | None = None) -> Counter:
    """The errors and warnings of a seed, or of its copy with one error planted."""
    from .document import document_from_text
    from .extract import document_findings

    text = (SEEDS / document).read_text(encoding="utf-8")
    doc = document_from_text(mutation.apply(text) if mutation else text, str(SEEDS / document))
    return Counter((f.check_id, f.declared, f.computed) for f in document_findings(doc) if f.severity != "info")


def found(mutation: Mutation, baseline: Counter) -> bool:
    """Whether the checks flag the copy with this error planted: an error or warning the original lacks."""
    return bool(serious_findings(mutation.document, mutation) - baseline)


def run(per_kind: int = 12) -> dict:
    """Plant the sample's errors one at a time: how many of each kind the checks find, and the misses."""
    baseline: dict[str, Counter] = {}
    planted: Counter = Counter()
    caught: Counter = Counter()
    missed = []
    for mutation in sample(per_kind):
        if mutation.document not in baseline:
            baseline[mutation.document] = serious_findings(mutation.document)
        planted[mutation.kind] += 1
        if found(mutation, baseline[mutation.document]):
            caught[mutation.kind] += 1
        else:
            missed.append(mutation)
    return {"planted": dict(planted), "found": dict(caught), "missed": missed}
