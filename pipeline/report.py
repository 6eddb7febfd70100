"""The audit report: one self-contained HTML page (no scripts, no network) from the database.

Per document: what it is, its findings with their evidence highlighted in the source text, a
chart of budget against execution, and the figures and indicators the findings rest on.
"""

from __future__ import annotations

import datetime as dt
import html
from decimal import Decimal
from pathlib import Path

import pandas as pd

from .store import Store

DEFAULT_REPORT = Path("outputs") / "report.html"
_SEVERITY_ORDER = "CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END"

_CSS = """
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif;margin:2em;color:#222;max-width:1200px}
h1{font-size:1.6em}h2{font-size:1.3em;border-bottom:2px solid #ddd;padding-bottom:.2em;margin-top:2em}
h3{font-size:1.05em;margin-top:1.5em}
table{border-collapse:collapse;margin:.5em 0;font-size:.9em}
th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left;vertical-align:top}
th{background:#f3f3f3}td.n{text-align:right;font-variant-numeric:tabular-nums}
.finding{border-left:6px solid #999;padding:.4em .8em;margin:.8em 0;background:#fafafa}
.finding.error{border-color:#c62828}.finding.warning{border-color:#ef6c00}.finding.info{border-color:#1565c0}
.sev{display:inline-block;color:#fff;border-radius:3px;padding:0 .4em;font-size:.85em;margin-right:.4em}
.sev.error{background:#c62828}.sev.warning{background:#ef6c00}.sev.info{background:#1565c0}
.en{color:#555;font-size:.9em}.figures{font-size:.85em;color:#444}
.evidence{background:#fff;border:1px solid #e0e0e0;padding:.5em;margin-top:.4em;line-height:1.7}
mark{background:#ffe082;padding:0 .15em;border-radius:2px}
.none{color:#2e7d32}
"""


def write_report(store: Store, path: Path = DEFAULT_REPORT) -> Path:
    """Write the report of every document in ``store`` to ``path``; return the path."""
    documents = store.query(
        "SELECT d.doc_id, d.file_name, d.format, d.kind, d.year, d.organisation, d.pages, "
        "(SELECT count(*) FROM amounts a WHERE a.doc_id = d.doc_id) AS amounts, "
        "(SELECT count(*) FROM indicators i WHERE i.doc_id = d.doc_id) AS indicators, "
        "(SELECT count(*) FROM claims c WHERE c.doc_id = d.doc_id) AS claims, "
        + ", ".join(f"(SELECT count(*) FROM findings f WHERE f.doc_id = d.doc_id AND f.severity = '{s}') AS {s}s"
                    for s in ("error", "warning", "info"))
        + " FROM documents d ORDER BY d.path")
    parts = [f"<h1>zhreport 审计报告 / audit report</h1><p>{len(documents)} documents, generated "
             f"{dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC. Tolerance follows the rounding of the "
             "printed figures; every finding shows its evidence.</p>", _summary(documents)]
    for doc in documents.itertuples(index=False):
        parts.append(_document(store, doc))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("<!DOCTYPE html><html lang='zh'><head><meta charset='utf-8'><title>zhreport audit report</title>"
                    f"<style>{_CSS}</style></head><body>{''.join(parts)}</body></html>", encoding="utf-8")
    return path


def _summary(documents: pd.DataFrame) -> str:
    rows = "".join(
        f"<tr><td><a href='#{d.doc_id}'>{_e(d.file_name)}</a></td><td>{_e(d.kind)}</td><td>{_e(d.year)}</td>"
        f"<td>{_e(d.organisation)}</td><td class=n>{d.amounts}</td><td class=n>{d.indicators}</td>"
        f"<td class=n>{d.claims}</td><td class=n>{d.errors}</td><td class=n>{d.warnings}</td><td class=n>{d.infos}</td></tr>"
        for d in documents.itertuples(index=False))
    return ("<table id=summary><tr><th>document</th><th>kind</th><th>year</th><th>organisation</th><th>amounts</th>"
            f"<th>indicators</th><th>claims</th><th>errors</th><th>warnings</th><th>info</th></tr>{rows}</table>")


def _document(store: Store, doc) -> str:
    doc_id = doc.doc_id
    findings = store.query(
        "SELECT f.*, b.text AS block_text, b.char_start AS block_start FROM findings f "
        "LEFT JOIN blocks b ON b.doc_id = f.doc_id AND b.block_id = f.block_id "
        f"WHERE f.doc_id = $doc_id ORDER BY {_SEVERITY_ORDER}, f.finding_id", {"doc_id": doc_id})
    spans = store.query("SELECT amount_id, block_id, char_start, char_end FROM amounts WHERE doc_id = $doc_id",
                        {"doc_id": doc_id})
    by_id = {r.amount_id: r for r in spans.itertuples(index=False)}
    out = [f"<h2 id='{doc_id}'>{_e(doc.file_name)}</h2>",
           f"<p>{_e(doc.kind)} · {_e(doc.year)} · {_e(doc.organisation)} · {_e(doc.format)}"
           + (f" · {doc.pages} pages" if doc.pages and not pd.isna(doc.pages) else "") + "</p>",
           "<h3>Findings</h3>"]
    if not len(findings):
        out.append("<p class=none>No finding: every relation the report states holds within rounding.</p>")
    for f in findings.itertuples(index=False):
        out.append(_finding(f, by_id))
    out.append(_execution(store, doc_id))
    out.append(_indicators(store, doc_id))
    return "".join(out)


