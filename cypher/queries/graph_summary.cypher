// graph_summary — What does the graph hold? Documents, actors by type, meetings, date span.
//
// One row: the counts the home page states before the first question. $since (an ISO date,
// or null for all) counts only the meetings from that date on.
:param since => null;
MATCH (d:Document)
WITH count(d) AS documents
OPTIONAL MATCH (a:Actor)
WITH documents, count(a) AS actors,
     sum(CASE a.kind WHEN 'person' THEN 1 ELSE 0 END) AS people,
     sum(CASE a.kind WHEN 'organization' THEN 1 ELSE 0 END) AS organizations,
     sum(CASE a.kind WHEN 'country' THEN 1 ELSE 0 END) AS countries
OPTIONAL MATCH (m:Meeting)
WHERE $since IS NULL OR coalesce(m.date_end, m.date_start) >= date($since)
RETURN documents, actors, people, organizations, countries, count(m) AS meetings,
       toString(min(m.date_start)) AS first_meeting,
       toString(max(coalesce(m.date_end, m.date_start))) AS last_meeting
