#include "usecases/steps/AgreementSteps.h"

namespace pr::usecases {

QString AgreementStepTraits::missing(qint64 id)
{
    return tr("There is no agreement %1.").arg(id);
}

} // namespace pr::usecases
