"""Shared fixtures: a small self-contained spec pair, so check tests do not move with openapi/*.yaml."""

from __future__ import annotations

import copy
from typing import Any

import pytest

ENVELOPE_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Envelope API", "version": "1"},
    "servers": [{"url": "https://api.example.test"}],
    "security": [{"bearerAuth": []}],
    "x-envelope": {
        "code": "code",
        "message": "message",
        "data": "data",
        "request_id": "request_id",
        "success_code": 0,
    },
    "x-errors": {
        "body": {"code": "code", "message": "message", "request_id": "request_id"},
        "table": [
            {"code": 10011, "http_status": 401, "kind": "authentication", "message": "bad token"},
            {"code": 10012, "http_status": 401, "kind": "authentication", "message": "token expired"},
            {"code": 30002, "http_status": 200, "kind": "invalid_request", "message": "parameters error."},
            {"code": 30004, "http_status": 200, "kind": "data_not_ready", "message": "not ready"},
        ],
    },
    "x-data-freshness": {"lag_days": 1, "ready_at_utc": "21:00"},
    "paths": {
        "/v2/things": {
            "get": {
                "operationId": "things",
                "tags": ["t"],
                "summary": "Things",
                "x-date-range": {
                    "start": "start_date",
                    "end": "end_date",
                    "unit": "day",
                    "max_days": 31,
                    "row_field": "stat_date",
                },
                "parameters": [
                    {"name": "start_date", "in": "query", "schema": {"type": "string", "format": "date"}},
                    {"name": "end_date", "in": "query", "schema": {"type": "string", "format": "date"}},
                    {
                        "name": "miner_id",
                        "in": "query",
                        "schema": {"type": "string", "pattern": "^f0[0-9]+$"},
                    },
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "oneOf": [
                                        {"$ref": "#/components/schemas/ThingsEnvelope"},
                                        {"$ref": "#/components/schemas/ErrorEnvelope"},
                                    ]
                                }
                            }
                        },
                    },
                    "401": {
                        "description": "no",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/ErrorEnvelope"}}
                        },
                    },
                },
            }
        }
    },
    "components": {
        "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}},
        "schemas": {
            "ErrorEnvelope": {
                "type": "object",
                "required": ["request_id", "code", "message"],
                "properties": {
                    "request_id": {"type": "string"},
                    "code": {"type": "integer", "enum": [10011, 10012, 30002, 30004]},
                    "message": {"type": "string"},
                },
            },
            "ThingsEnvelope": {
                "type": "object",
                "required": ["request_id", "code", "message", "data"],
                "properties": {
                    "request_id": {"type": "string"},
                    "code": {"type": "integer", "const": 0},
                    "message": {"type": "string"},
                    "data": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}},
                },
            },
            "Thing": {
                "type": "object",
                "required": ["stat_date"],
                "properties": {
                    "stat_date": {"type": "string", "format": "date-time"},
                    "miner_id": {"type": "string"},
                    "total_bytes": {"type": "integer"},
                },
            },
        },
    },
}

PLAIN_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Plain API", "version": "1"},
    "servers": [{"url": "https://plain.example.test/api/v1"}],
    "security": [{"basicAuth": []}],
    "x-errors": {
        "body": {"message": "message"},
        "request_id_header": "X-Request-Id",
        "table": [
            {"http_status": 400, "kind": "invalid_request", "message": "bad"},
            {"http_status": 401, "kind": "authentication", "message": "no key"},
            {"http_status": 404, "kind": "not_found", "message": "missing"},
        ],
    },
    "paths": {
        "/items": {
            "get": {
                "operationId": "list_items",
                "tags": ["i"],
                "summary": "Items",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"type": "object"}}},
                    }
                },
            }
        }
    },
    "components": {"securitySchemes": {"basicAuth": {"type": "http", "scheme": "basic"}}},
}


@pytest.fixture
def envelope_spec() -> dict[str, Any]:
    return copy.deepcopy(ENVELOPE_SPEC)


@pytest.fixture
def plain_spec() -> dict[str, Any]:
    return copy.deepcopy(PLAIN_SPEC)
