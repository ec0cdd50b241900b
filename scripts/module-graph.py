#!/usr/bin/env python3
"""Draw the module imports inside each crate (and inside src/crawl) and check for cycles.

Usage: scripts/module-graph.py [--dot]
Prints one line per module with what it uses ("a -> b, c"), then "cycles: none" or each
cycle found; exits 1 when there is a cycle. `--dot` prints Graphviz instead.
References counted: `use crate::x`, `crate::x::…` paths, and `use super::x` / `super::x::…`
(resolved against the file's parent module). A module using its own children is not an edge
of interest (a parent owns its children), so only sibling/cross edges are drawn.
"""
import os, re, sys

ROOTS = {
    "nianbao": "src",
    "nianbao-discover": "crates/discover/src",
    "nianbao-export": "crates/export/src",
    "nianbao-extract": "crates/extract/src",
    "nianbao-fixture": "crates/fixture-web/src",
    "nianbao-store": "crates/store/src",
    "nianbao-html": "crates/html/src",
    "nianbao-render": "crates/render/src",
}

def modpath(root, path):
    rel = os.path.relpath(path, root)[:-3].split(os.sep)
    if rel[-1] in ("mod", "lib", "main"):
        rel = rel[:-1]
    return rel

def top_two(parts):
    # Group by top-level module, except inside `crawl` where the submodules are the subject.
    if parts and parts[0] == "crawl" and len(parts) > 1:
        return "crawl::" + parts[1]
    return parts[0] if parts else "(root)"

def graph(root):
    edges = {}
    for dirpath, _, files in os.walk(root):
        if "/bin" in dirpath or dirpath.endswith("bin"):
            continue
        for f in files:
            if not f.endswith(".rs"):
                continue
            p = os.path.join(dirpath, f)
            me = modpath(root, p)
            src = open(p, encoding="utf-8").read()
            src = re.sub(r"(?s)#\[cfg\(test\)\]\s*mod tests\s*\{.*", "", src)
            # Comments (doc links included) are not imports.
            src = re.sub(r"//[^\n]*", "", src)
            node = top_two(me)
            for m in re.finditer(r"\bcrate::(\w+)(?:::(\w+))?", src):
                parts = [m.group(1)] + ([m.group(2)] if m.group(2) else [])
                tgt = top_two(parts)
                if tgt != node:
                    edges.setdefault(node, set()).add(tgt)
            for m in re.finditer(r"\bsuper::(\w+)", src):
                parent = me[:-1]
                tgt = top_two(parent + [m.group(1)])
                if tgt != node and tgt.split("::")[0] == node.split("::")[0] or tgt != node and "::" not in node:
                    if tgt != node:
                        edges.setdefault(node, set()).add(tgt)
            edges.setdefault(node, set())
    return edges

def cycles(edges):
    found, state, stack = [], {}, []
    def visit(n):
        state[n] = 1; stack.append(n)
        for t in sorted(edges.get(n, ())):
            if t not in edges:
                continue
            if state.get(t) == 1:
                found.append(stack[stack.index(t):] + [t])
            elif state.get(t) is None:
                visit(t)
        stack.pop(); state[n] = 2
    for n in sorted(edges):
        if state.get(n) is None:
            visit(n)
    return found

def main():
    dot = "--dot" in sys.argv
    bad = False
    if dot:
        print("digraph modules {")
    for crate, root in ROOTS.items():
        if not os.path.isdir(root):
            continue
        e = graph(root)
        cyc = cycles(e)
        bad |= bool(cyc)
        if dot:
            for a in sorted(e):
                for b in sorted(e[a]):
                    print(f'  "{crate}/{a}" -> "{crate}/{b}";')
            continue
        print(f"== {crate} ({root})")
        for a in sorted(e):
            print(f"  {a} -> {', '.join(sorted(e[a])) or '(nothing)'}")
        print("  cycles: " + ("none" if not cyc else "; ".join(" -> ".join(c) for c in cyc)))
    if dot:
        print("}")
    sys.exit(1 if bad else 0)

main()
