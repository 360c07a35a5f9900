#pragma once

#include "core/domain/MeasureStatus.h"
#include "core/domain/SecurityMeasure.h"
#include "usecases/steps/StepChange.h"

#include <QCoreApplication>

namespace pr::usecases {

class UseCaseContext;

// Marks a security measure as in place or as planned. Only the status changes, so that undoing
// it never takes back anything else.
class MeasureStatusChange {
    Q_DECLARE_TR_FUNCTIONS(MeasureStatusChange)

public:
    static StepChange<core::SecurityMeasure> set(const UseCaseContext& context, qint64 measureId,
                                                 core::MeasureStatus status);
};

} // namespace pr::usecases
