"""Performance indicators: from indicator tables and from prose.

A table is read by its header row, found by the vocabulary of ``patterns/indicators.toml``
(一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分, in any order,
with columns missing or added); 一级/二级 cells left blank under a merge are filled down, a table
continued on the next PDF page goes on with its header and project, and its 合计 row and the
score of its 预算执行情况 line are kept as the totals the table declares.

In prose, a target is a figure with an operator (``法律援助案件数>=4000件``: the quantities stage
reads the operator), named by the words before it; the figure reported after it in the same
item (``2021年共办理法律援助案件4521件``) is its actual.  Level words (数量指标, 产出指标) are found
by the spaCy pipeline's SpanRuler (``pipeline/nlp.py``).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from itertools import takewhile, zip_longest
from collections.abc import Iterator
from typing import Any, NamedTuple

import regex

from . import patterns
from .broken_cells import LIST_NUMBER, continues_last_cell, table_above
from .clean import LIST_MARKER, clause_start
from .metadata import attached_projects, report_project
from .model import Document, plain_dict
from .patterns import rx
from .quantities import QuantityFact, find_quantities, parse_chinese_number
from .readers.pdf_reader import PAGE_NUMBER

_NUMBER = regex.compile(r"[-+]?\d+(?:\.\d+)?")
_CLAUSE_END = regex.compile(r"[，。；;]|,(?!\d{3})")  # not the thousands comma of 3,260人次
_SENTENCE_END = regex.compile(r"[。；;]")
# a figure with thousands separators (8,260亩) read whole; others as _NUMBER
_GROUPED_NUMBER = regex.compile(r"[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|[-+]?\d+(?:\.\d+)?")
# a level cell's weight: 产出指标（30分）, or a bare figure in brackets at its end (决策(20))
_SCORE_IN_CELL = regex.compile(r"[（(]\s*\d+(?:\.\d+)?\s*(?:分\s*[)）]|[)）]\s*$)")


@dataclass(frozen=True)
class IndicatorRow:
    """A performance indicator with its target, what was achieved, and where it stands."""

    id: int
    project: str | None
    project_code: str | None
    level1: str | None
    level2: str | None
    level3: str | None
    name: str
    operator: str | None  # ≥ ≤ = > < 定性
    target_value: Decimal | None
    target_unit: str | None
    target_text: str | None
    actual_value: Decimal | None
    actual_unit: str | None
    actual_text: str | None
    weight: Decimal | None
    score: Decimal | None
    met: bool | None
    source: str  # table | prose
    block: int
    section: int | None
    page: int | None
    row: int | None
    start: int  # the row's, or the target's, span in Document.text
    end: int
    snippet: str

    def as_dict(self) -> dict[str, Any]:
        return plain_dict(self)


@dataclass(frozen=True)
class IndicatorTotal:
    """What a table declares about itself: its 合计 row, or the score of its 预算执行情况 line."""

    project: str | None
    kind: str  # 合计 | 预算执行情况
    weight: Decimal | None
    score: Decimal | None
    block: int
    page: int | None
    row: int
    start: int
    end: int

    def as_dict(self) -> dict[str, Any]:
        return plain_dict(self)


@dataclass(frozen=True)
class _Rules:
    columns: list[tuple[str, regex.Pattern[str]]]
    min_columns: int
    project_label: regex.Pattern[str]
    project_code: regex.Pattern[str]
    project_title: regex.Pattern[str]
    project_head_gap: regex.Pattern[str]
    project_code_label: regex.Pattern[str]
    project_code_line: regex.Pattern[str]
    project_name_line: regex.Pattern[str]
    project_name_cells: regex.Pattern[str]
    project_head_line: regex.Pattern[str]
    scoring_rule: regex.Pattern[str]
    interim_title: regex.Pattern[str]
    deduction: regex.Pattern[str]
    item_points: regex.Pattern[str]
    compared_period: regex.Pattern[str]
    run_in_title: regex.Pattern[str]
    measure_title: regex.Pattern[str]
    group_title: regex.Pattern[str]
    part_score: regex.Pattern[str]
    change: regex.Pattern[str]
    change_name: regex.Pattern[str]
    basis_before: regex.Pattern[str]
    basis_after: regex.Pattern[str]
    goal_list_lead: regex.Pattern[str]
    plan_lead: regex.Pattern[str]
    plan_done: regex.Pattern[str]
    total_row: regex.Pattern[str]
    stop_row: regex.Pattern[str]
    section_row: regex.Pattern[str]
    budget_line: regex.Pattern[str]
    budget_total: regex.Pattern[str]
    target_in_text: regex.Pattern[str]
    deadline: regex.Pattern[str]
    word_bound: regex.Pattern[str]
    bound_held: regex.Pattern[str]
    ratio: regex.Pattern[str]
    level_pair: regex.Pattern[str]
    level_name: regex.Pattern[str]
    name_value: regex.Pattern[str]
    target_actual: regex.Pattern[str]
    target_actual_bracket: regex.Pattern[str]
    target_actual_header: regex.Pattern[str]
    target_actual_slash: regex.Pattern[str]
    trailing_unit: regex.Pattern[str]
    bracket_unit: regex.Pattern[str]
    operators: dict[str, str]
    context: regex.Pattern[str]
    reported: regex.Pattern[str]
    reached: regex.Pattern[str]
    margin: regex.Pattern[str]
    level_end: regex.Pattern[str]
    target_section: regex.Pattern[str]
    aimed_period: regex.Pattern[str]
    outcome_section: regex.Pattern[str]
    verdict: regex.Pattern[str]
    rate_stem: regex.Pattern[str]
    share: regex.Pattern[str]
    zero: regex.Pattern[str]
    owner: regex.Pattern[str]
    compound: regex.Pattern[str]
    target_label: regex.Pattern[str]
    plan_label: regex.Pattern[str]
    label_opens: regex.Pattern[str]
    bullet_level: regex.Pattern[str]
    note: regex.Pattern[str]
    title_line: regex.Pattern[str]
    compared_after: regex.Pattern[str]
    name_suffix: regex.Pattern[str]
    name_points: regex.Pattern[str]
    points_clause: regex.Pattern[str]
    measure_name: regex.Pattern[str]
    figure_in_name: regex.Pattern[str]
    compared: regex.Pattern[str]
    compared_beaten: regex.Pattern[str]
    compared_verb: regex.Pattern[str]
    kind_label: regex.Pattern[str]
    target_label_item: regex.Pattern[str]
    name_lead: regex.Pattern[str]
    target_verb: regex.Pattern[str]
    condition: regex.Pattern[str]
    grade_bound: regex.Pattern[str]
    points: regex.Pattern[str]
    frequency: regex.Pattern[str]
    per_unit: regex.Pattern[str]
    periods: dict[str, str]
    project_heading: regex.Pattern[str]
    project_name_heading: regex.Pattern[str]
    project_report_heading: regex.Pattern[str]
    level_title: regex.Pattern[str]
    framework_level1: regex.Pattern[str]
    planned: regex.Pattern[str]
    called_target: regex.Pattern[str]
    share_of_plan: regex.Pattern[str]
    name_around: regex.Pattern[str]
    ceiling_called: regex.Pattern[str]
    held_within: regex.Pattern[str]
    bound_held_said: regex.Pattern[str]
    bound_held_level: regex.Pattern[str]
    actual_mark: regex.Pattern[str]
    within_after: regex.Pattern[str]
    name_tail: regex.Pattern[str]
    level_scored: regex.Pattern[str]
    done_in_full: regex.Pattern[str]
    goal_name: regex.Pattern[str]
    goal: regex.Pattern[str]
    goal_status: regex.Pattern[str]
    labelled_row: regex.Pattern[str]
    qualitative: list[regex.Pattern[str]]
    level1: frozenset[str]
    level2: frozenset[str]
    level1_only: frozenset[str]
    met: tuple[str, ...]
    gain: regex.Pattern[str]
    not_met: tuple[str, ...]
    unsettled: tuple[str, ...]
    partial: regex.Pattern[str]
    rule_missed: regex.Pattern[str]
    met_all: regex.Pattern[str]
    qualitative_short: regex.Pattern[str]
    flawed: regex.Pattern[str]
    hedged: regex.Pattern[str]
    part_done: regex.Pattern[str]
    strong_degree: regex.Pattern[str]
    slight_degree: regex.Pattern[str]
    reached_to: regex.Pattern[str]
    words: dict[str, Any]  # targets in words: [prose.words]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    t = patterns.load("indicators")
    prose = t["prose"]

    def compiled(table: dict, field: str) -> regex.Pattern[str]:
        return patterns.compile_pattern("indicators", table, field)

    return _Rules(
        columns=[(e["id"], compiled(e, "pattern")) for e in patterns.entries("indicators", "column", ("id", "pattern"))],
        min_columns=int(t["table"]["min_columns"]),
        project_label=compiled(t["project"], "label"),
        project_code=compiled(t["project"], "code"),
        project_title=compiled(t["project"], "title"),
        project_head_gap=compiled(t["project"], "head_gap"),
        project_code_label=compiled(t["project"], "code_label"),
        project_code_line=compiled(t["project"], "code_line"),
        project_name_line=compiled(t["project"], "name_line"),
        project_name_cells=compiled(t["project"], "name_cells"),
        project_head_line=compiled(t["project"], "head_line"),
        scoring_rule=compiled(t["rows"], "scoring_rule"),
        interim_title=compiled(t["interim"], "title"),
        deduction=compiled(prose, "deduction"),
        item_points=compiled(prose, "item_points"),
        compared_period=compiled(prose, "compared_period"),
        run_in_title=compiled(prose, "run_in_title"),
        measure_title=compiled(prose, "measure_title"),
        group_title=compiled(prose, "group_title"),
        part_score=compiled(prose, "part_score"),
        change=compiled(prose, "change"),
        change_name=compiled(prose, "change_name"),
        basis_before=compiled(prose, "basis_before"),
        basis_after=compiled(prose, "basis_after"),
        goal_list_lead=compiled(prose, "goal_list_lead"),
        plan_lead=compiled(prose, "plan_lead"),
        plan_done=compiled(prose, "plan_done"),
        total_row=compiled(t["rows"], "total"),
        stop_row=compiled(t["rows"], "stop"),
        section_row=compiled(t["rows"], "section"),
        budget_line=compiled(t["rows"], "budget_line"),
        budget_total=compiled(t["rows"], "budget_total"),
        target_in_text=compiled(t["table"]["in_text"], "target"),
        deadline=compiled(t["table"]["deadline"], "pattern"),
        word_bound=compiled(t["table"]["word_bound"], "pattern"),
        bound_held=compiled(t["table"]["word_bound"], "held"),
        ratio=compiled(t["table"]["ratio"], "pattern"),
        level_pair=compiled(t["table"]["level_pair"], "pattern"),
        level_name=compiled(t["table"]["level_name"], "pattern"),
        name_value=compiled(t["table"]["name_value"], "pattern"),
        target_actual=compiled(t["table"]["target_actual"], "pattern"),
        target_actual_bracket=compiled(t["table"]["target_actual_more"], "bracket"),
        target_actual_header=compiled(t["table"]["target_actual_more"], "header"),
        target_actual_slash=compiled(t["table"]["target_actual_more"], "slash"),
        trailing_unit=compiled(t["table"]["trailing_unit"], "pattern"),
        bracket_unit=compiled(t["table"]["bracket_unit"], "pattern"),
        operators=dict(t["operators"]),
        context=compiled(prose, "context"),
        reported=compiled(prose, "reported"),
        reached=compiled(prose, "reached"),
        margin=compiled(prose, "margin"),
        level_end=compiled(prose, "level_end"),
        target_section=compiled(prose, "target_section"),
        aimed_period=compiled(prose, "aimed_period"),
        outcome_section=compiled(prose, "outcome_section"),
        verdict=compiled(prose, "verdict"),
        rate_stem=compiled(prose, "rate_stem"),
        share=compiled(prose, "share"),
        zero=compiled(prose, "zero"),
        owner=compiled(prose["words"], "owner"),
        compound=compiled(prose, "compound"),
        target_label=compiled(prose, "target_label"),
        plan_label=compiled(prose, "plan_label"),
        label_opens=compiled(prose, "label_opens"),
        bullet_level=compiled(prose, "bullet_level"),
        note=compiled(prose, "note"),
        title_line=compiled(prose, "title_line"),
        compared_after=compiled(prose, "compared_after"),
        name_suffix=compiled(prose, "name_suffix"),
        name_points=compiled(prose, "name_points"),
        points_clause=compiled(prose, "points_clause"),
        measure_name=compiled(prose, "measure_name"),
        figure_in_name=compiled(prose, "figure_in_name"),
        compared=compiled(prose, "compared"),
        compared_beaten=compiled(prose, "compared_beaten"),
        compared_verb=compiled(prose, "compared_verb"),
        kind_label=compiled(prose, "kind_label"),
        target_label_item=compiled(prose, "target_label_item"),
        name_lead=compiled(prose, "name_lead"),
        target_verb=compiled(prose, "target_verb"),
        condition=compiled(prose, "condition"),
        grade_bound=compiled(prose, "grade_bound"),
        points=compiled(prose, "points"),
        frequency=compiled(prose["frequency"], "pattern"),
        per_unit=compiled(prose, "per_unit"),
        periods=dict(prose["frequency"]["periods"]),
        project_heading=compiled(prose, "project_heading"),
        project_name_heading=compiled(prose, "project_name_heading"),
        project_report_heading=compiled(prose, "project_report_heading"),
        level_title=compiled(prose, "level_title"),
        framework_level1=compiled(prose, "framework_level1"),
        planned=compiled(prose, "planned"),
        called_target=compiled(prose, "called_target"),
        share_of_plan=compiled(prose, "share_of_plan"),
        name_around=compiled(prose, "name_around"),
        ceiling_called=compiled(prose, "ceiling_called"),
        held_within=compiled(prose, "held_within"),
        bound_held_said=compiled(prose, "bound_held_said"),
        bound_held_level=compiled(prose, "bound_held_level"),
        actual_mark=compiled(prose, "actual_mark"),
        within_after=compiled(prose, "within_after"),
        name_tail=compiled(prose, "name_tail"),
        level_scored=compiled(prose, "level_scored"),
        done_in_full=compiled(prose, "done_in_full"),
        goal_name=compiled(prose, "goal_name"),
        goal=compiled(prose, "goal"),
        goal_status=compiled(prose, "goal_status"),
        labelled_row=compiled(prose, "labelled_row"),
        qualitative=[patterns.compile_pattern("indicators", {"id": "qualitative", "pattern": p}) for p in prose["qualitative"]],
        level1=frozenset(t["spans"]["level1"]),
        level2=frozenset(t["spans"]["level2"]),
        level1_only=frozenset(t["spans"]["level1_only"]),
        met=tuple(t["status"]["met"]),
        gain=compiled(t["status"], "gain"),
        not_met=tuple(t["status"]["not_met"]),
        unsettled=tuple(t["status"]["unsettled"]),
        partial=compiled(t["status"], "partial"),
        rule_missed=compiled(t["status"], "rule_missed"),
        met_all=compiled(t["status"], "met_all"),
        qualitative_short=compiled(t["status"], "qualitative_short"),
        flawed=compiled(t["status"], "flawed"),
        hedged=compiled(t["status"], "hedged"),
        part_done=compiled(t["status"], "part_done"),
        strong_degree=compiled(t["status"], "strong_degree"),
        slight_degree=compiled(t["status"], "slight_degree"),
        reached_to=compiled(t["status"], "reached_to"),
        words={k: (v if isinstance(v, int) else compiled(prose["words"], k)) for k, v in prose["words"].items()},
    )


def extract_indicators(doc: Document) -> Document:
    """Stage: indicators and table totals, into ``doc.facts['indicators']`` and
    ``doc.facts['indicator_totals']``."""
    rules = _rules()
    rows: list[IndicatorRow] = []
    totals: list[IndicatorTotal] = []
    # the project of a 项目支出绩效评价报告, where no part names another: read once, for tables and prose
    whole_report = _report_project(doc, rules)
    _tables(doc, rules, rows, totals, whole_report)
    _budget_lines(doc, rules, totals, whole_report)
    _summary_lines(doc, rules, totals, whole_report)
    totals.sort(key=lambda t: (t.start, t.end))
    _prose(doc, rules, rows, whole_report)
    rows.sort(key=lambda r: (r.start, r.end))
    if doc.title and rules.interim_title.search(_clean(doc.title)):
        rows = [_so_far(r) for r in rows]
    doc.facts["indicators"] = [_renumbered(r, i) for i, r in enumerate(rows)]
    doc.facts["indicator_totals"] = totals
    return doc


def _so_far(row: IndicatorRow) -> IndicatorRow:
    """In a report on part of the year: a count reported below the year's ≥ target is not missed
    yet (met open); rates and levels keep their verdict."""
    if row.met is False and row.operator in ("≥", ">") and row.target_unit != "%" \
            and row.actual_value is not None and row.target_value is not None and row.actual_value < row.target_value:
        return dataclasses.replace(row, met=None)
    return row


def _renumbered(row: IndicatorRow, i: int) -> IndicatorRow:
    return row if row.id == i else IndicatorRow(**{**row.__dict__, "id": i})


# -- tables ---------------------------------------------------------------------------------------

def _clean(text: str) -> str:
    return rx(r"[\s\u3000]+").sub("", text)


@dataclass
class _TableState:
    """What reading a table has learnt so far; a part on a later page goes on with it."""

    project: str | None = None
    code: str | None = None
    columns: dict[str, int] | None = None  # role -> column
    width: int = 0
    level1: str | None = None
    level2: str | None = None
    budget_columns: dict[str, int] | None = None  # 权重, 得分 of a 预算执行情况 line
    target_with_actual: bool = False  # the 指标值 column's header names the 完成值 too (指标值/完成值)
    done: bool = False  # the indicators ended (合计, 评价结论 …)
    labelled: bool = False  # the project is that of a 项目名称 row
    section_marker: str | None = None  # the list-number style of first-level section rows (一、)
    header_cells: list[int] | None = None  # the columns of the indicators' header's own cells
    budget_cells: list[int] | None = None  # …and of the 预算执行情况 line's header


def _roles(rules: _Rules, texts: list[str]) -> dict[str, int]:
    roles: dict[str, int] = {}
    for col, text in enumerate(texts):
        for role, pattern in rules.columns:
            if text and pattern.search(text):
                roles.setdefault(role, col)
                break
    return roles


def _tables(doc: Document, rules: _Rules, rows: list[IndicatorRow], totals: list[IndicatorTotal],
            whole_report: str | None) -> None:
    states: dict[int, _TableState] = {}
    projects = attached_projects(doc)
    for block in doc.blocks:
        if not block.rows:
            continue
        state = states.get(block.table)
        if state is None and (going_on := _goes_on_from(doc, rules, block, states)) is not None:
            state = states[block.table] = going_on  # the rest of the table above, no header of its own
        if state is None:
            # until a 项目名称 row says otherwise: the project its title names, the attached report's,
            # the section's (（一）森林草原防灭火专项资金), else the report's
            named = _name_line(doc, rules, block)
            state = states[block.table] = _TableState(
                project=named or _titled_project(doc, rules, block, states)
                or projects.get(block.section)
                or _project_of(rules, _headings(doc, block)) or whole_report,
                code=_code_line(doc, rules, block),
                # a table under a 项目名称 line is the head of that project's 自评表 as one with a
                # 项目名称 row is (its 预算执行情况 part, the indicators a table of their own below)
                labelled=named is not None)
            before = doc.blocks[block.index - 1] if block.index else None
            if before is not None and before.rows and before.page is not None and block.page == before.page + 1:
                # a 自评表 whose 项目名称 ended the page before, as a table of another width
                previous_state = states[before.table]
                state.project, state.code = previous_state.project, previous_state.code
                state.budget_columns = previous_state.budget_columns
            elif (head := _head_above(doc, rules, block, states)) is not None:
                # the 项目名称 part of the same 自评表, a table of its own just above
                state.project, state.code, state.labelled = head.project, head.code, True
        carried = _carried_levels(doc, block, states)
        if carried is not None and (above := _table_above(doc, block, states)) is not None and above.project:
            state.project, state.code = above.project, above.code  # the same table's project
        previous: list[str] | None = None
        budget_header: int | None = None  # the row of this block that named a 预算执行情况 line's columns
        header: int | None = None  # the row of this block that named the indicators' columns
        last: tuple[int, list[str], Any, int] | None = None  # the row that gave the last indicator: r, texts, cells, index
        first_row = len(rows)  # this block's first indicator
        for r, row in enumerate(block.rows):
            texts = [_clean(c.text) for c in row]
            first = next((t for t in texts if t), "")
            if rules.project_label.match(first):
                value = next((t for t in texts[1:] if t), "")
                m = rules.project_code.match(value)
                state.project, state.code = (value[m.end():] or None, m.group("code")) if m else (value or None, None)
                label = next((c for c, t in enumerate(texts) if rules.project_code_label.match(t)), None)
                if state.code is None and label is not None:
                    state.code = next((t for t in texts[label + 1:] if t), None)  # … | 项目编码 | 640200…
                state.columns, state.done, state.labelled = None, False, True
                continue
            roles = _roles(rules, texts)
            if {"weight", "score"} <= roles.keys() and (rules.budget_line.match(first) or not {"level1", "level3"} & roles.keys()):
                # 预算执行情况 | … | 权重 | 得分, or | 年初预算数 | … | 执行率 | 权重 | 得分 over a 预算执行情况 row
                state.budget_columns = {k: roles[k] for k in ("weight", "score")}
                state.budget_cells = _own_cells(row)
                budget_header = r
            if (len(roles) >= rules.min_columns or _levels_under_scores(rules, previous, roles)) \
                    and ("level3" in roles or "level1" in roles or "levels" in roles):
                width, header_cells = len(texts), _own_cells(row)
                if previous is not None and not {"weight", "score"} & roles.keys():
                    spanned = _levels_under_span(rules, previous, texts, header_cells, roles)
                    if spanned is not None:
                        # 评价指标 | 分值 | … over 一级指标 | 二级指标 | 三级指标 and nothing else
                        roles, width = spanned
                        header_cells = list(range(width))
                    else:
                        roles = _header_above(rules, previous, texts, roles)  # 绩效指标 | 指标分值 | … above 一级指标 | …
                state.columns, state.width, state.done = roles, width, False
                state.header_cells = header_cells
                state.target_with_actual = "actual" not in roles and bool(
                    rules.target_actual_header.search(_at(texts, roles.get("target"))))
                state.level1 = state.level2 = state.section_marker = None
                if r == 0 and carried is not None:
                    state.level1, state.level2 = carried  # the header repeated over a page's rows
                previous, header = texts, r
                continue
            if header == r - 1 and state.columns is not None:
                sub = _aligned_sub_header(rules, row, texts, roles, state)
                if sub is not None:
                    # 评价情况 over 目标值 | 实际完成值: the header's second row names the columns a
                    # cell of the first spans
                    for role, col in sub.items():
                        state.columns.setdefault(role, col)
                    continue
            previous = texts
            if state.budget_columns and (any(rules.budget_total.match(t) for t in texts[:3])
                                         or budget_header == r - 1 and _unlabelled_figures(texts, state.budget_columns)):
                # its 总额 row, or the one row of figures right under its header, with no label
                # (预算执行情况 | 全年预算数 | … | 权重 | 得分 over  | 1,000.00 | 960.40 | 96.04% | 10 | 9.6)
                texts = _right_aligned(row, texts, state.budget_cells)
                weight, score = (_decimal(_at(texts, state.budget_columns[k])) for k in ("weight", "score"))
                totals.append(IndicatorTotal(state.project, "预算执行情况", weight, score, block.index, block.page, r,
                                             row[0].start, row[-1].end))
                state.budget_columns = None
                continue
            if state.columns is None or state.done:
                continue
            if rules.total_row.match(first):
                totals.append(_total(state, texts, block, r, row))
                state.done = True
                continue
            if rules.stop_row.match(first):
                state.done = True
                continue
            # a short row's cells under the last columns (a 合计 row above reads its lost cells itself)
            texts = _right_aligned(row, texts, state.header_cells)
            if _section_row(rules, state, texts):
                continue
            if _budget_row(rules, state, texts):
                # 预算执行情况 | 100% | 96.42% | 10 | 9.64 among the indicators, under their 分值 and 得分
                totals.append(IndicatorTotal(
                    state.project, "预算执行情况", _decimal(_at(texts, state.columns["weight"])),
                    _decimal(_at(texts, state.columns["score"])), block.index, block.page, r, row[0].start, row[-1].end))
                continue
            if last is not None and last[0] == r - 1 and _continuation(state, texts):
                # a row broken over two lines (PDF text): the rest of its cells' words
                merged = [a + b for a, b in zip_longest(last[1], texts, fillvalue="")]
                indicator = _table_row(rules, doc, state, merged, block, r - 1, last[2])
                if indicator is not None:
                    rows[last[3]] = IndicatorRow(**{**indicator.__dict__, "end": row[-1].end})
                    last = (r, merged, last[2], last[3])
                continue
            indicator = _table_row(rules, doc, state, texts, block, r, row)
            if indicator is not None:
                rows.append(indicator)
                last = (r, texts, row, len(rows) - 1)
        if carried is None:
            _level1_centred(state, rows, first_row)


# a page's number as its footer prints it: — 5 —, -5-, 第5页
def _is_page_footer(text: str) -> bool:
    """A block that is only a page's footer (— 12 —, 第12页, 12 / 30), as the PDF reader knows them."""
    return PAGE_NUMBER.match(text.strip()) is not None


