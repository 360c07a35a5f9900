#pragma once

#include <QString>

#include <optional>

namespace pr::core {

// The limit on the processor's liability in a DPA: an amount, a text ("het bedrag dat de
// verzekering uitkeert"), both (an amount with its condition), or neither (no limit agreed).
struct LiabilityCap {
    std::optional<qint64> amountCents;        // in cents, to keep money exact
    QString currency = QStringLiteral("EUR"); // ISO 4217 code of amountCents
    QString text;                             // the cap in words, or a condition to the amount

    friend bool operator==(const LiabilityCap&, const LiabilityCap&) = default;
};

} // namespace pr::core
