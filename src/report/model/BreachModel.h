#pragma once

#include "core/domain/Agreement.h"
#include "core/domain/Breach.h"

#include <QList>
#include <QVariantMap>

namespace pr::report {

class DocumentLanguage;

// One breach as the breach documents see it (docs/templates.md, "Data breaches"): every fact the
// AP's notification form asks, in its order. A fact the register does not hold is empty or
// false, so that a template can say "onbekend" or "nog in onderzoek" in its place; the model
// never asserts what the record does not. Moments are shown in Dutch time (Europe/Amsterdam),
// the time the AP's form asks for. AGREEMENTS are the register's, for a client's window.
class BreachModel {
public:
    static QVariantMap build(const core::Breach& breach, const QList<core::Agreement>& agreements,
                             const DocumentLanguage& language);

    // "4 mei 2026, 09:15" in Europe/Amsterdam; empty when MOMENT is invalid.
    static QString moment(const QDateTime& moment, const DocumentLanguage& language);
};

} // namespace pr::report
