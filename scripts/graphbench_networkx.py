#!/usr/bin/env python3
"""networkx's side of the graph benchmark (server/examples/graphbench/main.rs, issue 5).

    python3 scripts/graphbench_networkx.py EDGELIST N [RUNS]

Reads an undirected edge list ("u v" per line, node indices 0..N-1), builds the simple graph
with all N nodes (isolated ones too), and times `nx.betweenness_centrality(G)` with its
defaults (normalized=True, unweighted, endpoints=False). RUNS defaults to 3 up to 2,000 nodes
and 1 above (5,000 nodes take minutes). Only the call itself is timed (wall clock,
time.perf_counter), not reading the file or building the graph.

Prints one JSON object on stdout:
    {"networkx": version, "python": version, "nodes": N, "edges": M,
     "runs": [seconds, ...], "median": seconds, "betweenness": [b_0, ..., b_{N-1}]}
Floats are written by `json` with repr, so they read back bit for bit.
"""

import json
import statistics
import sys
import time

try:
    import networkx as nx
except ImportError:
    sys.stderr.write("networkx is not importable: pip install networkx\n")
    sys.exit(2)


def main(argv):
    if len(argv) not in (3, 4):
        sys.stderr.write(__doc__)
        return 2
    path, n = argv[1], int(argv[2])
    runs = int(argv[3]) if len(argv) == 4 else (3 if n <= 2000 else 1)

    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    with open(path, encoding="utf-8") as edges:
        for line in edges:
            fields = line.split()
            if len(fields) >= 2:
                u, v = int(fields[0]), int(fields[1])
                if u != v:
                    graph.add_edge(u, v)

    times = []
    result = None
    for _ in range(max(runs, 1)):
        start = time.perf_counter()
        result = nx.betweenness_centrality(graph)
        times.append(time.perf_counter() - start)

    json.dump(
        {
            "networkx": nx.__version__,
            "python": sys.version.split()[0],
            "nodes": graph.number_of_nodes(),
            "edges": graph.number_of_edges(),
            "runs": times,
            "median": statistics.median(times),
            "betweenness": [result[v] for v in range(n)],
        },
        sys.stdout,
    )
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
