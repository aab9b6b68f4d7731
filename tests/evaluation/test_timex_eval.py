"""Tests for the TIMEX3 agreement evaluation (synthetic folder + the shared CL-TLS data)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from storywire.evaluation.timex import (
    RefTimex,
    coarse_equal,
    evaluate_timex,
    excluded_reference,
    map_references,
    run_timex_eval,
)

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


def test_references_in_urls_and_arab_spring_are_left_out(tmp_path: Path) -> None:
    raw = ("Fuente: http://blog.example.org/2015/09/nota.html Hoy la Primavera árabe sigue. "
           "En primavera habrá elecciones.")
    body = ('Fuente : http://blog.example.org/<TIMEX3 tid="t1" type="DATE" value="2015">2015</TIMEX3>/09/nota.html '
            '<TIMEX3 tid="t2" type="DATE" value="2011-03-06">Hoy</TIMEX3> la '
            '<TIMEX3 tid="t3" type="DATE" value="2011-SP">Primavera</TIMEX3> árabe sigue . En '
            '<TIMEX3 tid="t4" type="DATE" value="2011-SP">primavera</TIMEX3> habrá elecciones .')
    _write(tmp_path, "es", "2011-03-06", "doc", raw, body)
    stats = evaluate_timex(tmp_path).per_language["es"]
    assert stats.excluded == 2 and stats.ref_dates == 2
    assert stats.agreed == 2 and stats.raw_agreement == 0.5
    assert stats.spurious == 0  # nothing of ours inside the URL either


def test_excluded_reference_needs_the_whole_span_inside_the_url() -> None:
    raw = "see www.example.org/2015 and 2016"
    urls = [(4, 24)]
    assert excluded_reference(raw, RefTimex(20, 24, "2015", "DATE", "2015"), urls)
    assert not excluded_reference(raw, RefTimex(29, 33, "2016", "DATE", "2016"), urls)


def test_coarse_equal() -> None:
    assert coarse_equal("2011-03", "2011-03-05") and coarse_equal("2011", "2011-W09")
    assert not coarse_equal("2011-03", "2011-04-05") and not coarse_equal("201", "2011")
    assert not coarse_equal("PRESENT_REF", "PRESENT_REF-X")


@pytest.mark.skipif(not CL_TLS.exists(), reason="shared CL-TLS data not available")
def test_cl_tls_subset_above_floor() -> None:
    report = evaluate_timex(CL_TLS, limit_per_language=15)
    assert set(report.per_language) >= {"es", "fr", "it"}
    for lang, stats in report.per_language.items():
        assert stats.ref_dates > 0
        assert stats.agreement > 0.75, (lang, stats.agreement)
