"""Geometry of the swimlane and of deck text: placement, routing, text fitting, quality gates, colours."""
