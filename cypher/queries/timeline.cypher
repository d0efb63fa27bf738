// timeline — What did this actor do, and what was done to it, in date order?
//
// The actor's meetings (with role, counterparts, place, channels) and actions, both those
// it did (boycotted, prevented, ...) and those it suffered (sanctioned, detained, ...), one
// row per event, oldest first; each with its date, precision and the date as written, the
// sentence that says so and its document. Events without a date come last. Events are
// ordered and capped before the details are fetched, and counterparts are capped at 25.
// $id: the actor's id. $date_from, $date_to: ISO dates or null (an event is kept when it
// overlaps the range; undated events only when no range is given). $limit caps the rows.
:param id => 'ali-mamlouk';
:param date_from => null;
:param date_to => null;
:param limit => 100;
// Example: the defaults above give Ali Mamlouk's timeline, 2017 to 2020.
MATCH (a:Actor {id: $id})
CALL (a) {
  MATCH (a)-[r:ATTENDED]->(m:Meeting)
  RETURN 'meeting' AS event, m.kind AS kind, 'attended' AS direction, m AS meeting,
         collect(DISTINCT r.role) AS roles, null AS r, null AS other,
         m.date_start AS date_start, m.date_end AS date_end,
         m.date_precision AS date_precision, m.date_text AS date_text
  UNION ALL
  MATCH (a)-[r:BOYCOTTED|INVITED|PREVENTED|DETAINED|TRANSPORTED|SANCTIONED|ISSUED_WARRANT]->(t)
  OPTIONAL MATCH (m:Meeting {id: coalesce(r.meeting, CASE WHEN t:Meeting THEN t.id END)})
  RETURN 'action' AS event, toLower(type(r)) AS kind, 'done' AS direction, m AS meeting,
         [] AS roles, r, CASE WHEN t:Meeting THEN null ELSE t END AS other,
         coalesce(r.date_start, m.date_start) AS date_start,
         CASE WHEN r.date_start IS NULL THEN m.date_end END AS date_end,
         CASE WHEN r.date_start IS NOT NULL THEN coalesce(r.date_precision, 'unknown')
              ELSE m.date_precision END AS date_precision,
         coalesce(r.date_text, m.date_text) AS date_text
  UNION ALL
  MATCH (s:Actor)-[r:BOYCOTTED|INVITED|PREVENTED|DETAINED|TRANSPORTED|SANCTIONED|ISSUED_WARRANT]->(a)
  OPTIONAL MATCH (m:Meeting {id: r.meeting})
  RETURN 'action' AS event, toLower(type(r)) AS kind, 'suffered' AS direction, m AS meeting,
         [] AS roles, r, s AS other,
         coalesce(r.date_start, m.date_start) AS date_start,
         CASE WHEN r.date_start IS NULL THEN m.date_end END AS date_end,
         CASE WHEN r.date_start IS NOT NULL THEN coalesce(r.date_precision, 'unknown')
              ELSE m.date_precision END AS date_precision,
         coalesce(r.date_text, m.date_text) AS date_text
}
WITH a, event, kind, direction, meeting, roles, r, other, date_start, date_end,
     date_precision, date_text
WHERE ($date_from IS NULL OR coalesce(date_end, date_start) >= date($date_from))
  AND ($date_to IS NULL OR date_start <= date($date_to))
ORDER BY date_start IS NULL, date_start, event DESC, kind, meeting.id, other.name
LIMIT $limit
CALL (a, meeting, event) {
  OPTIONAL MATCH (c:Actor)-[rc:ATTENDED]->(meeting) WHERE event = 'meeting' AND c <> a
  WITH c, collect(DISTINCT rc.role) AS roles ORDER BY c.name
  WITH [x IN collect(CASE WHEN c IS NOT NULL THEN
         {id: c.id, name: c.name, type: c.kind, roles: roles} END) WHERE x IS NOT NULL] AS everyone
  RETURN everyone[..25] AS counterparts, size(everyone) AS counterpart_count
}
CALL (meeting) {
  OPTIONAL MATCH (meeting)-[v:VIA]->(t)
  WITH v, t ORDER BY v.kind, t.name, t.id
  RETURN [x IN collect(CASE WHEN v IS NOT NULL THEN
    {kind: v.kind, through: t.name, through_id: t.id, detail: v.detail} END)
    WHERE x IS NOT NULL] AS channels
}
CALL (meeting, event) {
  OPTIONAL MATCH (meeting)-[rep:REPORTED_IN]->(d:Document) WHERE event = 'meeting'
  WITH rep, d ORDER BY rep.confidence DESC, d.published
  RETURN head(collect(rep.quote)) AS report, head(collect(d.id)) AS report_document
}
CALL (meeting) {
  OPTIONAL MATCH (meeting)-[:HELD_AT]->(p:Place)
  OPTIONAL MATCH (p)-[:IN]->(pc:Country)
  RETURN p.name AS place, pc.name AS place_country LIMIT 1
}
WITH a, event, kind, direction, meeting, roles, other, date_start, date_end, date_precision,
     date_text, counterparts, counterpart_count, channels, place, place_country,
     coalesce(report, r.quotes[0]) AS quote, coalesce(report_document, r.doc_ids[0]) AS document,
     r.detail AS detail
OPTIONAL MATCH (d:Document {id: document})
RETURN a.id AS actor_id, a.name AS actor_name, event, kind, direction,
       toString(date_start) AS date_start, toString(date_end) AS date_end, date_precision,
       date_text, meeting.id AS meeting_id, meeting.title AS meeting, meeting.status AS status,
       roles, counterparts, counterpart_count,
       CASE WHEN other IS NULL THEN null
            ELSE {id: other.id, name: other.name, type: other.kind} END AS other,
       place, place_country, channels, detail, quote, document, d.outlet AS outlet
