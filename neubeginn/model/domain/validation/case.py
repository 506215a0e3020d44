"""Validation of a whole case: its header, members, service contacts, consents and the
Laufzettel's numbering; members and entries are checked by their own modules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from neubeginn.model.codes import Code
from neubeginn.model.domain.validation.entry import validate_entry
from neubeginn.model.domain.validation.member import validate_member
from neubeginn.model.domain.validation.problems import Checker, Problem, displayable
from neubeginn.model.domain.values import Case, Consent, FolderVersion, ServiceContact

MAX_MEMBERS = 30


def _validate_contact(contact: ServiceContact, path: str, check: Checker) -> None:
    check.text(contact.office, f"{path}.office", missing=Code.OFFICE_MISSING)
    for name in ("reference", "contact_person", "phone"):
        check.text(getattr(contact, name), f"{path}.{name}")


def _validate_consent(consent: Consent, path: str, today: dt.date, check: Checker) -> None:
    check.not_after_today(consent.given_on, today, f"{path}.given_on")
    withdrawn = consent.withdrawn_on
    if withdrawn is not None:
        if withdrawn < consent.given_on:
            check.add(f"{path}.withdrawn_on", Code.WITHDRAWAL_BEFORE_CONSENT)
        check.not_after_today(withdrawn, today, f"{path}.withdrawn_on")
    for name in ("store_data", "share_with_agencies"):
        if not isinstance(getattr(consent, name), bool):
            check.add(f"{path}.{name}", Code.YES_NO_EXPECTED)
    if consent.agencies and not consent.share_with_agencies:
        check.add(f"{path}.agencies", Code.AGENCIES_WITHOUT_SHARING)
    check.text(consent.recorded_by, f"{path}.recorded_by")


def _validate_chain(case: Case, path: str, check: Checker) -> None:
    """Numbering and references of the Laufzettel: seq 0 means "not yet stored"."""
    member_ids = {member.uuid for member in case.members if member.uuid}
    for index, entry in enumerate(case.laufzettel):
        here = f"{path}.laufzettel[{index}]"
        position = index + 1
        if entry.seq not in (0, position):
            check.add(f"{here}.seq", Code.SEQ_MISMATCH, seq=entry.seq, position=position)
        if entry.amends is not None and not 1 <= entry.amends < position:
            check.add(f"{here}.amends", Code.AMENDS_NOT_EARLIER)
        for ref_index, ref in enumerate(entry.members):
            if ref not in member_ids:
                check.add(f"{here}.members[{ref_index}]", Code.UNKNOWN_MEMBER)


def validate_case(
    case: Case,
    *,
    today: dt.date,
    agencies: Collection[str] | None = None,
    path: str = "case",
) -> list[Problem]:
    """Every problem of a case, its members and Laufzettel; an empty list means valid.

    Args:
        today: the date "in the future" is measured against.
        agencies: names of the directory's agencies, for the Laufzettel; None skips the check.
        path: prefix of every problem's path.
    """
    check = Checker()
    check.text(case.number, f"{path}.number")
    check.choice(case.folder_version, FolderVersion, f"{path}.folder_version")
    check.text(case.issuing_office, f"{path}.issuing_office")
    check.not_after_today(case.issued_on, today, f"{path}.issued_on")
    check.text(case.accommodation, f"{path}.accommodation")
    check.text(case.uuid, f"{path}.uuid")
    for index, code in enumerate(case.print_languages):
        check.language(code, f"{path}.print_languages[{index}]")
        if code in case.print_languages[:index]:
            check.add(
                f"{path}.print_languages[{index}]", Code.LANGUAGE_TWICE, code=displayable(code)
            )
    if not case.members:
        check.add(f"{path}.members", Code.NO_MEMBERS)
    elif len(case.members) > MAX_MEMBERS:
        check.add(
            f"{path}.members", Code.TOO_MANY_MEMBERS, count=len(case.members), limit=MAX_MEMBERS
        )
    heads = 0
    uuids: set[str] = set()
    for index, member in enumerate(case.members):
        here = f"{path}.members[{index}]"
        check.problems += validate_member(member, path=here, today=today)
        if member.relationship == "head":
            heads += 1
        if heads > 1 and member.relationship == "head":
            check.add(f"{here}.relationship", Code.HEAD_TWICE)
        if member.uuid and member.uuid in uuids:
            check.add(f"{here}.uuid", Code.MEMBER_ID_TAKEN)
        uuids.add(member.uuid)
    for index, contact in enumerate(case.service_contacts):
        _validate_contact(contact, f"{path}.service_contacts[{index}]", check)
    for index, consent in enumerate(case.consents):
        _validate_consent(consent, f"{path}.consents[{index}]", today, check)
    for index, entry in enumerate(case.laufzettel):
        here = f"{path}.laufzettel[{index}]"
        check.problems += validate_entry(entry, path=here, today=today)
        if agencies is not None and entry.agency.name and entry.agency.name not in agencies:
            check.add(
                f"{here}.agency.name",
                Code.AGENCY_NOT_IN_DIRECTORY,
                name=displayable(entry.agency.name),
            )
    _validate_chain(case, path, check)
    return check.problems
