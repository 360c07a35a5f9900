#pragma once

#include "usecases/ChangeResult.h"

#include <QCoreApplication>
#include <QString>

namespace pr::cli {

// What the tool prints when a change did not reach the disk. The desktop program keeps an
// unsaved change while its window is open; this tool ends, so a change made but not saved is
// lost, and the text says so instead of suggesting it was kept.
class ChangeFailure {
    Q_DECLARE_TR_FUNCTIONS(ChangeFailure)
public:
    // Why RESULT failed (its explanation), plus for NotSaved that the change is lost.
    static QString text(const usecases::ChangeResult& result);
    // The sentence added to a failed save: nothing of this command's change was kept.
    static QString lostSentence();
};

} // namespace pr::cli
