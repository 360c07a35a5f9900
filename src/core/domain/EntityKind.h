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
    SubProcessorNotice,
};

template <>
struct EnumTable<EntityKind> {
    static constexpr std::array entries{
        EnumEntry<EntityKind>{EntityKind::Organisation, u"organisation",
                              QT_TRANSLATE_NOOP("Domain", "Organisation")},
        EnumEntry<EntityKind>{EntityKind::ProcessingActivity, u"processing-activity",
                              QT_TRANSLATE_NOOP("Domain", "Processing activity")},
        EnumEntry<EntityKind>{EntityKind::SecurityMeasure, u"security-measure",
                              QT_TRANSLATE_NOOP("Domain", "Security measure")},
        EnumEntry<EntityKind>{EntityKind::SubProcessor, u"sub-processor",
                              QT_TRANSLATE_NOOP("Domain", "Sub-processor")},
        EnumEntry<EntityKind>{EntityKind::Client, u"client", QT_TRANSLATE_NOOP("Domain", "Client")},
        EnumEntry<EntityKind>{EntityKind::Agreement, u"agreement",
                              QT_TRANSLATE_NOOP("Domain", "Data processing agreement")},
        EnumEntry<EntityKind>{EntityKind::DataSubjectRequest, u"data-subject-request",
                              QT_TRANSLATE_NOOP("Domain", "Data subject request")},
        EnumEntry<EntityKind>{EntityKind::Breach, u"breach",
                              QT_TRANSLATE_NOOP("Domain", "Data breach")},
        EnumEntry<EntityKind>{EntityKind::SubProcessorNotice, u"sub-processor-notice",
                              QT_TRANSLATE_NOOP("Domain", "Sub-processor notice")},
    };
};

} // namespace pr::core
