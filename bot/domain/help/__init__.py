"""The help journey's pure rules: tickets and their states, SLA tiers, the rota, the knowledge base and
helplines.

Modules: ``rules`` (the help settings a policy carries), ``ticket_types`` and ``tickets`` (the ticket
state machine), ``ticket_survey``, ``sla`` (escalation tiers and deadlines), ``rota`` and ``rota_parse``
(who is on shift), ``kb``, ``kb_front_matter`` and ``kb_search`` (articles), ``helplines``.
Nothing here knows about moderation: the two features meet only in the policy (``bot.domain.policy``).
"""
