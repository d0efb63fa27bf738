"""Benchmark of the network views: server build time and time to a drawn page in Chromium.

For synthetic graphs of 500, 2,000 and 10,000 nodes, in one run:

* server: ``render_network`` (layout + HTML) against pyvis's defaults (``Network()``, an
  ``add_node``/``add_edge`` loop, ``generate_html()``), median of ``--repeats`` builds;
* browser: headless Chromium (``/usr/bin/chromium``) until the page has drawn, i.e. the
  first ``afterDrawing`` (``window.actornetReadyAt``, ms since navigation start). The
  baseline page is pyvis's default page with its CDN vis-network URLs pointed at the app's
  own copy (other CDN requests are aborted); it counts as drawn after stabilisation, at the
  first ``afterDrawing`` that follows ``stabilizationIterationsDone``, waiting at most
  ``--baseline-timeout`` seconds (graphs above ``--baseline-max`` nodes skip the baseline);
* overlaps: pairs of drawn node and label boxes and edge-label boxes that overlap once the
  page has fitted the graph (``window.actornet.overlaps()``), and the time the page spent
  removing them.

Run: ``.venv/bin/python bench/bench_views.py --write`` (adds its section to bench/RESULTS.md).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import os
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from fastapi.staticfiles import StaticFiles
from playwright.sync_api import Browser, sync_playwright
from pyvis.network import Network

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.results import write_section
from service.views.graph import ViewGraph
from service.views.layout import lay_out
from service.views.render import VIS_DIR, render_network
from tests.support.browser import CHROMIUM, CHROMIUM_ARGS
from tests.support.demo import synthetic_graph
from tests.support.server import preview_app, serve_in_thread

SECTION = "## Network views (issue 7)"
BASELINE_HOOK = """<script>
network.once("stabilizationIterationsDone", function () {
  network.once("afterDrawing", function () { window.baselineReadyAt = performance.now(); });
});
</script>
</body>"""


def baseline_html(graph: ViewGraph) -> str:
    """pyvis with its defaults: one ``add_node``/``add_edge`` call per item."""
    net = Network()
    for n in graph.nodes:
        net.add_node(n.id, label=n.label, title=n.label)
    for e in graph.edges:
        net.add_edge(e.source, e.target, title=e.type)
    html: str = net.generate_html()
    return html


def offline_baseline(html: str) -> str:
    """The baseline page with vis-network from the app, plus a hook marking it drawn."""
    html = re.sub(
        r'https://cdnjs\.cloudflare\.com/ajax/libs/vis-network/9\.1\.2/dist/(dist/)?vis-network\.min\.(js|css)"[^>]*>',
        lambda m: f'/static/vis/vis-network.min.{m.group(2)}">',
        html,
    )
    return html.replace("</body>", BASELINE_HOOK, 1)


def median_time(build: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        build()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def time_to_drawn(browser: Browser, url: str, flag: str, timeout_s: float) -> float | None:
    """ms from navigation start to ``window[flag]``, or None past the timeout."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.route(
        "**/*",
        lambda r: r.continue_() if "127.0.0.1" in r.request.url.split("/")[2] else r.abort(),
    )
    try:
        page.goto(url)
        page.wait_for_function(f"window.{flag} !== undefined", timeout=timeout_s * 1000)
        value: float = page.evaluate(f"window.{flag}")
        return value
    except Exception as exc:  # the baseline may not stabilise in time
        if "Timeout" not in type(exc).__name__:
            raise
        return None
    finally:
        context.close()


def overlaps_after_draw(browser: Browser, url: str) -> tuple[int, float]:
    """Overlapping drawn boxes once the page is ready, and ms spent removing overlaps."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.goto(url)
    page.wait_for_function("window.actornetReady === true", timeout=120_000)
    count: int = page.evaluate("window.actornet.overlaps().length")
    took: float = page.evaluate("window.actornetSeparateMs || 0")
    context.close()
    return count, took


def filter_ms(browser: Browser, url: str) -> float:
    """ms the time filter takes to hide half the period (DataSet updates, no reload)."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.goto(url)
    page.wait_for_function("window.actornetReady === true")
    took: float = page.evaluate(
        """() => { const t = window.actornet.data.meta.time; const s = performance.now();
        window.actornet.setTimeRange(t.min, Math.round((t.min + t.max) / 2));
        return performance.now() - s; }"""
    )
    context.close()
    return took


def run(
    sizes: list[int], repeats: int, baseline_timeout: float, baseline_max: int
) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    graphs = {n: synthetic_graph(n) for n in sizes}
    pages: dict[str, Callable[[], str]] = {}
    built: dict[str, str] = {}
    for n, graph in graphs.items():
        html = render_network(graph, page_title=f"{n} nodes", json_url="/graph.json")
        built[f"/engine/{n}"] = html
        if n <= baseline_max:
            built[f"/baseline/{n}"] = offline_baseline(baseline_html(graph))
    for path, html in built.items():
        pages[path] = lambda html=html: html
    app = preview_app(pages)
    bindings = Path(VIS_DIR).parent.parent / "templates" / "lib" / "bindings"
    app.mount("/baseline/lib/bindings", StaticFiles(directory=bindings), name="bindings")
    with serve_in_thread(app) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        for n, graph in graphs.items():
            engine_s = median_time(
                lambda graph=graph: render_network(graph, page_title="x", json_url="/g.json"),
                repeats,
            )
            layout_s = median_time(lambda graph=graph: lay_out(graph), repeats)
            with_baseline = n <= baseline_max
            base_s = (
                median_time(lambda graph=graph: baseline_html(graph), repeats)
                if with_baseline
                else None
            )
            drawn = [
                time_to_drawn(browser, f"{base}/engine/{n}", "actornetReadyAt", 120)
                for _ in range(repeats)
            ]
            engine_ms = statistics.median(d for d in drawn if d is not None)
            base_ms = (
                time_to_drawn(browser, f"{base}/baseline/{n}", "baselineReadyAt", baseline_timeout)
                if with_baseline
                else None
            )
            overlaps, separate_ms = overlaps_after_draw(browser, f"{base}/engine/{n}")
            html = built[f"/engine/{n}"]
            rows.append(
                {
                    "nodes": len(graph.nodes),
                    "edges": len(graph.edges),
                    "engine_build_s": engine_s,
                    "layout_s": layout_s,
                    "baseline_build_s": base_s,
                    "engine_drawn_ms": engine_ms,
                    "baseline_drawn_ms": base_ms,
                    "filter_ms": filter_ms(browser, f"{base}/engine/{n}"),
                    "overlaps": overlaps,
                    "separate_ms": separate_ms,
                    "with_baseline": with_baseline,
                    "html_kb": len(html.encode()) / 1024,
                    "gzip_kb": len(gzip.compress(html.encode())) / 1024,
                }
            )
            print(rows[-1], flush=True)
        browser.close()
    return rows


