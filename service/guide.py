"""``GET /guide``: the Neo4j Browser guide — every query module, ready to copy or to open.

One page the app serves offline (its CSS and script are inline, every string from the
modules is HTML-escaped): for each module of ``cypher/queries/``, its header, its
parameters as ``:param`` lines, the full text with a copy button, and a link that opens
Neo4j Browser with the text in the editor.

The link uses Browser's own URL form, read in the Browser 5 bundle
(``neo4j-browser-5.24.0.jar``, ``populateEditorFromUrlEpic``): ``/browser/?cmd=edit&arg=…``
puts the ``arg`` values, joined by new lines, in the editor. Browser decodes the whole
address before it splits the arguments at ``&`` and ``#``, so one ``arg`` per line works for
any text without those two characters; the server refuses addresses longer than about
16 KB. A module outside those limits gets no link, only the copy button.
"""

from __future__ import annotations

import base64
import hashlib
import html
from urllib.parse import quote, urlsplit

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from core import catalog
from core.settings import Settings
from service import browser_params

router = APIRouter(tags=["guide"])

MAX_URL = 15_000

STYLE = """
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d2430;background:#f6f7f9}
header{background:#1d2430;color:#fff;padding:1.2em 2em}header a{color:#9fd3ff}
main{max-width:70em;margin:0 auto;padding:1em 2em 4em}
nav ul{columns:3;padding-left:1.2em}
table{display:block;max-width:100%;overflow-x:auto}code{overflow-wrap:anywhere}
@media (max-width:700px){header{padding:1em}main{padding:.5em 1em 3em}nav ul{columns:1}
section{padding:.8em}.actions{flex-wrap:wrap}}
section{background:#fff;border:1px solid #dde1e7;border-radius:6px;margin:1.5em 0;padding:1em 1.5em}
h2{margin:.2em 0;font-size:1.25em}h2 code{font-size:1em}
.about{white-space:pre-wrap;color:#3a4556}
table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #dde1e7;padding:.2em .6em;
text-align:left;vertical-align:top}th{background:#f0f2f5}
pre{background:#0f1720;color:#e6edf3;padding:1em;border-radius:5px;overflow:auto;font-size:13px}
.actions{display:flex;gap:.8em;align-items:center}
button{font:inherit;padding:.3em .9em;border-radius:4px;border:1px solid #8a94a6;background:#fff;
cursor:pointer}button:hover{background:#eef3ff}.done{color:#17803d}
.note{color:#6b7280;font-size:.9em}
"""

SCRIPT = """
function copyModule(id, button) {
  var text = document.getElementById(id).textContent;
  function done() { button.textContent = 'Copied'; button.classList.add('done');
    setTimeout(function () { button.textContent = 'Copy'; button.classList.remove('done'); },
               1500); }
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(text).then(done, function () { fallback(text); done(); });
  } else { fallback(text); done(); }
}
function fallback(text) {
  var area = document.createElement('textarea');
  area.value = text; area.setAttribute('readonly', '');
  area.style.position = 'fixed'; area.style.opacity = '0';
  document.body.appendChild(area); area.select();
  try { document.execCommand('copy'); } finally { document.body.removeChild(area); }
}
document.addEventListener('click', function (event) {
  var button = event.target.closest('button[data-copy]');
  if (button) { copyModule(button.getAttribute('data-copy'), button); }
});
"""


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


