"""`python -m neubeginn` runs the command line."""

import sys

from neubeginn.cli import main

sys.exit(main())
