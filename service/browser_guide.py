"""The Neo4j Browser guide (``:play http://HOST:PORT/guide/browser``) and its style sheet
(``:style http://HOST:PORT/guide/browser/actornet.grass``).

Browser fetches both from its own page, so they are served with CORS for Browser's origin
(:func:`browser_origins`), and the app's host must be in the server's
``browser.remote_content_hostname_whitelist`` (the local launcher writes it).

The guide is HTML with one ``<slide>`` per module, the form Browser reads in
``neo4j-browser-5.24.0.jar`` (``resolveGuide``: the ``<slide>`` elements of the fetched
page). On each slide, Browser puts a ▶ before every ``pre.runnable``: one click on the first
sets the module's parameters (its ``:param`` lines), one click on the second runs the statement
alone, so its own frame shows the answer (pasting both as one text runs a multi-statement
frame that shows no rows). The modules that answer with paths (``*_graph``) come first,
each followed by its table version; the Graph tab draws their answer.

The style sheet (GraSS) gives each label the colour, size and caption of the app's own
views (:mod:`service.views.style`), so Browser and the pages look alike.
"""

from __future__ import annotations

import html
from urllib.parse import urlsplit

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from core import catalog
from core.settings import Settings
from service import browser_params
from service.views.graph import NodeType
from service.views.style import EDGE_STYLES, NODE_STYLES

router = APIRouter(tags=["guide"])

GRAPH_MODULES: list[tuple[catalog.Module, catalog.Module]] = [
    ("queries/who_met_graph", "queries/who_met"),
    ("queries/ego_network_graph", "queries/ego_network"),
    ("queries/paths_graph", "queries/paths"),
    ("queries/meeting_graph", "queries/meeting"),
]
HIDDEN_PREFIX = "view_"
"""The view_* modules feed the app's pages; the guide leaves them out."""

CAPTIONS: dict[str, tuple[str, NodeType, int]] = {
    "Person": ("{name}", NodeType.person, 55),
    "Organization": ("{name}", NodeType.organization, 60),
    "Country": ("{name}", NodeType.country, 65),
    "Meeting": ("{kind}", NodeType.meeting, 40),
    "Place": ("{name}", NodeType.place, 45),
    "Channel": ("{name}", NodeType.channel, 45),
    "Document": ("{outlet}", NodeType.document, 35),
}


def browser_origins(settings: Settings) -> list[str]:
    """Origins of the Neo4j Browser that may fetch the guide: the setting, else the local
    server's HTTP port on the Bolt host, 127.0.0.1 and localhost."""
    if settings.browser_origins:
        return list(settings.browser_origins)
    hosts = ["127.0.0.1", "localhost"]
    host = urlsplit(settings.neo4j_uri).hostname
    if host and host not in hosts:
        hosts.insert(0, f"[{host}]" if ":" in host else host)
    return [f"http://{h}:{settings.neo4j_http_port}" for h in hosts]


def params_command(module: catalog.Module) -> str:
    """The module's ``:param name => value`` lines, run together with one click.

    Not ``:params {…}``: Browser parses that map itself and sends every number as a float,
    which ``LIMIT $limit`` refuses; ``=>`` has the server evaluate the value, as the module's
    own lines do.
    """
    lines = browser_params.param_lines(module).items()
    return "\n".join(f":param {name} => {value};" for name, value in lines)


def runnable(text: str) -> str:
    return f"<pre class='code runnable'>{html.escape(text)}</pre>"


