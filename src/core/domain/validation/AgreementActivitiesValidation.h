#pragma once

#include "core/domain/Agreement.h"
#include "core/domain/ProcessingActivity.h"
#include "core/domain/validation/ValidationIssue.h"

#include <QList>

namespace pr::core {

// Why ACTIVITY cannot be part of Bijlage 1 of an agreement with client CLIENTID; empty when it
// can. Only processor activities done for that client can: the firm's own processing is no
// processing on the client's behalf (art. 28(3)), and an activity that does not name the client
// has no scope for it (ClientScope), so the annex would state what the firm does for others.
QString whyNotInAgreement(const ProcessingActivity& activity, qint64 clientId);

// The rules of an agreement that need the register's activities (ACTIVITIES, in any order):
// every activity of Bijlage 1 may be there (whyNotInAgreement). Issues name the item,
// "activityIds[2]"; an id without an activity is left to the reference checks. A rule of
// editing, not of validate(): registers made before it existed still open and export, and the
// user sees the problem when editing the agreement.
QList<ValidationIssue> validateActivities(const Agreement& value,
                                          const QList<ProcessingActivity>& activities);

} // namespace pr::core
