"""Governance: the tamper-evident decision log and what is built on it.

- ``canonical`` — the byte-exact JSON that hashes and signatures cover
- ``entry`` / ``chain`` — log entries, one hash chain per server, and ``verify_chain``
- ``signing`` — Ed25519 checkpoints (key file outside the database) and when to take them
- ``pseudonym`` — keyed HMAC pseudonyms for members and moderators
- ``crypto`` — per-member content keys wrapped by a master key; erasure deletes the wrapped key
- ``export`` / ``packaging`` / ``spreadsheet`` — streaming, pseudonymised, formula-safe exports
- ``metrics`` / ``report`` / ``charts`` — the trust report, its Discord summary, HTML page and charts

Nothing here touches the database or Discord: the database layer supplies entries and records.
"""
