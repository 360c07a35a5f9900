#pragma once

#include "core/domain/Client.h"
#include "core/domain/Organisation.h"

#include <QVariantMap>

namespace pr::report {

// The two parties as templates see them: "firm" (the organisation that keeps the register,
// processor in the DPA and controller in its own privacy statement) and "client" (the
// controller of a DPA). docs/templates.md lists the fields.
class PartyModel {
public:
    // The logo becomes an <img> with the picture inside (firm.logo), null when the register
    // has none. The signature belongs to the DPA's signature block (AgreementModel).
    static QVariantMap firm(const core::Organisation& organisation);
    static QVariantMap client(const core::Client& client);

private:
    static QString postalLine(const QString& postcode, const QString& city);
};

} // namespace pr::report
