#!/usr/bin/env python3
"""Grows a copy of ../shared/bench/node-peer.mjs (written for format v1 before red-flag follow-ups existed) to walk
follow-ups as triage does: a flag with `follow-up: [ids]` leads on "yes" to its first follow-up, not to an outcome;
a follow-up's "no" goes to the parent's next follow-up, else to the next flag that is no one's follow-up; and the
main sequence skips follow-ups. The peer must do the same work as triage on the same file to be a fair yardstick.
Usage: node-peer-follow-ups.py FILE (rewritten in place)."""
import sys

path = sys.argv[1]
text = open(path, encoding="utf-8").read()
old_edges = "flags.forEach((f, i) => edges.set(f.id, [f.outcome, f.no ?? (flags[i + 1]?.id ?? doc.start)]));"
new_edges = (
    "const parentOf = new Map(); flags.forEach(f => (f['follow-up'] ?? []).forEach(c => parentOf.set(c, f)));\n"
    "const after = i => { let j = i + 1; while (j < flags.length && parentOf.has(flags[j].id)) j++;"
    " return flags[j]?.id ?? doc.start; };\n"
    "const sibling = f => { const s = parentOf.get(f.id)?.['follow-up'] ?? []; return s[s.indexOf(f.id) + 1]; };\n"
    "flags.forEach((f, i) => edges.set(f.id, [f.outcome ?? f['follow-up'][0], f.no ?? sibling(f) ?? after(i)]));"
)
old_yes = "cur = e.n.outcome; }"
new_yes = "cur = edges.get(e.n.id)[0]; }"
for old, new in ((old_edges, new_edges), (old_yes, new_yes)):
    if text.count(old) != 1:
        sys.exit(f"node-peer-follow-ups: {path} has changed; expected once: {old}")
    text = text.replace(old, new)
open(path, "w", encoding="utf-8").write(text)
