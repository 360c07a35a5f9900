#include "cli/EntityViews.h"

#include "core/json/DomainJson.h"
#include "storage/repositories/ActivityRepository.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/BreachRepository.h"
#include "storage/repositories/ClientRepository.h"
#include "storage/repositories/RequestRepository.h"
#include "storage/repositories/SecurityMeasureRepository.h"
#include "storage/repositories/SubProcessorRepository.h"

namespace pr::cli {

namespace {
template <typename Repository>
EntityView view(const char* name, core::EntityKind kind, QStringList columns)
{
    return {QLatin1String(name), kind, std::move(columns),
            [](const storage::SqliteDatabase& db) {
                QList<QJsonObject> objects;
                for (const auto& record : Repository::all(db)) {
                    objects.append(core::json::toJson(record));
                }
                return objects;
            },
            [](const storage::SqliteDatabase& db, qint64 id) -> std::optional<QJsonObject> {
                const auto record = Repository::find(db, id);
                return record ? std::optional(core::json::toJson(*record)) : std::nullopt;
            }};
}
} // namespace

const QList<EntityView>& entityViews()
{
    using core::EntityKind;
    using namespace storage;
    static const QList<EntityView> views = {
        view<ActivityRepository>("activities", EntityKind::ProcessingActivity,
                                 {QStringLiteral("name"), QStringLiteral("role")}),
        view<SecurityMeasureRepository>(
            "measures", EntityKind::SecurityMeasure,
            {QStringLiteral("category"), QStringLiteral("title"), QStringLiteral("status")}),
        view<SubProcessorRepository>("sub-processors", EntityKind::SubProcessor,
                                     {QStringLiteral("name"), QStringLiteral("country")}),
        view<ClientRepository>("clients", EntityKind::Client, {QStringLiteral("legalName")}),
        view<AgreementRepository>("agreements", EntityKind::Agreement,
                                  {QStringLiteral("clientId"), QStringLiteral("version"),
                                   QStringLiteral("signingState")}),
        view<RequestRepository>("requests", EntityKind::DataSubjectRequest,
                                {QStringLiteral("reference"), QStringLiteral("right"),
                                 QStringLiteral("receivedDate"), QStringLiteral("status")}),
        view<BreachRepository>("breaches", EntityKind::Breach,
                               {QStringLiteral("reference"), QStringLiteral("discoveredAt")}),
    };
    return views;
}

const EntityView* findEntityView(const QString& name)
{
    for (const EntityView& entityView : entityViews()) {
        if (entityView.name == name) {
            return &entityView;
        }
    }
    return nullptr;
}

QStringList entityViewNames()
{
    QStringList names;
    for (const EntityView& entityView : entityViews()) {
        names << entityView.name;
    }
    return names;
}

} // namespace pr::cli
