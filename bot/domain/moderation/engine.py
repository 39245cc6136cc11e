"""The policy engine: ``decide(signals, history, policy, context) -> Decision``.

Order of precedence, each one a promise from PRODUCT.md:

1. crisis (a policy crisis phrase or the support detector's crisis level) -> ``CRISIS`` with its
   category; a help request, reported abuse (the author quotes abuse they received) or distress ->
   ``HELP``, a private offer. Never a sanction, never a strike, whatever else the message contains: the
   rules that fired anyway ("I'll kill myself and you too") are listed in ``Decision.also_review`` and kept
   in the signal summary, for the humans the crisis protocol alerts.
2. Each enabled rule gathers its evidence. Deterministic evidence (a trigger word list, a pattern, a
   flood, mention spam, a hit of a judgement detector the rule names in ``detectors``) acts through the
   rule's ladder. Self-talk ("I'm so stupid") voids the word-list evidence of the rules that name
   detectors (the abuse rules). Model evidence alone never sanctions: it sends the message to human
   review when a score reaches ``model.review_threshold``, and is dropped when allowed vocabulary is
   present (illness talk, game context) or the message is self-talk or reported speech. The model acts
   automatically only when a severe label reaches ``model.auto_threshold`` AND a word list agrees
   (``requires_terms``), and even then a review is asked instead in that context.
3. A list hit that lies inside an allow-listed term present in the message is ignored ("kill" inside
   "killing me"); ``bot.classify`` should already mask those, this is the second line.
4. Automatic candidates win over model-only reviews, then the more severe rule, then the heavier action;
   a more severe rule that only the model flagged is listed in ``Decision.also_review``.
5. kick/ban become a proposal to a human when the policy says so (always in the patient preset), and a
   moderator, an exempt role or a member above the bot is never actioned automatically (-> review).

The member's history is read only to pick a fired rule's ladder step. A decision without a rule (none,
help, crisis, allowed context, model below review) is therefore the same for every history, which lets
callers decide with an empty history first and read the record only when ``needs_history`` says so.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from bot.domain.moderation.decision import (
    NO_WAY_BACK,
    Decision,
    DecisionContext,
    FiredSignal,
    MemberHistory,
    ReasonCode,
    SignalKind,
    SignalSummary,
)
from bot.domain.moderation.ladder import carries_strike, ladder_step, way_back
from bot.domain.policy.models import DISCORD_MAX_TIMEOUT, Action, Policy, Rule, Severity
from bot.domain.signals import MessageSignals, ModelStatus, SupportLevel, SupportReading, TermHit


@dataclass(frozen=True, slots=True)
class _Candidate:
    rule: Rule
    order: int
    automatic: bool
    reason: ReasonCode


def _inside_allowed(hit: TermHit, allowed: tuple[str, ...]) -> bool:
    term = hit.term.casefold()
    return any(term in a.casefold() for a in allowed)


def in_context(signals: MessageSignals) -> bool:
    """Context that keeps the model from acting alone: allowed vocabulary, self-talk, reported speech."""
    return bool(signals.allowed_terms) or signals.abuse.self_talk or signals.abuse.reported


def self_talk_voids(rule: Rule, signals: MessageSignals) -> bool:
    """Self-talk voids the word-list evidence of a rule that names detectors (an abuse rule)."""
    return signals.abuse.self_talk and bool(rule.signals.detectors)


def _evaluate(
    rule: Rule,
    order: int,
    signals: MessageSignals,
    hits: tuple[TermHit, ...],
    policy: Policy,
    notes: list[FiredSignal],
    outcomes: set[ReasonCode],
) -> _Candidate | None:
    sig = rule.signals
    deterministic: ReasonCode | None = None
    voided = self_talk_voids(rule, signals)
    if voided:
        kept = tuple(h for h in hits if h.list_id not in sig.lists and h.list_id not in rule.requires_terms)
        for hit in hits:
            if hit not in kept:
                notes.append(
                    FiredSignal(SignalKind.LIST, hit.list_id, rule.id, detail=f"{hit.term} (self-talk)")
                )
        if any(h.list_id in sig.lists for h in hits):
            outcomes.add(ReasonCode.SELF_TALK)
        hits = kept
    for hit in hits:
        if hit.list_id in sig.lists:
            notes.append(FiredSignal(SignalKind.LIST, hit.list_id, rule.id, detail=hit.term))
            deterministic = deterministic or ReasonCode.LIST_MATCH
    learned = False
    for found in signals.abuse.hits:
        if found.kind in sig.detectors:
            notes.append(FiredSignal(SignalKind.DETECTOR, str(found.kind), rule.id, detail=found.cue))
            if found.learned:
                learned = True  # a hunch, like a model score: a person decides
            else:
                deterministic = deterministic or ReasonCode.DETECTOR_MATCH
    for hit in signals.pattern_hits:
        if hit.list_id in sig.patterns:
            notes.append(FiredSignal(SignalKind.PATTERN, hit.list_id, rule.id, detail=hit.term))
            deterministic = deterministic or ReasonCode.PATTERN_MATCH
    if sig.flood and signals.messages_in_window >= sig.flood.messages:
        notes.append(
            FiredSignal(SignalKind.FLOOD, f"{sig.flood.seconds}s", rule.id, signals.messages_in_window)
        )
        deterministic = deterministic or ReasonCode.FLOOD
    if sig.mentions and (
        signals.mention_count > sig.mentions.max or (sig.mentions.mass_mention and signals.mass_mention)
    ):
        detail = "everyone/here" if signals.mass_mention else ""
        notes.append(FiredSignal(SignalKind.MENTIONS, "mentions", rule.id, signals.mention_count, detail))
        deterministic = deterministic or ReasonCode.MENTION_SPAM
    model_hits: dict[str, float] = {}
    if policy.model.enabled:
        for label, threshold in sig.model.items():
            score = signals.model_scores.get(label)
            if score is not None and score >= threshold:
                model_hits[label] = score
                notes.append(FiredSignal(SignalKind.MODEL, label, rule.id, score))
    if deterministic is not None:
        return _Candidate(rule, order, True, deterministic)
    hunch = None
    if learned and not in_context(signals):
        hunch = _Candidate(rule, order, False, ReasonCode.LEARNED_REVIEW)
    if not model_hits:
        return hunch
    context = in_context(signals)
    severe = any(
        label in policy.model.severe_labels and score >= policy.model.auto_threshold
        for label, score in model_hits.items()
    )
    agreeing = [h for h in hits if h.list_id in rule.requires_terms]
    for hit in agreeing:
        notes.append(FiredSignal(SignalKind.LIST, hit.list_id, rule.id, detail=f"{hit.term} (agrees)"))
    if severe and agreeing:
        if context:
            return _Candidate(rule, order, False, ReasonCode.MODEL_CONTEXT_REVIEW)
        return _Candidate(rule, order, True, ReasonCode.MODEL_AND_LIST)
    if max(model_hits.values()) < policy.model.review_threshold:
        outcomes.add(ReasonCode.MODEL_BELOW_REVIEW)
        return hunch
    if context and policy.model.allow_context_suppresses_review:
        quiet = signals.abuse.self_talk and not signals.allowed_terms
        outcomes.add(ReasonCode.SELF_TALK if quiet else ReasonCode.ALLOWED_CONTEXT)
        return None
    return _Candidate(rule, order, False, ReasonCode.MODEL_ONLY_REVIEW)


def _rank(c: _Candidate, step_action: Action) -> tuple[int, int, int, int]:
    # Certain evidence first: a scam link is hidden now rather than left up while a model-only hunch on a
    # more severe rule waits for a human (that rule is kept in ``Decision.also_review``).
    return (int(c.automatic), c.rule.severity.rank, step_action.rank, -c.order)


def _is_exempt(policy: Policy, context: DecisionContext) -> bool:
    return (
        context.is_moderator or context.member_above_bot or bool(context.role_ids & set(policy.exempt_roles))
    )


def _base_notes(signals: MessageSignals, hits: tuple[TermHit, ...]) -> list[FiredSignal]:
    phrases = dict.fromkeys((p.phrase_id, p.category or p.kind) for p in signals.phrases)
    notes = [FiredSignal(SignalKind.PHRASE, pid, detail=detail) for pid, detail in phrases]
    notes += [FiredSignal(SignalKind.ALLOWED, "allow", detail=term) for term in signals.allowed_terms]
    notes += [
        FiredSignal(SignalKind.LIST, h.list_id, detail=f"{h.term} (inside allowed term, ignored)")
        for h in signals.term_hits
        if h not in hits
    ]
    for sign in signals.support.signs:
        notes.append(
            FiredSignal(SignalKind.SUPPORT, str(sign.category), score=sign.severity, detail=sign.cue)
        )
    support = signals.support
    if support.level is not SupportLevel.NONE:
        notes.append(FiredSignal(SignalKind.SUPPORT, "level", detail=str(support.level)))
    context = [
        ("help_request", support.help_request),
        ("immediate", support.immediate),
        ("reported", signals.abuse.reported),
        ("self_talk", signals.abuse.self_talk),
    ]
    notes += [FiredSignal(SignalKind.CONTEXT, name) for name, on in context if on]
    notes += [FiredSignal(SignalKind.CONTEXT, "lowered", detail=why) for why in support.lowered_by]
    if signals.model_status not in (ModelStatus.SCORED, ModelStatus.DISABLED):
        notes.append(FiredSignal(SignalKind.MODEL_STATUS, str(signals.model_status)))
    return notes


def _help_route(signals: MessageSignals, none: Decision, fired: tuple[str, ...]) -> Decision | None:
    """Crisis, help requests, reported abuse and distress: routed to help, never sanctioned."""
    if signals.crisis:
        phrase = next((p for p in signals.phrases if p.kind == "crisis"), None)
        top = max(signals.support.signs, key=lambda sign: sign.severity, default=None)
        support = signals.support
        category = support.category if support.level is SupportLevel.CRISIS else None
        if phrase is not None and phrase.category and not support.immediate:
            category = phrase.category  # the policy's own words name it, unless the detector saw danger now
        return replace(
            none,
            action=Action.CRISIS,
            reason_code=ReasonCode.CRISIS_LANGUAGE,
            crisis_category=category or None,
            phrase_id=phrase.phrase_id if phrase is not None else (top.cue if top else None),
            also_review=fired,
        )
    if signals.reported_abuse:
        reason = ReasonCode.REPORTED_ABUSE
    elif signals.help_request:
        reason = ReasonCode.HELP_REQUEST
    elif signals.distress:
        reason = ReasonCode.DISTRESS
    else:
        return None
    phrase = next((p for p in signals.phrases if p.kind == "help"), None)
    return replace(
        none,
        action=Action.HELP,
        reason_code=reason,
        phrase_id=phrase.phrase_id if phrase is not None else None,
        also_review=fired,
    )


@dataclass(frozen=True, slots=True)
class Evaluated:
    """What a message's signals say under a policy, before the member's record is looked at: the
    decision when no rule fired (``final``), else the rules that did (``evaluate``, then ``conclude``)."""

    final: Decision | None
    none: Decision  # the empty decision with the signal summary, the base of a ruled one
    candidates: tuple[_Candidate, ...]


def decide(
    signals: MessageSignals, history: MemberHistory, policy: Policy, context: DecisionContext
) -> Decision:
    """Decide what happens to one message. Pure: same inputs, same decision."""
    return conclude(evaluate(signals, policy, context), history, policy, context)


def evaluate(signals: MessageSignals, policy: Policy, context: DecisionContext) -> Evaluated:
    """Every rule's evidence, whatever the member's record: ``decide``'s first half. A caller that
    decides once without the record and again with it (``needs_history``) evaluates once."""
    hits = tuple(h for h in signals.term_hits if not _inside_allowed(h, signals.allowed_terms))
    notes = _base_notes(signals, hits)
    outcomes: set[ReasonCode] = set()
    candidates = tuple(
        c
        for order, rule in enumerate(policy.enabled_rules)
        if (c := _evaluate(rule, order, signals, hits, policy, notes, outcomes)) is not None
    )
    none = Decision(
        Action.NONE, ReasonCode.NO_SIGNAL, policy.version, context.now, signals=SignalSummary(tuple(notes))
    )

    certain = (c for c in candidates if c.automatic and c.reason is not ReasonCode.MODEL_AND_LIST)
    fired = tuple(dict.fromkeys(c.rule.id for c in certain))  # deterministic evidence only, never the model
    routed = _help_route(signals, none, fired)
    if routed is not None:
        return Evaluated(routed, none, candidates)
    if not candidates:
        for reason in (ReasonCode.SELF_TALK, ReasonCode.ALLOWED_CONTEXT, ReasonCode.MODEL_BELOW_REVIEW):
            if reason in outcomes:
                return Evaluated(replace(none, reason_code=reason), none, candidates)
        return Evaluated(none, none, candidates)
    return Evaluated(None, none, candidates)


def conclude(
    evaluated: Evaluated, history: MemberHistory, policy: Policy, context: DecisionContext
) -> Decision:
    """``decide``'s second half: the fired rules' ladder steps on the member's record, the rule chosen
    and what it does (the same ``policy`` and ``context`` as ``evaluate`` was given)."""
    if evaluated.final is not None:
        return evaluated.final
    now = context.now
    none, candidates = evaluated.none, evaluated.candidates
    stepped = [(c, *ladder_step(history, c.rule, policy, now)) for c in candidates]
    chosen, rung, step = max(stepped, key=lambda item: _rank(item[0], item[2].proposed or item[2].action))
    rule = chosen.rule
    also = tuple(
        c.rule.id for c, _, _ in stepped if not c.automatic and c.rule.severity.rank > rule.severity.rank
    )
    ruled = replace(
        none,
        rule_id=rule.id,
        ladder_step=rung,
        severity=rule.severity,
        duration=step.duration,
        also_review=also,
    )
    exempt = _is_exempt(policy, context)
    if step.action is Action.REVIEW or not chosen.automatic:
        return replace(
            ruled,
            action=Action.REVIEW,
            reason_code=ReasonCode.LADDER_REVIEW if chosen.automatic else chosen.reason,
            proposed_action=step.proposed if step.action is Action.REVIEW else step.action,
            hide_message=step.hides_message and chosen.automatic and not exempt,
        )
    action = step.action
    if exempt:
        return replace(
            ruled, action=Action.REVIEW, reason_code=ReasonCode.EXEMPT_MEMBER, proposed_action=action
        )
    if action.irreversible and policy.irreversible_requires_human:
        return replace(
            ruled,
            action=Action.REVIEW,
            reason_code=ReasonCode.HUMAN_REQUIRED,
            proposed_action=action,
            hide_message=True,
        )
    return replace(
        ruled,
        action=action,
        reason_code=chosen.reason,
        strike=carries_strike(action),
        hide_message=step.hides_message,
        way_back=way_back(rule, action, step.duration, now),
    )


def crisis_review(
    decision: Decision, signals: MessageSignals, policy: Policy, context: DecisionContext
) -> Decision | None:
    """For a crisis message that also broke a high or severe rule ("I'll kill myself and you too": a
    threat, hate): the review a person gets for it, while the crisis protocol runs. Never an automatic
    sanction: no strike, the message stays, the member is not told; the proposed action is what the rule
    would have done (empty history). Lesser rules (an insult said in despair) are left to the crisis
    team. None when ``decision`` is not such a crisis."""
    if decision.action is not Action.CRISIS:
        return None
    serious = [r for r in decision.also_review if policy.rule(r).severity.rank >= Severity.HIGH.rank]
    if not serious:
        return None
    bare = replace(
        signals,
        phrases=tuple(p for p in signals.phrases if p.kind not in ("crisis", "help")),
        support=SupportReading(),
        abuse=replace(signals.abuse, reported=False),
    )
    ruled = decide(bare, MemberHistory(), policy, context)
    if ruled.rule_id not in serious:
        return None
    proposed = ruled.proposed_action if ruled.action is Action.REVIEW else ruled.action
    return replace(
        ruled,
        action=Action.REVIEW,
        reason_code=ReasonCode.CRISIS_REVIEW,
        proposed_action=proposed,
        strike=False,
        hide_message=False,
        way_back=NO_WAY_BACK,
        crisis_category=decision.crisis_category,
        phrase_id=decision.phrase_id,
        signals=decision.signals,
    )


class ManualDecisionError(ValueError):
    """A moderator command that the policy cannot express (unknown rule, missing duration...)."""


def needs_history(decision: Decision) -> bool:
    """Whether ``decision``, made with an empty history, could change with the member's real record.

    Only a fired rule looks at the history (for its ladder step), so a decision with no ``rule_id`` is
    final whatever the record holds; one with a rule must be decided again with the real history.
    """
    return decision.rule_id is not None


def manual_decision(
    rule_id: str,
    action: Action | str,
    duration: timedelta | None,
    policy: Policy,
    now: datetime,
    *,
    hide_message: bool | None = None,
) -> Decision:
    """A moderator's action, as a ``Decision`` of the same shape (and explanation quality) as ``decide``."""
    if now.tzinfo is None:
        raise ManualDecisionError("now must be timezone-aware UTC")
    try:
        rule = policy.rule(rule_id)
    except KeyError:
        known = ", ".join(r.id for r in policy.rules)
        raise ManualDecisionError(f'unknown rule "{rule_id}"; rules: {known}') from None
    act = Action(action)
    if not act.is_sanction:
        raise ManualDecisionError(f'"{act}" is not a moderation action')
    if act is Action.TIMEOUT:
        if duration is None or duration <= timedelta(0) or duration > DISCORD_MAX_TIMEOUT:
            raise ManualDecisionError("a timeout needs a duration between 1 second and 28 days")
    elif act is Action.BAN:
        if duration is not None and duration <= timedelta(0):
            raise ManualDecisionError("a temporary ban needs a positive duration")
    elif duration is not None:
        raise ManualDecisionError(f'"{act}" takes no duration')
    note = FiredSignal(SignalKind.MODERATOR, "command", rule.id, detail=str(act))
    return Decision(
        act,
        ReasonCode.MODERATOR,
        policy.version,
        now,
        rule_id=rule.id,
        duration=duration,
        strike=carries_strike(act),
        hide_message=act is Action.HIDE if hide_message is None else hide_message,
        automatic=False,
        severity=rule.severity,
        signals=SignalSummary((note,)),
        way_back=way_back(rule, act, duration, now),
    )
