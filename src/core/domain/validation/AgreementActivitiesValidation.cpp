#include "core/domain/validation/AgreementActivitiesValidation.h"

#include "core/domain/validation/IssueList.h"

#include <QCoreApplication>
#include <QHash>

namespace pr::core {

QString whyNotInAgreement(const ProcessingActivity& activity, qint64 clientId)
{
    if (activity.role != ProcessingRole::Processor) {
        return QCoreApplication::translate("Validation",
                                           "The firm's own processing (as controller) is not "
                                           "done for the client and has no place in its "
                                           "agreement: untick it.");
    }
    if (!activity.clientIds.contains(clientId)) {
        return QCoreApplication::translate("Validation",
                                           "This activity is not done for this client: tick the "
                                           "client in the activity first, or untick it here.");
    }
    return {};
}

QList<ValidationIssue> validateActivities(const Agreement& value,
                                          const QList<ProcessingActivity>& activities)
{
    QHash<qint64, const ProcessingActivity*> byId;
    for (const ProcessingActivity& activity : activities) {
        byId.insert(activity.id, &activity);
    }
    validation::IssueList issues;
    const QString field = QStringLiteral("activityIds");
    for (qsizetype i = 0; i < value.activityIds.size(); ++i) {
        const ProcessingActivity* activity = byId.value(value.activityIds[i]);
        if (activity == nullptr) {
            continue;
        }
        if (const QString why = whyNotInAgreement(*activity, value.clientId); !why.isEmpty()) {
            issues.add(validation::indexedField(field, i), why);
        }
    }
    return issues.take();
}

} // namespace pr::core