POLICY = (
    f"default-src 'self'; script-src {_sha256(SCRIPT)}; style-src {_sha256(STYLE)}; "
    "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
"""The page's Content-Security-Policy: its one inline script and style, by their hashes."""


def browser_url(settings: Settings) -> str | None:
    """Where Neo4j Browser is: served by the Neo4j server itself, on its HTTP port.

    Known for plain ``bolt://``/``neo4j://`` servers (the local launcher, a server of your
    own); None for encrypted ones (Aura, TLS), whose Browser lives elsewhere.
    """
    parts = urlsplit(settings.neo4j_uri)
    if parts.scheme not in ("bolt", "neo4j") or not parts.hostname:
        return None
    host = parts.hostname
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{settings.neo4j_http_port}/browser/"


def prefill_url(browser: str, text: str) -> str | None:
    """A Browser address that opens the editor holding ``text``; None when none can."""
    if "&" in text or "#" in text:
        return None
    args = "&".join("arg=" + quote(line, safe="") for line in text.splitlines() if line.strip())
    url = f"{browser}?cmd=edit&{args}"
    return url if len(url) <= MAX_URL else None


def module_section(module: str, browser: str | None) -> str:
    """One module: name, header, parameters, text, copy button and Browser link."""
    name = module.split("/", 1)[-1]
    text = catalog.text(module).rstrip() + "\n"
    head = browser_params.header(module)
    title, _, about = head.partition("\n")
    anchor = f"m-{name}"
    rows = "".join(
        f"<tr><td><code>${html.escape(param)}</code></td>"
        f"<td><code>{html.escape(expression)}</code></td></tr>"
        for param, expression in browser_params.param_lines(module).items()
    )
    params = (
        f"<table><tr><th>parameter</th><th>example value (<code>:param</code>)</th></tr>"
        f"{rows}</table>"
        if rows
        else "<p class='note'>No parameters.</p>"
    )
    link = prefill_url(browser, text) if browser else None
    open_link = (
        f"<a href='{html.escape(link, quote=True)}' target='_blank' rel='noopener'>"
        "Open in Neo4j Browser</a>"
        if link
        else "<span class='note'>Copy, then paste into Neo4j Browser's editor.</span>"
    )
    code_id = f"text-{name}"
    return (
        f"<section id='{html.escape(anchor, quote=True)}'>"
        f"<h2><code>{html.escape(name)}</code></h2>"
        f"<p><strong>{html.escape(title)}</strong></p>"
        f"<div class='about'>{html.escape(about.strip())}</div>"
        f"{params}"
        f"<div class='actions'><button type='button' "
        f"data-copy='{html.escape(code_id, quote=True)}'>Copy</button>"
        f"{open_link}</div>"
        f"<pre><code id='{html.escape(code_id, quote=True)}'>{html.escape(text)}</code></pre>"
        "</section>"
    )


QUESTIONS = (
    "queries/who_met",
    "queries/same_side",
    "queries/meetings",
    "queries/meeting",
    "queries/paths",
    "queries/channels",
    "queries/timeline",
    "queries/co_attendance",
    "queries/actions",
    "queries/ego_network",
    "queries/actor_profile",
    "queries/actor_search",
    "queries/document",
)
"""The modules that answer an analyst's questions, listed first in this order; the ones the
pages and exports use behind the scenes follow, alphabetically."""


def _question_first(module: str) -> tuple[int, str]:
    return (QUESTIONS.index(module), "") if module in QUESTIONS else (len(QUESTIONS), module)


def render(settings: Settings, base_url: str = "") -> str:
    """The whole guide page."""
    browser = browser_url(settings)
    modules = sorted(catalog.modules(), key=_question_first)
    toc = "".join(
        f"<li><a href='#m-{html.escape(m.split('/', 1)[-1], quote=True)}'>"
        f"{html.escape(m.split('/', 1)[-1])}</a></li>"
        for m in modules
    )
    where = (
        f"<a href='{html.escape(browser, quote=True)}' target='_blank' rel='noopener'>"
        f"{html.escape(browser)}</a>"
        if browser
        else "the Neo4j Browser of your server (Aura: the console's Query tab)"
    )
    sections = "".join(module_section(m, browser) for m in modules)
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        "<title>actornet — Neo4j Browser guide</title><link rel='icon' href='data:,'>"
        f"<style>{STYLE}</style></head><body>"
        "<header><h1>actornet — Cypher in Neo4j Browser</h1>"
        f"<p>Neo4j Browser: {where}</p></header><main>"
        "<p>Every query module the API runs, as one text: its <code>:param</code> lines set "
        "example values, the statement follows. Paste the whole text into Browser's editor "
        "and run it (Browser runs the lines one after the other), or open it there directly. "
        "Change a value with <code>:param name =&gt; value</code>.</p>"
        "<p>Or play the guide in Neo4j Browser, one slide per module, the answers drawn as "
        f"graphs: <code>:play {html.escape(base_url)}/guide/browser</code></p>"
        f"<nav><h2>Modules</h2><ul>{toc}</ul></nav>{sections}"
        f"</main><script>{SCRIPT}</script></body></html>"
    )


@router.get(
    "/guide",
    response_class=HTMLResponse,
    summary="Neo4j Browser guide: every query module with its parameters, to copy or open",
)
async def guide(request: Request) -> HTMLResponse:
    return HTMLResponse(
        render(request.app.state.settings, str(request.base_url).rstrip("/")),
        headers={"Content-Security-Policy": POLICY},
    )
