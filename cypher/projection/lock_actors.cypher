// Write-lock the actors a batch writes about, in id order, before anything is read: two
// loaders that write about the same actors then run one after the other, and the contact
// projection each maintains sees the other's committed meetings.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
SET a._lock = true
REMOVE a._lock
