"""Renderers: each draws the shared layout (or the model) into one output format."""
