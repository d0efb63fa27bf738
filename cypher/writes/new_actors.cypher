// Actors not in the graph yet, of one label (__LABEL__: Person, Organization or Country,
// chosen by the loader), each row all of the actor's properties as the writer merged them
// (see actors.cypher for the rules).
UNWIND $rows AS row
CREATE (a:Actor:__LABEL__)
SET a = row
