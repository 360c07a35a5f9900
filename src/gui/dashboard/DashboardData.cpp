#include "gui/dashboard/DashboardData.h"

#include "storage/repositories/ActivityRepository.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/BreachRepository.h"
#include "storage/repositories/ClientRepository.h"
#include "storage/repositories/RequestRepository.h"
#include "storage/repositories/SecurityMeasureRepository.h"

namespace pr::gui {

core::DashboardInput readDashboardInput(const storage::SqliteDatabase& db)
{
    core::DashboardInput input;
    input.requests = storage::RequestRepository::all(db);
    input.breaches = storage::BreachRepository::all(db);
    input.agreements = storage::AgreementRepository::all(db);
    input.clients = storage::ClientRepository::all(db);
    input.activities = storage::ActivityRepository::all(db);
    input.measures = storage::SecurityMeasureRepository::all(db);
    return input;
}

} // namespace pr::gui
