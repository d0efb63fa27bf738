// Actors of one label (__LABEL__ is Person, Organization or Country, chosen by the loader).
// Aliases and alias keys are sorted unions; where documents give an actor different countries,
// organisation types, titles or descriptions, the longest value wins, then the alphabetically
// first: loading a document twice changes nothing, and the order documents load in neither.
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
  ON CREATE SET a.name = row.name, a.kind = row.kind, a.name_key = row.name_key,
                a.unnamed = row.unnamed, a.aliases = [], a.alias_keys = []
SET a:__LABEL__
WITH a, row
CALL (a, row) {
  UNWIND a.aliases + row.aliases AS x
  WITH DISTINCT x WHERE x <> a.name
  WITH x ORDER BY x
  RETURN collect(x) AS aliases
}
CALL (a, row) {
  UNWIND a.alias_keys + row.alias_keys AS x
  WITH DISTINCT x WHERE x <> a.name_key
  WITH x ORDER BY x
  RETURN collect(x) AS alias_keys
}
WITH a, row, aliases, alias_keys,
     [p IN [['country', a.country, row.country], ['org_type', a.org_type, row.org_type],
            ['title', a.title, row.title], ['description', a.description, row.description]] |
      [p[0], CASE WHEN p[2] IS NULL THEN p[1] WHEN p[1] IS NULL THEN p[2]
                  WHEN size(p[2]) > size(p[1]) OR (size(p[2]) = size(p[1]) AND p[2] < p[1])
                  THEN p[2] ELSE p[1] END]] AS kept
SET a.aliases = aliases, a.alias_keys = alias_keys,
    a.country = kept[0][1], a.org_type = kept[1][1], a.title = kept[2][1],
    a.description = kept[3][1],
    a.alias_text = reduce(s = '', x IN aliases | s + ' | ' + x)
