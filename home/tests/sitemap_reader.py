"""Reading the XML sitemap as a search engine does: the index, then every file it names."""

import re
from urllib.parse import urlsplit

LOC = re.compile(r"<loc>([^<]+)</loc>")


def locations(content: bytes) -> list[str]:
    return LOC.findall(content.decode())


def sitemap_files(client) -> list[list[str]]:
    """The URLs of each file the index names, in order."""
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    files = []
    for file_url in locations(index.content):
        response = client.get(urlsplit(file_url).path)
        assert response.status_code == 200
        files.append(locations(response.content))
    return files


def sitemap_paths(client) -> list[str]:
    """Every URL path of the sitemap, across its files."""
    return [urlsplit(url).path for urls in sitemap_files(client) for url in urls]
