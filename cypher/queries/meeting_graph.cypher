// meeting_graph — One meeting, drawn: who attended (with their roles on the relationships),
// where, through which channels, who did what about it, and the articles that report it,
// for Neo4j Browser's Graph view.
//
// The table version is meeting (participants, place, channels, actions and sentences).
// $id: the meeting's id.
:param id => 'damascus-meeting-us-delegation-mamlouk-2018-06';
// Example: the defaults above draw the secret US delegation's meeting in Damascus.
MATCH (m:Meeting {id: $id})
RETURN m,
       COLLECT { MATCH p = (:Actor)-[:ATTENDED]->(m) RETURN p } AS attended,
       COLLECT { MATCH p = (m)-[:HELD_AT]->(:Place) RETURN p } AS place,
       COLLECT { MATCH p = (m)-[:VIA]->() RETURN p } AS channels,
       COLLECT { MATCH p = (:Actor)-[:BOYCOTTED|INVITED|PREVENTED|DETAINED|TRANSPORTED]->(m)
                 RETURN p } AS actions,
       COLLECT { MATCH p = (m)-[:REPORTED_IN]->(:Document) RETURN p } AS sources
