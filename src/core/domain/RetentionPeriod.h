#pragma once

#include "core/domain/RetentionKind.h"
#include "core/domain/RetentionTrigger.h"
#include "core/domain/RetentionUnit.h"

#include <QDate>
#include <QString>

#include <optional>

namespace pr::core {

// How long the data of one processing activity is kept (bewaartermijn). Structured, so that
// the program can say when data is due for deletion, and with free text for what a structure
// cannot say ("of zoveel korter als de klant vraagt").
//
// Decision: the free text complements a structured period and never replaces it. A period that
// is only text ("zo kort mogelijk") cannot be computed, and Art. 30(1)(f) asks for the time
// limits themselves, so validation reports a period whose kind is still Unspecified even when
// it has text.
struct RetentionPeriod {
    RetentionKind kind = RetentionKind::Unspecified; // fixed period, or as long as the agreement
    int amount = 0;                                  // fixed: how many units, 1..maxAmount()
    RetentionUnit unit = RetentionUnit::Months;      // fixed: the unit of amount
    RetentionTrigger trigger = RetentionTrigger::Collection; // fixed: the event it runs from
    QString description; // free text; required for trigger Other
    QString legalBasis;  // the rule that sets the period, e.g. "fiscale bewaarplicht (art. 52 AWR)"

    // The date on which a fixed period that runs from TRIGGERDATE ends: the data is due for
    // deletion from then on. Months and years keep the day of the month, or take the last day
    // of a shorter month (31 March + 1 month = 30 April), as Regulation 1182/71 counts months.
    // Nothing for a period that is not Fixed, has an amount outside 1..maxAmount(), or an
    // invalid trigger date: "as long as the agreement runs" ends with an agreement, not on a
    // computable date.
    std::optional<QDate> deletionDueDate(QDate triggerDate) const;

    // The structured part for documents in the user's language: "7 years after the end of the
    // financial year" (Dutch "7 jaar na einde boekjaar"), "as long as the agreement runs";
    // empty while Unspecified. Translated in the "Domain" context.
    QString describe() const;

    // The longest period accepted in UNIT: a hundred years. Longer is a typo (days for years),
    // and the cap keeps the date arithmetic far from integer overflow.
    static int maxAmount(RetentionUnit unit);

    friend bool operator==(const RetentionPeriod&, const RetentionPeriod&) = default;
};

} // namespace pr::core
