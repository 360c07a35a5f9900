#include "core/time/DutchTime.h"

#include <QTimeZone>

namespace pr::core {

QDateTime inDutchTime(const QDateTime& moment)
{
    if (!moment.isValid()) {
        return {};
    }
    static const QTimeZone amsterdam(QByteArrayLiteral("Europe/Amsterdam"));
    return amsterdam.isValid() ? moment.toTimeZone(amsterdam) : moment.toLocalTime();
}

QString dutchMinute(const QDateTime& moment)
{
    return moment.isValid() ? inDutchTime(moment).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                            : QString();
}

} // namespace pr::core
