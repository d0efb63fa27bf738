// The contact projection as stored, for a page of actors ($ids): every MET from one of them
// to an actor with a larger id (those stored the wrong way round are checked apart).
UNWIND $ids AS id
MATCH (a:Actor {id: id})-[r:MET]->(b:Actor)
WHERE a.id < b.id
RETURN a.id AS a, b.id AS b, r.meetings AS meetings, r.first AS first, r.last AS last,
       r.latest AS latest, r.across AS across, r.across_first AS across_first,
       r.across_last AS across_last, r.across_latest AS across_latest
