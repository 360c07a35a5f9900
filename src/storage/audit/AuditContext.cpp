#include "storage/audit/AuditContext.h"

namespace pr::storage {

QString AuditContext::currentOsUser()
{
    for (const char* variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty()) {
            return name;
        }
    }
    return QStringLiteral("unknown");
}

} // namespace pr::storage
