"""Spec-driven mock server and schemathesis contract suite for the APIs in openapi/.

`python -m contract_tests.mock` serves the mocks; `python -m contract_tests` runs the contract suite.
See contract_tests/README.md.
"""
