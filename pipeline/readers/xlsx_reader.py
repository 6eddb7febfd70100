"""Excel .xlsx workbooks: every sheet with content as a titled table, values as Excel shows them.

openpyxl reads the workbook with ``data_only=True``: a formula cell gives the value Excel cached
when it last saved the file (a workbook written by a program that never calculated it has none,
and the cell reads as empty).

Sheets.  Every visible worksheet with a value in it gives a paragraph with the sheet's title and a
table block of its used range (the rows and columns from the first to the last cell holding a
value, widened to the merged ranges those cells anchor; an empty merged range inside it is
kept, clipped to it).  Hidden sheets and chart sheets are not
read.  A merged range's top-left cell is the anchor with ``rowspan``/``colspan``; the positions it
covers hold ``CellSpec('', merged_from=(row, col))``, relative to the table.

Values, as displayed.  Numbers follow the cell's number format, computed exactly: the float is
taken as ``Decimal(repr(value))`` (so 0.1 + 0.2 shows as 0.3, not 0.30000000000000004) and rounded
half away from zero as Excel does.  Supported: decimals (``0.00``, optional ``#`` decimals),
thousands separators (``#,##0``) and trailing-comma scaling, percent (``0.00%``), literal text
(``"元"``, ``\\x``), sections for negative and zero values (``#,##0;(#,##0);"-"``), colours and
locale tags (ignored); ``General`` shows up to 15 significant digits; exponent and fraction formats
fall back to ``General``.  Dates and times are ISO text (``2024-01-31``, ``2024-01-31 08:30:00``,
``08:30:00``); booleans ``TRUE``/``FALSE``; text as it is.

Errors.  An OLE compound file (``D0CF11E0``…) is a password-protected workbook (Excel encrypts
the package into one) → ``EncryptedFile``, unless it holds an old binary ``Workbook`` stream (an
.xls saved under .xlsx) → ``UnsupportedFormat``; not a zip or a damaged package → ``CorruptFile``;
no cell with a value → ``EmptyFile``.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
import zlib
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation
from pathlib import Path

from ..errors import CorruptFile, EmptyFile, EncryptedFile, UnsupportedFormat
from ..model import CellSpec, Source, SourceBuilder
from .files import read_bytes

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_XLS_STREAMS = ("Workbook".encode("utf-16-le"), "Book".encode("utf-16-le"))
_GENERAL_DIGITS = 15
_PLACEHOLDERS = "0#?"


def read_xlsx(path: Path, data: bytes | None = None) -> Source:
    """Read a workbook into a ``Source``: per sheet, its title and its used range as a table."""
    path = Path(path)
    if data is None:
        data = read_bytes(path)
    workbook = _open(data, path)
    builder = SourceBuilder("xlsx")
    for sheet in workbook.worksheets:
        if sheet.sheet_state != "visible":
            continue
        rows = sheet_grid(sheet)
        if rows:
            builder.add_paragraph(sheet.title, style="sheet")
            builder.add_table(rows, style="sheet")
    if not builder.blocks:
        raise EmptyFile(str(path), "the workbook has no cells with values")
    metadata = {}
    props = workbook.properties
    for key, value in (("title", props.title), ("author", props.creator), ("created", props.created),
                       ("modified", props.modified)):
        if value:
            metadata[key] = value.isoformat() if hasattr(value, "isoformat") else str(value).strip()
    return builder.build(metadata={k: v for k, v in metadata.items() if v})


def _open(data: bytes, path: Path):
    import openpyxl  # only loaded when a workbook is read
    from openpyxl.utils.exceptions import InvalidFileException

    if data.startswith(_OLE_MAGIC):
        if _ENCRYPTED_STREAM not in data and any(s in data for s in _XLS_STREAMS):
            raise UnsupportedFormat(str(path), "an old binary .xls workbook under an .xlsx name; save it as .xlsx")
        raise EncryptedFile(
            str(path), "the workbook is encrypted with a password; save it without a password to read it"
        )
    if not zipfile.is_zipfile(io.BytesIO(data)):
        reason = "truncated or damaged zip" if data.startswith(b"PK") else "not a zip file"
        raise CorruptFile(str(path), f"not a valid .xlsx ({reason})")
    try:
        return openpyxl.load_workbook(io.BytesIO(data), data_only=True, read_only=False)
    except KeyError as exc:
        raise CorruptFile(str(path), f"not a valid .xlsx (missing part {exc})") from None
    except (InvalidFileException, zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, OSError) as exc:
        raise CorruptFile(str(path), f"not a valid .xlsx ({type(exc).__name__}: {exc})") from None
    except (ValueError, TypeError, AttributeError, IndexError) as exc:  # XML openpyxl cannot make sense of
        message = " ".join(str(exc).split())[:200]
        raise CorruptFile(str(path), f"not a valid .xlsx ({type(exc).__name__}: {message})") from None
    except Exception as exc:  # lxml / ElementTree parse errors have no common base worth importing
        if "ParseError" in type(exc).__name__ or "XMLSyntaxError" in type(exc).__name__:
            raise CorruptFile(str(path), f"not a valid .xlsx (broken XML: {exc})") from None
        raise


# --------------------------------------------------------------------------------------------
# sheets


def sheet_grid(sheet) -> list[list[CellSpec]]:
    """The used range of a sheet as a full grid; [] when no cell holds a value."""
    texts: dict[tuple[int, int], str] = {}
    for row in sheet.iter_rows():
        for cell in row:
            text = display_value(cell.value, cell.number_format, getattr(cell, "is_date", False))
            if text.strip():
                texts[(cell.row, cell.column)] = text
    if not texts:
        return []
    top = min(r for r, _ in texts)
    bottom = max(r for r, _ in texts)
    left = min(c for _, c in texts)
    right = max(c for _, c in texts)
    # merged ranges anchored on a value widen the range; empty ones inside it are kept, clipped
    ranges = [(rng.min_row, rng.min_col, rng.max_row, rng.max_col) for rng in sheet.merged_cells.ranges]
    for r0, c0, r1, c1 in ranges:
        if (r0, c0) in texts:
            bottom, right = max(bottom, r1), max(right, c1)
    covered: dict[tuple[int, int], tuple[int, int]] = {}
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    for r0, c0, r1, c1 in ranges:
        if not (top <= r0 <= bottom and left <= c0 <= right):
            continue
        r1, c1 = min(r1, bottom), min(c1, right)
        if (r0, c0) == (r1, c1):
            continue
        anchor = (r0, c0)
        spans[anchor] = (r1 - r0 + 1, c1 - c0 + 1)
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if (r, c) != anchor:
                    covered[(r, c)] = (anchor[0] - top, anchor[1] - left)
    grid = []
    for r in range(top, bottom + 1):
        row = []
        for c in range(left, right + 1):
            if (r, c) in covered:
                row.append(CellSpec("", merged_from=covered[(r, c)]))
            else:
                rowspan, colspan = spans.get((r, c), (1, 1))
                row.append(CellSpec(texts.get((r, c), ""), rowspan=rowspan, colspan=colspan))
        grid.append(row)
    return grid


# --------------------------------------------------------------------------------------------
# values as displayed


def display_value(value, number_format: str | None = "General", is_date: bool = False) -> str:
    """A cell value as Excel shows it under ``number_format``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    if isinstance(value, (int, float, Decimal)):
        return format_number(value, number_format or "General")
    return str(value)


