// Rebuild the contact projection of a page of actors ($ids) from their meetings: delete
// their MET, create one per pair (a.id < b.id) that shares a meeting (see create.cypher for
// what a contact holds).
UNWIND $ids AS id
MATCH (a:Actor {id: id})
CALL (a) {
  MATCH (a)-[old:MET]->()
  DELETE old
}
CALL (a) {
  MATCH (a)-[ra:ATTENDED]->(m:Meeting)<-[rc:ATTENDED]-(b:Actor)
  WHERE a.id < b.id
  WITH b, m,
       max(CASE WHEN ra.side IS NULL OR rc.side IS NULL OR ra.side <> rc.side THEN 1 ELSE 0 END) AS x
  ORDER BY m.date_start DESC, m.id
  WITH b, count(m) AS n, collect(m.id)[..10] AS latest, min(m.date_start) AS first,
       max(m.date_start) AS last, sum(x) AS across,
       min(CASE WHEN x = 1 THEN m.date_start END) AS across_first,
       max(CASE WHEN x = 1 THEN m.date_start END) AS across_last,
       collect(CASE WHEN x = 1 THEN m.id END)[..10] AS across_latest
  CREATE (a)-[r:MET]->(b)
  SET r.meetings = n, r.latest = latest, r.first = first, r.last = last, r.across = across,
      r.across_first = across_first, r.across_last = across_last,
      r.across_latest = CASE WHEN size(across_latest) > 0 THEN across_latest END
}
