#include "usecases/ChangeResult.h"

#include <QStringList>

namespace pr::usecases {

QString ChangeResult::explanation() const
{
    QStringList lines;
    if (!message.isEmpty()) {
        lines << message;
    }
    for (const core::ValidationIssue& issue : issues) {
        lines << issue.message;
    }
    return lines.join(QLatin1Char('\n'));
}

ChangeResult ChangeResult::refusedBecause(QList<core::ValidationIssue> issues)
{
    ChangeResult result;
    result.status = Status::Refused;
    result.issues = std::move(issues);
    return result;
}

ChangeResult ChangeResult::refusedBecause(QString message)
{
    ChangeResult result;
    result.status = Status::Refused;
    result.message = std::move(message);
    return result;
}

} // namespace pr::usecases
