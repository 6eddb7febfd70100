"""Budget figures: every money figure with what it measures, and what the text says between them.

Built on the quantities stage.  For a figure in prose, the words before it in its clause name
the subject (基本支出, 一般公共预算财政拨款收入), the kind of figure (决算, 年初预算, 到位, a change)
and the funds (财政拨款, 一般公共预算); a figure whose clause names no subject
(``1.公共安全支出（204）司法（06）行政运行（01）:支出决算为693.39万元``) takes its heading's.  For a
figure in a table, the row's label and code cells are the subject and the column header the kind.
Links: 其中 lists (part_of), 占X% (share_of), 增加/减少 with a rate (change_of), 完成预算Z%
(execution_of), and the same figure stated twice (equal_to).  Vocabulary in patterns/budget.toml.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from typing import Any

import regex

from . import patterns
from .clean import LIST_MARKER
from .metadata import attached_projects, attached_reports
from .model import Document
from .patterns import rx
from .quantities import QuantityFact

# 收入总计由本年收入合计…和年初结转和结余…构成: 由 ends the whole's words, like 包括
_BOUNDARY = regex.compile(r"[，,。；;：:\n]|其中|包括|由(?=[^，,。；;]{2,60}?(?:构成|组成))")
# (a template's …… left in place ends its sentence too: 其他用车0辆……其他用车主要是用于……单价50万元以上…)
_SENTENCE_END = regex.compile(r"[。；;\n]|…{2,}")
_LIST_END = regex.compile(r"[。\n]|…{2,}")  # a 其中 list runs over its ；
_YEAR = regex.compile(r"((?:19|20)\d{2})\s*年")
_CODE_IN_BRACKETS = regex.compile(r"[（(]\s*(\d{2,3})\s*[）)]")
_WHOLE_CODE_IN_BRACKETS = regex.compile(r"[（(]\s*(?:科目编码|科目代码|编码)?\s*(\d{5}|\d{7})\s*[）)]")
_LEADING_CODE = regex.compile(r"^(\d{5}|\d{7})(?=\p{Han})")  # 2010801行政运行
_TRAILING_CODE = regex.compile(r"(?<=[）)])\s*(\d{3}|\d{5}|\d{7})$")
_LEVEL_IN_WORDS = regex.compile(r"(?P<name>[^（()）]+?)[（(]\s*(?P<level>类|款|项)\s*[）)]")
_CURRENT_KINDS = ("决算数", "预算数", "执行数", "年初预算数", "调整后预算数")
_NAMED_BUDGET = regex.compile(r"年初|调整后|全年")
_NAMED_BUDGET_KINDS = {"年初": "年初预算数", "调整后": "调整后预算数", "全年": "调整后预算数"}
_PRICE_CLASS = regex.compile(r"(?:（含）)?(?:以上|以下)?[^\d，,。；;]*")
_PUNCT = regex.compile(r"[\s、“”\"'‘’《》「」·]")


@dataclass(frozen=True)
class Amount:
    """A money figure (or a count in a 其中 list) with what it measures."""

    id: int
    fact: QuantityFact
    subject: str
    subject_key: str
    code: str | None
    kind: str
    scope: str | None
    year: int | None
    column: str | None  # the table column header, for figures read from tables
    pattern: str  # prose | heading | table

    def as_dict(self) -> dict[str, Any]:
        q = self.fact.quantity
        return {
            "amount_id": self.id, "subject": self.subject, "subject_key": self.subject_key, "code": self.code,
            "kind": self.kind, "scope": self.scope, "year": self.year, "column": self.column,
            "text": q.text, "value": str(q.value), "unit": q.canonical_unit, "precision": q.precision,
            "start": self.fact.start, "end": self.fact.end, "block": self.fact.block, "section": self.fact.section,
            "page": self.fact.page, "row": self.fact.row, "col": self.fact.col, "snippet": self.fact.snippet,
            "pattern": self.pattern,
        }


@dataclass(frozen=True)
class AmountLink:
    type: str  # part_of | share_of | change_of | execution_of | equal_to
    source: int  # amount id ("from")
    target: int | None  # amount id ("to"); None when the base is not a figure of the text
    exhaustive: bool | None = None
    direction: str | None = None
    declared: Decimal | None = None  # a declared percentage, as written
    declared_precision: int | None = None
    base: str | None = None  # the base a share names when it is not a figure here
    implied_prior: Decimal | None = None
    # for part_of: the list the part belongs to (parts of one list add up to their total; a total
    # may have several lists); any hashable while extracting, 0, 1, … once the stage is done
    list_id: Any = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "type": self.type, "from": self.source, "to": self.target, "exhaustive": self.exhaustive,
            "direction": self.direction, "declared": None if self.declared is None else str(self.declared),
            "declared_precision": self.declared_precision, "base": self.base,
            "implied_prior": None if self.implied_prior is None else str(self.implied_prior),
            "list": self.list_id,
        }


# -- vocabulary -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Rules:
    kinds: list[tuple[str, regex.Pattern[str]]]
    default_kind: dict[str, str]
    # by report kind: a kind that names the same figure as another there (部门预算: 年初预算数 -> 预算数)
    same_kinds: dict[str, dict[str, str]]
    balanced_reports: frozenset[str]
    scopes: list[tuple[str, str]]
    periods: regex.Pattern[str]
    fillers: regex.Pattern[str]
    spent_balance: regex.Pattern[str]
    spent_within_budget: regex.Pattern[str]
    leading: regex.Pattern[str]
    generic: regex.Pattern[str]
    bare_balance: regex.Pattern[str]
    counted_opening: regex.Pattern[str]
    asset_measure: regex.Pattern[str]
    asset_of: regex.Pattern[str]
    unnamed_funds: regex.Pattern[str]
    note_labels: regex.Pattern[str]
    named: regex.Pattern[str]
    heading_suffix: regex.Pattern[str]
    generic_heading: regex.Pattern[str]
    price_class_mark: str
    change_reason: regex.Pattern[str]
    performance_reports: frozenset[str]
    department_reports: frozenset[str]
    department_subject: str
    department_total_rows: frozenset[str]
    department_tables: regex.Pattern[str]
    score_columns: regex.Pattern[str]
    negated: regex.Pattern[str]
    period_rows: regex.Pattern[str]
    line_number_columns: regex.Pattern[str]
    unit_code_columns: regex.Pattern[str]
    table_note: regex.Pattern[str]
    code_header: regex.Pattern[str]
    label_header: regex.Pattern[str]
    header_top: regex.Pattern[str]
    budget_defined: regex.Pattern[str]
    performance_kinds: list[tuple[str, regex.Pattern[str]]]
    project_pronoun: regex.Pattern[str]
    class_pronoun: regex.Pattern[str]
    class_title: regex.Pattern[str]
    within_clauses: regex.Pattern[str]
    project_named_before: regex.Pattern[str]
    evaluated: regex.Pattern[str]
    partitions: list[frozenset[str]]
    partition_wholes: dict[frozenset[str], str]  # a partition -> the subject key of the whole it divides, when known
    measures: frozenset[str]
    clause_verb: regex.Pattern[str]
    table_totals: dict[str, str]
    classes: dict[str, str]
    economic_classes: dict[str, str]  # name -> code
    items: dict[str, list[str]]  # code -> names
    standard_items: dict[str, str]  # 项 name -> the two digits it has under every 款 (行政运行 01)
    other_item: regex.Pattern[str]  # 其他…支出: the 99 of its parent
    other_item_code: str
    actual_spending: regex.Pattern[str]  # 实际支出: the 决算数 of a 决算
    actual_spending_kind: str
    economic_wholes: frozenset[str]  # subject keys of the wholes whose list members are economic 款
    economic_items: dict[str, str]  # folded economic 款 name -> code
    parts: regex.Pattern[str]
    parts_of_named: regex.Pattern[str]
    lead_list: regex.Pattern[str]
    sublist: regex.Pattern[str]
    aside_opener: regex.Pattern[str]
    sum_after: regex.Pattern[str]
    sum_of_above: regex.Pattern[str]
    structure_heading: regex.Pattern[str]
    named_total_row: regex.Pattern[str]
    classification_cell: regex.Pattern[str]
    numbered_heading: regex.Pattern[str]
    two_sided_total: regex.Pattern[str]
    spending_part: regex.Pattern[str]
    remainder: regex.Pattern[str]
    share: regex.Pattern[str]
    execution: regex.Pattern[str]
    execution_base: regex.Pattern[str]
    execution_rate_after: regex.Pattern[str]
    change_rate: regex.Pattern[str]
    change_amount: regex.Pattern[str]
    total_names: regex.Pattern[str]
    total_words: regex.Pattern[str]
    total_current: regex.Pattern[str]


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    """Folded written form -> the subject's standard name."""
    aliases = {}
    for key, forms in patterns.load("budget")["aliases"].items():
        for form in (key, *forms):
            aliases[_fold(form)] = key
    return aliases


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    t = patterns.load("budget")
    items: dict[str, list[str]] = defaultdict(list)
    for code, name in t["function_items"].items():
        items[code].append(name)
    for code, names in t["function_item_aliases"].items():
        items[code].extend(names)
    links = t["links"]
    kinds = [(e["id"], patterns.compile_pattern("budget", e)) for e in patterns.entries("budget", "kind", ("id", "pattern"))]
    return _Rules(
        kinds=kinds,
        default_kind=dict(t["default_kind"]),
        same_kinds={report: dict(kinds) for report, kinds in t.get("same_kind", {}).items()},
        balanced_reports=frozenset(t["balanced_by_subject"]["reports"]),
        scopes=sorted(t["scope"].items(), key=lambda kv: -len(kv[0])),
        periods=patterns.compile_pattern("budget", t["subject"], "periods"),
        fillers=patterns.compile_pattern("budget", t["subject"], "fillers"),
        spent_balance=patterns.compile_pattern("budget", t["subject"], "spent_balance"),
        spent_within_budget=patterns.compile_pattern("budget", t["subject"], "spent_within_budget"),
        leading=patterns.compile_pattern("budget", t["subject"], "leading"),
        generic=patterns.compile_pattern("budget", t["subject"], "generic"),
        counted_opening=patterns.compile_pattern("budget", t["subject"], "counted_opening"),
        asset_measure=patterns.compile_pattern("budget", t["subject"], "asset_measure"),
        asset_of=patterns.compile_pattern("budget", t["subject"], "asset_of"),
        bare_balance=patterns.compile_pattern("budget", t["subject"], "bare_balance"),
        unnamed_funds=patterns.compile_pattern("budget", t["subject"], "unnamed_funds"),
        note_labels=patterns.compile_pattern("budget", t["subject"], "note_labels"),
        named=patterns.compile_pattern("budget", t["subject"], "named"),
        heading_suffix=patterns.compile_pattern("budget", t["subject"], "heading_suffix"),
        generic_heading=patterns.compile_pattern("budget", t["subject"], "generic_heading"),
        price_class_mark=t["subject"]["price_class_mark"],
        change_reason=patterns.compile_pattern("budget", t["subject"], "change_reason"),
        performance_reports=frozenset(t["performance"]["reports"]),
        department_reports=frozenset(t["performance"]["department_reports"]),
        department_subject=t["performance"]["department_subject"],
        department_total_rows=frozenset(t["performance"]["department_total_rows"]),
        department_tables=patterns.compile_pattern("budget", t["performance"], "department_tables"),
        score_columns=patterns.compile_pattern("budget", t["performance"], "score_columns"),
        negated=patterns.compile_pattern("budget", t["performance"], "negated"),
        period_rows=patterns.compile_pattern("budget", t["table_rows"], "period_rows"),
        line_number_columns=patterns.compile_pattern("budget", t["table_rows"], "line_number_columns"),
        unit_code_columns=patterns.compile_pattern("budget", t["table_rows"], "unit_code_columns"),
        table_note=patterns.compile_pattern("budget", t["copied_table"], "note"),
        code_header=patterns.compile_pattern("budget", t["copied_table"], "code_header"),
        label_header=patterns.compile_pattern("budget", t["copied_table"], "label_header"),
        header_top=patterns.compile_pattern("budget", t["copied_table"], "header_top"),
        budget_defined=patterns.compile_pattern("budget", t["table_rows"], "budget_defined"),
        performance_kinds=[(e["id"], patterns.compile_pattern("budget", e))
                           for e in patterns.entries("budget", "performance_kind", ("id", "pattern"))],
        project_pronoun=patterns.compile_pattern("budget", t["project"], "pronoun"),
        class_pronoun=patterns.compile_pattern("budget", t["project"], "class_pronoun"),
        class_title=patterns.compile_pattern("budget", t["project"], "class_title"),
        within_clauses=patterns.compile_pattern("budget", t["subject"], "within_clauses"),
        project_named_before=patterns.compile_pattern("budget", t["project"], "named_before"),
        evaluated=patterns.compile_pattern("budget", t["project"], "evaluated"),
        measures=frozenset(t["counts"]["measures"]),
        clause_verb=patterns.compile_pattern("budget", t["counts"], "clause_verb"),
        table_totals=dict(t["table_totals"]),
        partitions=[frozenset(subject_key(m) for m in e["members"]) for e in patterns.entries("budget", "partition", ("members",))],
        partition_wholes={frozenset(subject_key(m) for m in e["members"]): subject_key(e["whole"])
                          for e in patterns.entries("budget", "partition", ("members",)) if e.get("whole")},
        classes=dict(t["function_class"]),
        economic_classes=dict(t["economic_class"]),
        items=dict(items),
        standard_items={k: v for k, v in t["function_standard_items"].items() if not k.startswith("other_item")},
        other_item=patterns.compile_pattern("budget", t["function_standard_items"], "other_item"),
        other_item_code=t["function_standard_items"]["other_item_code"],
        actual_spending=patterns.compile_pattern("budget", t["actual_spending"], "pattern"),
        actual_spending_kind=t["actual_spending"]["kind"],
        economic_wholes=frozenset(subject_key(w) for w in t["economic_items"]["wholes"]),
        economic_items={_fold(n): c for n, c in t["economic_items"]["codes"].items()},
        parts=patterns.compile_pattern("budget", links, "parts"),
        parts_of_named=patterns.compile_pattern("budget", links, "parts_of_named"),
        lead_list=patterns.compile_pattern("budget", links, "lead_list"),
        sublist=patterns.compile_pattern("budget", links, "sublist"),
        aside_opener=patterns.compile_pattern("budget", t["subject"], "aside_opener"),
        sum_after=patterns.compile_pattern("budget", links, "sum_after"),
        sum_of_above=patterns.compile_pattern("budget", links, "sum_of_above"),
        structure_heading=patterns.compile_pattern("budget", links, "structure_heading"),
        named_total_row=patterns.compile_pattern("budget", links, "named_total_row"),
        classification_cell=patterns.compile_pattern("budget", links, "classification_cell"),
        numbered_heading=patterns.compile_pattern("budget", links, "numbered_heading"),
        two_sided_total=patterns.compile_pattern("budget", links, "two_sided_total"),
        spending_part=patterns.compile_pattern("budget", links, "spending_part"),
        remainder=patterns.compile_pattern("budget", links, "remainder"),
        share=patterns.compile_pattern("budget", links, "share"),
        execution=patterns.compile_pattern("budget", links, "execution"),
        execution_base=patterns.compile_pattern("budget", links, "execution_base"),
        execution_rate_after=patterns.compile_pattern("budget", links, "execution_rate_after"),
        change_rate=patterns.compile_pattern("budget", links, "change_rate"),
        change_amount=patterns.compile_pattern("budget", links, "change_amount"),
        total_names=patterns.compile_pattern("budget", t["totals"], "names"),
        total_words=patterns.compile_pattern("budget", t["totals"], "words"),
        total_current=patterns.compile_pattern("budget", t["totals"], "current"),
    )


def _fold(text: str) -> str:
    return _PUNCT.sub("", text).replace("(", "（").replace(")", "）")


def subject_key(subject: str) -> str:
    """A subject as written, folded so that two writings of one subject compare equal.

    Codes, 类/款/项 marks and the funds' names go (the scope has its own column), and 支出 after
    a 费, 接待 or 购置 (公务接待费支出 is 公务接待费, 国内公务接待支出 is 国内公务接待).
    """
    folded = _fold(subject)
    folded = _CODE_MARK.sub("", folded)
    folded = _SCOPE_WORDS.sub("", folded) or folded
    # 纳入本部门2024年部门预算编制范围的单位 is the department's 单位, as 单位共3个 says
    folded = rx(r"^纳入[^，,。；;]{0,30}?范围内?的(?=.)").sub("", folded)
    folded = rx(r"^(?:拨款|资金)?(?:安排)?的(?=.)").sub("", folded)  # 一般公共预算拨款的会议费
    # the kind says 预算 or 决算: 收入预算总计 is 收入总计, 支出预算 is 支出
    folded = rx(r"(?<=.)(?:预算|决算)数?(?=总计|合计|支出|收入|总?金额|总额|$)|^(?:预算|决算)(?=支出$|收入$)").sub("", folded)
    folded = rx(r"(?<=费|接待|购置)支出$|(?<=支出)支出$").sub("", folded)
    # so does 实际支出 (the kind word of 执行数): 部门实际支出 is 部门, as 部门预算 is
    folded = rx(r"(?<=.)实际支出$").sub("", folded)
    # a year inside a subject is its period, which the year column holds (绩效自评的2024年度项目 is 绩效自评的项目)
    folded = rx(r"(?<=\p{Han})(?:19|20)\d{2}年度?(?=\p{Han})").sub("", folded)
    # a project named with or without its 项目 (国土空间总体规划编制项目。年初预算200万元 and the
    # table's row 国土空间总体规划编制) is one project
    folded = rx(r"(?<=\p{Han}{4})项目$").sub("", folded)
    return _aliases().get(folded, folded)


_BUDGETS = r"一般公共预算|政府性基金预算|国有资本经营预算"
_BUDGET_FUNDS = regex.compile(_BUDGETS)
_SCOPE_WORDS = regex.compile(_BUDGETS + r"|(?:本级)?财政拨款|其他资金|单位资金")


def subject_code(subject: str, known: dict[str, str] | None = None) -> str | None:
    """The budget subject code a subject gives or makes certain.

    公共安全支出（204）司法（06）行政运行（01） -> 2040601; 公共安全支出（类）司法（款）行政运行（项)
    -> 2040601 when the names are known (``known``: code -> name from the document's own tables).
    """
    rules = _rules()
    bare = _fold(subject)
    if bare in rules.classes or bare + "支出" in rules.classes:
        return rules.classes.get(bare) or rules.classes[bare + "支出"]  # 卫生健康支出 is 类 210
    if bare in rules.economic_classes:
        return rules.economic_classes[bare]  # 工资福利支出 is 301 wherever it stands
    # 国有土地使用权出让收入安排的支出, 彩票公益金安排支出: a function 款 written whole, by the name a row
    # of the document's own tables gives it (with or without its 的), when one row alone has it
    named = {c for c, n in (known or {}).items() if len(c) == 5 and c[0] == "2"
             and _fold(n).replace("的", "") == bare.replace("的", "")}
    if len(named) == 1:
        return named.pop()
    subject = _PUNCT.sub("", subject)  # “一般公共服务支出（类）…（项）”: quotes are not names
    digits = _CODE_IN_BRACKETS.findall(subject)
    whole = _WHOLE_CODE_IN_BRACKETS.findall(subject) or _TRAILING_CODE.findall(subject) \
        or _LEADING_CODE.findall(subject)
    if len(whole) == 1 and (not digits or _TRAILING_CODE.search(subject)):
        # 公共就业服务和职业技能鉴定机构（2080111）, 交通运输支出（类）公路水路运输（款）行政运行（项）2140101:
        # the code written whole
        return whole[0]
    if digits and len(digits[0]) == 3 and all(len(d) == 2 for d in digits[1:]) and len(digits) <= 3:
        return "".join(digits)
    levels = _LEVEL_IN_WORDS.findall(subject)
    if not levels or levels[0][1] not in ("类", "款"):
        return None
    names = {c: [_PUNCT.sub("", n) for n in ns] for c, ns in rules.items.items()}
    for c, n in (known or {}).items():
        # (folded as the subject is: the table's 环境保护法规、规划及标准 is the prose's 环境保护法规、规划及标准（项）)
        names.setdefault(c, []).append(_PUNCT.sub("", n))
    name = levels[0][0].strip()
    if levels[0][1] == "类":
        code = rules.classes.get(name) or rules.classes.get(name + "支出")
    else:  # 法院（款）行政运行（项）: a 款 named alone, known from the tables or the lexicon
        match = [c for c, ns in names.items() if len(c) == 5 and name in ns]
        code = match[0] if len(match) == 1 else None
    if code is None:
        return None
    for item_name, level in levels[1:]:
        width = len(code) + 2
        match = [c for c, ns in names.items() if len(c) == width and c.startswith(code) and item_name.strip() in ns]
        if not match and (suffix := _standard_item(rules, item_name.strip())):
            # 城乡社区管理事务（款）行政运行（项）: the 项 every 款 numbers alike (2120101)
            match = [code + suffix]
        if len(match) != 1:
            return None
        code = match[0]
    return code


def _standard_item(rules: _Rules, name: str) -> str | None:
    """The two digits a 项 (or 款) has under any parent: 行政运行 01, 其他…支出 99."""
    if name in rules.standard_items:
        return rules.standard_items[name]
    if rules.other_item.match(name):
        return rules.other_item_code
    return None


# -- the stage ------------------------------------------------------------------------------------

@lru_cache(maxsize=8)
def _marks(text: str, kind: str) -> list[int]:
    """Ends of the clause (kind 'clause') or sentence (kind 'sentence') marks of a block's text,
    computed once per block: the figures of a long block look them up by bisection."""
    pattern = _BOUNDARY if kind == "clause" else _LIST_END if kind == "full" else _SENTENCE_END
    return [m.end() for m in pattern.finditer(text)]


def _start_of(text: str, kind: str, at: int) -> int:
    """Where the clause or sentence containing position ``at`` starts."""
    marks = _marks(text, kind)
    i = bisect.bisect_right(marks, at) - 1
    return marks[i] if i >= 0 else 0

def extract_amounts(doc: Document) -> Document:
    """Stage: amounts and amount links from the quantities of every block."""
    rules = _rules()
    facts: list[QuantityFact] = doc.facts.get("quantities", [])
    contexts = _contexts(doc, rules)
    known_codes = _codes_from_tables(doc)
    trees = _tree_rows(doc)
    units = _unit_rows(doc, rules)
    trees.update(units)
    amounts: list[Amount] = []
    links: list[AmountLink] = []
    by_block: dict[int, list[QuantityFact]] = defaultdict(list)
    for fact in facts:
        by_block[fact.block].append(fact)
    joined = _count_lists_broken_off(doc)
    for block in doc.blocks:
        block_facts = by_block.get(block.index, [])
        if block.index in joined.values():
            continue  # read with the paragraph whose list it goes on
        if block.index in joined:
            after = doc.blocks[joined[block.index]]
            block_facts = block_facts + by_block.get(after.index, [])
            block = replace(block, text=block.text + " " * (after.start - block.end) + after.text, end=after.end)
        if not block_facts:
            continue
        context = contexts[block.section]
        if block.rows is None:
            _prose(doc, block, block_facts, rules, context, known_codes, amounts, links)
        else:
            _table(doc, block, block_facts, rules, context, trees, amounts)
    _approximate_asides(doc, amounts, links)
    _list_items(doc, rules, amounts, links)
    _partition_items(doc, rules, amounts, links)
    _sums_of_items_above(doc, rules, amounts, links)
    _lead_lists(doc, rules, amounts, links)
    _lead_sentences(doc, rules, amounts, links)
    _structure_paragraphs(doc, rules, amounts, links)
    _lists_past_the_paragraph(rules, amounts, links)
    links.extend(_table_hierarchy(doc, amounts, trees))
    links.extend(_table_execution(doc, amounts))
    _place_shares(rules, amounts, links)
    _place_budgets(amounts, links)
    _place_restated_changes(amounts, links)
    _place_budget_additions(amounts, links)
    _budget_kinds_of_tables(amounts)
    _totals_of_all_funds(rules, amounts, links)
    _economic_item_codes(rules, amounts, links)
    links.extend(_equal_to(doc, amounts, links))
    links.extend(_one_unit_totals(doc, rules, amounts, units))
    links.extend(_restated_change_equal(amounts, links))
    # 其中：一般公共预算拨款2,915.36万元 after 全年预算4,433.80万元 under （三）部门预算及资金到位情况: a figure
    # read as money received, paired with the 年初 budget before it, that its list then showed to be a
    # budget itself: no budget is executed against another
    links = [k for k in links if not (k.type == "execution_of" and k.declared is None
                                       and amounts[k.source].kind in _BUDGET_KINDS)]
    doc.facts["amounts"] = amounts
    doc.facts["amount_links"] = _numbered_lists(links)
    return doc


_APPROXIMATE = regex.compile(r"^\s*[（(]\s*约")


def _count_lists_broken_off(doc: Document) -> dict[int, int]:
    """Paragraph -> the next one, where a count's 其中 list ends the paragraph and the counts of
    its kinds open the next (截至2024年12月31日，…共有车辆3辆，其中： / 主要领导干部用车0辆、…): a PDF
    copy broke the paragraph at the colon; read as one, the list has its total and the date."""
    joined = {}
    for block, after in zip(doc.blocks, doc.blocks[1:]):
        if block.rows is None and after.rows is None and after.section == block.section \
                and block.index not in joined.values() \
                and rx(r"\d\s*" + _COUNT_UNIT + r"[，,]?\s*其中[：:]\s*$").search(block.text) \
                and not LIST_MARKER.match(after.text) \
                and rx(r"^[^，,。；;：:\d]{2,30}?\d+\s*" + _COUNT_UNIT).match(after.text):
            joined[block.index] = after.index
    return joined


def _rough(a: Amount) -> bool:
    """A figure written as an approximation (约2.31亿元)."""
    return a.fact.quantity.text.lstrip().startswith("约")


