"""The codes of every error and problem the model reports; their words are in the catalogs.

The model never words a message: it raises or returns a code with parameters, and
`neubeginn.model.wording` finds the code's German or English text in
neubeginn/resources/messages/{de,en}.po. A code is a stable name, so a message can be
reworded in one language without touching the code or the other language.
"""

from __future__ import annotations

import enum


class Code(enum.StrEnum):
    """One message of the model; its value is the catalog key (msgid)."""

    # errors: what the desk is told
    WRONG_PASSWORD = "wrong_password"
    ACCESS_DENIED = "access_denied"
    RECORD_DAMAGED = "record_damaged"
    VAULT_LOCKED = "vault_locked"
    WEAK_KEY_SLOT = "weak_key_slot"
    SCHEMA_TOO_NEW = "schema_too_new"
    SCHEMA_TOO_OLD = "schema_too_old"
    INVALID_INPUT = "invalid_input"
    CASE_INVALID = "case_invalid"
    IMPORT_REFUSED = "import_refused"
    NO_SUCH_CASE = "no_such_case"
    NO_SUCH_AGENCY = "no_such_agency"
    NO_SUCH_ACCOUNT = "no_such_account"
    NOT_A_VAULT = "not_a_vault"
    VAULT_EXISTS = "vault_exists"
    PASSWORD_IN_URL = "password_in_url"

    # accounts
    USERNAME_EMPTY = "username_empty"
    USERNAME_TOO_LONG = "username_too_long"
    USERNAME_BAD_CHARACTER = "username_bad_character"
    USERNAME_TAKEN = "username_taken"
    DISPLAY_NAME_EMPTY = "display_name_empty"
    DISPLAY_NAME_TOO_LONG = "display_name_too_long"
    DISPLAY_NAME_CONTROL = "display_name_control"
    PASSWORD_TOO_SHORT = "password_too_short"
    PASSWORD_TOO_LONG = "password_too_long"
    PASSWORD_LINE_BREAK = "password_line_break"
    UNKNOWN_ROLE = "unknown_role"
    COUNSELLING_NEEDS_AGENCY = "counselling_needs_agency"
    ACCOUNT_DISABLED = "account_disabled"
    CANNOT_DISABLE_SELF = "cannot_disable_self"

    # agencies
    AGENCY_NAME_EMPTY = "agency_name_empty"
    AT_MOST_CHARACTERS = "at_most_characters"
    EMAIL_INVALID = "email_invalid"

    # cases and the Laufzettel
    MEMBER_IN_LAUFZETTEL = "member_in_laufzettel"
    CASE_NUMBER_MALFORMED = "case_number_malformed"
    CASE_NUMBER_TAKEN = "case_number_taken"
    CASE_CHANGED_ELSEWHERE = "case_changed_elsewhere"
    NO_SUCH_ENTRY = "no_such_entry"

    # validation of texts and values
    TEXT_EXPECTED = "text_expected"
    TEXT_TOO_LONG = "text_too_long"
    LINE_BREAK_NOT_ALLOWED = "line_break_not_allowed"
    CONTROL_CHARACTER = "control_character"
    UNKNOWN_VALUE = "unknown_value"
    UNKNOWN_LANGUAGE = "unknown_language"
    LANGUAGE_TWICE = "language_twice"
    YES_NO_EXPECTED = "yes_no_expected"
    DATE_IN_FUTURE = "date_in_future"
    DATE_OUT_OF_RANGE = "date_out_of_range"

    # validation of members
    FAMILY_NAME_MISSING = "family_name_missing"
    GIVEN_NAMES_MISSING = "given_names_missing"
    BIRTH_DATE_IN_FUTURE = "birth_date_in_future"
    UNKNOWN_NATIONALITY = "unknown_nationality"
    UNKNOWN_RELATIONSHIP = "unknown_relationship"
    SCHOOLING_YEARS_RANGE = "schooling_years_range"
    RESIDENCE_ISSUED_BEFORE_BIRTH = "residence_issued_before_birth"
    RESIDENCE_EXPIRES_BEFORE_ISSUE = "residence_expires_before_issue"
    RESIDENCE_EXPIRED_BEFORE_BIRTH = "residence_expired_before_birth"

    # validation of the case
    NO_MEMBERS = "no_members"
    TOO_MANY_MEMBERS = "too_many_members"
    HEAD_TWICE = "head_twice"
    MEMBER_ID_TAKEN = "member_id_taken"
    OFFICE_MISSING = "office_missing"
    WITHDRAWAL_BEFORE_CONSENT = "withdrawal_before_consent"
    AGENCIES_WITHOUT_SHARING = "agencies_without_sharing"

    # validation of Laufzettel entries
    AGENCY_MISSING = "agency_missing"
    AGENCY_NOT_IN_DIRECTORY = "agency_not_in_directory"
    APPOINTMENT_IN_FUTURE = "appointment_in_future"
    NEXT_APPOINTMENT_BEFORE_ENTRY = "next_appointment_before_entry"
    SEQ_MISMATCH = "seq_mismatch"
    AMENDS_NOT_EARLIER = "amends_not_earlier"
    UNKNOWN_MEMBER = "unknown_member"

    # import files
    VALUE_MISSING = "value_missing"
    NOT_ISO_DATE = "not_iso_date"
    NOT_PARTIAL_DATE = "not_partial_date"
    BIRTH_DATE_BEFORE_1900 = "birth_date_before_1900"
    NOT_ISO_MOMENT = "not_iso_moment"
    NOT_A_DATE = "not_a_date"
    TIME_SKIPPED = "time_skipped"
    BOOLEAN_EXPECTED = "boolean_expected"
    INTEGER_EXPECTED = "integer_expected"
    LIST_EXPECTED = "list_expected"
    OBJECT_EXPECTED = "object_expected"
    UNKNOWN_KEY = "unknown_key"
    UNKNOWN_FORMAT = "unknown_format"
    NO_CASES = "no_cases"
    CASE_NUMBER_TWICE = "case_number_twice"
    SEQ_OUT_OF_ORDER = "seq_out_of_order"
    NOT_UTF8 = "not_utf8"
    NOT_CSV = "not_csv"
    FILE_EMPTY = "file_empty"
    UNKNOWN_COLUMN = "unknown_column"
    COLUMN_TWICE = "column_twice"
    COLUMN_MISSING = "column_missing"
    ROW_TOO_LONG = "row_too_long"
    NO_HOUSEHOLD_MEMBERS = "no_household_members"

    # the agency directory's import file
    UNKNOWN_TOPIC = "unknown_topic"
    UNKNOWN_COLUMN_OF = "unknown_column_of"
    AGENCY_TWICE = "agency_twice"
    NO_AGENCIES = "no_agencies"
    BAD_LANGUAGE_ITEM = "bad_language_item"
    CELL_DIFFERS = "cell_differs"

    # damaged records (verify; the reason after "record: ")
    DAMAGE = "damage"
    AUTHENTICATION_FAILED = "authentication_failed"
    RECORD_MISSING = "record_missing"
    DATA_KEY_MISSING = "data_key_missing"
    KEY_SLOT_DAMAGED = "key_slot_damaged"
    KDF_BELOW_FLOOR = "kdf_below_floor"
    UNKNOWN_KDF = "unknown_kdf"
    FIELD_MISSING = "field_missing"
    MALFORMED_CIPHERTEXT = "malformed_ciphertext"
    UNKNOWN_KEY_ID = "unknown_key_id"
    NOT_JSON = "not_json"
    MEMO_FOREIGN = "memo_foreign"
    BUCKET_UNREADABLE = "bucket_unreadable"
    BUCKET_FORMS_DIFFER = "bucket_forms_differ"
    BUCKET_COPY_DIFFERS = "bucket_copy_differs"
    BUCKET_LACKS_CASE = "bucket_lacks_case"
    BUCKET_REBUILT = "bucket_rebuilt"
    ACCOUNT_CERT_FAILS = "account_cert_fails"
    PLAINTEXT_DIFFERS = "plaintext_differs"
    GRANT_NOT_CONSENTED = "grant_not_consented"
    GRANT_MISSING = "grant_missing"
    BACKUP_KEY_KEPT = "backup_key_kept"
    ENTRIES_OF_UNKNOWN_CASE = "entries_of_unknown_case"
    ENTRIES_ALL_MISSING = "entries_all_missing"
    ENTRY_MISSING_HERE = "entry_missing_here"
    ENTRY_OUT_OF_ORDER = "entry_out_of_order"
    ENTRY_BYTES_CHANGED = "entry_bytes_changed"
    CHAIN_NEWEST_MISSING = "chain_newest_missing"
    CHAIN_END_DIFFERS = "chain_end_differs"
    AUDIT_OUT_OF_ORDER = "audit_out_of_order"
    AUDIT_ROW_CHANGED = "audit_row_changed"
    AUDIT_SEAL_FOREIGN = "audit_seal_foreign"
    AUDIT_TAIL_CUT = "audit_tail_cut"
    AUDIT_ROW_DIFFERS = "audit_row_differs"
