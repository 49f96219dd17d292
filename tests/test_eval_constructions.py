"""The per-construction recall breakdown (benchmarks/attribution_constructions.py) must
classify from gold alone and count matches exactly as the shared scorer does."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import attribution_constructions as ac  # noqa: E402

TEXT = (
    '"We will build it," the mayor said. '
    "The council opposed the plan. "
    "According to the report, costs doubled. "
    "Her claim that the budget was cut drew anger."
)


def _span(sub: str, within: str = TEXT) -> list[int]:
    s = within.index(sub)
    return [s, s + len(sub)]


def _gold() -> dict:
    return {
        "id": "d1",
        "text": TEXT,
        "attributions": [
            {
                "content": [_span("We will build it")],
                "source": [_span("the mayor")],
                "cue": [_span("said")],
                "quoting": "quoted",
            },
            {
                "content": [_span("the plan")],
                "source": [_span("The council")],
                "cue": [_span("opposed")],
                "quoting": "unquoted",
            },
            {
                "content": [_span("costs doubled")],
                "source": [_span("the report")],
                "cue": [_span("According to")],
                "quoting": "unquoted",
            },
            {
                "content": [_span("the budget was cut")],
                "source": [_span("Her")],
                "cue": [_span("claim")],
                "quoting": "unquoted",
            },
        ],
    }


def _quote(content: str, speaker: str | None) -> dict:
    s, e = _span(content)
    q = {"content": {"start": s, "end": e, "text": content}, "speaker": None}
    if speaker:
        s, e = _span(speaker)
        q["speaker"] = {"start": s, "end": e, "text": speaker}
    return q


def test_classes_come_from_gold():
    from whosaid.extract.pipeline import load_nlp

    doc = load_nlp()(TEXT)
    got = [ac.classify(a, TEXT, doc) for a in _gold()["attributions"]]
    assert got == [
        "direct quote",
        "stance, plan or act verb",
        "according to X",
        "nominal cue (claim, report, call)",
    ]


def test_found_and_speaker_counts_follow_the_scorer(shared, tmp_path, capsys):
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold.write_text(json.dumps(_gold()) + "\n", encoding="utf-8")
    quotes = [
        _quote("We will build it", "the mayor"),  # found, speaker right
        _quote("costs doubled", None),  # found, speaker missing
        _quote("The council opposed the", "The council"),  # overlaps, IoU < 0.5
    ]
    pred.write_text(json.dumps({"id": "d1", "quotes": quotes}) + "\n", encoding="utf-8")
    assert ac.main([str(gold), str(pred), "--shared", str(shared)]) == 0
    rows = {line[:44].strip(): line[44:].split() for line in capsys.readouterr().out.splitlines()}
    # gold, share, found, exact, speaker, missed
    assert rows["direct quote"][2:] == ["1.000", "1.000", "1.000", "0"]
    assert rows["according to X"][2:] == ["1.000", "1.000", "0.000", "0"]
    assert rows["stance, plan or act verb"][2:] == ["0.000", "0.000", "0.000", "1"]
    assert rows["all"][0] == "4" and rows["all"][-1] == "2"
    import score_attribution  # importable: ac.main put shared/eval on sys.path

    scored = score_attribution.score([json.loads(gold.read_text())], [json.loads(pred.read_text())])
    found = 4 - int(rows["all"][-1])
    assert found == scored["content_partial"]["tp"] == 2
    assert round(float(rows["all"][4]) * found) == scored["source_e2e"]["tp"] == 1
