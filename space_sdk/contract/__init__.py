"""Spec-driven mock server and schemathesis contract suite for the APIs in openapi/.

`python -m space_sdk.contract.mock` serves the mocks; `python -m space_sdk.contract` runs the contract suite.
See space_sdk/contract/README.md.
"""
