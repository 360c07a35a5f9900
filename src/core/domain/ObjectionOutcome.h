#pragma once

#include "core/domain/EnumTable.h"

#include <array>

namespace pr::core {

// How a client's objection to a sub-processor ended. The DPA (art. 9.2) has the parties look
// for a solution together; when they find none, the client may end the service concerned.
enum class ObjectionOutcome {
    Open,              // the parties are still talking
    Resolved,          // a solution was agreed (recorded in the objection's text)
    NotEngaged,        // the firm does not use the sub-processor for this client's data
    Withdrawn,         // the client withdrew its objection
    ServiceTerminated, // no solution: the client ended the service concerned
};

template <>
struct EnumTable<ObjectionOutcome> {
    static constexpr std::array entries{
        EnumEntry<ObjectionOutcome>{ObjectionOutcome::Open, u"open",
                                    QT_TRANSLATE_NOOP("Domain", "Under discussion")},
        EnumEntry<ObjectionOutcome>{ObjectionOutcome::Resolved, u"resolved",
                                    QT_TRANSLATE_NOOP("Domain", "Solution agreed")},
        EnumEntry<ObjectionOutcome>{
            ObjectionOutcome::NotEngaged, u"not-engaged",
            QT_TRANSLATE_NOOP("Domain", "Sub-processor not used for this client")},
        EnumEntry<ObjectionOutcome>{ObjectionOutcome::Withdrawn, u"withdrawn",
                                    QT_TRANSLATE_NOOP("Domain", "Objection withdrawn")},
        EnumEntry<ObjectionOutcome>{ObjectionOutcome::ServiceTerminated, u"service-terminated",
                                    QT_TRANSLATE_NOOP("Domain", "Client ended the service")},
    };
};

} // namespace pr::core
