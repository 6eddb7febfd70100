"""Cross-checks: what a report declares against what its own figures give, with evidence.

The checks are data (``patterns/checks.toml``): each is SQL over the DuckDB tables of one
document, or a Python rule registered here where SQL is awkward.  They run on a database, so the
same checks serve ``zhreport ingest`` (which stores a document's findings with it),
``zhreport check`` (which runs them again over every stored document) and ``zhreport extract``
(which stores its one document in memory first).

**Tolerance follows rounding**, as XBRL calculation 1.1 does: a printed figure stands for every
value its decimals allow.  A figure printed with last place ``u`` (1163.82万元: u = 0.01万元 = 100元)
stands for ``[v − u/2, v + u]`` when positive: rounded to nearest (± u/2), or truncated (up to
one whole ``u`` below the true value, as reports truncate percentages: 78.967% printed 78.96%);
a negative figure mirrors that.  Sums add the intervals; shares, growth and execution rates push
them through the division.  A check finds nothing when the declared interval and the computed one
meet; otherwise the finding stores the difference of the printed figures and the tolerance the
intervals allowed in that direction.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any

import duckdb
import regex

from . import patterns
from .patterns import rx

SEVERITIES = ("error", "warning", "info")
# the unit a money figure was printed in, by its factor to 元 (a table cell under 单位：万元)
_MONEY_UNITS = {Decimal(1): "元", Decimal(1000): "千元", Decimal(10000): "万元", Decimal(100000000): "亿元"}
_HUNDRED = Decimal(100)


# -- intervals ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Interval:
    """The values a printed figure (or a computation on printed figures) may stand for."""

    value: Decimal  # as printed, or computed from the printed figures
    low: Decimal
    high: Decimal

    @classmethod
    def printed(cls, value: Decimal, ulp: Decimal) -> Interval:
        if value >= 0:
            return cls(value, value - ulp / 2, value + ulp)
        return cls(value, value - ulp, value + ulp / 2)

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.value + other.value, self.low + other.low, self.high + other.high)

    def __sub__(self, other: Interval) -> Interval:
        return Interval(self.value - other.value, self.low - other.high, self.high - other.low)

    def percent_of(self, base: Interval) -> Interval | None:
        """100 × self / base, for a positive base; None when the base may be zero."""
        if base.low <= 0:
            return None
        ends = [100 * a / b for a in (self.low, self.high) for b in (base.low, base.high)]
        return Interval(100 * self.value / base.value, min(ends), max(ends))


def compare(declared: Interval, computed: Interval) -> tuple[Decimal, Decimal] | None:
    """(difference, tolerance) when the two intervals do not meet, else None.  The difference is
    declared − computed as printed; the tolerance, how far apart rounding let them be that way."""
    difference = declared.value - computed.value
    if difference >= 0:
        tolerance = (declared.value - declared.low) + (computed.high - computed.value)
    else:
        tolerance = (declared.high - declared.value) + (computed.value - computed.low)
    return (difference, tolerance) if abs(difference) > tolerance else None


def _ulp(decimals: int | None) -> Decimal:
    return Decimal(1).scaleb(-(decimals or 0))


# -- the checks -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Check:
    id: str
    severity: str
    title: str
    message_zh: str
    message_en: str
    sql: str | None = None
    rule: str | None = None
    where: str | None = None  # for the sum rules: 'prose' or 'table' figures
    pattern: str | None = None  # for a rule that reads the text: the sentences it reads


@dataclass(frozen=True)
class Finding:
    doc_id: str
    check_id: str
    severity: str
    message_zh: str
    message_en: str
    declared: Decimal | None
    computed: Decimal | None
    difference: Decimal | None
    tolerance: Decimal | None
    unit: str | None
    amount_ids: tuple[int, ...] = ()
    link_ids: tuple[int, ...] = ()
    indicator_ids: tuple[int, ...] = ()
    section_id: int | None = None
    block_id: int | None = None
    page: int | None = None
    char_start: int | None = None
    char_end: int | None = None
    source_start: int | None = None
    source_end: int | None = None
    snippet: str | None = None


_FINDING_FIELDS = ("declared", "computed", "difference", "tolerance", "unit", "amount_ids", "link_ids", "indicator_ids",
                   "section_id", "block_id", "page", "char_start", "char_end", "source_start", "source_end", "snippet")


@lru_cache(maxsize=1)
def load_checks() -> tuple[Check, ...]:
    """The checks of ``patterns/checks.toml``, validated: a severity of three, SQL or a known rule."""
    from .errors import PatternError

    out = []
    for entry in patterns.entries("checks", "check", ("id", "severity", "title", "message_zh", "message_en")):
        where = f"{patterns.PATTERNS_DIR / 'checks'}.toml"
        if entry["severity"] not in SEVERITIES:
            raise PatternError(where, f"check {entry['id']}: severity must be one of {', '.join(SEVERITIES)}")
        if ("sql" in entry) == ("rule" in entry):
            raise PatternError(where, f"check {entry['id']}: needs exactly one of 'sql' and 'rule'")
        if "rule" in entry and entry["rule"] not in RULES:
            raise PatternError(where, f"check {entry['id']}: no rule named '{entry['rule']}' in pipeline/checks.py")
        out.append(Check(**{k: entry.get(k) for k in Check.__dataclass_fields__}))
    return tuple(out)


# the tables the checks read (with the view indicator_table_sums over two of them); a scratch
# database for a batch's checks needs these alone
CHECKED_TABLES = ("documents", "blocks", "quantities", "amounts", "amount_links", "indicators", "indicator_totals")


def run_checks(con: duckdb.DuckDBPyConnection, doc_ids: Sequence[str]) -> list[Finding]:
    """Every check over stored documents: their findings, document by document in the order
    given, and each document's in the order of the checks.  Each query runs once for them all."""
    facts = _Facts.load(con, doc_ids)
    found: dict[str, list[Finding]] = {doc_id: [] for doc_id in doc_ids}
    for check in load_checks():
        if check.sql:
            for row in _sql_rows(con, doc_ids, check.sql):
                doc_id = row.pop("doc_id")
                found[doc_id].append(_finding(doc_id, check, row, facts[doc_id]))
        else:
            for doc_id in doc_ids:
                found[doc_id].extend(_finding(doc_id, check, row, facts[doc_id])
                                     for row in RULES[check.rule](facts[doc_id], check))
    return [f for doc_id in doc_ids for f in found[doc_id]]


