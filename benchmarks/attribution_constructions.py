"""Recall of gold attributions per construction: where the extractor still misses.

    python benchmarks/attribution_constructions.py GOLD.jsonl PRED.jsonl [--shared ../shared]

GOLD is contract gold JSONL with texts (``shared/eval/polnear/dev.gold.jsonl`` or a
rebuilt PolNeAR train sample), PRED is ``whosaid extract --format jsonl`` output for the
same documents. Each gold attribution is put in one construction class read off the
*gold* spans and the spaCy parse of the gold cue in its sentence (quoting, where the cue stands, the cue's
lemma and part of speech), so the classes do not depend on what the extractor did.
Matching is the shared scorer's (``score_attribution.py``: trimmed character sets, IoU,
one-to-one greedy by IoU), so the "found" column of all classes adds up to the scorer's
content partial TP. Also prints rows for properties that cut across the classes
(content over several sentences, pronoun or relative-pronoun sources, no gold source).
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

from whosaid.extract import cues
from whosaid.extract.pipeline import load_nlp

ROOT = Path(__file__).resolve().parents[1]

#: Construction classes in the order they are tested and printed.
CLASSES = (
    "direct quote split by its cue",
    "direct quote",
    "quoted fragment in a paraphrase",
    "according to X",
    "reported speech, cue after the content",
    "reported speech, verb of saying",
    "belief or knowledge verb",
    "nominal cue (claim, report, call)",
    "stance, plan or act verb",
    "copular frame (X's view is that)",
    "other cue (adjective, preposition, phrase)",
    "no cue",
)
PRONOUNS = cues.PERSONAL_PRONOUNS_ALL | {"i", "it"}


def _hull(pieces: list[list[int]]) -> tuple[int, int] | None:
    return (min(s for s, _ in pieces), max(e for _, e in pieces)) if pieces else None


def classify(att: dict, text: str, doc) -> str:
    """The construction class of one gold attribution (see ``CLASSES``)."""
    quoting = att.get("quoting")
    content, cue = _hull(att["content"]), _hull(att.get("cue") or [])
    if quoting in ("quoted", "partly"):
        if cue and len(att["content"]) > 1 and content[0] < cue[0] < content[1]:
            return CLASSES[0]
        return CLASSES[1] if quoting == "quoted" else CLASSES[2]
    if cue is None:
        return CLASSES[11]
    cue_text = text[cue[0] : cue[1]]
    if cue_text.lower().startswith("according"):
        return CLASSES[3]
    head = _cue_head(doc.char_span(*cue, alignment_mode="expand") or ())
    lemma = head.lemma_.lower() if head is not None else cue_text.lower()
    if (
        head is not None
        and head.pos_ in ("VERB", "AUX")
        and not (head.pos_ == "AUX" and head.lemma_ == "be")
    ):
        if cue[0] >= content[1] and lemma in cues.CUE_VERBS:
            return CLASSES[4]
        if lemma in cues.SPEECH_VERBS:
            return CLASSES[5]
        if lemma in cues.COGNITION_VERBS:
            return CLASSES[6]
        return CLASSES[8]
    if head is not None and head.pos_ in ("NOUN", "PROPN"):
        return CLASSES[7]
    if head is not None and head.lemma_ == "be":
        return CLASSES[9]
    return CLASSES[10]


def _cue_head(span):
    """The cue's main word (parsed in context): its first full verb, else a noun, else an
    auxiliary or copula, else its first word."""
    for pos in (("VERB",), ("NOUN", "PROPN"), ("AUX",)):
        for t in span:
            if t.pos_ in pos:
                return t
    return span[0] if len(span) else None


def properties(att: dict, text: str, doc) -> list[str]:
    """Cross-cutting properties of one gold attribution (rows after the classes)."""
    out = []
    content = _hull(att["content"])
    span = doc.char_span(*content, alignment_mode="expand")
    if span is not None and len({t.sent.start for t in span}) > 1:
        out.append("content over two or more sentences")
    src = _hull(att.get("source") or [])
    if src is None:
        out.append("no source in gold")
    else:
        words = text[src[0] : src[1]].strip().lower()
        if words in PRONOUNS:
            out.append("source is a personal pronoun")
        elif words in cues.RELATIVE_PRONOUNS:
            out.append("source is a relative pronoun")
    return out


def match(gold: list, preds: list, scorer) -> dict[int, tuple[float, bool, bool]]:
    """The shared scorer's one-to-one greedy matching: gold index -> (IoU, exact, source ok)."""
    cands = []
    for gi, ga in enumerate(gold):
        for pi, pa in enumerate(preds):
            v, inter = scorer.iou(pa["content"], ga["content"])
            if inter:
                cands.append((-v, -inter, gi, pi))
    cands.sort()
    used_g, used_p, out = set(), set(), {}
    for negv, _, gi, pi in cands:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        ga, pa = gold[gi], preds[pi]
        exact = pa["content"].hull == ga["content"].hull
        out[gi] = (-negv, exact, scorer.agree(pa["speaker"], ga["source"])[1])
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("pred", type=Path)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(args.shared / "eval"))
    import score_attribution as scorer

    nlp = load_nlp()
    preds = {}
    for line in args.pred.open(encoding="utf-8"):
        if line.strip():
            d = json.loads(line)
            preds[d["id"]] = d.get("quotes") or []
    rows = collections.defaultdict(lambda: [0, 0, 0, 0])  # gold, found, exact, source ok
    for line in args.gold.open(encoding="utf-8"):
        if not line.strip():
            continue
        g = json.loads(line)
        text, doc = g["text"], nlp(g["text"])
        gold = [
            {
                "content": scorer.Span(text, scorer.pieces(a.get("content"))),
                "source": scorer.Span(text, scorer.pieces(a.get("source"))),
            }
            for a in g["attributions"]
        ]
        pred = [
            {r: scorer.Span(text, scorer.pieces(q.get(r))) for r in ("content", "speaker")}
            for q in preds.get(g["id"], [])
        ]
        matched = match(gold, pred, scorer)
        for gi, att in enumerate(g["attributions"]):
            v, exact, src = matched.get(gi, (0.0, False, False))
            found = v >= scorer.THRESH
            for key in (classify(att, text, doc), *properties(att, text, doc)):
                row = rows[key]
                row[0] += 1
                row[1] += found
                row[2] += exact
                row[3] += found and src
    total = sum(rows[c][0] for c in CLASSES)
    print(
        f"{'construction (from gold)':44} {'gold':>5} {'share':>6} {'found':>6} "
        f"{'exact':>6} {'speaker':>8} {'missed':>7}"
    )
    for key in (*CLASSES, None, *sorted(k for k in rows if k not in CLASSES)):
        if key is None:
            print("-- cutting across the classes")
            continue
        n, found, exact, src = rows[key]
        if not n:
            continue
        print(
            f"{key:44} {n:5d} {n / total:6.1%} {found / n:6.3f} {exact / n:6.3f} "
            f"{src / found if found else 0:8.3f} {n - found:7d}"
        )
    found = sum(rows[c][1] for c in CLASSES)
    print(
        f"{'all':44} {total:5d} {1:6.1%} {found / total:6.3f} "
        f"{sum(rows[c][2] for c in CLASSES) / total:6.3f} "
        f"{sum(rows[c][3] for c in CLASSES) / max(1, found):8.3f} {total - found:7d}"
    )
    print(
        "found = recall at IoU >= 0.5, exact = recall of exact spans, speaker = share of the "
        "found whose speaker span agrees (IoU >= 0.5, or both empty)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
