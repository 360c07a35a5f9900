#include "storage/repositories/Referrer.h"

#include <QCoreApplication>

#include <algorithm>

namespace pr::storage {

using core::EntityKind;

QString countOf(EntityKind kind, qsizetype count)
{
    // A plain int variable: lupdate does not see a translate() whose count is a cast.
    const int n = static_cast<int>(count);
    switch (kind) {
    case EntityKind::Organisation:
        return QCoreApplication::translate("Storage", "%n organisation(s)", nullptr, n);
    case EntityKind::ProcessingActivity:
        return QCoreApplication::translate("Storage", "%n processing activity(ies)", nullptr, n);
    case EntityKind::SecurityMeasure:
        return QCoreApplication::translate("Storage", "%n security measure(s)", nullptr, n);
    case EntityKind::SubProcessor:
        return QCoreApplication::translate("Storage", "%n sub-processor(s)", nullptr, n);
    case EntityKind::Client:
        return QCoreApplication::translate("Storage", "%n client(s)", nullptr, n);
    case EntityKind::Agreement:
        return QCoreApplication::translate("Storage", "%n data processing agreement(s)", nullptr,
                                           n);
    case EntityKind::DataSubjectRequest:
        return QCoreApplication::translate("Storage", "%n data subject request(s)", nullptr, n);
    case EntityKind::Breach:
        return QCoreApplication::translate("Storage", "%n data breach(es)", nullptr, n);
    case EntityKind::SubProcessorNotice:
        return QCoreApplication::translate("Storage", "%n sub-processor notice(s)", nullptr, n);
    }
    return {};
}

QString countsOf(const QList<Referrer>& records)
{
    QList<EntityKind> kinds;
    for (const Referrer& record : records) {
        if (!kinds.contains(record.kind)) {
            kinds << record.kind;
        }
    }
    QStringList parts;
    for (const EntityKind kind : kinds) {
        const auto count = std::count_if(records.begin(), records.end(),
                                         [kind](const Referrer& r) { return r.kind == kind; });
        parts << countOf(kind, count);
    }
    if (parts.size() < 2) {
        return parts.join(QString());
    }
    const QString last = parts.takeLast();
    return QCoreApplication::translate("Storage", "%1 and %2")
        .arg(parts.join(QStringLiteral(", ")), last);
}

QString nameOf(const Referrer& record)
{
    const QString kind = core::enumLabel(record.kind).toLower();
    if (record.name.trimmed().isEmpty()) {
        return QCoreApplication::translate("Storage", "%1 %2").arg(kind).arg(record.id);
    }
    return QCoreApplication::translate("Storage", "%1 '%2'").arg(kind, record.name);
}

} // namespace pr::storage
