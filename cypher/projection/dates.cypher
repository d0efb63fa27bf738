// The dates of some meetings ($ids): where a contact's stored latest meetings go among the
// ones it gains.
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
RETURN id, m.date_start AS date
