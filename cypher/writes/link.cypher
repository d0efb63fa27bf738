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
// The provenance lists stay in document id order (`at`: where this document goes), and the
// first document's details come first, so they are the same whatever order the documents
// are loaded in.
FOREACH (at IN CASE WHEN row.doc IN coalesce(r.doc_ids, []) THEN []
                ELSE [size([d IN coalesce(r.doc_ids, []) WHERE d < row.doc])] END |
  SET r.detail = CASE WHEN at = 0 THEN coalesce(row.props.detail, r.detail) ELSE r.detail END,
      r.date_text = CASE WHEN at = 0 THEN coalesce(row.props.date_text, r.date_text) ELSE r.date_text END,
      r.date_start = CASE WHEN at = 0 THEN coalesce(date(row.props.date_start), r.date_start) ELSE r.date_start END,
      r.date_precision = CASE WHEN at = 0 THEN coalesce(row.props.date_precision, r.date_precision) ELSE r.date_precision END
  SET r.quotes = coalesce(r.quotes, [])[..at] + coalesce(row.quote, "") + coalesce(r.quotes, [])[at..],
      r.starts = coalesce(r.starts, [])[..at] + coalesce(row.start, -1) + coalesce(r.starts, [])[at..],
      r.confidences = coalesce(r.confidences, [])[..at] + row.confidence + coalesce(r.confidences, [])[at..],
      r.extractors = coalesce(r.extractors, [])[..at] + row.extractor + coalesce(r.extractors, [])[at..],
      r.doc_ids = coalesce(r.doc_ids, [])[..at] + row.doc + coalesce(r.doc_ids, [])[at..])
SET r.confidence = reduce(best = 0.0, c IN r.confidences | CASE WHEN c > best THEN c ELSE best END)
