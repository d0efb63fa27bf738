"""The GEXF and GraphML exports opened by Gephi itself: the Gephi toolkit 0.10.1 (Maven
Central), headless, through a small runner built by Maven (``tests/gephi/``) that imports a
file as Gephi's "Open" does and prints the node and edge counts, the time interval and the
import report's issues.

Gephi keeps one edge per pair of nodes and edge type (parallel edges of one type are
merged, weights summed); GEXF carries the relationship type as Gephi's edge type, GraphML
has none, so the expected edge counts are those distinct pairs.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import httpx
import networkx as nx
import pytest

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("seeded")]

RUNNER = Path(__file__).resolve().parents[1] / "gephi"
JAR = RUNNER / "target" / "gephi-check-1.0.jar"


@pytest.fixture(scope="module")
def gephi() -> list[str]:
    """The command that runs the Gephi import check (built by Maven the first time)."""
    if shutil.which("java") is None:
        pytest.skip("Java is absent: the Gephi toolkit needs Java 17 (make system-deps)")
    sources = [RUNNER / "pom.xml", *RUNNER.glob("src/**/*.java")]
    if not JAR.exists() or JAR.stat().st_mtime < max(p.stat().st_mtime for p in sources):
        mvn = shutil.which("mvn")
        assert mvn, "Maven is needed to build the Gephi runner (make system-deps installs it)"
        subprocess.run(
            [
                mvn,
                "-q",
                "-B",
                "-f",
                str(RUNNER / "pom.xml"),
                "package",
                "dependency:copy-dependencies",
                "-DoutputDirectory=target/lib",
            ],
            check=True,
            timeout=900,
        )
    classpath = f"{JAR}:{RUNNER / 'target' / 'lib'}/*"
    return ["java", "-Djava.awt.headless=true", "-cp", classpath, "org.actornet.gephi.ImportCheck"]


def gephi_import(command: list[str], content: bytes, path: Path) -> dict[str, Any]:
    path.write_bytes(content)
    done = subprocess.run(
        [*command, str(path)], capture_output=True, text=True, timeout=300, check=True
    )
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


def pairs(graph: Any, with_type: bool) -> int:
    return len(
        {
            (*sorted((u, v)), d["relationship"] if with_type else "")
            for u, v, d in graph.edges(data=True)
        }
    )


@pytest.mark.parametrize(
    "params", [{"actor": "ali-mamlouk", "depth": 2}, {}], ids=["mamlouk-network", "whole-graph"]
)
def test_gephi_imports_the_gexf_with_its_types_and_timeline(
    http: httpx.Client, gephi: list[str], tmp_path: Path, params: dict[str, Any]
) -> None:
    response = http.get("/api/v1/export", params={**params, "format": "gexf"})
    assert response.status_code == 200
    graph = nx.read_gexf(io.BytesIO(response.content), version="1.3")
    report = gephi_import(gephi, response.content, tmp_path / "export.gexf")
    severe = [i for i in report["issues"] if i["level"] in ("SEVERE", "CRITICAL")]
    assert severe == []
    assert report["nodes"] == graph.number_of_nodes()
    assert report["edges"] == pairs(graph, with_type=True)
    assert set(report["edge_types"]) == {d["relationship"] for _, _, d in graph.edges(data=True)}
    dates = [d["date_start"] for _, _, d in graph.edges(data=True) if "date_start" in d]
    ends = [d["date_end"] for _, _, d in graph.edges(data=True) if "date_end" in d]
    assert report["dynamic"] is True and report["time_format"] == "DATE"
    assert report["interval"] == [min(dates), max(ends)]
    print(
        f"Gephi GEXF {params}: {report['nodes']} nodes, {report['edges']} edges, "
        f"{report['interval']}"
    )


@pytest.mark.parametrize(
    "params", [{"actor": "ali-mamlouk", "depth": 2}, {}], ids=["mamlouk-network", "whole-graph"]
)
def test_gephi_imports_the_graphml(
    http: httpx.Client, gephi: list[str], tmp_path: Path, params: dict[str, Any]
) -> None:
    response = http.get("/api/v1/export", params=params)
    assert response.status_code == 200
    graph = nx.read_graphml(io.BytesIO(response.content), force_multigraph=True)
    report = gephi_import(gephi, response.content, tmp_path / "export.graphml")
    severe = [i for i in report["issues"] if i["level"] in ("SEVERE", "CRITICAL")]
    assert severe == []
    assert report["nodes"] == graph.number_of_nodes()
    assert report["edges"] == pairs(graph, with_type=False)
    print(f"Gephi GraphML {params}: {report['nodes']} nodes, {report['edges']} edges")
