// view_overview — The overview network of the home page: the actors who attended the most
// meetings, and how many meetings each pair of them shared.
//
// One row: `total` (actors who attended any meeting), `actors` (the $max_actors with the
// most meetings: id, name, type, country, meetings) and `edges` among them (source, target,
// weight = shared meetings, first and last date, the latest shared meetings with date and
// place, and the latest meeting's best report: quote, document, title, outlet), the
// heaviest first, at most $max_edges.
// Pairs come from the contact projection (MET), so the busiest actors cost what their
// contacts cost, not their meetings. $max_actors: cap on actors. $max_edges: cap on pairs.
:param max_actors => 200;
:param max_edges => 1000;
// Example: the defaults above draw the 200 busiest actors.
MATCH (a:Actor)
WITH a, COUNT { (a)-[:ATTENDED]->() } AS meetings
WHERE meetings > 0
WITH a, meetings ORDER BY meetings DESC, a.name
WITH collect({a: a, meetings: meetings}) AS ranked
WITH size(ranked) AS total, ranked[..$max_actors] AS top
WITH total, top, [x IN top | x.a] AS inside
CALL (inside) {
  UNWIND inside AS a
  MATCH (a)-[k:MET]->(b:Actor)
  WHERE b IN inside
  WITH a, b, k ORDER BY k.meetings DESC, k.last DESC, a.id, b.id
  // (collect and slice, not LIMIT: a Top of that size runs out of transaction memory)
  WITH collect({a: a, b: b, k: k})[..$max_edges] AS kept
  UNWIND kept AS e
  WITH e.a AS a, e.b AS b, e.k AS k
  CALL (k) {
    UNWIND k.latest[..5] AS mid
    MATCH (m:Meeting {id: mid})
    OPTIONAL MATCH (m)-[:HELD_AT]->(p:Place)
    RETURN collect({id: m.id, title: m.title, kind: m.kind, date_start: toString(m.date_start),
                    date_precision: m.date_precision, place: p.name}) AS meetings
  }
  CALL (k) {
    MATCH (m:Meeting {id: k.latest[0]})-[rep:REPORTED_IN]->(d:Document)
    RETURN rep.quote AS quote, d.id AS document, d.title AS title, d.outlet AS outlet,
           toString(d.published) AS published, rep.confidence AS confidence
    ORDER BY rep.confidence DESC, d.published LIMIT 1
  }
  WITH a, b, k, meetings, quote, document, title, outlet, published, confidence
  ORDER BY k.meetings DESC, k.last DESC, a.id, b.id
  RETURN collect({source: a.id, target: b.id, weight: k.meetings, first: toString(k.first),
                  last: toString(k.last), meetings: meetings, quote: quote, document: document,
                  title: title, outlet: outlet, published: published,
                  confidence: confidence}) AS edges
}
RETURN total,
       [x IN top | {id: x.a.id, name: x.a.name, type: x.a.kind, country: x.a.country,
                    unnamed: x.a.unnamed, meetings: x.meetings}] AS actors,
       edges
