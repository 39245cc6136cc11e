"""Discord JSON shapes built from the emulator's state, following the documented objects (API v10).

discord.py reads many fields with ``data["..."]``: every documented non-optional field is present, with
``null`` where Discord would send null.
"""
