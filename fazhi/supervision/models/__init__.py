from .assessments import Assessment, SelfReport
from .evidence import Evidence
from .inspections import Finding, Inspection, InspectionItem, Rectification
from .plans import Task, TaskReport, WorkPlan
from .systems import IndicatorNode, IndicatorSystem

__all__ = ["Assessment", "Evidence", "Finding", "IndicatorNode", "IndicatorSystem", "Inspection", "InspectionItem",
           "Rectification", "SelfReport", "Task", "TaskReport", "WorkPlan"]
