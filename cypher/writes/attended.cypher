// Who attended a meeting, in which role, on whose behalf, on which side; with provenance lists.
UNWIND $rows AS row
MATCH (a:Actor {id: row.actor})
MATCH (m:Meeting {id: row.meeting})
MERGE (a)-[r:ATTENDED {role: row.role}]->(m)
SET r.on_behalf_of = coalesce(r.on_behalf_of, row.on_behalf_of),
    r.side = coalesce(r.side, row.side)
// The provenance lists stay in document id order (`at`: where this document goes), and the
// first document's details come first, so they are the same whatever order the documents
// are loaded in.
FOREACH (at IN CASE WHEN row.doc IN coalesce(r.doc_ids, []) THEN []
                ELSE [size([d IN coalesce(r.doc_ids, []) WHERE d < row.doc])] END |
  SET r.on_behalf_of = CASE WHEN at = 0 THEN coalesce(row.on_behalf_of, r.on_behalf_of) ELSE r.on_behalf_of END,
      r.side = CASE WHEN at = 0 THEN coalesce(row.side, r.side) ELSE r.side END
  SET r.quotes = coalesce(r.quotes, [])[..at] + coalesce(row.quote, "") + coalesce(r.quotes, [])[at..],
      r.starts = coalesce(r.starts, [])[..at] + coalesce(row.start, -1) + coalesce(r.starts, [])[at..],
      r.confidences = coalesce(r.confidences, [])[..at] + row.confidence + coalesce(r.confidences, [])[at..],
      r.extractors = coalesce(r.extractors, [])[..at] + row.extractor + coalesce(r.extractors, [])[at..],
      r.doc_ids = coalesce(r.doc_ids, [])[..at] + row.doc + coalesce(r.doc_ids, [])[at..])
SET r.confidence = reduce(best = 0.0, c IN r.confidences | CASE WHEN c > best THEN c ELSE best END)
