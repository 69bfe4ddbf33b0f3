#!/usr/bin/env python3
"""Checks the shape of the Rust code that issue 14 set as the house rules, and prints what breaks
them: hand-written source files over 500 lines (test files and fixtures aside), functions over
120 lines, import cycles between sibling modules, unit tests outside `tests.rs`, `#[path]`, and
`#[ignore]` without a reason. Exits 1 when anything breaks a rule.

It reads Rust as text (comments, strings and char literals masked), which is enough for code
that rustfmt formats: a function runs from its `fn` line to the brace that closes its body.
"""

import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

MAX_FILE_LINES = 500
MAX_FN_LINES = 120
CRATES = {"app": "app/src", "server": "server/src"}

FN = re.compile(
    r'^\s*(?:pub(?:\([^)]*\))?\s+)?(?:const\s+)?(?:async\s+)?(?:unsafe\s+)?'
    r'(?:extern\s+"[^"]*"\s+)?fn\s+(\w+)'
)


def mask(lines):
    """The lines with comments, strings and char literals blanked, so braces and paths in them
    do not count."""
    out = []
    block = 0
    raw = None  # hashes of the raw string we are in, or -1 for a plain string
    for line in lines:
        res = []
        i = 0
        n = len(line)
        while i < n:
            c = line[i]
            if block:
                if line.startswith("*/", i):
                    block -= 1
                    i += 2
                elif line.startswith("/*", i):
                    block += 1
                    i += 2
                else:
                    i += 1
                continue
            if raw is not None:
                if raw == -1:
                    if c == "\\":
                        i += 2
                        continue
                    if c == '"':
                        raw = None
                else:
                    if c == '"' and line[i + 1 : i + 1 + raw] == "#" * raw:
                        i += 1 + raw
                        raw = None
                        continue
                i += 1
                continue
            if line.startswith("//", i):
                break
            if line.startswith("/*", i):
                block += 1
                i += 2
                continue
            m = re.match(r'b?r(#*)"', line[i:])
            if m and (i == 0 or not (line[i - 1].isalnum() or line[i - 1] == "_")):
                raw = len(m.group(1))
                i += len(m.group(0))
                continue
            if c == '"':
                raw = -1
                i += 1
                continue
            if c == "'":
                m = re.match(r"'(\\u\{[0-9a-fA-F]+\}|\\.|[^\\'])'", line[i:])
                if m:
                    i += len(m.group(0))
                    continue
            res.append(c)
            i += 1
        out.append("".join(res))
    return out


def functions(code):
    """(name, first line, length) of every fn with a body."""
    found = []
    stack = []
    depth = 0
    pending = None
    for no, line in enumerate(code, 1):
        m = FN.match(line)
        if m:
            pending = (m.group(1), no)
        for ch in line:
            if ch == "{":
                depth += 1
                if pending:
                    stack.append((pending[0], pending[1], depth))
                    pending = None
            elif ch == "}":
                if stack and stack[-1][2] == depth:
                    name, start, _ = stack.pop()
                    found.append((name, start, no - start + 1))
                depth -= 1
            elif ch == ";" and pending:
                pending = None
    return found


def is_test_file(path):
    parts = Path(path).parts
    name = Path(path).name
    return (
        name == "tests.rs"
        or "tests" in parts
        or "fixtures" in parts
        or "benches" in parts
        or "examples" in parts
        or path.startswith("fuzz/")
    )


def module_of(crate_root, path):
    """`chart::grid` for app/src/chart/grid/mod.rs or app/src/chart/grid.rs."""
    rel = Path(path).relative_to(crate_root).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] in ("mod", "lib", "main"):
        parts = parts[:-1]
    return tuple(parts)


