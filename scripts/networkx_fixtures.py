#!/usr/bin/env python3
"""Writes the networkx fixtures that app/src/graph/measures/ is tested against (measures/tests.rs).

Each fixture is a node count and a list of links as stakemap sends them (strength, direction,
duplicates, self-links and out-of-range ends included), plus what networkx says about the
undirected simple graph those links make. The counts networkx has no notion of (links in and
out, summed strength) are counted here directly from the link list.

Run from the repository root after changing a fixture:

    python3 scripts/networkx_fixtures.py

networkx's timings on the benchmark's graphs are `scripts/graphbench_networkx.py`'s.

Needs networkx 3.x (written against 3.6.1).
"""

import json
import random
from pathlib import Path

import networkx as nx

OUT = Path(__file__).resolve().parent.parent / "app" / "src" / "graph" / "fixtures"


def link(u, v, strength=1, directed=False):
    return {"from": u, "to": v, "strength": strength, "directed": directed}


def from_graph(g, seed):
    """Relabels g to 0..n and gives each edge a strength and a direction from a seeded RNG,
    so the fixtures exercise every kind of link; the networkx measures ignore both."""
    g = nx.convert_node_labels_to_integers(g, ordering="sorted")
    rng = random.Random(seed)
    links = []
    for u, v in sorted(g.edges()):
        if rng.random() < 0.5:
            u, v = v, u
        links.append(link(u, v, rng.randint(1, 3), rng.random() < 0.3))
    return g.number_of_nodes(), links


def simple_graph(n, links):
    g = nx.Graph()
    g.add_nodes_from(range(n))
    for l in links:
        u, v = l["from"], l["to"]
        if u != v and 0 <= u < n and 0 <= v < n:
            g.add_edge(u, v)
    return g


def expected(n, links):
    g = simple_graph(n, links)
    degree_in = [0] * n
    degree_out = [0] * n
    weighted = [0] * n
    for l in links:
        u, v = l["from"], l["to"]
        if u == v or not (0 <= u < n and 0 <= v < n):
            continue
        weighted[u] += l["strength"]
        weighted[v] += l["strength"]
        degree_out[u] += 1
        degree_in[v] += 1
        if not l["directed"]:
            degree_out[v] += 1
            degree_in[u] += 1
    bc = nx.betweenness_centrality(g)
    communities = nx.community.greedy_modularity_communities(g)
    return {
        "degree_in": degree_in,
        "degree_out": degree_out,
        "degree": [g.degree(v) for v in range(n)],
        "weighted_degree": weighted,
        "betweenness": [bc[v] for v in range(n)],
        "components": sorted(sorted(c) for c in nx.connected_components(g)),
        # For reference only: the tests compare modularity, not the partition itself.
        "communities": sorted(sorted(c) for c in communities),
        "modularity": nx.community.modularity(g, communities) if g.number_of_edges() else 0.0,
    }


def mixed():
    """Every kind of link the module must read: one-way, mutual, both one-way links of a pair,
    duplicates, self-links, out-of-range ends; with an isolated node and two components."""
    links = [
        link(0, 1, 3, True),
        link(1, 0, 2, True),  # with the line above: mutual in effect, one neighbour
        link(1, 2, 1, False),
        link(2, 1, 2, False),  # duplicate of a mutual link
        link(2, 3, 1, True),
        link(2, 3, 3, True),  # duplicate one-way link
        link(3, 4, 2, False),
        link(4, 4, 3, False),  # self-link: ignored
        link(4, 0, 1, True),
        link(4, 12, 3, True),  # out of range: ignored
        link(12, 5, 3, False),  # out of range: ignored
        link(6, 7, 2, True),
        link(7, 8, 2, False),
        link(8, 6, 1, True),
        link(8, 9, 3, True),
        # node 5 and node 10 are isolated
    ]
    return 11, links


def two_components():
    """A clique and a cycle interleaved over the indices, a pendant pair and isolated nodes."""
    clique = [0, 3, 6, 9, 12]
    cycle = [1, 4, 7, 10, 13, 15]
    links = []
    for i, u in enumerate(clique):
        for v in clique[i + 1 :]:
            links.append(link(u, v))
    for i, u in enumerate(cycle):
        links.append(link(u, cycle[(i + 1) % len(cycle)], 2, True))
    links.append(link(2, 5, 3))
    # 8, 11, 14 isolated
    return 16, links


def fixtures():
    yield "karate", from_graph(nx.karate_club_graph(), 1)
    yield "les_miserables", from_graph(nx.les_miserables_graph(), 2)
    yield "path", from_graph(nx.path_graph(10), 3)
    yield "star", from_graph(nx.star_graph(8), 4)
    yield "grid", from_graph(nx.grid_2d_graph(6, 7), 5)
    yield "gnm_60_150", from_graph(nx.gnm_random_graph(60, 150, seed=7), 6)
    yield "gnm_300_900", from_graph(nx.gnm_random_graph(300, 900, seed=11), 7)
    yield "two_components", two_components()
    yield "mixed", mixed()


def dump(fixture):
    """JSON with one link and one expected measure a line, so a regenerated fixture diffs well."""
    lines = ["{"]
    for key in ("name", "networkx", "n"):
        lines.append(f" {json.dumps(key)}: {json.dumps(fixture[key])},")
    links = ",\n".join(f"  {json.dumps(l)}" for l in fixture["links"])
    lines.append(f' "links": [\n{links}\n ],')
    measures = ",\n".join(f"  {json.dumps(k)}: {json.dumps(v)}" for k, v in fixture["expected"].items())
    lines.append(f' "expected": {{\n{measures}\n }}')
    lines.append("}")
    text = "\n".join(lines) + "\n"
    assert json.loads(text) == fixture
    return text


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name, (n, links) in fixtures():
        fixture = {
            "name": name,
            "networkx": nx.__version__,
            "n": n,
            "links": links,
            "expected": expected(n, links),
        }
        path = OUT / f"{name}.json"
        path.write_text(dump(fixture))
        print(f"{path}: {n} nodes, {len(links)} links")


if __name__ == "__main__":
    main()
