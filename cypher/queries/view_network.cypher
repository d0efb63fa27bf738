// view_network — Meetings for the filtered network view, each whole: participants with
// roles, place, channels and sources.
//
// Every filter may be null. $actor: an actor id (it attended). $country: ISO code (an
// attendee from that country, or a meeting held there). $organization: an actor id (it
// attended, or someone who holds a position in it, is a member, leads it or is part of it
// did). $date_from, $date_to: ISO dates. $kind: meeting kind. $channel_kind: a VIA kind.
// $min_confidence: the best report's confidence at least this. Newest first, at most
// $limit meetings; `total` counts every match.
:param actor => null;
:param country => 'SY';
:param organization => null;
:param date_from => null;
:param date_to => null;
:param kind => null;
:param channel_kind => null;
:param min_confidence => 0.0;
:param limit => 300;
// Example: the defaults above give the meetings with a Syrian attendee or held in Syria.
MATCH (m:Meeting)
WHERE ($kind IS NULL OR m.kind = $kind)
  AND ($date_from IS NULL OR coalesce(m.date_end, m.date_start) >= date($date_from))
  AND ($date_to IS NULL OR m.date_start <= date($date_to))
  AND ($actor IS NULL OR EXISTS { (:Actor {id: $actor})-[:ATTENDED]->(m) })
  AND ($country IS NULL
       OR EXISTS { (x:Actor)-[:ATTENDED]->(m) WHERE x.country = $country }
       OR EXISTS { (m)-[:HELD_AT]->(:Place)-[:IN]->(c:Country) WHERE c.country = $country })
  AND ($organization IS NULL
       OR EXISTS { (:Actor {id: $organization})-[:ATTENDED]->(m) }
       OR EXISTS { (:Actor {id: $organization})<-[:HOLDS_POSITION|MEMBER_OF|LEADS|PART_OF]-(:Actor)-[:ATTENDED]->(m) })
  AND ($channel_kind IS NULL OR EXISTS { (m)-[v:VIA]->() WHERE v.kind = $channel_kind })
  AND EXISTS { (m)-[r:REPORTED_IN]->() WHERE r.confidence >= coalesce($min_confidence, 0.0) }
WITH m ORDER BY m.date_start DESC, m.id
WITH collect(m) AS found
WITH found, size(found) AS total
UNWIND found[..$limit] AS m
CALL (m) {
  OPTIONAL MATCH (a:Actor)-[r:ATTENDED]->(m)
  OPTIONAL MATCH (ob:Actor {id: r.on_behalf_of})
  WITH a, r, ob ORDER BY r.role, a.name
  RETURN [x IN collect(CASE WHEN r IS NOT NULL THEN
    {id: a.id, name: a.name, type: a.kind, country: a.country, role: r.role,
     on_behalf_of: ob.name, quote: r.quotes[0], documents: r.doc_ids,
     confidence: r.confidence} END) WHERE x IS NOT NULL] AS participants
}
CALL (m) {
  OPTIONAL MATCH (m)-[:HELD_AT]->(p:Place)
  OPTIONAL MATCH (p)-[:IN]->(pc:Country)
  RETURN p.id AS place_id, p.name AS place, p.kind AS place_kind, pc.name AS place_country
  LIMIT 1
}
CALL (m) {
  OPTIONAL MATCH (m)-[v:VIA]->(t)
  WITH v, t ORDER BY v.kind, t.name, t.id
  RETURN [x IN collect(CASE WHEN v IS NOT NULL THEN
    {kind: v.kind, through: t.name, through_id: t.id, through_type: coalesce(t.kind, 'channel'),
     detail: v.detail, quote: v.quotes[0], documents: v.doc_ids, confidence: v.confidence} END)
    WHERE x IS NOT NULL] AS channels
}
CALL (m) {
  MATCH (m)-[r:REPORTED_IN]->(d:Document)
  WITH r, d ORDER BY r.confidence DESC, d.published
  RETURN collect({document: d.id, title: d.title, outlet: d.outlet,
                  published: toString(d.published), quote: r.quote,
                  confidence: r.confidence})[..5] AS sources
}
RETURN total, m.id AS id, m.kind AS kind, m.title AS title, m.status AS status,
       m.secret AS secret, toString(m.date_start) AS date_start, toString(m.date_end) AS date_end,
       m.date_precision AS date_precision, m.date_text AS date_text,
       place_id, place, place_kind, place_country, participants, channels, sources
