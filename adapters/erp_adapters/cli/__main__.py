"""``python -m erp_adapters.cli``: the ``erp`` command."""

import sys

from erp_adapters.cli import main

sys.exit(main())
