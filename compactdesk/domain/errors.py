class ValidationError(ValueError):
    """Input a person can correct; the message says what to do.

    `field` names the input at fault, so a form can highlight it.
    """

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message
