// meeting — One meeting whole: participants with roles and sides, place, channels (with the
// sides they joined), actions, sources.
:param id => 'damascus-meeting-us-delegation-mamlouk-2018-06';
MATCH (m:Meeting {id: $id})
CALL (m) {
  OPTIONAL MATCH (a:Actor)-[r:ATTENDED]->(m)
  OPTIONAL MATCH (ob:Actor {id: r.on_behalf_of})
  WITH a, r, ob ORDER BY r.role, a.name
  RETURN [x IN collect(CASE WHEN r IS NOT NULL THEN
    {id: a.id, name: a.name, type: a.kind, country: a.country, unnamed: a.unnamed,
     role: r.role, side: r.side, on_behalf_of: ob.name, on_behalf_of_id: ob.id, quote: r.quotes[0],
     documents: r.doc_ids, confidence: r.confidence} END) WHERE x IS NOT NULL] AS participants
}
CALL (m) {
  OPTIONAL MATCH (m)-[h:HELD_AT]->(p:Place)
  OPTIONAL MATCH (p)-[:IN]->(pc:Country)
  RETURN p.id AS place_id, p.name AS place, p.kind AS place_kind, pc.name AS place_country
  LIMIT 1
}
CALL (m) {
  OPTIONAL MATCH (m)-[v:VIA]->(t)
  OPTIONAL MATCH (t)-[:RUN_BY]->(runner:Actor)
  WITH v, t, collect(runner.name) AS run_by
  ORDER BY v.kind, t.name, t.id
  RETURN [x IN collect(CASE WHEN v IS NOT NULL THEN
    {kind: v.kind, through: t.name, through_id: t.id, through_type: coalesce(t.kind, 'channel'),
     run_by: run_by, detail: v.detail, sides: coalesce(v.sides, []), quote: v.quotes[0],
     confidence: v.confidence} END)
     WHERE x IS NOT NULL] AS channels
}
CALL (m) {
  OPTIONAL MATCH (s:Actor)-[r]->(t) WHERE r.meeting = m.id OR (t = m AND r.key = '')
  RETURN [x IN collect(CASE WHEN r IS NOT NULL THEN
    {action: toLower(type(r)), actor: s.name, actor_id: s.id,
     target: CASE WHEN t = m THEN null ELSE t.name END,
     target_id: CASE WHEN t = m THEN null ELSE t.id END, detail: r.detail,
     quote: r.quotes[0], confidence: r.confidence} END) WHERE x IS NOT NULL] AS actions
}
CALL (m) {
  MATCH (m)-[r:REPORTED_IN]->(d:Document)
  WITH r, d ORDER BY d.published
  RETURN collect({document: d.id, title: d.title, outlet: d.outlet, url: d.url,
                  published: toString(d.published), quote: r.quote, status: r.status,
                  date_text: r.date_text, confidence: r.confidence}) AS sources
}
RETURN m.id AS id, m.kind AS kind, m.title AS title, m.status AS status, m.secret AS secret,
       toString(m.date_start) AS date_start, toString(m.date_end) AS date_end,
       m.date_precision AS date_precision, m.date_text AS date_text,
       place_id, place, place_kind, place_country, participants, channels, actions, sources
