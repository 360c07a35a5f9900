#pragma once

#include "core/domain/Agreement.h"
#include "core/workflow/BreachClock.h"

#include <QDate>
#include <QList>

namespace pr::core {

// How many hours the firm has, as processor, to tell a client of a breach of its data: the
// breach notification window of that client's data processing agreement (art. 33(2), 28(3)(f)).
struct ClientBreachWindow {
    int hours = 0;
    WindowSource source = WindowSource::Default;

    // The window for CLIENTID at the breach's discovery on DISCOVERED, from AGREEMENTS (all of
    // the register's; those of other clients are skipped). An agreement is in force on a date
    // when it is past its draft, started on or before it and not ended before it. Among those
    // the shortest window counts: if two versions overlap, the stricter promise binds. With
    // none in force, the shortest of the client's other agreements; with none at all, the
    // window a new agreement starts with (Agreement::breachNotificationHours, 24 hours).
    static ClientBreachWindow of(qint64 clientId, const QList<Agreement>& agreements,
                                 QDate discovered);
};

} // namespace pr::core
