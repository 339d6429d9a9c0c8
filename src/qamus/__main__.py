"""``python -m qamus``: the same as the ``qamus`` command."""

import sys

from qamus.cli import main

sys.exit(main())
