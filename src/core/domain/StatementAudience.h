#pragma once

#include "core/domain/EnumTable.h"

#include <QFlags>

#include <array>

namespace pr::core {

// The people a privacy statement is written for. Art. 13 and 14 ask to inform each person
// about the processing of their own data; customers, staff and job applicants are told about
// different processing, so the firm publishes one statement per audience and each activity
// names the statements it belongs in. Bit values so that a set of them is a QFlags.
enum class StatementAudience : quint32 {
    Customers = 1u << 0,  // customers, prospects and website visitors
    Staff = 1u << 1,      // the firm's own staff and interns
    Applicants = 1u << 2, // people who apply for a job
};

using StatementAudiences = QFlags<StatementAudience>;
Q_DECLARE_OPERATORS_FOR_FLAGS(StatementAudiences)

template <>
struct EnumTable<StatementAudience> {
    static constexpr std::array entries{
        EnumEntry<StatementAudience>{StatementAudience::Customers, u"customers",
                                     QT_TRANSLATE_NOOP("Domain", "Customers and website visitors")},
        EnumEntry<StatementAudience>{StatementAudience::Staff, u"staff",
                                     QT_TRANSLATE_NOOP("Domain", "Staff")},
        EnumEntry<StatementAudience>{StatementAudience::Applicants, u"applicants",
                                     QT_TRANSLATE_NOOP("Domain", "Job applicants")},
    };
};

} // namespace pr::core
