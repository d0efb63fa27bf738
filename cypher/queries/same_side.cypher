// same_side — Who came on the same side as this actor (colleagues, not counterparts)?
//
// One row per colleague: those who attended a meeting with the actor on the same side
// (ATTENDED.side), with the number of such meetings and the latest of them.
:param actor => 'ali-mamlouk';
:param limit => 50;
// Example: Mamlouk's colleagues at the Damascus meeting with the US delegation.
MATCH (a:Actor {id: $actor})-[ra:ATTENDED]->(m:Meeting)<-[rc:ATTENDED]-(c:Actor)
WHERE c <> a AND ra.side IS NOT NULL AND ra.side = rc.side
WITH c, ra.side AS side, count(DISTINCT m) AS meeting_count, max(m.date_start) AS last,
     collect(DISTINCT m.id)[..10] AS meetings
RETURN c.id AS id, c.name AS name, c.kind AS type, side, meeting_count,
       toString(last) AS last_met, meetings
ORDER BY meeting_count DESC, last DESC, name
LIMIT $limit
