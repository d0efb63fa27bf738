// document — Every fact one document supports, with its quotes.
:param id => 'baladi-2020-01-14-fidan-mamlouk-moscow';
MATCH (d:Document {id: $id})
CALL (d) {
  OPTIONAL MATCH (d)-[x:MENTIONS]->(a:Actor)
  WITH a, x ORDER BY a.name
  RETURN [y IN collect(CASE WHEN x IS NOT NULL THEN
    {id: a.id, name: a.name, type: a.kind, names: x.names, quote: x.quote} END)
    WHERE y IS NOT NULL] AS actors
}
CALL (d) {
  OPTIONAL MATCH (m:Meeting)-[r:REPORTED_IN]->(d)
  OPTIONAL MATCH (p:Actor)-[:ATTENDED]->(m)
  WITH m, r, p ORDER BY p.name
  WITH m, r, collect(DISTINCT p.name) AS participants ORDER BY m.date_start, m.id
  RETURN [y IN collect(CASE WHEN r IS NOT NULL THEN
    {id: m.id, kind: m.kind, title: m.title, date_start: toString(m.date_start),
     date_text: r.date_text, status: r.status, participants: participants,
     quote: r.quote, start: r.start, end: r.end, confidence: r.confidence} END)
     WHERE y IS NOT NULL] AS meetings
}
CALL (d) {
  OPTIONAL MATCH (d)-[:MENTIONS]->(:Actor)-[r]->(t)
  WHERE d.id IN coalesce(r.doc_ids, []) AND NOT t:Meeting OR (t:Meeting AND d.id IN coalesce(r.doc_ids, []) AND type(r) <> 'ATTENDED')
  WITH DISTINCT r, startNode(r) AS s, t
  WITH r, s, t, [i IN range(0, size(coalesce(r.doc_ids, [])) - 1) WHERE r.doc_ids[i] = d.id][0] AS at
  ORDER BY type(r), s.name, coalesce(t.name, t.title, t.id)
  RETURN [y IN collect(CASE WHEN r IS NOT NULL THEN
    {relation: toLower(type(r)), source: s.name, source_id: s.id,
     target: coalesce(t.name, t.title, t.id), target_id: t.id, title: r.title,
     detail: r.detail, quote: r.quotes[at], confidence: r.confidences[at]} END)
     WHERE y IS NOT NULL] AS relations
}
RETURN d.id AS id, d.title AS title, d.outlet AS outlet, d.url AS url,
       toString(d.published) AS published, d.sha256 AS sha256, actors, meetings, relations
