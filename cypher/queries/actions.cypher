// actions — Who boycotted, invited, prevented, detained, transported, sanctioned or issued
// a warrant against whom, around which meeting?
//
// One row per action, with its meeting (date with precision, place), the detail, and every
// source with its quote. Filters may be null: $type (boycotted|invited|prevented|detained|
// transported|sanctioned|issued_warrant), $actor (an actor id, on either side: who did it or
// whom it was done to), $meeting (a meeting id). Dated actions first, oldest first; total
// counts every match, $limit caps the rows.
:param type => 'prevented';
:param actor => null;
:param meeting => 'sochi-congress-2018-01-30';
:param limit => 50;
// Example: the defaults above answer "who was kept from the Sochi congress, and by whom?".
CALL () {
  MATCH (s:Actor {id: $actor})-[r:BOYCOTTED|INVITED|PREVENTED|DETAINED|TRANSPORTED|SANCTIONED|ISSUED_WARRANT]->(t)
  RETURN s, r, t
  UNION
  MATCH (s:Actor)-[r:BOYCOTTED|INVITED|PREVENTED|DETAINED|TRANSPORTED|SANCTIONED|ISSUED_WARRANT]->(t {id: $actor})
  RETURN s, r, t
  UNION
  MATCH (s:Actor)-[r:BOYCOTTED|INVITED|PREVENTED|DETAINED|TRANSPORTED|SANCTIONED|ISSUED_WARRANT]->(t)
  WHERE $actor IS NULL
  RETURN s, r, t
}
WITH s, r, t
WHERE ($type IS NULL OR type(r) = toUpper($type))
  AND ($meeting IS NULL OR r.meeting = $meeting OR (t:Meeting AND t.id = $meeting))
OPTIONAL MATCH (m:Meeting {id: coalesce(r.meeting, CASE WHEN t:Meeting THEN t.id END)})
WITH s, r, t, m, coalesce(r.date_start, m.date_start) AS date
ORDER BY date IS NULL, date, type(r), s.name, coalesce(t.name, t.title)
WITH collect({s: s, r: r, t: t, m: m}) AS found
WITH found, size(found) AS total
UNWIND found[..$limit] AS row
WITH total, row.s AS s, row.r AS r, row.t AS t, row.m AS m
OPTIONAL MATCH (m)-[:HELD_AT]->(p:Place)
WITH total, s, r, t, m, head(collect(p)) AS p
CALL (r) {
  UNWIND range(0, size(coalesce(r.doc_ids, [])) - 1) AS i
  OPTIONAL MATCH (d:Document {id: r.doc_ids[i]})
  RETURN collect({document: r.doc_ids[i], outlet: d.outlet, published: toString(d.published),
                  quote: r.quotes[i], confidence: r.confidences[i]}) AS sources
}
RETURN total, toLower(type(r)) AS action,
       s.id AS actor_id, s.name AS actor, s.kind AS actor_type,
       CASE WHEN t:Meeting THEN null ELSE t.id END AS target_id,
       CASE WHEN t:Meeting THEN null ELSE t.name END AS target,
       CASE WHEN t:Meeting THEN null ELSE coalesce(t.kind, 'place') END AS target_type,
       m.id AS meeting_id, m.title AS meeting, m.kind AS meeting_kind,
       toString(coalesce(r.date_start, m.date_start)) AS date_start,
       CASE WHEN r.date_start IS NOT NULL THEN coalesce(r.date_precision, 'unknown')
            ELSE m.date_precision END AS date_precision,
       coalesce(r.date_text, m.date_text) AS date_text,
       p.name AS place, r.detail AS detail, r.quotes[0] AS quote, r.doc_ids[0] AS document,
       sources, r.confidence AS confidence