def _approximate_asides(doc, amounts: list[Amount], links: list[AmountLink]) -> None:
    """A figure restated roughly in brackets right after it, 部门全年实际支出23,104.62万元（约2.31亿元），
    预算执行率为94.81%。其中：基本支出…: the same figure (equal_to), and what follows is said of the
    figure it restates: the rate, the 其中 list, the shares of its parts."""
    for i, a in enumerate(amounts):
        if a.pattern == "table" or i == 0:
            continue
        main = amounts[i - 1]
        block = doc.blocks[a.fact.block]
        if main.fact.block != a.fact.block or main.fact.quantity.kind != a.fact.quantity.kind:
            continue
        between = block.text[main.fact.end - block.start:a.fact.start - block.start] + a.fact.quantity.text
        if not _APPROXIMATE.match(between) or not _rough(a):
            continue
        amounts[i] = replace(a, subject=main.subject, subject_key=main.subject_key, code=main.code, kind=main.kind,
                             scope=main.scope, year=main.year)
        for j, k in enumerate(links):
            if k.type in ("share_of", "execution_of") and k.source == a.id:
                links[j] = replace(k, source=main.id)
            elif k.type in ("part_of", "share_of") and k.target == a.id:
                links[j] = replace(k, target=main.id)
        links.append(AmountLink("equal_to", a.id, main.id))


def _totals_of_all_funds(rules: _Rules, amounts: list[Amount], links: list[AmountLink]) -> None:
    """A paragraph that breaks its total down by funds (部门支出合计4,297.18万元…按资金来源分，一般公共预算
    支出2,861.23万元，政府性基金预算支出1,352.60万元…) speaks of all funds, whatever the heading above it
    names (二、一般公共预算支出情况): its figures whose words name no funds have none."""
    parts: dict[int, list[Amount]] = defaultdict(list)
    for k in links:
        if k.type == "part_of" and k.target is not None:
            parts[k.target].append(amounts[k.source])
    blocks = {amounts[t].fact.block for t, ps in parts.items()
              if amounts[t].pattern != "table" and len({p.scope for p in ps} - {None}) > 1}
    for i, a in enumerate(amounts):
        if a.fact.block in blocks and a.pattern != "table" and a.scope and not _scope(rules, a.subject):
            amounts[i] = replace(a, scope=None)


def _budget_kinds_of_tables(amounts: list[Amount]) -> None:
    """A budget figure of the prose that says no more (“三公”经费财政拨款支出预算为12.00万元) is the
    budget a table states for the same subject, year and value when that table says which budget
    it is (its column, or its note: “三公”经费预算数为年初部门预算数): the same figure, of that kind."""
    named: dict[tuple, set[str]] = defaultdict(set)
    for a in amounts:
        if a.pattern == "table" and a.kind in ("年初预算数", "调整后预算数") and a.subject_key:
            named[(a.subject_key, a.year, a.fact.quantity.value)].add(a.kind)
    for i, a in enumerate(amounts):
        kinds = named.get((a.subject_key, a.year, a.fact.quantity.value)) if a.pattern != "table" else None
        if a.kind == "预算数" and kinds and len(kinds) == 1:
            amounts[i] = replace(a, kind=next(iter(kinds)))


def _numbered_lists(links: list[AmountLink]) -> list[AmountLink]:
    """Each link once (a table's codes and its layout may state one twice), its list numbered."""
    once: dict[tuple, AmountLink] = {}
    for link in links:
        once.setdefault((link.type, link.source, link.target), link)
    lists: dict[Any, int] = {}
    return [replace(k, list_id=lists.setdefault(k.list_id, len(lists))) if k.list_id is not None else k
            for k in once.values()]


@dataclass(frozen=True)
class _Context:
    """What the part of a document a figure stands in says about it."""

    default_kind: str  # the kind of a figure that names none
    performance: bool  # read as a performance report (a 绩效自评 report, or one attached to a 决算)
    project: str | None  # the project an attached 项目绩效评价报告 is about
    headings: tuple[str, ...]  # titles of the sections above, nearest first, up to the report's own


def _economic_item_codes(rules: _Rules, amounts: list[Amount], links: list[AmountLink]) -> None:
    """人员经费698.86万元，主要包括：基本工资182.34万元、…住房公积金43.12万元: the members of a list
    of 人员经费 or 公用经费 are economic 款, and their names give the code (30101, 30113) that the
    same names elsewhere (住房公积金 the function 项) do not."""
    for k in links:
        if k.type != "part_of" or k.target is None or amounts[k.target].subject_key not in rules.economic_wholes:
            continue
        part = amounts[k.source]
        if part.code is None and (code := rules.economic_items.get(_fold(part.subject))):
            amounts[part.id] = replace(part, code=code)


def _contexts(doc: Document, rules: _Rules) -> dict[int | None, _Context]:
    """Section index (None: outside every section) -> its context.  A report attached inside the
    document (附件2 基层司法业务项目2020年绩效评价报告) is read as the report it is."""
    attached = attached_reports(doc)
    projects = attached_projects(doc)
    contexts = {None: _Context(rules.default_kind.get(doc.kind or "", "其他"), doc.kind in rules.performance_reports,
                               None, ())}
    for section in doc.sections:  # parents come before their children
        kind = attached.get(section.index, doc.kind)
        parent = contexts[section.parent] if section.parent is not None else None
        if section.index in attached and (parent is None or section.parent not in attached):
            parent = None  # the attached report's title: its context starts here
        contexts[section.index] = _Context(
            rules.default_kind.get(kind or "", "其他"), kind in rules.performance_reports,
            projects.get(section.index), (section.title, *(parent.headings if parent else ())),
        )
    return contexts


def _codes_from_tables(doc: Document) -> dict[str, str]:
    """code -> name from the classification tables of the document (201 06 01 行政运行)."""
    known: dict[str, str] = {}
    for block in doc.blocks:
        for row in block.rows or ():
            texts = [c.text for c in row]
            first_figure = next((i for i, t in enumerate(texts) if rx(r"[-\d,]+\.\d+").fullmatch(t)), len(texts))
            code, name = _cell_subject(texts[:first_figure])
            if code and name:
                known.setdefault(code, name)
    return known


def _prose(doc, block, block_facts, rules, context: _Context, known_codes, amounts, links) -> None:
    text = block.text
    heading = _heading_subject(doc, block)
    if heading:
        heading = rules.heading_suffix.sub("", heading) or heading
        if rules.generic_heading.match(heading):
            # （三）预算安排及分配管理。年初预算安排3万元: the project's; （一）投入。 names nothing
            heading = context.project
    # 注：2024年“三公”经费预算数比2023年减少29,000.00元 under a 一般公共预算“三公”经费支出预算表: a note
    # to a table speaks of the funds the table's title names
    above = doc.blocks[block.index - 1] if block.index else None
    note_scope = _scope(rules, _table_title(doc, doc.blocks[above.table])) \
        if above is not None and above.rows is not None and rules.table_note.match(text) else None
    list_scope = _opener_scope(doc, block, rules)
    members: list[Amount] = []
    implicit: set[int] = set()  # figures whose words name no kind
    reasons_from = -1  # the start of the sentence that gives the reasons for a change
    previous_end = 0
    for fact in block_facts:
        q = fact.quantity
        if q.kind not in ("money", "rate", "count"):
            continue  # rates (1万元/年) are amounts too: unit price × count = total is checked
        if q.kind == "count" and q.canonical_unit in rules.measures:
            continue  # 房屋14609.83平方米, 建筑高度29.8米: sizes, not counts
        start = fact.start - block.start
        after_parts = _after_parts(text, start)
        if q.kind == "count" and _count_bracket(text, start, fact.end - block.start):
            after_parts = True  # 实有人员34人（公务员编制28人，…）: a count and the counts of its kinds
        elif q.kind == "count" and _IN_BRACKETED_SENTENCE_LIST.search(text, 0, start):
            # （其中，绩效评级为“优”的项目4个；绩效评级为“良”的项目0个；…）: a list in brackets runs over its ；
            after_parts = True
        if q.kind == "count" and not after_parts and not (
                _opens_parts(text, fact.end - block.start) and _LIST_WITH_FIGURES.match(text, fact.end - block.start)) \
                and not _count_list_later(text, fact.end - block.start):
            # counts are amounts only as members or totals of a 其中 list (在建工程1项12277.73万元); a 其中
            # that names no figure (调解各类矛盾纠纷897件，其中村（社区）矛盾纠纷化解量占七成以上) makes no list
            continue
        if q.kind == "count" and after_parts and not _opens_parts(text, fact.end - block.start) \
                and _money_list(text, start, members, block.start):
            # 其中：国内公务接待支出2.05万元，共接待23批次、186人次…；外事接待支出0万元: a list of money
            # whose member is described by counts; the counts are no members of it
            continue
        lead_start = _start_of(text, "clause", start)
        lead_start = max(lead_start, previous_end)  # 轿车0辆、金额0万元: not 轿车0辆 again
        if q.kind == "count" and after_parts and _verb_after_nouns(rules, text, lead_start, start):
            continue  # …，重大行政决策2件，出具合法性审查意见书2份: what else was done, no member
        previous_end = fact.end - block.start
        lead = text[lead_start:start]
        pattern = "prose"
        if q.kind == "count":
            kind, subject, named_kind = _read_lead(rules, lead, "其他", kinds=False)
            if (not subject or subject in ("含", "包括", "包含")) and _count_bracket(text, start, fact.end - block.start) \
                    and (noun := _NOUN_AFTER.match(text, fact.end - block.start)):
                subject = noun.group()  # 人员编制数43个（包括6个事业编制，37个政法专项编制）: the noun after the count
        elif reason := rules.change_reason.search(lead):
            kind, subject, named_kind = "变动额", reason.group("subject"), True
            pattern = "reason"
        else:
            kind, subject, named_kind = _read_lead(rules, lead, context.default_kind)
            if not named_kind and context.performance:
                kind, subject, named_kind = _performance_kind(rules, subject, context, kind)
            elif kind == "执行数" and not context.performance and context.default_kind == rules.actual_spending_kind \
                    and rules.actual_spending.search(lead):
                kind = rules.actual_spending_kind  # 实际支出512.83万元 in a 决算: its 决算数
        if subject.startswith("涉及") and (counted := _counted_before(rules, text, lead_start)):
            subject = counted + subject  # 实行绩效目标管理的项目23个，涉及资金…: the funds of those projects
        elif rules.generic.match(subject) and (evaluated := _evaluated_before(rules, text, lead_start)):
            subject = evaluated  # 对一般公共预算项目支出开展绩效自评，共涉及项目38个，资金…: the funds evaluated
        if body := _body_in_front(doc.organisation, subject):
            # 西区司法局机关运行经费, 西区司法局共有车辆: the body (攀枝花市西区司法局) is no subject
            # (洛阳市医疗保障局（行政单位和参照公务员法管理事业单位）机关运行经费: and the units of
            # the body its brackets name)
            subject = rules.leading.sub("", rx(r"^[（(][^（()）]{1,30}[）)]").sub("", subject[len(body):]))
        if q.kind == "money" and subject and (within := rules.within_clauses.search(text, 0, lead_start)) \
                and within.start() >= _start_of(text, "sentence", lead_start):
            # 在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额246.47万元: the clauses
            # before the figure's own words say which 采购金额
            subject = _PUNCT.sub("", within.group("where") + "中" + within.group("who")) + subject
        if rules.class_pronoun.match(subject) and (named_class := _class_titled(rules, text)):
            subject = named_class  # 常年项目绩效分析。该类项目总数12个，涉及预算总金额135万元: the 常年项目's
        elif rules.project_pronoun.match(subject) and (
                project := context.project or _project_named_before(rules, text, lead_start)
                or _section_subject(doc, block, rules)):
            subject = rules.project_pronoun.sub(project, subject)  # 该项目本级财政拨款: the project of the report or heading
        elif subject and not rules.generic.match(subject) and _pronoun_opens_sentence(rules, text, lead_start) and (
                project := context.project or _project_named_before(rules, text, lead_start)
                or _section_subject(doc, block, rules)) and not subject.startswith(project):
            # 该项目本级财政拨款2万元，上级拨款34.17万元: the sentence's 该项目 owns the funds named after it too
            subject = project + subject
        price_class = subject.endswith("单价") and (m := _PRICE_CLASS.match(text, fact.end - block.start))
        if price_class:
            subject = subject + q.text + m.group()  # 单价100万元以上专用设备（统计口径）0台: the class is the subject
            if rules.price_class_mark not in subject:
                subject += rules.price_class_mark  # 单价50万元以上通用设备0台: the threshold of the statistics
        if kind == "结转结余" and rules.bare_balance.match(subject) and (title := _paragraph_title(rules, text)):
            subject, pattern = title, "heading"  # 2.学生资助及营养改善计划项目。…结余34.15万元: the project's
        if rules.generic.match(subject) or kind == "变动额" and _BARE_PERIOD.fullmatch(subject):
            # (较年初增加558.45万元: a change against a period names no subject of its own)
            if members and (kind == "变动额" or not _SENTENCE_END.search(text, members[-1].fact.end - block.start, start)) \
                    and not (kind != members[-1].kind and rules.unnamed_funds.match(members[-1].subject)):
                # (but not a figure of another kind whose words named nothing either: 累计拨付资金
                # 41,206.83万元，全年执行数41,206.83万元 is the department's spending, no 资金's)
                # 比上年减少0.91万元, 轿车0辆、金额0万元, 接待1批次，共计支出0.64万元: the figure
                # just stated in the same sentence is the subject
                subject, pattern = _changed_subject(text, members, start, block.start, kind), "previous"
                if kind == "变动额" and rules.spent_within_budget.fullmatch(subject):
                    # 使用2.4万元（其中：预算支出2.4万元，年终调减预算0.6万元）: the budget adjusted is the
                    # whole's (the project's), not the part spent out of it
                    subject = next((m.subject for m in reversed(members)
                                    if not rules.spent_within_budget.fullmatch(m.subject)), subject)
                if _SUM_WORD.search(lead):
                    # 每个社区的法律顾问费为1万元/年，共计80万元/年: the sum is of them all, no one's
                    subject = _DISTRIBUTIVE.sub("", subject) or subject
                    if context.project and rules.project_pronoun.match(text[_start_of(text, "sentence", start):].lstrip()):
                        # 该项目本级财政拨款2万元，上级拨款34.17万元，共计36.17万元: the project's funds
                        # in all, no 上级拨款
                        subject, pattern = context.project, "heading"
            elif opening := rules.counted_opening.match(text[_start_of(text, "sentence", start):lead_start]):
                # 国内公务接待16批次，170人次…，共计支出1.22万元: what the sentence counts cost it
                subject, pattern = rules.leading.sub("", opening.group("what")) or opening.group("what"), "previous"
            elif named := _named_before(rules, text, start):
                subject, pattern = named, "previous"
            elif (label := _LABEL_BEFORE.match(text[_start_of(text, "sentence", start):lead_start].strip())) \
                    and not rules.note_labels.search(label.group(1)):
                # 2210201住房公积金：年初预算为118.00万元: the label the sentence opens with
                subject, pattern = label.group(1), "previous"
            elif said := _SPENT_ON_PATH.match(text, _start_of(text, "sentence", start), lead_start):
                # 本年支出全部为城乡社区支出（类）…（项），年初预算为1200.00万元: the 项 the sentence says the
                # spending was, not the section's heading
                subject, pattern = said.group("path"), "previous"
            elif heading:
                subject, pattern = heading, "heading"
            elif not subject and members and LIST_MARKER.match(text):
                # 1.“…（项）”2.63万元，主要用于…。2022年当年预算执行数为1.48万元: the item's subject
                subject, pattern = members[0].subject, "previous"
            elif (section := _section_subject(doc, block, rules)) and (
                    not subject or context.performance and rules.named.match(section)):
                # （一）部门财政资金收入情况 … 全年预算数782.13万元; in a performance report, the
                # project a heading names: （一）高标准农田建设项目 … 资金到位2236万元
                subject, pattern = section, "heading"
        measure = rules.periods.sub("", lead).strip(" ，,、；;")
        if q.kind == "money" and rules.asset_measure.match(measure) and members \
                and not _SENTENCE_END.search(text, members[-1].fact.end - block.start, start) \
                and (asset := rules.asset_of.match(members[-1].subject)):
            subject = asset.group("asset") + measure  # 固定资产原值…，累计折旧144.86万元: the 固定资产累计折旧
        if not subject and context.project:
            # 得到预算批复为2.85万元 in a report on one project: words that name nothing name the project
            subject, pattern = context.project, "heading"
        elif not subject and kind == "执行数" and "支出" in lead:
            subject = "支出"  # 全年度实际支出776.55万元 and no heading to name it: the spending, as 支出… is
        if after_parts and (parent := _parent_level(subject, members, text, start, block.start)):
            # …养老支出（款）2024年预算数为233.82万元，其中：行政单位离退休（项）48.62万元: a 项 named
            # alone in the list of its 款 is that 款's, and takes its path (and so its code)
            subject = parent + subject
        elif parent := _heading_level(doc, block, subject):
            # （一）社会保障和就业支出（类）行政事业单位养老支出（款） / 1.机关事业单位基本养老保险缴费支出（项）
            # 748.92万元: a 项 numbered under the heading that names its 款 takes the heading's path
            subject = parent + subject
        if (not subject or rules.generic.match(subject) and not rules.unnamed_funds.match(subject)) \
                and doc.kind in rules.department_reports and not context.project:
            # (全年执行数41,206.83万元 too: 全年 names a period, no subject; but 拨付资金 keeps its 资金)
            subject, pattern = rules.department_subject, "heading"  # the whole department's figure
        sentence_start = _start_of(text, "sentence", start)
        if pattern == "reason":
            reasons_from = sentence_start
        elif kind == "变动额" and sentence_start == reasons_from:
            pattern = "reason"  # 主要原因是基本支出增加…等3397.18万元、项目经费支出安排减少1134.33万元
        # a year in a reason closed by ； dates the reason, not the figures after it (…主要原因是2024年
        # 已按规定更新执法执勤用车，本年不再安排购置；公务用车运行维护费86.40万元: the budget year's)
        dated = _CLOSED_REASON.sub("", text[sentence_start:start])
        if not _YEAR.search(dated):
            # 截至2023年12月31日，…。2024年部门预算未安排车辆购置；安排购置单价50万元以上…: a year
            # stated before the ； dates the clauses after it, before the paragraph's opening date does
            dated = _CLOSED_REASON.sub("", text[_start_of(text, "full", start):start])
        year = _year(doc, _as_of(text) + dated, kind)
        if kind in _CURRENT_KINDS and (compared := _COMPARED_FIGURE.search(lead)) and doc.year \
                and int(compared.group(1)) < doc.year:
            year = int(compared.group(1))  # 比2024年预算3,270.07万元增加16.38万元: the figure compared with
        if doc.year and year and year < doc.year and kind in _CURRENT_KINDS:
            kind = "上年数"  # 2022年当年预算执行数为1.48万元 in a 2023 report
        amount = Amount(
            len(amounts), fact, subject, subject_key(subject) if subject else "",
            subject_code(subject, known_codes) if subject else None, kind,
            # the funds the words name, else the section's: 一般公共预算财政拨款支出决算结构情况;
            # a reason given for a change (主要原因是基本支出增加…等3397.18万元) names its own
            _scope(rules, lead + subject) if pattern == "reason" else
            _scope(rules, lead + subject) or note_scope or list_scope
            or next(filter(None, (_scope(rules, h) for h in context.headings)), None),
            year, None, pattern,
        )
        amounts.append(amount)
        if not named_kind:
            implicit.add(amount.id)
        _prose_links(rules, text, block, amount, amounts, links)
        if not price_class:  # a price class is a threshold, no part or total of the list it stands in
            members.append(amount)
    _part_of(rules, text, block, members, links, amounts, implicit)
    _sums_after(rules, text, block, members, links)




def _opener_scope(doc, block, rules: _Rules) -> str | None:
    """The funds named by the paragraph that opens the numbered list ``block`` is an item of
    (财政拨款支出主要内容如下： / 1.“一般公共服务支出（类）…（项）”2.63万元… / 2.…): a PDF's text has no
    heading to carry them, and its items are those funds' figures."""
    if not LIST_MARKER.match(block.text):
        return None
    for above in reversed(doc.blocks[:block.index]):
        if above.rows is not None:
            return None
        if LIST_MARKER.match(above.text):
            continue  # an earlier item of the same list
        return _scope(rules, above.text) if _LIST_OPENER.search(above.text) else None
    return None


_LIST_OPENER = regex.compile(r"如下\s*[：:]\s*$")


def _changed_subject(text: str, members: list, at: int, offset: int, kind: str) -> str:
    """The subject of the figure a figure with no words of its own restates or changes: the one
    just stated; but a change that opens a sentence after a 其中 list changes the list's whole
    (公务用车购置及运行维护费24.00万元，其中：公务用车购置费0万元，公务用车运行维护费24.00万元。
    比上年减少2.50万元: the 公务用车购置及运行维护费's)."""
    last = members[-1]
    if kind != "变动额" or not _after_parts(text, last.fact.start - offset) \
            or not _LIST_END.search(text, last.fact.end - offset, at):
        return last.subject
    whole = next((m for m in reversed(members) if not _after_parts(text, m.fact.start - offset)), None)
    return whole.subject if whole is not None else last.subject


_ONE_LEVEL = regex.compile(r"^[^（）()]+[（(]([类款项])[）)]$")
_LEVEL_ABOVE = {"款": "类", "项": "款"}


def _parent_level(subject: str, members: list, text: str, at: int, offset: int) -> str | None:
    """The subject of the figure in the same sentence that names the level just above the one
    ``subject`` names alone: 行政单位离退休（项） in the list of …行政事业单位养老支出（款）."""
    m = _ONE_LEVEL.match(subject or "")
    if not m:
        return None
    above = _LEVEL_ABOVE.get(m.group(1))
    sentence = _start_of(text, "sentence", at)
    for member in reversed(members):
        if member.fact.start - offset < sentence:
            break
        if member.subject and rx(r"[（(]" + (above or "") + r"[）)]$").search(member.subject) and above:
            return member.subject
    return None


def _heading_level(doc, block, subject: str) -> str | None:
    """The path of the heading above ``block``'s section when ``subject`` names one level alone and
    that heading is a classification path ending in the level just above it (the 类 and 款 stand
    in a heading line, the 项 items below it)."""
    m = _ONE_LEVEL.match(subject or "")
    if not m or block.section is None:
        return None
    section = doc.sections[block.section]
    if section.block != block.index or section.parent is None:
        return None  # only the run-in title of the item's own section (1.行政运行（项）1,865.42万元…)
    title = (doc.sections[section.parent].title or "").strip()
    above = _LEVEL_ABOVE.get(m.group(1))
    if above and _PATH_TITLE.fullmatch(title) and rx(r"[（(]" + above + r"[）)]$").search(title):
        return title
    return None


_COUNTED = regex.compile(r"(?P<what>[^，,。；;：:]+?)\s*\d+\s*(?:个|项)[，,]\s*$")


def _counted_before(rules: _Rules, text: str, at: int) -> str | None:
    """What the clause just before ``at`` counts (2024年本部门实行绩效目标管理的项目23个，涉及资金
    2,358.35万元: 实行绩效目标管理的项目): the funds 涉及 are those things'."""
    m = _COUNTED.search(text[max(0, at - 60):at])
    return (_read_lead(rules, m.group("what"), "其他", kinds=False)[1] or None) if m else None


def _evaluated_before(rules: _Rules, text: str, at: int) -> str | None:
    """What the sentence before ``at`` evaluates, when its figures are what that evaluation
    covers (本部门组织对2024年度一般公共预算项目支出全面开展绩效自评，共涉及项目38个，资金…)."""
    sentence = text[:at].rsplit("。", 1)[-1]
    found = [m.group("name") for m in rules.evaluated.finditer(sentence)]
    return (rules.periods.sub("", found[-1]) or None) if found else None


def _project_named_before(rules: _Rules, text: str, at: int) -> str | None:
    """The project the paragraph names last before ``at`` (本部门对第五次全国经济普查项目开展了绩效自评，该项目…)."""
    found = [m.group("name") for m in rules.project_named_before.finditer(text, 0, at)]
    return found[-1] if found and not rules.project_pronoun.match(found[-1]) else None


def _performance_kind(rules: _Rules, subject: str, context: _Context, kind: str) -> tuple[str, str, bool]:
    """A figure of a performance report whose words name no kind: 支出29.77万元 is spent (执行数),
    收入 and 到位 are funds received; else the nearest heading that names one (1．资金计划。)."""
    if rules.negated.search(subject):
        return kind, subject, False  # 未到位资金: money that did not arrive is none of these
    for name, pattern in rules.performance_kinds:
        if pattern.search(subject):
            spent = rx(r"(?:支出|使用|支付)了?$").sub("", subject) if name == "执行数" else subject
            if spent != subject and (_BUDGET_FUNDS.fullmatch(spent) or subject_code(subject)):
                # 一般公共预算支出: the spending of one of the budgets, a total as the 决算 names it;
                # 工资福利支出 (301), 住房保障支出 (221): a classification's name, 支出 and all
                spent = subject
            return name, spent if spent and not rules.generic.match(spent) else subject, True
    for heading in context.headings:
        for name, pattern in rules.performance_kinds:
            if pattern.search(heading):
                return name, subject, False
    return kind, subject, False


def _class_titled(rules: _Rules, text: str) -> str | None:
    """The class of projects a paragraph opens with as a sentence of its own (常年项目绩效分析。…)."""
    end = _SENTENCE_END.search(text)
    title = rules.class_title.match(LIST_MARKER.sub("", text[:end.start()]).strip()) if end else None
    return title.group("class") if title else None


def _pronoun_opens_sentence(rules: _Rules, text: str, lead_start: int) -> bool:
    """Whether the sentence a figure's words stand in opened with 该项目 in an earlier clause
    (该项目本级财政拨款2万元，上级拨款34.17万元: the 上级拨款's words begin after the pronoun's clause)."""
    sentence = _start_of(text, "sentence", lead_start)
    opening = text[sentence:lead_start]
    pronoun = rules.project_pronoun.match(opening.lstrip())
    # (but the members of a 其中 list there are named as the list names them: 该项目全年预算235.4万元，其中：
    # 中央资金97.4万元)
    return pronoun is not None and regex.search(r"[，,]", opening) is not None and "其中" not in opening


