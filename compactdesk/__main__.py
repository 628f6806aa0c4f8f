from compactdesk.cli import main

raise SystemExit(main())
