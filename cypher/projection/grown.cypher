// The stored contacts of pairs that gained meetings ($pairs: [a, b], a.id < b.id): the writer
// computes what they become (see create.cypher for what a contact holds) and writes them by
// their element id (update.cypher). A pair with no contact yet returns no row. Both actors
// are found first (the WITH ends the planner's choice there), so that the contact is looked
// up between them (from the one with fewer relationships), not among all of a hub's: with
// both bound, Neo4j can only expand into.
UNWIND $pairs AS pair
MATCH (a:Actor {id: pair[0]})
MATCH (b:Actor {id: pair[1]})
WITH pair, a, b
MATCH (a)-[r:MET]->(b)
RETURN pair[0] AS a, pair[1] AS b, elementId(r) AS rel,
       r {.meetings, .first, .last, .latest, .across, .across_first, .across_last,
          .across_latest} AS met
