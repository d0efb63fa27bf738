"""FastAPI dependencies: settings, the read repository, and the API key check for writes."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Header, Request

from core.errors import Unauthorized
from core.settings import Settings
from service.db import Repository


# ``async def``: FastAPI runs a plain ``def`` dependency in a worker thread, a hop per request
# for reading an attribute.
async def get_app_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def get_repository(request: Request) -> Repository:
    repo: Repository = request.app.state.repository
    return repo


def require_api_key(
    settings: Annotated[Settings, Depends(get_app_settings)],
    x_api_key: Annotated[str | None, Header(description="API key for write endpoints")] = None,
) -> None:
    """Writes need ``X-API-Key`` equal to ``ACTORNET_API_KEY``; with no key set, writes are off."""
    expected = settings.api_key.get_secret_value() if settings.api_key else None
    if not expected:
        raise Unauthorized("writes are disabled: set ACTORNET_API_KEY on the server")
    if x_api_key is None or not hmac.compare_digest(x_api_key.encode(), expected.encode()):
        raise Unauthorized("missing or wrong X-API-Key header")


SettingsDep = Annotated[Settings, Depends(get_app_settings)]
RepoDep = Annotated[Repository, Depends(get_repository)]
WriteAccess = Depends(require_api_key)
