#include "gui/sections/SubProcessorSection.h"

#include "core/time/Clock.h"
#include "gui/SectionNames.h"
#include "gui/models/RecordColumns.h"
#include "gui/sections/DisplayText.h"
#include "gui/sections/NoticeText.h"
#include "storage/repositories/ActivityRepository.h"
#include "storage/repositories/ClientRepository.h"
#include "storage/repositories/SubProcessorNoticeRepository.h"
#include "storage/repositories/SubProcessorRepository.h"

namespace pr::gui {

using core::SubProcessor;
using storage::SubProcessorRepository;

namespace {

QString eeaText(const SubProcessor& sub)
{
    if (sub.insideEea) {
        return QCoreApplication::translate("SubProcessorSection", "Inside the EEA");
    }
    return sub.safeguard ? QCoreApplication::translate("SubProcessorSection", "Outside the EEA: %1")
                               .arg(core::enumLabel(*sub.safeguard))
                         : QCoreApplication::translate("SubProcessorSection",
                                                       "Outside the EEA, without a safeguard");
}

} // namespace

RecordSection SubProcessorSection::make(const core::Clock& clock)
{
    const QList<RecordColumn<SubProcessor>> columns{
        {tr("Sub-processor"),
         [](const SubProcessor& s) {
             return s.name;
         }},
        {tr("Service"),
         [](const SubProcessor& s) {
             return s.service;
         }},
        {tr("Country"),
         [](const SubProcessor& s) {
             return s.country;
         }},
        {tr("Data stored in"),
         [](const SubProcessor& s) {
             return s.dataLocation;
         }},
        {tr("EEA"), eeaText},
        {tr("Agreement of"), [](const SubProcessor& s) { return DisplayText::date(s.dpaDate); },
         [](const SubProcessor& s) {
             return QVariant(s.dpaDate);
         }},
    };

    RecordSection section;
    section.kind = core::EntityKind::SubProcessor;
    section.listName = sectionName(section.kind);
    section.headers = headersOf(columns);
    section.rows = [columns](const storage::SqliteDatabase& db) {
        return rowsOf(SubProcessorRepository::all(db), columns);
    };
    section.details = [&clock](const storage::SqliteDatabase& db,
                               qint64 id) -> std::optional<RecordDetails> {
        const auto sub = SubProcessorRepository::find(db, id);
        if (!sub) {
            return std::nullopt;
        }
        QStringList activities;
        for (const qint64 activityId : sub->activityIds) {
            if (const auto activity = storage::ActivityRepository::find(db, activityId)) {
                activities << activity->name;
            }
        }
        RecordDetails details;
        details.title = sub->name;
        details.add(tr("Service"), sub->service);
        details.add(tr("Country"), sub->country);
        details.add(tr("Data stored in"), sub->dataLocation);
        details.add(tr("EEA"), eeaText(*sub));
        if (core::needsTransferAssessment(*sub) || sub->transferAssessmentDate.isValid()) {
            details.add(tr("Transfer impact assessment"),
                        sub->transferAssessmentDate.isValid()
                            ? DisplayText::lines({DisplayText::date(sub->transferAssessmentDate),
                                                  sub->transferAssessmentSummary})
                            : tr("Not recorded yet"));
        }
        details.add(tr("Agreement with them of"),
                    sub->dpaDate.isValid() ? DisplayText::date(sub->dpaDate) : tr("None yet"));
        details.add(tr("Serves the activities"), DisplayText::bullets(activities));
        QStringList notices;
        for (const core::SubProcessorNotice& notice :
             storage::SubProcessorNoticeRepository::forSubProcessor(db, id)) {
            const auto client = storage::ClientRepository::find(db, notice.clientId);
            notices << NoticeText::line(notice, client ? client->legalName : QString(),
                                        clock.today());
        }
        details.add(tr("Clients told of it"), DisplayText::bullets(notices));
        return details;
    };
    return section;
}

} // namespace pr::gui
