#pragma once

#include "core/domain/EntityKind.h"

#include <QList>

#include <optional>

namespace pr::gui {

// The sections of the main window's navigation, in its order.
enum class Section {
    Overview,
    Activities,
    Measures,
    SubProcessors,
    ClientsAndAgreements,
    Requests,
    Breaches,
    Documents,
    Organisation,
    AuditTrail,
};

inline QList<Section> allSections()
{
    return {Section::Overview,
            Section::Activities,
            Section::Measures,
            Section::SubProcessors,
            Section::ClientsAndAgreements,
            Section::Requests,
            Section::Breaches,
            Section::Documents,
            Section::Organisation,
            Section::AuditTrail};
}

// The section that lists records of KIND.
inline Section sectionOf(core::EntityKind kind)
{
    switch (kind) {
    case core::EntityKind::Organisation:
        return Section::Organisation;
    case core::EntityKind::ProcessingActivity:
        return Section::Activities;
    case core::EntityKind::SecurityMeasure:
        return Section::Measures;
    case core::EntityKind::SubProcessor:
    case core::EntityKind::SubProcessorNotice: // shown with its sub-processor
        return Section::SubProcessors;
    case core::EntityKind::Client:
    case core::EntityKind::Agreement:
        return Section::ClientsAndAgreements;
    case core::EntityKind::DataSubjectRequest:
        return Section::Requests;
    case core::EntityKind::Breach:
        return Section::Breaches;
    }
    return Section::Overview;
}

} // namespace pr::gui
