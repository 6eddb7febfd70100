"""Achievement claims: what a report says was done (受理法律援助案件526件, 满意度达90%以上, 已完成).

A claim is a figure of the prose that reports work done or a result: the quantities stage reads
the figure and its qualifier (400余场, 90%以上); the words of its clause give the period at their
head (2021年, 1-10月), the verb (a lexicon in ``patterns/claims.toml``) and what was counted.
Figures that are targets (the indicators stage's), budget amounts, shares and changes are not
claims.  A clause that only says 已完成 / 未完成 is a claim without a figure.  Each claim is linked
to the indicator it answers: the one that took its figure as actual, else the one whose name
shares most words with it (jieba tokens, ``pipeline/nlp.py``) in the same unit and project.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from typing import Any

import regex

from . import patterns
from .broken_cells import continues_last_cell, under_header_row
from .clean import LIST_MARKER, clause_start
from .metadata import attached_projects
from .model import Document, plain_dict
from .nlp import REACH, tokens
from .patterns import rx
from .quantities import Quantity, QuantityFact, _sentence_at

# a comma between digits groups thousands (全年惠及学生18,436人, 补贴农机具1,050台): it ends no clause
_MARKS = r"[，。；;：:]|(?<!\d),|,(?!\d{3}(?!\d))|[-—–]{2}"
_CLAUSE_MARK = regex.compile(_MARKS)
_CLAUSE_MARK_BACK = regex.compile(_MARKS, regex.REVERSE)  # for clause_start, which searches backwards
# the verb a result states (达到 of 已达到100%; a change to a level is written whole, 提高到93.8% says 提高到);
# 为, 是, 大于 are none
_RESULT_VERBS = {"达到": "达到", "达": "达", "提高到": "提高到", "提高至": "提高至", "提升至": "提升至", "提升到": "提升到",
                 "保持在": "保持", "保持": "保持", "控制在": "控制", "降至": "降至", "降低到": "降低到", "降低至": "降低至",
                 "下降至": "下降至", "下降到": "下降到"}
# a figure that is the target a status is said of: 未达到55%的目标值, 未完成年度目标的80%
# (稳定在92万亩以上的目标已完成: the target, and the status said of it)
# (超额完成县下达的300户任务: a task set in a figure is a target too)
# (未达到85%的指标值: the indicator's value, the target too)
# (已达到320公里以上的目标要求: the target's requirement, the target too)
_TARGET_AFTER = regex.compile(r"\s*的?(?:年度)?(?:目标(?:值|要求)?|指标值|任务)\s*$|\s*的?(?:年度)?(?:目标(?:值|要求)?|指标值|任务)(?=[，,。；;]|已|未|均|基本|全面|顺利)")
# a target written with its figure after a status (未达到90%的目标值, 未完成30台的年度目标): no work of its own
_TARGET_FIGURE = regex.compile(r"[\d.,]+\s*[^\d\s，,。；;]{0,4}?\s*的?(?:(?:年度|全年|预期)?目标(?:值|任务|要求)?|指标值)$")
# the figure of the target a status is measured against (超额完成3.2万亩的年度目标, 未达到1.6亿人次的年度指标值)
_TARGET_WITH_FIGURE = regex.compile(r"[^，,。；;\d]{0,3}[\d.,]+[^，,。；;\d]{0,6}?的?(?:年度|全年|预期)?(?:目标|指标值)")
# a figure after an opening quotation mark not yet closed is part of a name (城市社区“15分钟健身圈”基本建成;
# not 21名“最美法律明白人”, a count of what the quotes name)
_QUOTED = regex.compile(r"“[^“”，。；]{0,12}$")
# a name in quotation marks that holds a figure: no figure of a status's clause
_QUOTED_NAME = regex.compile(r"“[^“”，。；]{0,12}\d[^“”，。；]{0,12}”")
# a target written in brackets after a status (已达到年度目标（≥2,150万平方米）): the target, not a figure
# the status's clause reports
_BRACKETED_TARGET = regex.compile(r"[（(][^（()）]*?[≥≤＞＜><][^（()）]*[）)]")
_OBJECT = regex.compile("对象")  # 安置帮教对象, 社区矫正对象: a name, after two verbs or after the figure
_CLAIM_KINDS = ("count", "percent", "duration", "money", "rate", "number")


@dataclass(frozen=True)
class Claim:
    id: int
    subject: str | None
    verb: str | None
    value: Decimal | None
    unit: str | None
    qualifier: str | None
    period: str | None
    status: str | None
    indicator: int | None  # indicator_id of the indicator it answers
    block: int
    section: int | None
    page: int | None
    start: int
    end: int
    text: str  # the clause that states it
    snippet: str

    def as_dict(self) -> dict[str, Any]:
        return plain_dict(self)


@dataclass(frozen=True)
class _Rules:
    verbs: regex.Pattern[str]
    coverbs: frozenset[str]
    coverbs_across: frozenset[str]
    not_compound: frozenset[str]
    kind_verbs: frozenset[str]
    object_named_verbs: frozenset[str]
    indicators_done: regex.Pattern[str]
    period: regex.Pattern[str]
    filler: regex.Pattern[str]
    not_claim_before: regex.Pattern[str]
    plan: regex.Pattern[str]
    stock: regex.Pattern[str]
    no_event: regex.Pattern[str]
    not_claim_subject: regex.Pattern[str]
    not_claim_bare_subject: regex.Pattern[str]
    period_before_verb: regex.Pattern[str]
    score: regex.Pattern[str]
    not_claim_after: regex.Pattern[str]
    whole_of_part: regex.Pattern[str]
    whole_before: regex.Pattern[str]
    cells_run: regex.Pattern[str]
    cell_header: regex.Pattern[str]
    status_attributive: regex.Pattern[str]
    goal_header: regex.Pattern[str]
    years_back: regex.Pattern[str]
    handed_down: regex.Pattern[str]
    date_before_verb: regex.Pattern[str]
    evaluator: regex.Pattern[str]
    self_evaluated: regex.Pattern[str]
    surveyed: regex.Pattern[str]
    total: regex.Pattern[str]
    added: regex.Pattern[str]
    manner: regex.Pattern[str]
    event_time: regex.Pattern[str]
    respectively: regex.Pattern[str]
    found_then: regex.Pattern[str]
    measure_noun: regex.Pattern[str]
    naming_verbs: frozenset[str]
    standard_set: regex.Pattern[str]
    scope_of_rate: regex.Pattern[str]
    coverb_work: regex.Pattern[str]
    status: regex.Pattern[str]
    qualifiers: tuple[str, ...]
    skip_sections: regex.Pattern[str]
    table_row: regex.Pattern[str]
    result: regex.Pattern[str]
    named_measure: regex.Pattern[str]
    unit_cost: regex.Pattern[str]
    in_name: regex.Pattern[str]
    generic_subject: regex.Pattern[str]
    generic_target: regex.Pattern[str]
    work_target: regex.Pattern[str]
    rate_name: regex.Pattern[str]
    all_or_in_time: regex.Pattern[str]
    verb_at_end: regex.Pattern[str]
    share: regex.Pattern[str]
    change: regex.Pattern[str]
    not_claim_change: regex.Pattern[str]
    change_name: regex.Pattern[str]
    change_base: regex.Pattern[str]
    not_done: regex.Pattern[str]
    under_way: regex.Pattern[str]
    zero: regex.Pattern[str]
    all_done: regex.Pattern[str]
    target_met: regex.Pattern[str]
    status_manner: regex.Pattern[str]
    compared: regex.Pattern[str]
    means: regex.Pattern[str]
    object_end: regex.Pattern[str]
    next_figure: regex.Pattern[str]
    list_joint: regex.Pattern[str]
    object_of: regex.Pattern[str]
    doer: regex.Pattern[str]
    take_part: regex.Pattern[str]
    attributive: regex.Pattern[str]
    beneficiaries: regex.Pattern[str]
    reason: regex.Pattern[str]
    budget_indicator: regex.Pattern[str]
    result_amount: regex.Pattern[str]
    satisfaction: regex.Pattern[str]
    kinds_listed: regex.Pattern[str]
    item_label: regex.Pattern[str]
    joined_verbs: regex.Pattern[str]
    verbs_only: regex.Pattern[str]
    verb_prefix: regex.Pattern[str]
    not_tagged_verb: regex.Pattern[str]
    measure_name: regex.Pattern[str]
    bare_level: regex.Pattern[str]
    survey: regex.Pattern[str]
    head_verb: regex.Pattern[str]
    reached: regex.Pattern[str]
    all_of: regex.Pattern[str]
    outcome_verbs: frozenset[str]
    brought_about: frozenset[str]
    paid_out: frozenset[str]
    enforced: frozenset[str]
    people_units: frozenset[str]
    not_result_units: frozenset[str]
    names_which: frozenset[str]
    unit_kinds: tuple[tuple[str, regex.Pattern[str]], ...]
    synonym_of: dict[str, str]
    contrasts: tuple[tuple[regex.Pattern[str], ...], ...]
    synonyms: regex.Pattern[str]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    t = patterns.load("claims")
    words = t["words"]
    verbs = sorted(t["verbs"], key=len, reverse=True)
    return _Rules(
        verbs=regex.compile("|".join(map(regex.escape, verbs))),
        coverbs=frozenset(t["coverbs"]),
        coverbs_across=frozenset(t["coverbs_across"]),
        not_compound=frozenset(t["not_compound"]),
        kind_verbs=frozenset(t["kind_verbs"]),
        object_named_verbs=frozenset(t["object_named_verbs"]),
        indicators_done=patterns.compile_pattern("claims", t, "indicators_done"),
        period=patterns.compile_pattern("claims", words, "period"),
        filler=patterns.compile_pattern("claims", words, "filler"),
        not_claim_before=patterns.compile_pattern("claims", words, "not_claim_before"),
        plan=patterns.compile_pattern("claims", words, "plan"),
        stock=patterns.compile_pattern("claims", words, "stock"),
        no_event=patterns.compile_pattern("claims", words, "no_event"),
        not_claim_subject=patterns.compile_pattern("claims", words, "not_claim_subject"),
        not_claim_bare_subject=patterns.compile_pattern("claims", words, "not_claim_bare_subject"),
        period_before_verb=patterns.compile_pattern("claims", words, "period_before_verb"),
        score=patterns.compile_pattern("claims", words, "score"),
        not_claim_after=patterns.compile_pattern("claims", words, "not_claim_after"),
        whole_of_part=patterns.compile_pattern("claims", words, "whole_of_part"),
        whole_before=patterns.compile_pattern("claims", words, "whole_before"),
        cells_run=patterns.compile_pattern("claims", words, "cells_run"),
        cell_header=patterns.compile_pattern("claims", words, "cell_header"),
        status_attributive=patterns.compile_pattern("claims", words, "status_attributive"),
        goal_header=patterns.compile_pattern("claims", words, "goal_header"),
        years_back=patterns.compile_pattern("claims", words, "years_back"),
        handed_down=patterns.compile_pattern("claims", words, "handed_down"),
        date_before_verb=patterns.compile_pattern("claims", words, "date_before_verb"),
        evaluator=patterns.compile_pattern("claims", words, "evaluator"),
        self_evaluated=patterns.compile_pattern("claims", words, "self_evaluated"),
        surveyed=patterns.compile_pattern("claims", words, "surveyed"),
        total=patterns.compile_pattern("claims", words, "total"),
        added=patterns.compile_pattern("claims", words, "added"),
        manner=patterns.compile_pattern("claims", words, "manner"),
        event_time=patterns.compile_pattern("claims", words, "event_time"),
        respectively=patterns.compile_pattern("claims", words, "respectively"),
        found_then=patterns.compile_pattern("claims", t, "found_then"),
        measure_noun=patterns.compile_pattern("claims", t, "measure_noun"),
        naming_verbs=frozenset(t["naming_verbs"]),
        standard_set=patterns.compile_pattern("claims", words, "standard_set"),
        scope_of_rate=patterns.compile_pattern("claims", words, "scope_of_rate"),
        coverb_work=patterns.compile_pattern("claims", words, "coverb_work"),
        # 按期完成率100%: a status word that begins a rate's name is no status, nor one that describes
        # indicators (对未达标指标逐项制定整改措施)
        status=regex.compile("(?:" + "|".join(map(regex.escape, sorted(words["status"], key=len, reverse=True)))
                             + ")(?![率度]|指标)"),
        qualifiers=tuple(words["qualifiers"]),
        skip_sections=patterns.compile_pattern("claims", words, "skip_sections"),
        table_row=patterns.compile_pattern("claims", words, "table_row"),
        result=patterns.compile_pattern("claims", words, "result"),
        named_measure=patterns.compile_pattern("claims", words, "named_measure"),
        unit_cost=patterns.compile_pattern("claims", words, "unit_cost"),
        in_name=patterns.compile_pattern("claims", words, "in_name"),
        generic_subject=patterns.compile_pattern("claims", words, "generic_subject"),
        generic_target=patterns.compile_pattern("claims", words, "generic_target"),
        work_target=patterns.compile_pattern("claims", words, "work_target"),
        rate_name=patterns.compile_pattern("claims", words, "rate_name"),
        all_or_in_time=patterns.compile_pattern("claims", words, "all_or_in_time"),
        verb_at_end=regex.compile("(?:" + "|".join(map(regex.escape, verbs)) + ")$"),
        share=patterns.compile_pattern("claims", words, "share"),
        change=patterns.compile_pattern("claims", words, "change"),
        not_claim_change=patterns.compile_pattern("claims", words, "not_claim_change"),
        change_name=patterns.compile_pattern("claims", words, "change_name"),
        change_base=patterns.compile_pattern("claims", words, "change_base"),
        not_done=patterns.compile_pattern("claims", words, "not_done"),
        under_way=patterns.compile_pattern("claims", words, "under_way"),
        zero=patterns.compile_pattern("claims", words, "zero"),
        all_done=patterns.compile_pattern("claims", words, "all_done"),
        target_met=patterns.compile_pattern("claims", words, "target_met"),
        status_manner=patterns.compile_pattern("claims", words, "status_manner"),
        compared=patterns.compile_pattern("claims", words, "compared"),
        means=patterns.compile_pattern("claims", words, "means"),
        object_end=patterns.compile_pattern("claims", words, "object_end"),
        next_figure=patterns.compile_pattern("claims", words, "next_figure"),
        list_joint=patterns.compile_pattern("claims", words, "list_joint"),
        object_of=patterns.compile_pattern("claims", words, "object_of"),
        doer=patterns.compile_pattern("claims", words, "doer"),
        take_part=patterns.compile_pattern("claims", words, "take_part"),
        attributive=patterns.compile_pattern("claims", words, "attributive"),
        beneficiaries=patterns.compile_pattern("claims", words, "beneficiaries"),
        reason=patterns.compile_pattern("claims", words, "reason"),
        budget_indicator=patterns.compile_pattern("claims", words, "budget_indicator"),
        result_amount=patterns.compile_pattern("claims", words, "result_amount"),
        satisfaction=patterns.compile_pattern("claims", words, "satisfaction"),
        kinds_listed=patterns.compile_pattern("claims", words, "kinds_listed"),
        item_label=patterns.compile_pattern("claims", words, "item_label"),
        verbs_only=regex.compile("(?:" + "|".join(map(regex.escape, verbs)) + ")+"),
        verb_prefix=patterns.compile_pattern("claims", words, "verb_prefix"),
        not_tagged_verb=patterns.compile_pattern("claims", words, "not_tagged_verb"),
        measure_name=patterns.compile_pattern("claims", words, "measure_name"),
        bare_level=patterns.compile_pattern("claims", words, "bare_level"),
        survey=patterns.compile_pattern("claims", words, "survey"),
        # the verbs joined to the claim's by 并, before what it counted (发现并督促整改问题7个)
        joined_verbs=regex.compile(r"^\s*并\p{Han}{0,2}?(?:" + "|".join(map(regex.escape, verbs)) + ")+"),
        head_verb=patterns.compile_pattern("claims", words, "head_verb"),
        reached=patterns.compile_pattern("claims", words, "reached"),
        all_of=patterns.compile_pattern("claims", words, "all_of"),
        outcome_verbs=frozenset(t["outcome_verbs"]),
        brought_about=frozenset(t["brought_about"]),
        paid_out=frozenset(t["paid_out"]),
        enforced=frozenset(t["enforced"]),
        people_units=frozenset(t["people_units"]),
        not_result_units=frozenset(t["not_result_units"]),
        names_which=frozenset(t["names_which"]),
        unit_kinds=tuple((kind, regex.compile(pattern)) for kind, pattern in t["unit_kinds"]),
        contrasts=tuple(tuple(regex.compile(kind) for kind in group) for group in t["contrasts"]),
        synonym_of={word: group[0] for group in t["near_synonyms"] for word in group[1:]},
        synonyms=regex.compile("|".join(map(regex.escape, sorted(
            (word for group in t["near_synonyms"] for word in group[1:]), key=len, reverse=True))) or "(?!)"),
    )


def extract_claims(doc: Document) -> Document:
    """Stage: the claims of every paragraph, into ``doc.facts['claims']``."""
    rules = _rules()
    indicators = doc.facts.get("indicators", [])
    taken = {(r.block, r.end) for r in indicators if r.source == "prose"}  # targets end where their figure does
    prose_rows: dict[int, list] = {}  # the prose targets with an outcome, by the paragraph that states them
    for r in indicators:
        if r.source == "prose" and r.actual_text:
            prose_rows.setdefault(r.block, []).append(r)
    amounts = {id(a.fact) for a in doc.facts.get("amounts", ()) if a.kind != "其他"}
    by_block: dict[int, list[QuantityFact]] = {}
    for fact in doc.facts.get("quantities", ()):
        if fact.row is None:
            by_block.setdefault(fact.block, []).append(fact)
    claims: list[Claim] = []
    parts: set[tuple] = set()  # the parts of 其中 lists: they answer no indicator of their own
    changes: set[tuple] = set()  # changes of a result (较上年增长12%): they answer only an indicator of a change
    carried: tuple[int, Claim, int] | None = None  # (block, claim, end) of the last figure claim of a block
    for block in doc.blocks:
        if block.rows is not None or _in_skipped_section(rules, doc, block):
            continue
        if rules.table_row.match(block.text):
            continue  # 指标名称：…；指标值：≥95%；完成值：97.3%: a table row written out, its figures no claims
        if continues_last_cell(doc, block) or under_header_row(doc, block, rules.cell_header.match) \
                or _under_goal_header(rules, doc, block):
            continue
        # the figures the indicator stage took as the outcome of a prose target (实际为96.2%, 实际场均成本
        # 2.31万元): reported, though no verb says so, and no budget amount
        outcomes = {f.start for f in by_block.get(block.index, ()) if any(
            r.actual_value == f.quantity.number and f.quantity.text in r.actual_text and r.actual_text in block.text
            for r in prose_rows.get(block.index, ()))}
        figures = [f for f in by_block.get(block.index, ()) if f.quantity.kind in _CLAIM_KINDS
                   and (block.index, f.end) not in taken
                   and (id(f) not in amounts or f.start in outcomes or _paid_out(rules, block, f)
                        or _result_amount(rules, block, f))
                   and f.quantity.text[:1] not in "≥≤><=＝＞＜"  # an operator sign marks a target
                   and not (f.quantity.unit == "年" and rules.years_back.search(  # 近三年: the quantity may hold 近
                       block.text[:f.start - block.start] + f.quantity.text[:1]))
                   and not _QUOTED.search(block.text, 0, f.start - block.start)]  # “15分钟健身圈”: a name
        figures = sorted(figures + _bare_levels(rules, block, by_block.get(block.index, ())), key=lambda f: f.start)
        previous: Claim | None = None
        previous_end = -1
        block_claims: list[Claim] = []
        in_parts = False  # the previous claim is a part of a 其中 list
        if carried is not None and carried[0] == block.index - 1 and rx(r"^\s*其中").match(block.text):
            # a paragraph never opens with 其中: a PDF copy broke the line after the whole it lists the parts
            # of (全市共建成新建高标准农田22.36万亩，超额完成年度任务。\n其中：新荣区1.52万亩、…), the last
            # figure claim of the block before
            _, previous, previous_end = carried
        open_period = _open_period(rules, doc, block, claims)
        money_at = [f.end for f in by_block.get(block.index, ()) if f.quantity.kind == "money"]
        for fact in figures:
            after_money = any(fact.start - 40 <= e <= fact.start for e in money_at) and \
                "。" not in block.text[max(max((e for e in money_at if e <= fact.start), default=0) - block.start, 0):fact.start - block.start]
            found = _figure_claim(rules, block, fact, previous, previous_end, in_parts, after_money,
                                  fact.start in outcomes, block_claims, open_period)
            if found is not None:
                claim, is_part = found
                claim = _unit_as_written(doc, claim, fact)
                # 其中：…普通高中国家助学金资助3,415人次，免除普通高中学杂费2,126人次，中职国家助学金资助618人次:
                # a part with a verb of its own is a claim of its own, but the list goes on after it to the ；
                # or 。 that closes it
                in_parts = is_part or (in_parts and claim.verb is not None and previous is not None
                                       and not rx(r"[。；;]").search(block.text, max(previous_end - block.start, 0),
                                                                  claim.start - block.start))
                if is_part:
                    parts.add((claim.block, claim.start, claim.value))
                if _change_at(rules, block.text[claim.start - block.start:fact.start - block.start], fact):
                    changes.add((claim.block, claim.start, claim.value))
                claims.append(claim)
                block_claims.append(claim)
                previous, previous_end = claim, fact.end
                carried = (block.index, claim, fact.end)
        claims.extend(_status_claims(rules, block))
    claims.sort(key=lambda c: c.start)
    from .nlp import content_words

    names = [content_words(_canonical(rules, r.name)) for r in indicators]  # segmented once, not per claim
    starts = [r.start for r in indicators]  # in text order, as the indicator stage gives them
    projects = attached_projects(doc)
    linked: list[Claim] = []
    dropped: Claim | None = None  # the last claim dropped as the budget stage's
    for i, c in enumerate(claims):
        said_of: Claim | None = None  # the claim of the sentence a bare status of a generic target is said of
        if (c.block, c.start, c.value) in changes:
            # 化肥使用量较上年下降1.8% answers 化肥使用量较上年下降幅度; 粮食总产量较上年增加0.9万吨 does
            # not answer 粮食总产量, whose outcome is the total
            near = [k for k in range(bisect_left(starts, c.start - REACH), bisect_right(starts, c.start + REACH))
                    if rules.change_name.search(indicators[k].name)]
            project = projects.get(c.section) if c.section is not None else None
            indicator = _indicator_for(c, [indicators[k] for k in near], [names[k] for k in near], project)
        elif (c.block, c.start, c.value) in parts:
            # 其中城市低保对象1926人: a part answers an indicator only by its own name, in its unit
            near = slice(bisect_left(starts, c.start - REACH), bisect_right(starts, c.start + REACH))
            indicator = _indicator_for(c, indicators[near], names[near], None, exact=True)
        elif c.value is None and c.status and rules.all_of.match(c.text):
            indicator = None  # …，均已达到目标: said of every target before it, no one indicator
        elif c.subject is None or rules.generic_subject.fullmatch(c.subject):
            # 完成年度目标的103.8%, 未完成年度目标: the completion of the figure the sentence gave before
            before = [p for p in linked if p.block == c.block and p.value is not None
                      and (p.block, p.start, p.value) not in changes  # 合格率为93.6%，较上年提高…，已达到: the rate's
                      # 抽检5,126批次，其中…市县抽检3,730批次，完成年度目标任务的106.8%: the whole's, not a part's
                      and (p.block, p.start, p.value) not in parts
                      and p.start >= c.snippet.rfind("。", 0, c.start - _block_start(doc, c)) + _block_start(doc, c)]
            if not before and c.value is None and c.status:
                # 秋粮亩均单产较建设前提高112公斤，已达到预期目标: a change the sentence states alone is what was reached
                before = [p for p in linked if p.block == c.block and p.value is not None
                          and (p.block, p.start, p.value) in changes
                          and p.start >= c.snippet.rfind("。", 0, c.start - _block_start(doc, c)) + _block_start(doc, c)]
            near = slice(bisect_left(starts, c.start - REACH), bisect_right(starts, c.start + REACH))
            # 实际完成1320户: the figure an indicator took as its actual answers it; else the figure before
            indicator = _stated_by(c, indicators[near]) if c.value is not None else None
            if c.value is None and c.status and before:
                # 完成中小河流治理12.6公里，其中新建护岸8.2公里、疏挖河道4.4公里，超额完成年度任务: the
                # target is of the whole, not of the parts a 其中 listed (verbs of their own or not)
                part_of = _parts_open(c.snippet, c.start - _block_start(doc, c))
                if part_of >= 0 and not rx(r"[；;。]").search(c.snippet, part_of, c.start - _block_start(doc, c)):
                    whole = [p for p in before if p.start < part_of + _block_start(doc, c)]
                    before = whole or before
            if c.value is None and c.status and before and rules.generic_target.search(c.text) \
                    and before[-1].subject and not rules.generic_subject.fullmatch(before[-1].subject):
                # 注销校外培训机构37家，圆满完成年度治理任务: 校外培训机构, the work the sentence counted,
                # never the generic target, when no indicator names it (not 该项工作, which an indicator names)
                said_of = before[-1]
            if indicator is None and before and not (
                    c.subject is None and c.unit and before[-1].indicator is not None
                    and indicators[before[-1].indicator].target_unit and _unit_kind(c.unit) != "percent"
                    and not _kinds_agree(_unit_kind(indicators[before[-1].indicator].target_unit), _unit_kind(c.unit))):
                # 实际举办8期，培训420人次: a count of its own work in another measure (人次, not 期) does not
                # answer the indicator of the figure before it (职业技能培训期数); a completion rate does
                indicator = before[-1].indicator
            if indicator is None and before and c.subject is None and c.value is not None and before[-1].subject:
                # 举办社会体育指导员培训班3期，培训146人次: counted in another measure than the figure before, the
                # work it names answers the indicator of that work in its own measure (开展社会体育指导员培训, 人次)
                project = projects.get(c.section) if c.section is not None else None
                indicator = _indicator_for(replace(c, subject=before[-1].subject), indicators[near], names[near], project)
            if indicator is None and before and c.value is None and not c.status and before[-1].subject:
                # …行政许可事项3.15万件，均在承诺时限内办结: a count does not answer 行政许可事项按时办结率,
                # but that all of what it counted was done in time does
                project = projects.get(c.section) if c.section is not None else None
                indicator = _indicator_for(replace(c, subject=before[-1].subject), indicators[near], names[near], project)
            if indicator is None and not before:
                project = projects.get(c.section) if c.section is not None else None
                indicator = _indicator_for(c, indicators[near], names[near], project)
        else:
            near = slice(bisect_left(starts, c.start - REACH), bisect_right(starts, c.start + REACH))
            project = projects.get(c.section) if c.section is not None else None
            indicator = None
            bare_rate = c.value is not None and _bare_rate(rules, c.subject)
            if bare_rate:
                indicator = _rate_in_context(c, indicators[near], names[near], project, _block_start(doc, c))
            if indicator is None and bare_rate:
                # …行政许可事项3.15万件，…，按时办结率100%: a rate named without what it is of is of what the
                # sentence counted before it (行政许可事项按时办结率, not 12315投诉举报按时办结率)
                of = [p for p in linked if p.block == c.block and p.subject and p.value is not None
                      and (p.block, p.start, p.value) not in changes and (p.block, p.start, p.value) not in parts
                      and p.start >= c.snippet.rfind("。", 0, c.start - _block_start(doc, c)) + _block_start(doc, c)]
                if of:
                    indicator = _indicator_for(replace(c, subject=of[-1].subject + c.subject),
                                               indicators[near], names[near], project)
            if indicator is None:
                indicator = _indicator_for(c, indicators[near], names[near], project)
        if indicator is not None and c.value is not None and c.subject \
                and not rules.generic_subject.fullmatch(c.subject):  # not 完成年度目标任务的106.8%, the whole's
            # 实际完成118眼，…，其中新打机井86眼、修复旧井32眼: the whole answers the indicator; a part,
            # verb of its own or not, does not answer it again
            at = c.start - _block_start(doc, c)
            part_of = _parts_open(c.snippet, at + 2)
            wholes = [k for k, p in enumerate(linked) if p.indicator == indicator and p.block == c.block
                      and c.snippet.rfind("。", 0, part_of) + 1 + _block_start(doc, c) <= p.start
                      < part_of + _block_start(doc, c)]
            if part_of >= 0 and not rx(r"[；;。]").search(c.snippet, part_of, at) and wholes:
                actual = indicators[indicator].actual_value
                if actual == c.value and all(linked[k].value != actual for k in wholes):
                    # 运营公交车1,363辆，其中新能源公交车1,326辆 and 新能源公交车辆运营数, actual 1326辆: the
                    # part whose figure is the indicator's actual answers it, not the whole
                    for k in wholes:
                        linked[k] = replace(linked[k], indicator=None)
                else:
                    indicator = None
        subject = c.subject
        if not subject and c.value is not None and indicator is not None \
                and indicators[indicator].actual_text and c.text in indicators[indicator].actual_text:
            # 家庭医生签约服务覆盖率：年度目标≥60%，实际完成65.3%: the figure of the indicator it is the actual of
            subject = indicators[indicator].name
            if c.verb and not rules.rate_name.search(subject):  # 服务对象满意度 names no work it was of
                subject = _name_object(rules, subject)
        if not subject and c.value is None and c.verb and not c.status and before:
            subject = before[-1].subject  # 受理…事项2860件，均在承诺时限内办结: what the sentence counted
        if said_of is not None and (indicator is None or rules.work_target.search(c.text)):
            # a status of a generic target (圆满完成年度治理任务, 超额完成县下达的300户任务) is of the work its
            # sentence counted, never the generic phrase; with an indicator it answers, of that (below), unless
            # the target names the kind of work (超额完成年度改厕任务: 农村户厕改造, not 农村户厕改造数量)
            subject = said_of.subject
        elif c.status and c.value is None and indicator is not None:
            # 未完成年度目标, 社会组织规范化管理水平明显提升的目标已达到: said of the indicator it answers
            name = indicators[indicator].name
            if not subject or rules.generic_subject.fullmatch(subject) or subject.startswith(name):
                subject = name
        if not subject and c.value is not None and c.verb and c.verb not in rules.outcome_verbs \
                and c.verb not in rules.coverbs:
            subject = c.verb  # …，培训146人次: named by nothing else, the work done is what the figure counts
        if (c.value is not None or c.status) and indicator is not None \
                and rules.budget_indicator.search(indicators[indicator].name):
            dropped = c
            # 控制率82.3% of “三公”经费控制率: the execution of a budget, the budget stage's, and so is a status
            # said of it (预算执行率为96.38%，未达到100%的目标值)
            continue
        if (c.block, c.start, c.value) in changes and dropped is not None and dropped.block == c.block \
                and dropped.subject == c.subject and (not linked or linked[-1].start < dropped.start):
            continue  # 控制率86.40%，较上年下降5.7%: the change of a budget's figure is the budget stage's too
        linked.append(Claim(**{**c.__dict__, "id": i, "indicator": indicator, "subject": subject}))
    for k, c in enumerate(linked):
        if c.indicator is None or (c.block, c.start, c.value) not in parts:
            continue
        end = c.snippet.find("。", c.end - _block_start(doc, c))
        end = len(c.snippet) if end < 0 else end
        if any(p.indicator == c.indicator and p.value == c.value and p.start > c.start and p.block == c.block
               and p.start < end + _block_start(doc, c) and (p.block, p.start, p.value) not in parts
               for p in linked[k + 1:]):
            # 接收退役士兵673人，其中自主就业退役士兵587人…；为587名自主就业退役士兵发放一次性经济补助: the same
            # figure said again with the indicator's own work later in the sentence answers it, not the part
            linked[k] = replace(c, indicator=None)
    doc.facts["claims"] = linked
    return doc


def _bare_levels(rules: _Rules, block, found: list[QuantityFact]) -> list[QuantityFact]:
    """The levels a result reached written as a bare number, which has no unit to make it a figure
    (全市两化融合发展水平达到63.1, 农田灌溉水有效利用系数达到0.57): a measure named as a coefficient,
    an index or a level (``bare_level``), then its verb and the number."""
    out = []
    for m in rules.bare_level.finditer(block.text):
        at, end = m.span("number")
        if any(f.start - block.start < end and at < f.end - block.start for f in found):
            continue  # a figure already read there (水平达到63.1%)
        number = Decimal(m.group("number"))
        q = Quantity(start=at, end=end, text=m.group("number"), number=number,
                     precision=len(m.group("number").partition(".")[2]), unit="", kind="number", value=number,
                     canonical_unit="", qualifier="exact", low=None, high=None, operator=None, pattern="bare_level")
        out.append(QuantityFact(quantity=q, block=block.index, section=block.section, page=block.page,
                                start=block.start + at, end=block.start + end, row=None, col=None,
                                snippet=_sentence_at(block.text, at)))
    return out


def _bare_rate(rules: _Rules, subject: str | None) -> bool:
    """Whether a subject is a rate named without what it is of (按时办结率, 覆盖率, 核查处置率): a
    word or two ending as a rate does, five characters at most."""
    return bool(subject) and len(subject) <= 5 and rx(r"\p{Han}+").fullmatch(subject) is not None \
        and rules.rate_name.search(subject) is not None


def _kinds_dropped(rules: _Rules, subject: str) -> str:
    """A subject less the examples listed before 等, which only say which kinds were counted
    (推广小麦宽幅匀播、玉米密植精准调控等主推技术12项: 主推技术; 非诉案件（包括行政复议、仲裁等）: 非诉案件)."""
    kept = rules.kinds_listed.sub("", subject).strip()
    return kept if rx(r"\p{Han}").search(kept) else subject


def _paid_out(rules: _Rules, block, fact: QuantityFact) -> bool:
    """Whether an amount is money paid out or recovered for people (发放创业担保贷款4260万元), not a
    budget's: the verb of its clause is one of ``paid_out`` and the clause names no budget word."""
    at = fact.start - block.start
    lead = block.text[clause_start(block.text, at, _CLAUSE_MARK_BACK):at]
    verb = _first_verb(rules, lead)
    if verb is not None and lead[verb[0]:verb[1]] == "通过" and (then := _first_verb(rules, lead[verb[1]:])):
        verb = (verb[1] + then[0], verb[1] + then[1])  # 通过 a channel, not a check passed: the verb after it
    if verb is not None and rx(r"^\s*(?:通过|依托|借助|利用)").match(rules.period.sub("", lead[:verb[0]], count=1)):
        lead = lead[verb[0]:]  # 全年通过…补贴资金“一卡通”发放…补贴8,963.52万元: the channel is no budget word
        verb = (0, verb[1] - verb[0])
    if verb is None or lead[verb[0]:verb[1]] not in rules.paid_out:
        return False
    what = rules.filler.sub("", lead[verb[1]:]).strip()
    # (支付住院救助资金, 兑付农机购置与应用补贴资金, 发放创建奖补资金: money paid to people, not a budget's)
    return not (rules.not_claim_subject.search(what) and not rx(r"(?:补贴|补助|奖补)资金$").search(what)) \
        and not rx(r"预算|支出|经费|(?<!救助|资助|慰问|援助|补贴|补助|奖补)资金|拨付|到位").search(lead)


