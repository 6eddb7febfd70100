"""Inputs at the limits of what a report can be, built from the seed reports, and their timing.

Each case grows with a scale: at scale 4 it is the size the tests read (a table of 5,000 rows, a
line of 1 MB, 160 chains of headings nested six deep in every numbering style, 800 paragraphs of
40-digit figures, the seeds eight times over in one document).  ``zhreport bench limits`` times each case at scales 1, 2 and 4, from text to
stored rows: a stage whose time grows faster than its input shows as a growth above 1.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "corpus" / "seeds"


@cache
def _seeds() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))


def long_figures(scale: int) -> str:
    """Paragraphs whose figures have 40 digits: identifiers or junk, never amounts."""
    return "\n".join(f"项目{i}本年支出{'1' * 40}元，其中基本支出{'9' * 39}.5万元，增长{'7' * 40}%。"
                     for i in range(200 * scale))


def long_table(scale: int) -> str:
    """A pasted table of 1,250 rows per scale under 单位：万元."""
    rows = "\n".join(f"{2010000 + i}\t第{i}项支出\t0.01\t{i}.25" for i in range(1, 1250 * scale + 1))
    return f"项目支出明细表\n单位：万元\n科目编码\t科目名称\t年初预算\t决算数\n{rows}\n"


def long_line(scale: int) -> str:
    """One line of 256 KB of UTF-8 per scale: the seeds with their line breaks taken out."""
    one_line = _seeds().replace("\t", "，").replace("\n", "，")
    size = 256 * 1024 * scale
    text = one_line * (size // len(one_line.encode("utf-8")) + 1)
    return text.encode("utf-8")[:size].decode("utf-8", errors="ignore")


_CN = "一二三四五六七八九十"


def deep_headings(scale: int) -> str:
    """Headings in every numbering style, each nested in the one before (第一部分 > 一、 > （一） >
    1. > （1） > ①), 40 such chains per scale, a paragraph of figures under each heading."""
    lines = []
    for n in range(40 * scale):
        cn, arabic, circled = _CN[n % 10], n % 9 + 1, chr(0x2460 + n % 20)
        for mark in (f"第{cn}部分", f"{cn}、", f"（{cn}）", f"{arabic}.", f"（{arabic}）", circled):
            lines += [f"{mark}第{n}组事项", f"本项支出{n}.5万元，完成预算{n % 100}%。"]
    return "\n".join(lines) + "\n"


def long_document(scale: int) -> str:
    """The five seeds twice per scale, one after another, as one document."""
    return "\n".join([_seeds()] * (2 * scale))


CASES: dict[str, Callable[[int], str]] = {
    "40-digit figures": long_figures,
    "table rows": long_table,
    "one long line": long_line,
    "nested headings": deep_headings,
    "long document": long_document,
}
SCALES = (1, 2, 4)


def time_case(text: str) -> tuple[float, float]:
    """Seconds to read the text into a document, and to store it (an in-memory database)."""
    from .document import document_from_text
    from .store import Store

    start = time.perf_counter()
    doc = document_from_text(text, "limits.txt")
    read = time.perf_counter() - start
    with Store(":memory:") as store:
        start = time.perf_counter()
        store.store_document(doc)
        stored = time.perf_counter() - start
    return read, stored


def run(out: Path | None = None) -> dict:
    time_case(_seeds())  # load the dictionaries and patterns before timing
    print(f"{'case':<18}{'scale':>6}{'chars':>11}{'read s':>9}{'store s':>9}{'µs/char':>9}")
    report = {}
    for name, build in CASES.items():
        rows = []
        for scale in SCALES:
            text = build(scale)
            read, stored = time_case(text)
            rows.append({"scale": scale, "chars": len(text), "read_s": round(read, 3), "store_s": round(stored, 3),
                         "us_per_char": round((read + stored) / len(text) * 1e6, 2)})
            print(f"{name:<18}{scale:>6}{len(text):>11,}{read:>9.2f}{stored:>9.2f}{rows[-1]['us_per_char']:>9.2f}",
                  flush=True)
        # time per character at the largest scale over that at the smallest: 1 when linear
        growth = round(rows[-1]["us_per_char"] / rows[0]["us_per_char"], 2)
        print(f"{'':<18}growth of time per character from scale 1 to 4: {growth}")
        report[name] = {"runs": rows, "growth": growth}
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
        print(f"\nwritten to {out}")
    return report
