// Stored contacts that gained meetings ($rows: [element id, properties]), their new values
// computed by the writer from the stored ones and the meetings gained; a property given as
// null (across_latest while nothing was across the table) is removed.
UNWIND $rows AS row
MATCH ()-[r:MET]->()
WHERE elementId(r) = row[0]
SET r += row[1]
