// ego_network_graph — Who is around this actor, drawn: the meetings and affiliations that
// tie it to others up to $depth actors away, for Neo4j Browser's Graph view.
//
// The table version is ego_network (nodes and edges with weights and quotes). Here each row
// is a path from the actor through meetings (ATTENDED) and affiliations (HOLDS_POSITION,
// MEMBER_OF, LEADS, PART_OF); one actor step through a meeting is two relationships, so a
// path has at most 2 × $depth of them. At most $limit paths, shortest first.
// $id: the actor's id. $depth: 1 or 2.
:param id => 'ali-mamlouk';
:param depth => 1;
:param limit => 100;
// Example: the defaults above draw Ali Mamlouk's surroundings one step out.
MATCH (root:Actor {id: $id})
MATCH p = (root)-[:ATTENDED|HOLDS_POSITION|MEMBER_OF|LEADS|PART_OF]-{1,4}(n:Actor)
WHERE length(p) <= 2 * $depth
  AND all(x IN nodes(p)[1..-1] WHERE x:Meeting OR x:Actor)
RETURN p ORDER BY length(p) LIMIT $limit
