"""Spec-driven mock: one ASGI app per spec in openapi/, no per-endpoint code."""

from contract_tests.mock.app import CombinedApp, MockApp, create_app, create_combined_app
from contract_tests.mock.faults import MockConnectionReset

__all__ = ["CombinedApp", "MockApp", "MockConnectionReset", "create_app", "create_combined_app"]