def _table_above(doc: Document, block, states: dict[int, _TableState]) -> _TableState | None:
    """The state of the table right above a block, a page's footer between at most."""
    k = block.index - 1
    while k > 0 and not doc.blocks[k].rows and _is_page_footer(doc.blocks[k].text):
        k -= 1
    return states.get(doc.blocks[k].table) if k >= 0 and doc.blocks[k].rows else None


# the end of a sentence: a cell's paragraph ends so, a table's title or its 单位 line does not
_ENDS_SENTENCE = regex.compile(r"[。；;！？]\s*$")


def _first_text(block) -> str:
    """A block's text, or the text of the first cell of a table's first row."""
    return block.rows[0][0].text if block.rows else block.text


def _runs_into(doc: Document, block) -> bool:
    """A numbered line that is the first lines of a cell a web page's table broke over lines, its
    row going on in the table after it (1.在崂山湾…新建人工鱼礁区； over a table whose first cell
    goes on 2.建设海底视频在线监测点位…): the lines after it go on with its numbers into that table's
    first cell."""
    k, number = block.index, None
    while k < len(doc.blocks):
        m = LIST_NUMBER.match(_first_text(doc.blocks[k]))
        if m is None or number is not None and int(m.group(1)) != number + 1:
            return False
        if doc.blocks[k].rows:
            return number is not None
        number, k = int(m.group(1)), k + 1
    return False


def _goes_on_from(doc: Document, rules: _Rules, block, states: dict[int, _TableState]) -> _TableState | None:
    """The state of the table a block of rows with no header of its own goes on with: the table
    right above, its indicators not ended (no 合计 yet), with nothing between but a page's footer or
    the lines a cell broke over (a web page's cell of two paragraphs copied as two lines: the second
    one ends the table's part above as a paragraph of its own, and the rows below it come as a table
    with no header: 接待入境游客人次 | ≥80万人次 | … under 全市旅游总收入增长率 | … | 国际航线恢复较慢…。 /
    下一步将加密国际航线…。).  None for any other block."""
    texts = [_clean(c.text) for c in block.rows[0]]
    first = next((t for t in texts if t), "")
    if len(_roles(rules, texts)) >= 2 or rules.project_label.match(first) or rules.total_row.match(first):
        return None
    k, between, sections = block.index - 1, 0, set()
    while k > 0 and not doc.blocks[k].rows:
        text = doc.blocks[k].text.strip()
        if not _is_page_footer(text):
            # a numbered line is a heading of its own, unless its number goes on from the last
            # one of the cell above (1.部分工程变更签证资料不完整； over 2.个别片区…不规范。): then
            # the section it opened is no section, and the rows below it are still the table's
            if between >= 2 or len(text) > 200 or not _ENDS_SENTENCE.search(text):
                return None
            if LIST_MARKER.match(text):
                if not continues_last_cell(doc, doc.blocks[k]):
                    return None
                sections.add(doc.blocks[k].section)
            between += 1
        k -= 1
    state = states.get(doc.blocks[k].table) if k >= 0 and doc.blocks[k].rows else None
    if state is None or state.columns is None or state.done or "level3" not in state.columns:
        return None
    if between and (block.section not in sections | {doc.blocks[k].section} or doc.blocks[k].page != block.page):
        return None
    return state


def _carried_levels(doc: Document, block, states: dict[int, _TableState]) -> tuple[str | None, str | None] | None:
    """The levels the rows at the top of a table go on with when it is the rest of the table right
    above it, cut at a page's end and its header printed again (一级指标 二级指标 … over 田间道路通达度
    3 ≥90% …, the 产出 / 产出质量 block begun on the page before): the same header, the table above
    not ended by a 合计 row.  None for a table of its own."""
    if not block.index or not block.rows:
        return None
    k = block.index - 1
    while k > 0 and not doc.blocks[k].rows and _is_page_footer(doc.blocks[k].text):
        k -= 1  # the page's footer between (— 5 —), where the reader kept it
    before = doc.blocks[k]
    state = states.get(before.table)
    if not before.rows or before.table == block.table or state is None or state.done or state.columns is None:
        return None
    if [_clean(c.text) for c in before.rows[0]] != [_clean(c.text) for c in block.rows[0]]:
        return None
    return state.level1, state.level2


def _level1_centred(state: _TableState, rows: list[IndicatorRow], begin: int) -> None:
    """The first rows of a table with no 一级指标 take the one printed below them.  Copied out of a
    PDF viewer, a merged 一级指标 cell comes out on the line where its vertically centred text
    stands, the middle row of its block (产出指标 on the 4th of 7 rows), not the first; rows
    above every 一级指标 of the table are that first block's.  (Further down, a centred cell
    cannot be told from the block above it, whose level the rows take.)"""
    if not state.columns or "level1" not in state.columns:
        return
    first = next((k for k in range(begin, len(rows)) if rows[k].level1), None)
    if first is None or first == begin:
        return
    for k in range(begin, first):
        rows[k] = dataclasses.replace(rows[k], level1=rows[first].level1)


def _copied_lines(doc: Document) -> Iterator[tuple[Any, list[str] | None]]:
    """The lines of the text outside tables as the source has them, each split at its spaces (a
    table's head copied out of a PDF viewer: cells one space apart), with the block it stands in;
    None at a table, past which no line of names above heads anything."""
    for block in doc.blocks:
        if block.rows:
            yield block, None
            continue
        start, end = doc.offsets.span_to_source(block.start, block.end)
        for line in doc.source.text[start:end].splitlines():
            if cells := line.split():
                yield block, cells


def _budget_lines(doc: Document, rules: _Rules, totals: list[IndicatorTotal], whole_report: str | None) -> None:
    """The 预算执行情况 line of a 自评表 whose head came as lines of text, its cells one space apart
    (copied out of a PDF viewer), not as a table: a line of column names with 分值 and 得分
    (`年初预算数 全年预算数 全年执行数 分值 执行率 得分`), then the 总额 line of figures under them
    (`年度资金总额 2,350.00 2,486.50 2,421.37 10 97.38% 9.74`), its figures the header's last
    columns.  The project is the head's 项目名称 line above."""
    header: list[str] | None = None
    # the column names of the lines of words just above, when the header came scrambled over
    # several lines (`年初预算数 全年预算数 全年执行数 执行率` / `资金来源 分值 得分` / `（A） （B） （B/A）`)
    names: list[str] = []
    for block, cells in _copied_lines(doc):
        if cells is None:
            header, names = None, []
            continue
        roles = _roles(rules, cells)
        if {"weight", "score"} <= roles.keys() and not {"level1", "level2", "level3", "levels"} & roles.keys() \
                and all(not _FIGURE_CELL.fullmatch(c) for c in cells):
            header = cells
            names.extend(cells)
            continue
        if header is not None and rules.budget_total.match(cells[0]) \
                and len(cells) - 1 >= len(header) and all(_FIGURE_CELL.fullmatch(c) or c in "—-/"
                                                         for c in cells[1:]):
            figures = cells[len(cells) - len(header):]
            roles = _roles(rules, header)
            weight, score = (_decimal(figures[roles[k]]) for k in ("weight", "score"))
            if len(names) > len(header) and (scrambled := _scrambled_points(cells[1:])) is not None:
                weight, score = scrambled
            totals.append(IndicatorTotal(_name_line(doc, rules, block) or whole_report, "预算执行情况",
                                         weight, score, block.index, block.page, 0, block.start, block.end))
            header, names = None, []
            continue
        if header is not None and all(rx(r"[（(][A-Za-z/×*]+[)）]").fullmatch(c) for c in cells):
            continue  # （A） （B） （B/A）: the columns' letters under the names
        if header is None and all(not _FIGURE_CELL.fullmatch(c) for c in cells) and len(cells) >= 2:
            names = names + cells if names else cells  # a line of names that may go on
            continue
        header, names = None, []


def _summary_lines(doc: Document, rules: _Rules, totals: list[IndicatorTotal], whole_report: str | None) -> None:
    """The 合计 line of a table of scores by first-level indicator that came as lines of text, its
    cells one space apart (表3 绩效评价得分汇总表 / `一级指标 分值 得分 得分率` / `决策 15 13.00 86.67%` …
    / `合计 100 93.34 93.34%`): the total the evaluation declares about its indicator system."""
    header: list[str] | None = None
    for block, cells in _copied_lines(doc):
        if cells is None:
            header = None
            continue
        roles = _roles(rules, cells)
        if {"weight", "score"} <= roles.keys() and roles.get("level1") == 0 \
                and not {"level2", "level3", "levels"} & roles.keys() \
                and all(not _FIGURE_CELL.fullmatch(c) for c in cells):
            header = cells
            continue
        if header is None or len(cells) != len(header) or _FIGURE_CELL.fullmatch(cells[0]) \
                or not all(_FIGURE_CELL.fullmatch(c) for c in cells[1:]):
            header = None
            continue
        if rules.total_row.match(cells[0]):
            roles = _roles(rules, header)
            weight, score = (_decimal(cells[roles[k]]) for k in ("weight", "score"))
            totals.append(IndicatorTotal(_name_line(doc, rules, block) or whole_report, "合计",
                                         weight, score, block.index, block.page, 0, block.start, block.end))
            header = None


def _scrambled_points(figures: list[str]) -> tuple[Decimal, Decimal] | None:
    """The 分值 and 得分 of a 总额 line under a header whose names came in another order than their
    columns (`年度资金总额 47,353.73 52,761.57 52,401.85 10 99.32% 9.93`): the last two figures that are
    no percentage, the weight first, as a 自评表 sets them after the amounts; a score above its weight
    is no such pair."""
    plain = [_decimal(f) for f in figures if _FIGURE_CELL.fullmatch(f) and not f.endswith(("%", "‰"))]
    if len(plain) < 2 or plain[-2] is None or plain[-1] is None or plain[-1] > plain[-2] or plain[-2] > 100:
        return None
    return plain[-2], plain[-1]


def _sub_header(texts: list[str], roles: dict[str, int]) -> bool:
    """A row whose every filled cell names a column, none a level (目标值 | 实际完成值 under a header
    cell 评价情况 that spans them)."""
    filled = [i for i, t in enumerate(texts) if t]
    return bool(roles) and len(filled) == len(roles) and set(filled) == set(roles.values()) \
        and not {"level1", "level2", "levels", "level3"} & roles.keys()


def _aligned_sub_header(rules: _Rules, row, texts: list[str], roles: dict[str, int],
                        state: _TableState) -> dict[str, int] | None:
    """The columns a header's second row names, or None when it is no such row.  Copied from a web
    page, the row lacks the cells that the first row's cells merged down cover (一级指标 … 评分标准
    over nothing), so its cells are the last ones (目标值 | 实际完成值 | under 评价情况 |  | 得分):
    set under the header's last columns, they must fall where the header names no column, as a
    cell the header leaves to its second row does not."""
    if _sub_header(texts, roles) and len(_own_cells(row)) >= len(state.header_cells or []):
        return roles
    aligned = _right_aligned(row, texts, state.header_cells)
    if aligned is texts:
        return roles if _sub_header(texts, roles) else None
    moved = _roles(rules, aligned)
    if _sub_header(aligned, moved) and not set(moved.values()) & set(state.columns.values()):
        return moved
    return roles if _sub_header(texts, roles) else None


def _own_cells(row) -> list[int]:
    """The positions of a row's own cells: all but those a cell to their left spans (a .docx or
    PDF cell over several columns stands at its first)."""
    return [i for i, c in enumerate(row) if not (c.merged_from and c.merged_from[0] == c.row)]


def _right_aligned(row, texts: list[str], header: list[int] | None) -> list[str]:
    """A row with fewer cells than its header, its cells set under the header's LAST columns.

    A table copied from a web page loses the cells a merge covers: the rows under a merged 一级指标
    or 二级指标 cell simply have fewer cells (定点康复机构数量 | ≥3家 | 3家 | 5 | 5 | under 绩效指标 |
    一级指标 | 二级指标 | 三级指标 | …), and the merged cells are the leading ones, so what is left
    belongs to the last columns.  Such a row comes short from the text reader, and from a .docx or
    a PDF with its last cell spanning the columns left over.  A row of one cell (一、产出指标) or
    with a merge in its middle is left as it stands."""
    if header is None:
        return texts
    own = _own_cells(row)
    covered = len(row) - len(own)
    if len(own) >= len(header) or sum(1 for t in texts if t) < 2 \
            or covered and own[-1] != len(own) - 1:  # a merge in the middle, not the trailing one
        return texts
    aligned = [""] * max(len(texts), header[-1] + 1)
    for i, col in zip(own, header[len(header) - len(own):]):
        aligned[col] = texts[i]
    return aligned


def _titled_project(doc: Document, rules: _Rules, block, states: dict[int, _TableState]) -> str | None:
    """The project named by the title right above a table (森林草原防灭火专项资金项目支出绩效自评表):
    the nearest heading or paragraph of its section that is such a title, with no indicator table
    between them (whose title it would be)."""
    for above in reversed(doc.blocks[:block.index]):
        if above.section != block.section:
            break
        if above.rows:
            if (state := states.get(above.table)) is not None and state.columns is not None:
                break  # the title above that table is that table's
            continue
        if m := rules.project_title.match(_clean(above.text)):
            name = m.group("name")
            # 农村公路养护项目绩效自评表 under the heading （一）农村公路养护项目: the project is named
            # with 项目 where the report names it so (the title alone cannot say)
            if _clean(above.text)[m.end("name"):].startswith("项目") and name + "项目" in _heading_before(doc, block):
                name += "项目"
            return name
    return None


def _heading_before(doc: Document, block) -> set[str]:
    """The titles, list number dropped, of the sections a block stands in and of the nearest
    numbered section before it (a table's title may be read as a section of its own, apart from
    the （一）… heading it follows)."""
    titles = {LIST_MARKER.sub("", _clean(h)) for h in _headings(doc, block)}
    for section in reversed(doc.sections[:block.section or 0]):
        if section.number:
            titles.add(_clean(section.title))
            break
    return titles


def _name_line(doc: Document, rules: _Rules, block) -> str | None:
    """The project named on a line of its own between a table's title and the table (项目名称：望奎县
    2023年城乡医疗救助补助资金 / 主管部门：…), as printed: the lines right above it, up to a table."""
    for text in _head_lines(doc, rules, block):
        if m := rules.project_name_line.match(text):
            return m.group("name")
    return _head_name(doc, rules, block)


def _head_name(doc: Document, rules: _Rules, block) -> str | None:
    """The 项目名称 of a 自评表 whose head came as lines of its own, copied out of a PDF viewer
    (`项目名称 城乡最低生活保障资金` / 主管部门 … / 年度资金总额 … / 年度总体目标 … / 绩 / 效 …, the
    indicators the only part read as a table): the nearest 项目名称 line above the table, as
    printed, in its section and with no table between (whose head it would be)."""
    for above in reversed(doc.blocks[:block.index]):
        if above.rows or above.section != block.section:
            return None
        if m := rules.project_name_line.match(_clean(above.text)):
            return m.group("name")
        start, end = doc.offsets.span_to_source(above.start, above.end)
        for line in doc.source.text[start:end].splitlines():
            if m := rules.project_name_cells.match(line):
                return _clean(m.group("name"))
    return None


def _head_lines(doc: Document, rules: _Rules, block):
    """The lines right above a table, spaces dropped, nearest first, up to a table or another
    section: three, or more while all are label lines of the project's head (项目名称：… / 项目编码：…
    / 主管部门：… / 实施单位：… over a table, each line a paragraph of its own)."""
    head = True
    for n, above in enumerate(reversed(doc.blocks[:block.index])):
        if above.rows or above.section != block.section or n >= 3 and not head:
            return
        text = _clean(above.text)
        yield text
        head = head and rules.project_head_line.match(text) is not None


