"""Document metadata: title, publishing body, fiscal year and report kind.

Read from the title where there is one (the first titled block, a PDF cover, the .docx core
title), otherwise from the head of the text.  Vocabulary is in ``patterns/metadata.toml``.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

import regex

from . import patterns
from .model import Document
from .patterns import rx

_TITLE_MAX = 80


@lru_cache(maxsize=1)
def _rules() -> dict:
    config = patterns.load("metadata")
    org = config["organisation"]
    return {
        "kinds": [
            (e["id"], patterns.compile_pattern("metadata", e))
            for e in patterns.entries("metadata", "kind", ("id", "pattern"))
        ],
        "org": patterns.compile_pattern("metadata", org),
        "org_prefixes": sorted(org["strip_prefixes"], key=len, reverse=True),
        "year": patterns.compile_pattern("metadata", config["year"]),
        "year_chars": int(config["year"]["search_chars"]),
        "attached": patterns.compile_pattern("metadata", config["attached"], "title"),
        "project_titles": [patterns.compile_pattern("metadata", {"id": "project_titles", "pattern": p})
                           for p in config["attached"]["project_titles"]],
        "report_project": patterns.compile_pattern("metadata", config["attached"], "report_project"),
    }


def describe(doc: Document) -> Document:
    """Fill title, organisation, year and kind where the document states them."""
    rules = _rules()
    doc.title = find_title(doc)
    head = doc.text[: rules["year_chars"]]
    headings = "\n".join(s.title for s in doc.sections)
    doc.kind = _kind(doc.title, headings, rules["kinds"]) or _kind(None, head, rules["kinds"])
    doc.organisation = _organisation(doc.title, doc.text, rules)
    doc.year = _year(doc.title, head, rules["year"])
    return doc


def attached_reports(doc: Document) -> dict[int, str]:
    """The report kind of every section that belongs to a report attached inside the document
    (附件1 …部门整体支出绩效评价报告 in a 部门决算, and everything under it)."""
    rules = _rules()
    kinds: dict[int, str] = {}
    for section in doc.sections:
        if section.parent is not None and section.parent in kinds:
            kinds[section.index] = kinds[section.parent]
        elif rules["attached"].search(section.title) and (kind := _kind(section.title, "", rules["kinds"])):
            if kind != doc.kind:
                kinds[section.index] = kind
    return kinds


def report_project(doc: Document) -> str | None:
    """The project a 项目支出绩效评价报告 is about, when its title names it."""
    if doc.kind != "项目支出绩效评价" or not doc.title:
        return None
    m = _rules()["report_project"].search(doc.title)
    if not m or len(m.group("name")) <= 2:  # …2021年度项目支出绩效评价报告 names none
        return None
    return _drop_place(m.group("name"), doc.organisation)


_PLACE_END = "省市县区州盟旗"


def _drop_place(name: str, organisation: str | None) -> str:
    """A place written between the year and the project's name is no part of the name, like the
    place in front of the year (2023年大同市高标准农田建设项目 by 大同市农业农村局 is 高标准农田建设).
    Only the place the report's own body carries counts: 市区主次干道… keeps its 市区."""
    if not organisation:
        return name
    for k in range(len(organisation) - 1, 1, -1):
        if organisation[k - 1] in _PLACE_END and name.startswith(organisation[:k]) and len(name) - k > 2:
            return name[k:]
    return name


def attached_projects(doc: Document) -> dict[int, str]:
    """The project of every section of an attached 项目绩效评价报告, named by its title
    (专项预算项目绩效评价报告（案件代理）, 基层司法业务项目2020年绩效评价报告)."""
    kinds = attached_reports(doc)
    projects: dict[int, str] = {}
    for section in doc.sections:
        if kinds.get(section.index) != "项目支出绩效评价":
            continue
        if section.parent is not None and section.parent in projects:
            projects[section.index] = projects[section.parent]
        elif name := next((m.group("name") for p in _rules()["project_titles"] if (m := p.search(section.title))), None):
            projects[section.index] = name
    return projects


def find_title(doc: Document) -> str | None:
    """The first titled section near the start, a short cover, or the file's own title field."""
    kinds = _rules()["kinds"]
    head = doc.blocks[:8]
    # a year set apart on a PDF cover belongs to the title: 上海市普陀区财政局 / 年度部门决算 / 2024
    cover_year = next((b.text.strip() for b in head if _LONE_YEAR.fullmatch(b.text.strip())), None)
    for section in doc.sections[:3]:
        if section.block < 8 and (section.style == "title" or (section.style == "attachment" and section.title)):
            return _add_year(section.title, cover_year)
    # a cover: the short paragraphs before the first heading or table
    cover: list[str] = []
    for block in head:
        if block.kind != "paragraph" or (doc.sections and block.start >= doc.sections[0].start):
            break
        if not _LONE_YEAR.fullmatch(block.text.strip()) and not block.text.strip().isdigit():
            cover.append(block.text.strip())
    joined = "".join(cover)
    if cover and len(joined) <= _TITLE_MAX and any(p.search(joined) for _, p in kinds):
        return _add_year(joined, cover_year)
    title = doc.source.metadata.get("title", "").strip()
    return title or None


_LONE_YEAR = regex.compile(r"(?:19|20)\d{2}")


def _add_year(title: str, year: str | None) -> str:
    if not year or rx(r"(?:19|20)\d{2}").search(title):
        return title
    at = title.find("年度")
    return title[:at] + year + title[at:] if at >= 0 else year + title


def _kind(title: str | None, head: str, kinds: list) -> str | None:
    if title:
        for kind, pattern in kinds:
            if pattern.search(title):
                return kind
    best = None
    for kind, pattern in kinds:
        m = pattern.search(head)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), kind)
    return best[1] if best else None


def _organisation(title: str | None, text: str, rules: dict) -> str | None:
    def clean(name: str) -> str:
        for prefix in rules["org_prefixes"]:
            if name.startswith(prefix) and len(name) - len(prefix) >= 4:
                return name[len(prefix) :]
        return name

    if title:
        m = rules["org"].search(title)
        if m:
            return clean(m.group())
    found = Counter(clean(m.group()) for m in rules["org"].finditer(text))
    if not found:
        return None
    # the most frequent; ties go to the longer (more specific) name
    return max(found.items(), key=lambda kv: (kv[1], len(kv[0])))[0]


def _year(title: str | None, head: str, pattern: regex.Pattern[str]) -> int | None:
    if title:
        m = pattern.search(title)
        if m:
            return int(m.group(1))
    years = [(m.group(2) is not None, int(m.group(1))) for m in pattern.finditer(head)]
    fiscal = [year for is_fiscal, year in years if is_fiscal]
    if fiscal:
        return fiscal[0]  # 2023年度: the year the report is about
    # no 年度: a report tells of its latest year (2018年以来 … 2019年，全区…)
    return max((year for _, year in years), default=None)
