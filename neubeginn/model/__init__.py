"""The model's facade: the one module the desktop client and the command line import.

Behind it: `core` (the encrypted store: vault, database, keys, key slots, accounts, audit,
migrations), `domain` (pure value types, roles and validation), `cases` (the services:
cases, the Laufzettel and its chain, the agency directory, verify), `search` and `exchange`
(import and export formats). ui/ and cli/ never reach into those subpackages (an
import-linter contract says so), so they can be reorganised without touching the client.
Errors and problems carry a `Code` and parameters; `describe` words them in German or English.
"""

from neubeginn.model.cases.agencies import DirectoryImport
from neubeginn.model.cases.laufzettel import Appointment, appointments
from neubeginn.model.cases.prepare import CaseProblems
from neubeginn.model.codes import Code
from neubeginn.model.core.accounts import AccountInfo
from neubeginn.model.core.audit import AuditRecord
from neubeginn.model.core.context import DENIED, FAILED, OK, User
from neubeginn.model.core.keyring import Memo
from neubeginn.model.core.store import sqlite_url
from neubeginn.model.core.vault import DEFAULT_KDF, FLOOR_KDF, Vault, upgrade_schema
from neubeginn.model.domain.access import Action, Role, allowed
from neubeginn.model.domain.codec import from_json, to_json
from neubeginn.model.domain.validation import (
    BERLIN,
    RELATIONSHIPS,
    STATELESS,
    UNKNOWN_NATIONALITY,
    Problem,
    nationality_codes,
    validate_case,
    validate_entry,
)
from neubeginn.model.domain.values import (
    Agency,
    Case,
    Consent,
    EntryStatus,
    FolderVersion,
    GermanLevel,
    LanguageLevel,
    LaufzettelEntry,
    Literacy,
    Member,
    PartialDate,
    ResidenceStatus,
    ServiceContact,
    Sex,
    SpokenLanguage,
    Topic,
)
from neubeginn.model.errors import (
    AccessDenied,
    IntegrityError,
    InvalidInput,
    NotFound,
    Refused,
    SchemaTooNew,
    SchemaTooOld,
    VaultError,
    VaultLocked,
    WeakKeySlot,
    WrongPassword,
)
from neubeginn.model.exchange import ImportProblems, decode_csv, dump_cases, parse_cases, parse_csv
from neubeginn.model.search.case_index import CaseSummary
from neubeginn.model.wording import describe

__all__ = [
    "BERLIN",
    "DEFAULT_KDF",
    "DENIED",
    "FAILED",
    "FLOOR_KDF",
    "OK",
    "RELATIONSHIPS",
    "STATELESS",
    "UNKNOWN_NATIONALITY",
    "AccessDenied",
    "AccountInfo",
    "Action",
    "Agency",
    "Appointment",
    "AuditRecord",
    "Case",
    "CaseProblems",
    "CaseSummary",
    "Code",
    "Consent",
    "DirectoryImport",
    "EntryStatus",
    "FolderVersion",
    "GermanLevel",
    "ImportProblems",
    "IntegrityError",
    "InvalidInput",
    "LanguageLevel",
    "LaufzettelEntry",
    "Literacy",
    "Member",
    "Memo",
    "NotFound",
    "PartialDate",
    "Problem",
    "Refused",
    "ResidenceStatus",
    "Role",
    "SchemaTooNew",
    "SchemaTooOld",
    "ServiceContact",
    "Sex",
    "SpokenLanguage",
    "Topic",
    "User",
    "Vault",
    "VaultError",
    "VaultLocked",
    "WeakKeySlot",
    "WrongPassword",
    "allowed",
    "appointments",
    "decode_csv",
    "describe",
    "dump_cases",
    "from_json",
    "nationality_codes",
    "parse_cases",
    "parse_csv",
    "sqlite_url",
    "to_json",
    "upgrade_schema",
    "validate_case",
    "validate_entry",
]
