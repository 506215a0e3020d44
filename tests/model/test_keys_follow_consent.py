"""Keys follow consent, played by a hostile insider (issue 11, review 1a–1c): a counsellor
with a Python shell, their own password and the vault file.

The attacker unlocks as their own account and then tries everything the process can reach:
the services, the keyring, every key wrap and grant in the file opened with every key they
hold, and every sealed blob of every table tried with every key they have. Nothing of a
household outside their agency's consent may decrypt.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Callable

import pytest
from sqlalchemy import select

from neubeginn.model.cases.chain import entry_bind
from neubeginn.model.cases.tables import CaseRow, EntryRow, MemberRow, SearchBucket
from neubeginn.model.codes import Code
from neubeginn.model.core import crypto, keyslots, sharing
from neubeginn.model.core.accounts import login_hash
from neubeginn.model.core.encrypted import FieldCipher, KeyLookup
from neubeginn.model.core.keyring import (
    AgencyKeyring,
    AgencySecret,
    Keyring,
    grant_context,
    grant_kek,
)
from neubeginn.model.core.tables import Account, DataKey, KeyGrant, KeySlot, KeyWrap
from neubeginn.model.core.vault import FLOOR_KDF, Vault
from neubeginn.model.domain.access import Action, Role
from neubeginn.model.domain.values import Agency, Case, Consent
from neubeginn.model.errors import AccessDenied, IntegrityError
from tests.model.factories import entry, household, member

PASSWORD = "Beratung-Passwort 1"


def consent(*agencies: str, withdrawn: dt.date | None = None) -> Consent:
    return Consent(dt.date(2026, 3, 2), True, True, tuple(agencies), withdrawn_on=withdrawn)


@dataclasses.dataclass
class Scene:
    desk: Vault
    caritas: Agency
    awo: Agency
    cases: dict[str, Case]  # what each case's consent says -> the case


@pytest.fixture
def scene(vault: Vault) -> Scene:
    caritas = vault.agencies.add(Agency(name="Caritas (Test)"))
    awo = vault.agencies.add(Agency(name="AWO (Test)"))
    made = {
        "caritas": household(member("Haddad", "Rami"), consents=(consent(caritas.uuid),)),
        "awo": household(member("Nazari", "Zahra"), consents=(consent(awo.uuid),)),
        "all": household(member("Osman", "Yusuf"), consents=(consent(),)),
        "none": household(member("Karimi", "Leila"), consents=()),
    }
    cases = {name: vault.cases.create(case) for name, case in made.items()}
    for case in cases.values():  # every case has a Laufzettel entry too
        vault.laufzettel.append(case.number, entry(awo))
    vault.accounts.create("beraterin", "Clara Berger", Role.COUNSELLING, PASSWORD, caritas.uuid)
    return Scene(vault, caritas, awo, cases)


def counsellor(scene: Scene, username: str = "beraterin") -> Vault:
    session = Vault(scene.desk.store, kdf=FLOOR_KDF)
    session.unlock(username, PASSWORD)
    return session


# -- the attacker's tools -------------------------------------------------------------------


class _Fixed:
    """A KeyLookup serving one raw key under whatever id a blob names."""

    def __init__(self, raw: bytes) -> None:
        self.raw = raw

    def key(self, key_id: bytes) -> crypto.AeadKey:
        return crypto.AeadKey(key_id, self.raw)


def _opens(action: Callable[..., object], *args: object) -> bool:
    try:
        action(*args)
    except Exception:
        return False
    return True


def every_key_within_reach(session: Vault, username: str, password: str) -> set[bytes]:
    """Raw keys the insider can get with their password and the file: their account key,
    every wrap it opens, every grant the agency keys they find open, every data key those
    keys unwrap, again and again until nothing new turns up."""
    with session.store.read() as db:
        meta_id = session.context.vault_uuid
        account = db.scalars(
            select(Account).where(
                Account.login_hash == login_hash(session.context.vault_uuid, username)
            )
        ).one()
        slot = db.scalars(select(KeySlot).where(KeySlot.account_uuid == account.uuid)).one()
        held = keyslots.open_slot(slot, password, meta_id, b"")
        found = {keyslots.account_private(held)}
        wraps = db.scalars(select(KeyWrap)).all()
        grants = db.scalars(select(KeyGrant)).all()
        data_keys = db.scalars(select(DataKey)).all()
        grew = True
        while grew:
            before = len(found)
            secrets = [AgencySecret.unpack(raw) for raw in found if len(raw) == 96]
            for raw, wrap in itertools.product(list(found), wraps):
                context = sharing.wrap_context(wrap.account_uuid, wrap.key_id)
                opened = _value(crypto.open_sealed_to, raw, wrap.wrapped_key, context)
                found |= {opened} if opened else set()
            keks = [
                grant_kek(
                    meta_id, s.office_key_id, s.agency_key_id, s.agency_private, s.office_public
                )
                for s in secrets
            ]
            for grant in grants:
                context = grant_context(
                    grant.owner_uuid, grant.agency_uuid, grant.key_id, grant.agency_key_id
                )
                tries = keks + [
                    crypto.AeadKey(grant.agency_key_id, raw) for raw in found if len(raw) == 32
                ]
                for kek in tries:
                    opened = _value(kek.open, grant.wrapped_key, context)
                    found |= {opened} if opened else set()
            for raw, row in itertools.product([r for r in found if len(r) == 32], data_keys):
                master = Keyring(session_master_id(session), raw, lambda _: None)
                opened = _value(master.secret, row)
                found |= {opened} if opened else set()
            for secret in secrets:
                found |= {secret.agency_private}
            grew = len(found) > before
    return found


def session_master_id(session: Vault) -> bytes:
    return session._meta_master_key_id


def _value(action: Callable[..., bytes], *args: object) -> bytes | None:
    try:
        return action(*args)
    except Exception:
        return None


def readable(session: Vault, keys: set[bytes], held: dict[bytes, crypto.AeadKey]) -> set[str]:
    """The cases (by uuid) of which any sealed field opens with any raw key of `keys` or
    any key the keyring gave (`held`), tried with the vault's own code and the true
    contexts (they are computed from plaintext columns)."""
    opened: set[str] = set()
    lookups: list[KeyLookup] = [_Fixed(k) for k in keys if len(k) == 32] + [_Held(held)]
    with session.store.read() as db:
        rows = db.scalars(select(CaseRow)).all()
        members = db.scalars(select(MemberRow)).all()
        entries = db.scalars(select(EntryRow)).all()
        buckets = db.scalars(select(SearchBucket)).all()
        for lookup in lookups:
            cipher = FieldCipher(lookup)
            for row in rows:
                if _opens(cipher.open, row, CaseRow.header) or _opens(
                    cipher.open, row, CaseRow.search
                ):
                    opened.add(row.uuid)
            for m in members:
                if _opens(cipher.open, m, MemberRow.data):
                    opened.add(m.case_uuid)
            for e in entries:
                if _opens(cipher.open, e, EntryRow.payload, entry_bind(e)):
                    opened.add(e.case_uuid)
            for bucket in buckets:
                if _opens(cipher.open, bucket, SearchBucket.data):
                    opened.add(f"bucket {bucket.uuid}")
    return opened


class _Held:
    """A KeyLookup over the AeadKeys the unlocked keyring hands out."""

    def __init__(self, keys: dict[bytes, crypto.AeadKey]) -> None:
        self.keys = keys

    def key(self, key_id: bytes) -> crypto.AeadKey:
        return self.keys[key_id]


def keyring_keys(session: Vault) -> dict[bytes, crypto.AeadKey]:
    """Every key the session's keyring gives for any key id anywhere in the file."""
    keyring = session.context.keyring
    assert keyring is not None
    with session.store.read() as db:
        ids = set(db.scalars(select(DataKey.key_id))) | set(db.scalars(select(KeyGrant.key_id)))
    held = {}
    for key_id in ids:
        try:
            held[key_id] = keyring.key(key_id)
        except Exception:
            continue
    return held