def _sql_rows(con: duckdb.DuckDBPyConnection, doc_ids: Sequence[str], sql: str) -> Iterator[dict[str, Any]]:
    cursor = con.execute(sql, {"doc_ids": list(doc_ids)})
    columns = [d[0] for d in cursor.description or ()]
    for values in cursor.fetchall():
        yield dict(zip(columns, values))


def _finding(doc_id: str, check: Check, row: dict[str, Any], facts: _Facts) -> Finding:
    words = {k: _written(v) for k, v in row.items()}
    known = {k: row.get(k) for k in _FINDING_FIELDS}
    for ids in ("amount_ids", "link_ids", "indicator_ids"):
        known[ids] = tuple(known[ids] or ())
    for number in ("declared", "computed", "difference", "tolerance"):
        if isinstance(known[number], int):  # a query's whole numbers (years, counts)
            known[number] = Decimal(known[number])
    if known["block_id"] is None and known["amount_ids"]:  # a rule's evidence: the first figure's sentence
        first = facts.amounts[known["amount_ids"][0]]
        known.update(section_id=first.section_id, block_id=first.block_id, page=first.page, char_start=first.char_start,
                     char_end=first.char_end, source_start=first.source_start, source_end=first.source_end,
                     snippet=first.snippet)
    if known["snippet"] is None and known["block_id"] is not None:
        known["snippet"] = facts.block_text.get(known["block_id"])
    return Finding(doc_id, check.id, check.severity, check.message_zh.format(**words),
                   check.message_en.format(**words), **known)


def _written(value: Any) -> Any:
    """A number as a report would print it: 11638200.000000 -> 11638200, 76.810 -> 76.81."""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return "" if value is None else value


# -- what the rules read --------------------------------------------------------------------------

@dataclass(frozen=True)
class _Amount:
    id: int
    value: Decimal  # in 元 for money, else in its measure word
    unit: str
    factor: Decimal  # from the printed number to value: 10000 for a figure printed in 万元
    printed_unit: str  # 万元, 元, 人
    precision: int  # decimals printed
    subject: str
    subject_key: str
    kind: str
    block_id: int
    row_index: int | None
    section_id: int | None
    page: int | None
    char_start: int
    char_end: int
    source_start: int
    source_end: int
    snippet: str

    @property
    def interval(self) -> Interval:
        return Interval.printed(self.value, _ulp(self.precision) * self.factor)

    @property
    def in_table(self) -> bool:
        return self.row_index is not None

    def show(self, value: Decimal) -> str:
        """A value in this figure's printed unit, as the report would write it (1163.82万元)."""
        return format((value / self.factor).quantize(_ulp(self.precision)), "f") + self.printed_unit


