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
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any

import regex

from . import patterns
from .clean import clause_start
from .metadata import attached_projects
from .model import Document, plain_dict
from .nlp import REACH
from .quantities import QuantityFact

_CLAUSE_MARK = regex.compile(r"[，,。；;：:]|[-—–]{2}")
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
    period: regex.Pattern[str]
    filler: regex.Pattern[str]
    not_claim_before: regex.Pattern[str]
    not_claim_subject: regex.Pattern[str]
    status: regex.Pattern[str]
    qualifiers: tuple[str, ...]
    skip_sections: regex.Pattern[str]
    result: regex.Pattern[str]
    in_name: regex.Pattern[str]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    t = patterns.load("claims")
    words = t["words"]
    verbs = sorted(t["verbs"], key=len, reverse=True)
    return _Rules(
        verbs=regex.compile("|".join(map(regex.escape, verbs))),
        coverbs=frozenset(t["coverbs"]),
        period=patterns.compile_pattern("claims", words, "period"),
        filler=patterns.compile_pattern("claims", words, "filler"),
        not_claim_before=patterns.compile_pattern("claims", words, "not_claim_before"),
        not_claim_subject=patterns.compile_pattern("claims", words, "not_claim_subject"),
        status=regex.compile("|".join(map(regex.escape, sorted(words["status"], key=len, reverse=True)))),
        qualifiers=tuple(words["qualifiers"]),
        skip_sections=patterns.compile_pattern("claims", words, "skip_sections"),
        result=patterns.compile_pattern("claims", words, "result"),
        in_name=patterns.compile_pattern("claims", words, "in_name"),
    )


def extract_claims(doc: Document) -> Document:
    """Stage: the claims of every paragraph, into ``doc.facts['claims']``."""
    rules = _rules()
    indicators = doc.facts.get("indicators", [])
    taken = {(r.block, r.end) for r in indicators if r.source == "prose"}  # targets end where their figure does
    amounts = {id(a.fact) for a in doc.facts.get("amounts", ()) if a.kind != "其他"}
    by_block: dict[int, list[QuantityFact]] = {}
    for fact in doc.facts.get("quantities", ()):
        if fact.row is None:
            by_block.setdefault(fact.block, []).append(fact)
    claims: list[Claim] = []
    for block in doc.blocks:
        if block.rows is not None or _in_skipped_section(rules, doc, block):
            continue
        figures = [f for f in by_block.get(block.index, ()) if f.quantity.kind in _CLAIM_KINDS
                   and (block.index, f.end) not in taken and id(f) not in amounts
                   and f.quantity.text[:1] not in "≥≤><=＝＞＜"]  # an operator sign marks a target
        previous: Claim | None = None
        previous_end = -1
        for fact in figures:
            claim = _figure_claim(rules, block, fact, previous, previous_end)
            if claim is not None:
                claims.append(claim)
                previous, previous_end = claim, fact.end
        claims.extend(_status_claims(rules, block))
    claims.sort(key=lambda c: c.start)
    from .nlp import content_words

    names = [content_words(r.name) for r in indicators]  # segmented once, not per claim
    starts = [r.start for r in indicators]  # in text order, as the indicator stage gives them
    projects = attached_projects(doc)
    linked = []
    for i, c in enumerate(claims):
        near = slice(bisect_left(starts, c.start - REACH), bisect_right(starts, c.start + REACH))
        project = projects.get(c.section) if c.section is not None else None
        linked.append(Claim(**{**c.__dict__, "id": i, "indicator": _indicator_for(
            c, indicators[near], names[near], project)}))
    doc.facts["claims"] = linked
    return doc


def _in_skipped_section(rules: _Rules, doc, block) -> bool:
    index = block.section
    while index is not None:
        if rules.skip_sections.search(doc.sections[index].title):
            return True
        index = doc.sections[index].parent
    return False


def _period_in(rules: _Rules, clause: str) -> tuple[int, int, str] | None:
    """(start, end, words) of the time a clause gives before its first verb and figure: at its
    head, or after its subject (县殡仪馆全年火化遗体…); past them the time is no longer the clause's."""
    for skip in range(len(clause)):
        verb = rules.verbs.match(clause, skip - 1) if skip else None
        if verb and not rules.in_name.match(clause, verb.end()) or skip and clause[skip - 1].isdigit():
            return None
        if (m := rules.period.match(clause[skip:])) is not None:
            return skip + m.start(), skip + m.end(), m.group()
    return None


def _first_verb(rules: _Rules, words: str) -> tuple[int, int] | None:
    """(start, end) of the first verb of the lexicon in ``words``; after a coverb, the verb it leads
    (组织开展了…: 开展; 参与调解…: 调解)."""
    m = rules.verbs.search(words)
    while m is not None and rules.in_name.match(words, m.end()):
        m = rules.verbs.search(words, m.end())  # 人民调解委员会, 公共法律服务站, 项目完成时效: names, not verbs
    if not m:
        return None
    while m.group() in rules.coverbs and (
            after := rules.verbs.match(words, m.end() + (1 if words[m.end():m.end() + 1] == "了" else 0))) is not None:
        m = after
    return m.start(), m.end()


def _clause_bounds(text: str, at: int) -> tuple[int, int]:
    start = clause_start(text, at)
    end = _CLAUSE_MARK.search(text, at)
    return start, end.start() if end else len(text)