def _general(number: Decimal) -> str:
    number = Context(prec=_GENERAL_DIGITS, rounding=ROUND_HALF_UP).plus(number)
    text = format(number.normalize(), "f")
    return "0" if text in ("-0", "") else text


def _sections(fmt: str) -> list[str]:
    """A format's ;-separated sections (a ; inside quotes or after a backslash does not count)."""
    sections, current, quoted, k = [], [], False, 0
    while k < len(fmt):
        ch = fmt[k]
        if ch == "\\" and k + 1 < len(fmt):
            current.append(fmt[k : k + 2])
            k += 2
            continue
        if ch == '"':
            quoted = not quoted
        if ch == ";" and not quoted:
            sections.append("".join(current))
            current = []
        else:
            current.append(ch)
        k += 1
    sections.append("".join(current))
    return sections


def _tokens(section: str) -> list[tuple[str, str]]:
    """('lit', text) and ('num', placeholder chars) tokens of one format section."""
    tokens: list[tuple[str, str]] = []
    k = 0
    while k < len(section):
        ch = section[k]
        if ch == '"':
            end = section.find('"', k + 1)
            end = len(section) if end < 0 else end
            tokens.append(("lit", section[k + 1 : end]))
            k = end + 1
        elif ch == "\\" and k + 1 < len(section):
            tokens.append(("lit", section[k + 1]))
            k += 2
        elif ch == "_" and k + 1 < len(section):  # room for a character: nothing shown
            k += 2
        elif ch == "*" and k + 1 < len(section):  # fill character: nothing shown
            k += 2
        elif ch == "[":  # [Red], [$-804], [>100]: not shown
            end = section.find("]", k)
            if end < 0:
                break
            body = section[k + 1 : end]
            if body.startswith("$") and "-" in body:  # [$¥-804]: a currency symbol
                tokens.append(("lit", body[1 : body.index("-")]))
            k = end + 1
        elif ch in _PLACEHOLDERS or ch in ".,%":
            tokens.append(("num", ch))
            k += 1
        else:
            tokens.append(("lit", ch))
            k += 1
    return tokens


