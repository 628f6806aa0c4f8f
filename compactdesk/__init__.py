"""CompactDesk: the records of a local compact liaison group in one file."""

__version__ = "0.1.0"
