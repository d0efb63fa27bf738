// The contact projection as the meetings say it should be, for a page of actors ($ids):
// one row per pair (a.id < b.id) with meetings, first, last and the latest ten ids.
UNWIND $ids AS id
MATCH (a:Actor {id: id})-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b:Actor)
WHERE a.id < b.id
WITH DISTINCT a, b, m ORDER BY m.date_start DESC, m.id
RETURN a.id AS a, b.id AS b, count(m) AS meetings, min(m.date_start) AS first,
       max(m.date_start) AS last, collect(m.id)[..10] AS latest
