"""Writing cases as a "neubeginn-case/1" document (the dict json.dump writes)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from neubeginn.model.domain.values import Agency, Case, Consent, LaufzettelEntry, Member
from neubeginn.model.exchange.json_format import FORMAT, MEMBER_TEXT_KEYS


def _moment(value: dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _member(member: Member) -> dict[str, Any]:
    return {
        "family_name": member.family_name,
        "given_names": member.given_names,
        "native_name": member.native_name,
        "birth_date": None if member.birth_date is None else member.birth_date.iso(),
        "sex": member.sex.value,
        "nationality": member.nationality,
        "relationship": member.relationship,
        "languages": [
            {"code": spoken.code, "level": spoken.level.value, "interpreter": spoken.interpreter}
            for spoken in member.languages
        ],
        "german_level": member.german_level.value,
        "literacy": member.literacy.value,
        "schooling_years": member.schooling_years,
        "residence_status": None
        if member.residence_status is None
        else member.residence_status.value,
        "residence_issued_on": None
        if member.residence_issued_on is None
        else member.residence_issued_on.isoformat(),
        "residence_valid_until": None
        if member.residence_valid_until is None
        else member.residence_valid_until.isoformat(),
        "notes": member.notes,
        **{name: getattr(member, name) for name in MEMBER_TEXT_KEYS if name != "native_name"},
    }


def _entry(entry: LaufzettelEntry, position: int) -> dict[str, Any]:
    return {
        "seq": entry.seq or position,
        "date": _moment(entry.when),
        "status": entry.status.value,
        "agency": entry.agency.name,
        "counsellor": entry.counsellor,
        "topics": [topic.value for topic in entry.topics],
        "information": entry.information,
        "agreements": entry.agreements,
        "next_appointment": _moment(entry.next_appointment),
        "members": list(entry.members),
        "amends": entry.amends,
        "recorded_by": entry.recorded_by,
        "recorded_at": _moment(entry.recorded_at),
        "uuid": entry.uuid,
    }


def _consent(consent: Consent, names: Mapping[str, str]) -> dict[str, Any]:
    unknown = [uuid for uuid in consent.agencies if uuid not in names]
    if unknown:
        raise ValueError(f"consent names agencies missing from the directory: {unknown}")
    return {
        "given_on": consent.given_on.isoformat(),
        "store_data": consent.store_data,
        "share_with_agencies": consent.share_with_agencies,
        "agencies": [names[uuid] for uuid in consent.agencies],
        "recorded_by": consent.recorded_by,
        "withdrawn_on": None if consent.withdrawn_on is None else consent.withdrawn_on.isoformat(),
    }


def dump_cases(cases: Sequence[Case], *, agencies: Iterable[Agency] = ()) -> dict[str, Any]:
    """The JSON document (for json.dump) of the cases, every entry in chain order.

    Consents name agencies by uuid; the file names them, so the directory (`agencies`) is
    needed for any consent that names an agency not met in the case's own Laufzettel.

    Raises:
        ValueError: a consent names an agency uuid found nowhere.
    """
    directory = {agency.uuid: agency.name for agency in agencies}
    documents = []
    for case in cases:
        names = directory | {entry.agency.uuid: entry.agency.name for entry in case.laufzettel}
        documents.append(
            {
                "case_number": case.number,
                "folder_version": case.folder_version.value,
                "issuing_office": case.issuing_office,
                "issued_on": None if case.issued_on is None else case.issued_on.isoformat(),
                "accommodation": case.accommodation,
                "print_languages": list(case.print_languages),
                "members": [_member(member) for member in case.members],
                "service_contacts": [
                    {
                        "office": contact.office,
                        "reference": contact.reference,
                        "contact_person": contact.contact_person,
                        "phone": contact.phone,
                    }
                    for contact in case.service_contacts
                ],
                "consents": [_consent(consent, names) for consent in case.consents],
                "laufzettel": [
                    _entry(entry, position)
                    for position, entry in enumerate(case.laufzettel, start=1)
                ],
                "uuid": case.uuid,
            }
        )
    return {"format": FORMAT, "cases": documents}
