"""Ledger placeholder."""
from __future__ import annotations


def build_ledger(attributions):
    return []


def compute_stats(spans, attributions, sentences):
    return {}