def _finding(f, amounts: dict) -> str:
    marks = [(a.char_start, a.char_end) for i in (f.amount_ids if f.amount_ids is not None else ())
             if (a := amounts.get(i)) is not None and a.block_id == f.block_id]
    if not marks and f.char_start is not None and not pd.isna(f.char_start):
        marks = [(int(f.char_start), int(f.char_end))]
    evidence = _highlight(f.block_text, int(f.block_start), marks) if isinstance(f.block_text, str) else _e(f.snippet)
    page = f" · page {int(f.page)}" if f.page is not None and not pd.isna(f.page) else ""
    return (f"<div class='finding {f.severity}'><span class='sev {f.severity}'>{f.severity}</span>"
            f"<b>{_e(f.check_id)}</b>{page}<div>{_e(f.message_zh)}</div><div class=en>{_e(f.message_en)}</div>"
            f"<div class=figures>declared {_n(f.declared)} · computed {_n(f.computed)} · difference "
            f"{_n(f.difference)} · tolerance {_n(f.tolerance)} {_e(f.unit)}</div>"
            f"<div class=evidence>{evidence}</div></div>")


def _highlight(text: str, start: int, marks: list[tuple[int, int]], context: int = 160) -> str:
    """The block's text around the marked spans, each span in <mark>."""
    spans = sorted((s - start, e - start) for s, e in marks if 0 <= s - start <= len(text))
    if not spans:
        return _e(text[:2 * context])
    lo, hi = max(0, spans[0][0] - context), min(len(text), spans[-1][1] + context)
    out, at = ["…" if lo else ""], lo
    for s, e in spans:
        if s < at:
            continue
        out += [_e(text[at:s]), f"<mark>{_e(text[s:e])}</mark>"]
        at = e
    out += [_e(text[at:hi]), "…" if hi < len(text) else ""]
    return "".join(out)


def _execution(store: Store, doc_id: str) -> str:
    """Budget against execution: the figures an execution_of link pairs, as a bar chart and a table."""
    pairs = store.query(
        "SELECT coalesce(nullif(a.subject, ''), b.subject) AS subject, b.value AS budget, a.value AS actual, "
        "l.declared FROM amount_links l JOIN amounts a ON a.doc_id = l.doc_id AND a.amount_id = l.from_amount "
        "JOIN amounts b ON b.doc_id = l.doc_id AND b.amount_id = l.to_amount "
        "WHERE l.doc_id = $doc_id AND l.link_type = 'execution_of' AND a.unit = '元' "
        "ORDER BY b.value DESC LIMIT 12", {"doc_id": doc_id})
    if not len(pairs):
        return ""
    top = max(max(pairs.budget), max(pairs.actual)) or Decimal(1)
    width, bar, gap = 760, 9, 8
    rows = []
    for i, p in enumerate(pairs.itertuples(index=False)):
        y = i * (2 * bar + gap)
        rows.append(
            f"<text x='0' y='{y + bar + 3}' font-size='11'>{_e(str(p.subject)[:22])}</text>"
            f"<rect x='230' y='{y}' width='{float(p.budget / top) * (width - 330):.1f}' height='{bar}' fill='#b0bec5'/>"
            f"<rect x='230' y='{y + bar}' width='{float(p.actual / top) * (width - 330):.1f}' height='{bar}' fill='#1e88e5'/>"
            f"<text x='{235 + float(max(p.budget, p.actual) / top) * (width - 330):.1f}' y='{y + bar + 3}' font-size='10'>"
            f"{_wan(p.actual)} / {_wan(p.budget)}</text>")
    height = len(pairs) * (2 * bar + gap)
    chart = (f"<svg role='img' aria-label='budget against execution' width='{width}' height='{height + 20}'>"
             f"{''.join(rows)}<rect x='230' y='{height + 6}' width='10' height='8' fill='#b0bec5'/>"
             f"<text x='244' y='{height + 14}' font-size='10'>预算 budget</text>"
             f"<rect x='330' y='{height + 6}' width='10' height='8' fill='#1e88e5'/>"
             f"<text x='344' y='{height + 14}' font-size='10'>执行 actual (万元)</text></svg>")
    table = "".join(f"<tr><td>{_e(p.subject)}</td><td class=n>{_wan(p.budget)}</td><td class=n>{_wan(p.actual)}</td>"
                    f"<td class=n>{_n(p.declared)}</td></tr>" for p in pairs.itertuples(index=False))
    return ("<h3>Budget against execution</h3>" + chart + "<table><tr><th>subject</th><th>budget (万元)</th>"
            f"<th>actual (万元)</th><th>declared rate %</th></tr>{table}</table>")


def _indicators(store: Store, doc_id: str) -> str:
    rows = store.query(
        "SELECT coalesce(project, '') AS project, name, operator, target_value, target_unit, actual_value, met, "
        "weight, score FROM indicators WHERE doc_id = $doc_id ORDER BY indicator_id LIMIT 60", {"doc_id": doc_id})
    if not len(rows):
        return ""
    body = "".join(
        f"<tr><td>{_e(r.project)}</td><td>{_e(r.name)}</td><td>{_e(r.operator)} {_n(r.target_value)} {_e(r.target_unit)}</td>"
        f"<td class=n>{_n(r.actual_value)}</td><td>{'' if r.met is None or pd.isna(r.met) else ('✓' if r.met else '✗')}</td>"
        f"<td class=n>{_n(r.weight)}</td><td class=n>{_n(r.score)}</td></tr>" for r in rows.itertuples(index=False))
    return ("<h3>Indicators</h3><table><tr><th>project</th><th>indicator</th><th>target</th><th>actual</th>"
            f"<th>met</th><th>weight</th><th>score</th></tr>{body}</table>")


def _e(value) -> str:
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else html.escape(str(value))


def _n(value) -> str:
    return format(value.normalize(), "f") if isinstance(value, Decimal) else _e(value)


def _wan(value: Decimal) -> str:
    return format((value / 10000).quantize(Decimal("0.01")), ",f")
