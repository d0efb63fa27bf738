// The meetings some documents ($doc_ids) report, as they stand now, write-locked like
// snapshot.cypher: taken before those documents are retracted.
UNWIND $doc_ids AS doc_id
MATCH (:Document {id: doc_id})<-[:REPORTED_IN]-(m:Meeting)
WITH DISTINCT m
SET m._lock = true
REMOVE m._lock
RETURN m.id AS id, m.date_start AS date, [(a:Actor)-[r:ATTENDED]->(m) | [a.id, r.side]] AS attended
