"""The encrypted store core: vault, database, keys, key slots, accounts, audit, migrations."""