@dataclass(frozen=True)
class _Link:
    id: int
    type: str
    source: int
    target: int | None
    exhaustive: bool | None
    direction: str | None
    declared: Decimal | None
    declared_precision: int | None
    list_id: int | None


@dataclass
class _Facts:
    amounts: dict[int, _Amount] = field(default_factory=dict)
    links: list[_Link] = field(default_factory=list)
    block_text: dict[int, str] = field(default_factory=dict)
    block_start: dict[int, int] = field(default_factory=dict)
    counts: dict[int, list[tuple[Decimal, str, int]]] = field(default_factory=dict)  # block -> (value, measure, end)

    @classmethod
    def load(cls, con: duckdb.DuckDBPyConnection, doc_ids: Sequence[str]) -> dict[str, _Facts]:
        """What the rules read of each document, by doc_id."""
        out = {doc_id: cls() for doc_id in doc_ids}
        rows: dict[str, list[dict[str, Any]]] = {doc_id: [] for doc_id in doc_ids}
        for r in _sql_rows(con, doc_ids, """
            SELECT a.doc_id, a.amount_id AS id, a.value, a.unit, q.number, q.unit AS printed_unit,
                   coalesce(a.precision, 0) AS precision, coalesce(a.subject, '') AS subject,
                   coalesce(a.subject_key, '') AS subject_key, a.kind, a.block_id, a.row_index, a.section_id, a.page,
                   a.char_start, a.char_end, a.source_start, a.source_end, a.snippet
            FROM amounts a JOIN quantities q USING (doc_id, quantity_id)
            WHERE list_contains($doc_ids, a.doc_id) ORDER BY a.doc_id, a.amount_id"""):
            rows[r.pop("doc_id")].append(r)
        for doc_id, doc_rows in rows.items():
            # a printed 0 has no factor of its own: it takes that of its block's other figures in its unit
            factors = {(r["block_id"], r["printed_unit"]): r["value"] / r["number"] for r in reversed(doc_rows) if r["number"]}
            for r in doc_rows:
                number = r.pop("number")
                r["factor"] = r["value"] / number if number else factors.get((r["block_id"], r["printed_unit"]), Decimal(1))
                if not r["printed_unit"]:  # a bare number under 单位：万元
                    r["printed_unit"] = _MONEY_UNITS.get(r["factor"], r["unit"]) if r["unit"] == "元" else r["unit"]
                out[doc_id].amounts[r["id"]] = _Amount(**r)
        params = {"doc_ids": list(doc_ids)}
        for doc_id, *link in con.execute(
                "SELECT doc_id, link_id, link_type, from_amount, to_amount, exhaustive, direction, declared, "
                "declared_precision, list_id FROM amount_links WHERE list_contains($doc_ids, doc_id) "
                "ORDER BY doc_id, link_id", params).fetchall():
            out[doc_id].links.append(_Link(*link))
        for doc_id, block, text, start in con.execute(
                "SELECT doc_id, block_id, text, char_start FROM blocks WHERE list_contains($doc_ids, doc_id)",
                params).fetchall():
            out[doc_id].block_text[block], out[doc_id].block_start[block] = text, start
        for doc_id, block, value, measure, end in con.execute(
                "SELECT doc_id, block_id, value, canonical_unit, char_end FROM quantities "
                "WHERE list_contains($doc_ids, doc_id) AND kind = 'count' AND row_index IS NULL AND qualifier = 'exact' "
                "ORDER BY doc_id, char_start", params).fetchall():
            out[doc_id].counts.setdefault(block, []).append((value, measure, end))
        return out

    def of_type(self, link_type: str) -> list[_Link]:
        return [k for k in self.links if k.type == link_type]


# -- rules ----------------------------------------------------------------------------------------

Rule = Callable[[_Facts, Check], Iterator[dict[str, Any]]]
RULES: dict[str, Rule] = {}


def rule(name: str) -> Callable[[Rule], Rule]:
    def register(fn: Rule) -> Rule:
        RULES[name] = fn
        return fn
    return register


