#pragma once

#include "core/domain/DataSubjectRequest.h"
#include "report/DocumentKind.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace pr::report {

// Which letters a data-subject request can have, from what the request records. A letter
// states facts (an extension and its reason, a refusal and its reason, what was erased and
// when), so a letter whose facts are not on record would state something untrue or leave a
// hole: the renderer refuses it, and the GUI offers only the letters that fit.
class LetterEligibility {
    Q_DECLARE_TR_FUNCTIONS(pr::report::LetterEligibility)

public:
    // Empty when the letter KIND fits REQUEST; otherwise a sentence that says why not and
    // what to record first. Empty too for a KIND that is not a letter.
    static QString problem(DocumentKind kind, const core::DataSubjectRequest& request);
    static bool fits(DocumentKind kind, const core::DataSubjectRequest& request)
    {
        return problem(kind, request).isEmpty();
    }
    // The letters that fit REQUEST, in the order of DocumentKind.
    static QList<DocumentKind> lettersFor(const core::DataSubjectRequest& request);
};

} // namespace pr::report
