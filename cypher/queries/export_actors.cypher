// export_actors — The actors of an export with what describes them, and the affiliations
// among them (positions, memberships, leadership, parts, bases) with their first source.
//
// $ids: the actor ids, or null for every actor (then at most $limit, busiest first).
:param ids => ['ali-mamlouk', 'hakan-fidan'];
:param limit => 1000;
// Example: the defaults above describe Ali Mamlouk and Hakan Fidan.
CALL () {
  MATCH (a:Actor) WHERE $ids IS NOT NULL AND a.id IN $ids
  RETURN a
  UNION
  MATCH (a:Actor) WHERE $ids IS NULL
  WITH a ORDER BY COUNT { (a)--() } DESC, a.id LIMIT $limit
  RETURN a
}
WITH collect(a) AS actors
UNWIND actors AS a
OPTIONAL MATCH (a)-[r:HOLDS_POSITION|MEMBER_OF|LEADS|PART_OF|BASED_IN]->(o:Actor)
WHERE o IN actors
WITH a, r, o ORDER BY type(r), o.id, r.title, r.key
WITH a, collect(CASE WHEN r IS NOT NULL THEN
  {type: type(r), target: o.id, title: r.title, quote: r.quotes[0], document: r.doc_ids[0],
   confidence: r.confidence} END) AS ties
RETURN a.id AS id, a.name AS name, a.kind AS type, a.country AS country,
       a.org_type AS org_type, a.title AS title, coalesce(a.aliases, []) AS aliases,
       coalesce(a.unnamed, false) AS unnamed, [t IN ties WHERE t IS NOT NULL] AS ties
ORDER BY id
