"""Internals of the posting store: schema, file discovery, parsing for load, writes, search syntax.

Callers use ``bot.store.Store``; these modules are its parts, each with one job.
"""
