"""The use cases: the only way anything reads or writes a store.

Every function takes a Session first and plain arguments after; the caller
runs it as one transaction (`store.run(service, …)`). Bad input raises
`ValidationError` with a message a person can act on.
"""

from compactdesk.domain.errors import ValidationError

__all__ = ["ValidationError"]
