#include "storage/repositories/ReferencedRowError.h"

#include <QStringList>

#include <utility>

namespace pr::storage {

ReferencedRowError::ReferencedRowError(Referrer target, QList<Referrer> referrers)
    : RegisterError(tr("This %1 cannot be deleted: it is used by %2.")
                        .arg(core::enumLabel(target.kind).toLower(), countsOf(referrers)))
    , m_target(std::move(target))
    , m_referrers(std::move(referrers))
{}

QString ReferencedRowError::detailedMessage() const
{
    QStringList names;
    for (const Referrer& referrer : m_referrers) {
        names << nameOf(referrer);
    }
    QString subject = nameOf(m_target);
    if (!subject.isEmpty()) {
        subject[0] = subject[0].toUpper();
    }
    return tr("%1 is used by %2: %3.")
        .arg(subject, countsOf(m_referrers), names.join(QStringLiteral(", ")));
}

} // namespace pr::storage
