// Who runs a named channel.
UNWIND $rows AS row
MATCH (c:Channel {id: row.channel})
MATCH (a:Actor {id: row.actor})
MERGE (c)-[r:RUN_BY]->(a)
FOREACH (_ IN CASE WHEN row.doc IN coalesce(r.doc_ids, []) THEN [] ELSE [1] END |
  SET r.doc_ids = coalesce(r.doc_ids, []) + row.doc,
      r.quotes = coalesce(r.quotes, []) + coalesce(row.quote, ""),
      r.starts = coalesce(r.starts, []) + coalesce(row.start, -1),
      r.confidences = coalesce(r.confidences, []) + row.confidence,
      r.extractors = coalesce(r.extractors, []) + row.extractor)
SET r.confidence = reduce(best = 0.0, c IN r.confidences | CASE WHEN c > best THEN c ELSE best END)
