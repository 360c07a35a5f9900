#pragma once

#include "core/domain/Agreement.h"
#include "core/domain/Client.h"
#include "core/domain/SubProcessor.h"

#include <QDate>
#include <QList>

namespace pr::core {

// One client whose agreement a sub-processor change touches: the agreement whose art. 9.2 (and
// objection period) applies, and the activities of its Bijlage 1 that the sub-processor serves.
struct AffectedClient {
    Client client;
    Agreement agreement;
    QList<qint64> activityIds;

    friend bool operator==(const AffectedClient&, const AffectedClient&) = default;
};

// Which clients must be told of a sub-processor (art. 28(2) AVG): those with an agreement in
// force or being prepared (not terminated, not ended before today) whose Bijlage 1 holds an
// activity the sub-processor serves. A client with several such agreements is told under the
// one that binds it most (countersigned before signed by us, before sent, before a draft; then
// the latest start), so that each client gets one notice with its own objection period.
class SubProcessorImpact {
public:
    // Adding SUB, or replacing another by it: every activity it serves counts.
    static QList<AffectedClient> ofAdding(const SubProcessor& sub,
                                          const QList<Agreement>& agreements,
                                          const QList<Client>& clients, QDate today);
    // Editing BEFORE into AFTER: only the activities AFTER serves that BEFORE did not count, as
    // the clients of the others were told before (or agreed in Bijlage 3).
    static QList<AffectedClient> ofChange(const SubProcessor& before, const SubProcessor& after,
                                          const QList<Agreement>& agreements,
                                          const QList<Client>& clients, QDate today);
    // An agreement that still binds, or will: neither terminated nor ended before TODAY.
    static bool isCurrent(const Agreement& agreement, QDate today);

private:
    static QList<AffectedClient> affected(const QList<qint64>& activityIds,
                                          const QList<Agreement>& agreements,
                                          const QList<Client>& clients, QDate today);
};

} // namespace pr::core
