"""Demo content for the Social Security Office site (``manage.py load_demo_content``).

``content`` holds the Thai texts, ``library`` the generated pictures and PDFs, ``media`` draws them, and
``loader`` puts everything into the page tree built by ``setup_site`` without overwriting an editor's work.
"""
