"""Demo content and accounts for trying the site (``manage.py load_demo_content``): installed by the development
and test settings, never by production's.

``content`` holds the Thai texts, ``library`` the generated pictures and PDFs, ``media`` draws them, and
``loader`` puts everything into the page tree built by ``setup_site`` without overwriting an editor's work;
``accounts``, ``requests``, ``procurement`` and ``statistics`` add demo accounts, publication requests,
procurement projects with their notices, and sample fund statistics.
"""