def format_number(value: int | float | Decimal, number_format: str) -> str:
    """``1234.5`` under ``#,##0.00`` → ``1,234.50``; ``0.12345`` under ``0.00%`` → ``12.35%``."""
    try:
        number = value if isinstance(value, Decimal) else Decimal(repr(value))
    except InvalidOperation:
        return str(value)
    if not number.is_finite():
        return str(value)
    fmt = number_format.strip()
    if not fmt or fmt.lower() == "general" or fmt == "@":
        return _general(number)
    sections = _sections(fmt)
    if number < 0 and len(sections) >= 2:
        section, number, sign = sections[1], -number, ""
    elif number == 0 and len(sections) >= 3:
        section, sign = sections[2], ""
    else:
        section, sign = sections[0], "-" if number < 0 else ""
        number = abs(number)
    upper = section.upper()
    if "E+" in upper or "E-" in upper or "/" in section and "?" in section:
        return sign + _general(number)  # exponent and fraction formats: not worth imitating
    if section.lower().strip() == "general":
        return sign + _general(number)
    tokens = _tokens(section)
    placeholders = [t for kind, t in tokens if kind == "num"]
    if not any(ch in _PLACEHOLDERS for ch in placeholders):
        # a format of text only ("-" for zero): the literal is what shows
        return "".join(t for kind, t in tokens if kind == "lit") if placeholders == [] else sign + _general(number)

    chars = "".join(placeholders)
    number *= Decimal(100) ** chars.count("%")
    integer_part, _, decimal_part = chars.replace("%", "").partition(".")
    stripped = integer_part.rstrip(",")
    number /= Decimal(1000) ** (len(integer_part) - len(stripped))  # trailing commas scale by 1000
    grouping = "," in stripped
    min_int = stripped.count("0")
    max_dec = sum(decimal_part.count(ch) for ch in _PLACEHOLDERS)
    min_dec = decimal_part.count("0")

    rounded = number.quantize(Decimal(1).scaleb(-max_dec), rounding=ROUND_HALF_UP)
    digits = format(rounded, "f")
    int_digits, _, dec_digits = digits.partition(".")
    while len(dec_digits) > min_dec and dec_digits.endswith("0"):
        dec_digits = dec_digits[:-1]
    int_digits = int_digits.lstrip("0")
    int_digits = int_digits.rjust(min_int, "0")
    if grouping and int_digits:
        int_digits = f"{int(int_digits):,}"
    body = int_digits + ("." + dec_digits if dec_digits else "")
    if rounded == 0:
        sign = ""  # Excel shows -0.001 under 0.00 as -0.00; a sign on nothing misleads less without it

    # literals before the first placeholder and after it, '%' where the format puts it
    out: list[str] = []
    placed = False
    for kind, t in tokens:
        if kind == "lit":
            out.append(t)
        elif t == "%":
            out.append("%")
        elif not placed:
            out.append(body)
            placed = True
    return sign + "".join(out)
