"""The project model: a rollout project file (dates, people, progress), its loader, checks and plan."""
