"""Quantities: every figure a report writes, read exactly.

``find_quantities(text)`` returns each mention with its span in ``text``; ``parse_quantity(s)``
reads a string that is one mention.  Numbers are ``Decimal`` from the characters written, never
float: 1163.82万元 is 11638200.00 元 with precision 2.  Units, magnitudes and qualifier words are
data in ``patterns/quantities.toml``.

Reading order at each candidate position: a range (80-100人, 1万-5万元, 5至10次), then 百分之…,
then a single figure with its optional comparison prefix (≥, 不低于, 约), approximation (150余万元,
4万余本, 30多场), unit or rate (800元/人·次) and suffix (以上, 以内, 左右).  What is left alone:
years (2023年), dates (12月31日, 1-10月), codes glued to letters (51090423T000008167896), numbers
in document numbers (〔2018〕93号), ordinals (第3名), and bare numbers that neither an operator nor
a governing unit makes a figure (list markers, subject codes, section numbers).
"""

from __future__ import annotations

import bisect
from dataclasses import asdict, dataclass, replace
from decimal import Decimal
from functools import lru_cache
from typing import Any

import regex

from . import patterns
from .clean import clean_text
from .patterns import rx

KINDS = ("money", "percent", "count", "duration", "rate", "number")
QUALIFIERS = ("exact", "about", "at_least", "more_than", "at_most", "less_than", "range")

_CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNIT = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"万": 10**4, "亿": 10**8}
_CN_NUM = "[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?"
_AR_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_YEAR_MIN = 1900


@dataclass(frozen=True)
class Quantity:
    """One figure as written and as it counts."""

    start: int
    end: int
    text: str
    number: Decimal  # the number as written (the low end of a range)
    precision: int  # decimals as written
    unit: str  # as written, scale included: 万元, %, 人次, 元/人·次; '' for a bare number
    kind: str  # one of KINDS
    value: Decimal  # canonical: 元 for money, percent points, count in its measure word
    canonical_unit: str  # 元, %, the measure word, 月, 元/人次 …
    qualifier: str  # one of QUALIFIERS
    low: Decimal | None  # bounds in the canonical unit
    high: Decimal | None
    operator: str | None  # ≥ ≤ > < = as stated, by symbol or by word
    pattern: str  # the rule that read it

    def as_dict(self) -> dict[str, Any]:
        return {k: (str(v) if isinstance(v, Decimal) else v) for k, v in asdict(self).items()}


def parse_chinese_number(text: str) -> Decimal:
    """一千二百三十四 -> 1234, 两千 -> 2000, 三十五点五 -> 35.5, 二〇二三 -> 2023."""
    integer, _, decimals = text.partition("点")
    if any(ch not in _CN_DIGIT for ch in decimals):
        raise ValueError(f"not a Chinese numeral: {text!r}")
    if integer and all(ch in _CN_DIGIT for ch in integer) and len(integer) > 1:
        value = Decimal("".join(str(_CN_DIGIT[ch]) for ch in integer))  # digit by digit: 二〇二三
    else:
        total, section, digit = 0, 0, 0
        for ch in integer:
            if ch in _CN_DIGIT:
                digit = _CN_DIGIT[ch]
            elif ch in _CN_UNIT:
                section += (digit or 1) * _CN_UNIT[ch]
                digit = 0
            elif ch in _CN_BIG:
                big = _CN_BIG[ch]
                total = (total + section + digit) * big if big > 10**4 else total + (section + digit) * big
                section, digit = 0, 0
            else:
                raise ValueError(f"not a Chinese numeral: {text!r}")
        value = Decimal(total + section + digit)
    if decimals:
        value += Decimal("0." + "".join(str(_CN_DIGIT[ch]) for ch in decimals))
    return value


