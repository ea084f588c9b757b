"""The integrity-assessment (ITA) evidence pack: for one Thai fiscal year, the evidence that indicator MOIT 1 and
the open-data indicators ask for (the measures and their signed document, the permission matrix, the publication
requests with their forms, the 3-day report, the periodic reports with their acknowledgements, the monthly สขร.1
summaries, the site-issue statistics and the traffic-log seals), gathered from five screens into one ZIP with a
Thai PDF index. An admin screen and ``manage.py ita_evidence_pack`` build it. See docs/ita.md."""