def _part_lists(facts: _Facts, where: str | None) -> Iterator[tuple[_Amount, list[_Amount], list[_Link], bool]]:
    """Each list of parts with its total: (total, parts, links, exhaustive).  A total may have
    several lists (a table's 合计 is 基本支出 + 项目支出 along its row and the sum of the 类 down
    its column), which the links number; parts stored with no list (before migration 0008) are
    not summed, since nothing says which of a total's lists they belong to."""
    lists: dict[tuple, list[_Link]] = defaultdict(list)
    for link in facts.of_type("part_of"):
        total, part = facts.amounts[link.target], facts.amounts[link.source]
        if link.list_id is not None and part.unit == total.unit:  # a count among money figures is no part of them
            lists[(total.id, link.list_id, bool(link.exhaustive))].append(link)
    for (total_id, _, exhaustive), links in lists.items():
        total = facts.amounts[total_id]
        parts = [facts.amounts[k.source] for k in links]
        in_table = total.in_table and all(p.in_table for p in parts)
        if where is None or where == ("table" if in_table else "prose"):
            yield total, parts, links, exhaustive


def _sum_row(total: _Amount, parts: list[_Amount], links: list[_Link], found: tuple[Decimal, Decimal]) -> dict[str, Any]:
    difference, tolerance = found
    computed = total.value - difference
    return {
        "declared": total.value, "computed": computed, "difference": abs(difference), "tolerance": tolerance,
        "unit": total.unit, "total": total.subject, "parts": "、".join(p.subject for p in parts),
        "declared_text": total.show(total.value), "computed_text": total.show(computed),
        "difference_text": total.show(abs(difference)),
        "amount_ids": [total.id, *(p.id for p in parts)], "link_ids": [k.id for k in links],
    }


@rule("parts_sum")
def parts_sum(facts: _Facts, check: Check) -> Iterator[dict[str, Any]]:
    """A complete partition (基本支出 + 项目支出, a list ending in 其他…) must add up to its total."""
    for total, parts, links, exhaustive in _part_lists(facts, check.where):
        if exhaustive and (found := compare(total.interval, _sum(parts))):
            yield _sum_row(total, parts, links, found)


@rule("parts_exceed")
def parts_exceed(facts: _Facts, check: Check) -> Iterator[dict[str, Any]]:
    """The parts a 其中 list names (a selection) may fall short of their total, never exceed it."""
    for total, parts, links, exhaustive in _part_lists(facts, check.where):
        computed = _sum(parts)
        if not exhaustive and computed.low > total.interval.high:
            yield _sum_row(total, parts, links, (total.value - computed.value,
                                                 (total.interval.high - total.value) + (computed.value - computed.low)))


def _sum(parts: list[_Amount]) -> Interval:
    total = Interval(Decimal(0), Decimal(0), Decimal(0))
    for part in parts:
        total = total + part.interval
    return total


def _rate(link: _Link) -> Interval:
    return Interval.printed(link.declared, _ulp(link.declared_precision))


def _declared_ratios(facts: _Facts, link_type: str) -> Iterator[tuple[_Link, _Amount, _Amount, Interval]]:
    """Each link of the type that declares a percentage of a stated whole: the link, the part, the
    whole, and the percentage their printed figures allow."""
    for link in facts.of_type(link_type):
        if link.target is None or link.declared is None:
            continue
        part, whole = facts.amounts[link.source], facts.amounts[link.target]
        if (computed := part.interval.percent_of(whole.interval)) is not None:
            yield link, part, whole, computed


@rule("share")
def share(facts: _Facts, check: Check) -> Iterator[dict[str, Any]]:
    """占X%: the part over its base."""
    for link, part, base, computed in _declared_ratios(facts, "share_of"):
        if found := compare(_nudged(_rate(link)), computed):
            yield {**_rate_row(link, computed, found), "part": part.subject, "base": base.subject,
                   "amount_ids": [part.id, base.id]}


def _nudged(share: Interval) -> Interval:
    """A share may be nudged by one last place so that a list's shares add up to 100%."""
    ulp = (share.high - share.value)  # a declared percentage stands for [v − u/2, v + u]
    return Interval(share.value, share.low - ulp, share.high + ulp)


@rule("execution_rate")
def execution_rate(facts: _Facts, check: Check) -> Iterator[dict[str, Any]]:
    """完成预算Z%, 预算执行率: the actual over its budget."""
    for link, actual, budget, computed in _declared_ratios(facts, "execution_of"):
        if found := compare(_rate(link), computed):
            yield {**_rate_row(link, computed, found), "subject": actual.subject, "actual": actual.show(actual.value),
                   "budget": budget.show(budget.value), "amount_ids": [actual.id, budget.id]}


