"""The benchmark code (scripts/bench.py, scripts/benchmarks/): the interleaving harness, the canned transport,
and a one-round smoke run. No timing is asserted anywhere: the figures are read, not tested."""

from __future__ import annotations

import asyncio

import bench
import httpx
import pytest

from benchmarks import _harness
from benchmarks._canned import CannedTransport, fixed
from benchmarks._harness import Variant


class _FakeClocks:
    """A wall and a CPU clock that only move when a variant's block says so."""

    def __init__(self) -> None:
        self.wall = 0.0
        self.cpu = 0.0

    def spend(self, wall: float, cpu: float) -> None:
        self.wall += wall
        self.cpu += cpu


def _variant(name: str, clocks: _FakeClocks, order: list[str], wall: float, cpu: float) -> Variant:
    def block(n: int) -> None:
        order.append(name)
        clocks.spend(wall * n, cpu * n)

    return Variant(name, block)


def test_interleave_rotates_the_order_and_pairs_the_ratios() -> None:
    clocks, order = _FakeClocks(), list[str]()
    variants = [
        _variant("a", clocks, order, wall=2.0, cpu=1.0),
        _variant("b", clocks, order, wall=3.0, cpu=1.5),
        _variant("c", clocks, order, wall=4.0, cpu=4.0),
    ]
    result = _harness.interleave(
        variants, rounds=4, calls=5, warmup=1, wall_clock=lambda: clocks.wall, cpu_clock=lambda: clocks.cpu
    )
    assert order == [*"abc", *"abc", *"bca", *"cab", *"abc"]  # warm-up, then rounds 0..3
    assert result.variant("b").wall == [3.0] * 4  # per call, not per block
    assert result.ratio("b", "a") == pytest.approx(1.5)
    assert result.ratio("c", "a", cpu=True) == pytest.approx(4.0)


def test_the_ratio_is_the_median_of_paired_rounds_not_a_ratio_of_medians() -> None:
    # The machine was twice as slow in the last two rounds: pairing cancels that out.
    a = Variant("a", lambda n: None, wall=[1.0, 1.0, 2.0, 2.0, 2.0], cpu=[1.0] * 5)
    b = Variant("b", lambda n: None, wall=[1.1, 1.1, 2.2, 2.2, 2.2], cpu=[1.0] * 5)
    result = _harness.Result([a, b], calls=1)
    assert result.ratio("b", "a") == pytest.approx(1.1)


def test_table_prints_every_variant_with_its_ratios() -> None:
    a = Variant("raw", lambda n: None, wall=[0.001, 0.002], cpu=[0.001, 0.001])
    b = Variant("typed", lambda n: None, wall=[0.003, 0.004], cpu=[0.002, 0.002])
    lines = _harness.table(_harness.Result([a, b], calls=10), ["raw"], per_item=100)
    assert lines[0].split()[:4] == ["variant", "wall", "min", "wall"]
    typed = lines[2].split()
    assert typed[0] == "typed" and typed[-2:] == ["2.500", "2.000"]  # median of (3/1, 4/2), not 3.5/1.5; cpu 2/1
    assert "2 interleaved rounds x 10 calls" in lines[-1]


def test_rounds_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(_harness.ROUNDS_ENV, raising=False)
    assert _harness.rounds(7) == 7
    monkeypatch.setenv(_harness.ROUNDS_ENV, "3")
    assert _harness.rounds(7) == 3
    monkeypatch.setenv(_harness.ROUNDS_ENV, "0")
    assert _harness.rounds(7) == 1


def test_canned_transport_answers_by_path_for_sync_and_async_clients() -> None:
    transport = CannedTransport({"/things": fixed(b'{"n": 1}'), "/page": lambda r: r.url.params["p"].encode()})
    with httpx.Client(base_url="http://canned", transport=transport) as client:
        assert client.get("/api/things").json() == {"n": 1}
        assert client.get("/page", params={"p": "7"}).content == b"7"
        assert client.get("/other").status_code == 404

    async def fetch() -> object:
        async with httpx.AsyncClient(base_url="http://canned", transport=transport) as client:
            return (await client.get("/things")).json()

    assert asyncio.run(fetch()) == {"n": 1}


def test_unknown_benchmark_names_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        bench.main(["nonsense"])
    assert "unknown benchmark(s) ['nonsense']" in capsys.readouterr().err


def test_the_wisedat_benchmark_runs_one_quick_round(capsys: pytest.CaptureFixture[str]) -> None:
    assert bench.main(["--quick", "wisedat"]) == 0
    out = capsys.readouterr().out
    rows = [line.strip() for line in out.splitlines()]
    variants = ["raw httpx + json.loads", "generated sync_detailed", "adapter call()", "adapter acall() (async)"]
    variants += ["raw async httpx + json.loads", "generated asyncio_detailed"]
    for name in variants:
        assert sum(row.startswith(f"{name} ") for row in rows) == 2, name  # a row of the loopback and the canned table
    assert sum(row.startswith("async: generated asyncio_detailed / raw async httpx") for row in rows) == 2
    assert "adapter paginate(), one page" in out
    assert "json.loads + from_dict" in out
    assert "2,000 items in 4 pages: peak" in out
    assert "per 100 API calls on the mock: 2" in out  # one status + one login, then the token is reused


def test_every_benchmark_module_runs_one_quick_round(capsys: pytest.CaptureFixture[str]) -> None:
    """``nox -s bench`` with no name runs every module: each must have ``run`` and finish its smoke run."""
    assert bench.main(["--quick"]) == 0
    out = capsys.readouterr().out
    for name in bench.modules():
        assert f"== {name} ==" in out and f"({name}: " in out
