// Through what a meeting went: an actor or a named channel (__LABEL__ = Actor or Channel).
UNWIND $rows AS row
MATCH (m:Meeting {id: row.meeting})
MATCH (t:__LABEL__ {id: row.target})
MERGE (m)-[r:VIA {kind: row.kind}]->(t)
SET r.detail = coalesce(r.detail, row.detail),
    r.sides = coalesce(r.sides, row.sides)
// The provenance lists stay in document id order (`at`: where this document goes), and the
// first document's details come first, so they are the same whatever order the documents
// are loaded in.
FOREACH (at IN CASE WHEN row.doc IN coalesce(r.doc_ids, []) THEN []
                ELSE [size([d IN coalesce(r.doc_ids, []) WHERE d < row.doc])] END |
  SET r.detail = CASE WHEN at = 0 THEN coalesce(row.detail, r.detail) ELSE r.detail END,
      r.sides = CASE WHEN at = 0 THEN coalesce(row.sides, r.sides) ELSE r.sides END
  SET r.quotes = coalesce(r.quotes, [])[..at] + coalesce(row.quote, "") + coalesce(r.quotes, [])[at..],
      r.starts = coalesce(r.starts, [])[..at] + coalesce(row.start, -1) + coalesce(r.starts, [])[at..],
      r.confidences = coalesce(r.confidences, [])[..at] + row.confidence + coalesce(r.confidences, [])[at..],
      r.extractors = coalesce(r.extractors, [])[..at] + row.extractor + coalesce(r.extractors, [])[at..],
      r.doc_ids = coalesce(r.doc_ids, [])[..at] + row.doc + coalesce(r.doc_ids, [])[at..])
SET r.confidence = reduce(best = 0.0, c IN r.confidences | CASE WHEN c > best THEN c ELSE best END)
