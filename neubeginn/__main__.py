"""`python -m neubeginn` runs the command line."""

import sys

from neubeginn.cli import entry_point

sys.exit(entry_point())
