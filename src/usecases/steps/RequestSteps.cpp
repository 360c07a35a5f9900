#include "usecases/steps/RequestSteps.h"

namespace pr::usecases {

QString RequestStepTraits::missing(qint64 id)
{
    return tr("There is no request %1.").arg(id);
}

} // namespace pr::usecases