def _alternation(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class _Rules:
    candidate: regex.Pattern[str]
    range_: regex.Pattern[str]
    range_hint: regex.Pattern[str]  # a separator near a candidate: only then is a range tried
    percent_words: regex.Pattern[str]
    single: regex.Pattern[str]
    unit: regex.Pattern[str]
    magnitudes: dict[str, Decimal]
    money: dict[str, Decimal]
    percent: dict[str, str]
    duration: dict[str, str]
    count: dict[str, str]
    prefix: dict[str, tuple[str, str]]
    suffix: dict[str, tuple[str, str]]
    not_units: tuple[str, ...]
    percent_factors: dict[str, Decimal]
    money_words: regex.Pattern[str]
    money_window: int
    not_counts: tuple[str, ...]
    magnitude_only: frozenset[str]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    t = patterns.load("quantities")
    mags = {k: Decimal(v) for k, v in t["magnitudes"].items()}
    money = {k: Decimal(v) for k, v in t["money"].items()}
    prefix = {k: tuple(v) for k, v in t["prefix"].items()}
    suffix = {k: tuple(v) for k, v in t["suffix"].items()}
    count, compound = _count_compounds(t)
    units = [*t["percent"], *t["duration"], *t["count"]]  # the 次 compounds come by their pattern
    # 千克, 千米, 千瓦时: a magnitude word that begins a unit the lexicon gives its own canonical
    # unit (or whose rest is no unit at all, 瓦时) is the unit's, not a scale before it (but 5万人次
    # is 5万 人次)
    canonical = {**t["percent"], **t["duration"], **t["count"]}
    mag_units = [u for u in units for m in mags
                 if u.startswith(m) and canonical[u] != canonical.get(u[len(m):])]
    mag = _alternation(mags)
    if mag_units:
        mag = f"(?!{_alternation(mag_units)})(?:{mag})"
    money_re = _alternation(money)
    unit_words = f"{compound}|{_alternation([*units, *money])}"
    unit = f"(?:{mag})?(?:{money_re})|{compound}|{_alternation(units)}"
    denom = _alternation(t["rate"]["denominators"])
    # a count or a duration over a denominator (8.3吨/平方公里·月, 2次/季度); not the units that
    # hold a / of their own (台/套, 微克/立方米)
    slashed = [u for u in units if "/" in u]
    unknown = [w for w in t["rate"]["duration_numerators"] if w not in t["duration"]]
    if unknown:  # the rate branch reads its numerator as a duration: it must be one
        raise ValueError(f"patterns/quantities.toml: [rate] duration_numerators {unknown} are not in [duration]")
    numerators = f"{compound}|{_alternation([*t['count'], *t['rate']['duration_numerators']])}"
    count_or_duration = f"(?!{_alternation(slashed)})(?:{numerators})" if slashed else f"(?:{numerators})"
    num = f"(?:{_AR_NUM}|{_CN_NUM})"

    def end(name: str) -> str:
        return f"(?:(?P<{name}>{_AR_NUM})(?P<{name}mag>{mag})?|(?P<{name}cn>{_CN_NUM}))"

    pre = f"(?P<prefix>{_alternation(prefix)})?[ \\t]*"
    suf = f"(?P<suffix>{_alternation(suffix)})?"
    single = regex.compile(
        pre
        + f"(?P<num>{num})(?P<approx1>[余多])?(?P<mag>{mag})?(?P<approx2>[余多])?"
        + f"(?:[ \\t]?(?:(?P<rate>(?:{mag})?(?:{money_re})|{count_or_duration})/(?P<denom>(?:{denom})(?:[·•・/](?:{denom}))*)"
        + f"|[(（](?P<unit>{unit_words})[)）]|(?P<unit>{unit_words})))?"
        + "(?:[（(]含[）)])?" + suf
    )
    seps = _alternation(t["range"]["separators"])
    range_ = regex.compile(
        pre
        + end("lo") + f"(?P<lounit>{unit})?"
        + f"[ \\t]*(?:{seps})[ \\t]*"
        + end("hi") + f"(?P<approx>[余多])?(?P<hiunit>{unit})"
        + suf
    )
    percent_words = regex.compile(pre + f"百分之(?P<num>{_CN_NUM}|{_AR_NUM})" + suf)
    # a Chinese numeral is worth trying only when a numeral, magnitude, 余/多 or a unit follows it
    unit_starts = "".join(sorted({w[0] for w in [*units, *money]} | set("零〇一二两三四五六七八九十百千万亿点余多")))
    candidate = regex.compile(
        f"(?:{_alternation(prefix)})|百分之|(?<![\\dA-Za-z.,])\\d"
        f"|(?<![零〇一二两三四五六七八九十百千万亿])[零〇一二两三四五六七八九十](?=[{regex.escape(unit_starts)}])"
    )
    return _Rules(
        candidate, range_, regex.compile(f"{seps}"), percent_words, single, regex.compile(f"(?:{unit})"),
        mags, money, dict(t["percent"]), dict(t["duration"]), count, prefix, suffix,
        tuple(t["not_units"]["words"]), {k: Decimal(v) for k, v in t["percent_factors"].items()},
        regex.compile(_alternation(t["money_context"]["words"])), int(t["money_context"]["window"]),
        tuple(t["not_counts"]["words"]), frozenset(t["magnitude_only"]["words"]),
    )


def _count_compounds(t: dict) -> tuple[dict[str, str], str]:
    """The count units with their 次 compounds (艘次, 亩次), and a pattern for the compounds.

    The pattern stops before a word that begins with 次 (3项次年 is not 3 项次).
    """
    c = t["count_compounds"]
    suffix = c["suffix"]
    bases = [w for w, canonical in t["count"].items()
             if len(w) == 1 and canonical == w and w not in c["not_before"]]
    count = {w + suffix: w + suffix for w in bases}
    count.update(t["count"])  # a compound the lexicon lists keeps its own canonical unit
    after = [w[len(suffix):] for w in t["not_units"]["words"] if w.startswith(suffix) and len(w) > len(suffix)]
    stop = f"(?!{_alternation(after)})" if after else ""
    pattern = f"(?:{_alternation(bases)}){regex.escape(suffix)}{stop}"
    return count, pattern


def _number(text: str) -> tuple[Decimal, int]:
    """A written number and its decimals as written."""
    if text[0].isdigit():
        plain = text.replace(",", "")
        return Decimal(plain), len(plain.partition(".")[2])
    return parse_chinese_number(text), len(text.partition("点")[2])


def _last_digit_step(number: Decimal) -> Decimal:
    """One unit of the last non-zero digit: 150 -> 10, 30 -> 10, 100 -> 100, 1.5 -> 0.1."""
    sign, digits, exponent = number.normalize().as_tuple()
    return Decimal(1).scaleb(exponent) if digits != (0,) else Decimal(1)


@dataclass
class _Unit:
    written: str
    kind: str
    factor: Decimal
    canonical: str


def _read_unit(rules: _Rules, written: str, mag: str = "") -> _Unit:
    """What ``mag`` + ``written`` counts: kind, factor to the canonical unit, canonical unit.

    Raises KeyError for a unit the tables do not know.
    """
    key = (written, mag)
    if key not in _UNITS:
        _UNITS[key] = _resolve_unit(rules, written, mag)
    return _UNITS[key]


_UNITS: dict[tuple[str, str], _Unit] = {}  # units are few; each is resolved once


def _resolve_unit(rules: _Rules, written: str, mag: str) -> _Unit:
    scale = rules.magnitudes[mag] if mag else Decimal(1)
    for m in sorted(rules.magnitudes, key=len, reverse=True):
        if written.startswith(m) and written[len(m):] in rules.money:  # 万元 as one unit
            return _Unit(mag + written, "money", scale * rules.magnitudes[m] * rules.money[written[len(m):]], "元")
    if written in rules.money:
        return _Unit(mag + written, "money", scale * rules.money[written], "元")
    if written in rules.percent:
        return _Unit(mag + written, "percent", scale * rules.percent_factors.get(written, Decimal(1)), rules.percent[written])
    if written in rules.duration:
        return _Unit(mag + written, "duration", scale, rules.duration[written])
    if written in rules.count:
        factor = Decimal(10000) if written == "万人" else Decimal(1)
        return _Unit(mag + written, "count", scale * factor, rules.count[written])
    raise KeyError(written)


def _is_code_or_date(text: str, start: int, end: int, unit: str) -> bool:
    """Numbers that are not figures whatever follows them."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if before.isascii() and before.isalnum() or after.isascii() and after.isalpha():
        return True  # glued to a code: 51090423T000008167896, A3
    if before == "第":
        return True  # ordinal
    if before and before in "〔[【" or text.startswith("号", end) or text.startswith("〕", end):
        return True  # document numbers: 〔2018〕93号
    if unit == "日" and before == "月":
        return True  # 12月31日
    return False


def find_quantities(text: str, context_unit: str | None = None, money_unit: str | None = None) -> list[Quantity]:
    """Every quantity mentioned in ``text``, in order, with spans into ``text``.

    ``context_unit`` is the unit a table header or a 单位：万元 line gives to bare numbers;
    ``money_unit`` the unit the report writes its amounts in, for a bare number that a money
    word makes an amount (决算数为683.6).
    """
    clean, offsets = clean_text(text)
    found = _scan(clean, context_unit, money_unit)
    if clean == text:
        return found
    out = []
    for q in found:
        start, end = offsets.span_to_source(q.start, q.end)
        out.append(replace(q, start=start, end=end, text=text[start:end]))
    return out


def parse_quantity(text: str) -> Quantity | None:
    """The quantity ``text`` consists of, or None when it is not exactly one quantity."""
    found = find_quantities(text)
    if len(found) == 1 and found[0].text == text.strip():
        return found[0]
    return None


# No figure in a report reaches 10^20 (a whole year of China's public spending is about 3×10^13
# 元), and the store's DECIMAL(38, 6) holds 32 digits before the point: a longer run of digits
# is an identifier or junk, not a quantity.
_TOO_LARGE = Decimal(10) ** 20


def _scan(text: str, context_unit: str | None, money_unit: str | None = None) -> list[Quantity]:
    rules = _rules()
    out: list[Quantity] = []
    bare: list[tuple[int, int, str]] = []  # numbers without a unit, for a unit carried from the list
    pos = 0
    while True:
        m = rules.candidate.search(text, pos)
        if not m:
            break
        at = m.start()
        q = (
            (rules.range_hint.search(text, at, at + 24) and _range(rules, text, at))
            or ("百分之" in text[at:at + 8] and _percent_words(rules, text, at))
            or _single(rules, text, at, context_unit, money_unit, bare)
        )
        if q is None:
            pos = at + 1
            continue
        if max(abs(q.number), abs(q.value), abs(q.high or 0)) >= _TOO_LARGE:
            pos = q.end  # an identifier, or junk: no report states such a figure
            continue
        if q.start < at:  # a bare number found a unit
            out[:] = [o for o in out if o.end <= q.start]
        out.append(q)
        pos = q.end
    return _carry_units(rules, text, out, bare)


def _range(rules: _Rules, text: str, at: int) -> Quantity | None:
    m = rules.range_.match(text, at)
    if not m:
        return None
    lo_text = m.group("lo") or m.group("locn")
    hi_text = m.group("hi") or m.group("hicn")
    if _is_code_or_date(text, m.start("lo") if m.group("lo") else m.start("locn"), m.end(), m.group("hiunit")):
        return None
    try:
        hi_unit = _read_unit(rules, m.group("hiunit"), m.group("himag") or "")
        lo_unit = _read_unit(rules, m.group("lounit"), m.group("lomag") or "") if m.group("lounit") else None
    except KeyError:
        return None
    lo, precision = _number(lo_text)
    hi, _ = _number(hi_text)
    if hi_unit.canonical == "年" and (lo >= _YEAR_MIN or hi >= _YEAR_MIN):
        return None  # 2019-2021年
    if lo_unit is not None:
        lo_factor = lo_unit.factor
    elif m.group("lomag"):
        # 1万-5万元: the low end has its own magnitude and the high end's unit
        hi_base = hi_unit.factor / (rules.magnitudes[m.group("himag")] if m.group("himag") else 1)
        lo_factor = rules.magnitudes[m.group("lomag")] * hi_base
    else:
        lo_factor = hi_unit.factor  # 10至20万元: the 万 governs both ends
    low, high = lo * lo_factor, hi * hi_unit.factor
    if m.group("approx"):
        high = (hi + _last_digit_step(hi)) * hi_unit.factor
    if low > high:
        return None
    return Quantity(
        m.start(), m.end(), text[m.start():m.end()], lo, precision,
        hi_unit.written, hi_unit.kind, low, hi_unit.canonical, "range", low, high, None, "range",
    )


def _percent_words(rules: _Rules, text: str, at: int) -> Quantity | None:
    m = rules.percent_words.match(text, at)
    if not m:
        return None
    number, precision = _number(m.group("num"))
    return _finish(rules, m, number, precision, "%", "percent", number, "%", None, "percent-words")


def _single(rules: _Rules, text: str, at: int, context_unit: str | None, money_unit: str | None,
            bare: list[tuple[int, int, str]]) -> Quantity | None:
    m = rules.single.match(text, at)
    if not m:
        return None
    num = m.group("num")
    if num[0] not in "0123456789" and not (m.group("unit") or m.group("rate") or m.group("mag")):
        return None  # a Chinese numeral alone is a word (一般, 三公), not a figure
    unit_written = m.group("unit") or ""
    if num[0] not in "0123456789":
        if num == "一" and unit_written not in ("名", "人", "位") and not m.group("approx1"):
            return None  # 一个, 一次, 一批: idiom more often than count; 一名律师 is a count
        if (_in_short_quote(text, m.start()) or text.startswith(_NAME_SUFFIXES, m.end())
                or text.startswith(rules.not_counts, m.start("num"))):
            return None  # “三项制度”, “两个八小时”; 三家镇, 三门村: names, not counts
    if unit_written and (text.startswith(rules.not_units, m.start("unit"))
                         or unit_written in rules.magnitude_only and not m.group("mag")):
        unit_written = ""  # 2.3项目, 4,100,000.00年度: the measure word begins a word; no unit
        if not num[0].isdigit():
            return None
    if _is_code_or_date(text, m.start("num"), m.end("num") + len(m.group("approx1") or "") + len(m.group("mag") or "") + len(unit_written), unit_written):
        return None
    number, precision = _number(num)
    pair = _pair(num)
    mag = m.group("mag") or ""
    if m.group("rate"):
        # money, a count or a duration the lexicon lists (the pattern admits no other), so it is known
        numerator = _read_unit(rules, m.group("rate"), mag)
        denom = rx(r"[·•・]").sub("", m.group("denom"))
        written = mag + m.group("rate") + "/" + m.group("denom")
        # money over a denominator is a rate (a unit price the budget checks); a count over one
        # (8.3吨/平方公里·月, 2次/年) stays a count, as 微克/立方米 is
        kind = "rate" if numerator.kind == "money" else numerator.kind
        return _finish(rules, m, number, precision, written, kind, number * numerator.factor,
                       numerator.canonical + "/" + denom, pair, "rate")
    if not unit_written:
        if mag and num[0].isdigit() and _money_context(rules, text, m.start()):
            unit = _Unit(mag, "money", rules.magnitudes[mag], "元")  # 预算数37.88万
        elif mag and num[0].isdigit() and (m.group("prefix") or m.group("approx2") or m.group("approx1")):
            unit = _Unit(mag, "number", rules.magnitudes[mag], "")
        elif m.group("prefix") and rules.prefix[m.group("prefix")][0] and not mag:
            unit = _Unit("", "number", Decimal(1), "")  # ≥95: a target with its unit elsewhere
        else:
            if not mag and num[0].isdigit():
                bare.append((m.start("num"), m.end("num"), num))
            if not context_unit and money_unit and _stated_amount(rules, text, m.start("num")):
                return _context(rules, text, m, number, precision, money_unit, "money-unit")
            return _context(rules, text, m, number, precision, context_unit)
    else:
        try:
            unit = _read_unit(rules, unit_written, mag)
        except KeyError:
            return None
        if unit.canonical == "年" and number >= _YEAR_MIN:
            return None  # a year
    return _finish(rules, m, number, precision, unit.written, unit.kind, number * unit.factor,
                   unit.canonical, pair, "single", step_factor=unit.factor)


_NAME_SUFFIXES = ("镇", "村", "乡", "县", "山", "河", "湖", "桥")
_QUOTES = {"“": "”", "「": "」", "《": "》", "\"": "\""}


def _in_short_quote(text: str, at: int, longest: int = 10) -> bool:
    """Inside a short quoted name: “三项制度”, 《两个规定》."""
    for open_, close in _QUOTES.items():
        left = text.rfind(open_, max(0, at - longest), at)
        if left >= 0 and text.find(close, left + 1, at) < 0:
            right = text.find(close, at, left + longest + 2)
            if right >= 0:
                return True
    return False


def _money_context(rules: _Rules, text: str, at: int) -> bool:
    """A money word shortly before ``at`` in the same clause: 年初预算3万, 预算数5万."""
    window = text[max(0, at - rules.money_window):at]
    window = rx(r"[，。；;、,]").split(window)[-1]
    return bool(rules.money_words.search(window))


def _stated_amount(rules: _Rules, text: str, at: int) -> bool:
    """决算数为683.6: a money word, then 为/是/达 right before the number, in one clause."""
    return text[at - 1:at] in ("为", "是", "达") and _money_context(rules, text, at)


def _pair(num: str) -> tuple[Decimal, Decimal] | None:
    """两三, 三四, 七八: two neighbouring digits written together are a range."""
    if len(num) == 2 and num[0] in _CN_DIGIT and num[1] in _CN_DIGIT:
        a, b = _CN_DIGIT[num[0]], _CN_DIGIT[num[1]]
        if b == a + 1:
            return Decimal(a), Decimal(b)
    return None


def _context(rules: _Rules, text: str, m: regex.Match[str], number: Decimal, precision: int,
             context_unit: str | None, pattern: str = "context-unit") -> Quantity | None:
    """A bare number in a 单位：万元 table or list: the governing unit makes it a figure."""
    if not context_unit or m.group("prefix") or m.group("approx1"):
        return None
    num = m.group("num")
    if not num[0].isdigit() or _is_code_like(text, m.start("num"), num):
        return None
    try:
        unit = _read_unit(rules, context_unit)
    except KeyError:
        return None
    start, end = m.start("num"), m.end("num")
    return Quantity(start, end, num, number, precision, "", unit.kind, number * unit.factor,
                    unit.canonical, "exact", None, None, None, pattern)


_CODE_RUN = regex.compile(r"(?:\d{3}|\d{5}|\d{7})(?:[ \t]+\d{2}){0,2}(?![\d.,])")


def _is_code_like(text: str, start: int, num: str) -> bool:
    """Subject codes in a table row (201 06 01, 2040601 at the row start) and bare years."""
    if "." in num or "," in num:
        return False
    if len(num) == 4 and num[:2] in ("19", "20"):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    run = _CODE_RUN.match(text, line_start)
    if run and start < run.end() or len(num) > 1 and num.startswith("0"):
        return True
    # a row with words: integers standing before its first word are codes or row numbers
    line_end = text.find("\n", start)
    row = text[line_start:line_end if line_end >= 0 else len(text)]
    first_word = rx(r"\p{Han}").search(row)
    return bool(first_word and start - line_start < first_word.start())


def _finish(rules: _Rules, m: regex.Match[str], number: Decimal, precision: int, unit: str, kind: str,
            value: Decimal, canonical: str, pair: tuple[Decimal, Decimal] | None, pattern: str,
            step_factor: Decimal = Decimal(1)) -> Quantity:
    operator, qualifier = "", "exact"
    if m.group("prefix"):
        operator, qualifier = rules.prefix[m.group("prefix")]
    end = m.end()
    suffix = m.group("suffix")
    if suffix == "内" and kind != "duration":
        suffix, end = None, m.start("suffix")  # 27个内设机构: 内 begins a word
    if suffix:
        s_op, s_qual = rules.suffix[suffix]
        if qualifier == "exact" and not operator:
            operator, qualifier = s_op, s_qual
    low = high = None
    groups = m.groupdict()
    if pair:
        qualifier, low, high = "range", pair[0] * step_factor, pair[1] * step_factor
        value = low
    elif groups.get("approx1"):
        # 150余万元: from 150万 to 160万; 30多场: 30 to 40
        factor = value / number if number else step_factor
        qualifier, low, high = "range", value, (number + _last_digit_step(number)) * factor
    elif groups.get("approx2"):
        qualifier, low = "at_least", value  # 4万余本: more than 40000
    elif qualifier in ("at_least", "more_than"):
        low = value
    elif qualifier in ("at_most", "less_than"):
        high = value
    if pair:
        number = pair[0]
    start = m.start()
    return Quantity(start, end, m.string[start:end], number, precision, unit, kind, value, canonical,
                    qualifier, low, high, operator or None, pattern)


def _carry_units(rules: _Rules, text: str, found: list[Quantity], bare: list[tuple[int, int, str]]) -> list[Quantity]:
    """683.6、120.5和30万元: a unit written once at the end of a list governs the whole list."""
    if not bare:
        return found
    taken = {(q.start, q.end) for q in found}
    # each figure with the unit it was read in, for the bare numbers before it to borrow
    units = {}
    for q in found:
        if q.kind in ("money", "percent") and q.qualifier == "exact" and q.pattern == "single":
            try:
                units[q.start] = _read_unit(rules, q.unit)
            except KeyError:  # 预算3万: a magnitude read as money, not a unit to lend
                continue
    extra = []
    for start, end, num in reversed(bare):
        if (start, end) in taken:
            continue
        follower = min((s for s in units if s >= end), default=None)
        if follower is None or not rx(r"[ \t]*(?:、|，|,|和|及|与|或)[ \t]*").fullmatch(text[end:follower]):
            continue
        unit = units[follower]
        number, precision = _number(num)
        extra.append(Quantity(start, end, num, number, precision, "", unit.kind, number * unit.factor,
                              unit.canonical, "exact", None, None, None, "list-unit"))
        taken.add((start, end))  # 约5、10万元 records the 5 twice: after 约, then on its own
        units[start] = unit
    return sorted(found + extra, key=lambda q: q.start)


# -- the stage --------------------------------------------------------------------------------



@dataclass(frozen=True)
class QuantityFact:
    """A quantity found in a document, with where it stands."""

    quantity: Quantity  # spans relative to the block or cell text
    block: int
    section: int | None
    page: int | None
    start: int  # in Document.text
    end: int
    row: int | None  # table cells only
    col: int | None
    snippet: str  # the sentence, or the table row, it stands in

    def as_dict(self) -> dict[str, Any]:
        out = self.quantity.as_dict()
        out.update(start=self.start, end=self.end, block=self.block, section=self.section, page=self.page,
                   row=self.row, col=self.col, snippet=self.snippet)
        return out


@lru_cache(maxsize=1)
def _context_rules() -> tuple[regex.Pattern[str], regex.Pattern[str], int]:
    c = patterns.load("quantities")["context"]
    return (patterns.compile_pattern("quantities", c, "table_unit"),
            patterns.compile_pattern("quantities", c, "header_unit"), int(c["lookback_blocks"]))


def _table_unit(m: regex.Match[str]) -> str:
    return m.group("unit") or m.group("cut") + "元"


def extract_quantities(doc):
    """Stage: every quantity of every paragraph and table cell, into ``doc.facts['quantities']``."""
    table_unit, _, lookback = _context_rules()
    money_unit = prevailing_money_unit(doc.text)
    facts: list[QuantityFact] = []
    tables: dict[int, _TableUnits] = {}  # a table continued on the next page goes on with its units
    for block in doc.blocks:
        if block.rows is None:
            # block and cell texts are the document's cleaned text already: no second cleaning
            for q in _scan(block.text, None, money_unit):
                facts.append(_fact(doc, block, q, block.start, _sentence_at(block.text, q.start), None, None))
            continue
        units = tables.get(block.table)
        if units is None:  # a table's first part: the unit of a 单位：万元 line just above it
            unit = None
            for earlier in reversed(doc.blocks[max(0, block.index - lookback):block.index]):
                if earlier.rows is None and (m := table_unit.search(earlier.text)):
                    unit = _table_unit(m)
                    break
            units = tables[block.table] = _TableUnits(unit)
        for row, col, cell, cell_unit in units.cells(block):
            row_text = " ".join(c.text for c in block.rows[row] if c.text)
            for q in _scan(cell.text, cell_unit):
                facts.append(_fact(doc, block, _signed(cell.text, q), cell.start, row_text, row, col))
    doc.facts["quantities"] = facts
    return doc


_SIGN_ONLY = regex.compile(r"\s*[-－−—]\s*")


def _signed(cell: str, q: Quantity) -> Quantity:
    """-28,000.00 in a table cell (an 增减额 column) is negative.  The scan reads figures unsigned,
    since in prose a dash before a figure joins a range (1-10月); a cell that holds the one figure
    after a minus sign has nothing to join."""
    if q.number <= 0 or q.low is not None or q.high is not None or not _SIGN_ONLY.fullmatch(cell[:q.start]):
        return q
    return replace(q, start=len(cell) - len(cell.lstrip()), text=cell[len(cell) - len(cell.lstrip()):q.end],
                   number=-q.number, value=-q.value)


_MONEY_UNITS = regex.compile(r"(?<=\d)\s*(亿元|万元|千元|元)")


def prevailing_money_unit(text: str) -> str | None:
    """The unit a report writes most of its amounts in (万元 in most 部门决算), if any."""
    counts: dict[str, int] = {}
    for m in _MONEY_UNITS.finditer(text):
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None


_BARE_NUMBER = regex.compile(r"[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")


class _TableUnits:
    """The units that govern a table's bare numbers, read row by row.

    A column header's unit (决算数（万元）) governs its column; a 单位：万元 line or cell the
    whole table.  A header unit on a row-label column (年度预算数（万元） above 总额, 其中：财政资金)
    governs the decimals of the rows below it, not their integers (权重 10, 得分 10), until a row
    with no figure starts another part of the table (绩效指标 …).  One instance reads all the
    parts of a table continued over pages, so the headers of the first part govern the rest.
    """

    def __init__(self, unit: str | None) -> None:
        self.unit = unit
        self.column_unit: dict[int, str] = {}
        self.decimals_unit: str | None = None

    def cells(self, block):
        """Each non-empty cell with the unit that governs it, if it is a bare number."""
        unit_line, header_unit, _ = _context_rules()
        for row in block.rows:
            if not any(_BARE_NUMBER.search(c.text) for c in row):
                self.decimals_unit = None
            for cell in row:
                if not cell.text:
                    continue
                if m := unit_line.search(cell.text):
                    self.unit = _table_unit(m)  # a 单位：万元 cell in the title rows
                    continue
                if m := header_unit.search(cell.text):
                    for col in range(cell.col, cell.col + cell.colspan):
                        self.column_unit[col] = m.group("unit")
                    self.decimals_unit = self.decimals_unit or m.group("unit")
                    continue
                governing = None
                if _BARE_NUMBER.fullmatch(cell.text) and not _labels_next(row, cell.col):
                    governing = self.column_unit.get(cell.col, self.unit)
                    if governing is None and "." in cell.text:
                        governing = self.decimals_unit
                yield cell.row, cell.col, cell, governing


def _labels_next(row, col: int) -> bool:
    """An integer cell right before a label, or before the other code cells of a label, is a
    code (30112 | 办公费 | 21.21; 210 | 11 | 01 | 行政单位医疗), not an amount."""
    if "." in row[col].text or "," in row[col].text:
        return False
    following = next((c.text for c in row[col + 1:] if c.text and not rx(r"\d{2}").fullmatch(c.text)), "")
    return bool(rx(r"\p{Han}").match(following))


def _sentence_at(text: str, offset: int) -> str:
    """The sentence of a block's text that holds ``offset``."""
    ends = _sentence_ends(text)
    i = bisect.bisect_right(ends, offset)
    start = ends[i - 1] if i else 0
    end = ends[i] if i < len(ends) else len(text)
    return text[start:end].strip()


@lru_cache(maxsize=8)
def _sentence_ends(text: str) -> list[int]:
    """Positions just after each sentence end, once per block (a long block has many figures)."""
    return [m.end() for m in _SENTENCE_END_MARK.finditer(text)]


_SENTENCE_END_MARK = regex.compile(r"[。；;！？!?\n]")


def _fact(doc, block, q: Quantity, base: int, snippet: str, row: int | None, col: int | None) -> QuantityFact:
    return QuantityFact(q, block.index, block.section, block.page, base + q.start, base + q.end, row, col, snippet)
