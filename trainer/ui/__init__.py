"""The PySide6 desktop app: thin widgets that render state and forward what the user wants."""
