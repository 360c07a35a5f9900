#include "gui/SectionNames.h"

#include <QCoreApplication>

namespace pr::gui {

QString sectionName(core::EntityKind kind)
{
    using core::EntityKind;
    switch (kind) {
    case EntityKind::Organisation:
        return QCoreApplication::translate("SectionNames", "Organisation");
    case EntityKind::ProcessingActivity:
        return QCoreApplication::translate("SectionNames", "Processing activities");
    case EntityKind::SecurityMeasure:
        return QCoreApplication::translate("SectionNames", "Security measures");
    case EntityKind::SubProcessor:
        return QCoreApplication::translate("SectionNames", "Sub-processors");
    case EntityKind::Client:
        return QCoreApplication::translate("SectionNames", "Clients");
    case EntityKind::Agreement:
        return QCoreApplication::translate("SectionNames", "Processing agreements");
    case EntityKind::DataSubjectRequest:
        return QCoreApplication::translate("SectionNames", "Requests of data subjects");
    case EntityKind::Breach:
        return QCoreApplication::translate("SectionNames", "Data breaches");
    case EntityKind::SubProcessorNotice:
        return QCoreApplication::translate("SectionNames", "Sub-processor notices");
    }
    return {};
}

QString sectionTitle(Section section)
{
    switch (section) {
    case Section::Overview:
        return QCoreApplication::translate("SectionNames", "Overview");
    case Section::Activities:
        return sectionName(core::EntityKind::ProcessingActivity);
    case Section::Measures:
        return sectionName(core::EntityKind::SecurityMeasure);
    case Section::SubProcessors:
        return sectionName(core::EntityKind::SubProcessor);
    case Section::ClientsAndAgreements:
        return QCoreApplication::translate("SectionNames", "Clients and agreements");
    case Section::Requests:
        return sectionName(core::EntityKind::DataSubjectRequest);
    case Section::Breaches:
        return sectionName(core::EntityKind::Breach);
    case Section::Documents:
        return QCoreApplication::translate("SectionNames", "Documents");
    case Section::Organisation:
        return sectionName(core::EntityKind::Organisation);
    case Section::AuditTrail:
        return QCoreApplication::translate("SectionNames", "Audit trail");
    }
    return {};
}

} // namespace pr::gui
