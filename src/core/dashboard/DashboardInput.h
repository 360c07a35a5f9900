#pragma once

#include "core/domain/Agreement.h"
#include "core/domain/Breach.h"
#include "core/domain/Client.h"
#include "core/domain/DataSubjectRequest.h"
#include "core/domain/ProcessingActivity.h"
#include "core/domain/SecurityMeasure.h"

#include <QList>

namespace pr::core {

// The records the overview's warnings are computed from: everything of the register except
// the organisation profile and the sub-processors. The caller reads them (the GUI through the
// repositories); the rules never touch storage, so that tests give them records directly.
struct DashboardInput {
    QList<DataSubjectRequest> requests;
    QList<Breach> breaches;
    QList<Agreement> agreements;
    QList<Client> clients; // names, and the breach window of their agreements
    QList<ProcessingActivity> activities;
    QList<SecurityMeasure> measures;
};

} // namespace pr::core
