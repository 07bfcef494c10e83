"""Small specs for the change-report tests: one valid tiny API, changed one fact at a time by each test."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
SPACESCOPE = ROOT / "openapi" / "spacescope.yaml"
SPACESCOPE_V1 = ROOT / "openapi" / "spacescope-v1.yaml"


def tiny() -> dict[str, Any]:
    """A valid OpenAPI 3.1 spec the project's generator turns into an SDK (two operations, one row model)."""
    return copy.deepcopy(
        {
            "openapi": "3.1.0",
            "info": {"title": "Tiny", "version": "1.0.0"},
            "servers": [{"url": "https://tiny.example"}],
            "security": [{"bearerAuth": []}],
            "x-errors": {
                "body": {"code": "code", "message": "message"},
                "table": [
                    {"code": 30001, "http_status": 200, "kind": "permission", "retryable": False},
                    {"code": 30002, "http_status": 200, "kind": "invalid_request", "retryable": False},
                ],
            },
            "paths": {
                "/v1/rows": {
                    "get": {
                        "operationId": "list_rows",
                        "tags": ["rows"],
                        "summary": "Rows",
                        "x-sdk-method": "rows.list",
                        "parameters": [
                            {
                                "name": "start_date",
                                "in": "query",
                                "required": False,
                                "schema": {"type": "string", "format": "date"},
                            },
                            {
                                "name": "limit",
                                "in": "query",
                                "required": False,
                                "schema": {"type": "integer", "minimum": 1, "maximum": 100},
                            },
                            {
                                "name": "state",
                                "in": "query",
                                "required": False,
                                "schema": {"type": "string", "enum": ["active", "closed"]},
                            },
                        ],
                        "responses": {
                            "200": {
                                "description": "ok",
                                "content": {
                                    "application/json": {
                                        "schema": {
                                            "type": "array",
                                            "items": {"$ref": "#/components/schemas/Row"},
                                        }
                                    }
                                },
                            }
                        },
                    }
                },
                "/v1/rows/{row_id}": {
                    "get": {
                        "operationId": "get_row",
                        "tags": ["rows"],
                        "summary": "One row",
                        "x-sdk-method": "rows.get",
                        "parameters": [
                            {"name": "row_id", "in": "path", "required": True, "schema": {"type": "integer"}}
                        ],
                        "responses": {
                            "200": {
                                "description": "ok",
                                "content": {
                                    "application/json": {"schema": {"$ref": "#/components/schemas/Row"}}
                                },
                            }
                        },
                    }
                },
            },
            "components": {
                "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}},
                "schemas": {
                    "Row": {
                        "type": "object",
                        "required": ["id", "size", "status"],
                        "properties": {
                            "id": {"type": "integer"},
                            "size": {"type": "integer", "minimum": 0},
                            "status": {"type": "string", "enum": ["ok", "late"]},
                            "new_baseline_power": {"type": "integer"},
                            "note": {"type": ["string", "null"]},
                            "owner": {"$ref": "#/components/schemas/Owner"},
                        },
                    },
                    "Owner": {"type": "object", "properties": {"name": {"type": "string"}}},
                },
            },
        }
    )


def op(spec: dict[str, Any], path: str = "/v1/rows") -> dict[str, Any]:
    result: dict[str, Any] = spec["paths"][path]["get"]
    return result


def param(spec: dict[str, Any], name: str, path: str = "/v1/rows") -> dict[str, Any]:
    for p in op(spec, path)["parameters"]:
        if p["name"] == name:
            found: dict[str, Any] = p
            return found
    raise KeyError(name)


def row(spec: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = spec["components"]["schemas"]["Row"]
    return result


def spacescope() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPACESCOPE.read_text(encoding="utf-8"))
    return loaded


def write(path: Path, spec: dict[str, Any]) -> Path:
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return path
