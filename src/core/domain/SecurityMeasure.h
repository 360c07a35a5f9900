#pragma once

#include "core/domain/MeasureStatus.h"
#include "core/domain/SecurityCategory.h"

#include <QDate>
#include <QString>

namespace pr::core {

// One security measure of Bijlage 2 (art. 32), usually picked from the catalogue and then
// adapted to the firm.
struct SecurityMeasure {
    qint64 id = 0;                                           // 0 = not yet stored
    SecurityCategory category = SecurityCategory::Technical; // the Bijlage 2 group
    QString title;                                 // short name, e.g. "Tweefactorauthenticatie"
    QString description;                           // what the firm does, in a sentence or two
    MeasureStatus status = MeasureStatus::InPlace; // in force or still planned
    QDate plannedDate;    // a planned measure: when it will be in force; null = not planned
    QString owner;        // who keeps it working
    QDate lastReviewDate; // last checked; null = never
    QString catalogueId;  // the catalogue entry it was picked from; empty when written by hand

    friend bool operator==(const SecurityMeasure&, const SecurityMeasure&) = default;
};

} // namespace pr::core
