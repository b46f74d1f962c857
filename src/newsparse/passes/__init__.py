"""The parsing passes, one concern per module; pipeline.py runs them in a declared order."""
