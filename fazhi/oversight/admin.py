from fazhi.leadership.admin import register_ledger_admin

from . import models as m

register_ledger_admin(m.Proposal, ["assigned_on", "kind", "title", "state", "satisfaction"], ["kind", "state"])
register_ledger_admin(m.NPCReport, ["reported_on", "body", "kind", "title"], ["body", "kind"])
register_ledger_admin(m.OversightVisit, ["visited_on", "visitor_type", "target"], ["visitor_type"])
register_ledger_admin(m.BudgetUnit, ["name", "code"])
register_ledger_admin(m.Audit, ["started_on", "kind", "title", "quarter"], ["kind"])
register_ledger_admin(m.Accountability, ["decided_on", "person_name", "form"], ["form"])
register_ledger_admin(m.ComplaintChannel, ["kind", "name", "contact"], ["kind"])
register_ledger_admin(m.Complaint, ["received_on", "subject", "state", "finding"], ["state", "finding"])
