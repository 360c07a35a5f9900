#pragma once

#include "core/domain/EnumTable.h"

#include <array>

namespace pr::core {

// The kinds of record the register holds; the audit trail names the record it changed by kind
// and id.
enum class EntityKind {
    Organisation,
    ProcessingActivity,
    SecurityMeasure,
    SubProcessor,
    Client,
    Agreement,
    DataSubjectRequest,
    Breach,
};

template <>
struct EnumTable<EntityKind> {
    static constexpr std::array entries{
        EnumEntry<EntityKind>{EntityKind::Organisation, u"organisation",
                              QT_TRANSLATE_NOOP("Domain", "Organisatie")},
        EnumEntry<EntityKind>{EntityKind::ProcessingActivity, u"processing-activity",
                              QT_TRANSLATE_NOOP("Domain", "Verwerking")},
        EnumEntry<EntityKind>{EntityKind::SecurityMeasure, u"security-measure",
                              QT_TRANSLATE_NOOP("Domain", "Beveiligingsmaatregel")},
        EnumEntry<EntityKind>{EntityKind::SubProcessor, u"sub-processor",
                              QT_TRANSLATE_NOOP("Domain", "Subverwerker")},
        EnumEntry<EntityKind>{EntityKind::Client, u"client", QT_TRANSLATE_NOOP("Domain", "Klant")},
        EnumEntry<EntityKind>{EntityKind::Agreement, u"agreement",
                              QT_TRANSLATE_NOOP("Domain", "Verwerkersovereenkomst")},
        EnumEntry<EntityKind>{EntityKind::DataSubjectRequest, u"data-subject-request",
                              QT_TRANSLATE_NOOP("Domain", "Verzoek van betrokkene")},
        EnumEntry<EntityKind>{EntityKind::Breach, u"breach",
                              QT_TRANSLATE_NOOP("Domain", "Datalek")},
    };
};

} // namespace pr::core
