#include "storage/RegisterSummary.h"

#include "storage/sqlite/SqliteDatabase.h"

namespace pr::storage {

RegisterSummary RegisterSummary::of(const SqliteDatabase& db)
{
    using core::EntityKind;
    // The one table per part that holds its records (child tables hold their lists).
    const std::pair<EntityKind, const char16_t*> parts[] = {
        {EntityKind::ProcessingActivity, u"SELECT count(*) FROM processing_activity"},
        {EntityKind::SecurityMeasure, u"SELECT count(*) FROM security_measure"},
        {EntityKind::SubProcessor, u"SELECT count(*) FROM sub_processor"},
        {EntityKind::Client, u"SELECT count(*) FROM client"},
        {EntityKind::Agreement, u"SELECT count(*) FROM agreement"},
        {EntityKind::DataSubjectRequest, u"SELECT count(*) FROM data_subject_request"},
        {EntityKind::Breach, u"SELECT count(*) FROM breach"},
        {EntityKind::SubProcessorNotice, u"SELECT count(*) FROM sub_processor_notice"},
    };
    RegisterSummary summary;
    for (const auto& [kind, sql] : parts) {
        summary.parts.append({kind, db.scalar(sql)});
    }
    summary.auditEntries = db.scalar(u"SELECT count(*) FROM audit_entry");
    return summary;
}

} // namespace pr::storage
