// Existing actors whose name or alias (normal form) is one of $keys, as "kind:key" -> id.
UNWIND $keys AS key
MATCH (a:Actor)
WHERE a.name_key = key OR key IN a.alias_keys
RETURN a.kind + ':' + key AS key, a.id AS id
