// who_met — Who met this actor, when, where, and via which channel?
//
// One row per counterpart (aggregated and paged on the server): the counterpart, its type,
// country and affiliations; how many meetings and when; and for the latest meetings their
// kind, date with precision, status, place and country, the channels (kind, through whom or
// what, detail), the counterpart's role and on whose behalf it came, and the sources with
// the sentence that says so. confidence = the best of min(attendance, report) confidences.
// Counterparts sat across the table: those who came on the actor's own side of a meeting
// (the same ATTENDED.side) are colleagues there, not counterparts (see same_side).
//
// $actor: id or name (case-insensitive; the API also resolves aliases and near spellings).
// Filters may be null: $date_from, $date_to
// (ISO dates), $min_confidence (0..1), $counterpart_type (person|organization|country).
:param actor => 'ali-mamlouk';
:param date_from => null;
:param date_to => null;
:param min_confidence => 0.0;
:param counterpart_type => null;
:param per_counterpart => 10;
:param skip => 0;
:param limit => 50;
// Example: the defaults above answer "who met Ali Mamlouk?".
OPTIONAL MATCH (by_id:Actor {id: $actor})
OPTIONAL MATCH (by_name:Actor {name_key: toLower($actor)})
WITH coalesce(by_id, by_name) AS a LIMIT 1
MATCH (a)-[ra:ATTENDED]->(m:Meeting)<-[rc:ATTENDED]-(c:Actor)
WHERE c <> a
  AND (ra.side IS NULL OR rc.side IS NULL OR ra.side <> rc.side)
  AND ($counterpart_type IS NULL OR c.kind = $counterpart_type)
  AND ($date_from IS NULL OR coalesce(m.date_end, m.date_start) >= date($date_from))
  AND ($date_to IS NULL OR m.date_start <= date($date_to))
  AND CASE WHEN ra.confidence < rc.confidence THEN ra.confidence ELSE rc.confidence END
      >= coalesce($min_confidence, 0.0)
WITH a, c, count(DISTINCT m) AS meeting_count, min(m.date_start) AS first,
     max(m.date_start) AS last, collect(DISTINCT m) AS held
ORDER BY meeting_count DESC, last DESC, c.name
WITH a, collect({c: c, n: meeting_count, first: first, last: last, held: held}) AS counterparts
WITH a, counterparts, size(counterparts) AS total
UNWIND counterparts[$skip..$skip + $limit] AS row
WITH a, row.c AS c, row.n AS meeting_count, row.first AS first, row.last AS last,
     row.held AS held, total
CALL (a, c, held) {
  UNWIND held AS m
  WITH m ORDER BY m.date_start DESC, m.id LIMIT $per_counterpart
  MATCH (a)-[ra:ATTENDED]->(m)<-[rc:ATTENDED]-(c)
  WHERE (ra.side IS NULL OR rc.side IS NULL OR ra.side <> rc.side)
    AND CASE WHEN ra.confidence < rc.confidence THEN ra.confidence ELSE rc.confidence END
        >= coalesce($min_confidence, 0.0)
  WITH m, ra, rc ORDER BY ra.role, rc.role, ra.side, rc.side, rc.on_behalf_of
  WITH m, collect(DISTINCT ra.role) AS actor_roles, collect(DISTINCT rc.role) AS roles,
       collect(DISTINCT ra.side) AS actor_sides, collect(DISTINCT rc.side) AS sides,
       [x IN collect(DISTINCT rc.on_behalf_of) WHERE x IS NOT NULL] AS behalf_ids,
       min(CASE WHEN ra.confidence < rc.confidence THEN ra.confidence ELSE rc.confidence END) AS attendance
  ORDER BY m.date_start DESC, m.id
  OPTIONAL MATCH (m)-[:HELD_AT]->(p:Place)
  OPTIONAL MATCH (p)-[:IN]->(pc:Country)
  CALL (m) {
    OPTIONAL MATCH (m)-[v:VIA]->(t)
    WITH v, t ORDER BY v.kind, t.name, t.id
    RETURN [x IN collect(CASE WHEN v IS NOT NULL THEN
      {kind: v.kind, through: t.name, through_id: t.id, detail: v.detail, quote: v.quotes[0],
       sides: coalesce(v.sides, [])}
    END) WHERE x IS NOT NULL] AS channels
  }
  CALL (m) {
    MATCH (m)-[r:REPORTED_IN]->(d:Document)
    WITH r, d ORDER BY r.confidence DESC, d.published
    RETURN collect({document: d.id, title: d.title, outlet: d.outlet,
                    published: toString(d.published), quote: r.quote,
                    confidence: r.confidence}) AS sources, max(r.confidence) AS reported
  }
  CALL (behalf_ids) {
    UNWIND behalf_ids AS bid
    MATCH (ob:Actor {id: bid})
    WITH ob ORDER BY ob.name
    RETURN collect(ob.name) AS on_behalf_of
  }
  WITH m, actor_roles, roles, actor_sides, sides, on_behalf_of, p, pc, channels, sources,
       CASE WHEN attendance < reported THEN attendance ELSE reported END AS confidence
  RETURN collect({
    id: m.id, kind: m.kind, title: m.title, status: m.status, secret: m.secret,
    date_start: toString(m.date_start), date_end: toString(m.date_end),
    date_precision: m.date_precision, date_text: m.date_text,
    place: p.name, place_id: p.id, place_country: pc.name,
    actor_roles: actor_roles, counterpart_roles: roles, on_behalf_of: on_behalf_of,
    actor_sides: actor_sides, counterpart_sides: sides,
    channels: channels, sources: sources, confidence: confidence
  }) AS meetings, max(confidence) AS confidence
}
OPTIONAL MATCH (c)-[:HOLDS_POSITION|LEADS|MEMBER_OF]->(o:Actor)
WITH a, c, meeting_count, first, last, total, meetings, confidence, o ORDER BY o.name
WITH a, c, meeting_count, first, last, total, meetings, confidence,
     collect(DISTINCT o.name)[..5] AS affiliations
RETURN a.id AS actor_id, a.name AS actor_name, a.kind AS actor_type,
       a.country AS actor_country, total,
       c.id AS id, c.name AS name, c.kind AS type, c.country AS country,
       c.unnamed AS unnamed, affiliations, meeting_count,
       toString(first) AS first_met, toString(last) AS last_met, confidence, meetings
ORDER BY meeting_count DESC, last DESC, name
