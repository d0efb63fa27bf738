// paths — How are these two actors connected? The shortest chains of meetings and
// affiliations between them.
//
// Up to 30 shortest paths (SHORTEST 30, over ATTENDED, HOLDS_POSITION, MEMBER_OF, LEADS and
// PART_OF, in either direction, at most 6 relationships), kept when no longer than
// $max_hops and simple (no node twice); paths through the same actors in the same order
// count once (the one through the most meetings stands); shortest first, then the one with
// the most meetings, capped by $limit. Hops count relationships: two people who met
// are 2 hops apart (person - meeting - person). Each path is a list of steps: the node
// (actor with its type, or meeting with its date, precision and place) and the relationship
// that leads to it from the step before (type, direction, role or title, quote, document).
// $from, $to: actor ids. $max_hops: 1 to 6.
:param from => 'hakan-fidan';
:param to => 'united-states';
:param max_hops => 6;
:param limit => 5;
// Example: the defaults above answer "how is Hakan Fidan connected to the United States?".
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = SHORTEST 30 (a)-[:ATTENDED|HOLDS_POSITION|MEMBER_OF|LEADS|PART_OF]-{1,6}(b)
WITH p, nodes(p) AS ns WHERE length(p) <= $max_hops
  AND all(i IN range(1, size(ns) - 1) WHERE none(j IN range(0, i - 1) WHERE ns[j] = ns[i]))
WITH p, [n IN nodes(p) WHERE NOT n:Meeting | n.id] AS actors,
     size([n IN nodes(p) WHERE n:Meeting]) AS meetings
ORDER BY length(p), meetings DESC, [n IN nodes(p) | coalesce(n.name, n.id)]
WITH actors, head(collect(p)) AS p
WITH p ORDER BY length(p), size([n IN nodes(p) WHERE n:Meeting]) DESC,
     [n IN nodes(p) | coalesce(n.name, n.id)]
LIMIT $limit
WITH collect(p) AS found
UNWIND range(0, size(found) - 1) AS rank
WITH rank, found[rank] AS p
CALL (p) {
  UNWIND range(0, length(p)) AS i
  WITH i, nodes(p)[i] AS n, CASE WHEN i > 0 THEN relationships(p)[i - 1] END AS r,
       CASE WHEN i > 0 THEN nodes(p)[i - 1] END AS before
  OPTIONAL MATCH (n:Meeting)-[:HELD_AT]->(pl:Place)
  WITH i, n, r, before, head(collect(pl.name)) AS place
  ORDER BY i
  RETURN collect({
    id: n.id, name: coalesce(n.name, n.title),
    type: CASE WHEN n:Meeting THEN 'meeting' ELSE n.kind END,
    date_start: CASE WHEN n:Meeting THEN toString(n.date_start) END,
    date_precision: CASE WHEN n:Meeting THEN n.date_precision END,
    date_text: CASE WHEN n:Meeting THEN n.date_text END,
    place: place,
    relation: CASE WHEN r IS NULL THEN null ELSE type(r) END,
    direction: CASE WHEN r IS NULL THEN null WHEN startNode(r) = before THEN 'out' ELSE 'in' END,
    role: r.role, title: r.title, quote: r.quotes[0], document: r.doc_ids[0]
  }) AS steps
}
RETURN rank + 1 AS rank, length(p) AS hops,
       size([n IN nodes(p) WHERE n:Meeting]) AS meetings, steps
ORDER BY rank
