#pragma once

#include "core/calendar/Period.h"

#include <QDate>
#include <QVariantMap>

namespace pr::report {

class DocumentLanguage;

// What a document needs besides the register: the date it is made on (from the caller's
// core::Clock, so that tests can fix it), the firm's own answer period from the settings,
// and whether it is for print.
struct DocumentContext {
    QDate today;
    // The term the firm promises for answering requests (AppSettings::promisedAnswerPeriod).
    core::Period promisedAnswerPeriod{4, core::Period::Unit::Weeks};
    // PDF: the running header carries the logo, so the body does not repeat it.
    bool forPrint = true;

    // The "document" block of every view model (docs/templates.md).
    QVariantMap toModel(const DocumentLanguage& language) const;
};

} // namespace pr::report