# -- the tests ----------------------------------------------------------------------------------


def uuids(scene: Scene, *names: str) -> set[str]:
    return {scene.cases[name].uuid for name in names}


def test_a_counsellor_reaches_only_the_cases_shared_with_its_agency(scene: Scene) -> None:
    insider = counsellor(scene)
    keyring = insider.context.keyring
    assert isinstance(keyring, AgencyKeyring)
    assert not hasattr(keyring, "master_key")  # there is no master key to reach for
    # The services:
    assert {s.number for s in insider.cases.summaries()} == {
        scene.cases["caritas"].number,
        scene.cases["all"].number,
    }
    for name in ("awo", "none"):
        with pytest.raises(AccessDenied):
            insider.cases.get(scene.cases[name].number)
    # Everything the process and the file give with the counsellor's password:
    keys = every_key_within_reach(insider, "beraterin", PASSWORD)
    assert readable(insider, keys, keyring_keys(insider)) == uuids(scene, "caritas", "all")


def test_a_desk_reaches_every_case(scene: Scene) -> None:
    """The control: the same probe run as a desk account opens everything, so the probe
    above would see a key that opens too much."""
    scene.desk.accounts.create("schalter", "Sam Schalter", Role.DESK, PASSWORD)
    desk = Vault(scene.desk.store, kdf=FLOOR_KDF)
    desk.unlock("schalter", PASSWORD)
    keys = every_key_within_reach(desk, "schalter", PASSWORD)
    opened = readable(desk, keys, keyring_keys(desk))
    assert uuids(scene, "caritas", "awo", "all", "none") <= opened
    assert any(name.startswith("bucket ") for name in opened)


