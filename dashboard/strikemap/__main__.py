import sys

from strikemap.cli import main

sys.exit(main())
