// actor_lookup — Which actor does this id, name or alias mean?
//
// Exact id first; else actors whose normal name or alias key equals $key (the name
// case-folded, without diacritics, titles or "al-"; the API computes it, in Browser give
// the name in lower case). Several rows mean the name is ambiguous.
:param id => 'ali-mamlouk';
:param key => 'ali mamlouk';
OPTIONAL MATCH (exact:Actor {id: $id})
WITH exact
CALL (exact) {
  WITH exact WHERE exact IS NOT NULL
  RETURN exact AS a, 0 AS rank
  UNION
  WITH exact WHERE exact IS NULL
  MATCH (a:Actor) WHERE a.name_key = $key
  RETURN a, 1 AS rank
  UNION
  WITH exact WHERE exact IS NULL
  MATCH (a:Actor) WHERE $key IN a.alias_keys
  RETURN a, 2 AS rank
}
WITH a, min(rank) AS rank
RETURN a.id AS id, a.name AS name, a.kind AS type, a.country AS country, rank
ORDER BY rank, name
LIMIT 20
