// The contact projection as the meetings say it should be, for a page of actors ($ids):
// one row per pair (a.id < b.id) with meetings, first, last and the latest ten ids, and the
// same over the meetings where the two sat across the table (across_*).
UNWIND $ids AS id
MATCH (a:Actor {id: id})-[ra:ATTENDED]->(m:Meeting)<-[rc:ATTENDED]-(b:Actor)
WHERE a.id < b.id
WITH a, b, m,
     max(CASE WHEN ra.side IS NULL OR rc.side IS NULL OR ra.side <> rc.side THEN 1 ELSE 0 END) AS x
ORDER BY m.date_start DESC, m.id
RETURN a.id AS a, b.id AS b, count(m) AS meetings, min(m.date_start) AS first,
       max(m.date_start) AS last, collect(m.id)[..10] AS latest,
       sum(x) AS across, min(CASE WHEN x = 1 THEN m.date_start END) AS across_first,
       max(CASE WHEN x = 1 THEN m.date_start END) AS across_last,
       collect(CASE WHEN x = 1 THEN m.id END)[..10] AS across_latest
