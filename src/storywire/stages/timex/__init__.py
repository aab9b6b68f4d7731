"""Temporal-expression internals: lexicons, candidate regexes and value resolution.

The public entry points live in `storywire.stages.dates`.
"""