def module_slide(module: catalog.Module, note: str = "") -> str:
    """One slide: the module's header, its parameters and its statement, each runnable."""
    name = module.split("/", 1)[1]
    head = browser_params.header(module)
    title, _, about = head.partition("\n")
    params = browser_params.param_lines(module)
    steps = []
    if params:
        steps.append("<p><strong>1.</strong> Set the parameters (click ▶):</p>")
        steps.append(runnable(params_command(module)))
        steps.append("<p><strong>2.</strong> Run it (click ▶):</p>")
    else:
        steps.append("<p>Run it (click ▶):</p>")
    steps.append(runnable(catalog.query(module)))
    return (
        f"<slide class='row-fluid' id='slide-{html.escape(name, quote=True)}'>"
        "<div class='col-sm-12'>"
        f"<h3>{html.escape(title)}</h3>"
        f"<p>{html.escape(about.strip().split(chr(10) + chr(10))[0])}</p>"
        f"{note}{''.join(steps)}"
        "<p class='small'>Change a value with <code>:param name =&gt; value</code>, then run "
        "step 2 again.</p>"
        "</div></slide>"
    )


def render(base_url: str) -> str:
    """The whole guide, for ``:play``."""
    style_url = f"{base_url}/guide/browser/actornet.grass"
    intro = (
        "<slide class='row-fluid' id='slide-intro'><div class='col-sm-12'>"
        "<h3>actornet in Neo4j Browser</h3>"
        "<p>Who met whom, where, when, and through which channel — with the source sentence "
        "behind every answer. Each slide runs one of the app's query modules: click ▶ on "
        "step 1 to set its parameters, then ▶ on step 2 to run it. The first slides draw "
        "their answer as a graph; the table version follows each.</p>"
        "<p>Colours, sizes and captions of the app's views (click ▶):</p>"
        f"{runnable(':style ' + style_url)}"
        "</div></slide>"
    )
    slides = [intro]
    shown: set[str] = set()
    for graph, table in GRAPH_MODULES:
        slides.append(module_slide(graph, "<p><em>Drawn as a graph.</em></p>"))
        slides.append(module_slide(table, "<p><em>The same question as a table.</em></p>"))
        shown.update((graph, table))
    for module in catalog.modules("queries"):
        name = module.split("/", 1)[1]
        if module not in shown and not name.startswith(HIDDEN_PREFIX):
            slides.append(module_slide(module))
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<title>actornet</title></head><body>"
        "<article class='guide'><carousel class='deck container-fluid'>"
        f"{''.join(slides)}"
        "</carousel></article></body></html>"
    )


def grass() -> str:
    """The GraSS style sheet: per label colour, border, size and caption; per type colour."""
    rules = [
        "node {\n  diameter: 45px;\n  color: #A5ABB6;\n  border-color: #9AA1AC;\n"
        "  border-width: 2px;\n  text-color-internal: #FFFFFF;\n  font-size: 10px;\n}",
        "relationship {\n  color: #8a96a3;\n  shaft-width: 2px;\n  font-size: 8px;\n"
        "  padding: 3px;\n  text-color-external: #000000;\n  text-color-internal: #FFFFFF;\n"
        '  caption: "<type>";\n}',
    ]
    for label, (caption, kind, size) in CAPTIONS.items():
        style = NODE_STYLES[kind]
        rules.append(
            f"node.{label} {{\n  color: {style.color};\n  border-color: {style.border};\n"
            f'  diameter: {size}px;\n  caption: "{caption}";\n}}'
        )
    for rel, edge in EDGE_STYLES.items():
        if rel == "MET":
            continue
        rules.append(f'relationship.{rel} {{\n  color: {edge.color};\n  caption: "<type>";\n}}')
    return "\n".join(rules) + "\n"


def base_url(request: Request) -> str:
    return str(request.base_url).rstrip("/")


@router.get(
    "/guide/browser",
    response_class=HTMLResponse,
    summary="Neo4j Browser guide: `:play` this address in Neo4j Browser",
)
async def browser_guide(request: Request) -> HTMLResponse:
    return HTMLResponse(render(base_url(request)))


@router.get(
    "/guide/browser/actornet.grass",
    response_class=Response,
    summary="Neo4j Browser style sheet: `:style` this address in Neo4j Browser",
)
async def browser_style() -> Response:
    return Response(grass(), media_type="text/plain; charset=utf-8")
