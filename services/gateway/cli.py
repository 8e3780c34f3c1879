"""``python -m gateway create-admin``: the first platform administrator.

The password is read from standard input (first line) when it is not a terminal, or
prompted for twice without echo; never from the command line, where it would end up in
shell history and in the process list.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any, TextIO

from pymongo import MongoClient

from gateway.auth.roles import OrganisationType, Role
from gateway.bootstrap import build_gateway, ensure_indexes, mongo_stores
from gateway.config import GatewaySettings
from gateway.errors import GatewayError
from gateway.ports import Stores
from pathways_runtime.mongo import create_mongo_client

__all__ = ["create_admin", "main", "read_password"]

DEFAULT_PLATFORM_NAME = "Pathways platform"


class PasswordMismatchError(ValueError):
    pass


def read_password(*, stdin: TextIO) -> str:
    if not stdin.isatty():
        return stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password for the new administrator: ")
    second = getpass.getpass("Once more: ")
    if first != second:
        raise PasswordMismatchError("the two passwords differ")
    return first


def create_admin(
    *,
    settings: GatewaySettings,
    stores: Stores,
    username: str,
    password: str,
    platform_name: str = DEFAULT_PLATFORM_NAME,
    country: str = "TH",
) -> str:
    """Create (or reuse) the platform organisation and an admin in it; returns the user id."""
    gateway = build_gateway(settings, stores=stores)
    directory = gateway.directory
    if directory.find_user(username) is not None:
        raise GatewayError("a user with this username exists")
    platform = next(
        (
            organisation
            for organisation in _all_organisations(stores)
            if organisation.type is OrganisationType.PLATFORM
        ),
        None,
    )
    if platform is None:
        platform = directory.create_organisation(
            name=platform_name, type=OrganisationType.PLATFORM, country=country
        )
    user = directory.create_user(
        organisation_id=platform.id,
        username=username,
        role=Role.PLATFORM_ADMIN,
        password=password,
    )
    return user.id


def _all_organisations(stores: Stores) -> list[Any]:
    found: list[Any] = []
    after: str | None = None
    while True:
        page = stores.organisations.list(after=after, limit=200)
        found.extend(page)
        if len(page) < 200:
            return found
        after = page[-1].id


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m gateway create-admin")
    parser.add_argument("--username", required=True, help="login name of the new admin")
    parser.add_argument("--platform-name", default=DEFAULT_PLATFORM_NAME)
    parser.add_argument("--country", default="TH", help="ISO 3166-1 alpha-2 of the operator")
    args = parser.parse_args(argv)
    settings = GatewaySettings()
    try:
        password = read_password(stdin=sys.stdin)
    except PasswordMismatchError as error:
        print(f"create-admin: {error}", file=sys.stderr)
        return 2
    client: MongoClient[Any] = create_mongo_client(
        uri=settings.mongodb_uri.get_secret_value(),
        app_name="gateway-cli",
        timeout_ms=settings.mongodb_timeout_ms,
    )
    try:
        db = client[settings.mongodb_database]
        ensure_indexes(db)
        user_id = create_admin(
            settings=settings,
            stores=mongo_stores(db),
            username=args.username,
            password=password,
            platform_name=args.platform_name,
            country=args.country,
        )
    except GatewayError as error:
        print(f"create-admin: {error.message}", file=sys.stderr)
        return 1
    finally:
        client.close()
    print(user_id)
    return 0
