// channels — Through whom or what did these two sides meet? Intermediaries and channels
// between two actors or two countries; with neither, the top brokers overall.
//
// $a, $b: actor ids or null. A country stands for itself and every actor whose ISO
// `country` code is its own; an attendee counts for a side when it belongs to it or came on
// its behalf. The meetings between the sides (both given), of one side (one given) or all
// meetings (neither) are searched for what connected them: the VIA targets (transport,
// back channel, intermediary, phone, letter, ...; actors or named channels with who runs
// them) and the attendees who hosted or mediated, leaving out the two sides themselves.
// One row per broker, most meetings first: how it served (kinds), how many meetings, and
// up to 3 examples with date and precision, place, detail, the sentence and its document.
:param a => 'ali-mamlouk';
:param b => 'united-states';
:param limit => 20;
// Example: the defaults above answer "through what did Ali Mamlouk deal with the United
// States?"; set both to null for the top brokers of the whole graph.
OPTIONAL MATCH (xa:Actor {id: $a})
OPTIONAL MATCH (xb:Actor {id: $b})
CALL (xa) {
  OPTIONAL MATCH (y:Actor) WHERE xa.kind = 'country' AND y.country = xa.country
  WITH xa, collect(y) AS found
  RETURN [x IN found WHERE x <> xa] + [x IN [xa] WHERE x IS NOT NULL] AS side_a
}
CALL (xb) {
  OPTIONAL MATCH (y:Actor) WHERE xb.kind = 'country' AND y.country = xb.country
  WITH xb, collect(y) AS found
  RETURN [x IN found WHERE x <> xb] + [x IN [xb] WHERE x IS NOT NULL] AS side_b
}
WITH xa, xb, side_a, side_b, [x IN side_a | x.id] AS ids_a, [x IN side_b | x.id] AS ids_b
WHERE ($a IS NULL OR xa IS NOT NULL) AND ($b IS NULL OR xb IS NOT NULL)
// The meetings to search.
CALL (xa, xb, side_a, side_b, ids_a, ids_b) {
  UNWIND CASE WHEN xa IS NOT NULL THEN side_a ELSE [] END AS x
  MATCH (x)-[:ATTENDED]->(m:Meeting)
  WHERE xb IS NULL OR EXISTS {
    MATCH (y:Actor)-[ry:ATTENDED]->(m)
    WHERE (y IN side_b OR ry.on_behalf_of IN ids_b) AND NOT y IN side_a
  }
  RETURN m
  UNION
  UNWIND CASE WHEN xa IS NOT NULL AND xb IS NOT NULL THEN side_b ELSE [] END AS y
  MATCH (y)-[:ATTENDED]->(m:Meeting)
  WHERE EXISTS {
    MATCH (x:Actor)-[rx:ATTENDED]->(m)
    WHERE (x IN side_a OR rx.on_behalf_of IN ids_a) AND NOT x IN side_b
  }
  RETURN m
  UNION
  UNWIND CASE WHEN xa IS NULL AND xb IS NOT NULL THEN side_b ELSE [] END AS y
  MATCH (y)-[:ATTENDED]->(m:Meeting)
  RETURN m
  UNION
  MATCH (m:Meeting)-[:VIA]->() WHERE xa IS NULL AND xb IS NULL
  RETURN m
  UNION
  MATCH (:Actor)-[r:ATTENDED]->(m:Meeting)
  WHERE xa IS NULL AND xb IS NULL AND r.role IN ['host', 'mediator']
  RETURN m
}
WITH DISTINCT m, side_a + side_b AS sides
// What connected each meeting's sides.
CALL (m, sides) {
  MATCH (m)-[v:VIA]->(t)
  WHERE NOT t IN sides
  RETURN t, v.kind AS kind, v.detail AS detail, v.quotes[0] AS quote,
         v.doc_ids[0] AS document, v.confidence AS confidence
  UNION
  MATCH (t:Actor)-[r:ATTENDED]->(m)
  WHERE r.role IN ['host', 'mediator'] AND NOT t IN sides
  RETURN t, r.role AS kind, null AS detail, r.quotes[0] AS quote,
         r.doc_ids[0] AS document, r.confidence AS confidence
}
OPTIONAL MATCH (m)-[:HELD_AT]->(p:Place)
WITH t, m, kind, detail, quote, document, confidence, head(collect(p.name)) AS place
ORDER BY m.date_start DESC, m.id
WITH t, collect(DISTINCT kind) AS kinds, count(DISTINCT m) AS meetings,
     collect({meeting_id: m.id, meeting: m.title, kind: kind,
              date_start: toString(m.date_start), date_precision: m.date_precision,
              date_text: m.date_text, place: place, detail: detail, quote: quote,
              document: document, confidence: confidence}) AS uses
ORDER BY meetings DESC, size(kinds) DESC, t.name
LIMIT $limit
CALL (t) {
  OPTIONAL MATCH (t:Channel)-[:RUN_BY]->(runner:Actor)
  WITH runner ORDER BY runner.name
  RETURN [x IN collect(runner.name) WHERE x IS NOT NULL] AS run_by
}
RETURN t.id AS id, t.name AS name,
       CASE WHEN t:Channel THEN 'channel' ELSE t.kind END AS type,
       t.country AS country, run_by, kinds, meetings, uses[..3] AS examples