def module_graph(crate, root, files, code_of):
    modules = {module_of(root, f): f for f in files}
    # Items a module re-exports from a child (`pub use child::{A, B}`), to see through them.
    reexports = defaultdict(dict)
    for mod, f in modules.items():
        text = " ".join(code_of[f])
        for m in re.finditer(r"pub\s+use\s+(?:self::)?(\w+)::(\{[^}]*\}|\w+)", text):
            child = mod + (m.group(1),)
            if child in modules:
                for name in re.findall(r"\w+", m.group(2)):
                    reexports[mod][name] = child

    def resolve(path):
        """The deepest module a path names, seeing through re-exports."""
        best = ()
        cur = ()
        for seg in path:
            nxt = cur + (seg,)
            if nxt in modules:
                cur = nxt
                best = cur
            elif seg in reexports.get(cur, {}):
                cur = reexports[cur][seg]
                best = cur
            else:
                break
        return best

    edges = set()
    for mod, f in modules.items():
        if is_test_file(f) or "tests" in mod:
            continue
        text = "\n".join(code_of[f])
        # Expand `use a::{b, c::{d}}` roughly: every path that starts with super/crate/self.
        for m in re.finditer(r"\b((?:super::)+|crate::|self::)((?:\w+::)*\w+|(?:\w+::)*\{[^;]*\})", text):
            head, rest = m.group(1), m.group(2)
            if head == "crate::":
                base = ()
            elif head == "self::":
                base = mod
            else:
                ups = head.count("super")
                base = mod[: len(mod) - ups]
            prefix = re.match(r"((?:\w+::)*)", rest).group(1)
            tails = [rest]
            brace = re.search(r"\{(.*)\}", rest, re.S)
            if brace:
                tails = [
                    (prefix + t.strip()).split("::{")[0].rstrip(":")
                    for t in re.split(r",(?![^{]*\})", brace.group(1))
                    if t.strip()
                ]
            for tail in tails:
                segs = [s for s in tail.split("::") if s and s != "self"]
                target = resolve(base + tuple(segs))
                if target and target != mod:
                    edges.add((mod, target))
    return edges


def sibling_cycles(edges):
    """Cycles among the children of one module, each edge lifted to the level where the two
    modules are siblings (a module and its ancestors may use each other)."""
    graphs = defaultdict(lambda: defaultdict(set))
    for a, b in edges:
        k = 0
        while k < min(len(a), len(b)) and a[k] == b[k]:
            k += 1
        if k == len(a) or k == len(b):
            continue  # parent and child
        graphs[a[:k]][a[k]].add(b[k])
    cycles = []
    for parent, g in graphs.items():
        index, low, on, stack, count = {}, {}, set(), [], [0]

        def strong(v):
            index[v] = low[v] = count[0]
            count[0] += 1
            stack.append(v)
            on.add(v)
            for w in g.get(v, ()):
                if w not in index:
                    strong(w)
                    low[v] = min(low[v], low[w])
                elif w in on:
                    low[v] = min(low[v], index[w])
            if low[v] == index[v]:
                comp = []
                while True:
                    w = stack.pop()
                    on.discard(w)
                    comp.append(w)
                    if w == v:
                        break
                if len(comp) > 1:
                    cycles.append("::".join(parent) + ": " + " ↔ ".join(sorted(comp)))

        for v in list(g):
            if v not in index:
                strong(v)
    return cycles


def main():
    files = subprocess.check_output(["git", "ls-files", "-co", "--exclude-standard", "*.rs"], text=True).split()
    files = [f for f in files if Path(f).exists()]
    problems = []
    code_of = {}
    for f in files:
        lines = Path(f).read_text(encoding="utf-8").split("\n")
        code = mask(lines)
        code_of[f] = code
        if len(lines) > MAX_FILE_LINES and not is_test_file(f):
            problems.append(f"{f}: {len(lines)} lines (at most {MAX_FILE_LINES})")
        for name, start, length in functions(code):
            if length > MAX_FN_LINES:
                problems.append(f"{f}:{start}: fn {name} is {length} lines (at most {MAX_FN_LINES})")
        for no, line in enumerate(code, 1):
            if re.search(r"#\[path\s*=", line):
                problems.append(f"{f}:{no}: #[path] (tests live in tests.rs beside the module)")
            if re.search(r"#\[ignore\]", line):
                problems.append(f"{f}:{no}: #[ignore] without a reason")
            if re.search(r"\bmod\s+\w+\s*\{", line) and "#[cfg(test)]" in code[no - 2]:
                problems.append(f"{f}:{no}: inline test module (tests live in tests.rs)")
            m = re.search(r"^\s*mod\s+(\w+)\s*;", line)
            if m and "#[cfg(test)]" in code[no - 2] and m.group(1) not in ("tests", "fixtures"):
                problems.append(f"{f}:{no}: test module `{m.group(1)}` (tests live in tests.rs)")
    for crate, root in CRATES.items():
        crate_files = [f for f in files if f.startswith(root + "/")]
        for cycle in sibling_cycles(module_graph(crate, root, crate_files, code_of)):
            problems.append(f"{crate}: import cycle in {cycle or 'the crate root'}")
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} problem(s) with the code's shape (scripts/code_shape.py)")
        return 1
    print("code shape: files, functions, modules and tests as the house rules say")
    return 0


if __name__ == "__main__":
    sys.exit(main())
