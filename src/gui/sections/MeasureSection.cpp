#include "gui/sections/MeasureSection.h"

#include "gui/SectionNames.h"
#include "gui/models/RecordColumns.h"
#include "gui/sections/DisplayText.h"
#include "storage/repositories/SecurityMeasureRepository.h"

namespace pr::gui {

using core::SecurityMeasure;
using storage::SecurityMeasureRepository;

namespace {
constexpr int kGroupColumn = 1;
}

RecordSection MeasureSection::make()
{
    const QList<RecordColumn<SecurityMeasure>> columns{
        {tr("Measure"),
         [](const SecurityMeasure& m) {
             return m.title;
         }},
        {tr("Group"), [](const SecurityMeasure& m) { return core::enumLabel(m.category); },
         // In the order of Bijlage 2, not alphabetically.
         [](const SecurityMeasure& m) {
             return QVariant(static_cast<int>(m.category));
         }},
        {tr("Status"),
         [](const SecurityMeasure& m) {
             return core::enumLabel(m.status);
         }},
        {tr("Responsible"),
         [](const SecurityMeasure& m) {
             return m.owner;
         }},
        {tr("Last reviewed"),
         [](const SecurityMeasure& m) { return DisplayText::date(m.lastReviewDate); },
         [](const SecurityMeasure& m) {
             return QVariant(m.lastReviewDate);
         }},
    };

    RecordSection section;
    section.kind = core::EntityKind::SecurityMeasure;
    section.listName = sectionName(section.kind);
    section.headers = headersOf(columns);
    section.sortColumn = kGroupColumn;
    section.rows = [columns](const storage::SqliteDatabase& db) {
        return rowsOf(SecurityMeasureRepository::all(db), columns);
    };
    section.details = [](const storage::SqliteDatabase& db,
                         qint64 id) -> std::optional<RecordDetails> {
        const auto measure = SecurityMeasureRepository::find(db, id);
        if (!measure) {
            return std::nullopt;
        }
        RecordDetails details;
        details.title = measure->title;
        details.add(tr("Group"), core::enumLabel(measure->category));
        details.add(tr("Status"), core::enumLabel(measure->status));
        if (measure->status == core::MeasureStatus::Planned) {
            details.add(tr("In force from"), measure->plannedDate.isValid()
                                                 ? DisplayText::date(measure->plannedDate)
                                                 : tr("No date yet"));
        }
        details.add(tr("What we do"), measure->description);
        details.add(tr("Responsible"), measure->owner);
        details.add(tr("Last reviewed"), measure->lastReviewDate.isValid()
                                             ? DisplayText::date(measure->lastReviewDate)
                                             : tr("Never"));
        return details;
    };
    return section;
}

} // namespace pr::gui
