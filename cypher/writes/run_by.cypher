// Who runs a named channel.
UNWIND $rows AS row
MATCH (c:Channel {id: row.channel})
MATCH (a:Actor {id: row.actor})
MERGE (c)-[r:RUN_BY]->(a)
// The provenance lists stay in document id order (`at`: where this document goes), so they
// are the same whatever order the documents are loaded in.
FOREACH (at IN CASE WHEN row.doc IN coalesce(r.doc_ids, []) THEN []
                ELSE [size([d IN coalesce(r.doc_ids, []) WHERE d < row.doc])] END |
  SET r.quotes = coalesce(r.quotes, [])[..at] + coalesce(row.quote, "") + coalesce(r.quotes, [])[at..],
      r.starts = coalesce(r.starts, [])[..at] + coalesce(row.start, -1) + coalesce(r.starts, [])[at..],
      r.confidences = coalesce(r.confidences, [])[..at] + row.confidence + coalesce(r.confidences, [])[at..],
      r.extractors = coalesce(r.extractors, [])[..at] + row.extractor + coalesce(r.extractors, [])[at..],
      r.doc_ids = coalesce(r.doc_ids, [])[..at] + row.doc + coalesce(r.doc_ids, [])[at..])
SET r.confidence = reduce(best = 0.0, c IN r.confidences | CASE WHEN c > best THEN c ELSE best END)
