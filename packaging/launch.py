"""The bundle's entry point (PyInstaller runs this file as __main__): CompactDesk's command line,
which opens the window when given no command."""

import sys

from compactdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