def _result_amount(rules: _Rules, block, fact: QuantityFact) -> bool:
    """Whether an amount is a result: of the economy the work served (全县农村居民人均可支配收入17,386元,
    全年实现旅游综合收入25.6亿元, 农产品网络零售额达4.3亿元) or a level reached (城市低保月人均补助水平为
    503元), though the budget stage reads every amount of a performance report as its own; not when
    the clause names a budget word."""
    at = fact.start - block.start
    lead = block.text[clause_start(block.text, at, _CLAUSE_MARK_BACK):at]
    return rules.result_amount.search(lead) is not None and not rx(r"预算|支出|经费|资金|拨付|到位").search(lead)


def _block_start(doc: Document, claim: Claim) -> int:
    return doc.blocks[claim.block].start


def _in_skipped_section(rules: _Rules, doc, block) -> bool:
    index = block.section
    while index is not None:
        if rules.skip_sections.search(doc.sections[index].title):
            return True
        index = doc.sections[index].parent
    return False


def _item_end(clause: str) -> int:
    """Where the words of a clause begin past the number of the list item it opens ((2)全年通过…,
    3.截至2024年12月底，…); 0 without one (2.5万人 is a figure, not item 2)."""
    item = LIST_MARKER.match(clause)
    if item is None or rx(r"\d[.．]$").search(item.group()) and clause[item.end():item.end() + 1].isdigit():
        return 0
    return item.end()


