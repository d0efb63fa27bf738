// Take back everything some documents ($doc_ids) said, before their changed versions are
// written. Relationships keep the provenance of other documents and disappear when none is
// left; meetings no document reports any more are deleted, and so are actors left alone (their
// contacts, MET, go with them; their ids are returned so that the writer recomputes the
// contact projection of those that come back in the same transaction).
UNWIND $doc_ids AS doc_id
MATCH (d:Document {id: doc_id})
CALL (d, doc_id) {
  MATCH (d)-[:MENTIONS]->(:Actor)-[r:HOLDS_POSITION|MEMBER_OF|LEADS|PART_OF|BASED_IN|BOYCOTTED|INVITED|PREVENTED|DETAINED|TRANSPORTED|SANCTIONED|ISSUED_WARRANT]->()
  WHERE doc_id IN r.doc_ids
  RETURN r
  UNION
  MATCH (d)-[:MENTIONS]->(:Actor)<-[r:RUN_BY]-(:Channel)
  WHERE doc_id IN r.doc_ids
  RETURN r
  UNION
  MATCH (d)<-[:REPORTED_IN]-(:Meeting)-[r:HELD_AT|VIA]->()
  WHERE doc_id IN r.doc_ids
  RETURN r
  UNION
  MATCH (d)<-[:REPORTED_IN]-(:Meeting)<-[r:ATTENDED|BOYCOTTED|INVITED|PREVENTED|DETAINED|TRANSPORTED|SANCTIONED|ISSUED_WARRANT]-(:Actor)
  WHERE doc_id IN r.doc_ids
  RETURN r
}
WITH DISTINCT r
WITH r, [i IN range(0, size(r.doc_ids) - 1) WHERE NOT r.doc_ids[i] IN $doc_ids] AS keep
SET r.quotes = [i IN keep | r.quotes[i]],
    r.starts = [i IN keep | r.starts[i]],
    r.confidences = [i IN keep | r.confidences[i]],
    r.extractors = [i IN keep | r.extractors[i]]
SET r.doc_ids = [i IN keep | r.doc_ids[i]]
SET r.confidence = reduce(best = 0.0, c IN r.confidences | CASE WHEN c > best THEN c ELSE best END)
WITH r WHERE size(r.doc_ids) = 0
DELETE r;

UNWIND $doc_ids AS doc_id
MATCH (d:Document {id: doc_id})<-[rep:REPORTED_IN]-(m:Meeting)
DELETE rep
WITH DISTINCT m
WHERE NOT (m)-[:REPORTED_IN]->()
DETACH DELETE m;

UNWIND $doc_ids AS doc_id
MATCH (d:Document {id: doc_id})-[x:MENTIONS]->(a:Actor)
DELETE x
WITH DISTINCT a
WHERE NOT (a)-[:!MET]-()
WITH a, a.id AS id
DETACH DELETE a
RETURN id
