// Who attended a meeting, in which role, on whose behalf, on which side; with provenance lists.
UNWIND $rows AS row
MATCH (a:Actor {id: row.actor})
MATCH (m:Meeting {id: row.meeting})
MERGE (a)-[r:ATTENDED {role: row.role}]->(m)
SET r.on_behalf_of = coalesce(r.on_behalf_of, row.on_behalf_of),
    r.side = coalesce(r.side, row.side)
FOREACH (_ IN CASE WHEN row.doc IN coalesce(r.doc_ids, []) THEN [] ELSE [1] END |
  SET r.doc_ids = coalesce(r.doc_ids, []) + row.doc,
      r.quotes = coalesce(r.quotes, []) + coalesce(row.quote, ""),
      r.starts = coalesce(r.starts, []) + coalesce(row.start, -1),
      r.confidences = coalesce(r.confidences, []) + row.confidence,
      r.extractors = coalesce(r.extractors, []) + row.extractor)
SET r.confidence = reduce(best = 0.0, c IN r.confidences | CASE WHEN c > best THEN c ELSE best END)
