// actor_search — Find actors by name or alias, forgiving typos and diacritics.
//
// Full-text search (index actor_names, ASCII-folding analyzer) with fuzzy matching of every
// word. $q: plain words (the API strips Lucene syntax). $type: person|organization|country
// or null. Returns the best matches with their score, country and meeting count.
:param q => 'mamluk';
:param type => null;
:param limit => 10;
WITH [w IN split(trim($q), ' ') WHERE w <> ''] AS words
WITH reduce(s = '', w IN words | s + ' ' + w + '~') AS fuzzy,
     reduce(s = '', w IN words | s + ' ' + w + '*') AS prefix
CALL db.index.fulltext.queryNodes('actor_names', trim(fuzzy) + ' OR ' + trim(prefix))
  YIELD node, score
WITH node AS a, score
WHERE $type IS NULL OR a.kind = $type
WITH a, score ORDER BY score DESC LIMIT $limit
OPTIONAL MATCH (a)-[:ATTENDED]->(m:Meeting)
WITH a, score, count(DISTINCT m) AS meetings
RETURN a.id AS id, a.name AS name, a.kind AS type, a.country AS country,
       a.aliases AS aliases, a.unnamed AS unnamed, meetings, score
ORDER BY score DESC, meetings DESC, name
