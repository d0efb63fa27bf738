// Stored contacts that gained meetings ($rows: [element id, properties]), their new values
// computed by the writer from the stored ones and the meetings gained (dates as ISO text); a property given as
// null (across_latest while nothing was across the table) is removed.
UNWIND $rows AS row
MATCH ()-[r:MET]->()
WHERE elementId(r) = row[0]
SET r += row[1]
SET r.first = date(row[1].first), r.last = date(row[1].last),
    r.across_first = date(row[1].across_first), r.across_last = date(row[1].across_last)
