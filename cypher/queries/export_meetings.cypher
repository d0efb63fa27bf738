// export_meetings — The meetings of an export, each whole: participants with roles, place,
// channels and every source with its sentence.
//
// $actors: a list of actor ids (an actor's network: meetings where two of them sat, and
// only they are listed) or null (every actor). The filters of the /network view may be
// null: $country (ISO code of an attendee or of the place), $organization (an actor id that
// attended, or whose people did), $date_from, $date_to (ISO dates), $kind, $channel_kind,
// $min_confidence. Oldest first, at most $limit meetings; `total` counts every match.
:param actors => null;
:param country => null;
:param organization => null;
:param date_from => null;
:param date_to => null;
:param kind => null;
:param channel_kind => null;
:param min_confidence => 0.0;
:param limit => 1000;
// Example: the defaults above export every meeting of the graph.
MATCH (m:Meeting)
WHERE ($kind IS NULL OR m.kind = $kind)
  AND ($date_from IS NULL OR coalesce(m.date_end, m.date_start) >= date($date_from))
  AND ($date_to IS NULL OR m.date_start <= date($date_to))
  AND ($actors IS NULL
       OR COUNT { (x:Actor)-[:ATTENDED]->(m) WHERE x.id IN $actors } >= 2)
  AND ($country IS NULL
       OR EXISTS { (x:Actor)-[:ATTENDED]->(m) WHERE x.country = $country }
       OR EXISTS { (m)-[:HELD_AT]->(:Place)-[:IN]->(c:Country) WHERE c.country = $country })
  AND ($organization IS NULL
       OR EXISTS { (:Actor {id: $organization})-[:ATTENDED]->(m) }
       OR EXISTS { (:Actor {id: $organization})<-[:HOLDS_POSITION|MEMBER_OF|LEADS|PART_OF]-(:Actor)-[:ATTENDED]->(m) })
  AND ($channel_kind IS NULL OR EXISTS { (m)-[v:VIA]->() WHERE v.kind = $channel_kind })
  AND EXISTS { (m)-[r:REPORTED_IN]->() WHERE r.confidence >= coalesce($min_confidence, 0.0) }
WITH m ORDER BY m.date_start, m.id
WITH collect(m) AS found
WITH found, size(found) AS total
UNWIND found[..$limit] AS m
CALL (m) {
  MATCH (a:Actor)-[r:ATTENDED]->(m)
  WHERE $actors IS NULL OR a.id IN $actors
  OPTIONAL MATCH (ob:Actor {id: r.on_behalf_of})
  WITH a, r, ob ORDER BY a.id, r.role
  RETURN collect({id: a.id, role: r.role, on_behalf_of: ob.id,
                  confidence: r.confidence}) AS participants
}
CALL (m) {
  OPTIONAL MATCH (m)-[:HELD_AT]->(p:Place)
  OPTIONAL MATCH (p)-[:IN]->(pc:Country)
  WITH p, pc ORDER BY p.id, pc.id
  RETURN p.name AS place, pc.name AS place_country, pc.country AS place_country_code
  LIMIT 1
}
CALL (m) {
  OPTIONAL MATCH (m)-[v:VIA]->(t)
  WITH v, t ORDER BY v.kind, t.id, v.detail
  RETURN [x IN collect(CASE WHEN v IS NOT NULL THEN
    {kind: v.kind, through: t.name, through_id: t.id, detail: v.detail} END)
    WHERE x IS NOT NULL] AS channels
}
CALL (m) {
  MATCH (m)-[r:REPORTED_IN]->(d:Document)
  WITH r, d ORDER BY r.confidence DESC, d.published, d.id
  RETURN collect({document: d.id, title: d.title, outlet: d.outlet, url: d.url,
                  published: toString(d.published), quote: r.quote,
                  confidence: r.confidence}) AS sources
}
RETURN total, m.id AS id, m.kind AS kind, m.title AS title, m.status AS status,
       coalesce(m.secret, false) AS secret, toString(m.date_start) AS date_start,
       toString(coalesce(m.date_end, m.date_start)) AS date_end,
       m.date_precision AS date_precision, m.date_text AS date_text,
       place, place_country, place_country_code, participants, channels, sources