def _report_project(doc: Document, rules: _Rules) -> str | None:
    """The project a 项目支出绩效评价报告 is about: the name its title gives (place and year dropped,
    as titles put them in front of it), unless the report prints the project's 项目名称 (on a line
    of its own or in a table's 项目名称 row) with that name in it and as its title spells it: then
    the name as printed (望奎县2023年城乡医疗救助补助资金 in 望奎县2023年城乡医疗救助补助资金项目
    支出绩效评价报告, where the title alone gives 城乡医疗救助补助资金)."""
    name = report_project(doc)
    if not name or not doc.title:
        return name
    # the titles the report goes by: a web page's own title may name the department before the
    # project, and the report's title below it none (合肥市水务局2024年度…资金绩效评价报告 over
    # 合肥市2024年度…资金绩效评价报告)
    titles = [_clean(doc.title)] + [_clean(b.text) for b in doc.blocks
                                    if not b.rows and rules.project_report_heading.match(_clean(b.text))]
    for block in doc.blocks:
        for texts in ([[_clean(c.text) for c in row] for row in block.rows] if block.rows else _block_lines(doc, block)):
            if not texts:
                continue
            printed = None
            if (m := rules.project_name_line.match(texts[0])) and len(texts) == 1:
                printed = m.group("name")
            elif rules.project_label.match(texts[0]):
                value = next((t for t in texts[1:] if t), "")
                code = rules.project_code.match(value)
                printed = value[code.end():] if code else value
            if printed and printed != name and name in printed and any(printed in t for t in titles):
                return printed
    return name


def _block_lines(doc: Document, block) -> list[list[str]]:
    """A paragraph whole, then each of its lines as read (spaces dropped): a copy out of a PDF
    viewer hard-wraps its text, and the reader joins a 项目名称：… line of its own to the line
    above it (附件：…评分表 / 项目名称：阜南县…项目), so the label line is only found as a line."""
    out = [[_clean(block.text)]]
    start, end = doc.offsets.span_to_source(block.start, block.end)
    lines = doc.source.text[start:end].splitlines()
    if len(lines) > 1:
        out += [[_clean(line)] for line in lines]
    return out


def _code_line(doc: Document, rules: _Rules, block) -> str | None:
    """The project code printed on a line of its own between a table's title and the table
    (项目编码：43092323T000001586　实施单位：…): the lines right above it, up to a table or a
    line that is no such label line."""
    for text in _head_lines(doc, rules, block):
        if m := rules.project_code_line.match(text):
            return m.group("code")
    return None


def _head_above(doc: Document, rules: _Rules, block, states: dict[int, _TableState]) -> _TableState | None:
    """The state of the table just above (a 单位：万元 line between at most) when it is the head of
    a 自评表: a 项目名称 row and no indicators; None otherwise.  Lines of the head that span the
    table (2.项目实施内容及过程概述, a row of one cell copied from a web page) may stand between
    the parts too; a numbered one opens a section of its own, and the head is in the one before."""
    sections = {block.section}
    if (k := _row_broken_over_lines(doc, block)) is not None:
        state = states.get(doc.blocks[k].table)
        return state if state is not None and state.labelled and state.columns is None else None
    for above in reversed(doc.blocks[:block.index]):
        if above.section not in sections:
            return None
        if not above.rows:
            if rules.project_head_gap.match(_clean(above.text)) or _runs_into(doc, above) \
                    or continues_last_cell(doc, above):
                if above.index:
                    sections.add(doc.blocks[above.index - 1].section)
                continue
            return None
        state = states.get(above.table)
        return state if state is not None and state.labelled and state.columns is None else None
    return None


def _row_broken_over_lines(doc: Document, block) -> int | None:
    """The index of the table right above a table when all that stands between them are the lines
    of one row whose cells a web page's copy broke at their paragraphs (年度总体目标 | 预期目标 |
    实际完成情况 over 目标1：… / 目标2：… / 目标3：…<TAB>1.支持… / 2.认定… / 3.新增…, then the
    indicators): a TAB between two of those lines' words, where one cell ends and the next begins.
    The reader takes them for paragraphs and headings, and the line with the TAB for a table of one
    row (as a rendering of the copy holds it); None for anything else between."""
    def one_row(above) -> bool:  # the two cells of that row, no head of a table (项目名称 | …)
        cells = [_clean(c.text) for c in above.rows[0] if c.text.strip()] if len(above.rows) == 1 else []
        return 0 < len(cells) <= 2 and not _rules().project_label.match(cells[0])

    k = table_above(doc, block.index, one_row)
    if k is None:
        return None
    between = doc.blocks[k + 1:block.index]
    lines = [b for b in between if not b.rows]
    tab = any(b.rows for b in between) or any(
        "\t" in doc.source.text[slice(*doc.offsets.span_to_source(b.start, b.end))].strip() for b in lines)
    return k if tab and lines else None


def _section_row(rules: _Rules, state: _TableState, texts: list[str]) -> bool:
    """A section row of a table with no level columns (一、产出指标（50分）, （一）数量指标: a level
    word in the first cell, the others empty) sets the level of the rows under it.  A word of one
    level only says which; one of either (满意度指标, 成本指标) is first-level when numbered as the
    first-level rows are (三、 as 一、), second-level under another style (（四） under 一、)."""
    cols = state.columns or {}
    if {"level1", "level2", "levels"} & cols.keys() or not texts or any(texts[1:]):
        return False
    m = rules.section_row.match(texts[0])
    if not m:
        return False
    word, marker = m.group("level"), _marker_style(m.group("marker"))
    if word in rules.level1_only:
        first = True
    elif word in rules.level2 and word not in rules.level1:
        first = False
    elif state.section_marker is not None:
        first = marker == state.section_marker
    else:
        first = state.level1 is None
    if first:
        state.level1, state.level2 = word, None
        state.section_marker = state.section_marker or marker
    else:
        state.level2 = word
    return True


def _marker_style(marker: str | None) -> str | None:
    """The style of a list number: 三、 and 一、 are alike, （四） another."""
    if not marker:
        return None
    marker = regex.sub(r"[一二三四五六七八九十]+", "一", regex.sub(r"\d+", "1", marker))
    return marker.translate(str.maketrans("(（)）.．", "（（））、、"))


def _budget_row(rules: _Rules, state: _TableState, texts: list[str]) -> bool:
    """The 预算执行情况 line written as a row of the indicators (its name where theirs stand, its
    分值 and 得分 in their columns) in a table with no level columns."""
    cols = state.columns or {}
    if {"weight", "score"} <= cols.keys() and "level1" in cols and not {"level2", "level3", "levels"} & cols.keys():
        # 一级指标 | 分值 | 得分 over 预算执行情况 | 10 | 9.89: a summary of scores by first level, the
        # line in the first level's place
        return rules.budget_line.match(_at(texts, cols["level1"])) is not None
    return "level3" in cols and {"weight", "score"} <= cols.keys() and not {"level1", "levels"} & cols.keys() \
        and rules.budget_line.match(_at(texts, cols["level3"])) is not None


def _unlabelled_figures(texts: list[str], columns: dict[str, int]) -> bool:
    """A row of figures with no words: blank up to its first figure, and figures in the weight and
    score columns."""
    first = next((t for t in texts if t), "")
    return bool(first) and _FIGURE_CELL.fullmatch(first) is not None and not texts[0] \
        and all(_FIGURE_CELL.fullmatch(_at(texts, c)) for c in columns.values())


# a figure that is part of a date (次年1月, 2024年3月, 12月31日)
_DATE_FIGURE = regex.compile(r"^\D*\d+(?:\.\d+)?\s*[年月日]")
_FIGURE_CELL = regex.compile(r"[-+]?\d[\d,]*(?:\.\d+)?[%‰]?")


def _continuation(state: _TableState, texts: list[str]) -> bool:
    """A row that only goes on with the words of the row above (农村公路养护里 / 程): text in the
    name, 指标值, 完成值 or unit columns alone, none in the level, weight and score columns."""
    cols = state.columns or {}
    allowed = {cols[k] for k in ("level3", "target", "actual", "unit") if k in cols}
    filled = {i for i, t in enumerate(texts) if t}
    if not filled or not filled <= allowed or len("".join(texts)) > 12:
        return False
    if cols.get("level3") in filled:
        # a name with no 指标值 where the table has a column for it (a row of its own has one)
        return "target" in cols and cols["target"] not in filled or "target" not in cols and ":" not in texts[cols["level3"]] \
            and "：" not in texts[cols["level3"]]
    return True


def _levels_under_span(rules: _Rules, above: list[str], header: list[str], own: list[int],
                       roles: dict[str, int]) -> tuple[dict[str, int], int] | None:
    """A header over two rows copied from a web page, whose second row holds only the level cells
    (评价指标 | 分值 | 目标值/评分标准 | 完成值 | 得分 over 一级指标 | 二级指标 | 三级指标): the
    upper row's first cell spans the level columns and its other cells, merged down, are missing
    from the lower row.  The upper row's other cells stand that many columns further right; the
    columns and the table's width, or None when the rows are not so."""
    filled = [i for i, t in enumerate(header) if t]
    levels = {"level1", "level2", "levels", "level3"}
    if not filled or filled != own or set(roles.values()) != set(filled) \
            or not roles.keys() <= levels or len(above) < 2 or not above[1]:
        return None  # …a lower row padded with empty cells of its own, or an upper one, kept its merges
    # the spanning cell may itself read as a level's name (指标 over 一级指标 | 二级指标 | 三级指标)
    upper = {role: col for role, col in _roles(rules, above).items() if col or role not in levels}
    first = next((i for i, t in enumerate(above) if t), None)
    if first != 0 or 0 in upper.values() or len(upper) < 2:
        return None  # the upper row's first cell must be the spanning one, naming no column itself
    shift = len(filled) - 1
    columns = dict(roles)
    for role, col in upper.items():
        columns.setdefault(role, col + shift)
    # (a .docx or PDF rendering spans the rows' last cells over the columns left over)
    return columns, max(i for i, t in enumerate(above) if t) + 1 + shift


def _levels_under_scores(rules: _Rules, above: list[str] | None, roles: dict[str, int]) -> bool:
    """The lower row of a header of scores by level over two rows (评价指标 | 分值 | 得分 | 得分率
    over 一级指标 | 二级指标): only the 一级 and 二级 cells, under a row naming the weight and score
    columns and no level."""
    if above is None or set(roles) != {"level1", "level2"}:
        return False
    upper = _roles(rules, above)
    return {"weight", "score"} <= upper.keys() and not {"level1", "level2", "levels", "level3"} & upper.keys()


def _scores_by_level2(cols: dict[str, int]) -> bool:
    """A table of 一级 and 二级 indicators with their 分值 and 得分 and no 三级 column, target or
    outcome (表2 绩效评价指标得分情况)."""
    return {"level1", "level2", "weight", "score"} <= cols.keys() \
        and not {"level3", "levels", "target", "actual"} & cols.keys()


def _header_above(rules: _Rules, above: list[str], header: list[str], roles: dict[str, int]) -> dict[str, int]:
    """A header split over two rows (绩效指标 | 指标分值 | … | 自评得分 over 一级指标 | 二级指标 |
    三级指标): the upper row's first cell spans the level columns, so its other cells stand that
    many columns further right when the text lost the merge."""
    width = max((i + 1 for i, t in enumerate(above) if t), default=0)  # without the cells a merge left empty
    shift = max(0, len(header) - width)
    upper = _roles(rules, above)
    for role, col in upper.items():
        roles.setdefault(role, col + shift if col else col)
    return roles


def _at(texts: list[str], col: int | None) -> str:
    return texts[col] if col is not None and col < len(texts) else ""


def _decimal(text: str) -> Decimal | None:
    m = _GROUPED_NUMBER.search(text or "")
    if not m:
        return None
    try:
        return Decimal(m.group().replace(",", ""))
    except InvalidOperation:
        return None


def _total(state: _TableState, texts: list[str], block, r: int, row) -> IndicatorTotal:
    """A 合计 row: by the weight and score columns, or, when the row lost its empty cells in
    pasting (合计 | 100 | 100), its figures in order."""
    cols = state.columns or {}
    figures = [_decimal(t) for t in texts[1:] if _NUMBER.fullmatch(t)]
    weight, score = _decimal(_at(texts, cols.get("weight"))), _decimal(_at(texts, cols.get("score")))
    if len(texts) != state.width or len(figures) == 2 and None in (weight, score) \
            or len(figures) == 2 and len(_own_cells(row)) < len(state.header_cells or ()):
        # …or when its two figures stand a column off the header's (合计 | | | | | 100 | 98.36 under
        # 分值 | 得分 | 偏差原因, or under 完成值 | 分值 beside a blank 得分): the weight and the
        # score in order; so too when its 合计 spanned cells a rendering spread over the figures'
        # columns (合计 | 100 | 92 | 92.00% spanning two, under 一级指标 | 二级指标 | 分值 | 得分 | 得分率)
        weight, score = (figures + [None, None])[:2]
    return IndicatorTotal(state.project, "合计", weight, score, block.index, block.page, r, row[0].start, row[-1].end)


def _level(text: str) -> str | None:
    text = LIST_MARKER.sub("", _SCORE_IN_CELL.sub("", text))
    if m := rx(r'^["“”](?P<inner>[^"“”]+)["“”]$').match(text):
        text = m.group("inner")  # a cell quoted whole: "提升居民…意识"
    return text or None


_NO_CELL = rx(r"^[/／—\-－–]+$")


def _table_row(rules: _Rules, doc, state: _TableState, texts: list[str], block, r: int, row) -> IndicatorRow | None:
    cols = state.columns or {}
    level1, level2 = _level(_at(texts, cols.get("level1"))), _level(_at(texts, cols.get("level2")))
    pair = _level(_at(texts, cols.get("levels"))) or (level1 if not level2 else None)
    if pair and (m := rules.level_pair.match(pair)):
        level1, level2 = m.group("level1"), m.group("level2")  # 产出指标-数量指标
        if level1 == state.level1:
            state.level2 = None
    if level1 and level1 != state.level1:
        state.level1, state.level2 = level1, None
    if level2:
        state.level2 = level2
    name = _level(_at(texts, cols.get("level3"))) if "level3" in cols else None
    by_level2 = "level3" not in cols and _scores_by_level2(cols)
    if by_level2:
        # 决策 | 项目立项 | 4 | 4 | 100.00%: a table of scores by 二级指标, each row the indicator
        # at the lowest level it prints
        name = _level(_at(texts, cols["level2"]))
        if name and _FIGURE_CELL.fullmatch(name):
            return None  # (a row whose cells stand a column left of their place: no name but a 分值)
    if not name:
        return None
    if not {"level1", "level2", "levels"} & cols.keys() and (m := rules.level_name.match(name)) \
            and m.group("level") in rules.level1 | rules.level2:
        # 数量指标：农村公路日常养护里程 in the one 指标 column: the level, then the name
        name = m.group("name")
        if m.group("level") in rules.level1_only:
            state.level1, state.level2 = m.group("level"), None
        else:
            state.level2 = m.group("level")
    target_text = _at(texts, cols.get("target")) or None
    if not target_text and (m := rules.name_value.match(name)):
        name, target_text = m.group("name"), m.group("target")  # 电商从业人员培训人次：≥500人次
    if not target_text and (m := rules.target_in_text.search(_at(texts, cols.get("explanation")))):
        target_text = m.group("target")  # …，目标值为不少于25个。
    actual_text = _at(texts, cols.get("actual")) or None
    # a dash or slash for a 指标值 or 完成值 that does not apply (决策 rows of an evaluation's score
    # table: 立项依据充分性 | 3 | / | / | 3): no target, no outcome, as a blank cell
    target_text = None if target_text and _NO_CELL.match(target_text) else target_text
    actual_text = None if actual_text and _NO_CELL.match(actual_text) else actual_text
    if target_text and not actual_text and (
            (m := rules.target_actual.match(target_text)) or (m := rules.target_actual_bracket.match(target_text))
            or state.target_with_actual and (m := rules.target_actual_slash.match(target_text))):
        target_text, actual_text = m.group("target"), m.group("actual")  # 目标≥60户，实际68户; ≥95%（实际98.2%）
    op_text = _at(texts, cols.get("operator"))
    operator = rules.operators.get(op_text) if op_text else None
    weight, score = _decimal(_at(texts, cols.get("weight"))), _decimal(_at(texts, cols.get("score")))

    def made(operator, target_value=None, unit=None, actual_value=None, met=None) -> IndicatorRow:
        if met is None and operator == "定性" and actual_text and weight and score == weight:
            met = True  # 持续推进 | 建成2个, full marks: the scorer judged the words to meet it
        return IndicatorRow(
            0, state.project, state.code, state.level1, state.level2, None if by_level2 else name, name, operator,
            target_value, unit,
            target_text, actual_value, unit if actual_value is not None else None, actual_text, weight, score, met,
            "table", block.index, block.section, block.page, r, row[0].start, row[-1].end,
            " | ".join(t for t in texts if t),
        )

    if target_text and rules.scoring_rule.search(target_text):
        # the rule the row is scored by (…依据充分得满分，否则酌情扣分) stands for a 定性 target: its 完成值
        # in words meets it when it states the outcome plainly (依据充分, 制度健全) and misses it when
        # it says part of it fell short (部分指标未量化, 目标总体合理，未按项目区分解)
        met = None
        if actual_text and not _NUMBER.search(actual_text):
            met = False if rules.rule_missed.search(actual_text) else True if _plainly_done(rules, actual_text) else None
        return made("定性", met=met)
    # the 指标值 as the quantities parser reads it: ≥13459.00(平方米), 至少1次团体心理治疗, 95%以上
    if target_text and operator is None and rules.deadline.match(target_text):
        operator = "定性"  # 2024年12月31日前: a date to do it by
    if target_text and operator is None and not _NUMBER.search(target_text) \
            and (bound := rules.word_bound.match(target_text)):
        # 不超批复概算 | 未超概算: a bound in words, met when the 完成值 says it held
        held = True if actual_text and rules.bound_held.match(actual_text) else None
        return made(rules.operators[bound.group("op")], met=held)
    if target_text and rules.ratio.match(target_text):  # 1:15, kept as written: met when reported the same
        same = rules.ratio.match(actual_text or "") is not None and _squeeze(actual_text) == _squeeze(target_text)
        return made(rules.operators.get(op_text, "=") if op_text else "=", met=True if same else None)
    target = next(iter(find_quantities(target_text)), None) if target_text and operator != "定性" else None
    target_value = target.number if target else _decimal(target_text or "") if operator != "定性" else None
    unit = _at(texts, cols.get("unit")) or (_per_unit(rules, target.unit, target_text[target.end:])
                                            if target and target.unit else None)  # ≥2次/年
    if unit is None and target_text and (m := rules.bracket_unit.match(target_text) or rules.trailing_unit.match(target_text)):
        unit = m.group("unit")  # ≥100.00(人数), ≥300盏
    if target is None and operator is None and target_text and (f := rules.frequency.match(target_text)):
        target_value, unit, operator = _frequency(rules, f)  # 每季度一次: 1 次/季度
    if operator is None and target_text:
        # a bare 90% is a target to equal; 及时率 says what, not how much
        operator = (target.operator or "=") if target else "=" if target_value is not None else "定性"
    actual_value = _decimal(actual_text) if actual_text else None
    if operator == "定性" and target_value is None and actual_text and _DATE_FIGURE.search(actual_text):
        actual_value = None  # 第四季度补贴延至次年1月拨付: a date in the words, no measure of the target
    if operator == "定性" and target_value is None and actual_text \
            and (len(_GROUPED_NUMBER.findall(actual_text)) > 1 or rx(r"[，；;]|,(?!\d)").search(actual_text)):
        # 6个项目区中2个区出台运营扶持细则, 化肥减少6.2%，农药未统计: words on the parts of what the
        # target covers, no one figure that measures it (建成2个 is one)
        actual_value = None
    # a count aimed at with no operator (1200人次) is met by doing as much or more, as in prose
    met = _met(rules, "≥" if operator == "=" and not op_text and target is not None and target.operator is None
               and target.kind == "count" else operator, target_value, actual_value, actual_text, target_text)
    if met is None and operator == "定性" and actual_text and _plainly_done(rules, actual_text):
        met = True  # 长期有效 | 有效运行: the 完成值 column states the outcome the target named
    if met is None and operator == "定性" and target_text and actual_text and rules.deadline.match(target_text):
        met = _by_deadline(target_text, actual_text)  # 2022年5月31日前 | 2022年5月20日
    return made(operator, target_value, unit, actual_value, met)


