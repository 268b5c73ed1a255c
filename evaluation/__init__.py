"""Evaluation: metrics over plain records, the two baselines, and the HTML report.

Importable, quiet and seeded: nothing here prints, reads the environment or writes outside the
paths it is given.
"""

from evaluation.baselines import KeywordBaseline, TfidfBaseline
from evaluation.metrics import compare, evaluate, gate_reasons, mcnemar
from evaluation.report import render_html

__all__ = ["KeywordBaseline", "TfidfBaseline", "compare", "evaluate", "gate_reasons", "mcnemar", "render_html"]
