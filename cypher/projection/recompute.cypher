// Contacts recomputed from the meetings ($rows: {a, b}, a.id < b.id): after a retraction
// or a changed date, the pair's MET is set from what the graph holds, or deleted when the
// two share no meeting any more.
UNWIND $rows AS row
MATCH (a:Actor {id: row.a})
MATCH (b:Actor {id: row.b})
CALL (a, b) {
  OPTIONAL MATCH (a)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b)
  WITH DISTINCT m ORDER BY m.date_start DESC, m.id
  RETURN count(m) AS n, collect(m.id)[..10] AS latest, min(m.date_start) AS first,
         max(m.date_start) AS last
}
OPTIONAL MATCH (a)-[old:MET]-(b)
DELETE old
WITH a, b, n, latest, first, last WHERE n > 0
CREATE (a)-[r:MET]->(b)
SET r.meetings = n, r.latest = latest, r.first = first, r.last = last
