// paths_graph — How are these two actors connected, drawn: the shortest chains of meetings
// and affiliations between them, for Neo4j Browser's Graph view.
//
// The table version is paths (each path step by step, with quotes). Here each row is one
// path (SHORTEST 20, at most 6 relationships, either direction), kept when no longer than
// $max_hops, shortest first, at most $limit.
// $from, $to: actor ids. $max_hops: 1 to 6.
:param from => 'hakan-fidan';
:param to => 'united-states';
:param max_hops => 6;
:param limit => 5;
// Example: the defaults above draw how Hakan Fidan is connected to the United States.
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = SHORTEST 20 (a)-[:ATTENDED|HOLDS_POSITION|MEMBER_OF|LEADS|PART_OF]-{1,6}(b)
WITH p WHERE length(p) <= $max_hops
RETURN p ORDER BY length(p) LIMIT $limit
