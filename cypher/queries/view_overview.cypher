// view_overview — The overview network of the home page: the actors who attended the most
// meetings, and how many meetings each pair of them shared.
//
// One row: `total` (actors who attended any meeting), `actors` (the $max_actors with the
// most meetings: id, name, type, country, meetings) and `edges` among them (source, target,
// weight = shared meetings, first and last date, the latest shared meetings with date and
// place, and the latest meeting's best report: quote, document, title, outlet), the
// heaviest first, at most $max_edges.
// $max_actors: cap on actors. $max_edges: cap on pairs.
:param max_actors => 200;
:param max_edges => 1000;
// Example: the defaults above draw the 200 busiest actors.
MATCH (a:Actor)
WITH a, COUNT { (a)-[:ATTENDED]->(:Meeting) } AS meetings
WHERE meetings > 0
WITH a, meetings ORDER BY meetings DESC, a.name
WITH collect({a: a, meetings: meetings}) AS ranked
WITH size(ranked) AS total, ranked[..$max_actors] AS top
WITH total, top, [x IN top | x.a] AS inside
CALL (inside) {
  UNWIND inside AS a
  MATCH (a)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b:Actor)
  WHERE a.id < b.id AND b IN inside
  WITH a, b, m ORDER BY m.date_start DESC
  WITH a, b, count(DISTINCT m) AS weight, min(m.date_start) AS first,
       max(m.date_start) AS last, collect(DISTINCT m)[..5] AS latest
  CALL (latest) {
    UNWIND latest AS m
    OPTIONAL MATCH (m)-[:HELD_AT]->(p:Place)
    RETURN collect({id: m.id, title: m.title, kind: m.kind, date_start: toString(m.date_start),
                    date_precision: m.date_precision, place: p.name}) AS meetings
  }
  CALL (latest) {
    MATCH (m)-[rep:REPORTED_IN]->(d:Document) WHERE m = head(latest)
    RETURN rep.quote AS quote, d.id AS document, d.title AS title, d.outlet AS outlet,
           toString(d.published) AS published, rep.confidence AS confidence
    ORDER BY rep.confidence DESC, d.published LIMIT 1
  }
  WITH a, b, weight, first, last, meetings, quote, document, title, outlet, published, confidence
  ORDER BY weight DESC, last DESC, a.id, b.id
  RETURN collect({source: a.id, target: b.id, weight: weight, first: toString(first),
                  last: toString(last), meetings: meetings, quote: quote, document: document,
                  title: title, outlet: outlet, published: published,
                  confidence: confidence})[..$max_edges] AS edges
}
RETURN total,
       [x IN top | {id: x.a.id, name: x.a.name, type: x.a.kind, country: x.a.country,
                    unnamed: x.a.unnamed, meetings: x.meetings}] AS actors,
       edges
