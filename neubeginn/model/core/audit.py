"""Reading the audit log (writing happens in Context.audit, inside each change's transaction)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from neubeginn.model.core.context import Context
from neubeginn.model.core.tables import Account, AuditEntry
from neubeginn.model.domain.access import Action
from neubeginn.model.errors import IntegrityError


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: dt.datetime
    account_uuid: str | None
    username: str  # decrypted for display; "" when the entry names no account
    action: str
    outcome: str
    case_uuid: str | None
    target_uuid: str | None


class AuditLog:
    """`vault.audit`: admins read the log; nobody edits it (the database refuses to)."""

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def entries(
        self,
        *,
        case_uuid: str | None = None,
        account_uuid: str | None = None,
        action: str | None = None,
        since: dt.datetime | None = None,
        limit: int | None = None,
    ) -> list[AuditRecord]:
        """Entries oldest first, filtered; reading the log is itself recorded."""
        self._ctx.require(Action.AUDIT_READ, case_uuid)
        query = select(AuditEntry).order_by(AuditEntry.id)
        if case_uuid is not None:
            query = query.where(AuditEntry.case_uuid == case_uuid)
        if account_uuid is not None:
            query = query.where(AuditEntry.account_uuid == account_uuid)
        if action is not None:
            query = query.where(AuditEntry.action == action)
        if since is not None:
            query = query.where(AuditEntry.at >= since)
        if limit is not None:
            query = query.order_by(None).order_by(AuditEntry.id.desc()).limit(limit)
        with self._ctx.store.write() as db:
            rows = list(db.scalars(query))
            names = self._usernames(db, {row.account_uuid for row in rows if row.account_uuid})
            self._ctx.audit(db, Action.AUDIT_READ, case_uuid)
        rows.sort(key=lambda row: row.id)
        return [
            AuditRecord(
                id=row.id,
                at=row.at,
                account_uuid=row.account_uuid,
                username=names.get(row.account_uuid or "", ""),
                action=row.action,
                outcome=row.outcome,
                case_uuid=row.case_uuid,
                target_uuid=row.target_uuid,
            )
            for row in rows
        ]

    def _usernames(self, db: Session, uuids: set[str]) -> dict[str, str]:
        names: dict[str, str] = {}
        for account in db.scalars(select(Account).where(Account.uuid.in_(uuids))):
            try:
                names[account.uuid] = self._ctx.cipher.open_json(account, Account.profile)[
                    "username"
                ]
            except IntegrityError:
                names[account.uuid] = "(beschädigt)"
        return names
