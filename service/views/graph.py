"""The data contract of the network views: what a query hands to the view engine.

A :class:`ViewGraph` is what every page draws and what its "JSON behind the page" link
returns. Nodes are actors, places, meetings, channels and documents; edges are the graph's
relationships, each with the verbatim source quotes behind it.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator

from core.vocabulary import EdgeType, NodeType

__all__ = ["EdgeType", "NodeType", "Source", "ViewEdge", "ViewGraph", "ViewNode"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Source(_Model):
    """One document behind a fact, with the sentence quoted verbatim."""

    doc_id: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    quote: str | None = None
    confidence: float | None = Field(None, ge=0.0, le=1.0)


class ViewNode(_Model):
    """A node as the views show it; ``facts`` fill the side panel, ``links`` lead on."""

    id: str
    label: str
    type: NodeType
    country: str | None = None
    org_type: str | None = None
    date: str | None = Field(None, description="Meetings: ISO date, YYYY-MM or YYYY.")
    facts: dict[str, str] = Field(default_factory=dict)
    sources: list[Source] = Field(default_factory=list)
    links: dict[str, str] = Field(
        default_factory=dict, description="Link text -> relative URL (neighbour views, JSON)."
    )


class ViewEdge(_Model):
    """A relationship; ``weight`` is the number of meetings it stands for."""

    source: str
    target: str
    type: EdgeType
    kind: str | None = Field(None, description="Channel kind (VIA, MET) or role (ATTENDED).")
    label: str | None = None
    weight: int = Field(1, ge=1)
    date_start: str | None = None
    date_end: str | None = None
    confidence: float = Field(1.0, ge=0.0, le=1.0)
    facts: dict[str, str] = Field(default_factory=dict)
    sources: list[Source] = Field(default_factory=list)


class ViewGraph(_Model):
    """What one page draws; ``total_*`` count the graph before any cap was applied."""

    nodes: list[ViewNode]
    edges: list[ViewEdge]
    title: str = ""
    total_nodes: int = Field(0, ge=0)
    total_edges: int = Field(0, ge=0)
    notes: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _totals_cover_what_is_shown(self) -> ViewGraph:
        self.total_nodes = max(self.total_nodes, len(self.nodes))
        self.total_edges = max(self.total_edges, len(self.edges))
        return self
