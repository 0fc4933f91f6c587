"""Gazetteer data files for the actor tagger (see README.md here)."""
