"""The notebooks in notebooks/ run from top to bottom against a database, as an analyst runs them."""

import nbformat
import pytest
from nbclient import NotebookClient

from conftest import ROOT, SEED_001, SEED_003
from pipeline.ingest import ingest
from pipeline.store import Store

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    path = tmp_path_factory.mktemp("nb") / "z.duckdb"
    with Store(path) as store:
        ingest([str(SEED_001), str(SEED_003), str(ROOT / "corpus" / "pdfs" / "sh_putuo_czj_2024_final.pdf")], store)
    return path


def test_there_is_a_notebook_to_start_from():
    assert [p.name for p in NOTEBOOKS][:1] == ["start_here.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_a_notebook_runs_from_top_to_bottom(path, database, monkeypatch):
    monkeypatch.setenv("ZHREPORT_DB", str(database))
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}).execute()
    outputs = {i: cell.outputs for i, cell in enumerate(notebook.cells) if cell.cell_type == "code"}
    assert not any(o.get("output_type") == "error" for cell in outputs.values() for o in cell)
    shown = "".join(o.get("data", {}).get("text/plain", "") for cell in outputs.values() for o in cell)
    if path.name == "start_here.ipynb":
        assert "change_rate" in shown  # the largest inconsistencies: seed 003's growth rates
        assert "上海市普陀区财政局" in shown  # budget against execution by department
