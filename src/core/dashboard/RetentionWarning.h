#pragma once

#include "core/calendar/Period.h"
#include "core/dashboard/DashboardWarning.h"
#include "core/domain/DataSubjectRequest.h"

#include <QDate>
#include <QList>

#include <optional>

namespace pr::core {

// The overview's one warning about closed requests kept past their retention period
// (RequestRetention): one line for all of them rather than one per request, because they are
// anonymised together ("Anonymise expired requests…" in the requests section). No warning when
// none is due. Its entityId is 0: it leads to the requests section, not to one request.
std::optional<DashboardWarning> retentionWarning(const QList<DataSubjectRequest>& requests,
                                                 const Period& retention, QDate today);

} // namespace pr::core