def _period_in(rules: _Rules, clause: str) -> tuple[int, int, str] | None:
    """(start, end, words) of the time a clause gives before its first verb and figure: at its
    head, or after its subject (县殡仪馆全年火化遗体…); past them the time is no longer the clause's.
    The number of a list item is not a figure ((2)全年通过12315平台受理…: 全年)."""
    for skip in range(_item_end(clause), len(clause)):
        verb = rules.verbs.match(clause, skip - 1) if skip else None
        if verb and not rules.in_name.match(clause, verb.end()) or skip and clause[skip - 1].isdigit() \
                or skip and clause[skip - 1] == "占":
            return None  # (占全年维修养护任务的90.8%: the time of the base a share is of, not the claim's)
        if (m := rules.period.match(clause[skip:])) is not None:
            if skip and clause[skip - 1] in "上去前" and m.group().startswith("年"):
                continue  # 较上年末增长6.18%: 上年末 is the base compared with, not the claim's time
            return skip + m.start(), skip + m.end(), m.group()
    return None


def _open_period(rules: _Rules, doc: Document, block, claims: list[Claim]) -> str | None:
    """The time at the head of a sentence the block before ``block`` left open, its line ending in ，
    or ； (1.数量指标。全年为辖区居民免费提供…，…71.2%；\n0-6岁儿童健康管理率93.6%，…。): a PDF copy broke
    the sentence, whose head time holds up to its 。 (``claims``: those found so far)."""
    if block.index == 0:
        return None
    prev = doc.blocks[block.index - 1]
    if prev.rows is not None or not rx(r"[，,；;]\s*$").search(prev.text) or _item_end(block.text) \
            or rx(r"^\s*[①-⑳]").match(block.text):
        return None  # (…26场次；\n④新建（维修）防火隔离带…: a list's next item, not the sentence going on)
    sentence_start = prev.text.rfind("。") + 1
    claimed = tuple(c.start - prev.start for c in claims if c.block == prev.index)
    begin = _head_period(rules, prev.text, sentence_start, len(prev.text), claimed)
    found = _period_in(rules, prev.text[begin:]) if begin >= 0 else None
    return found[2].strip("，, ") if found else None


def _head_period(rules: _Rules, text: str, sentence_start: int, at: int, claimed: tuple[int, ...]) -> int:
    """The start of the clause that gives the time at the head of a sentence: its first time, when no
    claim of the sentence (``claimed``: where the claims of the paragraph found so far start) stands
    before it; a target may (年度计划改造老旧小区30个，全年实际开工改造32个，…；完成…21.4万平方米: 全年).
    -1 when none (…覆盖率达到92.1%；…，全年提供助餐服务96.4万人次: a later clause's time)."""
    for begin in [sentence_start, *(m.end() for m in _CLAUSE_MARK.finditer(text, sentence_start, at))]:
        if (found := _period_in(rules, text[begin:at])) is not None:
            return -1 if any(sentence_start <= c < begin + found[0] for c in claimed) else begin
    return -1


def _sentence_period(rules: _Rules, text: str, sentence_start: int, start: int, at: int,
                     claimed: tuple[int, ...] = ()) -> str | None:
    """The time a clause (``text[start:at]``, up to its figure or status) is of: a time at the head of
    a sentence (before its first claim) holds for every claim of it, past its ，and ；, up to its 。,
    unless a clause names its own (全年立案查处…97起，较上年增加15起，作出行政处罚决定97份: 全年 for all
    three); a time at the head of a later clause holds to the next ； (…制度，全年通过…开展培训；…).
    ``claimed``: where the claims of the paragraph before this one start."""
    period = None
    head_period, head_end = None, -1  # the time of the whole sentence, set off at its head (2023年，项目区新建…)
    head_begin = _head_period(rules, text, sentence_start, start, claimed)
    total = rules.total.search(text, start, at) is not None
    for begin in [sentence_start, *(m.end() for m in _CLAUSE_MARK.finditer(text, sentence_start, start))]:
        if total and begin != start and begin != head_begin:
            continue  # …，全县农民合作社总数达到1,126家: a total is of no time but its clause's, or its sentence's
        found = _period_in(rules, text[begin:at])
        if found and begin == sentence_start and rx(r"[，,]\s*$").search(found[2]):
            head_period, head_end = found[2].strip("，, "), begin + found[1]
        if found and head_period and begin != sentence_start and (
                begin == head_end or rx(r"[；;]").search(text[begin:start])):
            # 2023年，项目区新建…；…，全年累计服务28.6万人次；完成…862户: past the ；, the sentence's own time
            # again, not the span one clause of it gave; 1-5月，汛前完成…: the clause right after it restates it
            continue
        if found and begin != start and found[0] and text[begin + found[0] - 1] == "于":
            continue  # …分别于2023年5月、11月完成，项目按期完工率100%: the date of another clause's event
        # a time at the head of a later clause holds past its ； too when no claim came before it in the
        # sentence (…不低于90%，全年实际达到93.2%，已完成；回收农药包装废弃物约12吨: the target is no claim),
        # not after one (…覆盖率达到92.1%；…，全年提供助餐服务96.4万人次；…养老床位数达到35.2张), nor one
        # written after a subject (…于2025年采暖期前淘汰；…), nor past a ； that opens another topic with a
        # colon (…开展培训；安置帮教专项…综述：…)
        if found and (begin == sentence_start or not rx(r"[；;]").search(text[begin:start])
                      or found[0] == 0 and not rx(r"[；;][^。]*[：:]").search(text[begin:start])
                      and (begin == head_begin or not claimed)
                      and not (rules.total.search(text[start:at]) and begin != head_begin)
                      # (…，2024年主汛期全市…均安全度汛，未发生险情；…共保护下游人口9.3万人: a time run
                      # into a word of its own, 主汛期, dates that clause's event, not the work past the ；)
                      and not rules.event_time.match(text, begin + found[1])):
            period = found[2].strip("，, ")
    return period