def _consents(desk: Vault, number: str, *consents: Consent) -> Case:
    case = desk.cases.get(number)
    return desk.cases.update(dataclasses.replace(case, consents=consents))


def test_withdrawal_revokes_and_what_is_written_after_is_sealed_anew(scene: Scene) -> None:
    number = scene.cases["caritas"].number
    insider = counsellor(scene)
    before = keyring_keys(insider)  # the keys the agency had: it may have kept them
    keys_before = every_key_within_reach(insider, "beraterin", PASSWORD)
    _consents(scene.desk, number, consent(scene.caritas.uuid, withdrawn=dt.date(2026, 4, 1)))
    scene.desk.laufzettel.append(number, entry(scene.awo))  # written after the withdrawal
    with pytest.raises(AccessDenied):
        insider.cases.get(number)
    with scene.desk.store.read() as db:
        grants = db.scalars(
            select(KeyGrant).where(KeyGrant.owner_uuid == scene.cases["caritas"].uuid)
        ).all()
        newest = db.scalars(
            select(EntryRow)
            .where(EntryRow.case_uuid == scene.cases["caritas"].uuid)
            .order_by(EntryRow.seq.desc())
        ).first()
    assert grants == []
    assert newest is not None
    # The new entry and the new sheet: not with any key the agency ever had.
    for lookup in [_Held(before), *(_Fixed(k) for k in keys_before if len(k) == 32)]:
        cipher = FieldCipher(lookup)
        assert not _opens(cipher.open, newest, EntryRow.payload, entry_bind(newest))
    again = Vault(scene.desk.store, kdf=FLOOR_KDF)
    again.unlock("beraterin", PASSWORD)
    keys = every_key_within_reach(again, "beraterin", PASSWORD)
    assert readable(again, keys, keyring_keys(again)) == uuids(scene, "all")