def _rate_row(link: _Link, computed: Interval, found: tuple[Decimal, Decimal]) -> dict[str, Any]:
    difference, tolerance = found
    places = Decimal(1).scaleb(-max(link.declared_precision or 0, 2))
    return {"declared": link.declared, "computed": computed.value.quantize(places), "difference": difference,
            "tolerance": tolerance, "unit": "%", "link_ids": [link.id]}


_INCREASE = ("增加", "增长", "上升", "提高", "多")


def _changes(facts: _Facts) -> Iterator[tuple[_Link, _Amount, _Amount, int]]:
    """Each change_of link with its change, its current figure and the sign of its direction."""
    for link in facts.of_type("change_of"):
        if link.target is None or link.direction is None:
            continue
        change, current = facts.amounts[link.source], facts.amounts[link.target]
        yield link, change, current, 1 if any(w in link.direction for w in _INCREASE) else -1


@rule("change_rate")
def change_rate(facts: _Facts, check: Check) -> Iterator[dict[str, Any]]:
    """增加X万元，增长Y%: Y = X over the prior year (current ∓ X); when it is off, whether it is X
    over the current year (the common slip) or a decimal shift."""
    for link, change, current, sign in _changes(facts):
        if link.declared is None or change.value == 0:
            continue
        prior = current.interval - change.interval if sign > 0 else current.interval + change.interval
        computed = change.interval.percent_of(prior)
        if computed is None or not (found := compare(_rate(link), computed)):
            continue
        slip_zh = slip_en = ""
        on_current = change.interval.percent_of(current.interval)
        if on_current is not None and compare(_rate(link), on_current) is None:
            slip_zh, slip_en = "（系以本年数而非上年数为基数计算）", " (computed on the current year instead of the prior)"
        elif any(compare(Interval(link.declared * f, _rate(link).low * f, _rate(link).high * f), computed) is None
                 for f in (Decimal(10), Decimal("0.1"))):
            slip_zh, slip_en = "（小数点错位）", " (a decimal shift)"
        yield {**_rate_row(link, computed, found), "subject": current.subject, "direction": link.direction,
               "change": change.show(change.value), "prior": current.show(prior.value),
               "slip_zh": slip_zh, "slip_en": slip_en, "amount_ids": [change.id, current.id]}


def _two_years(facts: _Facts) -> Iterator[tuple[dict[str, Any], _Amount, Interval, bool, int]]:
    """Each change whose paragraph also states the prior year's figure of the same subject: the
    finding's common fields, the change, current − prior, whether the direction word contradicts
    that, and the sign of the direction."""
    for link, change, current, sign in _changes(facts):
        prior = next((a for a in facts.amounts.values() if a.kind == "上年数" and a is not current
                      and a.block_id == current.block_id and a.subject_key == current.subject_key
                      and a.unit == current.unit and not a.in_table), None)
        if prior is None:
            continue
        moved = current.interval - prior.interval
        common = {"unit": current.unit, "subject": current.subject, "current": current.show(current.value),
                  "prior": prior.show(prior.value), "direction": link.direction,
                  "amount_ids": [current.id, prior.id, change.id], "link_ids": [link.id]}
        yield common, change, moved, (sign > 0 and moved.high < 0) or (sign < 0 and moved.low > 0), sign


@rule("change_direction")
def change_direction(facts: _Facts, check: Check) -> Iterator[dict[str, Any]]:
    """比上年增加 said of a figure below the prior year's (or 减少 of one above it)."""
    for common, change, moved, contradicts, sign in _two_years(facts):
        if contradicts:
            yield {**common, "declared": change.value * sign, "computed": moved.value,
                   "difference": abs(moved.value - change.value * sign), "tolerance": Decimal(0)}


@rule("change_amount")
def change_amount(facts: _Facts, check: Check) -> Iterator[dict[str, Any]]:
    """增加X万元 with both years' figures stated: X = current − prior (the direction agreeing;
    change_direction reports the other case)."""
    for common, change, moved, contradicts, sign in _two_years(facts):
        declared = Interval(change.value * sign, *sorted((change.interval.low * sign, change.interval.high * sign)))
        if not contradicts and (found := compare(declared, moved)):
            yield {**common, "declared": change.value, "computed": abs(moved.value), "difference": abs(found[0]),
                   "tolerance": found[1], "declared_text": change.show(change.value),
                   "computed_text": change.show(abs(moved.value))}


