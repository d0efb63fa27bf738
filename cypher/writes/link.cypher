// Affiliations and actions: (:Actor)-[:__TYPE__]->(:__LABEL__). __TYPE__ is one of the fixed
// relationship types (HOLDS_POSITION, MEMBER_OF, LEADS, PART_OF, BASED_IN, BOYCOTTED,
// INVITED, PREVENTED, DETAINED, TRANSPORTED, SANCTIONED, ISSUED_WARRANT), chosen by the loader.
UNWIND $rows AS row
MATCH (s:Actor {id: row.source})
MATCH (t:__LABEL__ {id: row.target})
MERGE (s)-[r:__TYPE__ {key: coalesce(row.props.meeting, row.props.title, '')}]->(t)
SET r.title = coalesce(r.title, row.props.title),
    r.meeting = coalesce(r.meeting, row.props.meeting),
    r.detail = coalesce(r.detail, row.props.detail),
    r.date_text = coalesce(r.date_text, row.props.date_text),
    r.date_start = coalesce(r.date_start, date(row.props.date_start)),
    r.date_precision = coalesce(r.date_precision, row.props.date_precision)
FOREACH (_ IN CASE WHEN row.doc IN coalesce(r.doc_ids, []) THEN [] ELSE [1] END |
  SET r.doc_ids = coalesce(r.doc_ids, []) + row.doc,
      r.quotes = coalesce(r.quotes, []) + coalesce(row.quote, ""),
      r.starts = coalesce(r.starts, []) + coalesce(row.start, -1),
      r.confidences = coalesce(r.confidences, []) + row.confidence,
      r.extractors = coalesce(r.extractors, []) + row.extractor)
SET r.confidence = reduce(best = 0.0, c IN r.confidences | CASE WHEN c > best THEN c ELSE best END)