_DATE = regex.compile(r"^\s*(?:(?P<y>(?:19|20)\d{2})\s*年)?\s*(?P<m>\d{1,2})\s*月\s*(?:(?P<d>\d{1,2})\s*日)?")


def _by_deadline(target_text: str, actual_text: str) -> bool | None:
    """A 完成值 that is only a date (2022年5月20日) against a date to do it by (2022年5月31日前): met
    when it is no later; None when the 完成值 is more than a date, or either lacks a month."""
    t, a = _DATE.match(target_text), _DATE.match(actual_text)
    if t is None or a is None or actual_text[a.end():].strip(" 。.前完成") or (a.group("y") and t.group("y") is None):
        return None
    year = lambda m, other: int(m.group("y") or other.group("y") or 0)
    day = lambda m: int(m.group("d") or 31)
    return (year(a, t), int(a.group("m")), day(a)) <= (year(t, a), int(t.group("m")), day(t))


def _plainly_done(rules: _Rules, words: str) -> bool:
    """A 完成值 in words that states an outcome plainly (良好, 有效运行): words, not a figure or a
    dash, with nothing that hedges, negates or says it fell short (基本有效, 未建立, 推进中)."""
    return bool(rx(r"\p{Han}{2}").search(words)) and not _NUMBER.search(words) \
        and not any(w in words for w in rules.unsettled + rules.not_met) and not rules.qualitative_short.search(words) \
        and not rules.hedged.match(words)


def _squeeze(text: str) -> str:
    return rx(r"[\s\u3000]+").sub("", text).replace("：", ":")


def _met(rules: _Rules, operator: str | None, target: Decimal | None, actual: Decimal | None,
         words: str | None, target_text: str | None = None) -> bool | None:
    """Whether an actual meets its target; the words when there is no figure (已完成)."""
    if target is not None and actual is not None and operator in _COMPARE:
        return _COMPARE[operator](actual, target)
    if words and operator == "定性" and _partly(rules, words, target_text):
        return False  # 基本健全 | 健全, 推进中 | 稳步推进: reached only in part
    if words and any(w in words for w in rules.unsettled):
        return None  # 基本完成 against a figure: neither
    if words and operator == "定性" and target_text and rules.strong_degree.search(target_text) \
            and rules.slight_degree.search(words) and not rules.slight_degree.search(target_text):
        return False  # 明显提升 | 有所提升: the outcome, but not as far as aimed
    if words and operator == "定性" and target_text and words != target_text and words.endswith(target_text) \
            and rules.part_done.match(words[:-len(target_text)]):
        return False  # 病险基本消除 | 已完工水库病险基本消除: said only of the part done
    if words and operator == "定性" and rules.hedged.match(words) and not rules.hedged.match(target_text or ""):
        return None  # 科学 | 较科学: as far as a degree short of it, neither met nor missed
    if words and operator == "定性" and target_text and not any(w in words for w in rules.not_met) and (
            words == target_text or len(target_text) >= 2 and (
                words.endswith(target_text[-2:]) or rules.gain.search(words) and rules.gain.search(target_text))
            and not rx(r"[未不没]").search(words)):
        return True  # 健全 reported for 健全, 进一步完善 for 逐步完善
    if words:
        if any(w in words for w in rules.unsettled):
            return None  # 基本完成: neither
        if any(w in words for w in rules.not_met) or rules.flawed.match(words):
            return False
        if any(w in words for w in rules.met) or rules.met_all.search(words):
            return True
    return None


def _partly(rules: _Rules, words: str, target_text: str | None) -> bool:
    """Whether a 定性 target's outcome is qualified as reached only in part (基本健全, 初步建立,
    部分…滞后, 推进中), by a word its target does not say itself (基本挽回… | 基本挽回…)."""
    return any(m.group() not in (target_text or "") for m in rules.partial.finditer(words))


_COMPARE = {
    "≥": lambda a, t: a >= t, "≤": lambda a, t: a <= t, ">": lambda a, t: a > t,
    "<": lambda a, t: a < t, "=": lambda a, t: a == t,
}


# -- prose ----------------------------------------------------------------------------------------

def _prose(doc: Document, rules: _Rules, rows: list[IndicatorRow], whole_report: str | None) -> None:
    from .nlp import SPAN_KEY, nlp

    by_block: dict[int, list[QuantityFact]] = {}
    for fact in doc.facts.get("quantities", ()):
        if fact.row is None:
            by_block.setdefault(fact.block, []).append(fact)
    goal_name: str | None = None
    goal: IndicatorRow | None = None
    projects = attached_projects(doc)
    read_at = -2  # the index of the last paragraph read for indicators
    # the lists whose numbered items open with a second-level word (1.数量指标——… 2.质量指标——…)
    second_level_lists: set[int | None] = set()
    # …unless a word only of the first level is an item of it too (1.数量指标 … 4.效益指标 5.满意度指标):
    # a list of both levels, where 满意度指标 keeps its first-level reading
    mixed_lists: set[int | None] = set()
    for b in doc.blocks:
        if b.rows is None and (at := _item_word_at(rules, b.text)) is not None:
            word = max((w for w in rules.level1 | rules.level2 if b.text.startswith(w, at)), key=len)
            if word in rules.level2:
                second_level_lists.add(_list_of(doc, b))
            elif word in rules.level1_only:
                mixed_lists.add(_list_of(doc, b))
    second_level_lists -= mixed_lists
    # a line that is only a bulleted level word (➢经济效益指标), no section of its own to the section
    # parser: the level of the paragraphs after it in its section, as the innermost heading
    bullet_level: tuple[int | None, str] | None = None
    # the project the last title line named (### （一）安全生产监管执法经费, **2.应急物资储备经费**): the
    # project of the prose after it when no section heading above names one (a title the section
    # parser did not take for a heading)
    titled: str | None = None
    for block in doc.blocks:
        if block.rows is not None:
            continue
        if (t := rules.title_line.fullmatch(block.text)) and (p := rules.project_name_heading.match(t.group("title"))) \
                and not rules.project_head_gap.match(_clean(block.text)):
            # (not a bare label line of a 自评表's funds copied out of a PDF viewer: 上年结转资金)
            titled = p.group("name")
        if rules.note.match(block.text):
            continue  # 注：1.产出数量中的完成率超过100%的按100%计算: how a table was scored, no target
        if (m := rules.bullet_level.fullmatch(block.text)) and m.group("word") in rules.level1 | rules.level2:
            bullet_level = (block.section, m.group("word"))
            continue
        if m := rules.goal_name.search(block.text):
            goal_name, goal = LIST_MARKER.sub("", m.group("name")).strip(), None
            continue
        if goal_name and (m := rules.goal.match(block.text)):
            goal = _goal(rules, doc, block, goal_name, m, by_block.get(block.index, []), projects, whole_report)
            rows.append(goal)
            continue
        if goal is not None and (m := rules.goal_status.match(block.text)):
            rows[-1] = goal = _goal_status(rules, goal, m.group("status"), block, by_block.get(block.index, []))
            continue
        headings = _headings(doc, block)
        if bullet_level is not None and bullet_level[0] == block.section:
            headings = [bullet_level[1], *headings]
        if m := rules.labelled_row.match(block.text):
            # 指标名称：…；指标值：≥95%；完成值：97.3%；分值：5；得分：5。 a table row written out
            project = projects.get(block.section) or _project_of(rules, headings) or whole_report
            rows.append(_labelled_row(rules, doc, block, m, headings, project))
            continue
        before = doc.blocks[block.index - 1] if block.index else None
        lead_in = before is not None and before.rows is None and rx(r"[：:]\s*$").search(before.text) \
            and rules.context.search(before.text)  # 绩效目标： / （1）接待人次>=200人次，…
        # 绩效目标： / （1）数量指标--… / （2）…: the next item of a list read for indicators
        listed_on = read_at == block.index - 1 and LIST_MARKER.match(block.text) is not None
        # (…高血压患者规范管理率为63.8%，未达到65%的年度目标: a result held against its target names
        # one, whatever the section is called)
        if not (rules.context.search(block.text) or any(rules.context.search(h) for h in _outside_tables(doc, block, headings))
                or lead_in
                or listed_on or any(rules.compared_after.match(block.text[f.end - block.start:])
                                    for f in by_block.get(block.index, ()))):
            continue
        read_at = block.index
        facts, points = _points(rules, block, by_block.get(block.index, []))
        # the part's project: an attached report's, a 项目1：… heading's, else the whole report's
        project = projects.get(block.section) or _project_of(rules, headings) or whole_report \
            or _report_heading(rules, headings) or titled
        # 1.数量指标——… 2.质量指标——… 7.成本指标——…: an item among items of the second level is
        # of the second level, though its word heads the first level elsewhere (（三）满意度指标)
        item_at = _item_word_at(rules, block.text)
        second_level_item = item_at is not None and _list_of(doc, block) in second_level_lists
        qualitative = _qualitative(rules, doc, block, headings, project, second_level_item)
        if (not any(f.quantity.operator for f in facts) and not any(w in block.text for w in rules.level1 | rules.level2)
                and not any(rules.target_section.search(h) for h in _nearest(doc, block, headings))
                and not rules.target_label_item.search(block.text) and "目标" not in block.text
                and "指标值" not in block.text  # (…为82.4%，未达到85%的指标值: a target named so)
                and not rules.plan_lead.search(block.text)
                # (…18.6公里，完成年度计划20公里的93%: an outcome held against the target after it)
                and not any(rules.compared_after.match(block.text[f.end - block.start:]) for f in facts)):
            rows.extend(_scored(qualitative, points))
            continue  # no target here: spare the segmenter
        parsed = nlp()(block.text)
        levels = sorted((s.start_char, s.end_char, s.label_, s.text) for s in parsed.spans[SPAN_KEY]
                        if s.label_.startswith("LEVEL") and not _level_in_name(block.text, s.start_char, s.end_char)
                        and not rules.level_scored.match(block.text[s.end_char:]))
        if second_level_item and any(s == item_at and label == "LEVEL1" for s, _, label, _ in levels):
            word = next(w for s, _, _, w in levels if s == item_at)
            levels = [(s, e, "LEVEL2" if s == item_at else label, w) for s, e, label, w in levels]
            if block.section is not None and doc.sections[block.section].block == block.index:
                headings = [headings[0].replace(word, "", 1), *headings[1:]]  # its own run-in title
        found = _merge_restated(rows, _prose_targets(rules, doc, block, facts, levels, headings, project, rows))
        # (not again a target its words give: 人居环境长效管护机制：目标为“建立健全”，…)
        worded = _worded_targets(rules, doc, block, facts, levels, headings, project, qualitative + found)
        rows.extend(_scored(qualitative + found + worded, points))
    _reported_later(rules, doc, rows, by_block)


_NAME_CHAR = regex.compile(r"\p{Han}")
# the words after a figure up to its clause's end, when they name what it counts
_NAME_AFTER = regex.compile(r"\p{Han}[^，,；;。：:\d\s]*")
_TARGET_NEXT = regex.compile(r"\s*[≥≤><=＝＞＜]")


def _level_in_name(text: str, start: int, end: int) -> bool:
    """A level word that ends an indicator's name, its target right after it (参保群众满意度目标≥90%:
    满意度目标 glued to the words before it), not a level heading its items (…和满意度指标16项 counts
    them: no operator)."""
    return start > 0 and _NAME_CHAR.match(text, start - 1) is not None and _TARGET_NEXT.match(text, end) is not None


def _list_of(doc: Document, block) -> int | None:
    """The section whose list a numbered item belongs to: its parent when the item is read as a
    run-in heading of its own (7.成本指标——…), else its own."""
    if block.section is not None and doc.sections[block.section].block == block.index:
        return doc.sections[block.section].parent
    return block.section


def _item_word_at(rules: _Rules, text: str) -> int | None:
    """Where the level word that opens a numbered item stands (7.成本指标——…: after 7.), or a
    paragraph labelled by one (成本指标：膳食补助标准5元/生·日。, a list with no numbers), else None."""
    m = LIST_MARKER.match(text)
    if m is None:
        # a paragraph that opens with a level word as its label: an item of a list of such lines
        labelled = any(text.startswith(w + colon) for w in rules.level1 | rules.level2 for colon in ":：")
        return 0 if labelled else None
    at = m.end()
    while text[at:at + 1] in (" ", "\u3000"):
        at += 1
    return at if any(text.startswith(w, at) for w in rules.level1 | rules.level2) else None


def _points(rules: _Rules, block, facts: list[QuantityFact]) -> tuple[list[QuantityFact], list[tuple[str, QuantityFact]]]:
    """The figures of a paragraph less those labelled 权重/得分 (权重8分，得分8分), which are its
    items' weights and scores, each as ("weight"|"score", fact)."""
    kept, points = [], []
    # 1.资金管理。…预算执行率95.35%…该项分值10分，得9.31分: "this item" is the group the run-in
    # title names; when no row of the paragraph is named by it, the points are the group's, no row's
    title = rules.run_in_title.match(block.text)
    group = title.group("title").strip() if title else None
    for f in facts:
        before = block.text[max(0, f.start - block.start - 8):f.start - block.start]
        if f.quantity.unit == "分" and rules.part_score.search(before):
            continue  # 该部分得分32.71分: a whole part's score, no item's
        m = rules.points.search(before)
        if m and f.quantity.unit in ("分", "") and f.quantity.operator is None and group is not None \
                and rules.item_points.match(_sentence_before(block.text, f.start - block.start)) \
                and not _names_a_measure(rules, group):
            continue
        if m and f.quantity.unit in ("分", "") and f.quantity.operator is None:
            # 得满分3分: the score is the whole weight
            kinds = ("weight", "score") if m.group("b") else ("weight",) if m.group("w") else ("score",)
            points.extend((kind, f) for kind in kinds)
        elif f.quantity.unit == "分" and f.quantity.operator is None and rules.deduction.search(before):
            continue  # …指标细化程度不足，该项扣1.5分: how an item was scored, no target
        else:
            kept.append(f)
    return kept, points


def _sentence_before(text: str, at: int) -> str:
    """The sentence that holds the offset `at`, up to it (…问题。该项分值6分，扣1.5分，得 → 该项分值6分，扣1.5分，得)."""
    start = max(text.rfind(c, 0, at) for c in "。；;") + 1
    return text[start:at]


def _names_a_measure(rules: _Rules, title: str) -> bool:
    """Whether a run-in title names a measure of its own (1.资金到位率：目标值100%…) rather than a
    group of them (1.资金管理。, 2.质量指标。, 4.满意度。): a name that ends as a measure's does."""
    return rules.measure_title.search(title) is not None and rules.group_title.search(title) is None


def _scored(rows: list[IndicatorRow], points: list[tuple[str, QuantityFact]]) -> list[IndicatorRow]:
    """The prose rows of a paragraph, each with the 权重 and 得分 said in its own stretch: from its
    name (惠农补贴发放对象满意度（权重5分），年度目标≥95%; 秸秆综合利用率，分值3分，目标值≥92%) to
    the next row's name, and no further than a sentence after its target."""
    if not points:
        return rows
    starts = sorted({r.start for r in rows})
    out = []
    for row in rows:
        stop = next((s for s in starts if s > row.start), None)
        out.append(_with_points(row, [(k, f) for k, f in points if stop is None or f.start < stop]))
    return out


def _with_points(row: IndicatorRow, points: list[tuple[str, QuantityFact]]) -> IndicatorRow:
    """A prose row with the 权重 and 得分 said in its own stretch: after its name, and no more than a
    sentence after its target."""
    if not points:
        return row
    weight = score = None
    for kind, f in points:
        if f.start < row.start or f.start - row.end > 120:
            continue
        if kind == "weight" and weight is None and score is None:
            weight = f.quantity.number
        elif kind == "score" and score is None:
            score = f.quantity.number
    if weight is None and score is None:
        return row
    return dataclasses.replace(row, weight=weight if weight is not None else row.weight,
                               score=score if score is not None else row.score)


def _qualitative(rules: _Rules, doc, block, headings: list[str], attached_project: str | None,
                 second_level_item: bool = False) -> list[IndicatorRow]:
    """Targets that are words, not figures: …指标值：优良（定性）, …目标为“…”, with the outcome words
    of their clause; ``second_level_item``: the paragraph is an item of a list of second-level
    items, whose level word is of the second level whatever it is elsewhere."""
    out = []
    level1, level2 = _heading_levels(rules, headings)
    # the longest level word first (服务对象满意度指标, not 满意度指标; 社会效益指标, not 社会效益)
    words = sorted(rules.level1 | rules.level2, key=lambda w: (-len(w), w))
    for pattern in rules.qualitative:
        for m in pattern.finditer(block.text):
            name = rules.name_lead.sub("", m.group("name")).strip(" ，,、")
            if rules.kind_label.fullmatch(name) and (item := _item_name(rules, block.text, m.start("name"))):
                name = item[1]  # 内部管理制度健全性：定性指标，目标为“…”: the kind of target names nothing
            before = block.text[:m.start()]
            for word in words:  # 质量指标：演出服务质量指标值：…
                if regex.search(regex.escape(word) + r"\s*(?:[-—–]{1,2}|[：:])?\s*$", before):
                    first = word in rules.level1 and not second_level_item
                    level1, level2 = (word, None) if first else (level1, word)
                    break
            for word in words:  # 社会效益指标：目标为…: the level word names no indicator
                if name.startswith(word):
                    first = word in rules.level1 and not second_level_item
                    level1, level2 = (word, None) if first else (level1, word)
                    name = name[len(word):].lstrip("：:—-– ")
                    break
            clause_end = rx(r"[。；;]").search(block.text[m.end():])
            outcome = block.text[m.end():m.end() + (clause_end.start() if clause_end else len(block.text))]
            start = block.start + m.start()
            out.append(IndicatorRow(
                id=0, project=_project_of(rules, headings, attached_project), project_code=None, level1=level1,
                level2=level2, level3=None, name=name or m.group("name"), operator="定性", target_value=None,
                target_unit=None, target_text=m.group("target"), actual_value=None, actual_unit=None,
                actual_text=outcome.strip("，, ") or None, weight=None, score=None,
                met=_met(rules, "定性", None, None, outcome or None, m.group("target")), source="prose",
                block=block.index, section=block.section, page=block.page, row=None, start=start,
                end=block.start + m.end(), snippet=block.text,
            ))
    if level2 and rules.bound_held_level.search(level2):
        # 4.产出成本 › …；各项工程结算金额均未超过批复概算: a bound in words the outcome names as not
        # passed is a target of its own, held (as a result naming a figure it missed is one)
        # (the first level as the figures' targets beside it take it: （三）项目产出情况 gives 产出)
        first = level1 or _framework_levels(rules, headings, block.text)[0]
        for m in rules.bound_held_said.finditer(block.text):
            out.append(IndicatorRow(
                id=0, project=_project_of(rules, headings, attached_project), project_code=None, level1=first,
                level2=level2, level3=None, name=m.group("name"), operator="≤", target_value=None, target_unit=None,
                target_text=m.group("target"), actual_value=None, actual_unit=None, actual_text=m.group("said"),
                weight=None, score=None, met=True, source="prose", block=block.index, section=block.section,
                page=block.page, row=None, start=block.start + m.start("said"), end=block.start + m.end(),
                snippet=block.text,
            ))
    return out


def _outside_tables(doc: Document, block, headings: list[str]) -> list[str]:
    """The headings above a block but the title of an attached table (附件：…绩效评价指标评分表): what
    stands under it is the table and its notes, or the rows of it a pasted copy left as lines, no
    prose that the table's title makes a list of targets."""
    out, index = list(headings), block.section
    while index is not None:
        section = doc.sections[index]
        if section.style == "attachment" and section.title.rstrip().endswith("表"):
            title = (section.number or "") + section.title
            out = [h for h in out if h != title]
        index = section.parent
    return out


def _headings(doc: Document, block) -> list[str]:
    """The titles of the sections a block stands in, nearest first."""
    out = []
    index = block.section
    while index is not None:
        section = doc.sections[index]
        out.append((section.number or "") + section.title)  # 项目1：法援及公职所业务经费
        index = section.parent
    if block.section is not None and out:
        stray = _stray_level1(doc, block.section)
        if stray is not None and _heading_levels(_rules(), out[1:])[0] is None:  # none above its own title
            out.insert(1, stray)
    return out


def _nearest(doc: Document, block, headings: list[str], n: int = 3) -> list[str]:
    """The titles of the ``n`` nearest sections above a block, not counting the block's own title
    when the section parser took the block itself for a heading (（四）项目绩效目标 › （1）数量指标 ›
    ⑤配套农用变压器60台: an item of a list read as a section of its own is still ``n`` levels under
    the sections it stands in)."""
    own = block.section is not None and doc.sections[block.section].block == block.index \
        and bool(headings) and headings[0] == _headings(doc, block)[0]
    return headings[:n + 1] if own else headings[:n]


