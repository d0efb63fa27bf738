// meetings — Meetings filtered by actor, country, place, dates, kind and channel kind.
//
// Every filter may be null. $country: ISO code (an attendee from that country, or the
// country itself). Newest first, paged with $skip/$limit; total counts every match.
:param actor => null;
:param country => 'SY';
:param place => null;
:param date_from => null;
:param date_to => null;
:param kind => null;
:param channel_kind => null;
:param min_confidence => 0.0;
:param skip => 0;
:param limit => 50;
MATCH (m:Meeting)
WHERE ($kind IS NULL OR m.kind = $kind)
  AND ($date_from IS NULL OR coalesce(m.date_end, m.date_start) >= date($date_from))
  AND ($date_to IS NULL OR m.date_start <= date($date_to))
  AND ($actor IS NULL OR EXISTS { (:Actor {id: $actor})-[:ATTENDED]->(m) })
  AND ($country IS NULL OR EXISTS { (x:Actor)-[:ATTENDED]->(m) WHERE x.country = $country })
  AND ($place IS NULL OR EXISTS { (m)-[:HELD_AT]->(p:Place) WHERE p.id = $place OR toLower(p.name) = toLower($place) })
  AND ($channel_kind IS NULL OR EXISTS { (m)-[v:VIA]->() WHERE v.kind = $channel_kind })
  AND EXISTS { (m)-[r:REPORTED_IN]->() WHERE r.confidence >= coalesce($min_confidence, 0.0) }
WITH m ORDER BY m.date_start DESC, m.id
WITH collect(m) AS found
WITH found, size(found) AS total
UNWIND found[$skip..$skip + $limit] AS m
CALL (m) {
  OPTIONAL MATCH (a:Actor)-[r:ATTENDED]->(m)
  WITH a, r ORDER BY a.name
  RETURN [x IN collect(CASE WHEN r IS NOT NULL THEN {id: a.id, name: a.name, type: a.kind, role: r.role} END)
          WHERE x IS NOT NULL] AS participants
}
CALL (m) {
  OPTIONAL MATCH (m)-[:HELD_AT]->(p:Place)
  RETURN p.name AS place, p.id AS place_id LIMIT 1
}
CALL (m) {
  OPTIONAL MATCH (m)-[v:VIA]->(t)
  WITH v, t ORDER BY v.kind, t.name, t.id
  RETURN [x IN collect(CASE WHEN v IS NOT NULL THEN {kind: v.kind, through: t.name} END)
          WHERE x IS NOT NULL] AS channels
}
CALL (m) {
  MATCH (m)-[r:REPORTED_IN]->(d:Document)
  RETURN count(d) AS source_count, max(r.confidence) AS confidence,
         head(collect(r.quote)) AS quote
}
RETURN total, m.id AS id, m.kind AS kind, m.title AS title, m.status AS status,
       m.secret AS secret, toString(m.date_start) AS date_start, toString(m.date_end) AS date_end,
       m.date_precision AS date_precision, m.date_text AS date_text,
       place, place_id, participants, channels, source_count, confidence, quote
