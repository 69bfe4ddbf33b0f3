"""Reads stakemap's comparison with a baseline as analysts do: comparison.csv with Python's
csv module, the comparison sheet of workshop.xlsx with openpyxl; checks both against
expected.json (written by server/tests/it/baselines.rs). Exits non-zero on the first
difference."""

import csv
import json
import sys
from pathlib import Path

import openpyxl

d = Path(sys.argv[1])
expected = json.loads((d / "expected.json").read_text(encoding="utf-8"))


def check(cond, what):
    if not cond:
        sys.exit(f"FAILED: {what}")


raw = (d / "comparison.csv").read_bytes()
check(raw.startswith(b"\xef\xbb\xbf"), "csv: UTF-8 with a byte-order mark")
with open(d / "comparison.csv", encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f))
header, body = rows[0], rows[1:]
check(len(header) == 14, f"csv: 14 columns, got {header}")
check(all(len(r) == 14 for r in body), "csv: every row has 14 cells")
by_id = {r[0]: r for r in body if r[0]}
ministry = by_id.get(expected["ministry_now"])
check(ministry is not None, f"csv: the ministry's row, by its id now: {body}")
check(ministry[1] == expected["ministry_then"], f"csv: its id in the baseline {ministry[1]}")
check(ministry[3] == "Министерство юстиции", f"csv: its name in the baseline {ministry[3]!r}")
check((ministry[6], ministry[7]) == ("1", "1"), f"csv: baseline scores {ministry[6:8]}")
check(float(ministry[8]) == expected["merged_interest"], f"csv: interest now {ministry[8]}")
check(ministry[10] != ministry[11], "csv: the ministry changed quadrant")
check(body[0] == ministry or body[0][10] != body[0][11], "csv: quadrant changes come first")
unmatched = [r for r in body if not r[0]]
check(any(r[3] == "Ассоциация юристов" for r in unmatched), "csv: the actor not on the map now")
check(any(r[3] == "'=cmd|' /C calc'!A0" for r in unmatched), "csv: a formula stays text")
new = [r for r in body if not r[1]]
check(new, "csv: actors new since the baseline have no baseline id")

wb = openpyxl.load_workbook(d / "workshop.xlsx")
check(expected["sheet"] in wb.sheetnames, f"xlsx: sheet {expected['sheet']!r} in {wb.sheetnames}")
ws = wb[expected["sheet"]]
sheet = [list(r) for r in ws.iter_rows(values_only=True)]
check([str(c) for c in sheet[0]] == header, f"xlsx: the CSV's header {sheet[0]}")
check(len(sheet) - 1 == len(body), f"xlsx: {len(sheet) - 1} rows, the CSV has {len(body)}")
row = next(r for r in sheet[1:] if r[0] == expected["ministry_now"])
check(row[6] == 1 and row[8] == expected["merged_interest"], f"xlsx: scores are numbers {row}")
check(row[12] is not None and isinstance(row[12], (int, float)), "xlsx: distance is a number")
print("csv, xlsx")
