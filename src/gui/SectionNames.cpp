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
    }
    return {};
}

} // namespace pr::gui
