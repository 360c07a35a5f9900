#pragma once

#include "core/domain/EnumTable.h"

#include <QDateTime>
#include <QString>

#include <array>

namespace pr::core {

// One dated step in the handling of a data breach (BreachWorkflow). Which ones apply depends
// on the firm's role: as controller it decides on the report to the Autoriteit
// Persoonsgegevens and on telling the people; as processor it tells the client, who decides.
enum class BreachStep {
    ReportToAuthority, // a report to the AP: the first one, or a follow-up (art. 33(1), (4))
    DecideNotToReport, // no report: unlikely to result in a risk, with the reason (art. 33(5))
    InformClient,      // as processor: the client was told (art. 33(2))
    InformSubjects,    // the people were told (art. 34)
    DecideNotToInform, // the people are not told, with the reason (art. 34(3))
};

// What a step needs besides its moment. Fields a step does not use are ignored.
struct BreachStepDetails {
    // ReportToAuthority: what the report said or added. DecideNotToReport, DecideNotToInform:
    // the reason, required.
    QString text;
    // ReportToAuthority: the AP's number for the case, once known; empty keeps the one recorded.
    QString apReference;
};

// The codes are what `breach-step --to` takes.
template <>
struct EnumTable<BreachStep> {
    static constexpr std::array entries{
        EnumEntry<BreachStep>{BreachStep::ReportToAuthority, u"report-ap",
                              QT_TRANSLATE_NOOP("Domain", "Reported to the AP")},
        EnumEntry<BreachStep>{BreachStep::DecideNotToReport, u"no-ap-report",
                              QT_TRANSLATE_NOOP("Domain", "Not reported to the AP")},
        EnumEntry<BreachStep>{BreachStep::InformClient, u"client-informed",
                              QT_TRANSLATE_NOOP("Domain", "Client informed")},
        EnumEntry<BreachStep>{BreachStep::InformSubjects, u"subjects-informed",
                              QT_TRANSLATE_NOOP("Domain", "People informed")},
        EnumEntry<BreachStep>{BreachStep::DecideNotToInform, u"subjects-not-informed",
                              QT_TRANSLATE_NOOP("Domain", "People not informed")},
    };
};

} // namespace pr::core
