#pragma once

#include "core/domain/Agreement.h"
#include "core/domain/Client.h"
#include "core/domain/DataSubjectRequest.h"
#include "core/domain/ProcessingActivity.h"
#include "core/domain/SecurityMeasure.h"
#include "core/domain/SubProcessor.h"
#include "core/domain/SubProcessorNotice.h"

#include <QList>

namespace pr::core {

// The records the overview's warnings are computed from, beside the open deadlines
// (DueItems, which carry the deadlines of the requests and breaches): everything of the
// register except the organisation profile, the sub-processors and the breaches. The caller
// reads them (usecases::DashboardWarningsQuery); the rules never touch storage, so that tests
// give them records directly.
struct DashboardInput {
    QList<DataSubjectRequest> requests; // the requesters' names, which DueItems does not hold
    QList<Agreement> agreements;
    QList<Client> clients; // names
    QList<ProcessingActivity> activities;
    QList<SecurityMeasure> measures;
    QList<SubProcessorNotice> subProcessorNotices; // their objection periods and objections
    QList<SubProcessor> subProcessors;             // names
};

} // namespace pr::core
