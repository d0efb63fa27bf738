// Actors of one label (__LABEL__ is Person, Organization or Country, chosen by the loader).
// Aliases and alias keys are unions: loading a document twice changes nothing.
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
  ON CREATE SET a.name = row.name, a.kind = row.kind, a.name_key = row.name_key,
                a.unnamed = row.unnamed, a.aliases = [], a.alias_keys = []
SET a:__LABEL__
SET a.aliases = a.aliases + [x IN row.aliases WHERE NOT x IN a.aliases AND x <> a.name],
    a.alias_keys = a.alias_keys + [x IN row.alias_keys WHERE NOT x IN a.alias_keys AND x <> a.name_key],
    a.country = coalesce(a.country, row.country),
    a.org_type = coalesce(a.org_type, row.org_type),
    a.title = coalesce(a.title, row.title),
    a.description = coalesce(a.description, row.description)
SET a.alias_text = reduce(s = '', x IN a.aliases | s + ' | ' + x)