def _body_in_front(organisation: str | None, subject: str) -> str | None:
    """The publishing body, or the end of its name, that a subject starts with."""
    for k in range(len(organisation or "") - 2):
        body = organisation[k:]
        if subject.startswith(body) and len(subject) > len(body):
            return body
    return None


_LABEL_BEFORE = regex.compile(r"^((?:\d{3}|\d{5}|\d{7})?[^\d，,。；;：:（）()]{2,30})[：:]$")


def _paragraph_title(rules: _Rules, text: str) -> str | None:
    """The project a paragraph opens with as a sentence of its own (1.城乡义务教育公用经费保障项目。…)."""
    end = _SENTENCE_END.search(text)
    if end is None:
        return None
    sentence = LIST_MARKER.sub("", text[:end.start()]).strip()
    return sentence if rules.named.match(sentence) else None


def _named_before(rules: _Rules, text: str, start: int) -> str | None:
    """The project a short sentence just before the figure's sentence names, if it is one."""
    sentence_start = _start_of(text, "sentence", start)
    if not sentence_start:
        return None
    previous_start = _start_of(text, "sentence", sentence_start - 1)
    sentence = LIST_MARKER.sub("", text[previous_start:sentence_start - 1]).strip()
    sentence = rx(r"^项目\s*\d*\s*[：:]").sub("", sentence).strip()  # 项目9：…。项目：公证辅助人员工作经费。
    return sentence if rules.named.match(sentence) else None


_CLOSE_BRACKET = regex.compile(r"[）)]")


def _open_bracket(text: str, start: int, end: int) -> bool:
    """Whether a bracket opened in ``text[start:end]`` is still open at ``end``."""
    depth = 0
    for ch in text[start:end]:
        depth += ch in "（("
        depth -= ch in "）)" and depth > 0
    return depth > 0


def _opens_parts(text: str, end: int) -> bool:
    return bool(rx(r"[，,。]?\s*其中").match(text[end:end + 4]))  # 办理法律援助案件4521件。其中：…


def _count_list_later(text: str, end: int) -> bool:
    """Whether the sentence goes on to a 其中 list of counts in the count's own unit, with no other
    measured figure before it: 该类项目总数12个，涉及预算总金额135万元，1—12月预算执行总体进度为79.77%，
    其中：预算结余率大于10%的项目共计6个 (the 12个 is the list's whole; but not 567件 in 全年共对567件事项
    进行了合法性审查，出具书面审查意见147份，其中…, whose list breaks down the 147份)."""
    later = _COUNT_LIST_LATER.match(text, end)
    return later is not None and text[end - 1] == later.group()[-1] \
        and not _MEASURED.search(text, end, text.index("其中", end))


def _money_list(text: str, start: int, members: list, offset: int) -> bool:
    """Whether the 其中 list a figure at ``start`` stands in opened with money and holds no count
    before it (其中：国内公务接待支出2.05万元，共接待23批次: yes; 其中：轿车0辆、金额0万元: no)."""
    sentence = _start_of(text, "sentence", start)
    opened = text.rfind("其中", sentence, start)
    listed = [m for m in members if opened <= m.fact.start - offset < start]
    return bool(listed) and all(m.fact.quantity.kind == "money" for m in listed)


def _verb_after_nouns(rules: _Rules, text: str, lead_start: int, start: int) -> bool:
    """Whether the clause of a count in a 其中 list opens with a verb while the list opened with a
    noun (其中政策性文件13份，…，出具合法性审查意见书2份): a new clause, no member."""
    if not rules.clause_verb.match(text[lead_start:start].lstrip(" ，,、；;")):
        return False
    opened = text.rfind("其中", _start_of(text, "sentence", start), start)
    first = text[opened + 2:start].lstrip(" ：:（(")
    return not rules.clause_verb.match(first)


# counts of people, bodies and things (not scores: 决策指标18.5分（满分20分）)
_COUNT_UNIT = r"(?:人|名|个|件|辆|台|套|所|家|户|项)"
_COUNT_LIST_LATER = regex.compile(r"[^。；;\n]*?其中[：:]?[^。；;\n]{0,30}?\d+\s*" + _COUNT_UNIT)
_LIST_WITH_FIGURES = regex.compile(r"[，,。]?\s*其中[^。\n]*?\d")
# 147份; not 135万元, 1—12月, nor a score (平均得分99.43分（其中，绩效评级为“优”的项目4个…)
_MEASURED = regex.compile(r"\d\s*(?![万亿千元月日年时分])\p{Han}")
# (a bracket that opens with 其中 is a 其中 list, read as such: 在职人员63人（其中：行政人员21人…）)
_COUNT_BRACKET_OPENS = regex.compile(r"[（(](?!\s*其中)[^（()）\d，,。；;]{0,15}\d+\s*" + _COUNT_UNIT)
_IN_COUNT_BRACKET = regex.compile(r"\d\s*" + _COUNT_UNIT + r"[（(][^（()）]*$")
_NOUN_AFTER = regex.compile(r"[^\d，,。；;、：:（()）]{2,15}(?=[，,。；;、）)])")


def _count_bracket(text: str, start: int, end: int) -> bool:
    """Whether a count opens brackets that list counts (实有人员34人（公务员编制28人，…）) or stands
    in such brackets: the list of the kinds of what it counts."""
    if not regex.search(_COUNT_UNIT + r"$", text[start:end]):
        return False
    return bool(_COUNT_BRACKET_OPENS.match(text, end)
                or _IN_COUNT_BRACKET.search(text[_start_of(text, "sentence", start):start]))


def _after_parts(text: str, start: int) -> bool:
    """Whether a figure stands inside a 其中 list (after 其中 in its sentence)."""
    return "其中" in text[_start_of(text, "sentence", start):start]


def _section_subject(doc, block, rules: _Rules) -> str | None:
    """What the title of the section a paragraph stands in names, if it names a subject."""
    if block.section is None:
        return None
    title = rules.heading_suffix.sub("", doc.sections[block.section].title)
    # （三）部门预算及资金到位情况: a title that joins a subject to a standard part's name (资金到位)
    # names the subject
    for joint in _JOINT.finditer(title):
        named, part = title[:joint.start()], title[joint.end():]
        if len(named) >= 2 and rules.generic_heading.match(part) and not rules.generic_heading.match(named):
            title = named
            break
    return title if title and not rules.generic_heading.match(title) and len(title) <= 20 else None


_JOINT = regex.compile(r"及|和|与")


# a title that is nothing but a classification path: 社会保障和就业支出（类）抚恤（款）死亡抚恤（项）,
# 公共安全支出（204）司法（06）行政运行（01）
_PATH_TITLE = regex.compile(r"(?:[^（()）\d]+?[（(]\s*(?:类|款|项|\d{2,3}|\d{5}|\d{7})\s*[）)])+")
# a clause that says what all of a figure's spending was, by its classification path, for the
# clauses after it to state that subject's figures
_SPENT_ON_PATH = regex.compile(r"[^，,。；;：:]*?(?:全部|均)(?:为|是|用于)(?P<path>(?:[^（()）\d，,。；;：:]+?"
                               r"[（(]\s*(?:类|款|项)\s*[）)])+)[，,]\s*$")
_LEVEL_MARK_OPENS = regex.compile(r"^[（(]\s*(?:类|款|项)\s*[）)]")


def _heading_subject(doc, block) -> str | None:
    """The subject a run-in heading names (1.公共安全支出（204）…（01）:支出决算为…), or a heading of
    its own above the paragraph that is a classification path (a PDF's text puts the 项 on its own
    line: 1.社会保障和就业支出（类）…行政单位离退休（项） / 年初预算为11.80万元，支出决算为…): a path
    names one subject, however long, and the figures of the paragraph under it whose words name none
    are its."""
    if block.section is None:
        return None
    section = doc.sections[block.section]
    if section.block == block.index:
        return section.title or None
    path = (section.title or "").strip().rstrip("。：: ")
    if section.block == block.index - 1 and path and doc.blocks[section.block].text.rstrip("。：: ").endswith(path):
        if (mark := _LEVEL_MARK_OPENS.match(block.text)) and _PATH_TITLE.fullmatch(path + mark.group()):
            # 1、社会保障和就业支出（类）…（款）行政单位离退休 / （项）。年初预算为84.00万元: a PDF's line
            # broke the path before its last level mark, which opens the paragraph under it
            return path + mark.group()
        if _PATH_TITLE.fullmatch(path):
            # the paragraph right under a path alone on its line (a run-in one names its own), its
            # colon too (9.…信息化建设（项）： / 2025年预算数为120.00万元)
            return path
    if section.block == block.index - 1 and section.title and _cut_paragraph_before(doc, block) is not None:
        # the rest of the heading's paragraph after a page break (…职业年金缴费支出（项）：…按 / - 11 - /
        # 规定为…比上年预算数149.28万元增加6.96万元): a block of its own, cut inside a sentence
        return section.title
    return None


_SENTENCE_STOPS = "。！？；：!?;:"


def _cut_paragraph_before(doc, block):
    """The block before ``block`` when the two are one paragraph a page break cut (a block is one
    span of the text, so the page's footer parts them): the one above breaks off inside its
    sentence, is no heading, and the one below opens no item.  None otherwise."""
    if not block.index or block.rows is not None or block.section is None:
        return None
    before = doc.blocks[block.index - 1]
    if before.rows is not None or before.section != block.section or not before.text.strip() \
            or before.text.rstrip()[-1] in _SENTENCE_STOPS or LIST_MARKER.match(block.text.strip()):
        return None
    section = doc.sections[block.section]
    if section.block == before.index and before.text.strip().endswith((section.title or "").strip()):
        return None  # a heading alone on its line
    return before


# what _read_lead and subject_key strip, compiled once: they run for every figure
_CODE_MARK = regex.compile(r"[（]\s*(?:类|款|项|\d{2,3}|\d{5}|\d{7})\s*[）]")
_BARE_PERIOD = regex.compile(r"[\s、，,]*(?:年初|年末|上年|本年)?[\s、，,]*")
_TEMPLATE_SLASH = regex.compile(r"(?:比|较)?(?:增加|减少|增长|下降)?/+$")
# asides that say what a figure includes or how it is counted (政府采购金额（以合同签订为准）)
_ASIDE = regex.compile(r"[（(](?:下同|含[^）)]*|不含[^）)]*|以[^（()）]{1,12}为准)[）)]")
_CLOSED_BEFORE = regex.compile(r"^[^（(]*[）)]")
_ASIDE_BEFORE = regex.compile(r"^[（(][^（()）\d]*[）)]\s*[、，,；;]+\s*")
_BARE_NUMBER = regex.compile(r"^\d{1,2}(?=\p{Han})(?!个)")  # but 4个重点项目 is a subject
_COMPARED = regex.compile(r"^(?:以及|[与比较同和及并])+")
_TRAILING_PARTICLE = regex.compile(r"(?:的|了|之|比|较|同比|与)+$")


# 部门预算结余资金, 使用非财政拨款结余 (masked): a balance whose kind word is part of its name
_BALANCE_FUNDS = regex.compile(r"(?<!上年|年初|年末)(?:结余|结转)资金|使用非?＃*结余")
_UNCLOSED_BRACKET = regex.compile(r"[（(](?=[^（()）]*$)")
_DISTRIBUTIVE = regex.compile(r"^每(?:个|名|人|户|家|所|项)?[^的，,。；;]{0,10}的")
_SUM_WORD = regex.compile(r"(?:合计|共计|总计)(?=[为是达]*$)")