def test_consent_granted_again_opens_old_and_new_entries(scene: Scene) -> None:
    number = scene.cases["caritas"].number
    _consents(scene.desk, number, consent(scene.caritas.uuid, withdrawn=dt.date(2026, 4, 1)))
    scene.desk.laufzettel.append(number, entry(scene.awo))
    _consents(
        scene.desk,
        number,
        consent(scene.caritas.uuid, withdrawn=dt.date(2026, 4, 1)),
        consent(scene.caritas.uuid),
    )
    insider = counsellor(scene)
    assert len(insider.cases.get(number).laufzettel) == 2


def test_an_agency_added_later_gets_the_cases_shared_with_all(scene: Scene) -> None:
    drk = scene.desk.agencies.add(Agency(name="DRK (Test)"))
    scene.desk.accounts.create("drk", "Dora Roth", Role.COUNSELLING, PASSWORD, drk.uuid)
    newcomer = counsellor(scene, "drk")
    assert {s.number for s in newcomer.cases.summaries()} == {scene.cases["all"].number}
    keys = every_key_within_reach(newcomer, "drk", PASSWORD)
    assert readable(newcomer, keys, keyring_keys(newcomer)) == uuids(scene, "all")


def test_a_counselling_append_reaches_the_desk(scene: Scene) -> None:
    number = scene.cases["caritas"].number
    insider = counsellor(scene)
    insider.laufzettel.append(number, entry(scene.caritas))
    desk = Vault(scene.desk.store, kdf=FLOOR_KDF)
    scene.desk.accounts.create("schalter", "Sam Schalter", Role.DESK, PASSWORD)
    desk.unlock("schalter", PASSWORD)
    assert len(desk.cases.get(number).laufzettel) == 2
    assert desk.cases.search("Haddad")[0].last_entry is not None
    assert scene.desk.verify() == []


def test_a_forged_role_or_agency_gains_nothing(scene: Scene) -> None:
    """review 7b: `UPDATE account SET role='admin'` — and pointing the agency elsewhere."""
    with scene.desk.store.write() as db:
        account = db.scalars(select(Account).where(Account.role == "counselling")).one()
        account.agency_uuid = scene.awo.uuid
    with pytest.raises(IntegrityError):  # AWO's grants would not open with Caritas' key
        counsellor(scene)
    with scene.desk.store.write() as db:
        account = db.scalars(select(Account).where(Account.role == "counselling")).one()
        account.agency_uuid, account.role = scene.caritas.uuid, "admin"
    with pytest.raises(IntegrityError):
        counsellor(scene)
    names = [d.record for d in scene.desk.verify()]
    assert f"account {account.uuid}" in names


def test_verify_names_a_damaged_missing_or_unconsented_grant(scene: Scene) -> None:
    caritas_case, awo_case = scene.cases["caritas"].uuid, scene.cases["awo"].uuid
    with scene.desk.store.write() as db:
        damaged = db.scalars(select(KeyGrant).where(KeyGrant.owner_uuid == caritas_case)).one()
        damaged.wrapped_key = bytes([damaged.wrapped_key[0]]) + bytes(
            b ^ 1 if i == 40 else b for i, b in enumerate(damaged.wrapped_key[1:], 1)
        )
        awo_grant = db.scalars(select(KeyGrant).where(KeyGrant.owner_uuid == awo_case)).one()
        db.delete(awo_grant)  # the consent names AWO: a grant went missing
    with scene.desk.store.write() as db:  # and one no consent names: Caritas for AWO's case
        scene.desk.context.sharing.grant(
            db, scene.desk.context.master(Action.VERIFY), awo_case, "case", [scene.caritas.uuid]
        )
    found = {(d.record, d.reason) for d in scene.desk.verify()}
    assert found == {
        (f"key_grant {caritas_case} ({scene.caritas.uuid})", Code.AUTHENTICATION_FAILED),
        (f"case_file {awo_case}", Code.GRANT_NOT_CONSENTED),
        (f"case_file {awo_case}", Code.GRANT_MISSING),
    }