def _stray_level1(doc: Document, index: int) -> str | None:
    """The title of a heading that is only a first-level word (（1）产出指标), standing before the
    section ``index`` among its parent's descendants but read as no ancestor of it: a list numbered
    1.数量指标 under it is taken by the section parser for its parent's own list, yet its items are of
    that level."""
    rules = _rules()
    parent = doc.sections[index].parent
    if parent is None:
        return None

    def depth(i: int | None) -> int:
        n = 0
        while i is not None:
            i, n = doc.sections[i].parent, n + 1
        return n

    own = doc.sections[index]
    for i in range(index - 1, parent, -1):
        section = doc.sections[i]
        bare = LIST_MARKER.sub("", section.title).strip(" ：:。")
        if bare not in rules.level1 or depth(i) <= depth(index):
            continue  # nested deeper only: a sibling would be a list of its own
        # the stray's ancestor among the section's siblings (2.年度绩效指标) must be of its style with a
        # number its own does not follow (1.数量指标): a list that starts again, not the next item
        sibling = i
        while doc.sections[sibling].parent != parent:
            sibling = doc.sections[sibling].parent
        above = doc.sections[sibling]
        # the first of the siblings after it: where the list (1.数量指标 2.质量指标 …) starts
        first = next(s for s in doc.sections[sibling + 1:index + 1] if s.parent == parent)
        mine, theirs = _ordinal(first.number), _ordinal(above.number)
        if above.style == own.style == first.style and mine is not None and theirs is not None and mine <= theirs:
            return (section.number or "") + section.title
        return None
    return None


def _ordinal(number: str | None) -> int | None:
    """The number of a list marker (2. / （三） / 四、), else None."""
    digits = rx(r"[\d一二三四五六七八九十]+").search(number or "")
    if digits is None:
        return None
    text = digits.group()
    if text.isdigit():
        return int(text)
    value = parse_chinese_number(text)
    return int(value) if value is not None else None


def _report_heading(rules: _Rules, headings: list[str]) -> str | None:
    """The project whose own report a part of a document is (保定市2023年文物保护专项资金绩效自评报告,
    one of several projects' 自评表 and reports in one document): its name as the heading prints it."""
    for title in headings:
        if m := rules.project_report_heading.match(_clean(title)):
            return m.group("name")
    return None


def _project_of(rules: _Rules, headings: list[str], attached: str | None = None) -> str | None:
    """The project a part of a report is about: its 项目1：… heading, or the attached report's."""
    if attached:
        return attached
    for title in headings:
        if m := rules.project_heading.match(title):
            return m.group("name")
    for title in headings:
        if m := rules.project_name_heading.match(title):
            return m.group("name")  # （一）森林草原防灭火专项资金: the part of a report on several
    return None


@dataclass
class _Span:
    start: int
    end: int


def _labelled_row(rules: _Rules, doc, block, m, headings: list[str], project: str | None) -> IndicatorRow:
    """指标名称：X；指标值：T；完成值：A；分值：W；得分：S: read as a table row whose cells are the
    labelled values, so that targets, units and whether they were met are read as in a table; its
    levels are those of the headings above (（一）产出指标 / 1.数量指标)."""
    level1, level2 = _heading_levels(rules, headings)
    fields = ("name", "target", "actual", "weight", "score")
    texts = [(m.group(f) or "").strip() for f in fields]
    state = _TableState(project=project, columns={"level3": 0, "target": 1, "actual": 2, "weight": 3, "score": 4},
                        width=len(fields), level1=level1, level2=level2)
    cells = [_Span(block.start + m.start(), block.start + m.end())]
    row = _table_row(rules, doc, state, texts, block, None, cells)
    return dataclasses.replace(row, level1=level1, level2=level2, level3=None, source="prose", row=None,
                               snippet=block.text)


def _goal(rules: _Rules, doc, block, name: str, m, facts: list[QuantityFact], projects: dict,
          whole_report: str | None) -> IndicatorRow:
    """项目名称：“一居一顾问”覆盖社区数 / 项目目标：80个: a target with no operator is one to equal."""
    target = m.group("target")
    q = facts[0].quantity if facts else None
    start = block.start + m.start("target")
    operator = (q.operator or "=") if q else "定性"  # 95%以上 is ≥
    number, unit = (q.number, q.unit or None) if q else (None, None)
    if q is None and (f := rules.frequency.match(target)):  # 一周一次: 1 次/周
        number, unit, operator = _frequency(rules, f)
    return IndicatorRow(
        0, _project_of(rules, _headings(doc, block), projects.get(block.section)) or whole_report, None, None,
        None, None, name, operator,
        number, unit, target, None, None, None, None, None, None,
        "prose", block.index, block.section, block.page, None, start, start + len(target), block.text,
    )


def _goal_status(rules: _Rules, goal: IndicatorRow, status: str, block, facts: list[QuantityFact]) -> IndicatorRow:
    """完成情况：已完成，…可检测指标由38项扩展至42项: the figure of the target's measure the words
    report (the one reached, after 至/达到, else the first), and whether the words or the figures
    say the target was met."""
    found = None
    if goal.target_value is not None and goal.target_unit:
        same = [f for f in facts if f.quantity.unit == goal.target_unit]
        reached = [f for f in same if rules.reached_to.search(block.text[:f.start - block.start])]
        # else a figure of the clause that follows the status word (已完成，12处水源保护区…), not
        # one further on about something else (…，接入监测点位35个)
        clauses = list(_CLAUSE_END.finditer(block.text))
        near = clauses[1].start() if len(clauses) > 1 else len(block.text)
        found = (reached or [f for f in same if f.start - block.start < near] or [None])[0]
    if found is None:
        return IndicatorRow(**{**goal.__dict__, "actual_text": status, "met": _met(rules, None, None, None, status)})
    q = found.quantity
    met = _met(rules, goal.operator, goal.target_value, q.number, None)
    return IndicatorRow(**{**goal.__dict__, "actual_value": q.number, "actual_unit": q.unit or None,
                           "actual_text": status, "met": met})


def _per_unit(rules: _Rules, unit: str | None, after: str) -> str | None:
    """不超过16万元/公里: the unit the quantity parser read (万元) with the per-unit written after it."""
    if unit and (m := rules.per_unit.match(after)):
        return unit + "/" + m.group("per")
    return unit or None


def _frequency(rules: _Rules, m) -> tuple[Decimal, str, str]:
    """一周一次, 每月2次, 每季度不少于一次: so many times (次) a period, to equal unless the words
    say at least."""
    n = m.group("n")
    number = Decimal(n) if n.isdigit() else parse_chinese_number(n)
    period = rules.periods.get(m.group("per"), m.group("per"))
    return number, f"{m.group('unit')}/{period}", rules.operators.get(m.group("op") or "", "=")


def _prose_targets(rules: _Rules, doc, block, facts: list[QuantityFact], levels: list[tuple[int, int, str, str]],
                   headings: list[str], attached_project: str | None,
                   earlier: list[IndicatorRow] = ()) -> list[IndicatorRow]:
    """The targets of a paragraph: each figure with an operator whose clause reports nothing (no
    year, no 实际/已/共), named by the words back to the previous separator or level word, with the
    next figure of its kind that reports an outcome as its actual."""
    text = block.text
    heading_levels = _heading_levels(rules, headings)
    project = _project_of(rules, headings, attached_project)
    nearest = _nearest(doc, block, headings)
    in_target_section = any(rules.target_section.search(h) for h in nearest)
    in_outcome_section = any(rules.outcome_section.search(h) for h in nearest)
    targets: list[tuple[QuantityFact, str, int]] = []  # fact, name, name start
    pers: dict[int, str] = {}  # id(fact) -> the period of a frequency (每年不少于两次)
    compared_actuals: dict[int, QuantityFact] = {}  # id(fact) -> the outcome it was compared with
    outcomes_first: set[int] = set()  # id(fact): figures where a target would stand, compared with one after
    beaten: set[int] = set()  # id(fact): targets an outcome is said to have passed (高于95%的年度指标值)
    for k, fact in enumerate(facts):
        q = fact.quantity
        at = fact.start - block.start
        after = text[fact.end - block.start:]
        if rules.condition.match(after):
            continue  # 个数在5个以上的，选取5个: a condition, not a target
        if rules.grade_bound.search(text[:at]):
            continue  # 优（90分及以上）: a grade's bound
        if rules.figure_in_name.match(after):
            continue  # 村集体经济收入10万元以上村占比，目标值≥60%: a figure of the next target's name
        if q.operator is None and k + 1 < len(facts) and not rules.share_of_plan.match(after) and not _CLAUSE_END.search(
                text, fact.end - block.start, facts[k + 1].start - block.start):
            continue  # 残疾人两项补贴发放对象不低于6800人: a figure in the name of the next one
        level_end = max((e for s, e, _, _ in levels if e <= at), default=-1)
        name_start = max(clause_start(text, at), level_end if level_end >= 0 else 0)
        if k and facts[k - 1].quantity.operator is not None and name_start <= facts[k - 1].start - block.start \
                and text[facts[k - 1].end - block.start:facts[k - 1].end - block.start + 1] == "、":
            # 抽检不少于12000批次、特种设备定期检验不少于18000台套: a target with its operator closes
            # the item before, set apart by 、; the name opens after it
            name_start = facts[k - 1].end - block.start + 1
        # 年度计划举办培训班10期，培训残疾人300人次；实际…: the figures of a plan said before what
        # was done, up to the end of its sentence, are targets; the name follows the plan's words
        # (not a plan restated among problems, 年度计划新建…30座，其中3座…顺延, with nothing done after)
        sentence = max(text.rfind(c, 0, at) for c in "。；;") + 1
        plan = next(reversed(list(rules.plan_lead.finditer(text, sentence, at))), None) if q.operator is None else None
        planned = plan is not None and not rules.reported.search(text, plan.end(), at) \
            and rules.plan_done.search(text, at) is not None
        if planned and plan.end() > name_start:
            name_start = plan.end()
        lead = text[name_start:at]
        lead = rules.level_end.sub("", lead) if name_start == level_end else lead
        # 质量指标--案件指派率100%, …；覆盖率100%；: a percentage with no operator that opens its
        # level word's item or a clause of targets
        bare = q.operator is None and level_end >= 0 and not rules.reached.search(lead) and (  # 火化率达99.3%: reached
            # (in a section of outcomes, not a figure with decimals: 2.质量指标。高血压患者规范管理率
            # 64.3%，… says what was measured; 质量指标：…验收合格率100%，已完成 restates the aim)
            # (nor a whole percentage its sentence ends on: 2.质量指标。抽检不合格食品核查处置率100%。受理…;
            # one of a list of targets ends on ；)
            (not in_outcome_section or q.value == q.value.to_integral_value()
             and not rx(r"\s*(?:。|$)").match(after)) and q.canonical_unit == "%"
            and (rules.level_end.fullmatch(text[level_end:name_start]) is not None
                 # (in a section of outcomes, not a sentence after the item's results that says nothing
                 # more: …复核达标率96.3%。全市公共图书馆…免费开放率100%。 reports one more)
                 or text[name_start - 1:name_start] in "；;。" and not (
                     in_outcome_section and rx(r"\s*(?:[。；;]|$)").match(after) and any(f.quantity.value != f.quantity.value.to_integral_value()
                                                for f in facts[:k] if f.start - block.start >= level_end)))
            # 4.成本指标：营养膳食补助标准5元/生·天。: the one figure of its level word's item, in a
            # section of targets
            or in_target_section and rules.level_end.fullmatch(text[level_end:name_start]) is not None
            and not rx(r"[，,；;]").search(text, at) and len(facts) == 1
            # (not in a section of outcomes: 可持续影响方面，…跟踪回访结业学员585人，跟踪服务覆盖率93.5%
            # there lists what was done)
            or not in_outcome_section and _target_list(text, block, facts, level_end, at))
        # an operator written as a sign or as a target's words (不低于, 至少, 85%以上), not 大于 describing
        stated = q.operator and (q.text[:1] in "≥≤><=＝＞＜不至" or q.text.endswith(("以上", "以下", "以内")))
        # 产出指标绩效目标: …行动13次; not 选取5个项目进行公开, a figure of the words that go on
        listed = in_target_section and q.kind in ("count", "percent") and not rx(r"\s*\p{Han}").match(after)
        listed = listed or q.operator is None and q.kind in ("count", "percent") \
            and _goal_list_item(rules, text, at, fact.end - block.start, _goal_list_carried(rules, doc, block))
        # 名称：年度目标值25个，实际完成25个: a figure labelled a target, after an item's name
        label = rules.target_label.search(rules.target_verb.sub("", lead)) if lead else None
        if label is None and lead and any(heading_levels):
            label = rules.plan_label.search(lead)  # 1.数量指标 › 生活垃圾清运量：计划清运4,500吨
        if label is None and lead and not rx(r"\d").search(lead) and text[name_start - 1:name_start] in ("，", ","):
            # 秸秆收储点建设，目标值新建30个: a label that opens the clause of the clause's first figure,
            # words between (新建, 春耕前…到位率达到) telling what the figure counts
            label = rules.label_opens.match(lead)
        labelled = label is not None and _item_name(rules, text, name_start) is not None
        # 粮食播种面积指标，年度目标值为≥5.2万亩: the label after a comma, the name in the clause before
        named_before = None
        if label is not None and not labelled and name_start > 0 and text[name_start - 1] in "，,":
            named_before = _clause_before(rules, text, name_start - 1, level_end)
            if named_before is None:
                # 粮食总产量：完成了全年粮食总产量30.2亿斤，目标为稳定在30亿斤以上: the clause before
                # reports the outcome; the name is the item's, before the colon that opens the sentence
                opens = max(text.rfind(c, 0, name_start) for c in "。；;") + 1
                colon = rx(r"[：:]").search(text, opens, name_start)
                named_before = _item_name(rules, text, colon.end()) if colon else None
            labelled = named_before is not None
        # 群众满意度为93.6%，高于≥90%的目标值: the clause before names the target and gives its outcome
        # (…合格率93.8%，低于95%的目标值: the figure read with its comparing word as one, 低于95%; the
        # word compares the outcome with the target, no operator of the target's)
        compared_word = rx(r"^\p{Han}+(?=\s*\d)").match(q.text) if not lead.strip() else None
        compared_word = compared_word if compared_word and rules.compared.match(compared_word.group()) else None
        compared = _compared(rules, text, block, facts[:k], compared_word.group() if compared_word else lead, after,
                             name_start, level_end, fact)
        named_comparison = False
        if compared is None and lead.strip() and rules.called_target.match(after) \
                and (word := rx(r"^\p{Han}+(?=\s*\d)").match(q.text)) and rules.compared.match(word.group()):
            # 办结468件，办结数低于500件的年度目标值: the comparing clause names the target itself
            compared = _named_comparison(rules, text, block, facts[:k], lead, name_start, fact)
            compared_word = word if compared is not None else None
            named_comparison = compared is not None
        if labelled:
            lead = ""
        # in a section of targets, 全年办理…166件 aims at the year: 全年 reports nothing there
        aimed = rules.aimed_period.sub("", lead) if in_target_section else lead
        # 3.预决算信息公开率100%，…，公开率100%，已达到: a bare figure at the head of an item whose
        # name the item says again with another figure is its target, the later one its outcome
        restated = q.operator is None and (head := LIST_MARKER.match(text)) is not None \
            and name_start <= head.end() and _restated(rules, lead, text, fact.end - block.start)
        # 农村户厕改造年度目标1500户: a figure its name calls the target, even with no operator
        tail = rules.name_tail.search(lead) if not labelled else None
        called = tail is not None and tail.group() != "" and len(rules.name_lead.sub("", lead[:tail.start()]).strip()) >= 2 \
            and not rx(r"\d").search(lead)
        # (…；库存物资账实相符率99.2%，未达到100%的年度目标: a figure read as a target, but the outcome
        # of the one compared with it after)
        # (…91.3万人次，同比增长62.5%，超额完成80万人次的年度目标: the change before it marked so, the
        # outcome taken from the clause before that)
        held = compared is not None and (id(compared.actual) in outcomes_first or k and id(facts[k - 1]) in outcomes_first
                                         or compared.bracketed or named_comparison
                                         or rules.within_after.match(after) is not None)
        if q.operator is None and rules.compared_after.match(after):
            # (an outcome held against its target after it, marked so before anything passes it over:
            # in a plain sentence of results, 临时救助政策知晓率为82.4%，未达到85%的指标值, the figure
            # reads as no target of its own, yet the 85% after it is one)
            outcomes_first.add(id(fact))
            continue
        # (…2,186.4万平方米，已达到年度目标（≥2,150万平方米）: 已 reports the outcome held against it)
        if rules.reported.search(aimed) and not held or not (bare or stated or listed or labelled or restated or called or planned
                                                 or held):
            continue
        if rules.margin.search(lead):
            continue  # 低于控制目标0.8个百分点: how far an outcome is from its target
        # (not a figure labelled a target: 65岁及以上老年人健康管理人数：年度目标≥1.8万人, where 65岁及以上
        # is words of the name)
        if in_outcome_section and not called and not labelled and not planned and not held \
                and not rules.called_target.match(after) \
                and _among_outcomes(text, block, facts[:k], {id(t[0]) for t in targets}, at):
            continue  # 全年累计实现…2815人，…，城镇登记失业率控制在3.2%以内: said as reached
        name = rules.name_lead.sub("", lead).strip(" ，,、")
        verb = rules.target_verb.search(name)  # 普及率达到85%以上, 参保率力争稳定在95%以上
        verb = None if labelled or compared is not None else verb  # (未达到100%的年度目标: no operator)
        name = name[:verb.start()] if verb else name
        # 旅游总收入增速未达到10%以上的年度目标: a target said as missed by name, its outcome given before
        said_missed = verb is not None and rules.called_target.match(after) \
            and (neg := rx(r"(?:未能?|没有)$").search(name)) is not None
        if said_missed:
            name = name[:neg.start()]
            if (earlier_actual := _outcome_before(rules, text, block, facts[:k], fact, name)) is not None:
                compared_actuals[id(fact)] = earlier_actual
        if (tail := rules.name_tail.search(name)) and tail.group() and len(name) - len(tail.group()) >= 2:
            name = name[:tail.start()]  # 农作物秸秆综合利用率目标不低于90%: the name without 目标
        if len(name) < 2 and stated and rules.name_around.fullmatch(lead.strip()) \
                and (words := _NAME_AFTER.match(after)) and len(words.group()) >= 4:
            # 为不少于3,000名经济困难的失能、半失能老年人提供居家上门服务: the figure inside its name,
            # the words around it
            name = lead.strip() + words.group()
        per = None
        if q.unit and (f := rules.frequency.match(text[name_start:fact.end - block.start])) and name_start + f.start("per") < at:
            per = rules.periods.get(f.group("per"), f.group("per"))  # 每年不少于两次: 2 次/年
            name = ""
        if len(name) < 2 and (item := _item_name(rules, text, name_start)) is not None:
            if rules.target_label.match(item[1] + "：") and text[item[0] - 1:item[0]] in "，," \
                    and (before := _clause_before(rules, text, item[0] - 1, level_end)) is not None:
                item = before  # 广播电视户户通设备维护，项目目标：1.2万户: the label names nothing
            name_start, name = item  # 1.企业技术改造项目备案数：三十个以上
        if (len(name) < 2 or rules.target_label.match(name)) and (title := rules.run_in_title.match(text)) \
                and not text[title.end():name_start].strip():
            # （5）检查井及雨水篦子维修更换。指标值为不少于1,500座: the target only called so; the
            # paragraph's run-in title names it
            name_start, name = title.start("title"), title.group("title").strip()
        if named_before is not None:
            name_start, name = named_before
        if compared is not None:
            name_start, name, compared_actuals[id(fact)] = compared.name_start, compared.name, compared.actual
            if rules.change.match(name):
                # 林木蓄积量为41.6万立方米，较上年增长3.8%，高于3%的目标值: a change names no measure of
                # its own; the growth's target, given before, takes the outcome
                continue
            if any(r.source == "prose" and r.project == project and (
                    r.name.endswith(name) or name.endswith(r.name) or _same_target_in_words(r, name, q))
                   for r in earlier):
                # the prose gave this target before (营养膳食达标率≥90% … 全县营养膳食达标率为86.5%，未达到90%的
                # 目标值): that entry takes the outcome, no second one
                continue
        if len(name) < 2:
            continue
        # an operator in words before the figure (整改率达到100%: ≥), when the figure has none
        said = next((op for word, op in rules.operators.items() if verb and word in verb.group()), None)
        operator = None if compared is not None and compared_word else q.operator or said
        if compared is not None and (rules.ceiling_called.match(after) or rules.within_after.match(after)):
            operator = "≤"  # 低于户均1.2万元的控制标准, 控制在1800元/批次以内: a ceiling the outcome stayed under
        if compared is not None and operator is None and compared_word and rules.compared_beaten.match(compared_word.group()):
            beaten.add(id(fact))
        targets.append((fact, name, block.start + name_start, operator))
        if per:
            pers[id(fact)] = per
    out = []
    target_facts = {id(f) for f, _, _, _ in targets}
    compared_outcomes = {id(f) for f in compared_actuals.values()}
    used: set[int] = set()  # actuals taken, each answers one target
    for i, (fact, name, name_start, operator) in enumerate(targets):
        q = fact.quantity
        if operator is None and q.qualifier == "range" and q.low == q.value and q.high != q.low:
            operator = ">"  # 活动30多场: more than 30
        end = targets[i + 1][0].start if i + 1 < len(targets) else block.end
        level_after = next((s for s, _, _, _ in levels if fact.end - block.start <= s < end - block.start), None)
        if level_after is not None:
            end = block.start + level_after
        # a note in brackets right after the target explains it (≥1,956场（按163个行政村每村每月1场计算）):
        # its figures are no outcome
        note = rx(r"\s*[（(][^（()）]*[)）]").match(text, fact.end - block.start)
        after_note = block.start + note.end() if note else fact.end
        actual = compared_actuals.get(id(fact)) or _named_actual(text, block, fact, name, facts, target_facts) or next(
            (f for f in facts if after_note <= f.start < end and id(f) not in target_facts and id(f) not in used
             and id(f) not in compared_outcomes  # (93.8%，低于95%的目标值: that target's outcome)
             and _same_measure(f.quantity.canonical_unit, q.canonical_unit)), None) or _actual_by_words(
            text, block, fact, name, facts, target_facts, used)
        if actual is not None:
            used.add(id(actual))
        parts = _in_parts(rules, name, actual, block, facts, used) if actual is not None else None
        reported = text[fact.end - block.start:end - block.start]
        sentence_end = rx(r"[。；;]").search(reported)
        reported = reported[:sentence_end.end()] if sentence_end and actual is None else reported
        level1, level2 = _levels_for(rules, levels, name_start - block.start, heading_levels)
        if level1 is None:
            level1, framework_level2 = _framework_levels(rules, headings, text)
            level2 = level2 or framework_level2
        elif level2 is None and level1 == heading_levels[0] \
                and (framework := _framework_above(rules, headings, level1)) is not None:
            level1, level2 = framework, level1  # （四）项目效益情况 › 3.满意度指标: 效益, 满意度指标
        actual_value = actual.quantity.number if actual else None
        actual_text = _clause(text, actual.start - block.start) if actual else None
        zero = _zero(rules, name, reported) if actual is None else None
        if zero is not None:  # 失误率≤0，2021年工作零失误: none of it, 0
            actual_value, actual_text = Decimal(0), _clause(reported, zero)
        # compared in canonical units (3.7万余人次 against 35000人次); a count aimed at with no
        # operator (行动13次) is met by doing as much or more
        met = _met(rules, operator or ("≥" if q.kind == "count" else "="), q.value,
                   actual.quantity.value if actual else actual_value, reported.strip() or None)
        if id(fact) in beaten and actual is not None:
            met = True  # the words say the outcome passed the target, which gives no operator to compare by
        if parts:
            # 100余场次集中教育，5场公益活动 for …教育及社会服务58场次: no one figure is the outcome;
            # the parts together are
            met = _met(rules, operator or ("≥" if q.kind == "count" else "="), q.value,
                       sum(f.quantity.value for f in parts), None)
            last = parts[-1].end - block.start
            clause_end = _CLAUSE_END.search(text, last)
            actual_value = None
            actual_text = text[clause_start(text, actual.start - block.start):clause_end.start() if clause_end else len(text)]
        out.append(IndicatorRow(
            0, project, None, level1, level2, None, name, operator or "=", q.number,
            f"{q.unit}/{pers[id(fact)]}" if id(fact) in pers else _per_unit(rules, q.unit, text[fact.end - block.start:]),
            text[name_start - block.start + len(name):fact.end - block.start].lstrip("：: ") if id(fact) in pers else q.text,
            actual_value, actual.quantity.unit or None if actual and not parts else None,
            actual_text, None, None,
            met, "prose",
            block.index, block.section, block.page, None, name_start, fact.end, text,
        ))
    return out


