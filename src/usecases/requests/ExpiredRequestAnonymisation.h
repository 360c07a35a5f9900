#pragma once

#include "core/calendar/Period.h"
#include "core/domain/DataSubjectRequest.h"
#include "usecases/ChangeResult.h"

#include <QList>

namespace pr::usecases {

class UseCaseContext;

// Closed requests kept past their retention period, and their anonymisation
// (storage::ExpiredRequests), for `privacyregister-cli anonymise-requests` and the window's
// "Anonymise expired requests…". The retention period is the settings' unless the caller
// gives one (the command's --retention).
class ExpiredRequestAnonymisation {
public:
    static core::Period retention(const UseCaseContext& context);
    // The requests due for anonymisation today, newest first.
    static QList<core::DataSubjectRequest> due(const UseCaseContext& context,
                                               const core::Period& retention);
    // Anonymises REQUESTS (as due() listed them) in one write; the audit trail loses their
    // personal fields too. Not undoable: undo would bring the names back.
    static ChangeResult anonymise(const UseCaseContext& context,
                                  const QList<core::DataSubjectRequest>& requests);
};

} // namespace pr::usecases
