"""``python -m qamus.cli``."""

import sys

from qamus.cli import main

sys.exit(main())
