#include "core/workflow/ClientBreachWindow.h"

#include <optional>

namespace pr::core {

namespace {
bool inForce(const Agreement& agreement, QDate on)
{
    if (agreement.signingState == SigningState::Draft) {
        return false;
    }
    const bool started = !agreement.startDate.isValid() || agreement.startDate <= on;
    const bool notEnded = !agreement.endDate.isValid() || agreement.endDate >= on;
    return started && notEnded;
}
} // namespace

ClientBreachWindow ClientBreachWindow::of(qint64 clientId, const QList<Agreement>& agreements,
                                          QDate discovered)
{
    std::optional<int> inForceHours;
    std::optional<int> otherHours;
    for (const Agreement& agreement : agreements) {
        if (agreement.clientId != clientId) {
            continue;
        }
        std::optional<int>& shortest = inForce(agreement, discovered) ? inForceHours : otherHours;
        if (!shortest || agreement.breachNotificationHours < *shortest) {
            shortest = agreement.breachNotificationHours;
        }
    }
    if (inForceHours) {
        return {*inForceHours, WindowSource::AgreementInForce};
    }
    if (otherHours) {
        return {*otherHours, WindowSource::AgreementNotInForce};
    }
    return {Agreement{}.breachNotificationHours, WindowSource::Default};
}

} // namespace pr::core
