"""Plain Python rules of a local compact: no I/O, no Qt, no SQLAlchemy."""
