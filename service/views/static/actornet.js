/*
 * actornet network views: draws the server-laid-out graph with vis-network (physics off),
 * removes node, label and edge-label overlaps, and wires the side panel, hover tooltip, time slider with
 * its histogram, find/narrow box, colour switch, legend counts, PNG export, double-click
 * expansion and the chronology table beside the graph.
 * Every name and quote is put into the page as text (textContent), never as HTML.
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("actornet-data").textContent);
  var meta = data.meta;
  var details = data.details;
  var DAY_MS = 86400000;
  var FONT_FACE = "system-ui, sans-serif";
  var LABEL_MIN_PX = 7;
  var MAX_FIT_ZOOM = 2.5;
  var SEPARATION_PAD = 3;
  var EDGE_FONT = 10;
  var EDGE_LABEL_MIN_PX = 5;
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
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

  // ---- overlap removal: every node's box (shape and label) and every edge label's box apart ----
  var ctx2d = document.createElement("canvas").getContext("2d");
  function textWidth(label, size) {
    ctx2d.font = size + "px " + FONT_FACE;
    return ctx2d.measureText(label).width;
  }
  function boxOf(n, withLabel, pad) {
    // vis draws a label under the shape ("hanging"), centred on x; strokes add a few px.
    var s = n.size + (pad || 0);
    var box = { left: n.x - s, right: n.x + s, top: n.y - s, bottom: n.y + s };
    if (withLabel && n.label) {
      if (n._w === undefined || n._ws !== n.font.size) {
        n._w = textWidth(n.label, n.font.size) + 6;
        n._ws = n.font.size;
      }
      box.left = Math.min(box.left, n.x - n._w / 2);
      box.right = Math.max(box.right, n.x + n._w / 2);
      box.left -= pad || 0;
      box.right += pad || 0;
      box.bottom = n.y + s + n.font.size + 8 + (pad || 0);
    }
    return box;
  }
  function edgeBoxOf(e, a, b, pad) {
    // vis draws an edge's label centred on the middle of the (straight) edge, with a stroke.
    var p = pad || 0;
    if (e._w === undefined) {
      var lines = String(e.label).split("\n");
      e._w = Math.max.apply(null, lines.map(function (l) { return textWidth(l, EDGE_FONT); })) + 6;
      e._h = lines.length * EDGE_FONT * 1.2 + 4;
    }
    var x = (a.x + b.x) / 2, y = (a.y + b.y) / 2;
    return { left: x - e._w / 2 - p, right: x + e._w / 2 + p, top: y - e._h / 2 - p, bottom: y + e._h / 2 + p };
  }
  function labelledEdges(list) {
    return list.filter(function (e) { return e.label && e.from !== e.to; });
  }
  function overlapPairs(list, boxes, limit) {
    // Sweep over x: only boxes whose x-extents meet are compared.
    var order = list.map(function (_, i) { return i; });
    order.sort(function (a, b) { return boxes[a].left - boxes[b].left; });
    var active = [];
    var pairs = [];
    for (var k = 0; k < order.length; k++) {
      var i = order[k];
      var bi = boxes[i];
      var kept = [];
      for (var a = 0; a < active.length; a++) {
        var j = active[a];
        var bj = boxes[j];
        if (bj.right <= bi.left) continue;
        kept.push(j);
        if (bj.bottom > bi.top && bj.top < bi.bottom) {
          pairs.push([j, i]);
          if (limit && pairs.length >= limit) return pairs;
        }
      }
      kept.push(i);
      active = kept;
    }
    return pairs;
  }
  function freeEnd(e, avoid) {
    // The end of an edge to move for its label: not ``avoid``, the less connected one.
    var a = byId[e.from], b = byId[e.to];
    if (a === avoid) return b;
    if (b === avoid) return a;
    return incident[a.id].length <= incident[b.id].length ? a : b;
  }
  function lengthen(e, by) {
    // Move the less connected end of an edge away from the other end: its label (at the
    // middle) moves ``by`` away from both ends' boxes.
    var end = freeEnd(e, null), other = end === byId[e.from] ? byId[e.to] : byId[e.from];
    var vx = end.x - other.x, vy = end.y - other.y, len = Math.sqrt(vx * vx + vy * vy);
    if (len < 1e-6) { vx = 1; vy = 0; len = 1; }
    end.x += 2 * by * vx / len; end.y += 2 * by * vy / len;
  }
  function separate(list, edgeList, rounds) {
    // Push overlapping boxes (nodes with their labels, edge labels) apart along the axis where
    // they overlap least; a node and the label of one of its own edges by making that edge
    // longer. If rounds of pushing leave overlaps, spread the whole layout a little and go on.
    var labelled = labelledEdges(edgeList || []);
    var items = list.concat(labelled);
    if (items.length < 2) return 0;
    function boxesOf() {
      return items.map(function (it) {
        return it.from ? edgeBoxOf(it, byId[it.from], byId[it.to], SEPARATION_PAD) : boxOf(it, true, SEPARATION_PAD);
      });
    }
    for (var round = 0; round < rounds; round++) {
      var boxes = boxesOf();
      var pairs = overlapPairs(items, boxes, 0);
      if (!pairs.length) return round;
      pairs.forEach(function (p) {
        var a = items[p[0]], b = items[p[1]];
        var ba = boxes[p[0]], bb = boxes[p[1]];
        var ox = Math.min(ba.right, bb.right) - Math.max(ba.left, bb.left);
        var oy = Math.min(ba.bottom, bb.bottom) - Math.max(ba.top, bb.top);
        if (ox <= 0 || oy <= 0) return;
        var least = Math.min(ox, oy) + 2;
        if (a.from && b.from) {  // two edge labels: each moves the free end of its own edge
          var shared = byId[a.from] === byId[b.from] || byId[a.from] === byId[b.to] ? byId[a.from]
            : byId[a.to] === byId[b.from] || byId[a.to] === byId[b.to] ? byId[a.to] : null;
          var ea = freeEnd(a, shared), eb = freeEnd(b, shared);
          var sx = (ba.left + ba.right) / 2 < (bb.left + bb.right) / 2 ? 1 : -1;
          var sy = (ba.top + ba.bottom) / 2 < (bb.top + bb.bottom) / 2 ? 1 : -1;
          if (ox < oy) { ea.x -= sx * least; eb.x += sx * least; } else { ea.y -= sy * least; eb.y += sy * least; }
          return;
        }
        var edge = a.from ? a : b.from ? b : null;
        var node = edge === a ? b : a;
        if (edge && (byId[edge.from] === node || byId[edge.to] === node)) {
          lengthen(edge, least);  // a node and its own edge's label
          return;
        }
        if (edge) {  // a node and another edge's label: the node steps aside
          var nb = edge === a ? bb : ba, lb = edge === a ? ba : bb;
          if (ox < oy) node.x += ((nb.left + nb.right) < (lb.left + lb.right) ? -1 : 1) * least;
          else node.y += ((nb.top + nb.bottom) < (lb.top + lb.bottom) ? -1 : 1) * least;
          return;
        }
        if (ox < oy) {
          var dx = (ox / 2 + 1) * (a.x < b.x || (a.x === b.x && p[0] < p[1]) ? 1 : -1);
          a.x -= dx; b.x += dx;
          ba.left -= dx; ba.right -= dx; bb.left += dx; bb.right += dx;
        } else {
          var dy = (oy / 2 + 1) * (a.y < b.y || (a.y === b.y && p[0] < p[1]) ? 1 : -1);
          a.y -= dy; b.y += dy;
          ba.top -= dy; ba.bottom -= dy; bb.top += dy; bb.bottom += dy;
        }
      });
      if (round % 20 === 19) {
        var cx = 0, cy = 0;
        list.forEach(function (n) { cx += n.x; cy += n.y; });
        cx /= list.length; cy /= list.length;
        list.forEach(function (n) { n.x = cx + (n.x - cx) * 1.15; n.y = cy + (n.y - cy) * 1.15; });
      }
    }
    // An edge label still in the way after every round is left to the panel and tooltip
    // (the lighter edge's, of two).
    overlapPairs(items, boxesOf(), 0).forEach(function (p) {
      var a = items[p[0]], b = items[p[1]];
      var drop = a.from && b.from ? (a.weight <= b.weight ? a : b) : a.from ? a : b.from ? b : null;
      if (drop) drop.label = "";
    });
    return rounds;
  }
  var separateStart = performance.now();
  separate(data.nodes, data.edges, 80);
  window.actornetSeparateMs = performance.now() - separateStart;
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
      font: { face: FONT_FACE, color: "#1d2733", strokeWidth: 4, strokeColor: "#ffffff" },
      scaling: { label: { drawThreshold: LABEL_MIN_PX } }
    },
    edges: {
      smooth: false,
      selectionWidth: 2,
      hoverWidth: 0.5,
      font: { size: EDGE_FONT, align: "horizontal", color: "#34495e", strokeWidth: 3 },
      scaling: { label: { drawThreshold: EDGE_LABEL_MIN_PX } },
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
  fitView();
  network.once("afterDrawing", function () {
    window.actornetReadyAt = performance.now();
    window.actornetReady = true;
  });

  function drawnBoxes() {
    // What is on the canvas now: visible nodes, with their label where vis draws it.
    var shown = nodes.get({ filter: function (n) { return !n.hidden; } });
    var scale = network.getScale();
    var list = [];
    var boxes = [];
    shown.forEach(function (n) {
      var at = network.getPositions([n.id])[n.id];
      var drawn = { x: at.x, y: at.y, size: n.size, label: n.label, font: n.font };
      var labelShown = n.label && n.font.size * scale >= LABEL_MIN_PX - 1;
      list.push(n.id);
      boxes.push(boxOf(drawn, labelShown));
    });
    // Edge labels wherever vis would draw them once zoomed in enough to read them.
    var shownEdges = edges.get({ filter: function (e) { return !e.hidden && e.label && e.from !== e.to; } });
    var ends = network.getPositions();
    shownEdges.forEach(function (e) {
      if (!ends[e.from] || !ends[e.to]) return;
      list.push("edge:" + e.id);
      boxes.push(edgeBoxOf({ label: e.label }, ends[e.from], ends[e.to]));
    });
    return { ids: list, boxes: boxes };
  }
  function overlaps() {
    var drawn = drawnBoxes();
    return overlapPairs(drawn.ids, drawn.boxes, 0).map(function (p) {
      return [drawn.ids[p[0]], drawn.ids[p[1]]];
    });
  }
  function fitView(ids) {
    // Fit the boxes (shape and label) of the given nodes, or of all shown ones, to the canvas;
    // zoom in up to MAX_FIT_ZOOM. Computed from our own boxes, so it needs no draw first.
    var wanted = ids && ids.length ? ids : null;
    var at = network.getPositions(wanted || undefined);
    var left = Infinity, right = -Infinity, top = Infinity, bottom = -Infinity;
    Object.keys(at).forEach(function (id) {
      var n = byId[id];
      if (!n || (!wanted && hiddenNode && hiddenNode[id])) return;
      var box = boxOf({ x: at[id].x, y: at[id].y, size: n.size, label: n.label, font: n.font, _w: n._w, _ws: n._ws }, true);
      left = Math.min(left, box.left); right = Math.max(right, box.right);
      top = Math.min(top, box.top); bottom = Math.max(bottom, box.bottom);
    });
    if (left === Infinity) return;
    var width = Math.max(container.clientWidth, 1), height = Math.max(container.clientHeight, 1);
    var scale = 0.95 * Math.min(width / Math.max(right - left, 1), height / Math.max(bottom - top, 1));
    network.moveTo({
      position: { x: (left + right) / 2, y: (top + bottom) / 2 },
      scale: Math.min(scale, MAX_FIT_ZOOM),
      animation: false
    });
  }

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
    var pairs = [["date", d.facts.date ? null : d.date], ["country", d.country], ["organization type", d.org_type]];
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
    var around = [id].concat(network.getConnectedNodes(id)).filter(function (other) {
      return !hiddenNode[other];
    });
    fitView(around);
    showNode(id);
    markRows(id);
  }
  network.on("click", function (p) {
    hideTip();
    if (p.nodes.length) { showNode(p.nodes[0]); markRows(p.nodes[0]); }
    else if (p.edges.length) {
      showEdge(p.edges[0]);
      var e = edges.get(p.edges[0]);
      markRows(meta.focus === e.from ? e.to : e.from);
    }
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
    countLegend();
    var filtered = shownNodes < data.nodes.length || shownEdges < data.edges.length;
    visibleNote.textContent = filtered
      ? "Filtered: " + plural(shownNodes, "node") + " and " + plural(shownEdges, "edge") + " visible."
      : "";
  }

  // ---- time slider: whole months, with a histogram of meetings per month ---------------------
  var fromInput = $("time-from");
  var toInput = $("time-to");
  var fromLabel = $("time-from-label");
  var toLabel = $("time-to-label");
  var pending = false;
  function monthOf(day) { var d = new Date(day * DAY_MS); return d.getUTCFullYear() * 12 + d.getUTCMonth(); }
  function monthStart(month) { return Math.round(Date.UTC(Math.floor(month / 12), month % 12, 1) / DAY_MS); }
  function monthEnd(month) { return monthStart(month + 1) - 1; }
  function monthName(month) { return MONTHS[month % 12] + " " + Math.floor(month / 12); }
  var months = meta.time ? [monthOf(meta.time.min), monthOf(meta.time.max)] : null;
  function showRange() {
    fromLabel.textContent = monthName(monthOf(range[0]));
    toLabel.textContent = monthName(monthOf(range[1]));
    drawHistogram();
  }
  function setTimeRange(lo, hi) {
    if (!meta.time) return;
    lo = Math.max(meta.time.min, Math.min(lo, meta.time.max));
    hi = Math.max(meta.time.min, Math.min(hi, meta.time.max));
    if (lo > hi) { var swap = lo; lo = hi; hi = swap; }
    range = [lo, hi];
    fromInput.value = String(monthOf(lo));
    toInput.value = String(monthOf(hi));
    showRange();
    applyFilters();
  }
  function histogram() {
    // Meetings per month: meeting nodes where the page has them, else dated edges.
    var counts = {};
    var dated = data.nodes.filter(function (n) { return n.type === "meeting" && n.t0 !== null; });
    var items = dated.length ? dated : data.edges.filter(function (e) { return e.t0 !== null; });
    items.forEach(function (item) {
      var m = monthOf(item.t0);
      counts[m] = (counts[m] || 0) + (item.weight || 1);
    });
    return counts;
  }
  var counts = meta.time ? histogram() : {};
  function drawHistogram() {
    var svg = $("time-hist");
    if (!svg || !months) return;
    var span = months[1] - months[0] + 1;
    var top = 0;
    Object.keys(counts).forEach(function (k) { top = Math.max(top, counts[k]); });
    var lo = monthOf(range[0]);
    var hi = monthOf(range[1]);
    svg.setAttribute("viewBox", "0 0 " + span + " 20");
    svg.replaceChildren();
    Object.keys(counts).forEach(function (k) {
      var m = Number(k);
      var h = Math.max(2, 20 * counts[k] / top);
      var bar = document.createElementNS("http://www.w3.org/2000/svg", "rect");
      bar.setAttribute("x", String(m - months[0] + 0.1));
      bar.setAttribute("y", String(20 - h));
      bar.setAttribute("width", "0.8");
      bar.setAttribute("height", String(h));
      bar.setAttribute("class", m >= lo && m <= hi ? "in" : "out");
      var title = document.createElementNS("http://www.w3.org/2000/svg", "title");
      title.textContent = monthName(m) + ": " + plural(counts[k], "meeting");
      bar.appendChild(title);
      svg.appendChild(bar);
    });
  }
  if (meta.time) {
    var single = months[0] === months[1];
    [fromInput, toInput].forEach(function (input) {
      input.min = String(months[0]);
      input.max = String(months[1]);
      input.step = "1";
      input.disabled = single;
      input.addEventListener("input", function () {
        var lo = Number(fromInput.value);
        var hi = Number(toInput.value);
        if (lo > hi) {
          if (input === fromInput) toInput.value = String(lo); else fromInput.value = String(hi);
        }
        range = [
          Math.max(meta.time.min, monthStart(Number(fromInput.value))),
          Math.min(meta.time.max, monthEnd(Number(toInput.value)))
        ];
        showRange();
        if (!pending) {
          pending = true;
          requestAnimationFrame(function () { pending = false; applyFilters(); });
        }
      });
    });
    fromInput.value = String(months[0]);
    toInput.value = String(months[1]);
    showRange();
    if (single) $("timebar").classList.add("single");
    $("time-reset").addEventListener("click", function () { setTimeRange(meta.time.min, meta.time.max); });
  }

  // ---- find and narrow ---------------------------------------------------------------------
  var input = $("narrow-input");
  var names = $("narrow-names");
  var seen = {};
  function fullLabel(n) { return (details.nodes[n.id] || n).label; }
  data.nodes.forEach(function (n) {
    var label = fullLabel(n);
    if (seen[label]) return;
    seen[label] = true;
    var option = document.createElement("option");
    option.value = label;
    names.appendChild(option);
  });
  function fold(value) {
    // Case, accents, "al-" and the ou/u, ee/i spellings of transliterated names do not count.
    return value.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/\bal[- ]/g, "").replace(/ou/g, "u").replace(/ee/g, "i").replace(/[^a-z0-9 ]+/g, " ")
      .replace(/\s+/g, " ").trim();
  }
  function distance(a, b, most) {
    if (Math.abs(a.length - b.length) > most) return most + 1;
    var row = [];
    for (var j = 0; j <= b.length; j++) row.push(j);
    for (var i = 1; i <= a.length; i++) {
      var prev = row[0];
      row[0] = i;
      var best = row[0];
      for (var k = 1; k <= b.length; k++) {
        var keep = row[k];
        row[k] = Math.min(row[k] + 1, row[k - 1] + 1, prev + (a[i - 1] === b[k - 1] ? 0 : 1));
        prev = keep;
        best = Math.min(best, row[k]);
      }
      if (best > most) return most + 1;
    }
    return row[b.length];
  }
  function fuzzy(label, words) {
    // Every word of the query is in the label, or within a small edit distance of a word of it.
    var have = fold(label).split(" ");
    return words.every(function (w) {
      return have.some(function (h) {
        return h.indexOf(w) === 0 || (w.length >= 4 && distance(w, h, Math.floor(w.length / 4)) <= Math.floor(w.length / 4));
      });
    });
  }
  function matches(query) {
    var q = query.trim().toLowerCase();
    if (!q) return [];
    var exact = data.nodes.filter(function (n) { return fullLabel(n).toLowerCase() === q || n.id === query.trim(); });
    if (exact.length) return exact.map(function (n) { return n.id; });
    var within = data.nodes.filter(function (n) { return fullLabel(n).toLowerCase().indexOf(q) >= 0; });
    if (within.length) return within.map(function (n) { return n.id; });
    var words = fold(query).split(" ").filter(Boolean);
    if (!words.length) return [];
    return data.nodes.filter(function (n) { return fuzzy(fullLabel(n), words); })
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
    fitView(Object.keys(narrowed));
  });
  $("narrow-clear").addEventListener("click", function () {
    narrowed = null;
    input.value = "";
    applyFilters();
    fitView();
  });

  // ---- legend counts follow what is shown ---------------------------------------------------
  function countLegend() {
    var seen = {};
    data.nodes.forEach(function (n) { if (!hiddenNode[n.id]) seen[n.type] = (seen[n.type] || 0) + 1; });
    data.edges.forEach(function (e) { if (!hiddenEdge[e.id]) seen[e.key] = (seen[e.key] || 0) + 1; });
    document.querySelectorAll("#legend li[data-key] small").forEach(function (small) {
      small.textContent = String(seen[small.parentNode.dataset.key] || 0);
    });
  }

  // ---- PNG of the current view ------------------------------------------------------------------
  $("png-link").addEventListener("click", function () {
    var canvas = container.querySelector("canvas");
    var out = document.createElement("canvas");
    out.width = canvas.width;
    out.height = canvas.height;
    var c = out.getContext("2d");
    c.fillStyle = "#ffffff";
    c.fillRect(0, 0, out.width, out.height);
    c.drawImage(canvas, 0, 0);
    var a = document.createElement("a");
    a.download = (meta.title || "actornet").replace(/[^A-Za-z0-9._-]+/g, "-").slice(0, 80) + ".png";
    a.href = out.toDataURL("image/png");
    document.body.appendChild(a);
    a.click();
    a.remove();
  });

  // ---- double-click: bring an actor's own network in, around it -----------------------------
  var added = 0;
  function expand(id) {
    var d = details.nodes[id];
    var link = d && d.links && d.links["Ego network"];
    if (!link || !isLocalUrl(link) || !meta.styles) return;
    visibleNote.textContent = "Adding the network of " + d.label + "…";
    fetch(link + (link.indexOf("?") < 0 ? "?" : "&") + "format=json")
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (graph) { merge(id, graph); })
      .catch(function () { visibleNote.textContent = "Could not add the network of " + d.label + "."; });
  }
  function merge(centre, graph) {
    var at = network.getPositions([centre])[centre];
    var fresh = graph.nodes.filter(function (n) { return !byId[n.id]; });
    var radius = 120 + 18 * fresh.length;
    var newNodes = fresh.map(function (n, i) {
      var style = meta.styles.nodes[n.type] || meta.styles.nodes.organization;
      var angle = 2 * Math.PI * i / Math.max(fresh.length, 1);
      var record = {
        id: n.id, label: n.label, type: n.type,
        x: at.x + radius * Math.cos(angle), y: at.y + radius * Math.sin(angle),
        size: 8, shape: style.shape, color: { background: style.color, border: style.border },
        font: { size: byId[centre].font.size }, community: byId[centre].community, degree: 0,
        t0: null, t1: null
      };
      details.nodes[n.id] = {
        label: n.label, type: n.type, country: n.country, facts: n.facts || {},
        sources: n.sources || [], links: n.links || {}
      };
      byId[n.id] = record;
      incident[n.id] = [];
      data.nodes.push(record);
      return record;
    });
    var have = {};
    data.edges.forEach(function (e) { have[e.from + "|" + e.to + "|" + e.type] = true; });
    var newEdges = [];
    graph.edges.forEach(function (e) {
      if (have[e.source + "|" + e.target + "|" + e.type] || !byId[e.source] || !byId[e.target]) return;
      var key = (e.type === "MET" || e.type === "VIA") && meta.styles.edges["channel:" + e.kind]
        ? "channel:" + e.kind : e.type;
      var look = meta.styles.edges[key] || meta.styles.edges.MET;
      var record = {
        id: "x" + (added++), from: e.source, to: e.target, label: "", type: e.type, key: key,
        width: Math.min(1 + 2 * Math.log2(Math.max(e.weight || 1, 1)), 12),
        color: { color: look.color, opacity: 0.9 }, dashes: look.dashes.length ? look.dashes : false,
        arrows: look.arrows ? "to" : "", weight: e.weight || 1, t0: null, t1: null
      };
      details.edges[record.id] = {
        label: e.label, type: e.type, kind: e.kind, weight: e.weight || 1,
        date_start: e.date_start, date_end: e.date_end, confidence: e.confidence,
        facts: e.facts || {}, sources: e.sources || []
      };
      data.edges.push(record);
      incident[e.source].push(record);
      incident[e.target].push(record);
      byId[e.source].degree++;
      byId[e.target].degree++;
      newEdges.push(record);
    });
    var positions = network.getPositions();
    data.nodes.forEach(function (n) {
      if (positions[n.id]) { n.x = positions[n.id].x; n.y = positions[n.id].y; }
    });
    separate(data.nodes, data.edges, 80);
    nodes.add(newNodes);
    edges.add(newEdges);
    nodes.update(data.nodes.map(function (n) { return { id: n.id, x: n.x, y: n.y }; }));
    applyFilters();
    visibleNote.textContent = plural(newNodes.length, "node") + " and " +
      plural(newEdges.length, "edge") + " added around " + details.nodes[centre].label + ".";
    fitView([centre].concat(network.getConnectedNodes(centre)));
  }
  network.on("doubleClick", function (p) { if (p.nodes.length) expand(p.nodes[0]); });

  // ---- the chronology beside the graph: rows and graph linked both ways ----------------------
  var chronology = $("chronology");
  var answerBox = $("answer");
  function markRows(id) {
    if (!answerBox) return;
    var first = null;
    answerBox.querySelectorAll("[data-nodes]").forEach(function (row) {
      var hit = (" " + row.dataset.nodes + " ").indexOf(" " + id + " ") >= 0 &&
        (row.tagName !== "LI" || row.dataset.focus !== id);
      row.classList.toggle("marked", hit);
      if (hit && !first) first = row;
    });
    if (first) first.scrollIntoView({ block: "nearest" });
  }
  if (answerBox) {
    answerBox.querySelectorAll("[data-nodes]").forEach(function (row) {
      function choose(ev) {
        if (ev.target.closest("a")) return;
        var ids = row.dataset.nodes.split(" ").filter(function (x) { return byId[x]; });
        if (!ids.length) return;
        var target = row.dataset.focus && byId[row.dataset.focus] ? row.dataset.focus : ids[0];
        network.selectNodes(ids);
        var around = row.tagName === "LI" ? ids : ids.concat(network.getConnectedNodes(target));
        fitView(around.filter(function (x) { return !hiddenNode[x]; }));
        showNode(target);
        answerBox.querySelectorAll(".marked").forEach(function (r) { r.classList.remove("marked"); });
        row.classList.add("marked");
      }
      row.addEventListener("click", choose);
      row.addEventListener("keydown", function (ev) { if (ev.key === "Enter") choose(ev); });
    });
  }
  if (chronology) {
    chronology.querySelectorAll("thead th[data-sort]").forEach(function (th, col) {
      th.addEventListener("click", function () {
        var body = chronology.querySelector("tbody");
        var rows = Array.prototype.slice.call(body.rows);
        var index = Array.prototype.indexOf.call(th.parentNode.children, th);
        var down = th.getAttribute("aria-sort") !== "ascending";
        chronology.querySelectorAll("thead th").forEach(function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", down ? "ascending" : "descending");
        rows.sort(function (a, b) {
          var x = a.cells[index].dataset.v || a.cells[index].textContent;
          var y = b.cells[index].dataset.v || b.cells[index].textContent;
          return (x < y ? -1 : x > y ? 1 : 0) * (down ? 1 : -1);
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  }

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
    showNode: showNode, showEdge: showEdge, overlaps: overlaps, fitView: fitView,
    expand: expand, markRows: markRows
  };
})();
