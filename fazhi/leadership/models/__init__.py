"""组织领导与第一责任人 ledgers (GLOSSARY.md leadership)."""

from .accountability import PlanItem, Shortcoming
from .duties import DutyList, DutyReport, Institution
from .meetings import AgendaItem, Meeting
from .organisation import GroupMember, LeadingGroup, StaffMember

__all__ = ["AgendaItem", "DutyList", "DutyReport", "GroupMember", "Institution", "LeadingGroup", "Meeting",
           "PlanItem", "Shortcoming", "StaffMember"]
