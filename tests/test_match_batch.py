"""Many queries at once: ``match_many`` and ``match_iter``, here and in worker processes."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator

import pytest

from qamus import Entry, Glossary, QamusError
from qamus.cli import main
from qamus.match import batch

#: Spellings in both scripts, repeats, blanks and names the glossary lacks.
QUERIES = [
    "Liwa el-Baqer",
    "لواء الباقر",
    "Hizballah",
    "",
    "Bekara",
    "Deir ez-Zor",
    "Liwa el-Baqer",
    "   ",
    "Zzyzx Qwerty",
    "دير الزور",
    "Abu Mohammad al-Jolani",
    "Hezbollah",
] * 30  # more than one chunk when chunks are small


def _as_data(answers: list[list[object]]) -> list[list[tuple[object, ...]]]:
    return [[(m.entry.id, m.score, m.reason, m.spelling) for m in found] for found in answers]  # type: ignore[attr-defined]


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "CHUNK", 7)


@pytest.mark.usefixtures("small_chunks")
def test_workers_give_the_same_answers_as_one_process(shipped: Glossary) -> None:
    alone = shipped.match_many(QUERIES, limit=3)
    assert alone[0][0].entry.id == "liwa-al-baqir"
    assert alone == [shipped.match(q, limit=3) for q in QUERIES]
    together = shipped.match_many(QUERIES, limit=3, workers=2)
    assert _as_data(together) == _as_data(alone)  # type: ignore[arg-type]
    # each answer's entry is the glossary's own object, not a copy
    assert all(m.entry is shipped[m.entry.id] for found in together for m in found)


@pytest.mark.usefixtures("small_chunks")
def test_kind_and_min_score_reach_the_workers(shipped: Glossary) -> None:
    options = {"kind": "place", "limit": 2, "min_score": 0.5}
    alone = shipped.match_many(QUERIES[:12], **options)  # type: ignore[arg-type]
    assert _as_data(shipped.match_many(QUERIES[:12], workers=2, **options)) == _as_data(alone)  # type: ignore[arg-type]
    assert {m.entry.kind for found in alone for m in found} == {"place"}


@pytest.mark.usefixtures("small_chunks")
def test_workers_started_fresh_give_the_same_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    # where forking is unsafe (other threads running, or not Linux), workers are started
    # fresh and build their own matcher from the entries
    glossary = Glossary(
        [
            Entry(id="aleppo", kind="place", name="Aleppo", arabic="حلب", variants=("Halab",)),
            Entry(id="idlib", kind="place", name="Idlib", arabic="إدلب"),
        ]
    )
    queries = ["Haleb", "Idleb", "حلب", "Xyz"] * 5
    monkeypatch.setattr(batch.threading, "active_count", lambda: 2)
    assert _as_data(glossary.match_many(queries, workers=2)) == _as_data(  # type: ignore[arg-type]
        glossary.match_many(queries)  # type: ignore[arg-type]
    )


@pytest.mark.usefixtures("small_chunks")
@pytest.mark.parametrize("workers", [1, 2])
def test_match_iter_reads_only_as_far_ahead_as_it_needs(shipped: Glossary, workers: int) -> None:
    read: list[str] = []

    def stream() -> Iterator[str]:
        for query in QUERIES:
            read.append(query)
            yield query

    answers = shipped.match_iter(stream(), limit=1, workers=workers)
    first = next(answers)
    assert first[0].entry.id == "liwa-al-baqir"
    assert len(read) <= batch.CHUNK * 2 * workers + 1
    rest = list(answers)
    assert len(read) == len(QUERIES) == len(rest) + 1


@pytest.mark.parametrize("workers", [1, 2])
def test_bad_queries_and_options_raise_before_any_work(shipped: Glossary, workers: int) -> None:
    with pytest.raises(TypeError, match="str query, not int"):
        shipped.match_many(["Aleppo", 3], workers=workers)  # type: ignore[list-item]
    with pytest.raises(TypeError, match="str query, not NoneType"):
        list(shipped.match_iter(["Aleppo", None], workers=workers))  # type: ignore[list-item]
    with pytest.raises(QamusError, match="unknown kind 'village'"):
        shipped.match_many(["Aleppo"] * 600, kind="village", workers=workers)


def test_worker_counts_are_checked(shipped: Glossary) -> None:
    with pytest.raises(QamusError, match="at least 1"):
        shipped.match_many(["Aleppo"], workers=0)
    with pytest.raises(TypeError, match="int or None, not str"):
        shipped.match_many(["Aleppo"], workers="2")  # type: ignore[arg-type]
    assert batch.worker_count(None) == batch.usable_cpus() >= 1


def test_cli_workers_print_what_one_process_prints(
    shipped: Glossary, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    del shipped  # the command loads the shipped glossary itself
    monkeypatch.setattr(batch, "CHUNK", 5)
    names = "".join(f"{q}\n" for q in QUERIES[:40])
    out = {}
    for workers in ("1", "2"):
        monkeypatch.setattr("sys.stdin", io.StringIO(names))
        main(["match", "-", "--format", "jsonl", "--limit", "2", "--workers", workers])
        out[workers] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(out["1"]) == 40
    assert out["2"] == out["1"]


def test_one_str_is_no_batch(shipped: Glossary) -> None:
    with pytest.raises(TypeError, match="not one str: for one query, use match"):
        shipped.match_many("Hezbollah")
    with pytest.raises(TypeError, match="iterable of str queries, not int"):
        shipped.match_many(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"not float \(query 2, counting from 0\)"):
        shipped.match_many(["Aleppo", "Idlib", 3.5])  # type: ignore[list-item]


@pytest.mark.parametrize(
    ("options", "error", "message"),
    [
        ({"limit": 2.5}, TypeError, "int limit, not float"),
        ({"limit": None}, TypeError, "int limit, not NoneType"),
        ({"limit": -1}, QamusError, "limit must be 0 or more"),
        ({"min_score": "0.8"}, TypeError, "min_score or None, not str"),
        ({"min_score": 5}, QamusError, "from 0 to 1, not 5"),
    ],
)
def test_bad_options_raise_clear_errors(
    shipped: Glossary, options: dict[str, object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        shipped.match("Aleppo", **options)  # type: ignore[arg-type]
    with pytest.raises(error, match=message):
        shipped.match_many(["Aleppo"], **options)  # type: ignore[arg-type]
    with pytest.raises(error, match=message):
        shipped.match_iter(["Aleppo"], **options)  # type: ignore[arg-type]


def test_a_query_longer_than_any_name_matches_nothing(shipped: Glossary) -> None:
    from qamus.match.matcher import LONGEST_QUERY

    name = "Hezbollah"
    assert shipped.match(name)
    run = " ".join([name] * (LONGEST_QUERY // len(name) + 1))
    assert len(run) > LONGEST_QUERY
    assert shipped.match(run) == []
    assert shipped.match_many([run, name])[0] == []


def _in_a_pool_worker(queries: list[str]) -> list[list[str]]:
    glossary = Glossary([Entry(id="aleppo", kind="place", name="Aleppo", arabic="حلب")])
    return [[m.entry.id for m in found] for found in glossary.match_many(queries, workers=2)]


def test_workers_asked_for_inside_a_pool_worker_match_there() -> None:
    # a multiprocessing pool's workers are daemons, which may start no processes of
    # their own: a pipeline that calls match_many from one still gets its answers
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(1) as pool:
        answers = pool.apply(_in_a_pool_worker, (["Halab", "Haleb", "Xyz"],))
    assert answers == [["aleppo"], ["aleppo"], []]


def test_a_repeated_query_is_matched_once(
    shipped: Glossary, monkeypatch: pytest.MonkeyPatch
) -> None:
    from qamus.match.matcher import Matcher

    matched: list[str] = []
    real = Matcher.match

    def counting(self: Matcher, query: str, **options: object) -> list[object]:
        matched.append(query)
        return real(self, query, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(Matcher, "match", counting)
    names = ["Haleb", "Bekara", "Haleb", "Haleb", "Bekara"]
    assert len(shipped.match_many(names)) == 5
    assert sorted(matched) == ["Bekara", "Haleb"]
    matched.clear()
    assert len(list(shipped.match_iter(names))) == 5
    assert sorted(matched) == ["Bekara", "Haleb"]
