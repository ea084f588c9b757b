"""Governance models (responsible units, workflows, SLA, site checks, traffic log) arrive with their issues."""
