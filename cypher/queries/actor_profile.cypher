// actor_profile — Who is this actor? Positions, memberships, country, counts.
//
// $id: the actor's id. Affiliations carry their sources; counts cover meetings,
// counterparts (those across the table: not on the actor's own side of a meeting, see
// who_met), colleagues (on the actor's side at some meeting and never across it), documents
// that mention the actor, and actions done or suffered.
:param id => 'ali-mamlouk';
MATCH (a:Actor {id: $id})
OPTIONAL MATCH (country:Country) WHERE a.kind <> 'country' AND country.country = a.country
CALL (a) {
  OPTIONAL MATCH (a)-[r:HOLDS_POSITION|LEADS|MEMBER_OF|PART_OF|BASED_IN]->(o)
  WITH r, o ORDER BY type(r), o.name, r.doc_ids[0], r.title
  RETURN [x IN collect(CASE WHEN r IS NOT NULL THEN
    {relation: type(r), title: r.title, target_id: o.id, target: o.name,
     target_type: coalesce(o.kind, 'place'), quote: r.quotes[0], documents: r.doc_ids,
     confidence: r.confidence} END) WHERE x IS NOT NULL] AS affiliations
}
CALL (a) {
  OPTIONAL MATCH (o)-[r:HOLDS_POSITION|LEADS|MEMBER_OF|PART_OF]->(a)
  WITH r, o ORDER BY type(r), o.name, r.doc_ids[0], r.title
  RETURN [x IN collect(CASE WHEN r IS NOT NULL THEN
    {relation: type(r), title: r.title, source_id: o.id, source: o.name,
     source_type: o.kind, quote: r.quotes[0], confidence: r.confidence} END)
    WHERE x IS NOT NULL] AS members
}
CALL (a) {
  OPTIONAL MATCH (a)-[ra:ATTENDED]->(m:Meeting)
  OPTIONAL MATCH (m)<-[rc:ATTENDED]-(c:Actor) WHERE c <> a
  WITH m, c, ra.side IS NOT NULL AND ra.side = rc.side AS colleague
  WITH count(DISTINCT m) AS meetings, toString(min(m.date_start)) AS first_meeting,
       toString(max(m.date_start)) AS last_meeting,
       collect(DISTINCT CASE WHEN NOT colleague THEN c END) AS across,
       collect(DISTINCT CASE WHEN colleague THEN c END) AS beside
  RETURN meetings, size(across) AS counterparts,
         size([x IN beside WHERE NOT x IN across]) AS colleagues, first_meeting, last_meeting
}
CALL (a) {
  OPTIONAL MATCH (d:Document)-[:MENTIONS]->(a)
  RETURN count(d) AS documents
}
CALL (a) {
  OPTIONAL MATCH (a)-[r:BOYCOTTED|INVITED|PREVENTED|DETAINED|TRANSPORTED|SANCTIONED|ISSUED_WARRANT]->()
  WITH count(r) AS done
  OPTIONAL MATCH ()-[s:BOYCOTTED|INVITED|PREVENTED|DETAINED|TRANSPORTED|SANCTIONED|ISSUED_WARRANT]->(a)
  RETURN done AS actions_done, count(s) AS actions_suffered
}
RETURN a.id AS id, a.name AS name, a.kind AS type, a.aliases AS aliases, a.title AS title,
       a.country AS country, country.name AS country_name, country.id AS country_id,
       a.org_type AS org_type, a.unnamed AS unnamed, a.description AS description,
       affiliations, members, meetings, counterparts, colleagues, first_meeting, last_meeting,
       documents, actions_done, actions_suffered
