"""The five inserts of the folder, one module each."""