def _merge_restated(rows: list[IndicatorRow], found: list[IndicatorRow]) -> list[IndicatorRow]:
    """The targets of a paragraph but those an earlier paragraph's prose gave already, the same
    figure aimed at under the same words (新建改造雨水管网不少于35公里 … （1）雨水管网新建改造。年度目标为
    不少于35公里，实际完成38.6公里): no second entry; the first takes the outcome said here."""
    from .nlp import content_words
    kept = []
    for row in found:
        k = next((k for k, r in enumerate(rows) if r.source == "prose" and r.block < row.block
                  and r.project == row.project and r.operator == row.operator and r.target_value is not None
                  and r.target_value == row.target_value and r.target_unit == row.target_unit
                  and len(words := content_words(r.name)) >= 2 and words == content_words(row.name)), None)
        if k is None:
            kept.append(row)
        elif rows[k].actual_value is None and row.actual_value is not None:
            rows[k] = IndicatorRow(**{**rows[k].__dict__, "actual_value": row.actual_value, "actual_unit": row.actual_unit,
                                      "actual_text": row.actual_text, "met": row.met})
    return kept


def _same_target_in_words(row: IndicatorRow, name: str, q) -> bool:
    """Whether an earlier prose target is the one a result names in other words: the same figure
    aimed at, and the earlier name's words all in the result's (学生及家长满意度≥90% … 学生及家长对营养
    改善计划总体满意度为95.2%，高于90%的目标值)."""
    from .nlp import content_words
    if row.target_value is None or row.target_value != q.number or (row.target_unit or "") != (q.unit or ""):
        return False
    words = content_words(row.name)
    return len(words) >= 2 and words <= content_words(name)


def _goal_list_item(rules: _Rules, text: str, at: int, end: int, carried: bool = False) -> bool:
    """A figure that closes an item of a sentence listing targets after a label (…绩效目标为：
    文物安全事故发生数0起；非遗代表性传承人补助发放人数18人；…): the label opens the sentence, the
    items are set apart by ；, and the figure ends its item.  `carried`: the paragraph goes on
    with such a sentence that the paragraph before opened (a line break after an item's ；)."""
    sentence = max(text.rfind(c, 0, at) for c in "。") + 1
    lead = rules.goal_list_lead.search(text, sentence, at)
    if lead is None and carried and sentence == 0:
        lead = rx(r"^").match(text)
    if lead is None or not rx(r"\s*(?:[；;。]|$)").match(text, end):
        return False
    stop = text.find("。", at)
    return carried and sentence == 0 or text.count("；", lead.end(), stop if stop >= 0 else len(text)) \
        + text.count(";", lead.end(), stop if stop >= 0 else len(text)) >= 1


def _goal_list_carried(rules: _Rules, doc, block) -> bool:
    """Whether a paragraph goes on with the list of targets the paragraph before opened, that one
    broken off after an item (主要年度目标为：学前三年毛入园率达到91%以上； / 九年义务教育巩固率…)."""
    before = doc.blocks[block.index - 1] if block.index else None
    if before is None or before.rows is not None or not rx(r"[；;]\s*$").search(before.text):
        return False
    sentence = before.text[max(before.text.rfind(c) for c in "。") + 1:]
    return rules.goal_list_lead.search(sentence) is not None


class _Comparison(NamedTuple):
    name_start: int
    name: str
    actual: QuantityFact
    # the target stood in a bracket labelled so right after the outcome (…92.3%（目标值≥85%）): the
    # outcome is held against it even where a verb before says it was reached
    bracketed: bool


def _compared(rules: _Rules, text: str, block, before: list[QuantityFact], lead: str, after: str,
              name_start: int, level_end: int, target: QuantityFact | None = None) -> _Comparison | None:
    """A target said as what an outcome beat or missed (群众满意度为93.6%，高于≥90%的目标值): the
    name and the figure that close the clause before."""
    bracket = _bracketed_target(text, block, before, lead, after, name_start)
    if bracket is not None:
        name_start = bracket
    elif not rules.compared.match(lead.strip()) \
            or not (rules.called_target.match(after) or rules.share_of_plan.match(after)
                    # 已达到年度目标（≥2,150万平方米）: the bracket the target stands in closes after it
                    or lead.strip()[-1:] in "（(" and rx(r"\s*[)）]").match(after)
                    # …平均成本1726元，控制在1800元/批次以内: the ceiling the outcome was held within,
                    # named by the outcome's clause
                    or rules.held_within.match(lead.strip()) and rules.within_after.match(after)) \
            or name_start < 1 or text[name_start - 1] not in "，,":
        return None
    actual = before[-1] if before else None
    if actual is not None and target is not None and len(before) > 1 \
            and (not _same_measure(actual.quantity.canonical_unit, target.quantity.canonical_unit)
                 # (…拥有量达到11.4件，较上年提高1.6件，未达到12件的年度目标: a change of a count, in
                 # its own units, is no outcome of a target of how many)
                 or actual.quantity.canonical_unit != "%") \
            and _same_measure(before[-2].quantity.canonical_unit, target.quantity.canonical_unit):
        # 接待入境游客91.3万人次，同比增长62.5%，超额完成80万人次的年度目标: a change of another
        # measure said between; the outcome is the clause before it
        between = clause_start(text, actual.start - block.start)
        if rules.change.search(text[between:actual.start - block.start]) and between >= 1 \
                and text[between - 1] in "，," and not text[actual.end - block.start:name_start - 1].strip() \
                and not text[before[-2].end - block.start:between - 1].strip():
            name_start, actual = between, before[-2]
    # the clause of the outcome, read back from its figure's start: a thousands comma in the figure
    # (2,186.4万平方米) opens no clause
    start = max(clause_start(text, min(name_start - 1, actual.start - block.start) if actual else name_start - 1),
                level_end, 0)
    if actual is None or actual.start - block.start < start or text[actual.end - block.start:name_start - 1].strip():
        return None
    words = rules.reached.sub("", text[start:actual.start - block.start])
    # (道路清扫保洁单价控制在6.32元，低于6.5元的控制标准: the verb is no word of the name)
    words = rules.compared_verb.sub("", rules.target_verb.sub("", words).rstrip()).rstrip()
    name = rules.name_lead.sub("", words).strip(" ，,、")
    # 全年修补破损车行道、人行道3.92万平方米，未达到4.5万平方米的年度目标: the period the result is
    # of opens the clause, no word of the name
    name = rules.name_lead.sub("", rules.compared_period.sub("", name)).strip(" ，,、")  # (2022年完成…)
    # 2023年新建项目实际亩均建设成本为3,862元，低于…: the words before 实际 say whose the outcome is
    name = rules.actual_mark.sub("", name)
    # (a rate's name may hold a figure of its own: 65岁及以上老年人健康管理率为63.08%，未达到…)
    if not 2 <= len(name) <= rules.words["max_name"] or rx(r"\d").search(name) and not rules.measure_name.search(name) \
            or rules.reported.search(name):
        return None
    return _Comparison(start + words.index(name), name, actual, bracket is not None)


def _named_comparison(rules: _Rules, text: str, block, before: list[QuantityFact], lead: str, name_start: int,
                      target: QuantityFact) -> _Comparison | None:
    """A target compared with the outcome of the clause before under a name of its own (办结468件，
    办结数低于500件的年度目标值): the name the comparing clause gives, the figure closing the clause
    before as the outcome."""
    name = lead.strip(" ，,、")
    actual = before[-1] if before else None
    if actual is None or name_start < 1 or text[name_start - 1] not in "，," \
            or text[actual.end - block.start:name_start - 1].strip() \
            or not _same_measure(actual.quantity.canonical_unit, target.quantity.canonical_unit) \
            or not 2 <= len(name) <= rules.words["max_name"] or rx(r"\d").search(name) or rules.reported.search(name):
        return None
    return _Comparison(name_start + lead.index(name), name, actual, False)


# (…人均成本2,650元（控制标准≤2,800元/人）: a ceiling labelled as the standard held to)
_TARGET_IN_BRACKETS = regex.compile(r"[（(]\s*(?:年度)?(?:目标值?|指标值|控制(?:标准|目标))\s*(?:为|[：:])?\s*$")


def _bracketed_target(text: str, block, before: list[QuantityFact], lead: str, after: str, name_start: int) -> int | None:
    """Where the words after an outcome's figure open a bracket that labels the target inside it
    (严重精神障碍患者规范管理率92.3%（目标值≥85%）), as the position after the bracket; else None."""
    m = _TARGET_IN_BRACKETS.search(lead)
    if m is None or not before or not rx(r"\s*[)）]").match(after) \
            or before[-1].end - block.start != name_start + m.start():
        return None
    return name_start + m.start() + 1


def _outcome_before(rules: _Rules, text: str, block, before: list[QuantityFact], target: QuantityFact,
                    name: str) -> QuantityFact | None:
    """The outcome of a target the paragraph says was missed after reporting it (实现旅游总收入1,052.36亿元，
    同比增长8.6%。…旅游总收入增速未达到10%以上的年度目标): the last figure before of the target's
    measure whose sentence names what the target measures (the name without its change word), a
    change itself when the name is one."""
    stem = rx(r"(?:增速|增幅|增长率|增长|降幅|下降率|下降)$").sub("", name)
    if len(stem) < 3:
        return None
    is_change = stem != name
    for f in reversed(before):
        if not _same_measure(f.quantity.canonical_unit, target.quantity.canonical_unit):
            continue
        at = f.start - block.start
        sentence = max(text.rfind(c, 0, at) for c in "。；;") + 1
        if stem in text[sentence:at] and (not is_change or rules.change.search(text[clause_start(text, at):at])):
            return f
    return None


def _restated(rules: _Rules, lead: str, text: str, after: int) -> bool:
    """Whether the end of a rate's name (公开率 of 预决算信息公开率) is said again later in the
    paragraph with a figure (…，公开率100%)."""
    name = rules.name_lead.sub("", lead).strip(" ，,、")
    if len(name) < 4 or not rules.rate_stem.match(name):
        return False
    return rx(regex.escape(name[-3:]) + r"\s*(?:为|达到?|是)?\s*\d").search(text, after) is not None


def _zero(rules: _Rules, name: str, reported: str) -> int | None:
    """Where the words after a rate's target say none of what it counts happened (考务工作失误率≤0，
    2021年工作零失误: 零 and the end of the rate's stem), else None."""
    m = rules.rate_stem.match(name)
    if m is None:
        return None
    said = rx("(?:" + rules.zero.pattern + ")" + regex.escape(m.group("stem")[-2:])).search(reported)
    return said.start() if said else None


def _among_outcomes(text: str, block, before: list[QuantityFact], targets: set[int], at: int) -> bool:
    """In a section of outcomes, a figure with an operator that closes a sentence of figures reported,
    none of them a target (全年累计实现城镇新增就业2815人，…就业困难人员实现就业187人，城镇登记失业率
    控制在3.2%以内): said as reached, not aimed at."""
    # the sentence's start: a 。, a ；, or a full stop that is no decimal point (95.2%)
    start = max((m.end() for m in rx(r"[。；;]|(?<!\d)\.|\.(?!\d)").finditer(text, 0, at)), default=0)
    earlier = [f for f in before if f.start - block.start >= start]
    return bool(earlier) and not any(id(f) in targets for f in earlier)


def _clause_before(rules: _Rules, text: str, comma: int, level_end: int) -> tuple[int, str] | None:
    """The name written in the clause before a target's label (4.数量指标——广播电视户户通设备维护，
    项目目标：1.2万户): the words from the level word, or the clause's start, to the comma, when
    they hold no figure and report nothing."""
    start = max(clause_start(text, comma), level_end)
    lead = text[start:comma]
    if rules.points_clause.match(lead) and start - 1 > level_end and text[start - 1:start] in "，,":
        return _clause_before(rules, text, start - 1, level_end)  # 秸秆综合利用率，分值3分，目标值≥92%
    lead = rules.level_end.sub("", lead) if start == level_end else lead
    lead = rules.name_points.sub("", lead)  # 惠农补贴发放对象满意度（权重5分）
    name = rules.name_lead.sub("", lead).strip(" ，,、")
    # (村集体经济收入10万元以上村占比: a share's name, neither a share reported nor a figure of its own)
    if not 2 <= len(name) <= rules.words["max_name"] or rules.reported.search(rules.measure_name.sub("", name)) \
            or rx(r"\d").search(name) and not rules.measure_name.search(name) \
            or name in rules.level1 | rules.level2 or rules.words["skip"].search(name):
        return None
    at = lead.index(name)
    return start + at, rules.name_suffix.sub("", name)  # 粮食播种面积指标: 粮食播种面积


def _item_name(rules: _Rules, text: str, colon_end: int) -> tuple[int, str] | None:
    """The name of an item written `name：target` (1.企业技术改造项目备案数：三十个以上): the words
    of the clause before the colon, when they are no level word and no lead-in."""
    if colon_end < 1 or text[colon_end - 1] not in "：:":
        return None
    start = clause_start(text, colon_end - 1)
    m = LIST_MARKER.match(text, start)
    start = m.end() if m else start
    words = text[start:colon_end - 1]
    lead = rules.name_lead.match(words).group()
    # an item's name as printed keeps its task verb (完成除险加固水库数量：年度目标46座 counts the
    # reservoirs completed); only a task stated with its figure (完成学校食堂（伙房）改造8所) loses it
    lead = lead[:-2] if lead.endswith("完成") else lead
    name = words[len(lead):].strip(" ，,、")
    if (tail := rules.name_tail.search(name)) and tail.group() and len(name) - len(tail.group()) >= 2 \
            and not rules.target_label.match(name):  # (项目目标：1.2万户 is a label, named before it)
        name = name[:tail.start()].rstrip()  # 城乡居民医疗保险参保率　目标：≥95%: the name without 目标
    if not 2 <= len(name) <= rules.words["max_name"] or name in rules.level1 | rules.level2 \
            or rules.words["skip"].search(name) or rules.reported.search(name):
        return None
    return start + words.index(name), name


# a clause: up to a comma, but not the thousands comma of 1,200份 (its figure would stand alone as words)
_SUB_CLAUSE = regex.compile(r"(?:[^，,；;。]|(?<=\d),(?=\d{3}(?!\d)))+")


