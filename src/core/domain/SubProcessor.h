#pragma once

#include "core/domain/TransferSafeguard.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace pr::core {

// A supplier that processes personal data for the firm while the firm acts as processor
// (subverwerker, art. 28(2) and (4)): clients must be told before one is added or replaced.
struct SubProcessor {
    qint64 id = 0;                              // 0 = not yet stored
    QString name;                               // company name
    QString service;                            // what it does, e.g. "opslag van back-ups"
    QString country;                            // where the company is established
    QString dataLocation;                       // where the data is stored, e.g. "Amsterdam"
    bool insideEea = true;                      // the data stays inside the EEA
    std::optional<TransferSafeguard> safeguard; // required when the data leaves the EEA
    // The transfer impact assessment: whether the law and practice of the country of
    // destination let the safeguard work (needed for every tool but an adequacy decision).
    QDate transferAssessmentDate;      // when it was made; null = not made
    QString transferAssessmentSummary; // its conclusion, in a sentence or two
    QDate dpaDate;                     // date of the DPA with it; null = none yet
    QList<qint64> activityIds;         // the processing activities it serves

    friend bool operator==(const SubProcessor&, const SubProcessor&) = default;
};

// Whether the transfer to SUB_PROCESSOR rests on a tool whose effect depends on the law and
// practice of the country of destination (standard clauses, binding corporate rules), so that
// a transfer impact assessment must show it works. An adequacy decision is that assessment,
// made by the Commission; a derogation of art. 49 is no tool to assess.
inline bool needsTransferAssessment(const SubProcessor& subProcessor)
{
    return !subProcessor.insideEea && subProcessor.safeguard &&
           (*subProcessor.safeguard == TransferSafeguard::StandardClauses ||
            *subProcessor.safeguard == TransferSafeguard::BindingCorporateRules);
}

} // namespace pr::core
