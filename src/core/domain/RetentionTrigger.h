#pragma once

#include "core/domain/EnumTable.h"

#include <array>

namespace pr::core {

// The event from which a fixed retention period runs. The caller supplies the event's date
// (RetentionPeriod::deletionDueDate()); the trigger tells people which date that is.
enum class RetentionTrigger {
    Collection,         // from the moment the data was obtained
    LastContact,        // from the last contact with the person
    EndOfAgreement,     // from the end of the agreement
    EndOfFinancialYear, // from the end of the financial year (the fiscal retention duty)
    EndOfEmployment,    // from the end of employment
    RequestHandled,     // from the moment the request or ticket was dealt with
    Other,              // another event, described in the free text
};

template <>
struct EnumTable<RetentionTrigger> {
    static constexpr std::array entries{
        EnumEntry<RetentionTrigger>{RetentionTrigger::Collection, u"collection",
                                    QT_TRANSLATE_NOOP("Domain", "after collection")},
        EnumEntry<RetentionTrigger>{RetentionTrigger::LastContact, u"last-contact",
                                    QT_TRANSLATE_NOOP("Domain", "after the last contact")},
        EnumEntry<RetentionTrigger>{RetentionTrigger::EndOfAgreement, u"end-of-agreement",
                                    QT_TRANSLATE_NOOP("Domain", "after the end of the agreement")},
        EnumEntry<RetentionTrigger>{
            RetentionTrigger::EndOfFinancialYear, u"end-of-financial-year",
            QT_TRANSLATE_NOOP("Domain", "after the end of the financial year")},
        EnumEntry<RetentionTrigger>{RetentionTrigger::EndOfEmployment, u"end-of-employment",
                                    QT_TRANSLATE_NOOP("Domain", "after the end of employment")},
        EnumEntry<RetentionTrigger>{RetentionTrigger::RequestHandled, u"request-handled",
                                    QT_TRANSLATE_NOOP("Domain", "after completion")},
        EnumEntry<RetentionTrigger>{RetentionTrigger::Other, u"other",
                                    QT_TRANSLATE_NOOP("Domain", "after another event")},
    };
};

} // namespace pr::core
