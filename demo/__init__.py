"""Demo content and accounts for trying the site (``manage.py load_demo_content``): installed by the development
and test settings, never by production's. Nothing outside this app imports it.

The content is data, in ``data/demo/*.yaml`` (see its README): this app reads it and puts it in place.
``datafiles`` reads the files (errors name the file and the entry; dates count from today), ``markup`` turns the
readable block form into rich text and StreamField data, ``content`` reads the pages to create and to fill,
``library`` the pictures and PDFs that ``media`` draws, and ``loader`` puts the pages into the tree built by
``setup_site`` without overwriting an editor's work. ``accounts``, ``requests`` and ``procurement`` read and create
the demo accounts, publication requests and procurement projects with their notices; ``statistics`` generates
sample fund statistics (seeded numbers, not data files).
"""
