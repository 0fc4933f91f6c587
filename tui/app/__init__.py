"""The Textual dashboard: renders the model and turns keys into actions.

It owns no extraction; everything it shows comes from :mod:`tui.corpus`.
"""
