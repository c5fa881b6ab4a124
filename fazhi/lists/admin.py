from fazhi.leadership.admin import register_ledger_admin

from . import models as m

register_ledger_admin(m.PowerItem, ["code", "name", "category", "state"], ["category", "state"])
register_ledger_admin(m.PowerItemChange, ["changed_on", "item", "action", "authorized"], ["action", "authorized"])
register_ledger_admin(m.ServiceItem, ["code", "name", "kind", "in_hall", "online"], ["kind", "in_hall", "online"])
register_ledger_admin(m.ServiceCenter, ["name", "level"], ["level"])
register_ledger_admin(m.ServiceWindow, ["center", "name", "kind"], ["kind"])
register_ledger_admin(m.ServiceVolume, ["month", "metric", "count"], ["metric"])
register_ledger_admin(m.CertificationItem, ["name", "category", "notify_commit"], ["category"])
register_ledger_admin(m.ApprovalReformAction, ["acted_on", "action", "item_name"], ["action"])
register_ledger_admin(m.FeeItem, ["department", "name", "reviewed"], ["reviewed"])
register_ledger_admin(m.NegativeListEntry, ["list_name", "kind"], ["kind"])
register_ledger_admin(m.FairCompetitionReview, ["reviewed_on", "document_title", "conclusion"], ["conclusion"])
register_ledger_admin(m.EnterpriseSupport, ["paid_on", "kind", "beneficiary", "amount"], ["kind"])
