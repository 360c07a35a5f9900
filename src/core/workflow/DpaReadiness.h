#pragma once

#include "core/domain/Agreement.h"
#include "core/domain/SecurityMeasure.h"
#include "core/domain/SubProcessor.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace pr::core {

// What a person should know before a DPA goes to the client for signature: facts the document
// would leave open or promises the client could not rely on. They are warnings, not refusals:
// the firm may send a draft with planned measures on purpose, knowing that it does.
class DpaReadiness {
    Q_DECLARE_TR_FUNCTIONS(DpaReadiness)

public:
    // The warnings for AGREEMENT with the register's MEASURES (Bijlage 2) and SUB_PROCESSORS
    // (all of them; those serving none of its activities are not looked at), each a sentence
    // that names what to do. Empty = nothing to warn about.
    static QStringList warnings(const Agreement& agreement, const QList<SecurityMeasure>& measures,
                                const QList<SubProcessor>& subProcessors);
};

} // namespace pr::core
