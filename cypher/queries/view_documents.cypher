// view_documents — Title, outlet and date of documents, by id: the views use it to cite
// the source of a quote.
//
// $ids: document ids. One row per document found.
:param ids => ['baladi-2020-01-14-fidan-mamlouk-moscow'];
MATCH (d:Document) WHERE d.id IN $ids
RETURN d.id AS id, d.title AS title, d.outlet AS outlet, toString(d.published) AS published,
       d.url AS url
ORDER BY id