@lru_cache(maxsize=20_000)  # the same clauses come back for each figure of a sentence
def _tagged(words: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, part of speech) of each word of ``words`` as jieba's tagger (``jieba.posseg``,
    with the fiscal user dictionary the pipeline loads) reads it: ``v`` a verb, ``vn`` a verb used
    as a noun (培训, 服务), ``n…`` nouns, ``p`` a preposition (按, 通过, 对)."""
    from .nlp import nlp

    nlp()  # loads jieba's dictionary and the fiscal user dictionary, which the tagger shares
    import jieba.posseg

    out, pos = [], 0
    for word, flag in jieba.posseg.cut(words):
        out.append((pos, pos + len(word), flag))
        pos += len(word)
    return tuple(out)


def _inside_word(rules: _Rules, words: str, start: int, end: int) -> tuple[int, int] | None:
    """Whether the lexicon's verb at ``words[start:end]`` is only part of a longer word (保障 of
    保障性租赁住房, 建成 of 建成区, 培训 of 培训班): that word is a noun, no verb.  A word that is verbs
    of the lexicon written together (走访慰问), or a verb and its object (消除隐患), is none, and so is
    one that only writes an adverb of `verb_prefix` before the verb (新创建: 创建).  None when the match
    is no verb, else its (start, end)."""
    for w_start, w_end, _ in _tagged(words):
        if w_end <= start:
            continue
        if w_start >= end or w_start == start and w_end == end:
            break
        if w_start <= start and w_end >= end:
            word = words[w_start:w_end]
            if rules.verbs_only.fullmatch(word):
                break  # 走访慰问: verbs of the lexicon, one after another
            if w_end == end and rules.verb_prefix.fullmatch(words[w_start:start]):
                break  # 新创建: an adverb of time before the verb, which is the verb alone (创建)
            if w_start == start and w_end - end > 1:
                break  # 消除隐患, 发展党员: jieba's words of a verb and its object
            return None
        break  # the match spans words of the segmentation (立案查处): the lexicon knows better
    return start, end


def _tagged_verb(rules: _Rules, words: str) -> tuple[int, int] | None:
    """(start, end) of the word jieba's tagger marks as a verb where a claim's verb stands: at the head
    of its clause, past its filler (累计, 实际) and a one-character adverb (新筹集), or after a
    preposition's phrase (按群众点单安排演出, 通过“村村响”广播播放防火宣传); a verb later in the clause
    (补助 of 农户补助资金) is part of what was counted."""
    lead = rules.filler.match(words)
    skip = lead.end() if lead else 0
    after_preposition = False
    tagged = _tagged(words)
    for i, (w_start, w_end, flag) in enumerate(tagged):
        if w_start < skip or not words[w_start:w_end].strip():
            continue
        if flag == "v":
            return (w_start, w_end) if _verb_of_object(rules, words, tagged[i:]) else None
        if flag == "p" and not after_preposition:
            after_preposition = True
        elif not after_preposition and not (flag in ("a", "d") and w_end - w_start == 1):
            return None
    return None


def _verb_of_object(rules: _Rules, words: str, tagged: tuple[tuple[int, int, str], ...]) -> bool:
    """Whether the word the tagger marks as a verb (``tagged[0]``) is the verb of what the figure
    counts, written after it up to the figure.  It is not when it is a word of one character (有, 辖,
    需: being, not work), a verb of having (实有市场主体), or the head of a name (执行率); nor when
    nothing but filler follows it (依托全区, 剩余180户), or what follows is no noun phrase (参照公务员法
    管理的事业单位, 结合近三年…: a figure, a 的 or a preposition in it), or is what the verb names as
    a measure (改造面积, 受益人口, 低保对象, 退休人员, 借阅量): a name before its figure, no work."""
    start, end, _ = tagged[0]
    verb, rest = words[start:end], words[end:]
    if len(verb) < 2 or rules.not_tagged_verb.fullmatch(verb) or rules.in_name.match(words, end):
        return False
    object_ = rules.filler.sub("", rest).strip()
    if not object_ or rules.measure_name.search(object_) or rx(r"[\d的、，,；;]").search(object_):
        return False
    return all(flag[0] == "n" or flag in ("v", "vn", "a", "an", "j", "l", "i", "b") or not words[s:e].strip()
               or regex.fullmatch(r"[“”‘’\"（）()]+", words[s:e]) for s, e, flag in tagged[1:])


def _nominal_verb(rules: _Rules, words: str, tagged: tuple[int, int], verb_at: tuple[int, int]) -> bool:
    """Whether the lexicon's verb at ``verb_at``, after the tagger's verb at ``tagged``, is only part of
    what that verb did (播放防火宣传, 派发服务工单: 宣传 and 服务 name the object): jieba tags it a noun
    or a verb used as a noun, and it does not stand just after the tagger's verb at the end of the
    clause, where the two are one name (防火宣传12场: 宣传)."""
    tagged_words = _tagged(words)
    tag = next((flag for start, _, flag in tagged_words if start == verb_at[0]), None)
    if tag not in ("vn", "n"):
        return False
    between = [s for s, _, _ in tagged_words if tagged[1] <= s < verb_at[0]]
    if len(between) > 1:
        return False  # 采取手工报销方式办理住院救助: a means, then the work
    return tagged[1] != verb_at[0] or bool(rules.filler.sub("", words[verb_at[1]:]).strip())


def _first_verb(rules: _Rules, words: str, object_first: bool = False) -> tuple[int, int] | None:
    """(start, end) of the first verb of the lexicon in ``words``; after a coverb, the verb it leads
    (组织开展了…: 开展; 参与调解…: 调解); two verbs written together are one (排查整改, 维修养护).
    A verb that ends a name is none (人民调解委员会); two verbs before a name are the verb and
    its object (回访救助对象), unless ``object_first``: the words after a figure begin with what
    it counted (403名安置帮教对象严格落实…), so the name is skipped whole."""
    pos = 0
    while (m := rules.verbs.search(words, pos)) is not None:
        if _inside_word(rules, words, m.start(), m.end()) is None:
            pos = m.end()  # 保障性租赁住房, 建成区: a verb inside a noun is none
            continue
        end = _compound_end(rules, words, m.end())
        name = rules.in_name.match(words, m.end()) or object_first and _OBJECT.match(words, m.end())
        if not name and (after := rules.in_name.match(words, end) or end > m.end() and _OBJECT.match(words, end)):
            if object_first:
                name = after
            else:
                end = m.end()
        if not name:
            break
        pos = name.end()  # 人民调解委员会, 项目完成时效: names, not verbs
    if m is None:
        return None
    start = m.start()
    while words[end:end + 1] in ("、", "和", "及", "或"):
        # 新建、改扩建中小学校5所, 新建和改造机井420眼, 新建或更新放水设施41处: two verbs of one object; the second may be one the
        # lexicon lacks, which jieba's tagger marks as a verb (新增及恢复灌溉面积)
        if (more := rules.verbs.match(words, end + 1)) is not None:
            end = _compound_end(rules, words, more.end())
        elif (tagged := next((e for s, e, flag in _tagged(words) if s == end + 1 and flag == "v"), None)) is not None:
            end = tagged
        else:
            break
    while words[start:m.end()] in rules.coverbs and (
            after := rules.verbs.match(words, m.end() + (1 if words[m.end():m.end() + 1] == "了" else 0))) is not None \
            and not rules.in_name.match(words, after.end()):  # 新增参保人员: what was added, 参保人员 a name
        m = after
        start, end = m.start(), _compound_end(rules, words, m.end())
    return start, end


def _work_after_coverb(rules: _Rules, lead: str, at: int) -> tuple[int, int] | None:
    """(start, end) in ``lead`` of the work verb a coverb ending at ``at`` led, past the object between
    them: the first verb of the lexicon there that jieba's tagger reads as a verb (组织基层医务人员参加业务
    培训: 参加), else the last (组织医疗救助政策及经办业务培训: 培训, not 救助 of 医疗救助政策); None when
    none follows (组织现场观摩活动)."""
    found, pos = [], at
    while (verb := _first_verb(rules, lead[pos:])) is not None:
        found.append((pos + verb[0], pos + verb[1]))
        pos += verb[1]
    tags = {start: flag for start, _, flag in _tagged(lead)}
    if (tagged := next((span for span in found if tags.get(span[0]) == "v"), None)) is not None:
        return tagged
    # (组织医疗救助政策及经办业务培训12场次: 培训, which jieba writes inside 业务培训, ends the words before the figure)
    kept = rx(r"\s*(?:共计?|累计|合计)?\s*$").sub("", lead)
    if (last := rules.verb_at_end.search(kept, at)) is not None:
        return last.span()
    return found[-1] if found else None


def _leads_to_later(rules: _Rules, lead: str, verb_at: tuple[int, int]) -> bool:
    """Whether the verb found before a figure only leads to the work named after it: a coverb
    before 对 (组织对…等5个项目开展了…评估: 开展). A verb that picks the figure's object keeps
    its place (选取3个乡镇开展…试点: 选取)."""
    verb, rest = lead[verb_at[0]:verb_at[1]], lead[verb_at[1]:]
    return verb in rules.coverbs and rx(r"^\s*了?\s*(?:对|为|向)").match(rest) is not None


def _before_next_figure(words: str) -> str:
    """What a figure counts, written after it, ends before the next figure of a list
    (18个镇（街道）人民调解委员会、329个村（社区）人民调解委员会)."""
    return _rules().next_figure.sub("", words)


def _name_object(rules: _Rules, name: str) -> str:
    """What an indicator named by its work counts: its name less the verbs it opens with (举办文化惠民演出:
    文化惠民演出; 新建（维修）防火隔离带: 防火隔离带; 新建及修复灌溉机井: 灌溉机井; 组织专业扑火队伍开展防火巡护:
    防火巡护), which a claim's own verb says. A coverb that says the count is of new ones stays
    (新增城乡居民养老保险参保人数), and so does a verb that leaves too little (咨询人次)."""
    rest = name
    if (lead := rules.verbs.match(name)) is not None and lead.group() in rules.coverbs:
        work = rules.coverb_work.search(name, lead.end())
        rest = name[work.end():] if work is not None and lead.group() not in rules.names_which else name
    else:
        while (verb := rules.verbs.match(rest)) is not None and verb.group() not in rules.coverbs:
            rest = rx(r"^(?:[（(][^）)]*[）)]|[及和、与])*").sub("", rest[verb.end():])
    return rest if len(rest) >= 3 else name


def _object_only(rules: _Rules, words: str, people: bool = False) -> str:
    """What a figure counts, written after it, ends before a verb that goes on to what was done
    with it (选取5个项目开展绩效监控: 项目; 帮助近3000名脱贫劳动力实现稳定就业: 脱贫劳动力; 组织312名
    离校未就业高校毕业生参加就业见习: 离校未就业高校毕业生). Only a verb that is a word of its own
    there ends it: a verb inside a word is part of the name (污水处理厂, 维修养护工程 at the head)."""
    at = _first_verb(rules, words, object_first=True)
    if at is not None and not rx(r"\p{Han}").search(words, at[1]):
        at = None  # 提供240人次解难帮困及关怀服务: a verb that ends the words is the name's last word
    took = rules.take_part.match(words)
    cuts = [c for c in ((at[0] if at else None), (took.start("work") - 2 if took else None)) if c]
    if not cuts and people:
        # 扶持862名城乡劳动者自主创业, 资助13.27万名困难群众参保, 选派32名骨干医师赴省级医院进修: people
        # counted are the people, and what they went on to do ends them, though no verb of the lexicon says it
        cuts = [w_start for w_start, w_end, flag in _tagged(words)
                if flag == "v" and w_start and not rules.not_tagged_verb.fullmatch(words[w_start:w_end])][:1]
    if not cuts:
        return words
    cut = min(cuts)
    edges, pos = set(), 0
    for word in tokens(words):
        pos = words.find(word, pos)
        edges.add(pos)
        pos += len(word)
    kept = words[:cut]
    return kept if cut in edges and rx(r"\p{Han}").search(rules.filler.sub("", kept)) else words


def _compound_end(rules: _Rules, words: str, end: int) -> int:
    """The end of a verb that ends at ``end`` and the verbs written on after it (梳理总结, 审核认定)."""
    if words[end - 2:end] in rules.not_compound or words[end - 1:end] in rules.not_compound:
        return end  # 完成维修养护工程148处: 完成 says what came of the work, which is its object
    if words[end - 2:end] in rules.object_named_verbs:
        return end  # 签订养护管理责任书: 养护 names the agreement
    if words[end - 2:end] in rules.paid_out:
        return end  # 发放创建奖补资金: money paid out is its object, and a verb after it names which money
    # two verbs at most: a third names what the two were done to (维修更换检查井盖: 维修更换; 核查处置抽检不合格食品:
    # 核查处置), and a verb that ends in the one before it names the kind of its object (检定强制检定计量器具: 检定)
    ends = []
    while (after := rules.verbs.match(words, end)) is not None and after.group() not in rules.not_compound \
            and after.group() not in rules.kind_verbs \
            and not (len(after.group()) > 2 and after.group().endswith(words[end - 2:end])) \
            and not rx(r"\p{Han}(?!\p{Han})").match(words, after.end()):
        end = after.end()  # (not 建成安置房: a verb before a last character is a name with it, 安置房)
        ends.append(end)
    # (办理登记注册以外的…事项: all of them run into a name, which the caller finds after the whole)
    return ends[0] if len(ends) > 1 and not rules.in_name.match(words, end) else end


def _clause_bounds(text: str, at: int) -> tuple[int, int]:
    start = clause_start(text, at, _CLAUSE_MARK_BACK)
    end = _CLAUSE_MARK.search(text, at)
    return start, end.start() if end else len(text)


def _respective(rules: _Rules, text: str, start: int, at: int, end: int, stop: int, sentence_start: int,
                earlier: list[Claim], block_start: int) -> Claim | None:
    """The claim a figure after 分别 is of: …，事故死亡人数5人，同比分别下降21.4%和28.6%: the n-th figure of
    the 分别 clause (``text[start:stop]``) is of the n-th of as many claims the sentence stated before
    it; None when the clause has no 分别 or the counts do not match."""
    each = rules.respectively.search(text, start, stop)  # (its figures, this one among them, follow it)
    if each is None or each.end() > at:
        return None
    figure = rx(r"\d(?:[\d.,]*\d)?")
    listed = len(figure.findall(text, each.end(), at))  # the figures of the clause before this one
    total = listed + 1 + len(figure.findall(text, end, stop))
    before = [c for c in earlier if c.value is not None and sentence_start <= c.start - block_start < start]
    if len(before) < total or not all(c.subject for c in before[-total:]):
        return None
    return before[-total:][listed]


def _figure_claim(rules: _Rules, block, fact: QuantityFact, previous: Claim | None,
                  previous_end: int, in_parts: bool = False, after_money: bool = False,
                  outcome: bool = False, earlier: list[Claim] = (),
                  open_period: str | None = None) -> tuple[Claim, bool] | None:
    """The claim a figure states, and whether it is a part of a 其中 list (其中民事47件、刑事169件),
    which says no verb and no time of its own: those are its total's.  ``after_money``: an amount
    stands just before the figure in its sentence (a share after it is the budget's); ``outcome``:
    an indicator took the figure as the outcome of its target (实际为96.2%), which reports it;
    ``earlier``: the claims of the block before it (the ones a 分别 clause is of); ``open_period``: the
    time at the head of the sentence the block before left open (_open_period)."""
    text = block.text
    at, end = fact.start - block.start, fact.end - block.start
    start, stop = _clause_bounds(text, at)
    start += _item_end(text[start:at])  # (1)对监督抽检…: the number of the list item is no word of the claim
    lead = text[start:at]
    if fact.quantity.unit == "分" and rules.score.search(lead):
        return None  # 得3分, 科学性扣0.5分: the evaluation's grading, not work done
    change = _change_at(rules, lead, fact)  # 较上年增长12%: a claim of its own (_change_claim), no other kind
    if rx(r"^\s*(?:以上|以下)").search(text[end:]) or change is None and (rules.not_claim_before.search(lead) or (
            fact.quantity.unit == "个百分点")) or (
            rules.share.search(lead) and (after_money or rules.not_claim_subject.search(lead[:rules.share.search(lead).start()]))) or (
            fact.quantity.kind == "duration" and (rx(r"\s*岁").match(text[end:]) or "平均" not in lead and (
                rx(r"\s*以?内").match(text[end:]) or fact.quantity.text.endswith("内")))):
        # 刑满释放5年内: a condition, not a result; 80周岁: an age; but an average time within which the work was
        # done is its result (一次性经济补助平均在退役士兵报到后25个工作日内发放到位)
        return None
    if fact.quantity.unit in rules.not_result_units:
        return None  # 0-6岁残疾儿童: an age says who
    if not text[:at].strip() and rx(r"\d{1,2}[.．]\s*(?:19|20)\d{2}\s*年").match(text, at):
        return None  # 1.2022年农村供水工程维修养护项目: an item's number run into a year, no figure
    if _TARGET_AFTER.match(text, end):
        return None  # 未达到55%的目标值: the target, whose status is the claim (_status_claims)
    if fact.quantity.kind == "count" and rules.scope_of_rate.match(text, end, stop):
        return None  # 已组织完工验收的40座水库验收合格率100%: the count says what the rate is over
    if rules.cells_run.search(text, start, stop):
        return None  # 基本支出2,240.15 2,352.60 2,317.46 — 98.51% —: a table row pasted as text
    if rules.compared.match(text[start:stop]):
        return None  # 超过省定基本办学标准（不低于5.9平方米）: the target compared with, the status its claim
    if rules.not_claim_after.search(text[end:stop]):
        return None  # 每生每天5元的标准, 80分（含）, …工期延后, 14个农业项目中: no result
    if fact.quantity.kind == "count" and not rx(r"\d").search(fact.quantity.text) \
            and rx(r"\p{Han}").match(text[end:end + 1]) and fact.quantity.value < 20:
        # 发放残疾人两项补贴, 五类重点对象: a small number written in words before its noun describes
        # it; 一万三千余名参保人员 counts them
        return None
    sentence_start = text.rfind("。", 0, at) + 1
    if rules.evaluator.match(text[sentence_start:at]) and not (
            fact.quantity.unit == "%" and rules.surveyed.search(text, start, at)):
        # 评价组抽查了16所学校: the evaluation's own work; not what its survey found of the department's work
        # (评价组对服务对象开展问卷调查，服务对象综合满意度为93.6%)
        return None
    if rules.self_evaluated.search(text, start, stop):
        return None  # 纳入…自评范围的项目共3个, 自评覆盖率100%: the scope of the report's own evaluation
    same_sentence = previous is not None and previous.start - block.start >= sentence_start
    claimed = tuple(c.start - block.start for c in earlier)
    period = _sentence_period(rules, text, sentence_start, start, at, claimed)
    if period is None and open_period and sentence_start == 0 and _period_in(rules, lead) is None:
        period = open_period  # 全年为辖区居民…，…；\n0-6岁儿童健康管理率93.6%: the sentence goes on past the line
    # (汛期共抢通水毁路段47处，平均抢通时间36小时: an average of those events takes their time, 汛期, too)
    if found := _period_in(rules, lead):
        lead = lead[:found[0]] + lead[found[1]:]
    if rules.plan.search(lead) or rules.reason.match(text, start, at):
        return None  # 计划2024年开展执法检查650家次以上: a plan; 主要原因是…闭馆2个月: why a target was missed
    if change is not None:
        claim = _change_claim(rules, block, fact, change, start, stop, sentence_start, previous,
                              _respective(rules, text, start, at, end, stop, sentence_start, earlier, block.start),
                              claimed)
        return (claim, False) if claim is not None else None
    if (means := rules.means.match(lead)) is not None:
        lead = lead[means.end():]  # 通过…评选活动评选出18名: the means is not the work
    if (whole := rules.whole_of_part.search(lead)) is not None:
        # 全区28个养护标段中有27个在计划工期内完成春季补植: a verb of the whole's name (养护标段) is not the
        # part's, whose verb follows its figure; its subject is the whole's name (below)
        lead = lead[whole.end():]
    opener = rx(r"\s*其中[：:]?").match(lead)
    part = opener is not None or rx(r"其中\s*[：:]\s*$").search(text[:start]) is not None
    listed = previous is not None and previous_end - block.start > start  # 办理行政复议案件29件、行政应诉案件15件
    if listed and previous.verb is None and text[previous_end - block.start:previous_end - block.start + 1] == "、" \
            and (item := rules.result.fullmatch(text[previous_end - block.start + 1:at])) is not None:
        # 其中居家上门服务满意度95.2%、老年助餐服务满意度91.8%: each result of a list after 、 is its own name
        lead, result = item.string, item
    else:
        result = rules.result.fullmatch(lead) or rules.named_measure.fullmatch(lead) \
            or fact.quantity.kind in ("money", "rate") and rules.unit_cost.fullmatch(lead)
    verb_at = None if result else _first_verb(rules, lead)
    # (not in a 其中 list, whose parts name what was counted: 其中：轮椅412件，坐便椅297件)
    if not (result or part or in_parts) and (tagged := _tagged_verb(rules, lead)) is not None and (
            verb_at is None or tagged[0] < verb_at[0] and _nominal_verb(rules, lead, tagged, verb_at)):
        # 1-7月累计放映公益电影1,141场, 按群众点单安排演出29场: a verb the lexicon lacks, where the
        # claim's verb stands; 派发服务工单: the lexicon's 服务 names what was sent out
        verb_at = tagged
    if verb_at is not None and rules.filler.sub("", lead[:verb_at[0]]).strip() \
            and (outcome := rules.verbs.match(lead, verb_at[1])) is not None and outcome.group() in rules.outcome_verbs \
            and rules.filler.sub("", lead[outcome.end():]).strip():
        # 老旧小区改造惠及群众4,216户: the first verb ends the name of the work (老旧小区改造), the outcome
        # verb after it, before what the figure counts, is the claim's
        verb_at = outcome.span()
    elif verb_at is not None and (brought := next((m for m in rules.verbs.finditer(lead, verb_at[1])
                                                   if m.group() in rules.brought_about), None)) is not None \
            and lead[verb_at[0]:verb_at[1]] not in rules.brought_about \
            and rules.filler.sub("", lead[brought.end():]).strip():
        # 全年承办体育赛事带动相关消费约5.8亿元: the work (承办体育赛事) brought what the figure counts
        verb_at = brought.span()
    if verb_at is not None and (then := rx(r"\p{Han}{0,4}?后").match(lead, verb_at[1])) is not None \
            and (work := rules.verbs.match(lead, then.end())) is not None:
        verb_at = work.span()  # 项目建成投产后新增就业岗位1716个: 建成投产后 says when, 新增 is the work
    across = None  # where the words after a coverb begin, when the verb is the one it led past an object
    if verb_at is not None and lead[verb_at[0]:verb_at[1]] in rules.coverbs \
            and (work := rules.coverb_work.search(lead, verb_at[1])) is not None:
        verb_at = work.span()  # 组织乡镇、村屯开展秸秆焚烧网格化巡查1632次: 开展 the 巡查
    elif verb_at is not None and lead[verb_at[0]:verb_at[1]] in rules.coverbs_across \
            and (work := _work_after_coverb(rules, lead, verb_at[1])) is not None \
            and not _leads_to_later(rules, lead, verb_at):
        # 组织基层卫生技术人员培训926人次, 组织企业参加…展销活动12场次: the verb after the coverb is the work,
        # an object between them or not (组织现场观摩活动5场, with no verb after it, is 组织)
        across = verb_at[1]
        verb_at = work
    if verb_at is not None and rx(r"(?:[并再]|^)(?:对|为|向|给)(?:全区|全县|全市|全镇|全省)?\s*$").search(lead) \
            and _first_verb(rules, text[end:stop], object_first=True) is not None:
        verb_at = None  # 建立…制度并对62个区直部门开展督查: the figure is the object of the verb after it
    if verb_at is not None and _leads_to_later(rules, lead, verb_at) \
            and _first_verb(rules, text[end:stop], object_first=True) is not None:
        verb_at = None  # 组织对…等5个项目开展了…评估: the work is the verb after the figure
    if verb_at is not None and (rules.attributive.match(lead, verb_at[1])
                                or rx(r"^\s*对").match(lead) and "的" in lead[verb_at[1]:]) \
            and _first_verb(rules, text[end:stop], object_first=True) is not None:
        # (对监督抽检发现的不合格食品样品87批次全部依法核查处置: 监督抽检 says which samples, 核查处置 the work)
        verb_at = None  # 对2022年度实施的2个重点项目开展了绩效自评: 实施的 describes what 开展 was done to
    # 其中：民事案件923件，刑事3581件: the clauses after a part that name no verb are parts too
    # (a ； closes the list: 其中市级以上骨干培训420人次；新招聘教师126名 is a claim of its own)
    # (nor does a figure of another kind: 其中食品安全案件231件、价格违法案件86件，罚没款1863.5万元)
    part_list = in_parts and previous is not None and previous.start - block.start >= sentence_start \
        and not rx(r"[；;]").search(text, previous_end - block.start, at) \
        and (previous.unit is None or not fact.quantity.unit
             or _unit_kind(previous.unit, fine=False) == _unit_kind(fact.quantity.unit, fine=False))
    if part_list and not part and (verb_at is not None and (
            lead[verb_at[0]:verb_at[1]] in rules.outcome_verbs and rules.filler.sub("", lead[:verb_at[0]]).strip()
            and not rules.filler.sub("", lead[verb_at[1]:]).strip()
            or not rules.filler.sub("", rx(r"^\p{Han}{1,4}后").sub("", lead[:verb_at[0]])).strip())
            or verb_at is None and rx(r"^\p{Han}{1,4}后$").match(rules.filler.sub("", lead).strip())):
        # 其中水稻3.12万亩、…，粮食总产量达2.34万吨: a name and the verb of a result of its own end the list;
        # so does a verb after the time of the work (其中农民工培训2180人次，培训后取得…证书2713人)
        part_list = False
    stock = None if result or part or part_list else rules.stock.search(lead)
    own_verb = False  # a part listed after another that names a verb of its own
    manner = False  # a part whose verb follows only the way it was done (其中线上办理3.9万件)
    if stock is not None:
        # 全区在册安置帮教对象2457人, 年末在册240人: what there is, not what was done; its time is its own
        verb, subject = None, lead[stock.end():]
        period = found[2].strip("，, ") if found else None
    elif listed and not result:
        verb, subject = previous.verb, rx(r"^[、，,和及与以及]+").sub("", text[previous_end - block.start:at])
        if previous.subject and rules.list_joint.sub("", subject) == previous.subject:
            # 18个镇（街道）人民调解委员会、329个村（社区）人民调解委员会: figures ahead of what they count
            later = _first_verb(rules, text[end:stop], object_first=True)
            subject = _before_next_figure(text[end:end + later[0]] if later else text[end:stop])
        elif (own := _first_verb(rules, subject)) is not None and (own[0] == 0 or subject[own[0]:own[1]] == verb):
            # 招聘教师126名、引进高层次人才8名: a verb of its own; 为1358名农民工追回工资2186.4万元: the
            # verb after the first figure, what the second counts after it
            verb, subject = subject[own[0]:own[1]], subject[own[1]:]
            own_verb = True
        elif not rx(r"\p{Han}").search(subject) and previous.subject:
            # 保障城乡低保对象2,087户3,962人, 新增低保对象186户、312人: the same ones counted in another measure
            subject = previous.subject
        part = part or in_parts
    elif result:
        # 案件办理及时率已达到100%: the rate is the subject; 达到 its verb, if any (大于 is no verb)
        verb = _RESULT_VERBS.get(result.group("verb"))
        subject = result.group("subject")
        subject = rx(r"^\s*其中\s*[：:]?").sub("", subject)  # 其中种粮农户满意度达93%以上: a part's name
        # 全区22所中小学法治课程宪法开设率100%: the count of what the rate is over says its scope, not its name
        subject = rx(r"^\s*(?:全\p{Han})?\s*\d+\s*[所个家座名]\s*(?=\p{Han}{2})").sub("", subject)
        if rules.satisfaction.search(subject):
            subject = rx(r"^\s*对").sub("", subject)  # 对饭菜质量满意度为91.4%: 饭菜质量满意度
            # 抽样调查群众对森林防灭火工作满意度为93.5%: how it was asked is not what
            subject = rules.survey.sub("", subject)
        if verb and part and not rx(r"^\s*其中\s*[：:]?\s*$").match(lead[:result.start("verb")]):
            part = False  # 其中种粮农户满意度达93%以上: a part with a verb of its own is a claim of its own
    elif (share := rules.share.search(lead)) is not None and share.group("verb") == "占":
        # 社保卡持卡人数占户籍人口的97.6%, 其中建设领域项目占七成以上: what stands before 占 is the
        # share's subject; with nothing before it (…148处，占全年任务的90.8%), its base
        before = rules.filler.sub("", lead[opener.end() if opener else 0:share.start()]).strip(" ，,")
        base = rules.share.search(text[start:at])  # the base as written (全年维修养护任务 keeps 全年)
        verb, subject = "占", before or (base.group("base") or "")[:-1]
    elif (part or part_list) and (verb_at is None or rules.filler.sub("", lead[opener.end() if opener else 0:verb_at[0]])) \
            and not (manner := verb_at is not None and previous is not None and previous.subject
                     and not lead[verb_at[1]:].strip()
                     and rules.manner.match(lead[opener.end() if opener else 0:verb_at[0]]) is not None):
        # 其中结婚登记1672对: a verb inside the part's name is not its own (其中审核规范性文件2件 is)
        # 共办理法律援助案件217件，其中民事47件: a part of what the sentence counted
        verb, subject, part = None, lead[opener.end():] if opener else lead, True
    elif (standard := rules.standard_set.match(lead)) is not None:
        # 全市城乡低保标准统一提高至每人每月890元: the standard is what was raised, to the level of the figure
        verb, subject = standard.group("verb"), standard.group("subject")
    elif (to := rx(r"(?:至|到)\s*$").search(lead)) and not rules.verb_at_end.search(lead, 0, to.end()) \
            and (moved := rules.verb_at_end.search(lead, 0, to.start())):
        # 办理时限由7个工作日压缩至3-5个工作日: what was brought to the figure stands before its verb
        # (the verb of a change to a level is written whole: 压缩至)
        verb = moved.group() + to.group().strip() if moved.end() == to.start() else moved.group()
        subject = rx(r"由[^，,。；;]*$").sub("", lead[:moved.start()])
    elif verb_at is not None:
        if (reached := rules.reached.search(lead, verb_at[1])) is not None:
            # 全市纳入信用风险分类管理的经营主体达52.7万户: the first verb describes what was counted
            # (纳入…的); the claim's verb is the one that brings the figure
            verb_at = reached.span("verb")
        if lead[verb_at[0]:verb_at[1]] == "发现" and (then := rules.found_then.match(lead[verb_at[1]:])) is not None \
                and (work := rules.verbs.match(lead, verb_at[1] + then.end())) is not None:
            verb_at = work.span()  # 发现并督促整改问题隐患586个: what was done to what was found (found_then)
        if verb_at[0] > 0 and rx(r"完成了?\s*$").match(lead, verb_at[1]) is not None:
            # 退役军人就业技能培训完成612人次: the work named, then 完成 its figure; the verb is 完成
            verb_at = (verb_at[1], verb_at[1] + 2)
        verb = lead[verb_at[0]:verb_at[1]]
        if period is None and (when := rules.period_before_verb.search(lead, 0, verb_at[0])) is not None:
            period = when.group().strip()  # 全县58所学校校长…全年累计陪餐6,900余次: the time before its verb
            period = rules.filler.sub("", period) or period
        after, before = lead[verb_at[1]:], lead[:verb_at[0]]
        after = rx(r"^出(?=\s*$)").sub("", after)  # 评选出21名: what was counted follows the figure
        if (alternative := rx(r"^\s*[（(](?P<verb>[^（()）]{1,6})[）)]").match(after)) is not None \
                and rules.verbs_only.fullmatch(alternative.group("verb")):
            after = after[alternative.end():]  # 新建（改造）社区智能健身设施12处: 新建, the bracket an alternative verb
        # 对全区18个镇（街道）人民调解委员会、329个村（社区）…: what it counted ends before the next figure
        following = _object_only(rules, rules.object_end.sub("", _before_next_figure(text[end:stop])),
                                 people=rx(r"^万?(?:人|名|位)$").match(fact.quantity.unit or "") is not None)
        # 成立5类法治专业工作小组: what was counted stands after the figure
        subject = after if rules.filler.sub("", after) else following if following.strip() else before
        if subject is after and rx(r"(?:和|及|与)\s*$").search(after) and following.strip():
            subject = following  # 设定了总体目标和20项年度绩效指标: the words before 和 are another thing; the figure's follows it
        if manner and not rules.filler.sub("", after) and not following.strip():
            subject = previous.subject  # 其中线上办理3.9万件: what its whole counted (医保业务), done a way
        if subject is before:
            subject = before = rx(r"^\s*对(?=\p{Han}{2})").sub("", before)  # 对未参保人员比对核查3.6万人: 对 marks what it was done to
        if subject is after and (more := rules.joined_verbs.match(after)) is not None:
            subject = after[more.end():]  # 发现并处置后厨违规行为40余起: what was counted follows the verbs
        if subject is before and rx(r"\d").search(before) and verb not in rules.outcome_verbs:
            # (全乡村集体经济收入10万元以上的村达到12个: what reached the figure, a figure in its name)
            subject = verb  # 58所学校校长…全年累计陪餐6,900余次: who did it stands before; the work is the verb
        if across is not None and (took := rules.take_part.match(lead[across:])) and took.group("work").strip():
            subject = took.group("work")  # 组织律师参加各级学习培训包括视频学习培训共10次: 各级学习培训
        elif across is not None and not rules.filler.sub("", after).strip():
            subject = lead[across:]  # 全年组织水利工程质量检查46次: the work named with its verb, 水利工程质量检查
            if rx(r"^万?(?:人|名|位)次?$").match(fact.quantity.unit or "") \
                    and rules.filler.sub("", lead[across:verb_at[0]]).strip():
                # 组织企业负责人培训562人次: a count of people counts the ones the coverb led to the work
                subject = lead[across:verb_at[0]]
        if verb in rules.coverbs_across and not rules.filler.sub("", after).strip() and (
                later := _first_verb(rules, text[end:stop], object_first=True)) is not None \
                and rx(r"\p{Han}").search(text, end + later[1], stop):
            # 组织312名离校未就业高校毕业生参加就业见习: what the coverb led them to do, after what it counted
            verb = text[end + later[0]:end + later[1]]
        elif verb in rules.coverbs and (took := rules.take_part.match(subject)) and took.group("work").strip():
            subject = took.group("work")  # 组织基层医务人员参加业务培训12期: the 业务培训 it organised
            if rx(r"^(?:人|名|位)次?$").match(fact.quantity.unit or ""):
                # 组织干部职工参加省、市业务培训37人次: a count of people counts those who took part, whose
                # verb is the work verb after the coverb
                verb = took.group("verb")
        part = False  # 其中审核规范性文件2件: a part with a verb of its own is a claim of its own
    elif previous is not None and same_sentence and not rules.filler.sub("", lead).strip(" ，,") \
            and previous.subject and previous.text.endswith(previous.subject) and previous.verb:
        # 完成100余场次集中教育，5场公益活动，超400人次心理辅导: figures ahead of what they count,
        # in a list after one verb
        verb, subject = previous.verb, rx(r"^的").sub("", text[end:stop])
    elif (later := _first_verb(rules, text[end:stop], object_first=True)) is not None:
        if rules.under_way.search(text[end:end + later[0]]):
            return None  # 余下2个因用地手续尚未办结, 其余6所正在推进: what was not done
        if rx(r"\s*(?:了|共计?|累计)*\s*\d").match(text, end + later[1]):
            return None  # 58所学校校长…全年累计陪餐6,900余次: the verb counts the figure after it
        # 对1411名法律明白人开展培训: the verb after the figure, what was counted between them
        between = text[end:end + later[0]]
        if (when := rules.date_before_verb.search(between)) is not None:
            # 52个项目均于2023年6月底前开工建设, 742户在10月31日前完工: the date of the work, written just
            # before its verb, is the claim's time, not a word of what was counted
            period, between = when.group("date").strip(), between[:when.start()]
        verb, subject = text[end + later[0]:end + later[1]], _before_next_figure(between)
        subject = rules.object_of.sub("", subject) or subject  # 26家行政执法单位的执法活动进行监督检查
        if not rules.filler.sub("", subject).strip() and (named := rx(r"^\s*对(?:.*的)?(?P<what>[^的]+)$").match(lead)):
            subject = named.group("what")  # 对…发现的不合格食品样品87批次全部依法核查处置: named before the figure
        if not rules.filler.sub("", subject).strip() and fact.quantity.kind == "duration" \
                and (averaged := rx(r"^\s*(?P<what>[^，,。；;]+?)平均").match(lead)) is not None:
            subject = averaged.group("what")  # 一次性经济补助平均在…25个工作日内发放到位: what took that time
        if (outcome := rules.verbs.match(text, end + later[1])) is not None \
                and outcome.group() in rules.outcome_verbs and rules.verbs.fullmatch(verb):
            # 162所学校课后服务实现全覆盖: a verb before an outcome is a noun (课后服务); the figure
            # counts the first word after it, and the outcome is the claim's verb
            from .nlp import tokens

            words = [w for w in tokens(subject) if w.strip()]
            verb, subject = outcome.group(), words[0] if words else subject
    elif (head := rules.head_verb.match(rules.filler.sub("", lead))) is not None:
        # 建设农业科技示范基地8个, 补贴各类农机具1,050台（套）: a word that is a noun elsewhere (工程建设,
        # 两项补贴对象) is the verb when it opens the clause
        verb, subject = head.group("verb"), head.group("rest")
    else:
        verb, subject = None, lead
    if part and not own_verb:
        # 其中民事47件: a part without a verb of its own has no time of its own, its whole carries it; one
        # with its own verb is a claim like any other (其中新建护岸8.2公里、疏挖河道4.4公里: 全年 for both)
        period = None
    written = subject.strip()
    subject = rules.filler.sub("", rules.filler.sub("", written)).strip(" （(")
    subject = rules.filler.sub("", _kinds_dropped(rules, subject)).strip(" （(")  # …等主推技术: 主推技术
    if verb is None and not rules.satisfaction.search(subject):
        # 对定点医药机构的月度费用平均拨付时限为15个工作日: whom a result is of says its scope, not its name
        subject = rx(r"^\s*对[^，,。；;的]{1,20}的(?=\p{Han}{2})").sub("", subject)
    if (whole := rules.whole_of_part.search(text, start, at)) is not None:
        # 14个街道综合养老服务中心中有11个达到…: the part counts what the whole named (街道综合养老服务中心)
        subject = whole.group("name")
    elif not rules.filler.sub("", subject).strip() and (wholes := list(rules.whole_before.finditer(text, sentence_start, start))):
        subject = wholes[-1].group("name")  # 126个社区养老服务站中，118个全年保持正常运营: the whole's name
    if (target := rx(r"^(?P<name>.+?)\s*[\d.,]+\s*\p{Han}{0,3}$").match(subject)) is not None \
            and rules.generic_subject.fullmatch(target.group("name")):
        subject = target.group("name")  # 完成年度计划20公里的93%: the target, less the figure it was set at
    if not subject and (verb or stock) and same_sentence and previous.subject and previous.unit == fact.quantity.unit:
        subject = previous.subject  # 共接访案件43件，成功化解30件: what the sentence counted before
    if not subject and verb and (label := rules.item_label.match(text[sentence_start:at])) is not None:
        subject = label.group("name").strip()  # (2)灌溉机井：计划完成120眼，实际完成118眼: the item's name
        named = subject[:max(subject.find(verb), 0)]
        if len(named) >= 2 and not any(rules.verbs.fullmatch(named, k) for k in range(len(named) - 1)):
            # 雨水情测报设施安装数：…，实际安装46套: the label names the indicator, what was counted stands
            # before the claim's verb in it (雨水情测报设施), the measure after it (安装数, 整修长度); not
            # when the verb ends a verb of two (卫生监督检查户次: 监督检查, the name of the work)
            subject = named
    if verb == "下达" and rules.handed_down.search(text, start, stop):
        return None  # 中央和省级资金分6个批次下达, 下达我市…建设任务25.5万亩: money or a target handed down
    if part and previous is None:
        return None  # the parts of a figure that was no claim (编制33个，其中公务员26人)
    if (of := _respective(rules, text, start, at, end, stop, sentence_start, earlier, block.start)) is not None:
        subject = of.subject  # 粮食播种面积…，粮食总产量…，分别完成市下达任务的100.3%和101.6%: the n-th named
    sentence_end = text.find("。", end) % (len(text) + 1)
    each = rules.respectively.search(text, end, sentence_end)
    # 事故死亡人数5人，同比分别下降21.4%和28.6%: a figure the 分别 clause after it compares is reported,
    # verb or none (it is among as many figures before that clause as the clause has)
    compared = each is not None and not rx(r"[；;]").search(text, end, each.start()) and len(
        rx(r"\d(?:[\d.,]*\d)?").findall(text, end, each.start())) < len(
        rx(r"\d(?:[\d.,]*\d)?").findall(text, each.end(), _clause_bounds(text, each.end())[1]))
    if verb is None and period is None and not result and not part and stock is None and not outcome \
            and not compared \
            and not rules.beneficiaries.search(subject) and not rules.result_amount.search(subject):
        return None  # a figure that no verb and no period reports: a description, not a claim
    budget_word = (rules.not_claim_subject.search(subject) or rules.not_claim_subject.search(written)) \
        and not rules.result_amount.search(written) \
        and not (rules.indicators_done.search(subject) and rules.status.search(text, start, stop)) \
        and not (verb and rx(r"[车台架艘]次$").search(fact.quantity.unit or "")) \
        and not (verb in rules.enforced and rx(r"车辆$").search(subject)) \
        and not (verb in rules.paid_out and fact.quantity.kind == "money" and _paid_out(rules, block, fact))
    # (人均可支配收入 is the economy's, not the budget's 收入; 派出急救车辆48,926车次, 调度抢险车辆2,860台次 count trips
    # made, not vehicles held,
    # 查处超限超载车辆684辆 vehicles enforced on;
    # 兑付农机购置与应用补贴资金286.4万元 is money paid out to people, _paid_out)
    if subject and (budget_word or verb is None and rules.not_claim_bare_subject.search(subject)) \
            or not (subject or verb or outcome):
        return None  # a figure with neither subject nor verb, unless its indicator names it (实际为96.2%)
    if verb and subject and rules.measure_noun.match(subject) and text[start:at].rstrip().endswith(verb + subject):
        verb, subject = None, verb + subject  # 补贴面积18.72万亩: a measure the verb names (measure_noun)
    elif verb in rules.naming_verbs and subject and rx(r"\p{Han}{2}").match(subject) \
            and not rules.filler.sub("", text[start:at].split(verb, 1)[0]).strip() \
            and text[start:at].rstrip().endswith(verb + subject):
        # 受益学生546,312人: the verb names who the figure counts (naming_verbs); 受益学生中农村留守儿童: of them
        verb, subject = None, rx(r"^.{2,8}?中(?=\p{Han}{2})").sub("", verb + subject)
    q = fact.quantity
    qualifier = next((w for w in rules.qualifiers if w in q.text or text[end:end + len(w)] == w), None)
    status = rules.status.search(text, start, stop)
    if status is not None and verb and status.end() <= at and status.group().endswith(verb) \
            and status.group().startswith("基本"):
        status = None  # 基本建成安置房624套: 基本 says how far the work went, no status of a target
    return Claim(
        0, subject or None, verb, q.number, q.unit or None, qualifier, period,
        status.group() if status else None, None, block.index, block.section, block.page,
        block.start + start, block.start + stop, text[start:stop].strip(), text,
    ), part


def _unit_as_written(doc: Document, claim: Claim, fact: QuantityFact) -> Claim:
    """The claim with its measure word as the report writes it: the cleaned text folds a full-width ％
    into % (年普法知晓率90％, 周边群众满意度为93.2％), the source text keeps it, and so does the claim."""
    if claim.unit != "%" or doc.source is None:
        return claim
    start, end = doc.offsets.span_to_source(fact.start, fact.end)
    return replace(claim, unit="％") if "％" in doc.source.text[start:end] else claim


def _change_at(rules: _Rules, lead: str, fact: QuantityFact) -> regex.Match[str] | None:
    """The change a figure states, by the words of its clause before it (较上年增长, 同比分别下降40%和);
    without a comparison, a change in percent (增长7.1%), or of a measure its clause names with no
    work verb before the change word (项目区粮食亩均产能提高112公斤, 耕地质量平均提升0.6个等级):
    敬老院改造提升3所 is work done."""
    change = rules.change.search(lead)
    if change is not None and not change.group("compare") and (
            fact.quantity.unit not in ("%", "％", "个百分点", "倍") or change.group("verb") in ("多", "少")):
        head = rules.filler.sub("", rules.period.sub("", lead[:change.start()], count=1))
        head = rx(r"平均\s*$").sub("", head).strip(" ，,")
        if change.group("verb") in ("多", "少") or not rx(r"\p{Han}{2}").search(head) or rules.verbs.search(head) \
                or not fact.quantity.unit:
            return None
    return change


def _change_claim(rules: _Rules, block, fact: QuantityFact, change: regex.Match[str], start: int, stop: int,
                  sentence_start: int, previous: Claim | None, respective: Claim | None = None,
                  claimed: tuple[int, ...] = ()) -> Claim | None:
    """The claim of a change of a result (``change`` matched the words of its clause before the
    figure): 化肥使用量较上年下降1.8% is of what stands before the comparison; 粮食总产量达到59.2万吨，
    较上年增加0.9万吨 of the claim of the clause just before, whose time it shares.  A change of
    what the budget stage reads (“三公”经费较上年下降4.3%), or of a figure that was no claim
    (机关运行经费支出52.48万元，比2019年下降37.23%), is none."""
    text = block.text
    head_end = start + change.start()  # the comparison (较2022年) names a year that is not the claim's time
    # ``claimed`` (where the claims before it start) as for any claim: a later clause's own time (…，全年未发生
    # 重大传染病疫情；居民健康素养水平达到32.6%，较上年提高2.8个百分点) does not pass a ； after a claim
    period = _sentence_period(rules, text, sentence_start, start, head_end, claimed)
    head = text[start:head_end]
    if found := _period_in(rules, head):
        head = head[:found[0]] + head[found[1]:]
    head = rx(r"平均\s*$").sub("", head)  # 耕地质量平均提升0.6个等级: an average changed, of 耕地质量
    subject: str | None = rules.filler.sub("", rules.filler.sub("", head)).strip(" （(")
    if subject and rules.change_base.search(subject):
        subject = ""  # 较上年的162.30万元下降8.37%: the base it changed from, not what changed
    if subject:
        if change.group("each"):
            # 生产安全事故起数和死亡人数同比分别下降40%和25%: the n-th figure is of the n-th subject
            subjects = rx(r"[和、及与]|以及").split(subject)
            n = len(rx(r"[和、及与]").findall(change.group("listed")))
            if len(subjects) > n:
                subject = subjects[n].strip()
    elif respective is not None:
        subject = respective.subject  # 生产安全事故11起，事故死亡人数5人，同比分别下降21.4%和28.6%
    else:
        # 优良天数比例达到90.4%，同比提高2.1个百分点: the change of the claim of the clause just before
        if previous is None or previous.value is None or previous.start - block.start < sentence_start \
                or not rx(r"\s*[，,；;]\s*").fullmatch(text, previous.end - block.start, start):
            return None
        subject = previous.subject
    if subject and rules.not_claim_change.search(subject):
        return None
    if subject:
        subject = _kinds_dropped(rules, subject)  # 松材线虫病等林业有害生物监测面积: 林业有害生物监测面积
    q = fact.quantity
    end = fact.end - block.start
    qualifier = next((w for w in rules.qualifiers if w in q.text or text[end:end + len(w)] == w), None)
    status = rules.status.search(text, start, stop)
    return Claim(0, subject or None, change.group("verb"), q.number, q.unit or None, qualifier, period,
                 status.group() if status else None, None, block.index, block.section, block.page,
                 block.start + start, block.start + stop, text[start:stop].strip(), text)


def _status_claims(rules: _Rules, block) -> list[Claim]:
    """已完成。 / 项目年度总体目标已完成: a status with no figure in its clause."""
    out = []
    text = block.text
    for m in rules.status.finditer(text):
        start, stop = _clause_bounds(text, m.start())
        clause = text[start:stop]
        before = clause[:m.start() - start]
        item = before[:_item_end(before)]
        before = before[len(item):]  # （一）退化林修复面积未达到目标值: the item's number is no name
        period = None
        # the date the work was done by, just before its status (汛前水毁修复任务于2022年5月20日已完成), and
        # the time at the head of the clause (1-7月各月放映计划均按时完成): the status's time, no figure
        dated = _dated(rules, before)
        if dated is not None:
            period, before = dated[1], before[:dated[0]]
        head = _period_in(rules, before)
        undated = before[:head[0]] + before[head[1]:] if head is not None and head[0] == 0 else before
        if _has_figure(_QUOTED_NAME.sub("", item + undated + _BRACKETED_TARGET.sub("", clause[m.start() - start:]))) \
                and not _TARGET_AFTER.search(clause) \
                or rules.not_done.search(text, start, m.start()) or rules.plan.match(clause) or rules.reason.match(clause) \
                or rx(r"[对将把]\s*$").search(text, start, m.start()) or rules.status_attributive.match(text, m.end()):
            # the figure's claim carries it; 未能按期完成 is no status said, 确保…按期完成 a plan, 因工程未完成竣工结算
            # why a target was missed; 对未达到年度目标的指标督促…整改, 将未完成改造任务纳入下年度计划: the object
            # a measure is taken on, named by its status, as 绩效目标未完成的项目 is
            continue
        if period is None and head is not None and head[0] == 0:
            # 2024年度部门整体绩效目标基本完成: the time at the head of the status's own clause is its time
            period, before = head[2].strip("，, "), before[head[1]:]
        sentence_at = max(text.rfind("。", 0, start), text.rfind("；", 0, start), text.rfind(";", 0, start)) + 1
        if period is None and sentence_at < start and (alone := rules.period.fullmatch(text[sentence_at:start].strip())) \
                and rx(r"\d").search(alone.group()):
            # 2023年，项目年度绩效目标基本完成: a time set off alone at the head of the sentence is the status's own
            period = alone.group().strip("，, ")
        if period is None and _TARGET_WITH_FIGURE.match(text, m.end(), stop):
            period = _head_of_sentence(rules, text, start)
        subject = rules.filler.sub("", before).strip() or None
        if subject and rules.doer.search(subject):
            subject = None  # 区司法局较好地完成了…: who did it; what was done follows
        # 已完成 says 完成 was done; 圆满收官 says 收官, 基本建成 says 建成, 已基本建立 says 建立
        verb = next((v for v in ("完成", "达到", "达标", "实现", "收官", "建成", "建立") if v in m.group()), None)
        if subject:  # 特困人员集中供养指标未达到目标值: the status of 特困人员集中供养
            # (控辍保学动态清零目标已达到: the work the target was of; not 项目年度总体目标, 绩效目标, which name
            # the whole of a report's targets, nor 该项目标, which names the target the paragraph stated)
            subject = rx(r"(?:的?(?<!绩效)指标|(?<!绩效|总体|年度|整体|[该此这]项)的?目标)值?$").sub("", subject) or None
        else:  # 圆满完成年度治理任务, 按期完成智慧校园建设项目: what was done follows
            rest = _BRACKETED_TARGET.sub("", rx(r"^\s*了").sub("", text[m.end():stop]))
            if (head := rules.period.match(rest)) is not None and rx(r"\d").search(head.group()) \
                    and not rx(r"[春夏秋冬]季").match(rest, head.end()):
                # 较好地完成了2024年度各项工作任务: the year the work was of (2023年秋季招生入学工作 is a name)
                period, rest = head.group().strip("，, "), rest[head.end():]
            subject = rules.filler.sub("", rest).strip() or None
            if subject and _TARGET_FIGURE.match(subject):
                subject = None  # …达标率为86.5%，未达到90%的目标值: said of the figure before it, as 未完成年度目标
            if subject and rules.generic_subject.fullmatch(subject) and not rules.all_of.match(clause) \
                    and _has_figure(text[text.rfind("。", 0, start) + 1:start]):
                subject = None  # 未完成年度目标任务: said of the figure before it, whose indicator names it
        status = m.group()
        if text[m.start() - 1:m.start()] == "已" and (manner := rules.status_manner.match(status)) is not None:
            status = "已" + status[manner.end():]  # 均已按期完成: 已完成
        out.append(Claim(0, subject, verb, None, None, None, period, status, None, block.index, block.section,
                         block.page, block.start + start, block.start + stop, clause.strip(), text))
    # 全年未发生较大及以上生产安全事故: the event a target said must not happen, as a clause of its own
    zero_verb = None  # 实现疫情“零感染”、安全生产“零事故”: the verb of a list of results of nothing
    for m in _CLAUSE_MARK.finditer("。" + text):
        start = m.end() - 1
        stop = (_CLAUSE_MARK.search(text, start) or rx("$").search(text)).start()
        clause = text[start:stop]
        head = _period_in(rules, clause)
        rest = clause[head[1]:] if head and head[0] == 0 else clause
        sentence_head = start == 0 or text[start - 1] in "。；;"
        period = _sentence_period(rules, text, text.rfind("。", 0, start) + 1, start, stop)
        if sentence_head:
            zero_verb = None
        for part in rx(r"[、]").split(rest) if "零" in rest else ():
            if (zero := rules.zero.match(part)) is None:
                continue
            before = rules.filler.sub("", zero.group("before")).strip()
            verb = None
            for verb in rules.verbs.finditer(before):
                pass  # the verb nearest the result (…救助管理机构全年实现疫情“零感染”: 实现)
            if verb is None and not rx(r"[“\"‘]零").search(part) and not (head and head[0] == 0) and zero_verb is None:
                continue  # 药品零售: a word, not a result of nothing (written 零事故 with a verb, a time or quotes)
            if verb is not None:
                zero_verb, before = verb.group(), before[verb.end():]
            # 校园安全责任事故“零发生”: what did not happen stands before; 零事故, 零感染, 零失误: after
            subject = before if zero.group("happened") else zero.group("what")
            at = start + clause.find(part)
            out.append(Claim(0, subject.strip() or None, zero_verb, Decimal(0), None, None, period, None, None,
                             block.index, block.section, block.page, block.start + at,
                             block.start + at + len(part), part.strip(), text))
        # (…均已按期完成: the status says it, a claim of its own above)
        if (done := rules.all_done.match(rest)) and not rx(r"\d").search(clause) and not rules.status.search(clause) \
                and (verb := rules.verb_at_end.search(done.group("rest"))):
            # 全年行政许可事项均在承诺时限内办结; …，均按月足额发放到位 (the subject is the sentence's before)
            # (全年各类救助资金均按月足额发放到位: 各类 says "all kinds of", no part of the subject)
            out.append(Claim(0, rules.filler.sub("", done.group("subject")).strip(" ，,") or None, verb.group(), None,
                             None, None, period, None, None, block.index, block.section, block.page,
                             block.start + start, block.start + stop, clause.strip(), text))
        if (met := rules.target_met.match(clause)) is not None:
            # 实际完成65.3%，完成年度目标: the status of the target of the figure before it
            out.append(Claim(0, None, met.group("status"), None, None, None, None, met.group("status"), None,
                             block.index, block.section, block.page, block.start + start, block.start + stop,
                             clause.strip(), text))
        if (cmp := rules.compared.match(clause)) is not None and not rules.plan.match(clause):
            # 高于90%的目标值, 均未超过成本指标, 住院费用…报销比例略低于目标值: a result compared with its target is
            # a status of it, as written, its verb the comparison (超过 of 未超过), though a figure stands in it
            out.append(Claim(0, rules.filler.sub("", cmp.group("subject")).strip(" ，,") or None,
                             cmp.group("status").removeprefix("未"), None, None, None,
                             _head_of_sentence(rules, text, start) if _TARGET_WITH_FIGURE.search(clause) else None,
                             cmp.group("status"),
                             None, block.index, block.section, block.page, block.start + start,
                             block.start + stop, clause.strip(), text))
        if (head and head[0] == 0 or sentence_head) and (found := rules.no_event.match(rest)) \
                and not rx(r"\d").search(clause):
            out.append(Claim(0, found.group("subject"), found.group("verb"), None, None, None, period, None, None,
                             block.index, block.section, block.page, block.start + start, block.start + stop,
                             clause.strip(), text))
    # 未发生食物中毒等事件, …等工作已达到预期目标: the examples before 等 say only which kinds
    return [replace(c, subject=_kinds_dropped(rules, c.subject)) if c.subject else c for c in out]


def _under_goal_header(rules: _Rules, doc: Document, block) -> bool:
    """A line after the header of a 年度总体目标 table copied from a PDF as plain lines, no cells
    (年 预期目标 实际完成情况, then 度 / 落实…政策，全年资助…9126人次，/ 总 / …): the two cells' lines interleaved
    with the vertical 年度总体目标 label, and the indicator table's rows after them, all in the table, so no
    claim.  The table goes on up to the next heading."""
    back = block.index - 1
    while back >= 0 and doc.blocks[back].rows is None and doc.blocks[back].kind == "paragraph":
        if block.index - back > 60:
            return False
        if rules.goal_header.match(doc.blocks[back].text or ""):
            return True
        back -= 1
    return False



def _head_of_sentence(rules: _Rules, text: str, start: int) -> str | None:
    """The year set off at the head of the sentence a status measured against its target's figure stands
    in (2024年，…城区公交客运量1.52亿人次，未达到1.6亿人次的年度指标值: 2024年): it reports that year's
    result, so the sentence's time holds for it as for its figures (not for 超额完成年度任务, said of the
    work without a figure: only its own clause dates that; nor a 截至 date, the time of a stock)."""
    head_at = max(text.rfind(mark, 0, start) for mark in "。！？") + 1
    set_off = rules.period.match(text[head_at:start].lstrip())
    if set_off is None or not rx(r"\d").search(set_off.group()) or not rx(r"[，,]\s*$").search(set_off.group()) \
            or set_off.group().startswith("截"):
        return None
    return set_off.group().strip("，, ")


def _dated(rules: _Rules, before: str) -> tuple[int, str] | None:
    """Where the date a status was reached by starts in the words before the status, and the date
    (汛前水毁修复任务于2022年5月20日已完成: 2022年5月20日), when 于 writes one right before it."""
    for at in (m.start() for m in rx(r"于").finditer(before)):
        if (date := rules.period.match(before[at + 1:])) is not None and rx(r"\d").search(date.group()) \
                and not rules.filler.sub("", rx(r"^\s*(?:前|以前|之前)").sub("", before[at + 1 + date.end():])).strip():
            return at, date.group().strip("，, ")
    return None


def _parts_open(text: str, end: int) -> int:
    """Where the last 其中 list before ``end`` opens, -1 if none: 其中 at the head of a clause (…12.6公里，
    其中新建护岸8.2公里), not inside one (因其中4名传承人…补交较晚: a reason, no list of parts)."""
    heads = [m.start("open") for m in rx(r"(?:^|[，,；;：:。])\s*(?P<open>其中)").finditer(text, 0, end)]
    return heads[-1] if heads else -1


def _has_figure(clause: str) -> bool:
    """Whether a clause states a figure, past the years it names (完成了2024年度各项工作任务 states none)."""
    return rx(r"\d").search(rx(r"(?:19|20)\d{2}\s*年度?").sub("", clause)) is not None


def _indicator_for(claim: Claim, indicators, names: list[frozenset[str]], project: str | None,
                   exact: bool = False) -> int | None:
    """The indicator a claim answers: the one whose actual stands in the claim's clause, else the
    last indicator of the claim's paragraph for a bare status, else the best match by name
    (``names``: each indicator's words) among the indicators of the claim's project, when the
    claim stands in the report on one (专项预算项目绩效评价报告（法律援助）)."""
    from .nlp import content_words

    rules = _rules()
    named, stated = _named(claim, indicators, project), _stated_by(claim, indicators)
    project_of = {row.id: row.project for row in indicators}
    if named is not None and (stated is None or project_of[named] == project_of[stated]):
        # a target of another project that took the figure stays its (当事人对人民调解满意率95%以上
        # under 项目6, whose target is named 当事人对调解满意率, and not 项目4's 当事人对人民调解满意率)
        return named
    if stated is not None:
        return stated
    if claim.value is None and not claim.subject:
        # 项目目标：80个 / 完成情况：已完成: the status of the indicator stated just before it
        before = [r for r in indicators if claim.block - 2 <= r.block <= claim.block and r.start <= claim.start]
        return before[-1].id if before else None
    if not claim.subject:
        return None
    if exact:  # the indicator whose name ends with the claim's subject, in the claim's unit
        # …or with the subject and the count of it in that unit (集中供养162人 and 集中供养人数,
        # 急难型临时救助236户次 and 急难型临时救助户次)
        ends = tuple(claim.subject + tail for tail in ("", claim.unit or "", (claim.unit or "") + "数", "数", "数量"))
        same = [r.id for r in indicators if r.name.endswith(ends) and r.target_unit == claim.unit]
        if not same:
            # …or that holds the subject, or all its words, in the claim's unit (其中经营管理型128人 and
            # 经营管理型培训人数, 其中食品安全案件231件 and 查办食品安全违法案件), but not a name of the whole
            own = content_words(_canonical(rules, claim.subject))
            same = [r.id for r, name_words in zip(indicators, names) if r.target_unit == claim.unit
                    and (claim.subject in r.name or own and own <= name_words)]
        if not same:
            # …or whose actual is the part's figure, in its unit, under a name that shares its words
            # (其中新能源公交车1,326辆 and 新能源公交车辆运营数, actual 1326辆: jieba cuts 公交车辆 otherwise)
            pairs = _bigrams(_canonical(rules, claim.subject))
            same = [r.id for r in indicators if r.actual_value == claim.value and r.actual_unit == claim.unit
                    and len(pairs & _bigrams(_canonical(rules, r.name))) >= 2]
        return same[0] if len(same) == 1 else None
    # the verb counts too: 校准计量器具 does not answer 强制检定计量器具
    canonical = _canonical(rules, (claim.verb or "") + claim.subject)
    words, pairs = content_words(canonical), _bigrams(canonical)
    all_generic = all(_generic_word(rules, w) for w in words)
    done = _work_verbs(rules, (claim.verb or "") + claim.subject)
    best, best_score = None, 0.0  # of the indicators that match well enough, the best
    for row, name_words in zip(indicators, names):
        if not name_words or not words or project and row.project != project:
            continue
        if claim.unit and not claim.unit.endswith(("%", "％")) and rules.rate_name.search(row.name) \
                and not rules.all_or_in_time.search(claim.text):
            # 登记社会组织21家 does not answer 社会组织规范化管理水平, a level; 46座水库均按期开工 answers
            # 项目开工及时率, the rate of those done in time
            continue
        if _contrasting(rules, (claim.verb or "") + claim.subject, row.name):
            continue  # 城乡居民医疗保险参保39,864人 does not answer 新增城乡居民养老保险参保人数
        if rules.total.search(claim.subject) and rules.added.search(row.name) \
                and not rules.added.search((claim.verb or "") + claim.subject):
            continue  # 农民合作社总数达到1,126家 does not answer 新增家庭农场和农民合作社数量
        shared = words & name_words
        name_pairs = _bigrams(_canonical(rules, row.name))
        if shared and all(_generic_word(rules, w) for w in shared) and not all_generic \
                and not all(_generic_word(rules, w) for w in name_words) \
                and not (pairs & name_pairs) - _bigrams("|".join(shared)):
            # 考核合格率98.5% does not answer 行政执法案卷合格率: each names what its rate is of, and only
            # the measure is the same (not 完工项目验收合格率 and 工程验收合格率, which share 验收 too)
            continue
        score = len(shared) / min(len(words), len(name_words))
        # the same characters in other words (接访案件 and 信访案件, 法治宣传手册 and 法律宣传资料)
        if pairs and name_pairs:
            score = _W_WORDS * score + (1 - _W_WORDS) * len(pairs & name_pairs) / min(len(pairs), len(name_pairs))
        same_unit = not (row.target_unit and claim.unit) or _same_unit(row.target_unit, claim.unit)
        if same_unit and row.target_unit and claim.unit and row.target_unit.startswith(claim.unit + "/") \
                and not rx(r"[均每单]").search(claim.text):
            continue  # 发放创建奖补资金90万元, a total, does not answer a standard per item (万元/家)
        if not same_unit and not _kinds_agree(_unit_kind(row.target_unit), _unit_kind(claim.unit)):
            continue  # 发放救灾物资1260件 does not answer 救灾物资发放时间 (小时), nor 整改1839项 a rate
        if not same_unit:
            score -= 0.3  # 受理法律援助案件526件 may answer 法律援助案件 counted in 人
        elif row.target_unit and claim.unit:
            score += _UNIT_BONUS
        asked = _work_verbs(rules, row.name)
        if done and asked and not done & asked:
            score -= _OTHER_WORK  # 覆盖中小学校42所 does not answer 新建、改扩建中小学校和幼儿园
        if score < _THRESHOLD:
            continue
        if row.project != project:
            score -= _OTHER_PROJECT  # the department's prose claim answers the department's indicator first
        if best is None or score > best_score:
            best, best_score = row.id, score
    if best is None and claim.value is not None and claim.verb and len(claim.verb) >= 2 \
            and rules.all_or_in_time.search(claim.text) and not (claim.unit or "").endswith(("%", "％")):
        # 46座水库均按期开工, 11个按期完工: the count of what was done in time answers the rate of it
        # (项目开工及时率, 校舍维修改造项目完工及时率), which shares its verb but few other words; the one
        # rate of the claim's project that names the verb; not when the sentence states the rate of the
        # count itself, its verb and 率 (受理群众来信来访42件，按期办结42件，按期办结率100%: the rate's own
        # claim answers it), though it does beside a rate worded otherwise (按期完工12个，完工及时率85.7%)
        at = claim.snippet.find(claim.text)
        rest = claim.snippet[at:] if at >= 0 else ""
        rest = rest[:rest.find("。")] if "。" in rest else rest
        rates = [row.id for row in indicators if rules.rate_name.search(row.name)
                 and claim.verb[:2] in row.name and not (project and row.project != project)]
        if len(rates) == 1 and not rx(regex.escape(claim.verb) + r"率\s*(?:为|达到?|是)?\s*\d").search(rest):
            return rates[0]
    kind = _unit_kind(claim.unit) if claim.unit else None
    if best is None and claim.value is not None and kind is not None \
            and not (kind == "percent" and claim.value in (0, 100)):
        # 开展部门联合抽查和本部门抽查2,743户次 answers “双随机、一公开”抽查户次 (完成值 2743户次), though
        # they share few words: the one row of the claim's project whose actual is the claim's figure,
        # in the same measure (为1,128名残疾人提供… and 受益残疾人人数 1128人); a share only when it shares a
        # word with the name too (出厂水水样合格率为90.4% and 出厂水水质达标率 90.4%), as shares repeat more
        # than counts do, and never 100% nor 0, which many rows have
        same = [row.id for row, name_words in zip(indicators, names) if row.source == "table"
                and row.actual_value == claim.value and row.actual_unit
                and (row.actual_unit == claim.unit or {row.actual_unit, claim.unit} <= rules.people_units)
                and not (project and row.project != project)
                and (kind != "percent" or words & name_words or pairs & _bigrams(_canonical(rules, row.name)))]
        if len(same) == 1:
            return same[0]
    return best


def _rate_in_context(claim: Claim, indicators, names: list[frozenset[str]], project: str | None,
                     block_start: int) -> int | None:
    """The indicator a rate named without what it is of answers, among those whose name holds the
    rate: the one its clause names best, from the clause's start (；) or else the sentence's (。) up
    to the rate (租赁补贴按季度足额发放，发放及时率100%: 租赁补贴发放及时率, not the 开工及时率 of the
    clause before; 对贷款创业者开展电话回访，满意度达到96%: 创业者满意度)."""
    at = claim.start - block_start
    kept = [(row, words) for row, words in zip(indicators, names) if claim.subject in row.name]
    if not kept:
        return None
    rows, words = [row for row, _ in kept], [w for _, w in kept]
    for stop in ("；;。", "。"):
        begin = max(claim.snippet.rfind(mark, 0, at) for mark in stop) + 1
        lead = rx(r"[^\p{Han}]+").sub("，", claim.snippet[begin:at])
        if not rx(r"\p{Han}").search(lead):
            continue
        found = _indicator_for(replace(claim, subject=lead + claim.subject), rows, words, project)
        if found is not None:
            return found
    return None


def _contrasting(rules: _Rules, text: str, name: str) -> bool:
    """Whether ``text`` names one kind of a group of kinds that exclude each other (医疗保险 and 养老保险)
    and ``name`` another of that group, but not the text's own."""
    for group in rules.contrasts:
        own = [kind for kind in group if kind.search(text)]
        other = [kind for kind in group if kind.search(name)]
        if own and other and not set(own) & set(other):
            return True
    return False


def _generic_word(rules: _Rules, word: str) -> bool:
    """Whether a word only says how something was measured or that it was done (合格率, 满意度, 人数,
    面积; 完成, 达到), never what."""
    return bool(rules.rate_name.search(word) or rules.measure_name.search(word)) \
        or word in rules.outcome_verbs or word in rules.coverbs


def _named(claim: Claim, indicators, project: str | None) -> int | None:
    """The indicator the claim names in full (家长满意度为88.70% and 家长满意度, 补助资金拨付及时率95% and
    补助资金拨付及时率), in a measure that may be its: before any indicator whose actual took the claim's
    figure (a prose target may take the next figure of its sentence, 高血压患者规范管理率 that of
    2型糖尿病患者规范管理率) or that shares most words with it; of the claim's project first."""
    subject = rx(r"[\s\u3000]+").sub("", claim.subject or "")
    if not subject or claim.value is None:
        return None
    same = [row for row in indicators if rx(r"[\s\u3000]+").sub("", row.name) == subject
            and (not row.target_unit or not claim.unit
                 or _kinds_agree(_unit_kind(row.target_unit), _unit_kind(claim.unit)))]
    ours = [row for row in same if row.project == project] or same
    return ours[0].id if ours and len({row.project for row in ours}) == 1 else None


def _same_unit(unit: str, other: str) -> bool:
    """Whether two units count the same, one the start of the other (件 and 件数), but not times
    against what is counted (实施医疗救助46.8万人次 does not answer 医疗救助资助参保人数 in 万人)."""
    short, long = sorted((unit, other), key=len)
    return long.startswith(short) and not (long != short and long[len(short):].startswith("次"))


def _stated_by(claim: Claim, indicators) -> int | None:
    """The indicator whose actual is the claim's clause (实际完成1320户 of 农村户厕改造), if any."""
    stated = [row for row in indicators if row.actual_text and row.actual_text in claim.snippet
              and claim.text and claim.text in row.actual_text]
    for row in stated:
        if row.block == claim.block:
            return row.id
    if claim.value is not None and len(stated) == 1 and stated[0].actual_value == claim.value:
        # a paragraph of targets whose outcomes a later paragraph states (安全生产执法检查不少于600家次; …
        # 全年累计检查生产经营单位612家次): the row's block is its target's; one row only, as the same
        # outcome may be written under several projects (工作完成及时率已达到100%), and its actual figure
        return stated[0].id
    return None


def _work_verbs(rules: _Rules, words: str) -> frozenset[str]:
    """The verbs of work in ``words`` (新建, 发放, 审核认定), not those of an outcome (完成, 达到)
    nor those that lead another (组织开展)."""
    return frozenset(m.group() for m in rules.verbs.finditer(words)
                     if m.group() not in rules.outcome_verbs and m.group() not in rules.coverbs)


# how a claim's words and an indicator's name are weighed: their words, and the pairs of characters
# they share; a claim in the indicator's unit counts a little more; below the threshold, no link
_W_WORDS, _UNIT_BONUS, _THRESHOLD = 0.5, 0.15, 0.6
# a claim of other work than the indicator names (纳入 and 保障), and an indicator of another project
# than the claim's (a project table's row against the department's prose) count less
_OTHER_WORK, _OTHER_PROJECT = 0.2, 0.1


_NO_UNIT = {"其他", "定性", "无", "/"}  # 度量单位 cells that name no measure
_DURATION = regex.compile(r"(?:个?工作日|个?小时|分钟|天|日|周|个?月|年)$")


def _unit_kind(unit: str, fine: bool = True) -> str | None:
    """What a unit measures, roughly: a share, a time, money, a physical measure (area, length …),
    people, sessions, or a count of anything (None: 其他, 定性); not ``fine``, every count alike."""
    if unit in _NO_UNIT:
        return None
    if unit.endswith(("%", "％")):
        return "percent"
    if _DURATION.search(unit):
        return "duration"
    if unit.endswith("元"):
        return "money"
    if not fine:
        return "count"
    return next((kind for kind, pattern in _rules().unit_kinds if pattern.search(unit)), "count")


_COUNTABLE = {"count", "people", "sessions"}  # a bare count (个, 件, 次) may be of people or of sessions


def _kinds_agree(kind: str | None, other: str | None) -> bool:
    """Whether figures in units of these kinds may count the same thing: the same kind, a unit that
    names no measure, or a bare count against people or sessions (not 人次 against 期, nor 处 against
    万平方米)."""
    return kind is None or other is None or kind == other or "count" in (kind, other) and {kind, other} <= _COUNTABLE


def _canonical(rules: _Rules, text: str) -> str:
    """``text`` with each near-synonym written as the first of its group (法治宣传手册: 法律宣传资料), so
    that a claim and the indicator it answers match though the report words them differently."""
    return rules.synonyms.sub(lambda m: rules.synonym_of[m.group()], text) if rules.synonym_of else text


@lru_cache(maxsize=20_000)
def _bigrams(text: str) -> frozenset[str]:
    """The pairs of Chinese characters side by side in ``text``."""
    han = rx(r"[^\p{Han}]+").sub("|", text)
    return frozenset(han[i:i + 2] for i in range(len(han) - 1) if "|" not in han[i:i + 2])
