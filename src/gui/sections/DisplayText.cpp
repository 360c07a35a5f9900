#include "gui/sections/DisplayText.h"

#include <QLocale>

namespace pr::gui {

QString DisplayText::date(QDate value)
{
    return value.isValid() ? QLocale().toString(value, QLocale::ShortFormat) : QString();
}

QString DisplayText::dateTime(const QDateTime& moment)
{
    if (!moment.isValid()) {
        return {};
    }
    const QDateTime local = moment.toLocalTime();
    return tr("%1, %2").arg(date(local.date()),
                            QLocale().toString(local.time(), QLocale::ShortFormat));
}

QString DisplayText::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

QString DisplayText::yesNoOpen(const std::optional<bool>& value)
{
    return value.has_value() ? yesNo(*value) : tr("Not decided yet");
}

QString DisplayText::lines(const QStringList& items)
{
    QStringList filled;
    for (const QString& item : items) {
        if (!item.trimmed().isEmpty()) {
            filled << item;
        }
    }
    return filled.join(u'\n');
}

QString DisplayText::bullets(const QStringList& items)
{
    QStringList filled;
    for (const QString& item : items) {
        if (!item.trimmed().isEmpty()) {
            filled << item;
        }
    }
    if (filled.size() < 2) {
        return filled.join(QString());
    }
    return QStringLiteral("• ") + filled.join(QStringLiteral("\n• "));
}

QString DisplayText::commaList(const QStringList& items)
{
    return items.join(QStringLiteral(", "));
}

} // namespace pr::gui
