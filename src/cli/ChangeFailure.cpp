#include "cli/ChangeFailure.h"

namespace pr::cli {

QString ChangeFailure::lostSentence()
{
    return tr("The command ends without saving, so this change is lost; run it again once the "
              "problem is solved.");
}

QString ChangeFailure::text(const usecases::ChangeResult& result)
{
    if (result.status == usecases::ChangeResult::Status::NotSaved) {
        return result.explanation() + QLatin1Char('\n') + lostSentence();
    }
    return result.explanation();
}

} // namespace pr::cli
