"""The Laufzettel of an open case: its timeline and the dialog that appends to it."""
