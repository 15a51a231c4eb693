"""Actors, themes, commitments and quotations from defence and foreign-policy news.

The package turns articles into six pandas tables (see ``analysis.tables``). It never
imports Streamlit: the dashboard imports it, never the other way round.
"""

from analysis.corpus import Corpus
from analysis.tables import LIST_SEP, SPECS, TABLE_NAMES

__all__ = ["LIST_SEP", "SPECS", "TABLE_NAMES", "Corpus"]
