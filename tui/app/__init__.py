"""The Textual dashboard: renders the model and turns keys into actions.

It owns no extraction; everything it shows comes from :mod:`tui.corpus` (loaded by
:mod:`tui.load`, merged by :mod:`tui.merge`).
"""