def _with_sum_word(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A kind word's span, with the 合计/共计 that ends the words after it: in 以上五个重点项目年初预算
    合计12,376.40万元 and 到位合计16,168.81万元 the 合计 says the kind's figure is a sum, no subject."""
    m = _SUM_WORD.match(text, span[1])
    return (span[0], m.end()) if m else span


# 涉及项目预算资金, 涉及项目支出预算资金: the 预算 of the funds a set of projects involves is part of
# their name (the kind is read from it all the same)
_FUNDS_INVOLVED = regex.compile(r"(?<=涉及[^，,。；;：:]{0,8})预算(?=资金|金额)")


def _read_lead(rules: _Rules, lead: str, default: str, kinds: bool = True) -> tuple[str, str, bool]:
    """The kind and the subject the words before a figure give, and whether they name the kind.

    Kind words are looked for with the funds' names masked, so that the 预算 of 一般公共预算 is
    not read as a budget figure; what is left after periods, kind words and fillers is the subject.
    """
    if (opened := _UNCLOSED_BRACKET.search(lead)) is not None:
        # 增长6.13%（2022年度调整后预算39,874.16万元）: a figure inside brackets is named by the
        # words inside them
        lead = lead[opened.end():]
    lead = rules.periods.sub("", lead)
    lead = rules.spent_balance.sub("", lead)  # 年初结转的…安排支出: the spending, of the default kind
    lead = rules.aside_opener.sub("", lead)  # （含上年结转85.00万元）: 含 opens the aside, no part of the subject
    if kinds and rules.spent_within_budget.fullmatch(lead.strip()):
        # 使用2.4万元（其中：预算支出2.4万元，…）: money spent out of the budget, named as such; its 预算
        # is no budget figure, and the words are the subject that sets it apart from the whole spent
        return "执行数", lead.strip(), True
    masked = lead
    for words, _ in rules.scopes:
        masked = masked.replace(words, "＃" * len(words))
    kind, spans, found_kind = default, [], False
    for name, pattern in rules.kinds if kinds else ():  # a count has no kind: 二级预算单位 keeps 预算
        found = list(pattern.finditer(masked))
        if found and not found_kind:
            kind, found_kind = name, True
        if name != "其他":  # 挽回, 原值 name the figure: they stay in its subject
            # 上年结转项目收入: a balance named by its period keeps its kind word
            # (only after a stage's kind word: 收入预算总计 and 支出决算合计 are totals by name)
            spans.extend((_with_sum_word(masked, m.span()) if name in _STAGE_KINDS else m.span()) for m in found
                         if not (name == "结转结余" and masked[max(0, m.start() - 2):m.start()] in ("上年", "年初", "年末"))
                         and not _FUNDS_INVOLVED.match(masked, m.start()))
    subject = "".join(ch for i, ch in enumerate(lead) if not any(a <= i < b for a, b in spans))
    if kind == "结转结余" and (_BALANCE_FUNDS.search(masked) or _BARE_PERIOD.fullmatch(_COMPARED.sub("", _SCOPE_WORDS.sub("", subject).strip("、，, ")))
                              or rules.generic.match(subject.strip("、，, "))):
        subject = lead  # 年初结转和结余268.45万元, 结转资金298.65万元: the balance itself is the subject
    for _ in range(4):
        stripped = rules.fillers.sub("", subject).strip()
        if stripped == subject:
            break
        subject = stripped
    subject = _TEMPLATE_SLASH.sub("", subject)  # 增加/减少 left in a template
    # 其他用车0辆……其他用车主要是用于……单价50万元以上通用设备: a template's …… left in place ends
    # the clause before it
    subject = subject.rsplit("…", 1)[-1] or subject
    subject = _ASIDE.sub("", subject)
    subject = _CLOSED_BEFORE.sub("", subject)  # …（上一年度，下同）预算增加: a clause began inside the brackets
    # 行政单位1个（局机关本级）、全额拨款事业单位1个: the aside that closed the member before is no
    # part of the next one's name
    subject = _ASIDE_BEFORE.sub("", subject) or subject
    subject = LIST_MARKER.sub("", subject).lstrip("、，,；;：:）) ")
    subject = _BARE_NUMBER.sub("", subject)  # 1案件代理: a list number without its dot
    subject = _COMPARED.sub("", subject)
    unled = rules.leading.sub("", subject)
    subject = unled if len(unled) > 1 else subject  # 培训费 is no 培训 of 费
    subject = _TRAILING_PARTICLE.sub("", subject).strip(" （(")
    if (within := _WITHIN.match(subject)) and subject_code(within.group("part")):
        subject = within.group("part")  # 基本支出中工资福利支出: the class (301) named within the whole
    return kind, subject, found_kind


_WITHIN = regex.compile(r"^[^，,。；;：:]{2,12}?中(?P<part>[^，,。；;：:]{2,})$")


def _scope(rules: _Rules, text: str) -> str | None:
    for words, scope in rules.scopes:
        if words in text:
            return scope
    return None


_AS_OF = regex.compile(r"^\s*截[至止]\s*(?:19|20)\d{2}\s*年[^，,。]{0,8}")


def _as_of(paragraph: str) -> str:
    """The date a paragraph opens with (截止2022年12月31日，本部门流动资产…。固定资产…): it dates
    every figure of the paragraph."""
    m = _AS_OF.match(paragraph)
    return m.group() + "，" if m else ""


_CLOSED_REASON = regex.compile(r"(?:主要)?原因(?:是|为|在于|[:：])[^；;。]*[；;]")


def _year(doc, before: str, kind: str) -> int | None:
    """The year a figure belongs to: stated before it, else the report's (a change: the current)."""
    if kind == "上年数" and doc.year:
        return doc.year - 1
    if kind == "变动额":
        return doc.year
    years = [int(m.group(1)) for m in _YEAR.finditer(before)
             if not rx(r"(?:比|较|与|同)\s*$").search(before[: m.start()])]
    return years[-1] if years else doc.year


def _percent_after(pattern: regex.Pattern[str], text: str, at: int, window: int = 40):
    """The rate ``pattern`` finds after a figure, in its sentence and before any other figure
    (到位2.4万元，支出2.4万元，执行率为100%: the rate is the 支出's)."""
    m = pattern.match(text, at) or pattern.search(text, at, min(len(text), at + window))
    if not m:
        return None
    between = text[at:m.start()]
    return None if _SENTENCE_END.search(between) or rx(r"\d").search(between) else m


def _prose_links(rules, text, block, amount: Amount, amounts: list[Amount], links: list[AmountLink]) -> None:
    end = amount.fact.end - block.start
    clause_end = _BOUNDARY.search(text, end + 1)
    clause_end = clause_end.start() if clause_end else len(text)
    if aside := _ASIDE_AFTER.match(text, end):
        end = aside.end()  # 项目支出3592.60万元（含上年结转85.00万元），占39.86%: the share is the 项目支出's
        clause_end = max(clause_end, end)
    next_clause = text[end:min(len(text), clause_end + 30)]
    # 占76.81%, （占76.81%）: a share of the list's total or of the base it names; after a change (比上年增加5万元，
    # 增长0.5%，占76.81%) the share is the changed figure's
    share = regex.match(r"[，,（(]?\s*(?:[^，。；;\d]{0,12}\d+(?:\.\d+)?\s*%[，,]\s*)?" + rules.share.pattern, next_clause)
    source = amount if amount.kind != "变动额" else _current_for(amount, amounts)
    if share and source is not None:
        pct = share.group("pct")
        links.append(AmountLink("share_of", source.id, None, declared=Decimal(pct), declared_precision=_decimals(pct),
                                base=(share.group("base") or "").strip() or None))
    # 完成预算93.37%; or 年初预算…万元，到账…万元: funds received or spent against the budget
    # stated before them in the same sentence.  A budget figure completes no budget.
    execution = _percent_after(rules.execution, text, end)
    if execution and share and execution.start() < end + share.end():
        execution = None  # 占全年预算数的80%: a share of the budget figure, said as a share
    if execution is None and share:
        execution = _percent_after(rules.execution, text, end + share.end())  # …9.86万元，占18.83%，完成年初预算的65.73%
    budget = _budget_for(amount, amounts, text, block)
    if execution and (named := _NAMED_BUDGET.search(execution.group())):
        # 完成年初预算的113.09%, with 年初 and 调整后 budgets both stated: the one the rate names
        sentence = _start_of(text, "sentence", amount.fact.start - block.start)
        budget = next((a for a in reversed(amounts[:amount.id]) if a.fact.block == amount.fact.block
                       and a.fact.start - block.start >= sentence
                       and a.kind == _NAMED_BUDGET_KINDS[named.group()]), budget)
    if execution and amount.kind not in ("变动额", "年初预算数", "调整后预算数", "预算数"):
        pct = execution.group("pct") or execution.group("pct2")
        if amount.kind == "执行数" and (budget is None or not _agrees(amount, budget, Decimal(pct))):
            # 年初预算1,500.00万元，到位4,862.15万元，支出4,503.28万元，执行率92.62%: spending measured
            # against the funds received, which the rate agrees with, not the 年初预算; or against
            # those of the clause before the ； (全年到位资金7,245.60万元，…；实际支出7,012.34万元，执行率为96.78%)
            # (a budget first, when both agree: 到位2368万元…；实际支出2216.85万元，全年预算执行率93.62%)
            before = [a for a in _in_paragraph_before(amount, amounts)
                      if a.subject_key == amount.subject_key and _agrees(amount, a, Decimal(pct))]
            budget = next((a for kinds in (_BUDGET_KINDS, ("到位数",)) for a in before if a.kind in kinds), budget)
            if budget is None or not _agrees(amount, budget, Decimal(pct)):
                # 年初预算200万元，年中追加60万元，全年支出226.50万元，执行率87.12%: the rate is of the
                # adjusted budget, stated for the subject elsewhere (the project table's 调整后预算 260.00)
                agreeing = [a for a in amounts[:amount.id] if a.subject_key == amount.subject_key
                            and a.kind in _BUDGET_KINDS and a.year == amount.year and _agrees(amount, a, Decimal(pct))]
                if len({a.fact.quantity.value for a in agreeing}) == 1:
                    budget = agreeing[-1]
        links.append(AmountLink("execution_of", amount.id, budget.id if budget else None,
                                declared=Decimal(pct), declared_precision=_decimals(pct)))
    elif budget is not None and amount.kind in ("到位数", "执行数", "决算数"):
        links.append(AmountLink("execution_of", amount.id, budget.id))  # 年初预算为…，支出决算为…
    elif execution and amount.kind in _BUDGET_KINDS:
        _executed_before(execution, amount, amounts, links)
    elif around := _rate_around(rules, text, block, amount):
        # …支出决算21.73万元，完成年初预算26.50万元的82.00%: the rate of the figure spent, the budget inside it
        _executed_before(around, amount, amounts, links)
    # 下降5.1万元，下降0.44%
    if amount.kind == "变动额":
        lead_end = amount.fact.start - block.start
        direction = rules.change_amount.search(text[max(0, lead_end - 4):lead_end])
        rate = _percent_after(rules.change_rate, text, end)
        if direction is not None and direction.group("dir") in _ADDITION and _IN_BRACKETED_LIST.search(text, 0, lead_end):
            # 使用2.4万元（其中：预算支出2.4万元，年终调减预算0.6万元）: an adjustment told in passing inside a
            # list of what was spent; the adjusted budget it makes is not written, and neither the
            # spending nor its part is the figure it changes
            return
        # 收、支总计各增加X with the two totals stated apart: a change of each of them
        targets = _sides_for(amount, amounts) or [_current_for(amount, amounts)]
        if targets[0] is not None and _rate_around(rules, text, block, targets[0]):
            # …支出决算21.73万元，完成年初预算26.50万元的82.00%，比上年减少2.35万元: the budget inside the rate
            # is no figure the change is of; the one spent is
            base = targets[0]
            targets = [next((a for a in reversed(amounts[:base.id]) if a.fact.block == base.fact.block
                             and a.subject_key == base.subject_key and a.kind in ("决算数", "执行数")), base)]
        for current in targets:
            prior = None
            if current is not None and direction is not None:
                value, change = current.fact.quantity.value, amount.fact.quantity.value
                prior = value - change if direction.group("dir") in ("增加", "增长", "上升") else value + change
            links.append(AmountLink(
                "change_of", amount.id, current.id if current else None,
                direction=direction.group("dir") if direction else None,
                declared=Decimal(rate.group("pct")) if rate else None,
                declared_precision=_decimals(rate.group("pct")) if rate else None, implied_prior=prior,
            ))


def _rate_around(rules: _Rules, text: str, block, amount: Amount):
    """The execution rate a budget figure is written inside (完成年初预算26.50万元的82.00%), if it is."""
    if amount.kind not in _BUDGET_KINDS or amount.fact.block != block.index or amount.pattern == "table":
        return None
    if not rules.execution_base.search(text, 0, amount.fact.start - block.start):
        return None
    return rules.execution_rate_after.match(text, amount.fact.end - block.start)


def _executed_before(execution, budget: Amount, amounts: list[Amount], links: list[AmountLink]) -> None:
    """A rate after the budget (…基本支出1386.54万元… 基本支出全年预算1402.3万元，执行率98.88%): the rate
    of the figure of that subject spent or settled a paragraph or two up, when the rate agrees with
    the two figures and that figure has no rate of its own."""
    pct = execution.groupdict().get("pct") or execution.groupdict().get("pct2")
    link = AmountLink("execution_of", -1, budget.id, declared=Decimal(pct), declared_precision=_decimals(pct))
    executed = next((a for a in _nearby_before(amounts, budget) if a.subject_key == budget.subject_key
                     and a.kind in ("执行数", "决算数") and a.year == budget.year
                     and a.fact.quantity.kind == budget.fact.quantity.kind), None)
    if executed is None or not _rate_agrees(link, executed, budget):
        return
    if any(k.type == "execution_of" and k.source == executed.id for k in links):
        return
    links.append(replace(link, source=executed.id))


_ASIDE_AFTER = regex.compile(r"[（(]\s*(?:其中)?(?:含|包含|不含)[^（()）%\n]{1,40}[）)]")


def _decimals(number: str) -> int:
    return len(number.partition(".")[2])


_BUDGET_KINDS = ("年初预算数", "调整后预算数", "预算数")
_STAGE_KINDS = ("年初预算数", "调整后预算数", "执行数", "到位数")  # kinds a column names beyond the report's default


def _budget_for(amount: Amount, amounts: list[Amount], text: str, block) -> Amount | None:
    """The figure a figure is executed against: the budget of the same subject stated before it in
    its sentence; for money spent with no budget there, the money received (项目资金到位2.4万元，
    支出2.4万元); for money received, the budget of its subject a few paragraphs up (1．资金计划。
    该项目本级财政拨款2万元 / 2．资金到位。该项目本级财政拨款2万元全部到位)."""
    start = amount.fact.start - block.start
    sentence_start = _start_of(text, "sentence", start)
    received = None
    for other in reversed(amounts[-12:-1]):  # a budget stands a few figures back at most
        if other.fact.block != amount.fact.block or other.fact.start - block.start < sentence_start:
            break
        if other.subject_key != amount.subject_key:
            continue
        if other.kind in _BUDGET_KINDS:
            return other
        if other.kind == "到位数" and received is None:
            received = other
    if amount.kind == "执行数":
        return received
    if amount.kind == "到位数":
        budgets = [a for a in _nearby_before(amounts, amount, blocks=4)
                   if a.kind in _BUDGET_KINDS and a.subject_key == amount.subject_key]
        # 该项目本级财政拨款2万元，上级拨款34.17万元，共计36.17万元 / 该项目本级财政拨款2万元全部到位: of
        # two budgets of the project, the one of the same sum (the 2万元), else the nearest
        return next((a for a in budgets if a.fact.quantity.value == amount.fact.quantity.value),
                    budgets[0] if budgets else None)
    return None


def _nearby_before(amounts: list[Amount], amount: Amount, blocks: int = 2):
    """The figures before ``amount``, nearest first, within ``blocks`` blocks of it: the search
    stops there instead of walking back through the whole document for every figure."""
    for other in reversed(amounts[: amount.id]):
        if amount.fact.block - other.fact.block > blocks:
            return
        yield other


def _sides_for(change: Amount, amounts: list[Amount]) -> list[Amount]:
    """The income and the spending total a change of both sides is of (收入总计12,486.35万元，支出总计
    12,486.35万元。…收、支总计各增加1,052.63万元): each, the nearest before of the change's scope;
    none when the text states the two as one figure (收、支总计均为…) or misses either."""
    key = change.subject_key
    if "收支" not in key or change.pattern == "reason":
        return []
    head, _, tail = key.partition("收支")
    candidates = [a for a in _nearby_before(amounts, change) if a.kind not in ("变动额", "上年数")
                  and a.fact.quantity.kind == change.fact.quantity.kind and a.scope == change.scope]
    if any(a.subject_key == key for a in candidates):
        return []  # 收、支总计均为1163.82万元: one figure for both
    sides = [next((a for a in candidates if a.subject_key == head + side + tail), None) for side in ("收入", "支出")]
    return sides if all(sides) else []


def _current_for(change: Amount, amounts: list[Amount]) -> Amount | None:
    """The figure a change is a change of: the last earlier figure of the same subject, nearby, not
    the prior year's (实际支出6518.92万元，较上年实际支出5874.31万元增加644.61万元)."""
    candidates = [a for a in _nearby_before(amounts, change)
                  if a.kind not in ("变动额", "上年数") and a.fact.quantity.kind == change.fact.quantity.kind]
    same = next((a for a in candidates if a.subject_key == change.subject_key), None)
    if change.pattern == "reason":  # 基本支出增加…等3397.18万元: the 基本支出 stated earlier, or none
        return same or next((a for a in reversed(amounts[:change.id]) if a.subject_key == change.subject_key
                             and a.kind != "变动额" and a.fact.quantity.kind == change.fact.quantity.kind), None) \
            or _restated_change(change, amounts)
    if same is None and "收支" in change.subject_key:
        # 收入预算总计3,536.75万元，支出预算总计3,536.75万元。…收、支预算总计各减少62.40万元: a change of both
        # sides is written against the first, the income side
        same = next((a for a in reversed(candidates) if a.fact.block == change.fact.block
                     and a.subject_key.startswith("收入") and "收支" in subject_key("收支" + a.subject_key[2:])), None)
    return same or next((a for a in candidates if a.fact.block == change.fact.block), None)


_ADDITION = ("追加", "调增", "调减")
_IN_BRACKETED_LIST = regex.compile(r"[（(]\s*其中[：:]?[^（()）]*$")
_IN_BRACKETED_SENTENCE_LIST = regex.compile(r"[（(]\s*其中[：:，,]?[^（()）。]*$")


def _place_budget_additions(amounts: list[Amount], links: list[AmountLink]) -> None:
    """年度执行中追加预算5,716.35万元，…，调整后全年预算为24,368.75万元: what is added during the year
    changes the budget into the adjusted one stated after it in the sentence, not the 年初预算 before."""
    for i, link in enumerate(links):
        if link.type != "change_of" or link.direction not in _ADDITION:
            continue
        change = amounts[link.source]
        after = next((a for a in amounts[change.id + 1:change.id + 4] if a.fact.block == change.fact.block
                      and a.kind == "调整后预算数" and a.subject_key == change.subject_key), None)
        if after is None and link.target is not None:
            # 年初预算200万元，年中追加60万元，全年支出226.50万元 with the project's 调整后预算 260.00 in a
            # table: the adjusted budget of the subject stated elsewhere that the addition makes of the 年初
            base, delta = amounts[link.target].fact.quantity.value, change.fact.quantity.value
            made = base - delta if link.direction == "调减" else base + delta
            found = [a for a in amounts if a.kind == "调整后预算数" and a.subject_key == change.subject_key
                     and a.year == change.year and a.fact.quantity.value == made]
            after = min(found, key=lambda a: abs(a.id - change.id)) if found else None
        if after is not None:
            value, delta = after.fact.quantity.value, change.fact.quantity.value
            links[i] = replace(link, target=after.id,
                               implied_prior=value + delta if link.direction == "调减" else value - delta)


def _addition_listed(rules: _Rules, text: str, block, change: Amount) -> bool:
    """Whether a change is an addition to the budget that the writer lists among what was spent:
    使用269.9万元（其中：预算支出269.9万元，年度调增预算8.83万元）, a member of the list (whose parts the
    checks then find exceed it).  A decrease there (使用2.4万元（其中：预算支出2.4万元，年终调减预算0.6万元）)
    is money not spent, no part of the spending."""
    lead_end = change.fact.start - block.start
    direction = rules.change_amount.search(text[max(0, lead_end - 4):lead_end])
    return direction is not None and direction.group("dir") in ("追加", "调增") \
        and _IN_BRACKETED_LIST.search(text, 0, lead_end) is not None


def _restated_change(change: Amount, amounts: list[Amount]) -> Amount | None:
    """A reason that restates a change stated with its figure (项目支出预算数为10208.94万元。与上年相比
    减少1134.33万元 … 主要原因是…项目经费支出安排减少1134.33万元): the figure of that change, when
    exactly one change of the same value, stated outside a reason, has one."""
    value = change.fact.quantity.value
    stated = [a for a in amounts if a.kind == "变动额" and a.pattern != "reason" and a.id != change.id
              and a.fact.quantity.value == value and a.fact.quantity.kind == change.fact.quantity.kind]
    currents = {id(c): c for c in (_current_for(a, amounts) for a in stated) if c is not None}
    keys = {c.subject_key for c in currents.values()}
    if len(keys) != 1:
        return None
    return min(currents.values(), key=lambda c: abs(c.id - change.id))


def _place_restated_changes(amounts: list[Amount], links: list[AmountLink]) -> None:
    """A reason stated before the change it restates (the 收支总体 paragraph names 项目经费支出安排减少
    1134.33万元 before 项目支出预算数为10208.94万元。与上年相比减少1134.33万元): placed once all
    figures are read."""
    for i, link in enumerate(links):
        if link.type == "change_of" and link.target is None and amounts[link.source].pattern == "reason":
            current = _restated_change(amounts[link.source], amounts)
            if current is not None:
                value, change = current.fact.quantity.value, amounts[link.source].fact.quantity.value
                prior = None if link.direction is None else \
                    value - change if link.direction in ("增加", "增长", "上升") else value + change
                links[i] = replace(link, target=current.id, implied_prior=prior)


def _restated_change_equal(amounts: list[Amount], links: list[AmountLink]) -> list[AmountLink]:
    """A reason that restates a change (主要原因是…项目经费支出安排减少1134.33万元) states the same figure
    as the change stated with its subject (项目支出预算数为10208.94万元。与上年相比减少1134.33万元): the two
    are one figure, whatever the reason calls the subject.  Joined only when both are changes of the
    same value of one current figure (or of figures of one subject and value)."""
    def current_of(link: AmountLink) -> tuple | None:
        if link.target is None:
            return None
        c = amounts[link.target]
        return c.subject_key, c.kind, c.year, c.fact.quantity.value

    changes = [k for k in links if k.type == "change_of"]
    stated: dict[tuple, int] = {}
    for k in changes:
        a = amounts[k.source]
        if a.pattern != "reason" and (cur := current_of(k)) is not None:
            stated.setdefault((cur, a.fact.quantity.value, a.fact.quantity.canonical_unit), a.id)
    joined = {(k.source, k.target) for k in links if k.type == "equal_to"}
    found = []
    for k in changes:
        a = amounts[k.source]
        cur = current_of(k)
        if a.pattern != "reason" or cur is None:
            continue
        other = stated.get((cur, a.fact.quantity.value, a.fact.quantity.canonical_unit))
        if other is not None and other != a.id and (a.id, other) not in joined and (other, a.id) not in joined:
            found.append(AmountLink("equal_to", a.id, other))
    return found


_SEMICOLON = regex.compile(r"[；;]")


def _part_of(rules, text, block, members: list[Amount], links: list[AmountLink], amounts: list[Amount],
             implicit: set[int]) -> None:
    """其中 lists: the figures after 其中 in a sentence are parts of the figure before it, or of
    the last one before the sentence when 其中 opens it (…3.41万元。其中公务用车保险费0.82万元…),
    or of the whole a sentence names first (“三公”经费…决算中，因公出国（境）费…)."""
    sublists = _sublists(rules, text, block, members, links)
    openers = [(m, _total_before(text, block, m.start(), members, amounts)
                or _named_total(rules, text[_start_of(text, "sentence", m.start()):m.start()],
                                members[0] if members else None, amounts,
                                [a for a in members if a.fact.end - block.start <= m.start()]))
               for m in rules.parts.finditer(text)]
    openers += [(m, _named_total(rules, m.group("whole"), members[0] if members else None, amounts,
                                 [a for a in members if a.fact.end - block.start <= m.start()]))
                for m in rules.parts_of_named.finditer(text)]
    for m, total in openers:
        if total is None:
            continue
        end = _LIST_END.search(text, m.end())
        end = end.start() if end else len(text)
        if _open_bracket(text, _start_of(text, "sentence", m.start()), m.start()):
            close = _CLOSE_BRACKET.search(text, m.end(), end)  # （其中：行政人员21人、事业人员42人）: up to its bracket
            end = close.start() if close else end
        # 在职人员63人（其中：…），退休人员18人: a sublist in brackets, which the list goes on past
        # 人员经费…，主要包括工资福利支出…；项目支出…（含上年结转…）: parts of a part, no parts of the list
        skipped = [(s, e) for s, e in sublists if m.end() <= s < end]
        nested_from = m.end()
        while (nested := rules.parts.search(text, nested_from, end)) is not None:
            close = _CLOSE_BRACKET.search(text, nested.end(), end)
            if not (_open_bracket(text, m.end(), nested.start()) and close):
                if (semi := _SEMICOLON.search(text, nested.end(), end)) is not None:
                    # 其中：…，公务用车购置及运行费1,216.00万元，其中公务用车购置费…；公务接待费18.00万元: a
                    # sublist up to the ；, which the list goes on past
                    skipped.append((nested.start(), semi.start()))
                    nested_from = semi.end()
                    continue
                end = nested.start()  # 其中：在职人数47人，其中：…: a sublist that ends the list
                break
            skipped.append((nested.start(), close.end()))
            nested_from = close.end()
        opened = max((x.end() for x in _LIST_END.finditer(text, 0, m.start())), default=0)
        if rules.parts.search(text, opened, m.start()) and not _open_bracket(text, opened, m.start()) \
                and (semi := _SEMICOLON.search(text, m.end(), end)) is not None:
            end = semi.start()  # the sublist of a list the sentence opened before: up to its ；
        sentence = _start_of(text, "sentence", m.start())
        if not text[sentence:m.start()].strip(" （(，,") and sentence:
            sentence = _start_of(text, "sentence", sentence - 1)  # 。其中：…: the figures of the sentence before
        if total.fact.block == block.index:
            stated = [a for a in members if sentence <= a.fact.start - block.start < m.start()]
        else:  # 其中 opens the paragraph: the figures of the sentence that states the total, in the one before
            stated = [a for a in amounts[max(0, total.id - 20):total.id + 20]
                      if a.fact.block == total.fact.block and a.fact.snippet == total.fact.snippet]
        whole_of_kind = {a.kind: a for a in stated if a.kind in _CURRENT_KINDS and a.id not in implicit
                         and a.fact.quantity.kind == total.fact.quantity.kind}
        if whole_of_kind.get(total.kind) is not total:
            whole_of_kind = {}  # the total is not one of the sentence's figures of named kinds
        # 年初预算50.00万元，决算39.52万元…。其中：公务用车购置费预算23.00万元…: a part's 预算 is of the total's 年初预算
        whole_of_class = {_budget_or_kind(k): a for k, a in whole_of_kind.items()}
        if len(whole_of_class) < len(whole_of_kind):
            whole_of_class = {k: a for k, a in whole_of_kind.items()}  # two budgets stated: each kind its own
        parts = []
        for a in members:
            at = a.fact.start - block.start
            if at >= end and parts and _unplaced_share(a, links):
                parts.append(a)  # 。上缴上级支出0万元，占0%：shares of the same base go on past the 。
                continue
            if not m.end() <= at < end or any(s <= at < e for s, e in skipped):
                continue
            # (实有人员34人（公务员编制28人，…）: a count whose kinds follow in brackets opens one too)
            opens = _opens_parts(text, a.fact.end - block.start) or a.fact.quantity.kind == "count" \
                and bool(_COUNT_BRACKET_OPENS.match(text, a.fact.end - block.start))
            if opens and parts:
                break  # …；实有人数47人，其中：…: a new total with a list of its own
            between = text[parts[-1].fact.end - block.start:at] if parts else ""
            # 收入预算…，其中：…拨款收入…；上年结转136.54万元: the balance carried in is a part of the income
            # (not so a 决算's income of the year: 财政拨款收入中，…；年初财政拨款结转和结余560.30万元 is
            # carried in beside it, a part of the 总计 only)
            carried_in = a.kind == "结转结余" and "收入" in total.subject and total.kind in _CURRENT_KINDS \
                and (total.kind != "决算数" or "总计" in total.subject)
            if rx(r"[；;]").search(between) and not carried_in and (
                    a.id not in implicit and total.id not in implicit
                    and (_budget_or_kind(a.kind) != _budget_or_kind(total.kind)
                         and _budget_or_kind(a.kind) not in whole_of_class or all(p.id in implicit for p in parts))
                    or rx(r"[；;]\s*按[^，,：:；;]{1,8}分类").search(between)):
                # past the ；, figures of another kind (全年预算数486.5万元，其中：…；全年到位资金476.5万元), a
                # sibling that names its kind as the total did and its parts did not (工程建设支出3862.60万元，
                # 其中供水管网…；小型供水工程维修养护支出316.40万元), or another classification (其中：基本
                # 支出…，项目支出…；按支出功能分类，社会保障和就业支出…)
                break
            if parts and rules.remainder.search(between):
                break  # …，尚有54.40万元未到位: what is left, not a part
            if a.fact.quantity.kind == total.fact.quantity.kind and (a.kind != "变动额" or _addition_listed(rules, text, block, a)):
                parts.append(a)
            if opens:
                break  # 其中：在职人数47人，其中：…: the one part, itself the total of a sublist
        _money_in_a_count_list(text, block, m.end(), end, total, parts, members, links)
        if not parts:
            continue
        # “三公”经费年初预算68.00万元，支出决算52.37万元，其中：因公出国（境）费年初预算15.00万元、支出决算9.86万元…:
        # each part belongs to the total of its own kind
        by_kind: dict[str, list[Amount]] = defaultdict(list)
        for part in parts:
            by_kind[part.kind if part.kind in whole_of_class else _budget_or_kind(part.kind)].append(part)
        if len(by_kind) > 1 and all(k in whole_of_class for k in by_kind):
            groups = [(whole_of_class[k], members_of_kind) for k, members_of_kind in by_kind.items()]
        else:
            groups = [(_whole_that_adds_up(text, block, m.start(), total, parts, members), parts)]
        for total, parts in groups:
            part_ids = {p.id for p in parts}
            shares = [lk.declared for lk in links if lk.type == "share_of" and lk.source in part_ids]
            keys = frozenset(p.subject_key for p in parts)
            exhaustive = (
                keys in rules.partitions
                or len(parts) > 1 and parts[-1].subject_key.startswith("其他")
                or (len(shares) == len(parts) and abs(sum(shares) - 100) <= Decimal("0.05"))
                # 收入总计由本年收入合计…和年初结转和结余…构成；支出总计由…: each side adds up to the whole
                or len(parts) > 2 and rules.two_sided_total.search(total.subject_key) is not None and all(
                    _adds_up(total, side) for side in ([p for p in parts if rules.spending_part.search(p.subject)],
                                                        [p for p in parts if not rules.spending_part.search(p.subject)]) if side)
            )
            for i, link in enumerate(links):
                if link.type == "share_of" and link.source in part_ids and link.target is None and not link.base:
                    links[i] = AmountLink("share_of", link.source, total.id, declared=link.declared,
                                          declared_precision=link.declared_precision)
            for part in parts:
                if (part.subject and not _SCOPE_WORDS.sub("", _fold(part.subject))
                        and not _fold(part.subject).endswith("拨款")
                        and _SCOPE_WORDS.search(total.subject) and _SCOPE_WORDS.sub("", _fold(total.subject))):
                    # 年初财政拨款结转和结余385.10万元，其中：一般公共预算245.10万元: a figure of some funds split
                    # by funds is the total's subject in each (not so 财政资金…（其中：一般公共预算…）, funds alone;
                    # nor 本年财政拨款收入…，其中：一般公共预算财政拨款4,826.45万元: an 拨款 is a receipt named
                    # as the income table names its row)
                    at = next(i for i, m in enumerate(members) if m.id == part.id)
                    part = members[at] = amounts[part.id] = replace(
                        part, subject=total.subject, subject_key=total.subject_key, code=total.code, kind=total.kind,
                        scope=_scope(rules, part.subject) or part.scope)
                side = bool(rules.spending_part.search(part.subject)) if rules.two_sided_total.search(total.subject_key) else None
                links.append(AmountLink("part_of", part.id, total.id, exhaustive=exhaustive,
                                        list_id=("其中", block.index, m.start(), total.id, side)))
                if part.id in implicit and total.kind != part.kind and part.fact.quantity.kind == "money":
                    # 预算安排财政资金1063.98万元（其中：一般公共预算1013.98万元…）: parts are budget too
                    members[members.index(part)] = amounts[part.id] = replace(part, kind=total.kind)


def _money_in_a_count_list(text: str, block, start: int, end: int, total: Amount, parts: list[Amount],
                           members: list[Amount], links: list[AmountLink]) -> None:
    """Money beside the counts of a list of counts: 支出决算为13.86万元…。全年按规定更新购置公务用车1辆，
    其中：轿车0辆、金额0万元，越野车0辆、金额0万元，载客汽车1辆、金额13.86万元.  The counts are parts of the
    count; the sums of money, of the money the sentence before states (the last figure of their kind
    that is no change, in the paragraph before the list)."""
    if total.fact.quantity.kind != "count" or not parts:
        return
    money = [a for a in members if start <= a.fact.start - block.start < end and a.fact.quantity.kind == "money"
             and a.kind not in ("变动额", "上年数")]
    if len(money) < 2 or len({a.kind for a in money}) != 1:
        return
    whole = next((a for a in reversed(members) if a.fact.start < total.fact.start and a.fact.quantity.kind == "money"
                  and a.kind == money[0].kind), None)
    if whole is None:
        return
    links.extend(AmountLink("part_of", a.id, whole.id, exhaustive=False, list_id=("money", block.index, whole.id))
                 for a in money)


def _sublists(rules: _Rules, text: str, block, members: list[Amount], links: list[AmountLink]) -> list[tuple[int, int]]:
    """Parts a figure lists right after it without a colon: 人员经费4688.12万元，主要包括工资福利支出（301）
    4215.40万元、对个人和家庭的补助（303）472.72万元；… (up to the ；) and 项目支出3592.60万元（含上年结转
    85.00万元） (up to the bracket).  Links them to that figure; returns the spans they take."""
    spans = []
    for m in rules.sublist.finditer(text):
        bracket = m.group().lstrip("，, ")[:1] in "（("
        stop = (_CLOSE_BRACKET if bracket else _SENTENCE_END).search(text, m.end())
        end = stop.start() if stop else len(text)
        before = [a for a in members if a.fact.end - block.start <= m.start() and a.kind != "变动额"]
        if not before or _SENTENCE_END.search(text, before[-1].fact.end - block.start, m.start()):
            continue
        whole = before[-1]
        parts = [a for a in members if m.end() <= a.fact.start - block.start < end and a.kind != "变动额"
                 and a.fact.quantity.kind == whole.fact.quantity.kind]
        if not parts:
            continue
        keys = frozenset(p.subject_key for p in parts)
        exhaustive = keys in rules.partitions or len(parts) > 1 and parts[-1].subject_key.startswith("其他")
        links.extend(AmountLink("part_of", p.id, whole.id, exhaustive=exhaustive, list_id=("sublist", block.index, m.start()))
                     for p in parts)
        spans.append((m.start(), end))
    # 本年收入4,368.75万元（一般公共预算财政拨款收入2,915.36万元，…，其他收入73.39万元）: a bracket right
    # after a figure that lists figures adding up to it, with no 含, lists its parts too
    for whole in members:
        at = whole.fact.end - block.start
        if whole.fact.quantity.kind != "money" or not text.startswith(("（", "("), at) \
                or any(a <= at < b for a, b in spans):
            continue
        stop = _CLOSE_BRACKET.search(text, at)
        end = stop.start() if stop else len(text)
        parts = [a for a in members if at < a.fact.start - block.start < end and a.kind != "变动额"
                 and a.fact.quantity.kind == "money"]
        if len(parts) < 2 or not _adds_up(whole, parts):
            continue
        links.extend(AmountLink("part_of", p.id, whole.id, exhaustive=True, list_id=("sublist", block.index, at))
                     for p in parts)
        spans.append((at, end))
    return spans


def _whole_that_adds_up(text: str, block, at: int, total: Amount, parts: list[Amount], members: list[Amount]) -> Amount:
    """The figure of the sentence before 其中 (or of the one before it, when 其中 opens its own) that
    the parts add up to, when the one next to 其中 is not it: 原值226.22万元，累计折旧144.86万元，
    净值81.36万元，其中：土地…; 预算数782.13万元（含上年结转项目收入91.17万元），其中：基本支出
    625.97万元、项目支出156.17万元; 年初预算安排3万元，使用2.4万元。（其中：预算支出2.4万元，年终调减
    预算0.6万元)."""
    def adds_up(whole: Amount) -> bool:
        slack = sum(2 * _half_unit(a) for a in (whole, *parts))  # a last printed place each
        return abs(whole.fact.quantity.value - sum(p.fact.quantity.value for p in parts)) <= slack

    if adds_up(total):
        return total
    sentence = _start_of(text, "sentence", at)
    if not text[sentence:at].strip(" （(，,") and sentence:
        sentence = _start_of(text, "sentence", sentence - 1)  # 。（其中：…: the sentence before it
    earlier = [a for a in members if sentence <= a.fact.start - block.start < at and a is not total
               and a.kind != "变动额" and a.fact.quantity.kind == total.fact.quantity.kind and adds_up(a)]
    return earlier[0] if len(earlier) == 1 else total


def _sums_after(rules: _Rules, text: str, block, members: list[Amount], links: list[AmountLink]) -> None:
    """A figure introduced by 合计/共计 after two or more figures of its sentence is their sum."""
    placed = {k.source for k in links if k.type == "part_of"}
    for i, whole in enumerate(members):
        start = whole.fact.start - block.start
        if not rules.sum_after.search(text[_start_of(text, "clause", start):start]):
            continue
        sentence = _start_of(text, "sentence", start)
        # 年初预算合计1018万元，全年预算合计3515.9万元，资金到位共计3492.4万元: totals of their own kinds
        parts = [a for a in members[:i] if a.fact.start - block.start >= sentence and a.id not in placed
                 and a.kind == whole.kind and a.fact.quantity.canonical_unit == whole.fact.quantity.canonical_unit]
        if len(parts) >= 2:
            links.extend(AmountLink("part_of", p.id, whole.id, exhaustive=True, list_id=("sum", whole.id)) for p in parts)


_USE_OF = regex.compile(r"^(?:主要|资金|经费)*用于")


_CHANGE_WORDS = regex.compile(r"增加|减少|增长|下降|持平")


def _total_before(text: str, block, at: int, members: list[Amount], amounts: list[Amount]) -> Amount | None:
    """The whole a 其中 at ``at`` breaks down: the last figure before it in its sentence; when 其中
    opens the sentence, the last figure before it that is not a change, in the paragraph or, when
    it opens the paragraph, in the paragraph before."""
    before = [a for a in members if a.fact.end - block.start <= at]
    named = text[_start_of(text, "sentence", at):at].strip(" （(，,")
    if before and not _LIST_END.search(text, before[-1].fact.end - block.start, at):
        if named and rx(r"[；;]").search(text, before[-1].fact.end - block.start, at):
            return None  # …结转和结余510.20万元；支出包括：…: the words after the ； name the whole
        if before[-1].kind == "变动额":
            # 公务用车购置及运行费1,216.00万元，比2024年减少60.00万元，其中公务用车购置费96.00万元…: a list
            # whose members name no change breaks down the figure changed, not the change
            first = next((a for a in members if a.fact.start - block.start > at), None)
            sentence = _start_of(text, "sentence", at)
            changed = next((a for a in reversed(before) if a.fact.start - block.start >= sentence
                            and a.kind not in ("变动额", "上年数")), None)
            if changed is not None and first is not None and first.kind != "变动额" \
                    and not _CHANGE_WORDS.search(text, at, first.fact.start - block.start):
                return changed
        first = next((a for a in members if a.fact.start - block.start > at), None)
        if first is not None and first.fact.quantity.kind == "count" != before[-1].fact.quantity.kind:
            # 该类项目总数12个，涉及预算总金额135万元，…，其中：预算结余率大于10%的项目共计6个: a list of counts
            # breaks down the count of its sentence, not the money stated after it
            sentence = _start_of(text, "sentence", at)
            counted = next((a for a in reversed(before) if a.fact.start - block.start >= sentence
                            and a.fact.quantity.kind == "count"), None)
            if counted is not None:
                return counted
        return before[-1]
    if named and not _USE_OF.match(named):
        return None  # words between the sentence's start and 其中 that name no figure
    # …支出决算为26.74万元…。主要用于…燃料费、维修费…等支出，其中：燃料费12.35万元…: what the figure before was
    # spent on, broken down
    if not before and members:
        first = members[0].id
        before = [a for a in amounts[max(0, first - 20):first] if a.fact.block == members[0].fact.block - 1
                  and a.pattern != "table"]
    # …，较2022年度的8702.31万元增加310.45万元，增长3.57%。其中：…: the current figure, not the change or the prior year's
    return next((a for a in reversed(before) if a.kind not in ("变动额", "上年数")), None) \
        or next((a for a in reversed(before) if a.kind != "变动额"), None)


def _named_total(rules: _Rules, whole: str, first: Amount | None, amounts: list[Amount],
                 before: list[Amount] = ()) -> Amount | None:
    """The figure of the whole a sentence names (…“三公”经费财政拨款支出决算中，): stated before, in
    the paragraph (人员经费4712.65万元…。人员经费包括…) or in the paragraphs above."""
    if first is None:
        return None
    key = subject_key(_read_lead(rules, whole, "")[1] or whole.strip())  # 支出包括：, though 支出 alone is a kind word
    # 收入总计由…构成 after 收、支总计均为…: one side of a two-sided total is that total
    keys = {key, subject_key(rx(r"^(?:收入|支出)").sub("收支", key))}
    side = key in ("收入", "支出")
    funds = _scope(rules, whole)
    if side and funds:
        # 2024年度财政拨款收入中，一般公共预算财政拨款收入…: a side that names its funds is that income,
        # stated before (财政拨款收入20020.23万元), before it is the 财政拨款收入、支出总计 just above
        named = next((a for a in (*reversed(before), *_nearby_before(amounts, first, blocks=8))
                      if a.subject_key == key and a.scope == funds and a.kind not in ("变动额", "上年数")), None)
        if named is not None:
            return named
    if side:  # 收入包括：… after 收、支总计均为…: the side's 总计
        keys |= {subject_key(key + "总计"), subject_key("收支总计")}
    # or any two-sided total (财政拨款收支总预算4,212.18万元…。收入包括：…)
    return next((a for a in (*reversed(before), *_nearby_before(amounts, first))
                 if (a.subject_key in keys or side and rules.two_sided_total.search(a.subject_key))
                 and a.kind not in ("变动额", "上年数")), None)


def _place_budgets(amounts: list[Amount], links: list[AmountLink]) -> None:
    """A declared execution rate whose budget its sentence does not state (公务接待费支出决算为0.00
    万元，完成预算的0%): the budget of the same subject, year and funds the report states elsewhere
    (the 三公经费 table's 预算数), when it states exactly one and the rate agrees with it to within a
    percentage point: a budget found this way is a guess that the arithmetic must confirm
    (部门实际支出6518.92万元，预算执行率为95.28% is not of the 部门年初预算3286.45万元)."""
    budgets: dict[tuple, list[Amount]] = defaultdict(list)
    for a in amounts:
        if a.kind in _BUDGET_KINDS:
            budgets[(a.subject_key, a.year, a.fact.quantity.canonical_unit)].append(a)
    for i, link in enumerate(links):
        if link.type == "execution_of" and link.target is None:
            a = amounts[link.source]
            found = budgets.get((a.subject_key, a.year, a.fact.quantity.canonical_unit), [])
            same_funds = [b for b in found if b.scope == a.scope] or found
            if len({b.fact.quantity.value for b in same_funds}) == 1 and _rate_agrees(link, a, same_funds[0]):
                links[i] = replace(link, target=same_funds[0].id)
                continue
            # 年初预算520万元，全年预算2368万元 … 实际支出2216.85万元，全年预算执行率93.62%: of two budgets of
            # the subject, the one the declared rate agrees with, when exactly one does
            agreeing = [b for b in same_funds if _rate_agrees(link, a, b)] if link.declared is not None else []
            if agreeing and len({b.fact.quantity.value for b in agreeing}) == 1:
                links[i] = replace(link, target=min(agreeing, key=lambda b: abs(b.id - a.id)).id)


def _agrees(part: Amount, whole: Amount, declared: Decimal) -> bool:
    """Whether part / whole is the declared percentage, to within a percentage point."""
    value, base = part.fact.quantity.value, whole.fact.quantity.value
    return abs(100 * value / base - declared) <= 1 if base else value == 0


def _in_paragraph_before(amount: Amount, amounts: list[Amount]) -> list[Amount]:
    """The figures of ``amount``'s paragraph before it, nearest first (a few at most)."""
    return [a for a in reversed(amounts[max(0, amount.id - 6):amount.id]) if a.fact.block == amount.fact.block]


def _rate_agrees(link: AmountLink, part: Amount, whole: Amount) -> bool:
    return link.declared is None or _agrees(part, whole, link.declared)


def _unplaced_share(amount: Amount, links: list[AmountLink]) -> bool:
    return any(k.type == "share_of" and k.source == amount.id and k.target is None and not k.base for k in links)


def _list_items(doc, rules, amounts: list[Amount], links: list[AmountLink]) -> None:
    """A sentence ending in 其中： whose parts are the numbered items that follow it.

    2023年度一般公共预算支出决算数为1163.82万元，完成预算100%。其中：
    1. 公共安全支出（204）司法（06）行政运行（01）:支出决算为693.39万元 …

    Items without numbers are its parts when they make a known partition (基本支出893.92万元，其中：
    / 人员经费789.57万元，主要包括… / 公用经费104.35万元，主要包括…).  Items of a classification (each
    with its 类/款/项 code) are all of its total, as are items that end in 其他….
    """
    in_block: dict[int, list[Amount]] = defaultdict(list)
    for a in amounts:
        in_block[a.fact.block].append(a)
    opener = regex.compile(f"(?:{rules.parts.pattern})\\s*$")
    alone = regex.compile(f"^\\s*(?P<whole>[^，,。；;：:\\d]{{0,20}}?)(?:{rules.parts.pattern})\\s*$")
    for block in doc.blocks:
        if block.rows is not None or not opener.search(block.text):
            continue
        if in_block.get(block.index):
            total = in_block[block.index][-1]
            if any(k.type == "part_of" and k.source == total.id and k.target is not None
                   and amounts[k.target].fact.block == block.index for k in links):
                # …社会保障和就业支出1,126.38万元，占6.94%；…住房保障支出598.62万元，占3.69%。具体情况如下：: the
                # items detail the list's members, each its own; the last member is no whole of them
                continue
            # the opener's figure of each kind (年初预算为…，支出决算为…): the items' figures of that kind add up to it
            totals = {a.kind: a for a in in_block[block.index] if a.kind != "变动额"
                      and a.fact.quantity.kind == total.fact.quantity.kind}
        elif (words := alone.match(block.text)) and (total := _total_above(rules, doc, block, words["whole"], in_block, amounts)):
            # an opener that is a paragraph of its own (其中： / 财政拨款支出主要内容如下：) breaks down a
            # figure of the paragraph above
            totals = {total.kind: total}
        else:
            continue
        parts: dict[str, list[Amount]] = defaultdict(list)
        items = _items_after(doc, block.index, in_block, rules)
        if in_block.get(block.index):
            _items_of_other_kinds(doc, block, in_block, amounts, links, totals)
        for item in items:
            in_item = [a for a in in_block.get(item.index, ()) if a.fact.quantity.kind == total.fact.quantity.kind]
            for kind in totals:
                part = next((a for a in in_item if a.kind == kind), None)
                if part is None and kind == total.kind and in_item and not any(a.kind in totals for a in in_item):
                    # an item that names no kind: its figure is of the total's (but 支出决算935.00万元 under
                    # …支出决算1335.00万元；年末结转和结余65.00万元。支出具体为：: of the 决算 it names)
                    part = in_item[0]
                if part is not None:
                    parts[kind].append(part)
        # (a part may equal its own total: 公务接待费0.64万元。其中： / 国内公务接待支出0.64万元 / 外事接待支出0万元)
        stated = {a.fact.quantity.value for a in in_block.get(block.index, ())
                  if a is not total and all(a is not t for t in totals.values())}
        if any(p.fact.quantity.value in stated for members in parts.values() for p in members):
            continue  # …；公务接待费支出86.95万元。具体情况如下：1．因公出国（境）费160万元: the items detail the figures stated
        for kind, members in parts.items():
            exhaustive = members[-1].subject_key.startswith("其他") or len(members) > 1 and all(
                p.code and len(p.code) == 7 for p in members) or frozenset(p.subject_key for p in members) in rules.partitions \
                or _shares_complete(members, links)
            links.extend(AmountLink("part_of", p.id, totals[kind].id, exhaustive=exhaustive,
                                    list_id=("items", block.index, kind)) for p in members)


def _total_above(rules: _Rules, doc, block, whole: str, in_block: dict[int, list[Amount]],
                 amounts: list[Amount]) -> Amount | None:
    """The whole an opener standing alone breaks down, from the nearest paragraph above with figures
    (a figureless one may come between: …的主要原因是项目调整。): the figure it names (财政拨款支出主要内容如下：
    after 支出预算16497.86万元，其中：财政拨款支出预算16497.86万元…), else the paragraph's first figure that is
    no change (…财政拨款预算支出37188.34万元，占本年支出合计的100%。与上年相比…增加4016.19万元… / 其中：)."""
    for above in reversed(doc.blocks[max(0, block.index - 3):block.index]):
        if above.rows is not None:
            return None
        figures = [a for a in in_block.get(above.index, ()) if a.pattern != "table"]
        if not figures:
            continue
        candidates = [a for a in figures if a.kind not in ("变动额", "上年数")]
        if whole.strip():
            return _named_total(rules, whole, figures[0], amounts, before=candidates)
        return candidates[0] if candidates else None
    return None


def _budget_or_kind(kind: str) -> str:
    """年初预算, 全年预算 and a bare 预算 all state the budget a list of parts divides."""
    return "预算" if kind in _BUDGET_KINDS else kind


def _partition_items(doc, rules: _Rules, amounts: list[Amount], links: list[AmountLink]) -> None:
    """Numbered paragraphs whose subjects make a known partition of a known whole break down the
    whole's figures stated in the paragraphs above, with no 其中 to say so:
    2022年度"三公"经费财政拨款支出年初预算为58.60万元，支出决算为41.27万元… / （二）…具体情况 /
    1.因公出国（境）费。年初预算为0万元，支出决算为0万元… / 2.公务用车购置及运行维护费。年初预算为42.00万元… /
    3.公务接待费。…  Each figure of the whole gets the items' figures of its kind (a 全年预算 or 预算 of an
    item is a part of the whole's 年初预算 or 预算 alike); a figure of the whole that already has the
    partition's parts (a 其中 list right after it) is left as it is."""
    prose: dict[int, list[Amount]] = defaultdict(list)
    for a in amounts:
        if a.pattern != "table":
            prose[a.fact.block].append(a)
    existing = {(k.source, k.target) for k in links if k.type == "part_of"}
    members_of: dict[int, set[str]] = defaultdict(set)
    for k in links:
        if k.type == "part_of" and k.target is not None:
            members_of[k.target].add(amounts[k.source].subject_key)
    for position, block in enumerate(doc.blocks):
        if block.rows is not None or _item_number(block.text) != 1 or not prose.get(block.index):
            continue
        style, items, loose = _numbering(block.text), [], 0
        for item in doc.blocks[position:]:
            if item.rows is not None:
                break
            if _numbering(item.text) != style:
                # 2.公务用车购置及运行维护费… / 其中：公务用车购置费… or （1）… / 3.公务接待费…
                loose += 1
                if loose > 3:
                    break
                continue
            if _item_number(item.text) != len(items) + 1 or not prose.get(item.index):
                break
            items.append(item)
            loose = 0
        keys = [prose[i.index][0].subject_key for i in items]
        whole = rules.partition_wholes.get(frozenset(keys))
        if whole is None or len(set(keys)) != len(keys):
            continue
        figures: dict[str, Amount] = {}  # the whole's nearest figure of each kind above the items
        for above in reversed(doc.blocks[max(0, position - 4):position]):
            if above.rows is not None:
                break
            for a in prose.get(above.index, ()):
                if a.subject_key == whole and a.kind not in ("变动额", "上年数"):
                    figures.setdefault(_budget_or_kind(a.kind), a)
        for kind, total in figures.items():
            if set(keys) <= members_of[total.id]:
                continue
            parts = [next((a for a in prose[i.index] if a.subject_key == key and _budget_or_kind(a.kind) == kind
                           and a.fact.quantity.canonical_unit == total.fact.quantity.canonical_unit), None)
                     for i, key in zip(items, keys)]
            if any(p is None for p in parts):
                continue
            links.extend(AmountLink("part_of", p.id, total.id, exhaustive=True, list_id=("partition", block.index, total.id))
                         for p in parts if (p.id, total.id) not in existing)


_NUMERALS = {c: i for i, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2}


def _count(words: str | None) -> int | None:
    """4 → 4, 五 → 5, 十二 → 12; None for anything else."""
    if not words:
        return None
    if words.isdigit():
        return int(words)
    if len(words) == 1:
        return _NUMERALS.get(words)
    if len(words) == 2 and words[0] == "十":
        return 10 + _NUMERALS.get(words[1], 0)
    return None


def _heading_number(rules: _Rules, text: str) -> tuple[str, int] | None:
    """A heading's numbering style and number: （二）… → ("（一）", 2), 项目3：… → ("项目", 3)."""
    if m := rules.numbered_heading.match(text):
        # （一） and （1） are two styles: a list numbered in one has sub-items numbered in the other
        return m.group("style") + ("1" if m.group("n").isdigit() else "一"), _count(m.group("n"))
    return None


def _sums_of_items_above(doc, rules: _Rules, amounts: list[Amount], links: list[AmountLink]) -> None:
    """A paragraph that sums the items above it: （一）高标准农田建设项目 / 年初预算520万元，全年预算2368万元…
    / （二）… / 以上4个重点项目年初预算合计1018万元，全年预算合计3515.9万元，资金到位共计3492.4万元，实际支出合计
    3300.91万元.  The items are the headings numbered 1 to N right above it (N as the sum counts them, when it
    does); each item's figure of a kind, the first of the item's own subject, is a part of the sum of that
    kind.  The sum is of all of them: the list is exhaustive."""
    prose: dict[int, list[Amount]] = defaultdict(list)
    for a in amounts:
        if a.pattern != "table":
            prose[a.fact.block].append(a)
    for position, block in enumerate(doc.blocks):
        opening = rules.sum_of_above.match(block.text) if block.rows is None else None
        if opening is None or not prose.get(block.index):
            continue
        # the numbered headings above, the nearest the last item: N, N-1, …, 1
        headings: list[int] = []
        for at in range(position - 1, -1, -1):
            above = doc.blocks[at]
            if above.rows is not None:
                break
            numbered = _heading_number(rules, above.text) if above.kind == "heading" else None
            if numbered is None:
                continue
            if headings and (numbered[0] != _heading_number(rules, doc.blocks[headings[-1]].text)[0]
                             or numbered[1] != _heading_number(rules, doc.blocks[headings[-1]].text)[1] - 1):
                break
            headings.append(at)
            if numbered[1] == 1:
                break
        headings.reverse()
        count = _count(opening.group("count"))
        if len(headings) < 2 or _heading_number(rules, doc.blocks[headings[0]].text)[1] != 1 \
                or count is not None and count != len(headings):
            continue
        segments = [[a for b in doc.blocks[start + 1:end] for a in prose.get(b.index, ())]
                    for start, end in zip(headings, headings[1:] + [position])]
        if not all(segments):
            continue
        sums = [a for a in prose[block.index] if a.kind not in ("变动额", "上年数")]
        for total in sums:
            parts = []
            for figures in segments:
                own = [a for a in figures if a.subject_key == figures[0].subject_key
                       and a.fact.quantity.canonical_unit == total.fact.quantity.canonical_unit]
                parts.append(next((a for a in own if a.kind == total.kind), None)
                             or next((a for a in own if _budget_or_kind(a.kind) == _budget_or_kind(total.kind)), None))
            if any(p is None for p in parts):
                continue
            links.extend(AmountLink("part_of", p.id, total.id, exhaustive=True, list_id=("above", block.index, total.id))
                         for p in parts)


def _shares_complete(members: list[Amount], links: list[AmountLink]) -> bool:
    """Whether every member states its 占X% and the shares add to 100% (within their printing)."""
    ids = {p.id for p in members}
    shares = [k.declared for k in links if k.type == "share_of" and k.source in ids and k.declared is not None]
    return len(shares) == len(members) > 1 and abs(sum(shares) - 100) <= Decimal("0.01") * len(shares)


def _lead_lists(doc, rules: _Rules, amounts: list[Amount], links: list[AmountLink]) -> None:
    """A paragraph that opens by naming a classification or a side of the account and lists figures
    breaks down a total of the paragraph above: 按支出功能分类，本年支出合计主要用于：社会保障和就业支出…，
    卫生健康支出…; 按资金来源分，一般公共预算财政拨款支出…，其他资金支出… (the 本年支出合计 stated just
    before those paragraphs); 收入方面，年初财政拨款结转和结余…；本年财政拨款收入… (a side of the 收、支总计).
    The figures of its own 其中 lists are parts of their own totals, not of this list.  A classification
    or a side is complete by definition: the list is exhaustive, and the checks see whether it adds up."""
    in_block: dict[int, list[Amount]] = defaultdict(list)
    for a in amounts:
        if a.pattern != "table":
            in_block[a.fact.block].append(a)
    placed = {k.source for k in links if k.type == "part_of"}
    for position, block in enumerate(doc.blocks):
        lead = rules.lead_list.match(block.text) if block.rows is None else None
        if lead is None or not in_block.get(block.index):
            continue
        first = in_block[block.index][0]
        side = lead.group("side")
        total = None
        if named := lead.group("whole"):
            total = _named_total(rules, named, first, amounts)
        elif side:
            total = next((a for a in _nearby_before(amounts, first, blocks=3) if a.fact.block != block.index
                          and rules.two_sided_total.search(a.subject_key) and a.kind not in ("变动额", "上年数")), None)
        else:  # the first figure of the paragraph before the run of such paragraphs
            before = position - 1
            while before >= 0 and doc.blocks[before].rows is None and rules.lead_list.match(doc.blocks[before].text):
                before -= 1
            if before >= 0 and doc.blocks[before].rows is None:
                total = next((a for a in in_block.get(doc.blocks[before].index, ())
                              if a.kind not in ("变动额", "上年数")), None)
            # 部门实际支出6518.92万元…。 / 基本支出中，人员经费1205.87万元… / 从资金来源看，一般公共预算拨款支出
            # 5912.6万元，…: when the parts do not add up to that figure but to one stated a paragraph further up,
            # they break down that one
            listed = [a for a in in_block[block.index] if a.id not in placed and a.kind not in ("变动额", "上年数")
                      and a.fact.quantity.kind == "money"]
            if total is not None and len(listed) > 1 and not _adds_up(total, listed):
                total = next((a for a in _nearby_before(amounts, first, blocks=3) if a.fact.block != block.index
                              and a.kind == listed[0].kind and a.fact.quantity.kind == "money"
                              and _adds_up(a, listed)), total)
        if total is None:
            continue
        parts = [a for a in in_block[block.index] if a.id not in placed and a.id != total.id
                 and a.kind not in ("变动额", "上年数") and a.fact.quantity.kind == total.fact.quantity.kind]
        # 收入方面，…；支出方面，…: the other side may follow in the same paragraph
        sides = [side] + [other for other in ("收入", "支出") if side and other != side
                          and regex.search(f"[；;。]\\s*{other}方面", block.text)]
        for one in sides:
            members = [a for a in parts if bool(rules.spending_part.search(a.subject)) == (one == "支出")] if one else parts
            if len(members) < 2:
                continue
            links.extend(AmountLink("part_of", p.id, total.id, exhaustive=True,
                                    list_id=("lead", block.index, total.id, one == "支出" if one else None))
                         for p in members)


def _lead_sentences(doc, rules: _Rules, amounts: list[Amount], links: list[AmountLink]) -> None:
    """A sentence inside a paragraph that opens by naming a classification and lists figures, up to
    its ；: the parts of the paragraph's total stated before it, when they add up to it.
    2022年度部门支出合计4,297.18万元，较上年…。按资金来源分，一般公共预算支出2,861.23万元，政府性基金
    预算支出1,352.60万元，其他资金支出83.35万元；按支出性质分，基本支出2,106.54万元，项目支出2,190.64万元。
    Two classifications of one total are two lists; each is complete by definition (exhaustive)."""
    in_block: dict[int, list[Amount]] = defaultdict(list)
    for a in amounts:
        if a.pattern != "table":
            in_block[a.fact.block].append(a)
    placed = {k.source for k in links if k.type == "part_of"}
    for block_index, figures in in_block.items():
        block = doc.blocks[block_index]
        text = block.text
        for mark in regex.finditer(r"[。；;]", text):
            lead = rules.lead_list.match(text[mark.end():])
            if lead is None or lead.group("side"):
                continue
            start = mark.end() + lead.end()
            end = next((m.start() for m in regex.finditer(r"[。；;]", text[start:])), len(text) - start) + start
            members = [a for a in figures if start <= a.fact.start - block.start < end and a.id not in placed
                       and a.kind not in ("变动额", "上年数") and a.fact.quantity.kind == "money"]
            total = next((a for a in figures if a.fact.start - block.start < mark.start()
                          and a.kind not in ("变动额", "上年数") and a.fact.quantity.kind == "money"), None)
            if total is None or len(members) < 2 or not _adds_up(total, members):
                continue
            links.extend(AmountLink("part_of", p.id, total.id, exhaustive=True,
                                    list_id=("lead sentence", block_index, mark.end())) for p in members)
            placed.update(p.id for p in members)


def _structure_paragraphs(doc, rules: _Rules, amounts: list[Amount], links: list[AmountLink]) -> None:
    """A paragraph of shares under a heading that names the whole they divide, the whole stated
    further up: 2024年一般公共预算当年拨款5,902.18万元… / （二）一般公共预算当年拨款结构情况 /
    一般公共服务支出2,750.12万元，占46.59%；社会保障和就业支出1,046.28万元，占17.73%；…  (When the
    paragraph states the whole itself, its own 其中 or 主要用于 list says so.)"""
    placed = {k.source for k in links if k.type == "part_of"}
    shared = {k.source for k in links if k.type == "share_of"}
    prose: dict[int, list[Amount]] = defaultdict(list)
    for a in amounts:
        if a.pattern != "table":
            prose[a.fact.block].append(a)
    for position, block in enumerate(doc.blocks):
        heading = rules.structure_heading.match(block.text) if block.rows is None and block.kind == "heading" else None
        if heading is None or position + 1 >= len(doc.blocks):
            continue
        paragraph = doc.blocks[position + 1]
        figures = [a for a in prose.get(paragraph.index, ()) if a.kind not in ("变动额", "上年数")]
        if len(figures) < 2 or any(a.id in placed or a.id not in shared for a in figures):
            continue
        total = _named_total(rules, heading.group("whole"), figures[0], amounts)
        if total is None or total.fact.block == paragraph.index or total.kind != figures[0].kind:
            continue
        exhaustive = _shares_complete(figures, links)
        links.extend(AmountLink("part_of", a.id, total.id, exhaustive=exhaustive, list_id=("structure", paragraph.index))
                     for a in figures)
        for i, k in enumerate(links):
            if k.type == "share_of" and k.source in {a.id for a in figures} and k.target is None:
                links[i] = replace(k, target=total.id, base=None)


def _lists_past_the_paragraph(rules: _Rules, amounts: list[Amount], links: list[AmountLink]) -> None:
    """A 其中 list that ends its paragraph and goes on in the next one, which opens with the
    figure of the part the partition still lacks: 2.公务用车购置及运行维护费预算为48.00万元，支出决算为44.60万元 /
    其中：公务用车购置费预算为18.00万元，支出决算为17.86万元 / 公务用车运行维护费预算为30.00万元，支出决算为
    26.74万元.  Only for a known partition, and only the figure of the total's kind."""
    lists: dict[Any, list[AmountLink]] = defaultdict(list)
    for k in links:
        if k.type == "part_of" and k.target is not None:
            lists[(k.list_id, k.target)].append(k)
    first_in: dict[int, list[Amount]] = defaultdict(list)
    for a in amounts:
        if a.pattern != "table":
            first_in[a.fact.block].append(a)
    for (list_id, target), members in lists.items():
        total = amounts[target]
        parts = [amounts[k.source] for k in members]
        blocks = {p.fact.block for p in parts}
        # (the list may open in the total's own paragraph too: 3.公务接待费支出1.22万元，…。其中国内公务接待支出
        # 1.22万元。… / 外事接待支出0万元。…)
        if len(blocks) != 1 or total.fact.block > min(blocks) or total.id > min(p.id for p in parts) \
                or any(p.pattern == "table" for p in parts):
            continue
        keys = {p.subject_key for p in parts}
        partition = next((m for m in rules.partitions if keys < m), None)
        if partition is None:
            continue
        following = first_in.get(min(blocks) + 1, [])
        nxt = next((a for a in following if a.kind == total.kind
                    and a.fact.quantity.canonical_unit == total.fact.quantity.canonical_unit), None)
        if nxt is None or nxt.subject_key not in partition - keys or following[0].subject_key != nxt.subject_key:
            continue
        complete = keys | {nxt.subject_key} == partition
        for i, k in enumerate(links):
            if k.type == "part_of" and (k.list_id, k.target) == (list_id, target) and complete:
                links[i] = replace(k, exhaustive=True)
        links.append(AmountLink("part_of", nxt.id, target, exhaustive=complete, list_id=list_id))


def _items_of_other_kinds(doc, block, in_block: dict[int, list[Amount]], amounts: list[Amount],
                          links: list[AmountLink], totals: dict[str, Amount]) -> None:
    """Numbered items after an opener that give a budget the opener does not: 2023年度“三公”经费财政拨款
    支出决算中，因公出国（境）费0万元…。具体情况如下： / 1.因公出国（境）费。2023年度预算为0万元，支出决算为
    0万元 / 2.公务用车购置及运行维护费。预算为26.00万元… / （1）… / 3.公务接待费。预算为6.00万元…: the items'
    budgets are parts of the budget of the whole the opener breaks down, stated a paragraph or two up
    (“三公”经费财政拨款支出预算为32.00万元).  Items numbered in another style are sub-items, passed over."""
    opened = {a.id for a in in_block[block.index]}
    wholes = {k.target for k in links if k.type == "part_of" and k.source in opened and k.target is not None}
    if len(wholes) != 1:
        return
    whole = amounts[wholes.pop()]
    items, style, loose = [], None, 0
    for item in doc.blocks[block.index + 1:]:
        if item.rows is not None:
            break
        if not LIST_MARKER.match(item.text):
            # 2.公务用车购置及运行维护费… / 其中：公务用车购置费… (unnumbered) / 3.公务接待费…: the list goes on
            # when the next item carries the next number
            loose += 1
            if not items or loose > 3:
                break
            continue
        style = style or _numbering(item.text)
        if _numbering(item.text) == style:
            if loose and _item_number(item.text) != len(items) + 1:
                break
            items.append(item)
            loose = 0
        elif not items:
            break
    if items and _item_number(items[0].text) != 1:
        return
    if len(items) < 2 or not in_block.get(block.index):
        return
    first = in_block[block.index][0]
    for kind in _BUDGET_KINDS:
        if kind in totals:
            continue
        budget = next((a for a in _nearby_before(amounts, first, blocks=3) if a.kind == kind
                       and a.subject_key == whole.subject_key and a.year == whole.year
                       and a.fact.quantity.canonical_unit == whole.fact.quantity.canonical_unit), None)
        if budget is None:
            continue
        parts = [next((a for a in in_block.get(item.index, ()) if a.kind == kind
                       and a.fact.quantity.canonical_unit == budget.fact.quantity.canonical_unit), None) for item in items]
        if any(p is None for p in parts):
            continue  # an item without a budget: not a list of budgets
        exhaustive = frozenset(p.subject_key for p in parts) in _rules().partitions
        links.extend(AmountLink("part_of", p.id, budget.id, exhaustive=exhaustive,
                                list_id=("items", block.index, kind)) for p in parts)


# a numbered heading with no figure finds the paragraph that states its item's figures among the
# next this many blocks: so at most one figureless paragraph (the rest of the heading wrapped onto
# a line of its own) stands between
_ITEM_BODY = 2


def _items_after(doc, index: int, in_block: dict[int, list[Amount]], rules: _Rules) -> list:
    """The paragraphs after an opener that are its items: those numbered in its first item's style,
    or unnumbered ones that each open with a figure's subject and together name a known partition."""
    if grouped := _grouped_items(doc, index, in_block):
        return grouped
    items, style = [], None
    k = index + 1
    while k < len(doc.blocks):
        item = doc.blocks[k]
        if item.rows is None and items and not LIST_MARKER.match(item.text) and not in_block.get(item.index) \
                and k + 1 < len(doc.blocks) and doc.blocks[k + 1].rows is None \
                and LIST_MARKER.match(doc.blocks[k + 1].text) and _numbering(doc.blocks[k + 1].text) == style \
                and _item_number(doc.blocks[k + 1].text) == len(items) + 1:
            # an item's reason that a copy broke off as a paragraph of its own (…完成调整后预算的96.05%。
            # / 决算数小于年初预算数的主要原因是…。 / 3.…): no figure, and the next item goes on the list
            k += 1
            continue
        if item.rows is not None or not LIST_MARKER.match(item.text):
            break
        style = style or _numbering(item.text)
        if _numbering(item.text) != style:
            break  # （1）购置…（2）运行维护… then 3．公务接待费: the list's items are done
        k += 1
        if not in_block.get(item.index):
            # a numbered heading that states no figure (1.文化旅游体育与传媒支出（类）体育（款）行政运行（项）)
            # over the paragraph that does (年初预算为655.20万元，…，支出决算为682.47万元…): that
            # paragraph is the item; the list goes on at the next numbered heading
            body = k
            while body < len(doc.blocks) and body - k < _ITEM_BODY and doc.blocks[body].rows is None \
                    and not LIST_MARKER.match(doc.blocks[body].text) and not in_block.get(doc.blocks[body].index):
                body += 1
            if body < len(doc.blocks) and body - k < _ITEM_BODY and doc.blocks[body].rows is None \
                    and not LIST_MARKER.match(doc.blocks[body].text):
                item = doc.blocks[body]
                k = body + 1
        items.append(item)
    if items:
        return items
    for item in doc.blocks[index + 1:index + 6]:
        first = in_block.get(item.index, [None])[0]
        if item.rows is not None or first is None or not item.text.startswith(first.subject):
            break
        items.append(item)
    if frozenset(in_block[i.index][0].subject_key for i in items) in rules.partitions:
        return items
    # one item a line, each but the last closed by ；(一般公共预算拨款收入3,702.18万元，占86.37%； /
    # …… / 上年结转390.00万元，占9.10%。): the punctuation of one list written down the page
    if len(items) > 1 and all(i.text.rstrip().endswith(("；", ";")) for i in items[:-1]) \
            and items[-1].text.rstrip().endswith("。"):
        return items
    return []


def _grouped_items(doc, index: int, in_block: dict[int, list[Amount]]) -> list:
    """Items under headings with no figure of their own that group them: 其中： / （一）公共安全（类） /
    1．法院（款）行政运行（项）支出17279.29万元… / 2．… / （二）社会保障和就业支出（类） / 1．…: the numbered
    items under every group are the opener's items."""
    marked = []
    for item in doc.blocks[index + 1:]:
        if item.rows is not None or not LIST_MARKER.match(item.text):
            break
        marked.append(item)
    if len(marked) < 2 or in_block.get(marked[0].index) or _numbering(marked[1].text) == _numbering(marked[0].text):
        return []
    group, style = _numbering(marked[0].text), _numbering(marked[1].text)
    items = []
    for item in marked:
        if _numbering(item.text) == group and not in_block.get(item.index):
            continue  # the next group's heading
        if _numbering(item.text) != style:
            break
        items.append(item)
    return items


def _table(doc, block, block_facts, rules, context: _Context, trees, amounts) -> None:
    """Each money cell: the row's label and code are its subject, the column header its kind.

    In a 绩效自评表 the project named in its 项目名称 row goes in front of the row label
    (案件代理 总额), since the same rows repeat for every project.
    """
    title = _table_title(doc, doc.blocks[block.table])
    default_kind = context.default_kind
    if context.performance:
        # a performance report's table whose columns name no kind takes it from its title, as a
        # figure of its prose does from its words: 2022年度一般公共预算支出功能分类明细表 (合计 |
        # 基本支出 | 项目支出) states money spent (执行数); else from the headings above it
        default_kind = _performance_kind(rules, title, context, default_kind)[0]
    project = _project_name(block)
    previous = doc.blocks[block.index - 1] if block.index else None
    if project is None and previous is not None and previous.rows and previous.page and block.page == previous.page + 1:
        project = _project_name(previous)  # a 自评表 continued on the next page of a PDF
    above = _header_rows(block)
    # 注：…其中，预算数为“三公”经费年初预算数: the note below the table says which budget its 预算数 is
    after = doc.blocks[block.index + 1] if block.index + 1 < len(doc.blocks) else None
    budget_named = rules.budget_defined.search(after.text) if after is not None and after.rows is None \
        and rules.table_note.match(after.text) else None
    # 单位编码 | 单位名称 | 合计 | …: a table by unit, whose codes (411, 411001) number the units, no
    # budget subjects
    by_unit = _by_unit(rules, block)
    for fact in block_facts:
        q = fact.quantity
        if q.kind != "money" or fact.row is None or _column_numbers(block.rows[fact.row]):
            continue
        texts = [c.text for c in block.rows[fact.row][: fact.col]]
        code, label = _cell_subject(texts)
        if not code and label.replace(" ", "") == "小计":
            # 一般公共预算资金 | 小计 | 37,188.34: the first row of a group, its 小计, is the group's figure
            group = next((t for t in reversed(texts[: max(i for i, t in enumerate(texts) if t == label)]) if t), "")
            if group and not rx(r"[-\d,.%\s]+").fullmatch(group) and not _TOTAL_ROW.match(group.replace(" ", "")):
                label = group
        parent_kind = _parent_row_kind(rules, block, fact.row, fact.col, default_kind)
        if (block.index, fact.row) in trees:
            label = trees[(block.index, fact.row)][0]
        label = LIST_MARKER.sub("", rx(r"^其中[：:]?").sub("", label))
        if by_unit:
            code, label = None, _UNIT_CODE.sub("", label)  # 411001开福区城市管理和综合执法局本级
        header = _column_header_parts(doc, block, fact.row, fact.col, above)
        column = "".join(header)
        if header and rules.score_columns.match(header[-1]):
            continue  # 分值 10, 得分 9.48 in a 预算执行情况表 are points, not 万元
        if header and rules.line_number_columns.match(header[-1]) or rules.line_number_columns.match(label):
            continue  # 项目 | 行次 | 金额 with a 栏次 row (| | 1 | | 2): the numbers of lines and columns
        period = None
        if header and not code and rules.period_rows.match(label):
            # 年度 | 合计 | 因公出国（境）费 | … with rows 2023年预算数 / 2024年预算数: the row says the
            # year and kind, the header the subject (as in a row of figures with no label)
            period, label = label, ""
        if not label and header:
            # a row of figures under a header of subjects (合计 | 因公出国（境）费 | … | 小计): the
            # header's last level names it, or the level above a 小计
            label = header[-2] if len(header) > 1 and _TOTAL_ROW.match(header[-1]) and header[-1] != "合计" else header[-1]
            if len(header) > 1 and label == header[-1]:
                label = _member_named(rules, header[-2], label)
            label = _read_lead(rules, label, default_kind)[1] or label
            if label == "合计":  # the 合计 of a 三公经费表 is the 三公经费
                label = next((subject for words, subject in rules.table_totals.items() if words in title), label)
        if label == "合计" and not code:  # the 合计 row of a 三公经费表 written down the page, too
            label = next((subject for words, subject in rules.table_totals.items() if words in title), label)
        kind = _read_lead(rules, column, default_kind)[0] if column else default_kind
        if period:
            kind = _read_lead(rules, period, kind)[0]
        row_kind = _read_lead(rules, label, kind)[0]
        if row_kind in ("结转结余", "上年数", "变动额") and not (
                row_kind == "结转结余" and kind in _STAGE_KINDS and column):
            # 年初结转和结余 in a 决算数 column is a 结转结余 figure; but a column that names the
            # stage (年初预算数 | 全年预算数 | 全年执行数) of a 上年结转资金 row gives its kind: the
            # carried-over funds are a source whose budget and spending the row states
            kind = row_kind
        elif parent_kind == "结转结余" and kind in _CURRENT_KINDS:
            kind = parent_kind  # （二）政府性基金预算拨款 under 二、上年结转
        if kind == "预算数" and budget_named:
            kind = _read_lead(rules, budget_named.group("kind"), kind)[0]
        code = code or (None if by_unit else subject_code(label))  # 一般公共服务支出 alone is 类 201
        year = _year(doc, period or column, kind)
        if doc.year and year and year < doc.year and kind in _CURRENT_KINDS:
            kind = "上年数"  # a 2023年预算数 column of a 2024 budget
        scope = _scope(rules, label) or _scope(rules, column) or _scope(rules, title)
        subject = f"{project} {label}" if project and label else label
        amounts.append(Amount(len(amounts), fact, subject, subject_key(subject) if subject else "", code, kind, scope,
                              year, column or None, "table"))


def _member_named(rules: _Rules, whole: str, word: str) -> str:
    """A part named short under its whole (公务用车购置及运行费 over 小计 | 购置费 | 运行费): the
    member of the whole's known partition that the word ends (公务用车购置费); the word itself
    when none does."""
    for members, key in rules.partition_wholes.items():
        if key == subject_key(whole):
            forms = [f for m in members for f in (m, *(k for k, v in _aliases().items() if v == m))]
            found = next((f for f in forms if len(word) >= 2 and f.endswith(word) and f != word), None)
            if found is not None:
                return found
    return word


_COMPARED_FIGURE = regex.compile(r"(?:比|较|与|同)\s*((?:19|20)\d{2})\s*年度?(?:同期)?(?:的)?(?:年初|全年)?(?:预算|决算|执行)?数?(?:为)?\s*$")


def _parent_row_kind(rules: _Rules, block, row: int, col: int, default_kind: str) -> str | None:
    """The kind the numbered row above a sub-item row names: （一）一般公共预算拨款 in the rows
    of 二、上年结转 is carried over, not this year's money.  None when the row is no sub-item."""
    def label_of(r: int) -> str:
        cells = [c.text for c in block.rows[r][:col]]
        return _cell_subject(cells)[1] if cells else ""

    style = _numbering(label_of(row))
    if style in (None, "一、") and _fund_only(LIST_MARKER.sub("", label_of(row))):
        # a row that names only a fund (一般公共预算财政拨款 | 28 | 742.55), unnumbered or numbered
        # on its own (一、一般公共预算财政拨款 420.30), in the rows under 年初财政拨款结转和结余 of a
        # 财政拨款收支总表: the fund's part of the balance
        for r in range(row - 1, -1, -1):
            label = label_of(r)
            if not label or _fund_only(LIST_MARKER.sub("", label)):
                continue
            kind = _read_lead(rules, LIST_MARKER.sub("", label), default_kind)[0]
            return kind if kind == "结转结余" and "结转和结余" in label else None
        return None
    if style is None or style == "一、":
        return None
    for r in range(row - 1, -1, -1):
        label = label_of(r)
        above = _numbering(label)
        if above == "一、":
            return _read_lead(rules, LIST_MARKER.sub("", label), default_kind)[0]
        if above is None and label:
            return None
    return None


def _by_unit(rules: _Rules, block) -> bool:
    """A table by unit: 单位编码 | 单位名称 | 合计 | …, whose codes number units, no budget subjects."""
    return any(rules.unit_code_columns.match(c.text.strip()) for row in block.rows[:3] for c in row if c.text)


def _unit_rows(doc, rules: _Rules) -> dict[tuple[int, int], tuple[str, tuple[int, int] | None]]:
    """The rows of a table by unit that belong to another (411 开福区城市管理和综合执法局 /
    411001开福区城市管理和综合执法局本级 / 411002…): a unit whose code extends another's is one of that
    unit's, as a tree table's row is of the row above it.  (block, row) -> (its name, the parent row)."""
    found = {}
    for block in doc.blocks:
        if block.rows is None or not _by_unit(rules, block):
            continue
        codes = {}
        for r, row in enumerate(block.rows):
            texts = [c.text.strip() for c in row if c.text and c.text.strip()]
            code = next((m.group(1) for t in texts[:2] if (m := _UNIT_CODE_CELL.match(t))), None)
            if code:
                name = next((_UNIT_CODE.sub("", t) for t in texts[:2] if _UNIT_CODE.sub("", t) and not t.isdigit()), "")
                codes[code] = (r, name)
        for code, (r, name) in codes.items():
            parents = [c for c in codes if c != code and code.startswith(c)]
            if parents and name:
                found[(block.index, r)] = (name, (block.index, codes[max(parents, key=len)][0]))
    return found


_UNIT_CODE_CELL = regex.compile(r"^(\d{3,})(?!\d)\s*\p{Han}*")


def _tree_rows(doc) -> dict[tuple[int, int], tuple[str, tuple[int, int] | None]]:
    """The rows of tree tables: (block, row) -> (the row's path of labels, its parent row).

    In a tree table a row's labels stand further right than those of the row it belongs to, and
    its cells under them are blank (采购品目 | 专项名称 | 经济科目 | 采购物品 | 采购组织形式):
    信息网络建设费/信息网络及软件购置更新/PC服务器/政府集中采购.  A numbered group row (一、货物)
    heads its rows but is no part of their names; a 合计 row is the parent of the top rows.  A
    table whose rows never indent (a classification table, the 自评表's 总额 | 其中：财政资金)
    is no tree.
    """
    trees: dict[tuple[int, int], tuple[str, tuple[int, int] | None]] = {}
    tables: dict[int, list[tuple[int, int, list[tuple[int, str]]]]] = defaultdict(list)
    figures_from: dict[int, int] = {}  # table -> the leftmost column a row's first figure stands in
    for block in doc.blocks:
        for r, row in enumerate(block.rows or ()):
            first_figure = next((c.col for c in row if c.text and rx(r"-?[\d,]+(?:\.\d+)?%?").fullmatch(c.text)), None)
            if first_figure is None:
                continue
            figures_from[block.table] = min(first_figure, figures_from.get(block.table, first_figure))
            labels = [(c.col, c.text) for c in row[:first_figure]
                      if c.text and not c.merged_from and not rx(r"[-\d,.%\s]+").fullmatch(c.text)]
            if labels:
                tables[block.table].append((block.index, r, labels))
    for table, rows in tables.items():
        # labels right of a figure column are a second group of the row (收入 | 决算数 | 支出 | 决算数),
        # not a deeper level
        rows = [(block, r, labels) for block, r, labels in rows if labels[0][0] < figures_from[table]]
        # the levels above the current row: (its labels as (column, text), its row or None when
        # only some of its labels are still above, whether it is a numbered group)
        stack: list[tuple[list[tuple[int, str]], tuple[int, int] | None, bool]] = []
        total, indented, found = None, False, {}
        for block, r, labels in rows:
            first = labels[0][0]
            while stack and stack[-1][0][-1][0] >= first:
                above, _, group = stack.pop()
                if kept := [(c, t) for c, t in above if c < first]:  # 商品和服务支出 | 邮电费, then 会议费
                    stack.append((kept, None, group))
                    break
            indented = indented or any(row is not None for _, row, _ in stack)  # a row under a row
            group = bool(LIST_MARKER.match(labels[0][1]))
            labels = [(c, LIST_MARKER.sub("", t)) for c, t in labels]
            path = [t for above, _, group in stack if not group for _, t in above] + [t for _, t in labels]
            parent = next((row for _, row, _ in reversed(stack) if row is not None), total)
            found[(block, r)] = ("/".join(path), parent)
            if _TOTAL_ROW.match(labels[-1][1].replace(" ", "")):
                total, stack = (block, r), []
            else:
                stack.append((labels, (block, r), group))
        if indented:
            trees.update(found)
    return trees


_TOTAL_ROW = regex.compile(r"^(?:本年)?(?:收入|支出)?(?:合\s*计|总\s*计|小\s*计)$")


def _table_hierarchy(doc, amounts: list[Amount], trees: dict) -> list[AmountLink]:
    """What a classification table's layout states: 项 into 款, 款 into 类, 类 into 合计 in each
    column (over all the pages of the table); a row of a tree table into its parent row; and
    基本支出 + 项目支出 into 合计 on each row.  All complete partitions."""
    by_column: dict[tuple[int, int], list[Amount]] = defaultdict(list)
    by_row: dict[tuple[int, int], list[Amount]] = defaultdict(list)
    for a in amounts:
        if a.pattern == "table":
            by_column[(doc.blocks[a.fact.block].table, a.fact.col)].append(a)
            by_row[(a.fact.block, a.fact.row)].append(a)
    links = _table_lists(doc, _rules(), by_column.values()) + _summary_columns(doc, by_column.values())
    links += _numbered_rows(doc, _rules(), by_column.values(), links)
    links += _total_first(doc, by_column.values(), links)
    for column in by_column.values():
        at = {(a.fact.block, a.fact.row): a for a in column}
        for a in column:
            parent = at.get(trees.get((a.fact.block, a.fact.row), ("", None))[1])
            if parent is not None:
                links.append(AmountLink("part_of", a.id, parent.id, exhaustive=True, list_id=("tree", parent.id)))
        # (人员经费合计 | 公用经费合计 at the foot of the two halves of a 基本支出表: the total of its 类 rows)
        total = next((a for a in column if _TOTAL_ROW.match(a.subject.split(" ")[-1])), None) or next(
            (a for a in column if not a.code and _rules().named_total_row.match(a.subject.split(" ")[-1])), None)
        by_code = {a.code: a for a in column if a.code}
        numbered = {k.source for k in links if k.type == "part_of" and k.list_id[0] == "numbered"}
        classes = [i for i, a in enumerate(column) if a.code and len(a.code) == 3 and a.id not in numbered]
        head = column[classes[0] - 1] if classes and classes[0] > 0 else None
        if head is not None and (head.code or head is total or any(column[i] is total for i in range(classes[-1]))
                                 or not _adds_up(head, [column[i] for i in classes])):
            head = None
        # 一、本年支出 6,061.31 | 社会保障和就业支出 279.63 | … | 二、年终结转结余 | 支出总计: 类 rows not numbered
        # under the row they add up to are its parts, not the 总计's below them
        class_total = head if head is not None else total
        for a in column:
            if not a.code or len(a.code) == 3 and a.id in numbered:
                continue  # 一、本年支出 | （一）一般公共服务支出: the 类 is a part of the row its numbering puts it under
            parent = by_code.get(a.code[:-2]) if len(a.code) in (5, 7) else class_total if len(a.code) == 3 else None
            if parent is not None and parent is not a:
                links.append(AmountLink("part_of", a.id, parent.id, exhaustive=True, list_id=("code", parent.id)))
    above: dict[int, list[int]] = {}
    for row in by_row.values():
        row.sort(key=lambda a: a.fact.col)
        block = doc.blocks[row[0].fact.block]
        if block.index not in above:
            above[block.index] = _header_rows(block)
        links.extend(_header_groups(doc, row, above[block.index]))
        for i, whole in enumerate(row):
            if not (whole.column or "").replace(" ", "").endswith(("合计", "小计")):
                continue
            # the figures after a 合计 column on its side of the row (up to the next label) are
            # its parts: 本年收入合计 = 财政拨款收入 + … + 其他收入; 合计 = 基本支出 + 项目支出
            parts = []
            for part in row[i + 1:]:
                if part.subject != whole.subject or part.fact.quantity.canonical_unit != whole.fact.quantity.canonical_unit:
                    break
                parts.append(part)
            # one figure with the rest of the row blank is the whole of it (合计 = 财政拨款收入)
            links.extend(AmountLink("part_of", p.id, whole.id, exhaustive=True, list_id=("row", whole.id)) for p in parts)
    return links


def _header_groups(doc, row: list[Amount], above: list[int]) -> list[AmountLink]:
    """A row of figures without a label under a header of subjects (三公经费表: 合计 | 因公出国（境）费 |
    公务用车购置及运行维护费 (小计 | 购置费 | 运行费) | 公务接待费): each group's 合计 or 小计 is the
    sum of the columns beside it under the same group."""
    block = doc.blocks[row[0].fact.block]
    label = _cell_subject([c.text for c in block.rows[row[0].fact.row][: row[0].fact.col]])[1]
    if label and not _rules().period_rows.match(label):
        return []  # a labelled row: its label, not the header, says what it is (a 2024年预算数 row does not)
    paths = {a.id: tuple(_column_header_parts(doc, block, a.fact.row, a.fact.col, above)) for a in row}
    links = []
    for whole in row:
        path = paths[whole.id]
        if not path or not _TOTAL_ROW.match(path[-1]):
            continue
        group = path[:-1]
        members: dict[str, Amount] = {}
        for a in row:
            p = paths[a.id]
            if a is whole or len(p) <= len(group) or p[:len(group)] != group:
                continue
            name = p[len(group)]
            if len(p) == len(group) + 1 or len(p) == len(group) + 2 and _TOTAL_ROW.match(p[-1]):
                members.setdefault(name, a)  # a column of the group, or the 小计 of a group inside it
        links.extend(AmountLink("part_of", a.id, whole.id, exhaustive=True, list_id=("header", whole.id))
                     for a in members.values())
    return links


def _summary_columns(doc, columns) -> list[AmountLink]:
    """A column of a 收支总表 (no codes): its numbered rows (一、一般公共预算财政拨款收入 …) are the
    parts of its 本年收入合计 row, and that row with the rows under it (年初结转和结余 …) the parts
    of its 总计: 本年收入合计 + 结转 = 总计."""
    links = []
    for column in columns:
        if any(a.code and len(a.code) > 3 for a in column):
            continue  # a classification table (款 and 项 codes): its codes say what adds up
        labels = [_cell_subject([c.text for c in doc.blocks[a.fact.block].rows[a.fact.row][: a.fact.col]])[1]
                  for a in column]
        # 当年收入小计 | 上年结转资金 | 收入合计: a 小计 row, then a 合计 row that is the column's 总计
        subtotal = next((i for i, t in enumerate(labels) if rx(r"[合小]\s*计$").search(t)), None)
        total = next((i for i, t in enumerate(labels) if rx(r"(?:收入|支出)?总\s*计").fullmatch(t)
                      or subtotal is not None and i > subtotal and rx(r"小\s*计$").search(labels[subtotal])
                      and rx(r"(?:收入|支出)?合\s*计").fullmatch(t)), None)
        if subtotal is None:
            # 一、本年收入 | （一）… | 二、上年结转 | （一）… | 收入总计: with no 合计 row, the rows of the first
            # numbering are the parts of the 总计
            numbered = [i for i in range(total or 0) if LIST_MARKER.match(labels[i])]
            numbered = [i for i in numbered if _numbering(labels[i]) == _numbering(labels[numbered[0]])]
            # (one alone when the others are blank: 一、本年支出 | 二、年终结转结余 (blank) | 支出总计)
            if total is not None and numbered:
                links.extend(AmountLink("part_of", column[i].id, column[total].id, exhaustive=True,
                                        list_id=("summary", column[total].id)) for i in numbered)
            continue
        # the rows of the first row's numbering: 一、财政拨款 and 二、财政专户管理资金, not 1.一般公共预算 under the first
        numbered = [i for i in range(subtotal) if LIST_MARKER.match(labels[i])]
        numbered = [i for i in numbered if _numbering(labels[i]) == _numbering(labels[numbered[0]])]
        links.extend(AmountLink("part_of", column[i].id, column[subtotal].id, exhaustive=True,
                                list_id=("summary", column[subtotal].id)) for i in numbered)
        if total is not None and total > subtotal:
            # 本年收入合计 and 年初结转和结余, not the 一、一般公共预算财政拨款 that details the 结转
            # (nor the 一般公共预算财政拨款 | 政府性基金预算财政拨款 rows under 年初财政拨款结转和结余, named by
            # their funds alone: the parts of the row above them that names more)
            whole = subtotal
            details: dict[int, list[int]] = defaultdict(list)  # numbered fund rows under a balance row
            for i in range(subtotal, total):
                if _numbering(labels[i]) != _numbering(labels[subtotal]):
                    if whole != subtotal and _fund_only(LIST_MARKER.sub("", labels[i])) and not _fund_only(labels[whole]):
                        details[whole].append(i)
                    continue
                if whole != subtotal and _fund_only(labels[i]) and not _fund_only(labels[whole]):
                    links.append(AmountLink("part_of", column[i].id, column[whole].id, exhaustive=True,
                                            list_id=("summary", column[whole].id)))
                    continue
                whole = i
                links.append(AmountLink("part_of", column[i].id, column[total].id, exhaustive=True,
                                        list_id=("summary", column[total].id)))
            for whole, rows in details.items():
                # 年初财政拨款结转和结余 560.30 | 一、一般公共预算财政拨款 420.30 | 二、政府性基金预算财政拨款
                # 140.00: the balance by fund, when the funds add up to it
                if _adds_up(column[whole], [column[i] for i in rows]):
                    links.extend(AmountLink("part_of", column[i].id, column[whole].id, exhaustive=True,
                                            list_id=("summary", column[whole].id)) for i in rows)
    return links


def _item_number(label: str) -> int | None:
    """The number of a label numbered in digits (3. → 3, （2） → 2), None for other labels."""
    m = LIST_MARKER.match(label)
    digits = rx(r"\d+").search(m.group()) if m else None
    return int(digits.group()) if digits else None


_ROW_NUMBER = regex.compile(r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[（(]\s*[\d一二三四五六七八九十]{1,3}\s*[）)])\s*")


def _numbered_label(texts: list[str]) -> str:
    """A row's label with its list number, when a 序号 column holds the number (序号 | 项目名称 | … with
    一 | 基本支出, 二 | 项目支出, 1 | 城乡义务教育公用经费保障): written as the label would carry it."""
    label = _cell_subject(texts)[1]
    if not label or LIST_MARKER.match(label):
        return label
    at = next((i for i in range(len(texts) - 1, -1, -1) if texts[i] == label), None)
    number = next((t for t in reversed(texts[:at]) if t), "") if at else ""
    if not _ROW_NUMBER.fullmatch(number):
        return label
    number = number.strip()
    return f"{number}{'.' if number.isdigit() else '' if number.endswith(('）', ')')) else '、'}{label}"


def _fund_only(label: str) -> bool:
    """A label that names a budget's funds and nothing more (政府性基金预算财政拨款; not 其他资金,
    a source of a 绩效自评表's funds)."""
    return bool(label) and regex.search(_BUDGETS, label) is not None and not _SCOPE_WORDS.sub("", label).strip()


def _numbering(label: str) -> str | None:
    """The style of a label's list number (一、 （一） 1. （1）), None for a label without one."""
    m = LIST_MARKER.match(label)
    return rx(r"[一二三四五六七八九十]+").sub("一", rx(r"\d+").sub("1", m.group().strip())) if m else None


def _table_lists(doc, rules: _Rules, columns) -> list[AmountLink]:
    """Rows labelled 其中 in a table column: that row and the rows right below it are parts of the
    row above it (总额 | 其中：财政资金 | 财政专户管理资金 | 单位资金), up to a row without a figure
    in the column or a total row.  So are rows under a cell that names a classification
    (年度资金总额 | 按收入性质分 一般公共预算 | 政府性基金预算 | 其他资金), a complete one."""
    links: list[AmountLink] = []
    classified: set[int] = set()  # totals whose parts a classification lists

    def close(total: Amount | None, parts: list[Amount]) -> None:
        if total is not None and len(parts) > 1 and not _adds_up(total, parts):
            # 其中：公务用车购置费 | 公务用车运行维护费 | 公务接待费: the text has lost the indent that
            # ends the list; the rows that add up to the total are its parts
            parts = next((parts[:n] for n in range(len(parts) - 1, 0, -1) if _adds_up(total, parts[:n])), parts)
        if total is not None and parts:
            labels = [p.subject.split(" ")[-1] for p in parts]  # without the project in front
            exhaustive = frozenset(map(subject_key, labels)) in rules.partitions or labels[-1].startswith("其他") \
                or total.id in classified
            links.extend(AmountLink("part_of", p.id, total.id, exhaustive=exhaustive, list_id=("其中", total.id, parts[0].id))
                         for p in parts)

    for column in columns:
        total, parts = None, []
        for previous, a in zip([None, *column], column):
            label = _cell_subject([c.text for c in doc.blocks[a.fact.block].rows[a.fact.row][: a.fact.col]])[1]
            adjacent = previous is not None and a.fact.block == previous.fact.block and a.fact.row == previous.fact.row + 1
            row = doc.blocks[a.fact.block].rows[a.fact.row]
            if adjacent and (rx(r"\s*其中").match(label) or a.fact.col > 1 and rules.classification_cell.match(row[0].text)):
                close(total, parts)
                total, parts = previous, [a]
                if not rx(r"\s*其中").match(label):
                    classified.add(previous.id)
            elif adjacent and parts and not _TOTAL_ROW.match(label):
                parts.append(a)
            else:
                close(total, parts)
                total, parts = None, []
        close(total, parts)
    return links


def _numbered_rows(doc, rules: _Rules, columns, links: list[AmountLink]) -> list[AmountLink]:
    """Rows numbered in a deeper style under a numbered row (2.公务用车购置及运行维护费 | （1）公务用车购置费 |
    （2）公务用车运行维护费 | 3.公务接待费): parts of that row, as the numbering states."""
    placed = {k.source for k in links if k.type == "part_of"}
    out: list[AmountLink] = []

    def close(parent: Amount | None, parts: list[Amount]) -> None:
        if parent is None or not parts:
            return
        labels = [p.subject.split(" ")[-1] for p in parts]
        exhaustive = frozenset(map(subject_key, labels)) in rules.partitions or labels[-1].startswith("其他")
        out.extend(AmountLink("part_of", p.id, parent.id, exhaustive=exhaustive, list_id=("numbered", parent.id))
                   for p in parts)

    for column in columns:
        top, parent, parts, previous = None, None, [], None
        tops: list[Amount] = []  # the rows numbered in the top style, since the last unnumbered row
        for a in column:
            block = doc.blocks[a.fact.block]
            label = _numbered_label([c.text for c in block.rows[a.fact.row][: a.fact.col]])
            style = _numbering(label)
            # rows whose cell in the column is blank between (1 | 城乡义务教育公用经费保障 | … | 结余 blank) do
            # not break the list
            adjacent = previous is not None and a.fact.block == previous.fact.block and all(
                a.fact.col >= len(block.rows[r]) or not block.rows[r][a.fact.col].text
                for r in range(previous.fact.row + 1, a.fact.row))
            previous = a
            if style is None and _TOTAL_ROW.match(label.replace(" ", "")) and len(tops) > 1 \
                    and all(t.fact.block == a.fact.block and t.id not in placed for t in tops) and _adds_up(a, tops):
                # 一 基本支出 | 二 项目支出 (1 … 5 under it) | 合计: the top-numbered rows are the 合计's parts
                close(parent, parts)
                parent, parts = None, []
                labels = [t.subject.split(" ")[-1] for t in tops]
                exhaustive = frozenset(map(subject_key, labels)) in rules.partitions or labels[-1].startswith("其他")
                out.extend(AmountLink("part_of", t.id, a.id, exhaustive=exhaustive, list_id=("numbered", a.id))
                           for t in tops)
            if style is None or not adjacent and parent is not None:
                close(parent, parts)
                top, parent, parts = (style, a, []) if style else (None, None, [])
                tops = [a] if style else []
                continue
            if top is None or style == top:
                close(parent, parts)
                top, parent, parts = style, a, []
                tops.append(a)
            elif a.id not in placed:
                parts.append(a)
        close(parent, parts)
    return out


def _adds_up(whole: Amount, parts: list[Amount]) -> bool:
    """The parts add up to the whole within what the rounding of each printed figure allows."""
    slack = sum(2 * _half_unit(a) for a in (whole, *parts))
    return abs(whole.fact.quantity.value - sum(p.fact.quantity.value for p in parts)) <= slack


def _total_first(doc, columns, links: list[AmountLink]) -> list[AmountLink]:
    """A column without codes that opens with its 合计 row (财政拨款“三公”经费支出决算表 written down
    the page: 合计 | 因公出国（境）费 | 公务用车购置及运行维护费 | 其中：… | 公务接待费): the rows
    below it, but those a 其中 row makes parts of another, are its parts when they add up to it."""
    inner = {k.source for k in links if k.type == "part_of"}
    out = []
    for column in columns:
        if not column or any(a.code for a in column):
            continue
        label = _cell_subject([c.text for c in doc.blocks[column[0].fact.block].rows[column[0].fact.row][: column[0].fact.col]])[1]
        if not _TOTAL_ROW.match(label):
            continue
        first = column[0]
        rows = [a for a in column[1:] if a.fact.block == first.fact.block and a.id not in inner]
        if len(rows) > 1 and all(not _TOTAL_ROW.match(a.subject.split(" ")[-1]) for a in rows) and _adds_up(first, rows):
            out.extend(AmountLink("part_of", a.id, first.id, exhaustive=True, list_id=("rows", first.id)) for a in rows)
    return out


def _table_execution(doc, amounts: list[Amount]) -> list[AmountLink]:
    """A 预算执行率 column: the row's 执行数 is measured against its 调整后预算数 (or 预算数)."""
    rates = {(f.block, f.row): f for f in doc.facts.get("quantities", ())
             if f.quantity.kind == "percent" and f.row is not None and "执行率" in _column_header(
                 doc, doc.blocks[f.block], f.row, f.col)}
    by_row: dict[tuple[int, int], dict[str, Amount]] = defaultdict(dict)
    for a in amounts:
        if a.pattern == "table":
            by_row[(a.fact.block, a.fact.row)].setdefault(a.kind, a)
    links = []
    for key, rate in rates.items():
        row = by_row.get(key, {})
        actual = row.get("执行数")
        budget = row.get("调整后预算数") or row.get("预算数") or row.get("年初预算数")
        if actual is not None:
            q = rate.quantity
            links.append(AmountLink("execution_of", actual.id, budget.id if budget else None,
                                    declared=q.number, declared_precision=q.precision))
    return links


def _place_shares(rules: _Rules, amounts: list[Amount], links: list[AmountLink]) -> None:
    """A share with neither list nor named base: of the nearest larger figure just before it that
    the share agrees with (a guess the arithmetic must confirm; else no base).

    “三公”经费支出4.63万元 … 因公出国（境）费0万元，占0%: the base is the figure the paragraph or
    the one before it stated last that the part could be a share of.
    """
    sharing = {k.source for k in links if k.type == "share_of"}
    wholes = {k.source: amounts[k.target] for k in links if k.type == "part_of"}
    by_key: dict[str, list[Amount]] = defaultdict(list)
    for a in amounts:
        if not _rough(a):  # a rough restatement (约2.31亿元) is no base
            by_key[a.subject_key].append(a)
    for i, link in enumerate(links):
        if link.type != "share_of" or link.target is not None:
            continue
        part = amounts[link.source]
        if link.base:
            # 占本年支出合计的100%: the base is named; it is a figure when the report states it.
            # 占全年预算数的80%: a base named by its kind alone is the last figure of that kind.
            kind, subject, named_kind = _read_lead(rules, link.base, "")
            unit = part.fact.quantity.canonical_unit
            scope = _scope(rules, link.base)  # 占一般公共预算项目支出预算的83.80%: not the 项目支出 of all funds
            if subject or not named_kind:
                candidates = [a for a in reversed(by_key.get(subject_key(link.base), ())) if a.id < part.id
                              and a.year == part.year and a.fact.quantity.canonical_unit == unit and a.kind != "变动额"
                              and (scope is None or a.scope == scope)]
                # 占项目支出预算的88.58% with 项目支出 stated for all funds and then for 一般公共预算: the
                # one the share agrees with, else the last
                named = next((a for a in candidates if _rate_agrees(link, part, a)), None) \
                    or next(iter(candidates), None)
            else:
                named = next((a for a in _nearby_before(amounts, part) if a.kind == kind and a.id not in wholes
                              and a.fact.quantity.canonical_unit == unit and not _rough(a)), None)  # a whole, not one of its parts
            # 其中财政拨款收入1000万元，占本年收入的85.92%: a base written another way is the
            # list's total; 占总支出的76.81%: a base that names a total is a larger figure before it
            # that the share agrees with, a guess the arithmetic must confirm
            whole = wholes.get(part.id)
            named = named or (whole if whole is not None and _rate_agrees(link, part, whole) else None) or (
                _larger_before(amounts, part, sharing, agreeing=link) if _NAMES_A_TOTAL.search(link.base)
                and (subject or not named_kind) else None)  # a kind the report does not state: no base
            if named is None and subject:
                named = _total_named(rules, amounts, part, link, {link.base, subject}, scope)
            if named is not None:
                links[i] = replace(link, target=named.id)
            continue
        # （二）“三公”经费财政拨款支出决算具体情况说明 between the total's paragraph and the shares of its
        # items: a heading and a paragraph of reasons further back, the share still agreeing with it
        base = _sibling_base(amounts, part, links[:i], link) or _larger_before(amounts, part, sharing, agreeing=link) \
            or (_larger_before(amounts, part, sharing, agreeing=link, blocks=3) if part.fact.quantity.value else None)
        if base is not None:
            links[i] = AmountLink("share_of", link.source, base.id, declared=link.declared,
                                  declared_precision=link.declared_precision)
    # 因公出国（境）费支出决算0万元，占0%；公务用车购置及运行维护费支出决算6.85万元，占84.46%: a zero
    # share agrees with any base, so it takes the base of the share of the very next figure
    for i, link in enumerate(links):
        if link.type != "share_of" or link.target is not None or link.base or link.declared != 0:
            continue
        part = amounts[link.source]
        after = next((k for k in links[i + 1:] if k.type == "share_of" and k.source > part.id), None)
        if after is not None and after.target is not None and after.target < part.id \
                and after.source == part.id + 1 and amounts[after.source].fact.block == part.fact.block \
                and amounts[after.source].kind == part.kind:
            links[i] = replace(link, target=after.target)


_BASE_WORDS = regex.compile(r"^(?:当年)?拨款|(?:总额|合计)$")


def _total_named(rules: _Rules, amounts: list[Amount], part: Amount, link: AmountLink, names: set[str],
                 scope: str | None) -> Amount | None:
    """占一般公共预算拨款项目支出的100%, 占一般公共预算项目支出总额的100%: the base a table states as a
    total of its funds (the 合计 row of the 项目支出 column), when the share agrees with the two figures."""
    keys = {subject_key(n) for n in names}
    keys |= {_BASE_WORDS.sub("", k) for k in keys} - {""}
    unit = part.fact.quantity.canonical_unit
    return next((a for a in amounts if a.pattern == "table" and a.year == part.year and a.id != part.id
                 and a.fact.quantity.canonical_unit == unit and a.kind not in ("变动额", "上年数")
                 and (scope is None or a.scope in (scope, None)) and _identities(a, rules) & keys
                 and _rate_agrees(link, part, a)), None)


def _sibling_base(amounts: list[Amount], part: Amount, earlier: list[AmountLink], link: AmountLink) -> Amount | None:
    """The base of the share stated just before, in this paragraph or the one above, when this share
    agrees with it too: a list of shares one line each (…其中： / 基本支出21968万元，占59.07%； / 项目支出
    10208.94万元，占27.45%； / 单位预留机动经费5011.4万元，占13.48%；) has one base, however long it runs."""
    before = next((k for k in reversed(earlier) if k.type == "share_of" and k.source < part.id), None)
    if before is None or before.target is None:
        return None
    sibling = amounts[before.source]
    if not 0 <= part.fact.block - sibling.fact.block <= 1 or sibling.kind != part.kind:
        return None
    if any(a.fact.block > sibling.fact.block and a.id not in (part.id,) for a in amounts[sibling.id + 1:part.id]):
        return None  # another figure between the two lines: not one list
    base = amounts[before.target]
    if base.fact.quantity.canonical_unit != part.fact.quantity.canonical_unit or not _rate_agrees(link, part, base):
        return None
    return base


_NAMES_A_TOTAL = regex.compile(r"总|合计|全部|全年|本年")


def _larger_before(amounts: list[Amount], part: Amount, sharing: set[int],
                   agreeing: AmountLink | None = None, blocks: int = 2) -> Amount | None:
    """The nearest figure before ``part`` that it could be a share of: not itself a share, not a
    change, in the same unit and no smaller; with ``agreeing``, the nearest that its declared
    share agrees with (占总支出的19.41%: not the 一般公共预算 figure just before, but 本年支出合计)."""
    value = part.fact.quantity.value
    return next((a for a in _nearby_before(amounts, part, blocks)
                 if a.id not in sharing and a.kind != "变动额"
                 and a.fact.quantity.canonical_unit == part.fact.quantity.canonical_unit
                 and a.fact.quantity.value >= value and a.fact.quantity.value > 0
                 and (agreeing is None or _rate_agrees(agreeing, part, a))), None)


def _cell_subject(texts: list[str]) -> tuple[str | None, str]:
    """The code and label a cell belongs to: the nearest label to its left and the code cells
    just before that label (收入 | 决算数 | 支出 | 决算数 rows, and 基本支出决算表 rows that hold
    three code/name/amount triples, have several)."""
    label_at = next((i for i in range(len(texts) - 1, -1, -1)
                     if texts[i] and not rx(r"[-\d,.%\s]+").fullmatch(texts[i])), None)
    if label_at is None:
        return None, ""
    digits: list[str] = []
    for text in reversed(texts[:label_at]):
        if not text:
            continue
        if not rx(r"\d{2,7}").fullmatch(text):
            break
        digits.insert(0, text)
    code = "".join(digits)
    if not digits or len(digits[0]) not in (3, 5, 7) or len(code) not in (3, 5, 7):
        code = None
    label = texts[label_at]
    if code is None and (m := _CODE_BEFORE_NAME.match(label)):
        # 208社会保障和就业支出: a copy whose header does not part the code column from the name
        # column (功能分类 科目名称 / 科目编码 over two lines) leaves the code in the label's cell
        code, label = m.group(1), label[m.end():]
    return code, label


# a whole budget subject code (类 208, 款 20802, 项 2080201) written right before its name
_CODE_BEFORE_NAME = regex.compile(r"^(\d{3}|\d{5}|\d{7})\s*(?=\p{Han})")


_FIGURE = regex.compile(r"[-\d,.]+%?")
_UNIT_CODE = regex.compile(r"^\d{3,}\s*(?=\p{Han})")


def _has_figure(row) -> bool:
    return not _column_numbers(row) and any(_FIGURE.fullmatch(c.text) for c in row if c.text)


def _column_numbers(row) -> bool:
    """A row that numbers the columns above it, 1 | 2 | 3 | … | 12 under the header of a 三公经费表
    (a 栏次 row whose 栏次 the copy lost): part of the header, no figures."""
    texts = [c.text.strip() for c in row if c.text and c.text.strip()]
    return len(texts) >= 3 and texts == [str(i) for i in range(1, len(texts) + 1)]


def _spaced_title(row) -> bool:
    """A row of single characters, 收 | 入 | 支 | 出 over a 收支总表: a title printed letter-spaced
    that the copy cut into one cell per character.  Where its words end is lost, so it names no
    column (the 出 of 支出 would otherwise head the columns to its right)."""
    texts = [c.text.strip() for c in row if c.text and c.text.strip()]
    return len(texts) >= 2 and all(len(t) == 1 and regex.match(r"\p{Han}", t) for t in texts)


def _header_rows(block) -> list[int]:
    """For each row of a table, the nearest row above it without figures (-1: none): the rows of
    figures between (总额, then 其中：财政资金 …) share its header.  Computed once per table, so
    that a table of thousands of rows is not walked up from each of its cells."""
    out, last, figures = [], -1, None
    for r, cells in enumerate(block.rows):
        out.append(last)
        if _has_figure(cells):
            figures = cells
        elif not _empty_row_of_figures(cells, figures):
            last = r
    return out


def _empty_row_of_figures(cells, figures) -> bool:
    """A row with labels and nothing in the columns where the row of figures before it has its
    figures (二、政府性基金预算财政拨款收入 | | 二、外交支出 | in a 收支总表): a row whose figures
    are blank, not a header over the rows below it."""
    if figures is None:
        return False
    columns = [i for i, c in enumerate(figures) if c.text and _FIGURE.fullmatch(c.text)]
    return len(cells) == len(figures) and all(not cells[i].text for i in columns)


_LONGEST_HEADER = 30


def _column_header_parts(doc, block, row: int, col: int, above: list[int] | None = None) -> list[str]:
    """The header over a cell, top level first: the rows without figures just above its row, of
    its row's width (``above``: the block's ``_header_rows``, when the caller has them).

    Pasted tables have rows of different lengths and several header rows for several parts
    (预算执行情况, then 绩效指标): only the nearest header rows that line up with the row count.
    A part of a table on a later page without headers of its own has its first part's.
    """
    width = len(block.rows[row])
    parts: list[str] = []
    rules = _rules()
    r = (above if above is not None else _header_rows(block))[row]
    while r >= 0 and not _has_figure(block.rows[r]) and len(parts) < 3:
        cells = block.rows[r]
        if _column_numbers(cells) or _spaced_title(cells):
            r -= 1
            continue
        if any(c.text and rules.header_top.search(c.text.strip()) for c in cells):
            break  # 单位名称：… | | 单位：万元 pasted as the table's first row
        if len(cells) == width and col < len(cells):
            cell = cells[col]
            if cell.merged_from is not None:
                cell = block.rows[cell.merged_from[0]][cell.merged_from[1]]
            elif not cell.text and _spans_right(block, r, col):
                # pasted text lost the merge: 2023年预算数 | | | over 合计 | 因公出国（境）费 | …
                cell = next(c for c in reversed(cells[:col]) if c.text)
                if rules.label_header.search(cell.text.strip()) or rules.code_header.search(cell.text.strip()):
                    cell = cells[col]  # | 项目 | | … over 科目名称 | 本年收入合计: it heads the labels only
            text = cell.text.replace("\n", "")
            if len(text) > _LONGEST_HEADER:
                break  # a description (项目年度目标 …) above the header rows: no header
            if text and text not in parts:
                parts.insert(0, text)
        elif (text := _narrow_header(block, r, width, col, first=not parts)) is not None:
            # 科目编码 | 科目名称 | 2025年预算数 over 合计 | 基本支出 | 项目支出 over five columns
            if text not in parts:
                parts.insert(0, text)
        elif parts and (group := _group_over(block, r, width, col)):
            # 预算数 | | | | | | 决算数 over 合计 | 因公出国（境）费 | … | 合计 | …: a row of group
            # names whose copy lost the empty cells after the last, over the full header row
            if group not in parts:
                parts.insert(0, group)
            break  # the top of the header (部门：… | | 金额单位：万元 above it is none)
        elif parts:
            break
        r -= 1
    if not parts and block.continues is not None:
        # the header rows of the part before: above its first row of figures, or its last rows
        # when the page ended on them
        first = doc.blocks[block.continues]
        before = doc.blocks[block.index - 1] if doc.blocks[block.index - 1].table == first.index else first
        row = next((i for i, cells in enumerate(before.rows) if _has_figure(cells)), None)
        if row is not None:
            return _column_header_parts(doc, before, row, col)
        last = before.rows[-1]
        cell = last[col] if col < len(last) else None
        return [cell.text] if cell is not None and cell.text else []
    return parts


def _narrow_header(block, r: int, width: int, col: int, first: bool) -> str | None:
    """The name over column ``col`` in a header row narrower than the table (``width``) whose
    cells are all named, pasted without the empty cells of a merged header:

        科目编码 | 科目名称 | 2025年预算数
        合计 | 基本支出 | 项目支出
        208 | 社会保障和就业支出 | 110.95 | 110.95 |

    A row that opens with the code or label columns (科目编码, 科目名称) starts at the left, its
    last name over all the columns of figures; the row just above the figures (``first``) that
    names figures only ends at the right, over the last columns.  None for other rows (a row of
    group names with gaps, 预算数 | | 决算数, is ``_group_over``'s)."""
    cells = block.rows[r]
    names = [c.text.replace("\n", "").strip() for c in cells]
    if len(cells) >= width or len(cells) < 2 or not all(names) or len(names[-1]) > _LONGEST_HEADER:
        return None
    rules = _rules()
    if rules.code_header.search(names[0]) or rules.label_header.search(names[0]):
        return names[-1] if col >= len(names) - 1 else None
    if first and col >= width - len(names) and not any(
            rules.code_header.search(n) or rules.label_header.search(n) for n in names):
        return names[col - (width - len(names))]
    return None


def _group_over(block, r: int, width: int, col: int) -> str | None:
    """The group name over column ``col`` in header row ``r`` shorter than the table
    (``width``), when that row names groups of columns by their kind: two names or more, each a
    kind's name (预算数, 决算数) over a named cell of the full-width header row below; a column
    takes the nearest name at or left of it.  (Group rows that name parts of a table, 收入 | |
    支出 over a 收支总表, are no header of the row of figures under them.)"""
    cells, below = block.rows[r], block.rows[r + 1] if r + 1 < len(block.rows) else []
    named = [i for i, c in enumerate(cells) if c.text]
    if len(cells) >= width or len(below) != width or len(named) < 2 \
            or not all(below[i].text for i in named) or named[0] != 0:
        return None
    kinds = [pattern for name, pattern in _rules().kinds if name != "其他"]
    if not all(any(p.fullmatch(cells[i].text.strip()) for p in kinds) for i in named):
        return None
    at = max((i for i in named if i <= col), default=None)
    return cells[at].text.replace("\n", "") if at is not None else None


def _spans_right(block, r: int, col: int) -> bool:
    """Whether the empty header cell (r, col) is covered by a group name to its left: a name
    stands left of it in its row, and the header row below names this column."""
    below = block.rows[r + 1] if r + 1 < len(block.rows) else []
    if not any(c.text for c in block.rows[r][:col]) or col >= len(below) or _has_figure(below) \
            or _column_numbers(below):  # 1 | 2 | … | 12 numbers every column, names none
        return False
    # the header row below names this column, or is itself covered by a name to its left (预算数 |
    # over 公务用车购置及运行费 | | over 小计 | 公务用车购置费 | 公务用车运行费: three levels)
    return bool(below[col].text) or len(below) == len(block.rows[r]) and _spans_right(block, r + 1, col)


def _column_header(doc, block, row: int, col: int) -> str:
    return "".join(_column_header_parts(doc, block, row, col))


_HEADER_WORDS = regex.compile(r"^(?:金\s*额|预算数|决算数|合计|本年|上年|科目|功能科目|经济科目)")


def _project_name(block) -> str | None:
    """The project a 绩效自评表 is about: the cell after 项目名称, without its code."""
    for row in block.rows[:4]:
        for i, cell in enumerate(row[:-1]):
            if cell.text.replace(" ", "") == "项目名称":
                name = next((c.text for c in row[i + 1:] if c.text), "")
                if _HEADER_WORDS.match(name):
                    return None  # 项目名称 | 金额: a disclosure table's header, not a 自评表's project
                return rx(r"^[0-9A-Za-z]+(?:-\d{4})?[-_\s]*").sub("", name).strip() or None
    return None


def _table_title(doc, block) -> str:
    """The paragraphs just above a table, back to the table before it (表3, its name, 公开07表,
    部门：…, 单位：万元)."""
    before = []
    for b in reversed(doc.blocks[max(0, block.index - 5):block.index]):
        if b.rows is not None or _SENTENCE_END.search(b.text.rstrip()):
            # a paragraph of prose (…“三公”经费年初预算18.00万元…。) ends the title: its words
            # name no table (表2 部门预算执行情况表 is no 三公经费表)
            break
        if _TABLE_LIST.search(b.text):
            # （详见附表：收入支出决算总表、…、财政拨款“三公”经费支出决算表、…）: a list of the report's
            # tables names none of them in particular
            break
        if _names_a_table(b.text) and any(_names_a_table(t) for t in before):
            # a table's name above its name: the list of tables ahead of the first (十三、国有资本经营
            # 预算财政拨款收入支出决算表 / 十四、… over 收入支出决算总表) names other tables
            break
        before.insert(0, b.text)
    return " ".join(before)


# 表3, 公开01表, 附表1, 预算07表, 部门公开表02: a table's number, not its name
_TABLE_NUMBER = regex.compile(r"^(?:公开|附|预算|决算|部门公开|部门预算|部门决算)?表?\s*[0-9０-９一二三四五六七八九十\-－]+\s*表?$")
_TABLE_LIST = regex.compile(r"表\s*[、，,]\s*\S")


def _names_a_table(text: str) -> bool:
    text = text.strip()
    return text.endswith("表") and not _TABLE_NUMBER.match(text)


def _identities(a: Amount, rules: _Rules | None = None) -> set[str]:
    """What an amount can be recognized by: its code, its subject, and for a table's 合计 row the
    column it totals (the 合计 of the 本年收入合计 column is 本年收入合计)."""
    ids = {i for i in (a.code, a.subject_key) if i}
    label = a.subject.split(" ")[-1]
    total = _total_identity(rules, a, label) if rules is not None else None
    if total:
        ids.add(total)
    if a.pattern == "table" and a.column and _TOTAL_ROW.match(label):
        ids.add(subject_key(a.column))
    if a.pattern == "table" and " " in a.subject and label in ("总额", "合计"):
        ids.add(subject_key(a.subject.rsplit(" ", 1)[0]))  # 案件代理 总额 is the project's budget
    if rules is not None and a.pattern == "table" and a.subject_key in rules.department_total_rows:
        ids.add(rules.department_subject)  # 年度资金总额 of a 部门整体 table: the 部门预算 of the prose
    if a.subject_key.endswith("合计") and len(a.subject_key) > 2:
        ids.add(a.subject_key[:-2])  # 人员经费合计 is 人员经费
    if a.subject_key.endswith("项目") and len(a.subject_key) > 4:
        ids.add(a.subject_key[:-2])  # 学前教育发展资金项目 in the prose is the 学前教育发展资金 row of a table
    if a.scope and a.subject_key.startswith("本年") and not a.subject_key.endswith(("合计", "总计")):
        ids.add(a.subject_key[2:])  # 本年一般公共预算财政拨款收入 is the 一般公共预算财政拨款收入 of the report's year
    return ids


def _total_identity(rules: _Rules, a: Amount, label: str) -> str | None:
    """A total of some funds by what it totals, whatever the name: the 合计 row of a
    一般公共预算支出预算表 (by its column), the 一般公共预算拨款收入 row of a 收支总表 and
    一般公共预算拨款支出预算 in the prose are each the whole of their funds ('〈总计〉'); the 合计 row
    of a 基本支出 column and 一般公共预算基本支出 are 基本支出; of a 人员经费 column, 人员经费.  A
    department's 本年 totals (本年收入合计, 当年支出小计) stay apart from its 总计."""
    if a.code or " " in a.subject:
        return None  # a budget subject by its code; a project's row (案件代理 总额)
    if a.pattern == "table" and a.scope and _SCOPE_WORDS.fullmatch(_fold(label)):
        # 按收入性质分 | 一般公共预算 | 2,635.35 | … of a 绩效自评表: a row named by its funds alone is
        # the whole of those funds (the prose's 一般公共预算拨款, 一般公共预算支出)
        return "〈总计〉"
    total_row = a.pattern == "table" and bool(_TOTAL_ROW.match(label.replace(" ", "")))
    words = (a.column or "") if total_row else a.subject
    named = label + words if total_row else words + (a.column or "")
    if not rules.total_names.search(named):
        return None
    rest = rules.total_words.sub("", _SCOPE_WORDS.sub("", _fold(words)))
    if rest[:2] in ("基本", "项目") and len(rest) > 2 and total_row:
        rest = rest[2:]  # a column 人员经费 under 2025年基本支出: the 人员经费 (a part of 基本支出 by its name)
    if rest in ("基本", "项目"):
        return rest + "支出"
    if rest:
        return subject_key(rest) if total_row else None
    current = a.scope is None and rules.total_current.search(named)
    return "〈本年〉" if current else "〈总计〉"


_TOTALS = frozenset({"〈本年〉", "〈总计〉"})


def _half_unit(a: Amount) -> Decimal:
    """Half a unit of the last printed digit, in the canonical unit: 16497.86万元 stands for
    any value within 50 元 of 164,978,600."""
    q = a.fact.quantity
    scale = q.value / q.number if q.number else Decimal(1)
    return Decimal(5).scaleb(-(q.precision + 1)) * scale


def _is_economic_item_code(code: str) -> bool:
    """A 款 of the economic classification (30217 公务接待费: five digits under a 类 such as 302)."""
    return len(code) == 5 and code[:3] in _rules().economic_classes.values()


def _equal_to(doc, amounts: list[Amount], parts_of: list[AmountLink] = ()) -> list[AmountLink]:
    """The same figure stated again: the same subject by code, name or the column a total row
    totals, same kind and year, the same funds (prose that names none may restate a table's),
    in another table or paragraph, and values that agree within the rounding of the less precise
    (the prose's 16497.86万元, the table's 164,978,640元).  Each restatement is linked to one
    earlier statement: of the same funds if there is one, else the nearest."""
    seen: dict[tuple, list[Amount]] = defaultdict(list)  # (unit, kind, year, identity) -> amounts
    rules = _rules()
    # 2025年年初预算数69,978.73万元 in a 部门预算 is the 预算数 of its tables: one kind for the comparison
    same_kind = rules.same_kinds.get(doc.kind or "", {})
    # a budget's income by function subject (部门收入总表: 204 公共安全支出 | 一般公共预算拨款 55,781.95) is
    # what it arranges to spend on that subject: the subject's row of the spending tables, same funds
    balanced = doc.kind in rules.balanced_reports
    # the funds each function subject's figure is stated for in some table (204, 一般公共预算, 55,781.95)
    scoped_rows = {(a.code, a.kind, a.year, a.fact.quantity.value, a.scope) for a in amounts
                   if a.pattern == "table" and a.code and a.scope}
    links = []
    titles: dict[int, str] = {}

    def title(table: int) -> str:
        if table not in titles:
            titles[table] = _table_title(doc, doc.blocks[table])
        return titles[table]

    # 当年收入小计 … 上年结转 … 收入合计 down a column: the 合计 below a 小计 is the column's 总计
    subtotals = {(a.fact.block, a.fact.col): a.fact.row for a in amounts if a.pattern == "table"
                 and rx(r"小\s*计$").search(a.subject.split(" ")[-1])}
    # and in a 收支总表 (both sides of the account in one table) a 收入合计 / 支出合计 row is its side's 总计
    two_sided = {b.index for b in doc.blocks if b.rows is not None
                 and rx(r"收\s*支[^表]{0,6}总表").search(_table_title(doc, doc.blocks[b.table]))}
    grand = {a.id for a in amounts if a.pattern == "table" and rx(r"合\s*计$").search(a.subject.split(" ")[-1])
             and (subtotals.get((a.fact.block, a.fact.col), a.fact.row) < a.fact.row
                  or a.fact.block in two_sided and rx(r"^(?:收入|支出)\s*合\s*计$").match(a.subject.split(" ")[-1]))}

    # 2024年收入预算4,286.53万元，其中：…；上年结转390.00万元: income that counts the balance carried in
    # is the 收入总计, whatever its words
    grand |= {k.target for k in parts_of if k.type == "part_of" and k.target is not None
              and amounts[k.source].kind == "结转结余" and amounts[k.target].pattern != "table"
              and "收入" in amounts[k.target].subject and amounts[k.target].kind != "结转结余"}
    # … and the 支出 stated after it with the same value is the 支出总计 (收入总计 = 支出总计)
    # (but not one it divides into 基本支出 and 项目支出 when a table states the 本年支出合计 of that value
    # apart from the 支出总计: the 支出 is then that 本年支出合计, though the 总计 is the same sum)
    income = [amounts[i] for i in grand if amounts[i].pattern != "table"]
    current = {(a.kind, a.year, a.fact.quantity.value) for a in amounts if a.pattern == "table"
               and rx(r"本年支出合\s*计$").search(a.subject)}
    current_parts = {k.target for k in parts_of if k.type == "part_of" and k.target is not None
                     and amounts[k.source].subject_key in ("基本支出", "项目支出")
                     and (amounts[k.target].kind, amounts[k.target].year, amounts[k.target].fact.quantity.value) in current}
    grand |= {a.id for a in amounts if a.pattern != "table" and rx(r"^支出(?:预算|决算)?$").match(_fold(a.subject))
              and a.id not in current_parts
              and any(i.id < a.id and i.kind == a.kind and i.year == a.year
                      and i.fact.quantity.value == a.fact.quantity.value for i in income)}

    def _part_of_whole_table(a: Amount, b: Amount) -> bool:
        """按经济分类，上述基本支出包括：工资福利支出1,563.95万元 restates the 工资福利支出 row of a 基本支出表
        under its 基本支出/合计 column: where the whole table is 基本支出, that column is the row's all,
        and a coded figure whose words name no part is the same figure."""
        if not a.code or a.code != b.code or (a.pattern == "table") == (b.pattern == "table"):
            return False
        prose, table = (b, a) if a.pattern == "table" else (a, b)
        part = measure(table)[1]
        return measure(prose)[1] == "合计" and part != "合计" and f"{part}支出" in title(doc.blocks[table.fact.block].table) \
            and _TOTAL_ROW.match((table.column or "").split(f"{part}支出")[-1]) is not None  # 基本支出/合计, not 基本支出

    def _grand_total(a: Amount) -> bool:
        return a.id in grand or _named_grand_total(a)

    # the whole of each complete partition a figure is a part of (基本支出 of 本年支出合计)
    wholes: dict[int, list[Amount]] = defaultdict(list)
    for k in parts_of:
        if k.type == "part_of" and k.exhaustive and k.target is not None:
            wholes[k.source].append(amounts[k.target])

    def _other_wholes(a: Amount, b: Amount) -> bool:
        """Parts of two totals that differ: 本年支出合计1,301.35万元，其中：基本支出742.56万元 (all the
        department's funds) is not the 基本支出 742.56 of a 一般公共预算 table whose 合计 is 1,297.75,
        though the prose names no funds and the values agree."""
        return bool(wholes[a.id]) and bool(wholes[b.id]) and not any(
            abs(x.fact.quantity.value - y.fact.quantity.value) <= max(_half_unit(x), _half_unit(y))
            for x in wholes[a.id] for y in wholes[b.id])

    def measure(a: Amount) -> tuple[str | None, str, bool]:
        if a.pattern != "table":  # a sentence's figure: its subject, under its section's title
            return _measure(a.subject, _side_title(doc, a.fact.section))
        # a total row's label says which side a column of both does not (收入总计, 支出总计 of a 收支总表)
        label = a.subject.split(" ")[-1]
        side = label if _TOTAL_ROW.match(label.replace(" ", "")) else ""
        direction, part, both = _measure(f"{a.column or ''} {side}", title(doc.blocks[a.fact.block].table))
        if part == "合计" and label in ("基本支出", "项目支出"):
            part = label[:2]  # a 基本支出 row under 年初预算数 (a 预算执行情况表): the part the row names
        elif side and part != "合计" and not _PART_NAMED.search(a.column or ""):
            part = "合计"  # the 合计 row of 人员经费 under 2025年基本支出: the 人员经费, whole
        return direction, part, both

    # the classes the links so far make, and the sides of the account their members name: a figure
    # that names no side (一般公共预算拨款当年拨款) joins one side's class, never both
    parent: dict[int, int] = {}
    sides: dict[int, set[str]] = defaultdict(set)

    def root(i: int) -> int:
        while parent.setdefault(i, i) != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def side(x: Amount) -> str | None:
        direction, _, both = measure(x)
        return None if both else direction

    def join(x: Amount, y: Amount) -> None:
        rx_, ry = root(x.id), root(y.id)
        for z in (x, y):
            if side(z):
                sides[root(z.id)].add(side(z))
        if rx_ != ry:
            parent[rx_] = ry
            sides[ry] |= sides.pop(rx_, set())

    def bridges(a: Amount, earlier: Amount) -> bool:
        """收入包括：一般公共预算拨款当年拨款16,238.55万元 restates the 一般公共预算拨款收入 before it; the
        一般公共预算拨款支出 of the same value after it is the other side of the account, not the same
        figure, though the sideless words would join it to the income."""
        mine = side(a)
        if mine is None or side(earlier) is not None or measure(earlier)[2]:
            return False
        return bool(sides[root(earlier.id)] - {mine})

    # 实行绩效目标管理的项目…涉及财政拨款资金2563.16万元，其中…政府性基金预算拨款620万元: a part named by
    # its funds alone of a whole of some funds that is no total of them (a selection of the
    # 财政拨款) is the whole's share of those funds, not their total, whatever its value
    shares_of_wholes = {k.source for k in parts_of if k.type == "part_of" and k.target is not None
                        and amounts[k.source].pattern != "table" and amounts[k.target].pattern != "table"
                        and amounts[k.target].scope is not None
                        and _identities(amounts[k.source], rules) & _TOTALS
                        and not _identities(amounts[k.target], rules) & _TOTALS}
    for a in amounts:
        q = a.fact.quantity
        if q.kind not in ("money", "count") or a.id in shares_of_wholes:
            continue
        ids = _identities(a, rules) if q.kind == "money" else {a.subject_key} - {""}  # a count: by its subject alone
        if doc.kind in rules.department_reports and a.pattern == "table" and not a.scope and not a.code \
                and _TOTAL_ROW.match(a.subject.replace(" ", "")) \
                and rules.department_tables.search(title(doc.blocks[a.fact.block].table)):
            ids.add(rules.department_subject)  # the 合计 of a 部门预算执行情况表 is the department's whole
        # the first statements of the figure come first; a subject stated a thousand times (a
        # long list of 基本支出 rows) is compared with its first few, not with every one
        kind = same_kind.get(a.kind, a.kind)
        candidates = {e.id: e for i in ids for e in seen[(q.canonical_unit, kind, a.year, i)][:50]}
        # known by a name of their own, not only as the total of their funds
        named = {e.id for i in ids - _TOTALS for e in seen[(q.canonical_unit, kind, a.year, i)][:50]}
        # of the same funds first, then a 总计 for a 总计 (政府性基金预算支出 restates the 本年支出 row of a
        # 收支总表, not its 支出总计 of the same value)
        ordered = sorted(candidates.values(), key=lambda e: (e.scope == a.scope, _grand_total(e) == _grand_total(a), e.id),
                         reverse=True)
        differing = None
        joined_sides: set[str | None] = set()
        table_joined = False
        for earlier in ordered:
            if doc.blocks[earlier.fact.block].table == doc.blocks[a.fact.block].table \
                    and not (a.pattern != "table" and a.code and a.code == earlier.code) \
                    and not (a.pattern == "previous" and earlier.pattern != "table" and a.subject_key == earlier.subject_key):
                # (but 1.“…（项）”2.63万元，主要用于…。2022年当年预算执行数为1.48万元，2023年预算安排2.63万元:
                # a paragraph on one budget subject that states its figure again; and 其中国内公务接待支出
                # 1.22万元。…国内公务接待16批次，170人次，共计支出1.22万元: the sum of what it counted restates it)
                continue
            if table_joined and earlier.pattern == "table":
                continue
            if abs(q.value - earlier.fact.quantity.value) > max(_half_unit(a), _half_unit(earlier)):
                # the same 类/款/项 of the same funds and measure, with another value: a restatement
                # that does not agree (the checks judge it)
                if differing is None and a.code and a.code == earlier.code and a.scope == earlier.scope \
                        and earlier.fact.block != a.fact.block and _same_measure(measure(a), measure(earlier)):
                    differing = earlier
                continue
            if a.code and earlier.code and a.code != earlier.code:
                continue  # 2080505 by function and 30108 by economic class: one sum of money, two subjects
            if bool(a.code) != bool(earlier.code) and _is_economic_item_code(a.code or earlier.code):
                # the 30217 公务接待费 row of a 基本支出表 and the “三公” 公务接待费 of the prose or the
                # 三公 table: an economic class and a 三公 item, two classifications that may agree
                continue
            same_place = (a.pattern == "table") == (earlier.pattern == "table")
            if a.scope != earlier.scope and (same_place or a.scope and earlier.scope):
                continue  # 收支总计 and 财政拨款收支总计: two figures; prose and table: the table's funds
            if a.scope != earlier.scope and _other_wholes(a, earlier):
                continue  # the prose names no funds, but its total is not the table's
            if not same_place and (a.scope is None) != (earlier.scope is None) and a.code and a.code == earlier.code \
                    and (a.code, a.kind, a.year, q.value, a.scope or earlier.scope) in scoped_rows:
                # 文化旅游体育与传媒支出653.50万元 of the 一般公共预算 prose and the 收支总表's row of all funds:
                # a table states that subject for the prose's funds, and the prose restates that one
                continue
            if a.pattern == earlier.pattern == "table" and a.column != earlier.column and not q.value:
                continue  # zeros in two columns say nothing
            if not balanced and _function_rows(a, earlier) and measure(a)[0] != measure(earlier)[0] \
                    and "收入" in (measure(a)[0], measure(earlier)[0]):
                # a 决算's income by function subject (收入决算表: 208 05 01 | 本年收入合计 82.36) is not the
                # spending on it, though the values agree and the other table's title names no side
                continue
            if earlier.id not in named and measure(a)[2] != measure(earlier)[2] \
                    and not (_grand_total(a) and _grand_total(earlier)):
                continue  # 收支总计 restates a side's 总计, not its 本年 figure (本年收入合计, 拨款收入)
            if earlier.id not in named and (a.scope != earlier.scope or not _same_side(measure(a), measure(earlier))):
                continue  # two totals by their words alone: the same funds, the same side
            if not _same_measure(measure(a), measure(earlier)) and not _part_of_whole_table(a, earlier) \
                    and not (balanced and _function_rows(a, earlier) and measure(a)[1] == measure(earlier)[1]):
                continue  # two tables may name one measure differently (收入/决算数, 本年收入合计)
            if measure(a)[2] and not measure(earlier)[2]:
                # 收支总计 states 收入总计 and 支出总计 at once: it restates an earlier total of each side
                if measure(earlier)[0] in joined_sides:
                    continue
                joined_sides.add(measure(earlier)[0])
                links.append(AmountLink("equal_to", a.id, earlier.id))
                join(a, earlier)
                continue
            if bridges(a, earlier):
                continue
            links.append(AmountLink("equal_to", a.id, earlier.id))
            join(a, earlier)
            if a.pattern == earlier.pattern == "table" and a.code and a.scope:
                # a subject's row of some funds restates that row of another table, and the prose
                # that states the subject for those funds too (which no row of all funds restates)
                table_joined = True
                continue
            break
        else:
            if differing is not None and not joined_sides:
                links.append(AmountLink("restates", a.id, differing.id))
        for i in ids:
            seen[(q.canonical_unit, kind, a.year, i)].append(a)
    return links


def _one_unit_totals(doc, rules: _Rules, amounts: list[Amount], units) -> list[AmountLink]:
    """In a table by unit with one unit at the top (合计 / 411 开福区城市管理和综合执法局 / 411001…本级 /
    411002…), that unit's row states the figures of the 合计 row: the department is that unit."""
    unit_tables = {b.index for b in doc.blocks if b.rows is not None and _by_unit(rules, b)}
    columns: dict[tuple[int, int], list[Amount]] = defaultdict(list)
    for a in amounts:
        if a.pattern == "table" and a.fact.quantity.kind == "money" and a.fact.block in unit_tables:
            columns[(a.fact.block, a.fact.col)].append(a)
    links = []
    for cells in columns.values():
        total = next((a for a in cells if _TOTAL_ROW.match(a.subject.replace(" ", ""))), None)
        top = [a for a in cells if a is not total and (a.fact.block, a.fact.row) not in units]
        if total is not None and len(top) == 1 and top[0].fact.quantity.value == total.fact.quantity.value \
                and any(parent == (top[0].fact.block, top[0].fact.row) for _, parent in units.values()):
            links.append(AmountLink("equal_to", top[0].id, total.id))
    return links


def _side_title(doc, section: int | None) -> str:
    """The title of the nearest section around a figure that names a side of the account:
    五、一般公共预算当年拨款支出情况 / （一）一般公共预算当年拨款规模变化情况 puts the 当年拨款 under
    the second on the spending side, not the income's 一般公共预算拨款收入 of the same value."""
    title = ""
    while section is not None:
        title = doc.sections[section].title
        if "收入" in title or "支出" in title:
            return title
        section = doc.sections[section].parent
    return title


_FUND_SPENDING = regex.compile(r"收入安排的?(?=支出)")
# a column that names 基本支出 or 项目支出 itself (基本支出, 基本支出合计), not a name under it (2025年基本支出
# over 人员经费)
_PART_NAMED = regex.compile(r"(?:基本|项目)支出(?:合\s*计|小\s*计|决算数?|预算数?|数)?(?!\p{Han})")


def _measure(words: str, context: str) -> tuple[str | None, str, bool]:
    """What a figure measures, in two words: income or spending (from its column header or
    subject, else the table's title or the section's when it names one of them), and the whole
    or its 基本/项目 part.  收入/决算数 of a 收支总表 and 本年收入合计 of a 收入决算表 measure the
    same; 本年支出合计 does not."""
    words = _FUND_SPENDING.sub("", words)  # 国有土地使用权出让收入安排的支出 is spending, not both sides
    directions = [d for d in ("收入", "支出") if d in words] or [d for d in ("收入", "支出") if d in context]
    part = "基本" if "基本支出" in words else "项目" if "项目支出" in words else "合计"
    both = len(directions) > 1 or "收支" in _fold(words)  # 收支总计, 收、支总计: the two sides at once
    return (directions[0] if len(directions) == 1 and not both else None), part, both


def _named_grand_total(a: Amount) -> bool:
    """A figure named as the 总计 of the account (收入总计, 收支预算总计, a 总计 row), not a 本年 sum."""
    folded = _fold(a.subject)
    # 收支总预算4,286.53万元: 收支总 once its kind word is read
    return "总计" in folded or "总预算" in folded or folded.endswith("收支总")


def _function_rows(a: Amount, b: Amount) -> bool:
    """Two table rows of one function subject (类/款/项 code 204, 20402, 2040201)."""
    return a.pattern == b.pattern == "table" and a.code is not None and a.code == b.code \
        and a.code.startswith("2") and len(a.code) in (3, 5, 7)


def _same_side(a: tuple[str | None, str, bool], b: tuple[str | None, str, bool]) -> bool:
    """Two totals on one side of the account, or one that names no side (一般公共预算当年拨款)
    and one that names one; a statement of both sides (收支总计) is neither."""
    if a[0] is None and b[0] is None:
        return False
    if a[2] != b[2]:
        return True  # 收支总计 is the 收入总计 and the 支出总计 (收入总计 = 支出总计 by the account's identity)
    return a[0] == b[0] or (a[0] is None and not a[2] or b[0] is None and not b[2])


def _same_measure(a: tuple[str | None, str, bool], b: tuple[str | None, str, bool]) -> bool:
    return a[1] == b[1] and (a[0] == b[0] or a[0] is None or b[0] is None)