def _worded_targets(rules: _Rules, doc, block, facts: list[QuantityFact], levels: list[tuple[int, int, str, str]],
                    headings: list[str], project: str | None, found: list[IndicatorRow]) -> list[IndicatorRow]:
    """Targets in words in a list of targets: after a level word and ：/-- (社会效益指标：…；社会尊崇
    氛围有效提升；不发生…事件), or in a numbered item of a section of targets (（5）…；部门管理制度健全；).
    A run of clauses of a sentence with no figure is one target (预算编制完整、齐全，数据无误), split
    into name and target where the target's words begin; a clause that reports (，已完成) is its
    outcome and ends the sentence's targets."""
    w = rules.words
    text = block.text
    goal_list = False  # the regions are the items of a sentence of targets (…目标为：A；B；C。)
    regions: list[tuple[int, int]] = []  # the spans of the text that list targets
    item_names: dict[int, str] = {}  # region start -> the name written before its colon
    items = [e + len(m.group()) for _, e, _, _ in levels if (m := rules.level_end.match(text[e:])) and m.group().strip()
             and rx(r"[-—–：:]").search(m.group())]
    if items:
        level_starts = [s for s, _, _, _ in levels]
        for start in items:
            regions.append((start, min((s for s in level_starts if s >= start), default=len(text))))
    elif any(rules.target_section.search(h) and any(w in h for w in rules.level1 | rules.level2) for h in headings[:3]) \
            and (m := LIST_MARKER.match(text)) and not rules.target_section.search(text):
        # 1.投入管理指标绩效目标 / （5）…；部门管理制度健全；… (a section of a plan's tasks is none)
        regions.append((m.end(), len(text)))
    elif (m := LIST_MARKER.match(text)) and (colon := rx(r"[：:]").search(text, m.end())) \
            and (item := _item_name(rules, text, colon.end())) and (
                (label := rules.target_label_item.match(text, colon.start()))
                or any(rules.target_section.search(h) for h in headings[1:3])
                and not any(colon.end() <= f.start - block.start < len(text) for f in facts)):
        # （五）城乡客运服务水平：稳步提升。: an item of a section of targets, named before its colon;
        # 1.群众文化获得感：目标值明显增强，实际已达到。: an item that labels its target
        start = label.end() if label else colon.end()
        regions.append((start, len(text)))
        item_names[start] = item[1]
    elif (lead := rules.goal_list_lead.search(text)) is not None or _goal_list_carried(rules, doc, block):
        # 主要年度目标为：…达到91%以上；…；全年不发生校园安全责任事故。: the items of a sentence listing
        # targets after its label, one to a ；, where one in words is a target of its own
        # (a list of measured targets, two figures at least: not 一是…；二是… of a year's tasks)
        start = lead.end() if lead is not None else 0
        stop = text.find("。", start)
        figures = sum(start <= f.start - block.start < (stop if stop >= 0 else len(text)) for f in facts)
        if figures >= 2 and (lead is None or text.count("；", start, stop if stop >= 0 else len(text)) >= 1):
            regions.append((start, stop if stop >= 0 else len(text)))
            goal_list = True
    if not regions:
        return []
    taken = [(r.start - block.start, r.end - block.start) for r in found]
    fact_spans = [(f.start - block.start, f.end - block.start) for f in facts]
    heading_levels = _heading_levels(rules, headings)
    out = []
    for region_start, region_end in regions:
        for sentence in rx(r"[^；;。]+").finditer(text[:region_end], pos=region_start):
            run: list[tuple[int, int]] = []
            closed = False
            outcome = None
            after_figure = False  # the run opened right after a clause with a figure
            last = None  # the kind of the clause before
            parts = list(_SUB_CLAUSE.finditer(text, sentence.start(), sentence.end()))
            for part in parts + [None]:
                kind = None
                if part is not None:
                    s, e = part.start(), part.end()
                    words = part.group().strip()
                    has_figure = any(s <= fs < e for fs, _ in fact_spans)
                    # (in a sentence of targets, 全年 aims at the year: 全年不发生校园安全责任事故)
                    aimed = rules.aimed_period.sub("", words) if goal_list else words
                    if w["deadline"].match(words) or s == region_start and region_start in item_names \
                            and rules.deadline.match(words):  # 支付时限：目标值2024年12月31日前
                        kind = "words"
                    elif w["outcome_lead"].match(aimed) or rules.reported.search(aimed) \
                            or run and len(words) <= w["max_verdict"] and _met(rules, None, None, None, words) is not None:
                        kind = "outcome"  # …，已完成; …配发到位，按时完成: a verdict after words
                    elif has_figure:
                        kind = "figure"
                    else:
                        kind = "words"
                    if kind == "words" and not closed:
                        after_figure = after_figure if run else last == "figure"
                        if goal_list and not run and (period := rules.aimed_period.match(text[s:e])):
                            s += period.end()  # 全年不发生…: the target is 不发生…
                        run.append((s, e))
                        last = kind
                        continue
                    if kind == "outcome" and run and outcome is None:
                        outcome = words
                    last = kind
                if run and kind == "outcome" and after_figure:
                    # 扑火物资配发及时率100%，所有物资在防火期前配发到位，按时完成: the words between a
                    # figure's target and the verdict tell how it was reached; they aim at nothing
                    run, outcome = [], None
                if run:
                    row = _worded_target(rules, doc, block, run, outcome, levels, heading_levels, project, taken,
                                         item_names.get(region_start) if run[0][0] == region_start else None)
                    if row is not None and row.met is None and row.operator == "定性":
                        row = _verdict_after(rules, row, text, run[-1][1], region_end, levels)
                    if row is not None:
                        out.append(row)
                    run, outcome = [], None
                if kind == "outcome" or kind == "figure" and rules.reported.search(part.group()):
                    closed = True
    return out


def _verdict_after(rules: _Rules, row: IndicatorRow, text: str, at: int, region_end: int, levels) -> IndicatorRow:
    """A target in words whose first outcome clause settles nothing, judged by the clauses that
    report after it, up to the next level word or a clause that does not report: 主要林业有害生物扩散
    蔓延势头得到有效遏制（定性指标），全年未新增松材线虫病疫点，已达到; 森林草原防灭火能力持续提升（定性
    指标）。全年组织扑火实战演练32场次，…，已达到预期."""
    end = min([s for s, _, _, _ in levels if s >= at] + [region_end])
    said = []
    for sentence in rx(r"[^；;。]+").finditer(text, at, end):  # each sentence must open by reporting
        words = sentence.group().strip(" ，,")
        if not words or not (rules.words["outcome_lead"].match(words) or rules.reported.search(words)):
            break
        said.append(words)
    met = _met(rules, None, None, None, "，".join(said)) if said else None
    if met is None:
        return row
    return dataclasses.replace(row, met=met, actual_text=row.actual_text or said[0])


def _worded_target(rules: _Rules, doc, block, run: list[tuple[int, int]], outcome: str | None, levels,
                   heading_levels, project: str | None, taken: list[tuple[int, int]],
                   item_name: str | None = None) -> IndicatorRow | None:
    w = rules.words
    text = block.text
    start, end = run[0][0], run[-1][1]
    while start < end and text[start] in " \u3000":
        start += 1
    words = text[start:end].strip()
    if any(s < end and start < e for s, e in taken) or not w["min_chars"] <= len(words) <= w["max_chars"] \
            or w["skip"].search(words) or any(words == m or words.startswith(m) for m in rules.met + rules.not_met) \
            or words in rules.level1 | rules.level2:  # （一）产出目标。…: a run-in heading's level word
        return None
    if item_name:
        name, target = item_name, words  # 城乡客运服务水平：稳步提升
    elif m := w["deadline"].match(words):
        name, target = m.group("name"), m.group("target")
    elif m := w["labelled"].match(words):
        name, target = m.group("name"), m.group("target")  # …兑付时限，目标值为6月30日前兑付到户
    elif m := w["target_lead"].match(words):
        name, target = m.group("name"), m.group("target")
    elif w["whole_lead"].match(words):
        name = target = words
    else:
        p = next((p for p in w["predicate"].finditer(words) if p.start() >= 2), None)
        name, target = (words[:p.start()], words[p.start():]) if p else (words, words)
    operator = "定性"
    if outcome and target == name and not w["whole_lead"].match(words):
        # 时效指标--行政许可审批办时效，2021年…均在法定时效内办结: what is measured, no target
        operator = target = None
    level1, level2 = _levels_for(rules, levels, start, heading_levels)
    met = _met(rules, "定性", None, None, outcome, target) if outcome and operator else None
    number = unit = None
    if item_name and (f := rules.frequency.match(target)):
        number, unit, operator = _frequency(rules, f)  # 科普宣传活动：每季度不少于一次 (一次, no figure)
    return IndicatorRow(
        0, project, None, level1, level2, None, name, operator, number, unit, target, None, None, outcome, None, None,
        met, "prose", block.index, block.section, block.page, None, block.start + start, block.start + end, text,
    )


def _reported_later(rules: _Rules, doc, rows: list[IndicatorRow], by_block: dict[int, list[QuantityFact]]) -> None:
    """A target of prose whose paragraph reports no outcome: the figure a later paragraph reports
    under its name (目标：年普法知晓率90％以上 … 二、完成情况：…年普法知晓率达90％), else in a clause
    that shares most of its words (城乡低保保障人数不少于9500人 … 全年保障城乡低保对象9862人)."""
    from .nlp import REACH, content_words

    targets = {(r.block, r.end) for r in rows if r.source == "prose"}
    used: set[int] = set()
    clause_words: dict[int, frozenset[str]] = {}  # id(fact) -> the words of its clause, segmented once

    def words_around(f: QuantityFact, block) -> frozenset[str]:
        if id(f) not in clause_words:
            clause_words[id(f)] = content_words(_clause(block.text, f.start - block.start))
        return clause_words[id(f)]

    fact_at = {(f.block, f.end): f for facts in by_block.values() for f in facts}
    unresolved = []
    answered: dict[tuple[int, int], tuple[QuantityFact, Any]] = {}  # a target -> the figure that answered it
    for i, row in enumerate(rows):
        if row.source != "prose" or row.actual_value is not None or len(row.name) < 3 \
                or row.target_value is not None and row.actual_text is not None \
                or row.target_value is None and not (row.operator == "定性" and row.met is None):
            continue
        later = list(takewhile(lambda b: b.start <= row.end + REACH,
                               (doc.blocks[i] for i in range(row.block + 1, len(doc.blocks)))))
        if row.operator == "定性":
            said = _said_later(rules, doc, row, later)
            if said is not None:
                rows[i] = IndicatorRow(**{**row.__dict__, "actual_text": said[0], "met": said[1]})
            continue
        target = fact_at.get((row.block, row.end))
        unit = target.quantity.canonical_unit if target else row.target_unit or ""
        candidates = []  # (shared words, position, fact, block)
        applied = None  # the target's own figure given as the standard the work was done by
        words = content_words(row.name)
        for block in later:
            if block.rows is not None:
                continue
            at = block.text.find(row.name)
            titled = _titled_by(doc, block, row.name)
            for f in by_block.get(block.index, ()):
                if (block.index, f.end) in targets or id(f) in used or not _same_measure(f.quantity.canonical_unit, unit) \
                        or _planned(rules, block.text, f.start - block.start) or _a_part_of(words, block.text, f, block):
                    continue
                if _not_an_outcome(rules, row.name, block.text, f.start - block.start, f.end - block.start):
                    if applied is None and target is not None and f.quantity.value == target.quantity.value \
                            and _as_standard(rules, block.text, f.start - block.start, f.end - block.start) and len(words & words_around(f, block)) >= 2:
                        applied = _clause(block.text, f.start - block.start)
                    continue
                if 0 <= at < f.start - block.start <= at + len(row.name) + 12:
                    candidates.append((len(words) + 2, -f.start, f, block))  # under its own name: best
                    continue
                if _said_under_the_end_of_its_name(rules, block.text, f.start - block.start, row.name):
                    candidates.append((len(words) + 1, -f.start, f, block))  # 整改率99.6% for …隐患整改率
                    continue
                if titled:  # 1.安全生产执法检查 / 全年累计检查生产经营单位612家次: the first figure of its measure
                    titled = False
                    candidates.append((len(words) + 0.5, -f.start, f, block))
                    continue
                if _other_rate(rules, block.text, f.start - block.start, row.name):
                    continue
                shared = len(words & words_around(f, block))
                # …集采药品286个，未完成年度目标: a figure the report itself holds against its target
                judged = rules.verdict.match(block.text[f.end - block.start:]) is not None
                if words and shared >= 2 and (shared >= 0.6 * len(words) or judged):
                    candidates.append((shared, -f.start, f, block))
        if candidates:
            _, _, found, block = max(candidates, key=lambda c: c[:2])
            rows[i] = _with_actual(rules, row, target, found, block, by_block.get(block.index, ()))
            used.add(id(found))
            answered[(row.block, row.end)] = (found, block)
            continue
        if (nil := _nil_under_its_name(doc, row.name, later)) is not None:
            rows[i] = IndicatorRow(**{**row.__dict__, "actual_value": Decimal(0), "actual_unit": None, "actual_text": nil,
                                      "met": _met(rules, row.operator, row.target_value, Decimal(0), None)})
            continue
        if applied is not None:
            # 膳食补助标准5元/生·日 … 各县均按每生每天5元标准落实膳食补助: done by the standard aimed
            # at; no figure reports how far
            rows[i] = IndicatorRow(**{**row.__dict__, "actual_text": applied, "met": True})
            continue
        if (zero := _none_left(rules, row, later, by_block, used, words)) is not None:
            f, block = zero  # 部门结转结余资金≤5% … 年末结余0万元: none of it is 0% of any base
            used.add(id(f))
            rows[i] = IndicatorRow(**{**row.__dict__, "actual_value": f.quantity.number, "actual_unit": f.quantity.unit or None,
                                      "actual_text": _clause(block.text, f.start - block.start),
                                      "met": _met(rules, row.operator, row.target_value, f.quantity.number, None)})
            continue
        said = next((_clause(b.text, at) for b in later if b.rows is None and (at := b.text.find(row.name)) >= 0), None)
        if said is not None and row.met is None and (met := _met(rules, "定性", None, None, said)) is not None:
            rows[i] = IndicatorRow(**{**row.__dict__, "actual_text": said, "met": met})  # 城乡低保对象认定准确率目标已完成
            continue
        if said is not None and not _planned(rules, said, len(said)) and not rx(r"(?:计划|目标|任务)\s*\d").search(said):
            continue  # said under its name with no figure of its measure: the report leaves it there
        unresolved.append((i, later, target, unit))
    # then, once every target has taken the figures reported under its name or in its words: the
    # figures reported in order under the level word, or before the target
    for i, later, target, unit in unresolved:
        found = _after_the_one_before(rules, rows, rows[i], answered, by_block, targets, used, unit) \
            or _in_order_under_its_level(rules, doc, rows[i], later, by_block, targets, used, unit) \
            or _said_before(rules, doc, rows[i], by_block, targets, used, unit)
        if found is not None:
            answered[(rows[i].block, rows[i].end)] = found
            rows[i] = _with_actual(rules, rows[i], target, *found, by_block.get(found[1].index, ()))
            used.add(id(found[0]))
        elif rows[i].target_unit == "%" and rows[i].met is None and (said := _said_in_words(rules, rows[i], later)):
            rows[i] = IndicatorRow(**{**rows[i].__dict__, "actual_text": said[0], "met": said[1]})


# a rate named right before its figure (…动态使用率为55.73%)
_RATE_BEFORE = regex.compile(r"([\p{Han}\d\-－]+率)\s*(?:仅|只)?(?:为|达到?|是)\s*$")


def _other_rate(rules: _Rules, text: str, at: int, name: str) -> bool:
    """A figure the text gives under a rate's own name that is not the target's: each name has words
    the other lacks (居民电子健康档案动态使用率为55.73% for 居民电子健康档案建档率, 2型糖尿病患者…服务率
    for 高血压患者…服务率).  A name the text shortens or fills out is the same rate (跨省住院费用直接结算率
    for 跨省异地就医住院费用直接结算率, 季度考核平均合格率 for 季度考核合格率)."""
    from .nlp import content_words

    m = _RATE_BEFORE.search(text[:at])
    if m is None or not name.endswith("率"):
        return False
    said, aimed = content_words(rules.compared_period.sub("", m.group(1))), content_words(name)
    return bool(said - aimed) and bool(aimed - said)


_NIL_AFTER_NAME = regex.compile(r"\s*(?:为|是)?\s*0(?=\s*(?:[，,。；;、]|$))")


def _nil_under_its_name(doc, name: str, later) -> str | None:
    """孕产妇死亡率控制在14/10万以内 … 2024年全区孕产妇死亡率为0: a bare 0 right after the target's
    own name.  The parser leaves a number with no unit alone, and none of a thing is none in any
    unit, so it answers the target as it stands; the clause is returned."""
    for block in later:
        if block.rows is not None:
            continue
        at = block.text.find(name)
        while at >= 0:
            if m := _NIL_AFTER_NAME.match(block.text, at + len(name)):
                return _clause(block.text, m.end() - 1)
            at = block.text.find(name, at + 1)
    return None


def _none_left(rules: _Rules, row: IndicatorRow, later, by_block, used: set[int], words: frozenset[str]):
    """A share capped by its target (部门结转结余资金≤5%) that a later clause reports as none at all in
    an amount (年末结余0万元): zero is within any cap whatever the base, so it answers the target.
    The clause must share a word of the target's name other than the owner's (部门, 单位)."""
    if row.target_unit != "%" or row.operator not in ("≤", "<"):
        return None
    own = {w for w in words if len(w) >= 2 and not rules.owner.fullmatch(w)}
    from .nlp import content_words
    for block in later:
        if block.rows is not None:
            continue
        for f in by_block.get(block.index, ()):
            if f.quantity.number == 0 and id(f) not in used and f.quantity.canonical_unit != "%" \
                    and own & content_words(_clause(block.text, f.start - block.start)):
                return f, block
    return None


def _a_part_of(words: frozenset[str], text: str, f: QuantityFact, block) -> bool:
    """A figure of a part of what the target counts (受益学生中农村留守儿童近3,200人 for 受益学生人数):
    its clause names the target's words as the whole it is taken from (学生中)."""
    clause = _clause(text, f.start - block.start)
    # 中 as the word "among", not the start of 中小学校, 中心, 中央…
    return any(len(w) >= 2 and rx(regex.escape(w) + r"中(?![小学心央国等期旬职医级型部间])").search(clause)
               for w in words)


def _said_in_words(rules: _Rules, row: IndicatorRow, later) -> tuple[str, bool] | None:
    """A rate aimed at that a later sentence, in most of the target's words, says was reached with
    no figure (各类救助资金按月足额发放率100% … 全年各类救助资金均按月足额发放到位; 现场检查覆盖率100%
    … 开展现场检查，实现检查全覆盖)."""
    from .nlp import content_words

    words = content_words(row.name)
    if len(words) < 2:
        return None
    # what the rate counts must be said (发放 of 发放率, 覆盖 of 覆盖率): 部分区居民健康档案系统…不畅
    # shares the words of 居民电子健康档案建档率 but says nothing of 建档
    measured = rx(r"(\p{Han}{2})率$").search(row.name)
    for block in later:
        if block.rows is not None:
            continue
        for sentence in rx(r"[^。；;]+").findall(block.text):
            shared = len(words & content_words(sentence))
            if shared >= 2 and shared >= 0.6 * len(words) and not rx(r"[%％]").search(sentence) \
                    and (measured is None or measured.group(1) in sentence) \
                    and (met := _met(rules, "定性", None, None, sentence)) is not None:
                return sentence.strip(), met
    return None


def _after_the_one_before(rules: _Rules, rows: list[IndicatorRow], row: IndicatorRow, answered, by_block, targets, used, unit: str):
    """Outcomes reported in the targets' order: the figure right after the one that answered the
    target before it in the same list, when it is of this target's measure (…培训4期，培训人数达到600人以上
    … 举办适应性培训4期、培训退役军人652人).  Figures taken already are passed over; a figure of
    another measure ends the search."""
    before = max((r for r in rows if r.source == "prose" and r.block == row.block and r.end <= row.start),
                 key=lambda r: r.end, default=None)
    if before is None or (before.block, before.end) not in answered:
        return None
    previous, block = answered[(before.block, before.end)]
    for f in by_block.get(block.index, ()):
        if f.start <= previous.start or id(f) in used or (block.index, f.end) in targets:
            continue
        clause = _clause(block.text, f.start - block.start)
        if not _same_measure(f.quantity.canonical_unit, unit) or "目标" in clause or "其中" in clause:
            return None
        if _planned(rules, block.text, f.start - block.start) \
                or _not_an_outcome(rules, row.name, block.text, f.start - block.start, f.end - block.start) \
                or _other_rate(rules, block.text, f.start - block.start, row.name):
            continue  # 改造计划8所，…已完成改造7所: the plan, then the outcome
        return f, block
    return None


def _not_an_outcome(rules: _Rules, name: str, text: str, start: int, end: int) -> bool:
    """A figure that says something else than how far a target was reached: a change from another
    year (受益学生人数较上年减少12,736人, for 受益学生人数≥54万人) unless the target is a change itself
    (…收入增幅≥6%), or the standard the work was done by (按每生每天5元标准落实, for 膳食补助标准5元)."""
    lead = text[clause_start(text, start, _PUNCTUATION_BEFORE):start]
    if rules.change.search(lead) and not rules.change_name.search(name):
        return True
    return _as_standard(rules, text, start, end)


def _as_standard(rules: _Rules, text: str, start: int, end: int) -> bool:
    """按每生每天5元标准落实: the figure at ``text[start:end]`` is given as the standard applied."""
    lead = text[clause_start(text, start, _PUNCTUATION_BEFORE):start]
    return bool(rules.basis_before.search(lead) and rules.basis_after.match(text[end:end + 12]))


def _titled_by(doc, block, name: str) -> bool:
    """A paragraph of outcomes under a heading that names the target (1.安全生产执法检查 over
    全年累计检查…612家次, for 安全生产执法检查不少于600家次)."""
    if block.section is None or len(name) < 4:
        return False
    section = doc.sections[block.section]
    title = rx(r"[\s。.：:]+$").sub("", section.title or "")
    return len(title) >= 4 and (title in name or name in title)