def report(rows: list[dict[str, object]], command: str, baseline_timeout: float) -> str:
    lines = [
        SECTION,
        "",
        "Synthetic graphs (`tests/support/demo.py`: regional contact networks with hubs).",
        "Server: median build time; browser: headless Chromium on this machine, ms from",
        "navigation start until the network has drawn (engine: first draw with server",
        "positions, physics off; baseline: pyvis defaults, drawn after stabilisation).",
        "Usable = build + drawn. Ratios: build is engine / pyvis (the engine also lays the",
        "graph out); drawn is pyvis / engine. Time filter: JS time of hiding half the period.",
        "Overlaps: pairs of node/label and edge-label boxes overlapping after the page's own",
        "overlap removal (its time in brackets, part of engine drawn).",
        f"Machine: 2 cores shared with other work (load average {os.getloadavg()[0]:.1f} at the "
        f"end of the run), so times vary by about a third between runs; run on {dt.date.today()}.",
        "Page sizes are for the HTML with its embedded data; the preview app serves it gzipped.",
        "",
        f"Command: `{command}`",
        "",
        "| nodes | edges | engine build (layout) | pyvis build | build ratio | engine drawn "
        "| pyvis drawn | drawn ratio | engine usable | pyvis usable | time filter | overlaps "
        "(removal) | page (gzip) |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        engine_b = float(r["engine_build_s"])  # type: ignore[arg-type]
        engine_d = float(r["engine_drawn_ms"])  # type: ignore[arg-type]
        base_d = r["baseline_drawn_ms"]
        usable = engine_b + engine_d / 1000
        overlap_txt = f"{r['overlaps']} ({float(r['separate_ms']):.0f} ms)"  # type: ignore[arg-type]
        if not r["with_baseline"]:
            lines.append(
                f"| {r['nodes']} | {r['edges']} | {engine_b:.2f} s "
                f"({float(r['layout_s']):.2f} s) | not run | | {engine_d / 1000:.2f} s "  # type: ignore[arg-type]
                f"| not run | | {usable:.2f} s | | {float(r['filter_ms']):.0f} ms "  # type: ignore[arg-type]
                f"| {overlap_txt} "
                f"| {float(r['html_kb']):.0f} KB ({float(r['gzip_kb']):.0f} KB) |"  # type: ignore[arg-type]
            )
            continue
        base_b = float(r["baseline_build_s"])  # type: ignore[arg-type]
        if base_d is None:
            base_txt = f"> {baseline_timeout:.0f} s (not stable)"
            ratio_d = f"> {baseline_timeout * 1000 / engine_d:.0f}× faster"
            base_usable = f"> {base_b + baseline_timeout:.0f} s"
        else:
            base_txt = f"{float(base_d) / 1000:.1f} s"  # type: ignore[arg-type]
            ratio_d = f"{float(base_d) / engine_d:.0f}× faster"  # type: ignore[arg-type]
            base_usable = f"{base_b + float(base_d) / 1000:.1f} s"  # type: ignore[arg-type]
        lines.append(
            f"| {r['nodes']} | {r['edges']} | {engine_b:.2f} s ({float(r['layout_s']):.2f} s) "  # type: ignore[arg-type]
            f"| {base_b:.2f} s | {engine_b / base_b:.2f}× | {engine_d / 1000:.2f} s | {base_txt} "
            f"| {ratio_d} | {usable:.2f} s | {base_usable} "
            f"| {float(r['filter_ms']):.0f} ms "  # type: ignore[arg-type]
            f"| {overlap_txt} "
            f"| {float(r['html_kb']):.0f} KB ({float(r['gzip_kb']):.0f} KB) |"  # type: ignore[arg-type]
        )
    lines.append("")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 2000, 10000])
    parser.add_argument("--baseline-max", type=int, default=2000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--baseline-timeout", type=float, default=120.0)
    parser.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    args = parser.parse_args()
    rows = run(args.sizes, args.repeats, args.baseline_timeout, args.baseline_max)
    command = "python bench/bench_views.py " + " ".join(
        ["--sizes", *map(str, args.sizes), "--repeats", str(args.repeats)]
        + ["--baseline-timeout", f"{args.baseline_timeout:g}"]
        + ["--baseline-max", str(args.baseline_max)]
        + (["--write"] if args.write else [])
    )
    text = report(rows, ".venv/bin/" + command, args.baseline_timeout)
    print(text)
    if args.write:
        write_section(SECTION, text)


if __name__ == "__main__":
    main()
