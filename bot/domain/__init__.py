"""Pure rules, no Discord, database, scheduler or model: one package per feature (``moderation``,
``help``, ``policy``) above a small common part (``clock``, ``durations``, ``excerpt``, ``i18n``,
``signals``, ``relay_text``, ``resources``)."""
