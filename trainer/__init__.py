"""trainer: practise cold calls against a grumpy, busy AI prospect."""

__version__ = "0.1.0"
