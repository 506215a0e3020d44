"""Administration dialogs: staff accounts, the agency directory, the audit log."""
