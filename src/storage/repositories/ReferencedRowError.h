#pragma once

#include "storage/RegisterErrors.h"
#include "storage/repositories/Referrer.h"

#include <QList>

namespace pr::storage {

// A delete refused because other records refer to the record. message() names the kinds and
// counts of the referrers ("… used by 1 data processing agreement and 3 processing
// activities"); like every RegisterError message it holds no register content, because the
// command-line tool prints it and it may end up in a log. detailedMessage() and referrers()
// name the records themselves, for the GUI to show to the user who owns them.
class ReferencedRowError : public RegisterError {
    Q_DECLARE_TR_FUNCTIONS(ReferencedRowError)
public:
    ReferencedRowError(Referrer target, QList<Referrer> referrers);

    const Referrer& target() const { return m_target; }
    const QList<Referrer>& referrers() const { return m_referrers; }
    // "Client 'Tandartspraktijk X' is used by 1 data processing agreement and …: data
    // processing agreement 'Tandartspraktijk X 1.0', …". Register content: show, never log.
    QString detailedMessage() const;

private:
    Referrer m_target;
    QList<Referrer> m_referrers;
};

} // namespace pr::storage
