"""Spec-driven mock: one ASGI app per spec in openapi/, no per-endpoint code."""

from space_sdk.contract.mock.app import CombinedApp, MockApp, create_app, create_combined_app
from space_sdk.contract.mock.faults import MockConnectionReset

__all__ = ["CombinedApp", "MockApp", "MockConnectionReset", "create_app", "create_combined_app"]
