"""The public search: a Thai-aware index of live pages (with the text of the PDFs they link), ranked by where a
query's words are found, with editors' synonyms, "did you mean" and a weekly report of what people look for.

Named ``site_search`` so as not to shadow anything called ``search``. It sits above ``procurement`` and
``sso_statistics`` (it indexes every page type, and imports none of them by name) and below governance."""
