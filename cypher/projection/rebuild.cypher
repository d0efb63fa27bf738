// Rebuild the contact projection of a page of actors ($ids) from their meetings: delete
// their MET, create one per pair (a.id < b.id) that shares a meeting.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
CALL (a) {
  MATCH (a)-[old:MET]->()
  DELETE old
}
CALL (a) {
  MATCH (a)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b:Actor)
  WHERE a.id < b.id
  WITH DISTINCT b, m ORDER BY m.date_start DESC, m.id
  WITH b, count(m) AS n, collect(m.id)[..10] AS latest, min(m.date_start) AS first,
       max(m.date_start) AS last
  CREATE (a)-[r:MET]->(b)
  SET r.meetings = n, r.latest = latest, r.first = first, r.last = last
}
