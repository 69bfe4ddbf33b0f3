"""Reads stakemap's exports with the programs analysts use and checks them against what the
API says the workshop holds (expected.json, written by server/tests/it/exports.rs).

Run by that test with .tools/py/bin/python (scripts/setup.sh installs it); exits non-zero
with a message on the first difference."""

import csv
import io
import json
import sys
from pathlib import Path

import networkx as nx
import openpyxl

d = Path(sys.argv[1])
expected = json.loads((d / "expected.json").read_text(encoding="utf-8"))
people = {s["id"]: s for s in expected["stakeholders"]}
links = {r["id"]: r for r in expected["relationships"]}
checked = []


def check(cond, what):
    if not cond:
        sys.exit(f"FAILED: {what}")


def same_nodes(G, label):
    check(set(G.nodes) == set(people), f"{label}: node ids {sorted(G.nodes)} != {sorted(people)}")
    for n, data in G.nodes(data=True):
        p = people[n]
        check(data["name"] == p["name"], f"{label}: name {data['name']!r} != {p['name']!r}")
        for k in ("interest", "influence"):
            check(type(data[k]) is int and data[k] == p[k], f"{label}: {k} {data[k]!r} of {p['name']!r}")
        for k in ("category", "level", "attitude", "interests", "cooperation", "notes"):
            check(data.get(k, "") == p[k], f"{label}: {k} {data.get(k)!r} != {p[k]!r}")
        check(data["group_id"] == p["group_id"], f"{label}: group_id of {p['name']!r}")
        check(type(data["quadrant"]) is str, f"{label}: quadrant type")


# GraphML: typed keys, every node, edge and attribute.
G = nx.read_graphml(d / "graph.graphml")
check(G.is_directed(), "graphml: directed graph")
same_nodes(G, "graphml")
check(G.graph.get("title") == expected["title"], f"graphml: title {G.graph.get('title')!r}")
edges = list(G.edges(keys=True, data=True)) if G.is_multigraph() else [
    (u, v, data["id"], data) for u, v, data in G.edges(data=True)
]
check(len(edges) == len(links), f"graphml: {len(edges)} edges, want {len(links)}")
for u, v, key, data in edges:
    r = links[key]
    check((u, v) == (r["from"], r["to"]), f"graphml: ends of {key}")
    check(data["kind"] == r["kind"], f"graphml: kind of {key}")
    check(type(data["strength"]) is int and data["strength"] == r["strength"], f"graphml: strength {data['strength']!r}")
    check(type(data["directed"]) is bool and data["directed"] == r["directed"], f"graphml: directed {data['directed']!r}")
checked.append("graphml")

# The combined map's GraphML: medians are doubles, merged entries one node.
C = nx.read_graphml(d / "combined.graphml")
check(C.number_of_nodes() == len(people) - expected["merged_away"], "combined graphml: node count")
for n, data in C.nodes(data=True):
    check(type(data["interest"]) is float and type(data["n"]) is int, f"combined graphml: types of {n}")
ministry = C.nodes[expected["merged_first"]]
check(ministry["interest"] == expected["merged_interest"] and ministry["n"] == 2, f"combined graphml: {ministry}")
checked.append("combined graphml")

# GEXF 1.3: attributes with types, viz colour, size and position, labels exact.
X = nx.read_gexf(d / "graph.gexf")
check(X.is_directed(), "gexf: directed")
same_nodes(X, "gexf")
for n, data in X.nodes(data=True):
    check(data["label"] == people[n]["name"], f"gexf: label {data['label']!r}")
    viz = data.get("viz", {})
    check({"color", "size", "position"} <= set(viz), f"gexf: viz of {data['label']!r}: {viz}")
    check(all(type(viz["position"][a]) is float for a in "xyz"), "gexf: position floats")
seen = {}
for u, v, data in X.edges(data=True):
    r = links[data["id"]]
    check(data["kind"] == r["kind"] and data["strength"] == r["strength"] and type(data["strength"]) is int, f"gexf: {data}")
    check(type(data["directed"]) is bool and data["directed"] == r["directed"], f"gexf: directed {data}")
    seen.setdefault(data["id"], set()).add((u, v))
for rid, r in links.items():
    want = {(r["from"], r["to"])} | (set() if r["directed"] else {(r["to"], r["from"])})
    check(seen.get(rid) == want, f"gexf: {rid} drawn {seen.get(rid)}, want {want}")
checked.append("gexf")

# CSV: a BOM, RFC 4180, round-trips through Python's csv; names exact under the neutraliser.
raw = (d / "stakeholders.csv").read_bytes()
check(raw.startswith(b"\xef\xbb\xbf"), "csv: BOM")
with open(d / "stakeholders.csv", encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f))
check(rows[0][:4] == ["ID", "ID группы", "Группа", "Название"], f"csv: header {rows[0]}")
check(len(rows) == 1 + len(people), f"csv: {len(rows)} rows")
for row in rows[1:]:
    p = people[row[0]]
    name = row[3]
    if p["name"][:1] in ("=", "+", "-", "@", "\t", "\r"):
        check(name == "'" + p["name"], f"csv: {name!r} not neutralised")
    else:
        check(name == p["name"], f"csv: {name!r} != {p['name']!r}")
    check(row[6:8] == [str(p["interest"]), str(p["influence"])], f"csv: scores of {name!r}")
again = io.StringIO(newline="")
csv.writer(again, lineterminator="\r\n").writerows(rows)
check(again.getvalue().encode("utf-8") == raw[3:], "csv: does not round-trip byte for byte")
with open(d / "relationships.csv", encoding="utf-8-sig", newline="") as f:
    rel = list(csv.reader(f))
check(len(rel) == 1 + len(links), "relationships csv: rows")
for row in rel[1:]:
    r = links[row[0]]
    check((row[3], row[5]) == (r["from"], r["to"]), "relationships csv: ends")
    check(row[4] == people[r["from"]]["name"].lstrip("'") or row[4] == "'" + people[r["from"]]["name"], "relationships csv: from name")
checked.append("csv")

xlsx = d / "workshop.xlsx"
# XLSX: openpyxl reads every sheet; text stays text, scores are numbers.
wb = openpyxl.load_workbook(xlsx)
ws = wb.worksheets[0]
values = list(ws.iter_rows(values_only=True))
check(list(values[0][:4]) == ["ID", "ID группы", "Группа", "Название"], f"xlsx: header {values[0]}")
check(ws.freeze_panes == "A2", f"xlsx: frozen header row ({ws.freeze_panes})")
for row in values[1:]:
    p = people[row[0]]
    check(row[3] == p["name"], f"xlsx: name {row[3]!r} != {p['name']!r}")
    check(row[6] == p["interest"] and isinstance(row[6], (int, float)), f"xlsx: interest {row[6]!r}")
check(len(values) == 1 + len(people), "xlsx: rows")
names = [s.title for s in wb.worksheets]
check(names == ["Стороны", "Связи", "Сводная карта", "Показатели сети"], f"xlsx: sheets {names}")
checked.append("xlsx")

print("checked:", ", ".join(checked))
