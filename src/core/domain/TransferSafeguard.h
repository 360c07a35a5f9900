#pragma once

#include "core/domain/EnumTable.h"

#include <array>

namespace pr::core {

// What makes a transfer of personal data to a country outside the EEA lawful (AVG chapter V).
enum class TransferSafeguard {
    Adequacy,              // art. 45: the Commission found the country's protection adequate
    StandardClauses,       // art. 46(2)(c): the Commission's standard contractual clauses
    BindingCorporateRules, // art. 47: approved rules within a group of companies
    Derogation,            // art. 49: explicit consent or another specific derogation
};

template <>
struct EnumTable<TransferSafeguard> {
    static constexpr std::array entries{
        EnumEntry<TransferSafeguard>{TransferSafeguard::Adequacy, u"adequacy",
                                     QT_TRANSLATE_NOOP("Domain", "Adequacy decision")},
        EnumEntry<TransferSafeguard>{
            TransferSafeguard::StandardClauses, u"scc",
            QT_TRANSLATE_NOOP("Domain", "Standard contractual clauses (SCC)")},
        EnumEntry<TransferSafeguard>{TransferSafeguard::BindingCorporateRules, u"bcr",
                                     QT_TRANSLATE_NOOP("Domain", "Binding corporate rules (BCR)")},
        EnumEntry<TransferSafeguard>{
            TransferSafeguard::Derogation, u"derogation",
            QT_TRANSLATE_NOOP("Domain", "Explicit consent or another derogation")},
    };
};

} // namespace pr::core
