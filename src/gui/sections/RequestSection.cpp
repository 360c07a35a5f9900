#include "gui/sections/RequestSection.h"

#include "core/calendar/DeadlineCalendar.h"
#include "core/time/Clock.h"
#include "gui/SectionNames.h"
#include "gui/models/RecordColumns.h"
#include "gui/sections/DisplayText.h"
#include "storage/repositories/ClientRepository.h"
#include "storage/repositories/RequestRepository.h"

namespace pr::gui {

using core::DataSubjectRequest;
using storage::RequestRepository;

namespace {

// The deadline an open request works to; none once it is closed.
QDate effectiveDeadline(const DataSubjectRequest& request, const core::Period& promise)
{
    if (core::isClosed(request.status)) {
        return {};
    }
    return core::requestDeadlines(request.receivedDate, promise)
        .effective(request.extension.has_value());
}

QString deadlinesText(const DataSubjectRequest& request, const core::Period& promise)
{
    const core::RequestDeadlines deadlines = core::requestDeadlines(request.receivedDate, promise);
    if (!deadlines.received.isValid()) {
        return {};
    }
    if (request.extension) {
        return QCoreApplication::translate("RequestSection", "Extended; legal deadline: %1")
            .arg(DisplayText::date(deadlines.legalExtended));
    }
    return QCoreApplication::translate("RequestSection", "Our deadline: %1\nLegal deadline: %2")
        .arg(DisplayText::date(deadlines.promised), DisplayText::date(deadlines.legal));
}

} // namespace

RecordSection RequestSection::make(const core::Period& promise, const core::Clock& clock)
{
    // The deadline beside the reference: what the user looks for first.
    const QList<RecordColumn<DataSubjectRequest>> columns{
        {tr("Reference"),
         [](const DataSubjectRequest& r) {
             return r.reference;
         }},
        {tr("Received"),
         [](const DataSubjectRequest& r) { return DisplayText::date(r.receivedDate); },
         [](const DataSubjectRequest& r) {
             return QVariant(r.receivedDate);
         }},
        {tr("Answer by"),
         [promise, &clock](const DataSubjectRequest& r) {
             const QDate due = effectiveDeadline(r, promise);
             // In words, not only in the overview: the list is where the user works.
             return due.isValid() && due < clock.today()
                        ? tr("%1 (overdue)").arg(DisplayText::date(due))
                        : DisplayText::date(due);
         },
         [promise](const DataSubjectRequest& r) {
             return QVariant(effectiveDeadline(r, promise));
         }},
        {tr("Status"),
         [](const DataSubjectRequest& r) {
             return core::enumLabel(r.status);
         }},
        {tr("Right"),
         [](const DataSubjectRequest& r) {
             return core::enumLabel(r.right);
         }},
        {tr("From"),
         [](const DataSubjectRequest& r) {
             return r.requesterName;
         }},
    };

    RecordSection section;
    section.kind = core::EntityKind::DataSubjectRequest;
    section.listName = sectionName(section.kind);
    section.headers = headersOf(columns);
    section.sortColumn = 1;
    section.sortOrder = Qt::DescendingOrder;
    section.rows = [columns](const storage::SqliteDatabase& db) {
        return rowsOf(RequestRepository::all(db), columns);
    };
    section.details = [promise](const storage::SqliteDatabase& db,
                                qint64 id) -> std::optional<RecordDetails> {
        const auto request = RequestRepository::find(db, id);
        if (!request) {
            return std::nullopt;
        }
        RecordDetails details;
        details.title = tr("Request %1").arg(request->reference);
        details.add(tr("From"),
                    DisplayText::lines({request->requesterName, request->requesterContact}));
        details.add(tr("Right"),
                    tr("%1 (article %2)")
                        .arg(core::enumLabel(request->right), core::gdprArticle(request->right)));
        details.add(tr("Received"), tr("%1 (channel: %2)")
                                        .arg(DisplayText::date(request->receivedDate),
                                             core::enumLabel(request->channel).toLower()));
        details.add(tr("Status"), core::enumLabel(request->status));
        if (!core::isClosed(request->status)) {
            details.add(tr("Deadlines"), deadlinesText(*request, promise));
        }
        if (request->clientId != 0) {
            const auto client = storage::ClientRepository::find(db, request->clientId);
            details.add(tr("On behalf of client"), client ? client->legalName : QString());
            details.add(tr("Client informed on"), DisplayText::date(request->clientInformedDate));
        }
        details.add(tr("Proof of identity asked on"),
                    DisplayText::date(request->identityRequestedDate));
        details.add(tr("Identity verified on"), DisplayText::date(request->identityVerifiedDate));
        details.add(tr("ID copy destroyed on"), DisplayText::date(request->idCopyDestroyedDate));
        if (request->extension) {
            details.add(tr("Extension"),
                        DisplayText::lines(
                            {tr("Told on %1").arg(DisplayText::date(request->extension->toldOn)),
                             request->extension->reason}));
        }
        details.add(tr("Answered on"), DisplayText::date(request->answeredDate));
        details.add(tr("Outcome"), request->outcome);
        details.add(tr("Reason for refusal"), request->refusalReason);
        return details;
    };
    return section;
}

} // namespace pr::gui
