"""Request bodies as typed keyword arguments: built from the spec's body schema, checked before sending."""

from __future__ import annotations

import importlib
import inspect
import json
from typing import Any

import httpx
import pytest
from scaleway_client.models.server_create import ServerCreate
from scaleway_client.models.server_create_volumes import ServerCreateVolumes
from scaleway_client.models.volume_create import VolumeCreate
from scaleway_client.models.volume_create_volume_type import VolumeCreateVolumeType
from sdk_helpers import TOKEN

from space_sdk import APIError, ConflictError, ParameterError, Scaleway, Spaces

ORG = "000a115d-2852-4b0a-9ce8-47f1134ba95a"
# what was sent is what these tests look at: every request is answered by a documented 409
CONFLICT = {"type": "conflict", "message": "busy"}


def _scaleway(sent: list[httpx.Request]) -> Scaleway:
    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(409, json=CONFLICT)

    return Scaleway(TOKEN, transport=httpx.MockTransport(handler))


def _send(call: Any, *args: Any, **kwargs: Any) -> None:
    with pytest.raises(ConflictError):
        call(*args, **kwargs)


def test_fields_as_keyword_arguments_send_the_same_body_as_the_model() -> None:
    sent: list[httpx.Request] = []
    with _scaleway(sent) as scw:
        _send(scw.servers.create, name="web", organization=ORG, image="img", tags=["a"], boot_type="local")
        _send(scw.servers.create, body=ServerCreate(name="web", organization=ORG, image="img", tags=["a"]))
    first, second = (json.loads(r.content) for r in sent)
    assert first == {"name": "web", "organization": ORG, "image": "img", "tags": ["a"], "boot_type": "local"}
    assert second == {"name": "web", "organization": ORG, "image": "img", "tags": ["a"]}


@pytest.mark.parametrize(
    ("kwargs", "parameter", "allowed"),
    [
        ({"organization": ORG, "image": "img"}, "name", "is required"),
        ({"name": 5, "organization": ORG, "image": "img"}, "name", "must be of type string"),
        (
            {"name": "w", "organization": ORG, "image": "img", "boot_type": "usb"},
            "boot_type",
            "must be one of",
        ),
        ({"name": "w", "organization": ORG, "image": "img", "tags": [1]}, "tags.0", "must be of type string"),
        (
            {"name": "w", "organization": ORG, "image": "img", "volumes": {"1": {"name": "d"}}},
            "volumes.1",
            "must match one of 2 shapes: volumes.1.organization: is required; volumes.1.size: is required",
        ),
    ],
)
def test_a_bad_field_is_refused_before_anything_is_sent(
    kwargs: dict[str, Any], parameter: str, allowed: str
) -> None:
    sent: list[httpx.Request] = []
    with _scaleway(sent) as scw, pytest.raises(ParameterError) as info:
        scw.servers.create(**kwargs)
    assert info.value.parameter == parameter
    assert info.value.allowed.startswith(allowed)
    assert sent == []


def test_a_bad_enum_string_names_the_allowed_values() -> None:
    with _scaleway([]) as scw, pytest.raises(ParameterError) as info:
        scw.servers.create(name="w", organization=ORG, image="img", boot_type="usb")  # type: ignore[arg-type]
    assert str(info.value) == "boot_type: must be one of 'local', 'bootscript', got 'usb'"


def test_enum_fields_take_strings_inside_the_generated_models_too() -> None:
    sent: list[httpx.Request] = []
    volume = VolumeCreate(name="d", organization=ORG, volume_type="l_ssd", size=10)  # type: ignore[arg-type]
    with _scaleway(sent) as scw:
        _send(scw.volumes.create, body=volume)
        volumes = ServerCreateVolumes.from_dict({})
        volumes["1"] = volume
        _send(scw.servers.create, name="w", organization=ORG, image="img", volumes=volumes)
        with pytest.raises(ParameterError) as info:
            scw.volumes.create(body=VolumeCreate(name="d", organization=ORG, volume_type="x", size=10))  # type: ignore[arg-type]
    assert json.loads(sent[0].content)["volume_type"] == "l_ssd"
    assert json.loads(sent[1].content)["volumes"]["1"]["volume_type"] == "l_ssd"
    assert str(info.value) == "body.volume_type: must be one of 'l_ssd', got 'x'"
    assert volume.volume_type == "l_ssd"  # the caller's model is not changed
    assert len(sent) == 2


def test_body_accepts_a_dict_and_refuses_anything_else() -> None:
    sent: list[httpx.Request] = []
    with _scaleway(sent) as scw:
        _send(scw.servers.create, body={"name": "w", "organization": ORG, "image": "img"})
        with pytest.raises(ParameterError, match="body: must be a ServerCreate or a dict"):
            scw.servers.create(body=42)  # type: ignore[call-overload]
        with pytest.raises(ParameterError, match=r"pass body= or its fields \(name\), not both"):
            scw.servers.create(body=ServerCreate(name="w", organization=ORG, image="i"), name="x")  # type: ignore[call-overload]
        with pytest.raises(ParameterError, match=r"body\.image: is required"):
            scw.servers.create(body={"name": "w", "organization": ORG})  # type: ignore[arg-type]
    assert len(sent) == 1
    assert VolumeCreateVolumeType.L_SSD == "l_ssd"


def test_a_form_body_takes_its_fields_too() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(409, json={"message": "busy"})

    with Spaces(TOKEN, transport=httpx.MockTransport(handler)) as spaces:
        with pytest.raises(ParameterError, match="event: must be one of"):
            spaces.resource_subscriptions.create(event="nope", target_url="https://e.x/h")  # type: ignore[arg-type]
        assert sent == []
        with pytest.raises(APIError):
            spaces.resource_subscriptions.create(event="customer.created", target_url="https://e.x/h")
    assert b"event=customer.created" in sent[0].content


@pytest.mark.parametrize("package", ["scaleway_client", "spaces_client", "spaceknow_client"])
def test_every_model_body_takes_its_fields(package: str) -> None:
    """Counted from the spec: each operation with a model body has ``body=`` and one keyword argument per
    top-level field of the body's schema, on the sync and async clients and their raw twins."""
    from space_sdk import AsyncScaleway, AsyncSpaceKnow, AsyncSpaces, SpaceKnow

    profiles = {
        "scaleway_client": (Scaleway, AsyncScaleway),
        "spaces_client": (Spaces, AsyncSpaces),
        "spaceknow_client": (SpaceKnow, AsyncSpaceKnow),
    }[package]
    operations = importlib.import_module(f"{package}._sdk").OPERATIONS
    bodies = [op for op in operations.values() if "body" in op]
    assert bodies
    for profile in profiles:
        transport: Any = httpx.MockTransport(lambda r: httpx.Response(500))
        client = profile(TOKEN, transport=transport)
        for op in bodies:
            wire = set(op["body"]["schema"].get("properties") or {})
            assert set(op["body"]["fields"].values()) == wire, op["operation_id"]
            for root in (client, client.with_raw_response):
                method: Any = root
                for part in op["sdk_method"].split("."):
                    method = getattr(method, part)
                params = inspect.signature(method).parameters
                assert {"body", *op["body"]["fields"]} <= set(params), op["operation_id"]
