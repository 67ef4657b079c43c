#!/usr/bin/env python3
"""Lists what the scorer counts as missed, extra, wrong span and wrong value, one line each.

Usage: evaluate-tempeval-details.py GOLD_DIR SYSTEM_DIR
(Uses the parse and pairing functions of the TempEval-style scorer, whose own --details mode fails
on this corpus; its path comes from $TIMEX_SCORER.)
"""
import importlib.util
import os
import sys

spec = importlib.util.spec_from_file_location(
    "timex_score", os.environ.get("TIMEX_SCORER", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "tools", "timex_score.py")))
scorer = importlib.util.module_from_spec(spec)
spec.loader.exec_module(scorer)


def around(text, start, end, width=70):
    """The text around an expression, with the expression in [brackets], on one line."""
    left = scorer.squash(text[max(0, start - width):start])
    right = scorer.squash(text[end:end + width])
    return f"{left} [{scorer.squash(text[start:end])}] {right}"


def main(gold_dir, sys_dir):
    for name in sorted(n for n in os.listdir(gold_dir) if n.endswith(".tml")):
        gtext, gold = scorer.parse(os.path.join(gold_dir, name))
        spath = os.path.join(sys_dir, name)
        if not os.path.exists(spath):
            continue
        stext, system = scorer.parse(spath)
        if gtext != stext:
            system = scorer.remap(stext, gtext, system)
        used = set()
        hit_gold = set()
        for gi, g in enumerate(gold):
            for si, s in enumerate(system):
                if si in used:
                    continue
                if s[0] < g[1] and g[0] < s[1]:
                    used.add(si)
                    hit_gold.add(gi)
                    gt = scorer.squash(gtext[g[0]:g[1]])
                    st = scorer.squash(gtext[s[0]:s[1]])
                    gv, sv = g[2].get("value", ""), s[2].get("value", "")
                    if gv != sv:
                        print(f"value\t{name}\t{gt}\tgold={gv}\tsys={sv}\t({st})\t{around(gtext, g[0], g[1])}")
                    elif gt != st:
                        print(f"span\t{name}\t{gt}\tsys=({st})\t{around(gtext, g[0], g[1])}")
                    break
        for gi, g in enumerate(gold):
            if gi not in hit_gold:
                print(f"missed\t{name}\t{scorer.squash(gtext[g[0]:g[1]])}\t{g[2].get('value', '')}\t{around(gtext, g[0], g[1])}")
        for si, s in enumerate(system):
            if si not in used:
                print(f"extra\t{name}\t{scorer.squash(gtext[s[0]:s[1]])}\t{s[2].get('value', '')}\t{around(gtext, s[0], s[1])}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    main(sys.argv[1], sys.argv[2])
