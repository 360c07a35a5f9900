#pragma once

#include "core/domain/Agreement.h"
#include "core/domain/Client.h"
#include "core/domain/Organisation.h"

#include <QVariantMap>

namespace pr::report {

class DocumentLanguage;

// The parameters of one DPA and its signature block as templates see them
// (docs/templates.md, "agreement" and "signatures").
class AgreementModel {
public:
    static QVariantMap parameters(const core::Agreement& agreement,
                                  const DocumentLanguage& language);
    // Both parties' signatories. An empty name or function falls back to the party's
    // representative. The firm's scanned signature is shown only above the name of the
    // representative it belongs to, never above someone else's.
    static QVariantMap signatures(const core::Agreement& agreement, const core::Organisation& firm,
                                  const core::Client& client, const DocumentLanguage& language);
};

} // namespace pr::report
