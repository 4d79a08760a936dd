"""Safety on a shared computer: Forget this computer and the private session's signs."""
