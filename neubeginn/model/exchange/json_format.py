"""The versioned JSON case format "neubeginn-case/1" (docs/case-format.md): its name and the
keys of each record, required and optional. json_reader reads it, json_writer writes it."""

from __future__ import annotations

FORMAT = "neubeginn-case/1"

# Reading refuses a key a record does not list and wants every required one: a typo in a
# hand-written file cannot silently lose data. Writing writes every key.
TOP_KEYS = frozenset({"format", "cases"})
CASE_KEYS = frozenset({"folder_version", "accommodation", "print_languages", "members"})
CASE_OPTIONAL_KEYS = frozenset(
    {"case_number", "issuing_office", "issued_on", "service_contacts", "consents", "laufzettel"}
) | {"uuid"}
MEMBER_KEYS = frozenset(
    {"family_name", "given_names", "birth_date", "sex", "nationality", "relationship"}
) | {"german_level"}
#: Optional member keys that are plain single-line texts, named as in domain.Member.
MEMBER_TEXT_KEYS = (
    "native_name",
    "last_school",
    "certificates",
    "vocational_training",
    "work_experience",
    "residence_paragraph",
    "phone",
    "bamf_number",
    "jobcenter_number",
    "uuid",
)
MEMBER_OPTIONAL_KEYS = frozenset(MEMBER_TEXT_KEYS) | {
    "languages",
    "literacy",
    "schooling_years",
    "residence_status",
    "residence_issued_on",
    "residence_valid_until",
    "notes",
}
LANGUAGE_KEYS = frozenset({"code", "level"})
LANGUAGE_OPTIONAL_KEYS = frozenset({"interpreter"})
ENTRY_KEYS = frozenset({"date", "status", "agency"})
ENTRY_OPTIONAL_KEYS = frozenset(
    {"counsellor", "topics", "information", "agreements", "next_appointment", "members"}
) | {"seq", "amends", "recorded_by", "recorded_at", "uuid"}
CONTACT_KEYS = frozenset({"office"})
CONTACT_OPTIONAL_KEYS = frozenset({"reference", "contact_person", "phone"})
CONSENT_KEYS = frozenset({"given_on", "store_data", "share_with_agencies"})
CONSENT_OPTIONAL_KEYS = frozenset({"agencies", "recorded_by", "withdrawn_on"})
