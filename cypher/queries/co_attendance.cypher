// co_attendance — Who attended the same meetings as this actor, how often, and which?
//
// Reads the actor's contacts (MET: shared meetings, first and last date, the newest ten
// meeting ids), so a hub costs what its contacts cost, not its meetings.
// One row per co-attendee (capped on the server): how many meetings they
// shared with $id, the first and last of them, and the latest $per_actor meetings with
// date and precision, place, both sides' roles and the sentence that reports the meeting.
// $id: the actor's id. $min_shared: keep co-attendees with at least this many shared
// meetings. total counts every co-attendee that passes the filter.
:param id => 'ali-mamlouk';
:param min_shared => 1;
:param per_actor => 10;
:param limit => 50;
// Example: the defaults above list everyone who sat in a meeting with Ali Mamlouk.
MATCH (a:Actor {id: $id})-[k:MET]-(c:Actor)
WHERE k.meetings >= coalesce($min_shared, 1)
WITH a, c, k ORDER BY k.meetings DESC, k.last DESC, c.name
WITH a, collect({c: c, k: k}) AS found
WITH a, found, size(found) AS total
UNWIND found[..$limit] AS row
WITH a, row.c AS c, row.k AS k, total
CALL (a, c, k) {
  // The contact's newest ids when they are enough, else every shared meeting, newest first.
  UNWIND CASE WHEN $per_actor <= size(k.latest) OR k.meetings <= size(k.latest)
              THEN k.latest[..$per_actor]
              ELSE COLLECT { MATCH (a)-[:ATTENDED]->(x:Meeting)<-[:ATTENDED]-(c)
                             WITH DISTINCT x ORDER BY x.date_start DESC, x.id
                             RETURN x.id }[..$per_actor] END AS mid
  MATCH (m:Meeting {id: mid})
  USING INDEX m:Meeting(id)
  MATCH (a)-[ra:ATTENDED]->(m)<-[rc:ATTENDED]-(c)
  WITH m, collect(DISTINCT ra.role) AS actor_roles, collect(DISTINCT rc.role) AS roles
  ORDER BY m.date_start DESC, m.id
  OPTIONAL MATCH (m)-[:HELD_AT]->(p:Place)
  CALL (m) {
    OPTIONAL MATCH (m)-[r:REPORTED_IN]->(d:Document)
    WITH r, d ORDER BY r.confidence DESC, d.published
    RETURN head(collect(r.quote)) AS quote, head(collect(d.id)) AS document
  }
  RETURN collect({id: m.id, kind: m.kind, title: m.title, status: m.status,
                  date_start: toString(m.date_start), date_end: toString(m.date_end),
                  date_precision: m.date_precision, date_text: m.date_text,
                  place: p.name, actor_roles: actor_roles, roles: roles,
                  quote: quote, document: document}) AS meetings
}
RETURN a.id AS actor_id, a.name AS actor_name, a.kind AS actor_type,
       a.country AS actor_country, total, c.id AS id, c.name AS name,
       c.kind AS type, c.country AS country, c.unnamed AS unnamed, k.meetings AS shared,
       toString(k.first) AS first_shared, toString(k.last) AS last_shared, meetings
ORDER BY shared DESC, k.last DESC, name
