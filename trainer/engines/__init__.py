"""Prospect brains behind one protocol: scripted (offline) and llm (openai)."""
