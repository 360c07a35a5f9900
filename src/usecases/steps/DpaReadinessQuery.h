#pragma once

#include <QStringList>

namespace pr::usecases {

class UseCaseContext;

// core::DpaReadiness for agreement AGREEMENT_ID of the register of CONTEXT, with the register's
// measures and sub-processors: what to tell a person before the DPA is sent or signed. Empty
// when there is nothing to say, or no such agreement.
class DpaReadinessQuery {
public:
    static QStringList warnings(const UseCaseContext& context, qint64 agreementId);
};

} // namespace pr::usecases
