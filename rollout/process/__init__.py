"""The process model: YAML source, syntax messages, pydantic model, loader, checks, graph, schema, schedule."""
