"""Bringing articles in from the web: ``storyline fetch`` and the app's "Add article
from URL…" (no Textual here).

Only this package touches the network, and nothing imports it unless a fetch is asked
for: loading a folder, extracting and the dashboard stay offline.

``Fetcher(folder, FetchOptions(...)).fetch(urls)`` saves each page as the bytes
received, named from its host and title, never over an existing file, with a hidden
sidecar (:mod:`tui.read.sidecar`) that the reader uses as metadata and the next fetch
of the same address uses for a conditional request. Each address ends with an
:class:`~tui.fetch.run.Outcome`: saved, unchanged, duplicate or skipped (with the reason).

Modules: :mod:`.urls` (which addresses, list files), :mod:`.client` (HTTP through
urllib3: timeouts, redirects, retries, size cap), :mod:`.polite` (one request at a time
per host, robots.txt), :mod:`.page` (content type, charset, title, file name),
:mod:`.store` (writing pages and sidecars, earlier fetches), :mod:`.feeds` (RSS, Atom,
JSON Feed, ``--match``), :mod:`.run` (a run), :mod:`.progress` and :mod:`.command`
(the command line).
"""

from __future__ import annotations

from tui.fetch.client import FetchError, FetchOptions
from tui.fetch.run import Fetcher, Outcome

__all__ = ["FetchError", "FetchOptions", "Fetcher", "Outcome"]
