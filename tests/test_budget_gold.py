"""The budget gold files are well formed (a bad hand edit is caught here, not in the benchmark)."""

import json
from decimal import Decimal

import pytest

from conftest import CORPUS

GOLD = CORPUS / "gold" / "budget"
FILES = sorted(GOLD.glob("*.json")) + sorted((GOLD / "heldout").glob("*.json"))
KINDS = {"决算数", "预算数", "年初预算数", "调整后预算数", "执行数", "到位数", "上年数", "变动额", "结转结余", "其他"}
LINKS = {"part_of", "share_of", "change_of", "execution_of", "equal_to"}


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_budget_gold_file(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    document = path.with_suffix("") if path.parent.name == "heldout" else CORPUS / gold["document"]
    assert document.exists()
    ids = [a["id"] for a in gold["amounts"]]
    assert len(ids) == len(set(ids))
    for a in gold["amounts"]:
        assert a["kind"] in KINDS, a
        Decimal(a["value"])
        assert a["text"] and a["subject"] is not None
    for link in gold["links"]:
        assert link["type"] in LINKS, link
        # a rate stated against a stated prior with no change amount: from is null, prior names it
        assert link["from"] in ids or (link["type"] == "change_of" and link.get("prior") in ids), link
        assert link.get("to") is None or link["to"] in ids, link


def test_there_is_gold_to_score():
    assert FILES
