/*
 * actornet network views: draws the server-laid-out graph with vis-network (physics off),
 * and wires the side panel, hover tooltip, time filter, find/narrow box and colour switch.
 * Every name and quote is put into the page as text (textContent), never as HTML.
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("actornet-data").textContent);
  var meta = data.meta;
  var details = data.details;
  var DAY_MS = 86400000;
  var TYPE_NAMES = {
    person: "Person", organization: "Organization", country: "Country", place: "Place",
    meeting: "Meeting", channel: "Channel", document: "Document"
  };

  function $(id) { return document.getElementById(id); }
  function text(tag, value, cls) {
    var node = document.createElement(tag);
    if (value !== null && value !== undefined) node.textContent = String(value);
    if (cls) node.className = cls;
    return node;
  }
  function isoDay(day) { return new Date(day * DAY_MS).toISOString().slice(0, 10); }
  function isLocalUrl(url) {
    return typeof url === "string" && !/^\s*[A-Za-z][A-Za-z0-9+.\-]*:/.test(url) &&
      !/^\s*[\/\\]{2}/.test(url) && url.indexOf("\\") < 0;
  }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  // ---- the network -------------------------------------------------------------------
  var byId = {};
  var incident = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; incident[n.id] = []; });
  data.edges.forEach(function (e) { incident[e.from].push(e); incident[e.to].push(e); });

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = $("graph");
  var options = {
    autoResize: true,
    physics: { enabled: false },
    layout: { improvedLayout: false },
    nodes: {
      borderWidth: 1.5,
      borderWidthSelected: 3,
      font: { face: "system-ui, sans-serif", color: "#1d2733", strokeWidth: 4, strokeColor: "#ffffff" },
      scaling: { label: { drawThreshold: 7 } }
    },
    edges: {
      smooth: false,
      selectionWidth: 2,
      hoverWidth: 0.5,
      font: { size: 10, align: "middle", color: "#34495e", strokeWidth: 3 },
      arrows: { to: { scaleFactor: 0.45 } }
    },
    interaction: {
      hover: true,
      hideEdgesOnDrag: meta.big,
      hideEdgesOnZoom: meta.big,
      keyboard: false,
      tooltipDelay: 3600000
    }
  };
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  network.once("afterDrawing", function () {
    window.actornetReadyAt = performance.now();
    window.actornetReady = true;
  });
  network.fit({ animation: false });

  // ---- tooltip (text only) ---------------------------------------------------------------
  var tip = $("tooltip");
  var pointer = { x: 0, y: 0 };
  container.addEventListener("mousemove", function (ev) {
    var box = container.getBoundingClientRect();
    pointer.x = ev.clientX - box.left;
    pointer.y = ev.clientY - box.top;
    if (!tip.hidden) placeTip();
  });
  function placeTip() {
    tip.style.left = Math.min(pointer.x + 14, container.clientWidth - 200) + "px";
    tip.style.top = (pointer.y + 14) + "px";
  }
  function showTip(value) { tip.textContent = value; tip.hidden = false; placeTip(); }
  function hideTip() { tip.hidden = true; }
  function nodeSummary(id) {
    var d = details.nodes[id];
    var parts = [TYPE_NAMES[d.type] || d.type];
    if (d.date) parts.push(d.date);
    if (d.country) parts.push(d.country);
    return d.label + "\n" + parts.join(" · ") + " · " + plural(byId[id].degree, "connection");
  }
  function edgeSummary(id) {
    var e = edges.get(id);
    var d = details.edges[id];
    var head = details.nodes[e.from].label + " → " + details.nodes[e.to].label;
    var parts = [d.type.toLowerCase().replace(/_/g, " ")];
    if (d.kind) parts.push(d.kind.replace(/_/g, " "));
    if (d.date_start) parts.push(d.date_end && d.date_end !== d.date_start ? d.date_start + " – " + d.date_end : d.date_start);
    if (d.weight > 1) parts.push(plural(d.weight, "meeting"));
    return head + "\n" + parts.join(" · ");
  }
  network.on("hoverNode", function (p) { showTip(nodeSummary(p.node)); });
  network.on("hoverEdge", function (p) { showTip(edgeSummary(p.edge)); });
  ["blurNode", "blurEdge", "dragStart", "zoom"].forEach(function (name) { network.on(name, hideTip); });

  // ---- side panel ---------------------------------------------------------------------------
  var panel = $("panel");
  function clearPanel() {
    panel.replaceChildren(text("p", "Click a node or an edge to see its facts and the source quotes.", "hint"));
  }
  function addFacts(pairs) {
    var list = document.createElement("dl");
    var shown = {};
    pairs.forEach(function (pair) {
      if (pair[1] === null || pair[1] === undefined || pair[1] === "" || shown[pair[0]]) return;
      shown[pair[0]] = true;
      list.appendChild(text("dt", pair[0]));
      list.appendChild(text("dd", pair[1]));
    });
    if (list.childNodes.length) panel.appendChild(list);
  }
  function addSources(sources) {
    panel.appendChild(text("h3", "Sources (" + sources.length + ")"));
    if (!sources.length) { panel.appendChild(text("p", "No source recorded here.", "hint")); return; }
    sources.forEach(function (s) {
      if (s.quote) panel.appendChild(text("blockquote", s.quote, "quote"));
      var cite = [s.title, s.outlet, s.published].filter(Boolean).join(" · ") || s.doc_id;
      if (s.confidence !== undefined) cite += " (confidence " + s.confidence + ")";
      panel.appendChild(text("p", "— " + cite, "cite"));
    });
  }
  function addLinks(links) {
    var keys = Object.keys(links || {});
    if (!keys.length && !meta.json_url) return;
    panel.appendChild(text("h3", "Views"));
    var list = text("ul", null, "links");
    keys.forEach(function (label) {
      var item = document.createElement("li");
      if (isLocalUrl(links[label])) {
        var a = text("a", label);
        a.setAttribute("href", links[label]);
        item.appendChild(a);
      } else {
        item.textContent = label;
      }
      list.appendChild(item);
    });
    if (meta.json_url && isLocalUrl(meta.json_url)) {
      var item = document.createElement("li");
      var a = text("a", "JSON behind this page");
      a.setAttribute("href", meta.json_url);
      item.appendChild(a);
      list.appendChild(item);
    }
    panel.appendChild(list);
  }
  function addNeighbours(id) {
    var near = network.getConnectedNodes(id);
    if (!near.length) return;
    panel.appendChild(text("h3", "Connected here (" + near.length + ")"));
    var list = text("ul", null, "links");
    near.slice(0, 40).forEach(function (other) {
      var item = document.createElement("li");
      var button = text("a", details.nodes[other].label);
      button.setAttribute("href", "#");
      button.addEventListener("click", function (ev) { ev.preventDefault(); select(other); });
      item.appendChild(button);
      list.appendChild(item);
    });
    if (near.length > 40) list.appendChild(text("li", "… and " + (near.length - 40) + " more"));
    panel.appendChild(list);
  }
  function showNode(id) {
    var d = details.nodes[id];
    if (!d) return;
    panel.replaceChildren();
    panel.dataset.shown = "node:" + id;
    panel.appendChild(text("h2", d.label));
    panel.appendChild(text("p", TYPE_NAMES[d.type] || d.type, "kind"));
    var pairs = [["date", d.date], ["country", d.country], ["organization type", d.org_type]];
    Object.keys(d.facts).forEach(function (k) { pairs.push([k, d.facts[k]]); });
    pairs.push(["connections", String(byId[id].degree)]);
    addFacts(pairs);
    addSources(d.sources);
    addNeighbours(id);
    addLinks(d.links);
  }
  function showEdge(id) {
    var d = details.edges[id];
    var e = edges.get(id);
    if (!d || !e) return;
    panel.replaceChildren();
    panel.dataset.shown = "edge:" + id;
    panel.appendChild(text("h2", details.nodes[e.from].label + " → " + details.nodes[e.to].label));
    panel.appendChild(text("p", d.type.toLowerCase().replace(/_/g, " ") + (d.label ? " · " + d.label : ""), "kind"));
    var pairs = [
      [d.type === "ATTENDED" ? "role" : "channel", d.kind ? d.kind.replace(/_/g, " ") : null],
      ["from", d.date_start], ["until", d.date_end && d.date_end !== d.date_start ? d.date_end : null],
      ["meetings", d.weight > 1 ? String(d.weight) : null], ["confidence", String(d.confidence)]
    ];
    Object.keys(d.facts).forEach(function (k) { pairs.push([k, d.facts[k]]); });
    addFacts(pairs);
    addSources(d.sources);
    addLinks({});
  }
  function select(id) {
    if (!byId[id]) return;
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 0.9), animation: false });
    showNode(id);
  }
  network.on("click", function (p) {
    hideTip();
    if (p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges.length) showEdge(p.edges[0]);
    else clearPanel();
  });

  // ---- filters: time range and narrowing, applied as DataSet updates -------------------
  var range = meta.time ? [meta.time.min, meta.time.max] : null;
  var narrowed = null;
  var hiddenNode = {};
  var hiddenEdge = {};
  var visibleNote = $("visible-note");
  function inRange(item, lo, hi) { return item.t0 === null || (item.t1 >= lo && item.t0 <= hi); }
  function timeBound(e) { return e.t0 !== null || byId[e.from].t0 !== null || byId[e.to].t0 !== null; }
  function applyFilters() {
    var lo = range ? range[0] : -Infinity;
    var hi = range ? range[1] : Infinity;
    var hideN = {};
    var edgeOn = {};
    data.nodes.forEach(function (n) { if (!inRange(n, lo, hi)) hideN[n.id] = true; });
    data.edges.forEach(function (e) {
      edgeOn[e.id] = inRange(e, lo, hi) && !hideN[e.from] && !hideN[e.to];
    });
    data.nodes.forEach(function (n) {
      if (hideN[n.id] || n.t0 !== null) return;
      var bound = false;
      var list = incident[n.id];
      for (var i = 0; i < list.length; i++) {
        if (!timeBound(list[i])) continue;
        bound = true;
        if (edgeOn[list[i].id]) return;
      }
      if (bound) hideN[n.id] = true;
    });
    if (narrowed) data.nodes.forEach(function (n) { if (!narrowed[n.id]) hideN[n.id] = true; });
    var nodeChanges = [];
    var edgeChanges = [];
    var shownNodes = 0;
    var shownEdges = 0;
    data.nodes.forEach(function (n) {
      var hide = !!hideN[n.id];
      if (!hide) shownNodes++;
      if (!!hiddenNode[n.id] !== hide) { hiddenNode[n.id] = hide; nodeChanges.push({ id: n.id, hidden: hide }); }
    });
    data.edges.forEach(function (e) {
      var hide = !edgeOn[e.id] || !!hideN[e.from] || !!hideN[e.to];
      if (!hide) shownEdges++;
      if (!!hiddenEdge[e.id] !== hide) { hiddenEdge[e.id] = hide; edgeChanges.push({ id: e.id, hidden: hide }); }
    });
    if (nodeChanges.length) nodes.update(nodeChanges);
    if (edgeChanges.length) edges.update(edgeChanges);
    window.actornetVisible = { nodes: shownNodes, edges: shownEdges };
    var filtered = shownNodes < data.nodes.length || shownEdges < data.edges.length;
    visibleNote.textContent = filtered
      ? "Filtered: " + plural(shownNodes, "node") + " and " + plural(shownEdges, "edge") + " visible."
      : "";
  }

  var fromInput = $("time-from");
  var toInput = $("time-to");
  var fromLabel = $("time-from-label");
  var toLabel = $("time-to-label");
  var pending = false;
  function showRange() {
    fromLabel.textContent = isoDay(range[0]);
    toLabel.textContent = isoDay(range[1]);
  }
  function setTimeRange(lo, hi) {
    if (!meta.time) return;
    lo = Math.max(meta.time.min, Math.min(lo, meta.time.max));
    hi = Math.max(meta.time.min, Math.min(hi, meta.time.max));
    if (lo > hi) { var swap = lo; lo = hi; hi = swap; }
    range = [lo, hi];
    fromInput.value = String(lo);
    toInput.value = String(hi);
    showRange();
    applyFilters();
  }
  if (meta.time) {
    [fromInput, toInput].forEach(function (input) {
      input.min = String(meta.time.min);
      input.max = String(meta.time.max);
      input.step = "1";
      input.addEventListener("input", function () {
        var lo = Number(fromInput.value);
        var hi = Number(toInput.value);
        if (lo > hi) {
          if (input === fromInput) toInput.value = String(lo); else fromInput.value = String(hi);
        }
        range = [Number(fromInput.value), Number(toInput.value)];
        showRange();
        if (!pending) {
          pending = true;
          requestAnimationFrame(function () { pending = false; applyFilters(); });
        }
      });
    });
    fromInput.value = String(meta.time.min);
    toInput.value = String(meta.time.max);
    showRange();
    $("time-reset").addEventListener("click", function () { setTimeRange(meta.time.min, meta.time.max); });
  }

  // ---- find and narrow ---------------------------------------------------------------------
  var input = $("narrow-input");
  var names = $("narrow-names");
  var seen = {};
  data.nodes.forEach(function (n) {
    if (seen[n.label]) return;
    seen[n.label] = true;
    var option = document.createElement("option");
    option.value = n.label;
    names.appendChild(option);
  });
  function matches(query) {
    var q = query.trim().toLowerCase();
    if (!q) return [];
    var exact = data.nodes.filter(function (n) { return n.label.toLowerCase() === q || n.id === query.trim(); });
    if (exact.length) return exact.map(function (n) { return n.id; });
    return data.nodes.filter(function (n) { return n.label.toLowerCase().indexOf(q) >= 0; })
      .map(function (n) { return n.id; });
  }
  $("narrow-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var found = matches(input.value);
    if (!found.length) { visibleNote.textContent = "Nothing here matches “" + input.value + "”."; return; }
    select(found[0]);
    if (found.length > 1) visibleNote.textContent = plural(found.length, "match") + "; Narrow shows them all.";
  });
  $("narrow-only").addEventListener("click", function () {
    var found = matches(input.value);
    if (!found.length) return;
    narrowed = {};
    found.forEach(function (id) {
      narrowed[id] = true;
      incident[id].forEach(function (e) { narrowed[e.from] = true; narrowed[e.to] = true; });
    });
    applyFilters();
    network.fit({ nodes: Object.keys(narrowed), animation: false });
  });
  $("narrow-clear").addEventListener("click", function () {
    narrowed = null;
    input.value = "";
    applyFilters();
    network.fit({ animation: false });
  });

  // ---- colour by type or community ---------------------------------------------------
  $("colour-by").addEventListener("change", function (ev) {
    var byCommunity = ev.target.value === "community";
    nodes.update(data.nodes.map(function (n) {
      var colour = byCommunity
        ? { background: meta.palette[n.community % meta.palette.length], border: "#4a5866" }
        : n.color;
      return { id: n.id, color: colour };
    }));
  });

  applyFilters();
  if (meta.focus && byId[meta.focus]) {
    network.selectNodes([meta.focus]);
    showNode(meta.focus);
  }
  window.actornet = {
    network: network, nodes: nodes, edges: edges, data: data,
    applyFilters: applyFilters, setTimeRange: setTimeRange, select: select,
    showNode: showNode, showEdge: showEdge
  };
})();
