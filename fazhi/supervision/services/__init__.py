"""Writes of 督察与考核 (HackSoft-style services; the step services register with core.workflow)."""
