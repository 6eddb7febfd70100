"""The benchmark's scoring, on a toy set whose figures can be worked out by hand."""

import json
from decimal import Decimal as D

from pipeline.bench import Mention, Snippet, Tool, _read_scored, load_gold, score

from conftest import ROOT


def test_span_and_value_scoring():
    snippets = [
        Snippet("a", "收入1163.82万元，增长5%。", None, [
            Mention(2, 11, "money", D("11638200"), "元"), Mention(14, 16, "percent", D("5"), "%"),
        ]),
        Snippet("b", "2023年", None, []),
    ]
    predictions = {
        "a": [Mention(2, 11, "money", D("11638200.00"), "元"), Mention(14, 15, "count", D("5"), "")],
        "b": [Mention(0, 4, "count", D("2023"), "")],
    }
    result = score(Tool("toy", None, lambda s: predictions[s.id]), snippets, repeats=1).as_dict()
    assert (result["gold"], result["predicted"]) == (2, 3)
    assert (result["span_precision"], result["span_recall"], result["value_accuracy"]) == (0.3333, 0.5, 1.0)


def test_a_range_is_right_only_with_its_bounds():
    gold = [Snippet("a", "150余万元", None, [Mention(0, 6, "money", D("1500000"), "元", D("1500000"), D("1600000"))])]
    exact = Tool("exact", None, lambda s: [Mention(0, 6, "money", D("1500000"), "元")])
    assert score(exact, gold, repeats=1).as_dict()["value_accuracy"] == 0.0


def test_the_gold_files_load():
    snippets = load_gold(ROOT / "corpus" / "gold" / "quantities.jsonl")
    assert sum(len(s.mentions) for s in snippets) >= 300
    raw = [json.loads(line) for line in (ROOT / "corpus" / "gold" / "quantities.jsonl").open(encoding="utf-8")]
    assert [s.id for s in snippets] == [r["id"] for r in raw]


def test_the_throughput_batch_is_of_distinct_reports_and_every_stage_is_timed(tmp_path):
    from pipeline import throughput

    chars = throughput.write_batch(tmp_path, 12)
    files = sorted(tmp_path.iterdir())
    texts = {f.read_text(encoding="utf-8") for f in files}
    assert len(files) == len(texts) == 12 and chars == sum(map(len, texts))
    times = throughput.stage_times(files[:3], tmp_path / "stages.duckdb")
    assert list(times) == list(throughput.STAGES)


def test_a_report_the_pipeline_fails_on_is_scored_as_nothing_found_and_said(tmp_path, capsys):
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not a zip at all")
    doc = _read_scored(broken)
    assert doc.facts["amounts"] == [] and doc.facts["indicators"] == [] and doc.facts["claims"] == []
    line = capsys.readouterr().out.strip()
    assert line.startswith("failed on broken.docx: ") and line.endswith("(scored as nothing found)")



def test_misses_list_the_unmatched_gold_and_found_items_of_a_document(capsys):
    from pipeline.bench import _print_misses

    key = ("基本支出", "决算数", 2024, D("1200000"))
    wrong_kind = ("基本支出", "其他", 2024, D("1200000"))
    total = ("总计", "决算数", 2024, D("5000000"))
    _print_misses("x.txt.json", [(key, "line 3 120.00"), (total, "line 9 500.00")],
                  [(total, "line 9 500.00"), (wrong_kind, "line 3 120.00")])
    assert capsys.readouterr().out.splitlines() == [
        "  x.txt.json:",
        f"    - line 3 120.00  {key}",
        f"    + line 3 120.00  {wrong_kind}",
    ]
    _print_misses("y.txt.json", [(total, "line 9 500.00")], [(total, "line 9 500.00")])
    assert capsys.readouterr().out == ""  # a document read right says nothing
