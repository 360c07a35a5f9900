#pragma once

#include <QString>

#include <optional>

namespace pr::core {

// The limit on the processor's liability towards the client in a DPA: an amount per event and
// an amount per calendar year, either or both; neither = no limit agreed. Amounts, never "what
// the insurer pays": a cap that depends on an insurer's payout is zero when the insurer refuses.
struct LiabilityCap {
    std::optional<qint64> perEventCents;      // at most this per event (in cents, kept exact)
    std::optional<qint64> perYearCents;       // at most this in total per calendar year
    QString currency = QStringLiteral("EUR"); // ISO 4217 code of the amounts
    // The cap in words, as registers kept it before caps were amounts. It is no longer printed:
    // a DPA still to be signed must state amounts (AgreementValidation), and one already signed
    // keeps it as part of what was signed.
    QString formerText;

    bool limited() const { return perEventCents.has_value() || perYearCents.has_value(); }

    friend bool operator==(const LiabilityCap&, const LiabilityCap&) = default;
};

} // namespace pr::core
