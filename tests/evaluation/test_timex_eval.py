"""Tests for the TIMEX3 agreement evaluation (synthetic folder + the shared CL-TLS data)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from storywire.evaluation.timex import evaluate_timex, map_references, run_timex_eval

CL_TLS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "cl-tls"


def _write(root: Path, lang: str, day: str, name: str, raw: str, timeml_body: str) -> None:
    folder = root / lang / "topic" / day
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(raw, encoding="utf-8")
    markup = f'<?xml version="1.0"?>\n<!DOCTYPE TimeML SYSTEM "TimeML.dtd">\n<TimeML>\n{timeml_body}\n</TimeML>\n'
    (folder / f"{name}.tokenized.timeml").write_text(markup, encoding="utf-8")


def test_map_references_across_tokenisation() -> None:
    raw = "Ayer, el ministro habló.\nEl 3 de marzo (lunes) volvió."
    body = ('<TIMEX3 tid="t1" type="DATE" value="2011-03-05">Ayer</TIMEX3> , el ministro habló .\n'
            'El <TIMEX3 tid="t2" type="DATE" value="2011-03-03">3 de marzo</TIMEX3> ( lunes ) volvió .')
    refs, unmapped = map_references(raw, f"<TimeML>{body}</TimeML>")
    assert unmapped == 0
    assert [raw[r.start : r.end] for r in refs] == ["Ayer", "3 de marzo"]


def test_evaluate_synthetic(tmp_path: Path) -> None:
    raw = "Hoy el presidente habló del acuerdo firmado el 2 de marzo de 2011. Ahora espera."
    body = ('<TIMEX3 tid="t1" type="DATE" value="2011-03-06">Hoy</TIMEX3> el presidente habló del acuerdo firmado '
            '<TIMEX3 tid="t2" type="DATE" value="2011-03-02">el 2 de marzo de 2011</TIMEX3> . '
            '<TIMEX3 tid="t3" type="DATE" value="PRESENT_REF">Ahora</TIMEX3> espera .')
    _write(tmp_path, "es", "2011-03-06", "doc", raw, body)
    report = evaluate_timex(tmp_path)
    stats = report.per_language["es"]
    assert (stats.ref_dates, stats.found, stats.agreed) == (3, 3, 3)
    assert stats.ref_calendar == 2 and stats.agreed_calendar == 2
    out = io.StringIO()
    assert run_timex_eval(tmp_path, out) == 1.0
    assert out.getvalue().splitlines()[-1] == "1.0000"


@pytest.mark.skipif(not CL_TLS.exists(), reason="shared CL-TLS data not available")
def test_cl_tls_subset_above_floor() -> None:
    report = evaluate_timex(CL_TLS, limit_per_language=15)
    assert set(report.per_language) >= {"es", "fr", "it"}
    for lang, stats in report.per_language.items():
        assert stats.ref_dates > 0
        assert stats.agreement > 0.75, (lang, stats.agreement)
