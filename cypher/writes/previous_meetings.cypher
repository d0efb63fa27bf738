// The meeting each replaced document's facts (by their key) were stored under at the last load,
// so that reloading a document never gives its meetings other ids.
:param ids => ['baladi-2020-01-14-fidan-mamlouk-moscow'];
UNWIND $ids AS id
MATCH (:Document {id: id})<-[r:REPORTED_IN]-(m:Meeting)
WHERE r.key IS NOT NULL
RETURN id AS doc, r.key AS key, m.id AS meeting;
