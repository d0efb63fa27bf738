// Through what a meeting went: an actor or a named channel (__LABEL__ = Actor or Channel).
UNWIND $rows AS row
MATCH (m:Meeting {id: row.meeting})
MATCH (t:__LABEL__ {id: row.target})
MERGE (m)-[r:VIA {kind: row.kind}]->(t)
SET r.detail = coalesce(r.detail, row.detail),
    r.sides = coalesce(r.sides, row.sides)
FOREACH (_ IN CASE WHEN row.doc IN coalesce(r.doc_ids, []) THEN [] ELSE [1] END |
  SET r.doc_ids = coalesce(r.doc_ids, []) + row.doc,
      r.quotes = coalesce(r.quotes, []) + coalesce(row.quote, ""),
      r.starts = coalesce(r.starts, []) + coalesce(row.start, -1),
      r.confidences = coalesce(r.confidences, []) + row.confidence,
      r.extractors = coalesce(r.extractors, []) + row.extractor)
SET r.confidence = reduce(best = 0.0, c IN r.confidences | CASE WHEN c > best THEN c ELSE best END)
