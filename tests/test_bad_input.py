"""Bad input, as researchers download it, through a real ``zhreport ingest``.

A file zhreport cannot read ends in one line on stderr that names the file and says why, one row in
``ingest_errors``, and the batch going on.  A file that is only unusual (another encoding, many
pages, an odd name) is read like any other.
"""

from __future__ import annotations

import io
import os
import random
import shutil
import zlib
from pathlib import Path

import duckdb
import pytest

from pipeline.throughput import pdf_of_pages

from conftest import PDFS, RENDERINGS, SEED_000, SEED_002, SEED_004, encrypted_pdf, scanned_pdf
from test_cli import zhreport


def _png() -> bytes:
    """A 1×1 grey PNG, written by hand."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return len(data).to_bytes(4, "big") + kind + data + zlib.crc32(kind + data).to_bytes(4, "big")

    header = (1).to_bytes(4, "big") * 2 + bytes([8, 0, 0, 0, 0])
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\x80")) + chunk(b"IEND", b"")


def _docx_of_images(path: Path, images: int) -> None:
    import docx

    document = docx.Document()
    for _ in range(images):
        document.add_picture(io.BytesIO(_png()))
    document.save(path)


@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> tuple[Path, Path, duckdb.DuckDBPyConnection, list[str]]:
    """The bad-input folder, ingested once: (folder, database, connection, stderr lines)."""
    folder = tmp_path_factory.mktemp("downloads")
    (folder / "空文件.txt").write_bytes(b"")
    (folder / "junk.txt").write_bytes(random.Random(7).randbytes(4096))
    (folder / "gbk.txt").write_bytes(SEED_000.read_text(encoding="utf-8").encode("gbk"))
    (folder / "utf16.txt").write_bytes(SEED_002.read_text(encoding="utf-8").encode("utf-16"))
    docx_data = (RENDERINGS / "001_cbcf39354c9835b0.docx").read_bytes()
    (folder / "truncated.docx").write_bytes(docx_data[: len(docx_data) // 2])
    _docx_of_images(folder / "scan.docx", 3)
    pdf_data = (PDFS / "js_gjfy_2019_budget.pdf").read_bytes()
    (folder / "corrupt.pdf").write_bytes(pdf_data[: len(pdf_data) // 3])
    (folder / "encrypted.pdf").write_bytes(encrypted_pdf())
    (folder / "scanned.pdf").write_bytes(scanned_pdf())
    pdf_of_pages(folder / "200 pages.pdf", 200)
    line = SEED_004.read_text(encoding="utf-8").replace("\n", "") + "\n"
    with (folder / "huge.txt").open("w", encoding="utf-8") as out:
        while out.tell() < 50 * 2**20:
            out.write(line)
    shutil.copy(SEED_004, folder / "某县司法局 2021年 绩效自评报告.txt")
    loop = folder / "loop"
    loop.mkdir()
    (loop / "here").symlink_to(loop, target_is_directory=True)  # a folder that holds itself
    (loop / "a.txt").symlink_to(loop / "b.txt")
    (loop / "b.txt").symlink_to(loop / "a.txt")
    os.mkfifo(folder / "pipe.txt")  # skipped: reading it would wait forever

    db = folder.parent / f"{folder.name}.duckdb"
    run = zhreport("ingest", folder, "--db", db)
    assert run.returncode == 1
    con = duckdb.connect(str(db), read_only=True)
    yield folder, db, con, run.stderr.decode().splitlines()
    con.close()


def test_each_bad_file_is_one_line_naming_it_and_the_reason(batch):
    folder, db, _, lines = batch
    assert "Traceback" not in "\n".join(lines)
    huge = len((folder / "huge.txt").read_text(encoding="utf-8"))
    assert lines[:-1] == [
        f"error: {folder / 'corrupt.pdf'}: not a readable PDF (truncated or damaged)",
        f"error: {folder / 'encrypted.pdf'}: the PDF is encrypted; it opens only with its password: decrypt it first"
        " (qpdf --password=… --decrypt in.pdf out.pdf) and read the copy",
        f"error: {folder / 'huge.txt'}: {huge:,} characters of text, more than the 2,000,000 one report may have"
        " (a concatenation? split it, or raise the limit with --max-chars)",
        f"error: {folder / 'junk.txt'}: binary data, not text (NUL bytes, no known encoding)",
        f"error: {folder / 'scan.docx'}: the .docx holds 3 images and no text; it needs OCR",
        f"error: {folder / 'scanned.pdf'}: no text layer on any of 1 pages; it needs OCR",
        f"error: {folder / 'truncated.docx'}: not a valid .docx (truncated or damaged zip)",
        f"error: {folder / '空文件.txt'}: the file is empty (0 bytes)",
        # a folder's own files come before its subfolders'; the folder link is not followed
        f"error: {folder / 'loop' / 'a.txt'}: cannot be read: Too many levels of symbolic links",
        f"error: {folder / 'loop' / 'b.txt'}: cannot be read: Too many levels of symbolic links",
    ]
    assert lines[-1] == f"zhreport: 14 files: 4 read and stored (0 replacing an older version), 0 unchanged, 10 failed -> {db}"


def test_each_bad_file_has_a_row_with_its_code(batch):
    folder, _, con, _ = batch
    rows = con.execute("SELECT path, code, error FROM ingest_errors ORDER BY path").fetchall()
    assert [(Path(path).relative_to(folder).as_posix(), code, error) for path, code, error in rows] == [
        ("corrupt.pdf", "ZR105", "CorruptFile"),
        ("encrypted.pdf", "ZR106", "EncryptedFile"),
        ("huge.txt", "ZR108", "TooLarge"),
        ("junk.txt", "ZR104", "UndecodableText"),
        ("loop/a.txt", "ZR100", "ReadError"),
        ("loop/b.txt", "ZR100", "ReadError"),
        ("scan.docx", "ZR107", "NoTextLayer"),
        ("scanned.pdf", "ZR107", "NoTextLayer"),
        ("truncated.docx", "ZR105", "CorruptFile"),
        ("空文件.txt", "ZR102", "EmptyFile"),
    ]


def test_unusual_files_are_read_like_any_other(batch, seed_docs):
    _, _, con, _ = batch
    rows = con.execute("SELECT file_name, format, encoding, pages, text FROM documents ORDER BY file_name").fetchall()
    assert [row[:4] for row in rows] == [
        ("200 pages.pdf", "pdf", None, 200),
        ("gbk.txt", "text", "gb18030", None),
        ("utf16.txt", "text", "utf-16", None),
        ("某县司法局 2021年 绩效自评报告.txt", "text", "utf-8", None),
    ]
    texts = {name: text for name, *_, text in rows}
    assert texts["gbk.txt"] == seed_docs["000"].text
    assert texts["utf16.txt"] == seed_docs["002"].text
    assert texts["某县司法局 2021年 绩效自评报告.txt"] == seed_docs["004"].text
    # no empty document stands for a file that could not be read
    assert con.execute("SELECT count(*) FROM documents WHERE n_chars = 0").fetchone() == (0,)


def test_a_folder_of_10000_small_files(tmp_path):
    folder = tmp_path / "notices"
    folder.mkdir()
    for i in range(10_000):
        (folder / f"{i:05d}.txt").write_text(f"第{i}号：2023年支出{i}.5万元，比上年增长{i % 9 + 1}%。\n", encoding="utf-8")
    db = tmp_path / "z.duckdb"
    run = zhreport("ingest", folder, "--db", db)
    assert (run.returncode, run.stderr.decode()) == (
        0, f"zhreport: 10000 files: 10000 read and stored (0 replacing an older version), 0 unchanged, 0 failed -> {db}\n")
    again = zhreport("ingest", folder, "--db", db)  # nothing is read twice
    assert again.stderr.decode().endswith("0 read and stored (0 replacing an older version), 10000 unchanged, 0 failed"
                                          f" -> {db}\n")
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*), count(DISTINCT path) FROM documents").fetchone() == (10_000, 10_000)
    assert con.execute("SELECT count(*) FROM amounts").fetchone() == (10_000,)
    con.close()
