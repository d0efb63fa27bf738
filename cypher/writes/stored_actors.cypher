// The stored actors among $ids, with their labels and the properties documents add to: the
// writer merges a batch's actor rows into them as actors.cypher would, then writes only the
// actors that are new (new_actors.cypher) or changed (changed_actors.cypher).
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a.id AS id, labels(a) AS labels,
       a {.name, .name_key, .aliases, .alias_keys, .country, .org_type, .title, .description,
          .alias_text} AS props
