"""Builds the governance use cases on top of the shared recorder and vault (called from ``wire_services``)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.services.context import AppContext
from bot.services.governance.audit import AuditService
from bot.services.governance.dsa import DsaExportService
from bot.services.governance.export import ExportService
from bot.services.governance.metrics import MetricsLoader
from bot.services.governance.privacy import PrivacyService
from bot.services.governance.report import MonthlyReportJob, ReportService
from bot.services.governance.retention import RetentionService
from bot.services.governance.verify import GovernanceVerifier, load_retired_public_keys
from bot.services.recorder import ContentVault, GovernanceRecorder


@dataclass(frozen=True)
class GovernanceServices:
    recorder: GovernanceRecorder
    vault: ContentVault
    verifier: GovernanceVerifier
    exports: ExportService
    statements: DsaExportService  # statements of reasons, DSA transparency database fields
    reports: ReportService
    monthly: MonthlyReportJob
    retention: RetentionService
    privacy: PrivacyService
    audit: AuditService


def build_governance(ctx: AppContext) -> GovernanceServices:
    shared = ctx.shared
    recorder, vault = shared.recorder, shared.vault
    retired = ctx.settings.effective_signing_key_path.parent / "retired"
    keys = [recorder.signing_key.public_key(), *load_retired_public_keys(retired)]
    reports = ReportService(
        ctx.db,
        ctx.clock,
        MetricsLoader(ctx.db, vault),
        policies=shared.policies,
        policies_dir=ctx.settings.policies_dir,
    )
    return GovernanceServices(
        recorder=recorder,
        vault=vault,
        verifier=GovernanceVerifier(ctx.db, keys),
        exports=ExportService(ctx.db, ctx.clock, recorder),
        statements=DsaExportService(ctx.db, ctx.clock, recorder, shared.policies),
        reports=reports,
        monthly=MonthlyReportJob(ctx.db, ctx.clock, reports),
        retention=RetentionService(ctx.db, ctx.clock, recorder, shared.policies),
        privacy=PrivacyService(ctx.db, ctx.clock, recorder, vault, shared.guilds, shared.locales),
        audit=AuditService(ctx.db, ctx.clock, recorder, vault),
    )
