// who_met_graph — Who met this actor, drawn: the actor, its meetings, the counterparts who
// attended them, and where and through which channel, for Neo4j Browser's Graph view.
//
// The table version is who_met (one row per counterpart, with the sentences). Here each row
// is a path actor -[:ATTENDED]-> meeting <-[:ATTENDED]- counterpart, with the meeting's place
// and channels as paths of their own, for the latest $limit meetings.
// $actor: id or name (case-insensitive). $date_from, $date_to: ISO dates or null.
:param actor => 'ali-mamlouk';
:param date_from => null;
:param date_to => null;
:param limit => 25;
// Example: the defaults above draw Ali Mamlouk's meetings and counterparts.
OPTIONAL MATCH (by_id:Actor {id: $actor})
OPTIONAL MATCH (by_name:Actor {name_key: toLower($actor)})
WITH coalesce(by_id, by_name) AS a LIMIT 1
MATCH (a)-[:ATTENDED]->(m:Meeting)
WHERE ($date_from IS NULL OR coalesce(m.date_end, m.date_start) >= date($date_from))
  AND ($date_to IS NULL OR m.date_start <= date($date_to))
WITH DISTINCT a, m ORDER BY m.date_start DESC LIMIT $limit
MATCH met = (a)-[:ATTENDED]->(m)<-[:ATTENDED]-(c:Actor)
WHERE c <> a
RETURN met,
       COLLECT { MATCH around = (m)-[:HELD_AT|VIA]->() RETURN around } AS place_and_channels
