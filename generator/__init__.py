"""Spec tooling: client generation, drift check and spec lint. Not shipped in the wheel."""
