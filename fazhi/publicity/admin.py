from fazhi.leadership.admin import register_ledger_admin

from . import models as m

register_ledger_admin(m.Activity, ["held_on", "title", "method", "venue_type", "audience", "attendance"],
                      ["method", "venue_type", "audience"])
register_ledger_admin(m.PublicityDuty, ["listed_on", "department", "audience"], ["audience"])
register_ledger_admin(m.Study, ["held_on", "kind", "topic", "rule_of_law"], ["kind", "rule_of_law"])
register_ledger_admin(m.Training, ["start_on", "title", "kind", "trainees"], ["kind", "mode"])
register_ledger_admin(m.Exam, ["held_on", "title", "expected", "sat", "passed"], ["audience"])
register_ledger_admin(m.CultureSite, ["name", "kind", "built_on"], ["kind"])
register_ledger_admin(m.MediaCoverage, ["published_on", "outlet", "kind", "title"], ["kind"])
register_ledger_admin(m.LegalServicePoint, ["name", "kind", "level"], ["kind", "level"])
register_ledger_admin(m.LegalService, ["received_on", "channel", "kind", "summary"], ["channel", "kind"])
register_ledger_admin(m.LegalLiterate, ["name", "village", "appointed_on", "is_mediator"], ["is_mediator"])
