"""rollout: turn a rollout process written in YAML into swimlanes and slide decks."""

__version__ = "0.1.0"
