// ego_network — Who is around this actor: everyone reachable through shared meetings and
// affiliations, up to $depth steps, and how they are tied together.
//
// Expands level by level (at most 3): from each actor of the frontier, its $max_nodes
// closest contacts (MET, the contact projection: most shared meetings first) and its
// affiliations (HOLDS_POSITION, MEMBER_OF, LEADS,
// PART_OF); the best-connected newcomers first, until $max_nodes actors in all, so a hub
// never floods the answer. One row: `nodes` (id, name, type, country, depth, degree = ties
// inside this network) and `edges` among them (MET with weight = shared meetings, first and
// last date with their precision, the latest meeting's report sentence and document; or the affiliation type with
// its title and quote), the heaviest first, at most 5 × $max_nodes; `truncated` when the
// cap cut newcomers off.
// $id: the actor's id. $depth: 1 to 3. $max_nodes: the cap on actors, the centre included.
:param id => 'ali-mamlouk';
:param depth => 2;
:param max_nodes => 100;
// Example: the defaults above draw Ali Mamlouk's network two steps out.
MATCH (root:Actor {id: $id})
WITH root, CASE WHEN $depth < 1 THEN 1 WHEN $depth > 3 THEN 3 ELSE $depth END AS depth
// Level 1
CALL (root) {
  CALL (root) {
    MATCH (root)-[k:MET]-(n:Actor)
    WITH n, k ORDER BY k.meetings DESC, k.last DESC, n.id LIMIT $max_nodes
    RETURN n, k.meetings AS ties
    UNION ALL
    MATCH (root)-[:HOLDS_POSITION|MEMBER_OF|LEADS|PART_OF]-(n:Actor) WHERE n <> root
    WITH n LIMIT $max_nodes
    RETURN n, 1 AS ties
  }
  WITH n, sum(ties) AS ties ORDER BY ties DESC, n.name
  RETURN collect(n) AS found1
}
WITH root, depth, found1[..$max_nodes - 1] AS level1, size(found1) > $max_nodes - 1 AS cut1
// Level 2
CALL (root, level1, depth) {
  UNWIND CASE WHEN depth >= 2 THEN level1 ELSE [] END AS f
  CALL (f) {
    MATCH (f)-[k:MET]-(n:Actor)
    WITH n, k ORDER BY k.meetings DESC, k.last DESC, n.id LIMIT $max_nodes
    RETURN n, k.meetings AS ties
    UNION ALL
    MATCH (f)-[:HOLDS_POSITION|MEMBER_OF|LEADS|PART_OF]-(n:Actor) WHERE n <> f
    WITH n LIMIT $max_nodes
    RETURN n, 1 AS ties
  }
  WITH n, sum(ties) AS ties WHERE n <> root AND NOT n IN level1
  ORDER BY ties DESC, n.name
  RETURN collect(n) AS found2
}
WITH root, depth, level1, cut1, found2[..$max_nodes - 1 - size(level1)] AS level2,
     size(found2) > $max_nodes - 1 - size(level1) AS cut2
// Level 3
CALL (root, level1, level2, depth) {
  UNWIND CASE WHEN depth >= 3 THEN level2 ELSE [] END AS f
  CALL (f) {
    MATCH (f)-[k:MET]-(n:Actor)
    WITH n, k ORDER BY k.meetings DESC, k.last DESC, n.id LIMIT $max_nodes
    RETURN n, k.meetings AS ties
    UNION ALL
    MATCH (f)-[:HOLDS_POSITION|MEMBER_OF|LEADS|PART_OF]-(n:Actor) WHERE n <> f
    WITH n LIMIT $max_nodes
    RETURN n, 1 AS ties
  }
  WITH n, sum(ties) AS ties WHERE n <> root AND NOT n IN level1 AND NOT n IN level2
  ORDER BY ties DESC, n.name
  RETURN collect(n) AS found3
}
WITH root, level1, level2, cut1, cut2,
     found3[..$max_nodes - 1 - size(level1) - size(level2)] AS level3,
     size(found3) > $max_nodes - 1 - size(level1) - size(level2) AS cut3
WITH root, [{n: root, depth: 0}] + [x IN level1 | {n: x, depth: 1}]
     + [x IN level2 | {n: x, depth: 2}] + [x IN level3 | {n: x, depth: 3}] AS members,
     cut1 OR cut2 OR cut3 AS truncated
WITH root, members, [x IN members | x.n] AS inside, truncated
// Ties among the members: shared meetings, then affiliations.
CALL (inside) {
  UNWIND inside AS a
  MATCH (a)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b:Actor)
  WHERE a.id < b.id AND b IN inside
  WITH a, b, m ORDER BY m.date_start DESC
  WITH a, b, count(DISTINCT m) AS weight, collect(m) AS held
  WITH a, b, weight, head(held) AS latest,
       last([x IN held WHERE x.date_start IS NOT NULL]) AS earliest
  CALL (latest) {
    MATCH (latest)-[rep:REPORTED_IN]->(d:Document)
    RETURN rep.quote AS quote, d.id AS document
    ORDER BY rep.confidence DESC, d.published LIMIT 1
  }
  RETURN {source: a.id, target: b.id, type: 'MET', weight: weight,
          first: toString(earliest.date_start), first_precision: earliest.date_precision,
          last: toString(latest.date_start), last_precision: latest.date_precision,
          meeting: latest.id, title: null, quote: quote, document: document} AS edge
  UNION ALL
  UNWIND inside AS a
  MATCH (a)-[r:HOLDS_POSITION|MEMBER_OF|LEADS|PART_OF]->(b:Actor)
  WHERE b IN inside AND a <> b
  WITH a, b, r ORDER BY r.title, r.key
  WITH a, b, type(r) AS type, collect(r) AS rs
  WITH a, b, type, rs, [x IN rs WHERE x.title IS NOT NULL | x.title] AS titles
  RETURN {source: a.id, target: b.id, type: type, weight: 1,
          first: null, last: null, meeting: null,
          title: CASE WHEN titles = [] THEN null
                 ELSE reduce(s = head(titles), x IN tail(titles) | s + ' / ' + x) END,
          quote: rs[0].quotes[0], document: rs[0].doc_ids[0]} AS edge
}
WITH root, members, truncated, edge
ORDER BY edge.type <> 'MET', edge.weight DESC, edge.last DESC, edge.source, edge.target
WITH root, members, truncated, collect(edge)[..5 * $max_nodes] AS edges
RETURN root.id AS id, root.name AS name,
       [x IN members | {id: x.n.id, name: x.n.name, type: x.n.kind, country: x.n.country,
        unnamed: x.n.unnamed, depth: x.depth,
        degree: size([e IN edges WHERE e.source = x.n.id OR e.target = x.n.id])}] AS nodes,
       edges, truncated
