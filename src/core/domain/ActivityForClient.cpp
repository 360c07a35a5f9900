#include "core/domain/ActivityForClient.h"

#include <algorithm>

namespace pr::core {

const ClientScope* clientScopeOf(const ProcessingActivity& activity, qint64 clientId)
{
    const auto found =
        std::find_if(activity.clientScopes.cbegin(), activity.clientScopes.cend(),
                     [clientId](const ClientScope& scope) { return scope.clientId == clientId; });
    return found == activity.clientScopes.cend() ? nullptr : &*found;
}

ProcessingActivity activityForClient(const ProcessingActivity& activity, qint64 clientId)
{
    ProcessingActivity applied = activity;
    applied.clientScopes.clear();
    const ClientScope* scope = clientScopeOf(activity, clientId);
    if (scope == nullptr || !activity.clientIds.contains(clientId)) {
        return applied;
    }
    if (scope->dataCategories) {
        applied.dataCategories = *scope->dataCategories;
    }
    if (scope->specialCategories) {
        // One part: a ground or a safeguard of the activity's own never outlives the flags it
        // was for, so another client's health data cannot leak through its ground.
        applied.specialCategories = scope->specialCategories->categories;
        applied.art9Exceptions = scope->specialCategories->art9Exceptions;
        applied.childrenSafeguards = scope->specialCategories->childrenSafeguards;
    }
    if (scope->dataSubjectCategories) {
        applied.dataSubjectCategories = *scope->dataSubjectCategories;
    }
    if (scope->retention) {
        applied.retention = *scope->retention;
    }
    return applied;
}

void removeClient(ProcessingActivity& activity, qint64 clientId)
{
    activity.clientIds.removeAll(clientId);
    activity.clientScopes.removeIf(
        [clientId](const ClientScope& scope) { return scope.clientId == clientId; });
}

} // namespace pr::core