def _with_actual(rules: _Rules, row: IndicatorRow, target: QuantityFact | None, found: QuantityFact, block,
                 facts=()) -> IndicatorRow:
    q = found.quantity
    if target is not None and (parts := _in_parts(rules, row.name, found, block, facts)):
        # 中小学校5所、幼儿园3所 for 中小学校和幼儿园不少于7所: no one figure is the outcome; the parts are
        total = sum(f.quantity.value for f in parts)
        return IndicatorRow(**{**row.__dict__, "actual_text": _clause(block.text, found.start - block.start),
                               "met": _met(rules, row.operator, target.quantity.value, total, None)})
    if target is not None and (parts := _rate_parts(rules, row.name, found, block, facts)):
        # 学生满意度为95.60%；家长满意度为88.70% for 受益学生及家长满意度≥90%: one rate for each part
        # of the name, none of them the target's; met when every part is
        first, last = parts[0], parts[-1]
        lead = clause_start(block.text, first.start - block.start, _PUNCTUATION_BEFORE)
        said = block.text[lead:last.end - block.start]
        met = all(_met(rules, row.operator, target.quantity.value, f.quantity.value, None) for f in parts)
        return IndicatorRow(**{**row.__dict__, "actual_text": said, "met": met})
    # compared in canonical units: 8万台件以上 against 7.42万台件
    met = _met(rules, row.operator, target.quantity.value, q.value, None) if target \
        else _met(rules, row.operator, row.target_value, q.number, None)
    if met is False and row.operator == "=" and q.kind != "percent" and (
            (q.value > target.quantity.value) if target else (q.number > row.target_value)) \
            and rules.done_in_full.search(_sentence_after(block.text, found.end - block.start)):
        met = True  # 1,200公里 aimed at, 1,236公里 done, 已完成年度目标: more than the amount of work is done
    if met is False and row.operator == ">" and q.qualifier == "range" and q.low == q.value and q.high != q.low:
        # 30多场 for more than 30: more than its figure
        met = (q.value if target else q.number) >= (target.quantity.value if target else row.target_value)
    return IndicatorRow(**{**row.__dict__, "actual_value": q.number, "actual_unit": q.unit or None,
                           "actual_text": _clause(block.text, found.start - block.start), "met": met})


def _sentence_after(text: str, at: int) -> str:
    end = _SENTENCE_END.search(text, at)
    return text[at:end.start() if end else len(text)]


_REACHED_END = regex.compile(r"(?:实际|平均)?(?:达到?|为|是|提高到|提升至|提高至)?\s*$")


def _said_under_the_end_of_its_name(rules: _Rules, text: str, at: int, name: str) -> bool:
    """按期办结率97.2% for 退役军人信访事项按期办结率: the words before a figure, back to its clause's
    start, are the end of the target's name (three characters or more)."""
    lead = text[clause_start(text, at, _PUNCTUATION_BEFORE):at]
    lead = _REACHED_END.sub("", rules.name_lead.sub("", lead))
    return len(lead) >= 3 and name.endswith(lead)


def _level_paragraph(rules: _Rules, text: str, level: str | None) -> bool:
    """A paragraph of outcomes that opens with the level word of the targets (1.数量指标。… or
    1.社会效益。… for 社会效益指标)."""
    if not level:
        return False
    text = LIST_MARKER.sub("", text)
    stem = level[:-2] if level.endswith("指标") else level
    return text.startswith(level) or len(stem) >= 2 and regex.match(regex.escape(stem) + r"(?:指标)?\s*[。.：:，,]", text) is not None


def _level_titled(rules: _Rules, doc, block, level: str | None) -> bool:
    """A paragraph of outcomes under a heading that is the level word's stem after its first level's
    (1.产出数量 for 数量指标, 2.社会效益 for 社会效益指标): a third-party report's 绩效分析 sections."""
    if not level or block.section is None:
        return False
    stem = level[:-2] if level.endswith("指标") else level
    title = rx(r"[\s。.：:]+$").sub("", doc.sections[block.section].title or "")
    m = rules.level_title.fullmatch(title)
    return len(stem) >= 2 and m is not None and m.group("stem") == stem


def _planned(rules: _Rules, text: str, at: int) -> bool:
    """A figure the words before it give as the plan (改造计划8所, 年度目标1500户): the target said
    again, not an outcome."""
    return rules.planned.search(text[clause_start(text, at, _PUNCTUATION_BEFORE):at]) is not None


def _in_order_under_its_level(rules: _Rules, doc, row: IndicatorRow, later, by_block, targets, used, unit: str):
    """The first figure of the target's measure, not yet taken, in a later paragraph of outcomes under
    the target's level word: a report that gives its outcomes in its own words, in the targets' order
    (新建供水管网长度≥120公里 … 1.数量指标。…全县共铺设各类输配水管道126.5公里)."""
    for block in later:
        if block.rows is not None or not (_level_paragraph(rules, block.text, row.level2)
                                          or _level_titled(rules, doc, block, row.level2)):
            continue
        if row.project and (other := _project_of(rules, _headings(doc, block))) and other != row.project:
            continue  # the same level word in the part on another project (（二）林业有害生物防治补助资金)
        for f in by_block.get(block.index, ()):
            if (block.index, f.end) in targets or id(f) in used or not _same_measure(f.quantity.canonical_unit, unit):
                continue
            clause = _clause(block.text, f.start - block.start)
            if "目标" in clause or "其中" in clause or _planned(rules, block.text, f.start - block.start) \
                    or _not_an_outcome(rules, row.name, block.text, f.start - block.start, f.end - block.start) \
                    or _other_rate(rules, block.text, f.start - block.start, row.name):
                continue  # 完成年度目标的105.4%, a part of another figure, 改造计划8所, 较上年减少…
            return f, block
    return None


def _said_before(rules: _Rules, doc, row: IndicatorRow, by_block, targets, used, unit: str):
    """A figure reported before the target is stated, under the target's own name (预算执行率96.38%
    in the budget's paragraph, 预算执行率≥95% among the targets after)."""
    for block in doc.blocks[:row.block]:
        if block.rows is not None or (at := block.text.find(row.name)) < 0:
            continue
        for f in by_block.get(block.index, ()):
            if (block.index, f.end) not in targets and id(f) not in used and _same_measure(f.quantity.canonical_unit, unit) \
                    and at + len(row.name) <= f.start - block.start <= at + len(row.name) + 4:
                return f, block
    return _share_before(rules, doc, row, by_block, targets, used, unit)


def _share_before(rules: _Rules, doc, row: IndicatorRow, by_block, targets, used, unit: str):
    """A rate reported before its target as the share its parts make (结转结余率≤5% after 年末结转结余
    268.72万元，占全年预算数的3.62%): the percentage of the clause after the rate's stem that opens
    with 占."""
    m = rules.rate_stem.match(row.name)
    if m is None or unit != "%":
        return None
    stem = m.group("stem")
    for block in doc.blocks[:row.block]:
        if block.rows is not None or (at := block.text.find(stem)) < 0:
            continue
        end = _SENTENCE_END.search(block.text, at)
        for f in by_block.get(block.index, ()):
            start = f.start - block.start
            if at < start < (end.start() if end else len(block.text)) and f.quantity.canonical_unit == "%" \
                    and (block.index, f.end) not in targets and id(f) not in used \
                    and rules.share.match(block.text[clause_start(block.text, start, _PUNCTUATION_BEFORE):start]):
                return f, block
    return None


def _said_later(rules: _Rules, doc, row: IndicatorRow, later) -> tuple[str, bool] | None:
    """A target in words that a later paragraph says again as done (社会尊崇氛围有效提升; …明显改善
    的目标已完成), or a 不发生… target whose event a later clause says did not happen (全年未发生…事件)."""
    w = rules.words
    words = doc.text[row.start:row.end]
    never = words.startswith("不发生")
    name_said = None  # 年度重点项目中，…，未能按时完成: the sentence after the name
    ending = words[-w["same_ending"]:]
    for block in later:
        if block.rows is not None:
            continue
        at = block.text.find(words)
        # (not the target quoted, “养护管理长效机制健全”等指标为定性表述: the target cited, no outcome)
        if at >= 0 and not (block.text[at - 1:at] in "“\"‘「" and at > 0
                            and block.text[at + len(words):at + len(words) + 1] in ("”", "\"", "’", "」")):
            clause = _clause(block.text, at)
            met = _met(rules, "定性", None, None, clause, words)
            return clause, met is not False
        if never:
            for m in regex.finditer(regex.escape(ending), block.text):
                clause = _clause(block.text, m.start())
                if w["not_happened"].match(clause) and rx(regex.escape(ending) + w["happened_tail"].pattern).search(clause) \
                        or w["none_happened"].match(block.text, m.end()):
                    return clause, True  # 全年未发生…事故; 实现校园安全责任事故“零发生”
        if name_said is None and row.name != words and (at := _name_at(block.text, row.name)) >= 0:
            end = _SENTENCE_END.search(block.text, at)
            said = block.text[at:end.start() if end else len(block.text)]
            clause = _clause(block.text, at)
            # the clause first (学生营养健康状况有所改善，但…仍有差距: 改善 for 得到改善), then the sentence
            if (met := _met(rules, "定性", None, None, clause, row.target_text)) is not None \
                    or (met := _met(rules, "定性", None, None, said, row.target_text)) is not None:
                name_said = (clause, met)
        if name_said is None and row.target_text and (said := _said_of_the_same_owner(rules, row, block.text)):
            name_said = said
        if name_said is None and (said := _said_under_its_level(rules, row, block.text)):
            name_said = said
    return name_said


def _name_at(text: str, name: str) -> int:
    """Where ``text`` names a target: by its whole name, else by the end of it, five characters or
    more and half of it at least (长效管理机制基本健全 for 营养改善计划长效管理机制), as a later paragraph
    shortens a name said in full once; -1 when it does not."""
    if (at := text.find(name)) >= 0:
        return at
    for cut in range(1, len(name) - max(5, (len(name) + 1) // 2) + 1):
        if (at := text.find(name[cut:])) >= 0:
            return at
    return -1


def _said_under_its_level(rules: _Rules, row: IndicatorRow, text: str) -> tuple[str, bool] | None:
    """A target in words of a level's item (可持续影响指标：通过…提升公民的整体法治意识和法律素养),
    reported by a later item under the same level word (1.可持续影响：群众法治意识、法律素养程度逐年提升，…)
    in most of its words, plainly, as done."""
    from .nlp import content_words

    level = row.level2 or row.level1
    if not level:
        return None
    stem = level[:-2] if level.endswith("指标") else level
    m = rx(r"^(?:[（(]?\d{1,2}[）).、．]\s*|[①-⑳]\s*)?" + regex.escape(stem) + r"(?:指标)?\s*[：:]\s*").match(text)
    if m is None:
        return None
    end = _SENTENCE_END.search(text, m.end())
    said = text[m.end():end.start() if end else len(text)].strip()
    words = content_words(row.target_text or row.name)
    if len(words) < 3 or len(words & content_words(said)) < 0.5 * len(words) or not _plainly_done(rules, said):
        return None
    return said, True


def _said_of_the_same_owner(rules: _Rules, row: IndicatorRow, text: str) -> tuple[str, bool] | None:
    """A target in words named with the department as its owner (部门管理制度健全), said again with
    another word for the same owner and its target's words, as done or not (相关管理制度不健全)."""
    m = rules.owner.match(row.name)
    head = row.name[m.end():] if m else ""
    if len(head) < 3:
        return None
    for found in regex.finditer(regex.escape(head), text):
        lead = text[clause_start(text, found.start(), _PUNCTUATION_BEFORE):found.start()]
        if not rules.owner.fullmatch(lead):
            continue
        end = _CLAUSE_END.search(text, found.end())
        said = text[found.end():end.start() if end else len(text)]
        if row.target_text in said and (met := _met(rules, "定性", None, None, said, row.target_text)) is not None:
            return _clause(text, found.start()), met
    return None


def _named_actual(text: str, block, target: QuantityFact, name: str, facts: list[QuantityFact],
                  targets: set[int]) -> QuantityFact | None:
    """The figure a later clause reports under the target's own name (预算执行率≥90%；结转结余率≤10%。
    全年预算执行率为96.5%，结转结余率为3.2%)."""
    at = text.find(name, target.end - block.start)
    if at < 0:
        # …or an earlier clause of the paragraph (全年粮食播种面积92.8万亩，…，粮食播种面积稳定在92万亩
        # 以上的目标已完成): an outcome section that gives the figure before the target it meets
        own = clause_start(text, target.start - block.start)
        at = next((m.start() for m in rx(regex.escape(name)).finditer(text, 0, own)
                   if (end := _CLAUSE_END.search(text, m.end())) is not None and end.start() < own), -1)
        if at < 0 or len(name) < 4:
            return None
    clause_end = _CLAUSE_END.search(text, at + len(name))
    stop = block.start + (clause_end.start() if clause_end else len(text))
    return next((f for f in facts if block.start + at < f.start < stop and id(f) not in targets
                 and _same_measure(f.quantity.canonical_unit, target.quantity.canonical_unit)), None)


def _target_list(text: str, block, facts: list[QuantityFact], level_end: int, at: int) -> bool:
    """数量指标--心理团体健康教育及社会服务58场次，日常电子监控即电话抽查35000人次。: the sentence
    after a level word lists two or more counts with no operator at all, targets to equal."""
    stop = _SENTENCE_END.search(text, level_end)
    stop = stop.start() if stop else len(text)
    listed = [f for f in facts if level_end <= f.start - block.start < stop]
    # …按期完成率100%，全年举办…节庆活动5项，…，按期完成率100%: a sentence that reports is no list of targets
    reported = _rules().reported
    return at < stop and len(listed) >= 2 and all(
        f.quantity.operator is None and f.quantity.kind in ("count", "percent")
        and not reported.search(text, clause_start(text, f.start - block.start), f.start - block.start)
        for f in listed)


def _actual_by_words(text: str, block, target: QuantityFact, name: str, facts: list[QuantityFact],
                     targets: set[int], used: set[int]) -> QuantityFact | None:
    """The figure of a later sentence of the paragraph whose words share most with the target's
    name (日常电子监控即电话抽查35000人次 … 3.7万余人次电话抽查): a report that lists its outcomes in
    its own words and order."""
    from .nlp import content_words

    sentence_end = _SENTENCE_END.search(text, target.end - block.start)
    if sentence_end is None:
        return None
    words = content_words(name)
    best, best_score = None, 0
    for f in facts:
        if f.start - block.start < sentence_end.end() or id(f) in targets or id(f) in used \
                or not _same_measure(f.quantity.canonical_unit, target.quantity.canonical_unit):
            continue
        score = len(words & content_words(_clause(text, f.start - block.start)))
        if score > best_score:
            best, best_score = f, score
    return best


def _in_parts(rules: _Rules, name: str, found: QuantityFact, block, facts,
              taken: set[int] = frozenset()) -> list[QuantityFact] | None:
    """An outcome given in parts of the target's words, in one clause (新建、改扩建中小学校5所、幼儿园3所
    for 新建、改扩建中小学校和幼儿园): the figures of the same measure that follow the first, each after
    a 、 and words of the target's name; ``taken``: figures that answer other targets, no part."""
    if not rules.compound.search(name):
        return None
    parts, last = [found], found
    named = len(rules.compound.split(name))  # 心理团体健康教育及社会服务: two parts
    for f in facts:
        if f.start <= last.start:
            continue
        between = block.text[last.end - block.start:f.start - block.start]
        m = rx(r"^、(\p{Han}{2,12})$").match(between)
        if m is not None and m.group(1) in name and f.quantity.canonical_unit == found.quantity.canonical_unit:
            parts.append(f)
        # …or each figure before its part's own words, one part a clause (100余场次集中教育，5场公益活动
        # for 心理团体健康教育及社会服务58场次): as many parts as the name joins, no more
        elif rx(r"^\p{Han}{2,12}[，,、]$").match(between) and len(parts) < named and id(f) not in taken \
                and _same_measure(f.quantity.canonical_unit, found.quantity.canonical_unit) \
                and rx(r"\p{Han}{2}").match(block.text, f.end - block.start) \
                and rx(r"\p{Han}{2}").match(block.text, parts[0].end - block.start):
            parts.append(f)
            if len(parts) == named:
                break
        else:
            break
        last = f
    return parts if len(parts) > 1 else None


def _rate_parts(rules: _Rules, name: str, found: QuantityFact, block, facts) -> list[QuantityFact] | None:
    """The rates a paragraph gives, side by side, for the parts a target's name joins (受益学生及家长
    满意度: 学生满意度为95.60%；家长满意度为88.70%): each figure's clause names the rate with the words of
    one part (学生, 家长) before the name's end (满意度); None unless two parts or more are so given."""
    if found.quantity.canonical_unit != "%" or not rules.compound.search(name):
        return None
    heads = [p for p in rules.compound.split(name) if p]

    def part_of(f: QuantityFact) -> str | None:
        at = f.start - block.start
        lead = _REACHED_END.sub("", block.text[clause_start(block.text, at, _PUNCTUATION_BEFORE):at]).strip()
        if lead in heads[1:]:
            return lead  # 家长满意度, the last part whole
        tail = 0
        while tail < min(len(lead), len(name)) and lead[-1 - tail] == name[-1 - tail]:
            tail += 1
        head = lead[:len(lead) - tail]
        if tail < 2 or len(head) < 2 or len(head) > 6 or lead == name:
            return None
        return next((p for p in heads if head in p), None)

    if part_of(found) is None:
        return None
    parts = [f for f in facts if f.quantity.canonical_unit == "%" and part_of(f) is not None]
    near = [f for f in parts if abs(f.start - found.start) <= 40]
    if len({part_of(f) for f in near}) < 2:
        return None
    return sorted(near, key=lambda f: f.start)


def _same_measure(unit: str, other: str) -> bool:
    """场 and 场次, 人 and 人次, 次 and 场次 ([measures] same) count the same things for a target and
    its outcome."""
    return unit == other or bool(unit and other) and (
        unit.startswith(other) or other.startswith(unit) or any(unit in g and other in g for g in _same_measures()))


@lru_cache(maxsize=1)
def _same_measures() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(g) for g in patterns.load("indicators")["measures"]["same"])


_PUNCTUATION_BEFORE = regex.compile(r"[，,。；;：:]", regex.REVERSE)


def _clause(text: str, at: int) -> str:
    start = clause_start(text, at, _PUNCTUATION_BEFORE)
    end = _CLAUSE_END.search(text, at)
    return text[start:end.start() if end else len(text)].strip()


def _heading_levels(rules: _Rules, headings: list[str]) -> tuple[str | None, str | None]:
    """The level words of the headings above (1.投入管理指标绩效目标), outermost first: the longest
    word a title holds (投入管理指标, not 管理指标)."""
    level1 = level2 = None
    for title in reversed(headings):  # from the outermost: under 产出指标, a 4.成本指标 is of the second level
        found = [w for w in rules.level1 | rules.level2 if w in title]
        longest = [w for w in found if not any(w in other and w != other for other in found)]
        for word in sorted(longest, key=title.find):
            if word in rules.level1 and level1 is None:
                level1 = word
            elif level2 is None:
                level2 = word
    return level1, level2


def _framework_levels(rules: _Rules, headings: list[str], text: str) -> tuple[str | None, str | None]:
    """The first level a heading of an evaluation's analysis names by its scoring table's word
    (（三）项目产出情况: 产出 of 决策/过程/产出/效益), for the prose targets under it that no level word
    places; and the second, the run-in title of the paragraph under it (4.满意度。满意度调查显示…:
    满意度; not an item's name, 1.资金到位率：目标值100%…).  (Not levels for what else reads headings'
    levels: they do not make every 计划… under them a target.)"""
    for k, title in enumerate(headings):
        if m := rules.framework_level1.match(_clean(title)):
            inner = LIST_MARKER.sub("", _clean(headings[k - 1])) if k else ""
            run_in = k == 1 and inner and rx(r"\p{Han}{2,6}").fullmatch(inner) \
                and _clean(LIST_MARKER.sub("", text.lstrip())).startswith(inner + "。")
            return m.group("level"), inner if run_in else None
    return None, None


def _framework_above(rules: _Rules, headings: list[str], word: str) -> str | None:
    """The first level of an evaluation's analysis whose heading (（四）项目效益情况) stands above the
    heading that holds a level word of a 自评表's first level (3.满意度指标): under it, the word is
    of the second level."""
    for k, title in enumerate(headings):
        if (m := rules.framework_level1.match(_clean(title))) is not None:
            inner = any(word in h for h in headings[:k])
            return m.group("level") if inner and m.group("level") not in word else None
    return None


def _levels_for(rules: _Rules, levels, at: int, heading_levels) -> tuple[str | None, str | None]:
    level1, level2 = heading_levels
    for start, _, label, word in levels:
        if start > at:
            break
        if word in heading_levels:
            continue  # the block's own run-in heading: （一）产出目标。…
        if label == "LEVEL1" and heading_levels[0] is None:
            level1, level2 = word, None
        else:
            level2 = word  # under a heading's 产出指标, an item's 成本指标 is of the second level
    return level1, level2
