"""The URLs of the network pages, built in one place: pages, graphs and panels link with them."""

from __future__ import annotations

from urllib.parse import quote, urlencode


def actor_url(actor_id: str, depth: int | None = None) -> str:
    url = f"/actors/{quote(actor_id, safe='')}"
    return f"{url}?{urlencode({'depth': depth})}" if depth else url


def who_met_url(actor_id: str) -> str:
    return "/who-met?" + urlencode({"actor": actor_id})


def meeting_url(meeting_id: str) -> str:
    return f"/meetings/{quote(meeting_id, safe='')}"


def paths_url(source: str, target: str) -> str:
    return "/paths?" + urlencode({"from": source, "to": target})


def network_url(**filters: str | float | None) -> str:
    query = {k: v for k, v in filters.items() if v not in (None, "")}
    return "/network" + (f"?{urlencode(query)}" if query else "")


def actor_links(actor_id: str, centre: str | None = None) -> dict[str, str]:
    """The views an actor node leads to; with ``centre``, also the paths from the centre."""
    links = {"Ego network": actor_url(actor_id), "Who met this actor": who_met_url(actor_id)}
    if centre and centre != actor_id:
        links["Paths from the centre"] = paths_url(centre, actor_id)
    links["Meetings network"] = network_url(actor=actor_id)
    links["Profile (API JSON)"] = f"/api/v1/actors/{quote(actor_id, safe='')}"
    return links


def meeting_links(meeting_id: str) -> dict[str, str]:
    return {
        "Meeting view": meeting_url(meeting_id),
        "Meeting (API JSON)": f"/api/v1/meetings/{quote(meeting_id, safe='')}",
    }
