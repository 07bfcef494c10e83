"""Shard tallies add up: the stateful shard reports the same operations as a per-operation shard."""

from __future__ import annotations

from space_sdk.contract.results import ApiResult


def test_absorbing_a_shard_adds_and_keeps_failures() -> None:
    merged = ApiResult(api="scaleway")
    per_op = ApiResult(api="scaleway")
    per_op.get("GET /servers").cases = 40
    per_op.get("GET /servers").checks = 400
    per_op.get("GET /servers").failures.append("[check] broken")
    stateful = ApiResult(api="scaleway", stateful_scenarios=3, stateful_steps=9, stateful_linked=5)
    stateful.get("GET /servers").cases = 2
    stateful.get("GET /servers").checks = 20
    merged.absorb(per_op)
    merged.absorb(stateful)
    op = merged.operations["GET /servers"]
    assert (op.cases, op.checks, op.failures) == (42, 420, ["[check] broken"])
    assert merged.failed
    assert (merged.stateful_scenarios, merged.stateful_steps, merged.stateful_linked) == (3, 9, 5)
