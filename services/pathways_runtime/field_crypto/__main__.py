from pathways_runtime.field_crypto.cli import main

raise SystemExit(main())
