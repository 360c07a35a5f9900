#include "usecases/steps/BreachSteps.h"

namespace pr::usecases {

QString BreachStepTraits::missing(qint64 id)
{
    return tr("There is no data breach %1.").arg(id);
}

} // namespace pr::usecases
