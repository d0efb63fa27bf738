// Take back everything one document ($doc_id) said, before its changed version is written.
// Relationships keep the provenance of other documents and disappear when none is left.
MATCH (d:Document {id: $doc_id})
CALL (d) {
  MATCH (d)-[:MENTIONS]->(:Actor)-[r]-()
  WHERE $doc_id IN coalesce(r.doc_ids, [])
  RETURN r
  UNION
  MATCH (d)<-[:REPORTED_IN]-(:Meeting)-[r]-()
  WHERE $doc_id IN coalesce(r.doc_ids, [])
  RETURN r
}
WITH DISTINCT r, [i IN range(0, size(r.doc_ids) - 1) WHERE r.doc_ids[i] <> $doc_id] AS keep
SET r.quotes = [i IN keep | r.quotes[i]],
    r.starts = [i IN keep | r.starts[i]],
    r.confidences = [i IN keep | r.confidences[i]],
    r.extractors = [i IN keep | r.extractors[i]]
SET r.doc_ids = [i IN keep | r.doc_ids[i]]
SET r.confidence = reduce(best = 0.0, c IN r.confidences | CASE WHEN c > best THEN c ELSE best END)
WITH r WHERE size(r.doc_ids) = 0
DELETE r;

MATCH (d:Document {id: $doc_id})<-[rep:REPORTED_IN]-(m:Meeting)
DELETE rep
WITH DISTINCT m
WHERE NOT (m)-[:REPORTED_IN]->()
DETACH DELETE m;

MATCH (d:Document {id: $doc_id})-[x:MENTIONS]->(a:Actor)
DELETE x
WITH DISTINCT a
WHERE NOT (a)--()
DELETE a
