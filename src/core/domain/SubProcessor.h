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
    QDate dpaDate;                              // date of the DPA with it; null = none yet
    QList<qint64> activityIds;                  // the processing activities it serves

    friend bool operator==(const SubProcessor&, const SubProcessor&) = default;
};

} // namespace pr::core
