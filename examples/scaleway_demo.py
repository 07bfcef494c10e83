"""Scaleway against the stateful mock (what `make demo` ends with): log in with email and password, create a
server, power it on and wait for its task, list volumes across pages, and delete everything it created --
also when a step fails half-way.

The mock serves the compute and the account paths on one port, so ``base_url`` points both at it; against
the real API, leave ``base_url`` out and pass ``region="par1"`` or ``"ams1"``.
"""

from __future__ import annotations

import os
from pathlib import Path

from scaleway_client.models.server_action import ServerAction
from scaleway_client.models.server_action_action import ServerActionAction
from scaleway_client.models.server_create import ServerCreate
from scaleway_client.models.server_create_volumes import ServerCreateVolumes

from space_sdk import APIError, ConflictError, JobState, Scaleway
from space_sdk.contract.mock.app import create_app
from space_sdk.contract.mock.state import DEFAULT_CREDENTIALS
from space_sdk.contract.runner import ServedMock

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "scaleway.yaml"


def _progress(state: JobState) -> None:
    print(f"  task {state.status} ({state.progress}%)")


def power(scw: Scaleway, server_id: str, action: ServerActionAction, tasks: list[str]) -> None:
    """Run a server action and wait for its task (the recipe for "create a server and wait until it runs")."""
    job = scw.servers.action(server_id=server_id, body=ServerAction(action=action))
    tasks.append(job.id)
    print(f"servers.action({action.value}) -> task {job}")
    job.wait(max_wait=120, on_progress=_progress)


def session(scw: Scaleway, created: dict[str, list[str]]) -> None:
    organization = next(iter(scw.organizations.list())).id
    image = next(iter(scw.images.list())).id
    volumes = ServerCreateVolumes.from_dict(
        {
            "1": {
                "name": "demo-data",
                "organization": organization,
                "size": 20_000_000_000,
                "volume_type": "l_ssd",
            }
        }
    )
    server = scw.servers.create(
        body=ServerCreate(name="demo", organization=organization, image=image, volumes=volumes)
    )
    created["servers"].append(server.id)
    created["volumes"].extend(v.id for v in server.volumes.additional_properties.values())
    print(
        f"servers.create: {server.id} state={server.state}, volumes {sorted(server.volumes.additional_keys)}"
    )

    power(scw, server.id, ServerActionAction.POWERON, created["tasks"])
    print(f"servers.get: state={scw.servers.get(server_id=server.id).state}")

    first = scw.volumes.list(per_page=2)
    pages = list(first.iter_pages())
    print(
        f"volumes.list(per_page=2): {first.total} volumes over {len(pages)} pages: "
        + ", ".join(
            f"{v.name}{' (on ' + v.server.name + ')' if v.server else ''}" for p in pages for v in p.data
        )
    )
    try:
        scw.volumes.delete(volume_id=created["volumes"][0])
    except ConflictError as exc:
        print(f"volumes.delete of an attached volume: {type(exc).__name__}: {exc}")


def clean_up(scw: Scaleway, created: dict[str, list[str]]) -> None:
    """Delete what the session created, whatever state it was left in; report, never stop half-way."""
    for server_id in created["servers"]:
        try:
            if scw.servers.get(server_id=server_id).state != "stopped":
                power(scw, server_id, ServerActionAction.POWEROFF, created["tasks"])
            scw.servers.delete(server_id=server_id)
            print(f"deleted server {server_id}")
        except APIError as exc:
            print(f"could not delete server {server_id}: {exc}")
    for kind, ids in (("volume", created["volumes"]), ("task", created["tasks"])):
        for ident in ids:
            try:
                if kind == "volume":
                    scw.volumes.delete(volume_id=ident)
                else:
                    scw.tasks.delete(task_id=ident)
                print(f"deleted {kind} {ident}")
            except APIError as exc:
                print(f"could not delete {kind} {ident}: {exc}")


def main() -> None:
    email, _, password = os.environ.get("MOCK_CREDENTIALS", DEFAULT_CREDENTIALS).partition(":")
    with ServedMock(create_app(SPEC)) as root, Scaleway(email=email, password=password, base_url=root) as scw:
        print(f"{scw!r} (logs in with POST /tokens on first use, deletes its token on close)")
        created: dict[str, list[str]] = {"servers": [], "volumes": [], "tasks": []}
        try:
            session(scw, created)
        finally:
            clean_up(scw, created)


if __name__ == "__main__":
    main()