@rule("restated")
def restated(facts: _Facts, check: Check) -> Iterator[dict[str, Any]]:
    """The same 类/款/项, funds and measure stated in two places with values that no rounding of
    either printing reconciles."""
    for link in facts.of_type("restates"):
        again, first = facts.amounts[link.source], facts.amounts[link.target]
        if found := compare(again.interval, first.interval):
            difference, tolerance = found
            yield {"declared": again.value, "computed": first.value, "difference": abs(difference),
                   "tolerance": tolerance, "unit": again.unit, "subject": again.subject,
                   "declared_text": again.show(again.value), "computed_text": first.show(first.value),
                   "where_first": "表中" if first.in_table else "前文", "where_first_en": "a table" if first.in_table else "the text",
                   "amount_ids": [again.id, first.id], "link_ids": [link.id]}


_PER_UNIT = regex.compile(r"^每(?P<measure>[个名人户家所辆台套次项])(?P<noun>[^\W的]{0,6}?)(?:的|$)")


@rule("unit_price")
def unit_price(facts: _Facts, check: Check) -> Iterator[dict[str, Any]]:
    """每个社区的法律顾问费为1万元/年，共计80万元/年: a price per unit times the units the paragraph
    counts (全区79个社区和1个社区工作站) must give the total stated after it."""
    amounts = list(facts.amounts.values())
    for price, total in zip(amounts, amounts[1:]):
        per = _PER_UNIT.match(price.subject)
        if per is None or total.block_id != price.block_id or total.unit != price.unit or total.value <= price.value:
            continue
        text, start = facts.block_text[price.block_id], facts.block_start[price.block_id]
        between = text[price.char_end - start:total.char_start - start]
        if not rx(r"共计|合计|总计|共").search(between):
            continue
        # the paragraph's counts of that measure word whose noun starts like the priced one's
        units = [v for v, measure, end in facts.counts.get(price.block_id, ())
                 if measure == per.group("measure") and text[end - start:].startswith(per.group("noun")[:2])]
        if not units:
            continue
        count = sum(units)
        computed = Interval(price.value * count, price.interval.low * count, price.interval.high * count)
        if found := compare(total.interval, computed):
            difference, tolerance = found
            yield {"declared": total.value, "computed": computed.value, "difference": abs(difference),
                   "tolerance": tolerance, "unit": total.unit, "subject": price.subject,
                   "price": price.show(price.value), "count": _written(count), "measure": per.group("measure"),
                   "declared_text": total.show(total.value), "computed_text": total.show(computed.value),
                   "amount_ids": [total.id, price.id]}


@rule("rate_change")
def rate_change(facts: _Facts, check: Check) -> Iterator[dict[str, Any]]:
    """执行率为96%，比上年的90%提高6%: a change of a percentage in % is relative (6.67%), in 个百分点
    the difference (6); a difference of points written as % is the slip of reading one as the other."""
    pattern = regex.compile(check.pattern)
    for block, text in facts.block_text.items():
        for m in pattern.finditer(text):
            now, before, said = (_printed(m.group(g)) for g in ("now", "before", "change"))
            sign = -1 if m.group("direction") in ("下降", "降低", "减少") else 1
            points = now - before
            if m.group("unit") == "%":
                computed = points.percent_of(before)
                if computed is None:
                    continue
                computed = Interval(computed.value * sign, *sorted((computed.low * sign, computed.high * sign)))
            else:
                computed = Interval(points.value * sign, *sorted((points.low * sign, points.high * sign)))
            if not (found := compare(said, computed)):
                continue
            slip = m.group("unit") == "%" and compare(said, Interval(points.value * sign, *sorted((points.low * sign, points.high * sign)))) is None
            start = facts.block_start[block]
            yield {"declared": said.value, "computed": computed.value.quantize(Decimal("0.01")), "difference": abs(found[0]),
                   "tolerance": found[1], "unit": m.group("unit"), "subject": m.group("subject"),
                   "now": m.group("now"), "before": m.group("before"), "change": m.group("change"),
                   "said_unit": m.group("unit"), "direction": m.group("direction"),
                   "slip_zh": "（系将百分点误作百分比）" if slip else "",
                   "slip_en": " (percentage points written as a percent)" if slip else "",
                   "block_id": block, "char_start": start + m.start(), "char_end": start + m.end(), "snippet": m.group()}


def _printed(number: str) -> Interval:
    value = Decimal(number)
    return Interval.printed(value, _ulp(-value.as_tuple().exponent))
