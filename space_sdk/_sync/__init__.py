# Generated from space_sdk/_async/__init__.py by generator/unasync.py (make generate): edit that file,
# never this one; make check-generated fails when the two disagree.
"""The I/O side of every mechanism, written once (the async flavour).

``space_sdk/_sync/`` is generated from these files by ``generator/unasync.py`` (``make generate``;
``make check-generated`` fails when it differs). Edit the files here, never the generated ones; the decisions
themselves (what to send, whether to retry, which page comes next, when to poll) are I/O-free modules one
level up, shared by both flavours.
"""