def _figure_claim(rules: _Rules, block, fact: QuantityFact, previous: Claim | None,
                  previous_end: int) -> Claim | None:
    text = block.text
    at, end = fact.start - block.start, fact.end - block.start
    start, stop = _clause_bounds(text, at)
    lead = text[start:at]
    if rules.not_claim_before.search(lead) or regex.search(r"^\s*(?:以上|以下)", text[end:]) or (
            fact.quantity.kind == "duration" and regex.match(r"\s*以?内", text[end:])):
        return None  # 刑满释放5年内: a condition, not a result
    sentence_start = text.rfind("。", 0, at) + 1
    same_sentence = previous is not None and previous.start - block.start >= sentence_start
    # 截止10月，共办理…217件，其中民事47件: a time at the head of a clause holds for the rest of its
    # sentence, past its ；
    period = None
    for begin in [sentence_start, *(m.end() for m in _CLAUSE_MARK.finditer(text, sentence_start, start))]:
        if found := _period_in(rules, text[begin:at]):
            period = found[2].strip("，, ")
    if found := _period_in(rules, lead):
        lead = lead[:found[0]] + lead[found[1]:]
    part = regex.match(r"\s*其中[：:]?", lead)
    result = rules.result.fullmatch(lead)
    listed = previous is not None and previous_end - block.start > start  # 办理行政复议案件29件、行政应诉案件15件
    verb_at = None if result else _first_verb(rules, lead)
    if listed and not result:
        verb, subject = previous.verb, regex.sub(r"^[、，,和及与以及]+", "", text[previous_end - block.start:at])
    elif result:
        # 案件办理及时率已达到100%: the rate is the subject; 达到 its verb, if any (大于 is no verb)
        verb = result.group("verb") if result.group("verb") in ("达到", "达", "提高到", "提升至", "提高至") else None
        subject = result.group("subject")
    elif part and verb_at is None:
        # 共办理法律援助案件217件，其中民事47件: a part of what the sentence counted
        verb, subject = previous.verb if same_sentence else None, lead[part.end():]
    elif verb_at is not None:
        verb = lead[verb_at[0]:verb_at[1]]
        after, before = lead[verb_at[1]:], lead[:verb_at[0]]
        following = text[end:stop]
        # 成立5类法治专业工作小组: what was counted stands after the figure
        subject = after if rules.filler.sub("", after) else following if following.strip() else before
    elif (later := _first_verb(rules, text[end:stop])) is not None:
        # 对1411名法律明白人开展培训: the verb after the figure, what was counted between them
        verb, subject = text[end + later[0]:end + later[1]], text[end:end + later[0]]
    else:
        verb, subject = None, lead
    subject = rules.filler.sub("", rules.filler.sub("", subject.strip())).strip(" （(")
    if part and previous is None:
        return None  # the parts of a figure that was no claim (编制33个，其中公务员26人)
    if verb is None and period is None and not result and not part:
        return None  # a figure that no verb and no period reports: a description, not a claim
    if subject and rules.not_claim_subject.search(subject) or not (subject or verb):
        return None  # 全年实际举办62场 counts what its indicator names: no subject of its own
    q = fact.quantity
    qualifier = next((w for w in rules.qualifiers if w in q.text or text[end:end + len(w)] == w), None)
    status = rules.status.search(text, start, stop)
    return Claim(
        0, subject or None, verb, q.number, q.unit or None, qualifier, period,
        status.group() if status else None, None, block.index, block.section, block.page,
        block.start + start, block.start + stop, text[start:stop].strip(), text,
    )


def _status_claims(rules: _Rules, block) -> list[Claim]:
    """已完成。 / 项目年度总体目标已完成: a status with no figure in its clause."""
    out = []
    text = block.text
    for m in rules.status.finditer(text):
        start, stop = _clause_bounds(text, m.start())
        clause = text[start:stop]
        if regex.search(r"\d", clause):
            continue  # the figure's claim carries it
        subject = rules.filler.sub("", clause[:m.start() - start]).strip() or None
        verb = next((v for v in ("完成", "达到", "达标") if v in m.group()), None)  # 已完成 says 完成 was done
        out.append(Claim(0, subject, verb, None, None, None, None, m.group(), None, block.index, block.section,
                         block.page, block.start + start, block.start + stop, clause.strip(), text))
    return out


def _indicator_for(claim: Claim, indicators, names: list[frozenset[str]], project: str | None) -> int | None:
    """The indicator a claim answers: the one whose actual stands in the claim's clause, else the
    last indicator of the claim's paragraph for a bare status, else the best match by name
    (``names``: each indicator's words) among the indicators of the claim's project, when the
    claim stands in the report on one (专项预算项目绩效评价报告（法律援助）)."""
    from .nlp import content_words

    for row in indicators:
        if row.actual_text and row.block == claim.block and row.actual_text in claim.snippet \
                and claim.text and claim.text in row.actual_text:
            return row.id
    if claim.value is None and not claim.subject:
        # 项目目标：80个 / 完成情况：已完成: the status of the indicator stated just before it
        before = [r for r in indicators if claim.block - 2 <= r.block <= claim.block and r.start <= claim.start]
        return before[-1].id if before else None
    if not claim.subject:
        return None
    # the verb counts too: 校准计量器具 does not answer 强制检定计量器具
    words = content_words((claim.verb or "") + claim.subject)
    best, best_score = None, 0.0
    for row, name_words in zip(indicators, names):
        if not name_words or not words or project and row.project != project:
            continue
        score = len(words & name_words) / min(len(words), len(name_words))
        same_unit = not (row.target_unit and claim.unit) or row.target_unit.startswith(claim.unit) \
            or claim.unit.startswith(row.target_unit)
        if not same_unit:
            score -= 0.3  # 受理法律援助案件526件 may answer 法律援助案件 counted in 人
        if score > best_score:
            best, best_score = row.id, score
    return best if best_score >= 0.6 else None
