"""Phrase banks and filler pools. Every list is split in two halves by position (grammar.half_of)."""
