// Contacts recomputed from the meetings ($rows: {a, b}, a.id < b.id): after a retraction,
// a changed date or a changed side, the pair's MET is set from what the graph holds, or
// deleted when the two share no meeting any more (see create.cypher for what a contact holds).
UNWIND $rows AS row
MATCH (a:Actor {id: row.a})
MATCH (b:Actor {id: row.b})
CALL (a, b) {
  OPTIONAL MATCH (a)-[ra:ATTENDED]->(m:Meeting)<-[rc:ATTENDED]-(b)
  WITH m,
       max(CASE WHEN ra.side IS NULL OR rc.side IS NULL OR ra.side <> rc.side THEN 1 ELSE 0 END) AS x
  ORDER BY m.date_start DESC, m.id
  RETURN count(m) AS n, collect(m.id)[..10] AS latest, min(m.date_start) AS first,
         max(m.date_start) AS last, sum(CASE WHEN m IS NULL THEN 0 ELSE x END) AS across,
         min(CASE WHEN x = 1 THEN m.date_start END) AS across_first,
         max(CASE WHEN x = 1 THEN m.date_start END) AS across_last,
         collect(CASE WHEN x = 1 THEN m.id END)[..10] AS across_latest
}
OPTIONAL MATCH (a)-[old:MET]-(b)
DELETE old
WITH a, b, n, latest, first, last, across, across_first, across_last, across_latest
WHERE n > 0
CREATE (a)-[r:MET]->(b)
SET r.meetings = n, r.latest = latest, r.first = first, r.last = last, r.across = across,
    r.across_first = across_first, r.across_last = across_last,
    r.across_latest = CASE WHEN size(across_latest) > 0 THEN across_latest END
