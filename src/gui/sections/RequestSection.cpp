#include "gui/sections/RequestSection.h"

#include "core/calendar/DeadlineCalendar.h"
#include "core/dashboard/TimeLeft.h"
#include "core/time/Clock.h"
#include "core/workflow/DueItems.h"
#include "gui/SectionNames.h"
#include "gui/models/RecordColumns.h"
#include "gui/sections/DisplayText.h"
#include "storage/repositories/ClientRepository.h"
#include "storage/repositories/RequestRepository.h"

#include <QHash>

#include <limits>

namespace pr::gui {

using core::DataSubjectRequest;
using storage::RequestRepository;

namespace {

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

QString RequestSection::dueText(const core::RequestDue& due)
{
    return core::TimeLeft::of(due).status();
}

RowAttention RequestSection::attentionOf(const core::RequestDue& due)
{
    switch (due.state) {
    case core::DueState::Overdue:
        return RowAttention::Overdue;
    case core::DueState::DueSoon:
        return RowAttention::Soon;
    case core::DueState::Ok:
    case core::DueState::Running:
        break;
    }
    return RowAttention::None;
}

namespace {

using DueById = QHash<qint64, core::RequestDue>;

// The columns, with the deadlines of the open requests (DUE, by request id) as the rules of
// core::DueItems compute them: the list says what the overview and `due` say.
QList<RecordColumn<DataSubjectRequest>> requestColumns(const DueById& due)
{
    // The deadline beside the reference: what the user looks for first.
    const QList<RecordColumn<DataSubjectRequest>> columns{
        {RequestSection::tr("Reference"),
         [](const DataSubjectRequest& r) {
             return r.reference;
         }},
        {RequestSection::tr("Received"),
         [](const DataSubjectRequest& r) { return DisplayText::date(r.receivedDate); },
         [](const DataSubjectRequest& r) {
             return QVariant(r.receivedDate);
         }},
        {RequestSection::tr("Answer by"),
         [&due](const DataSubjectRequest& r) {
             const auto found = due.constFind(r.id);
             return found != due.cend() ? DisplayText::date(found->effective) : QString();
         },
         [&due](const DataSubjectRequest& r) {
             const auto found = due.constFind(r.id);
             return QVariant(found != due.cend() ? found->effective : QDate());
         }},
        // In words, not only in colour: the list is where the user works.
        {RequestSection::tr("Deadline"),
         [&due](const DataSubjectRequest& r) {
             const auto found = due.constFind(r.id);
             return found != due.cend() ? RequestSection::dueText(*found) : QString();
         },
         [&due](const DataSubjectRequest& r) {
             const auto found = due.constFind(r.id);
             // Open requests by days left, the closed ones after them.
             return QVariant(found != due.cend() ? found->daysLeft
                                                 : std::numeric_limits<qint64>::max());
         }},
        {RequestSection::tr("Status"),
         [](const DataSubjectRequest& r) {
             return core::enumLabel(r.status);
         }},
        {RequestSection::tr("Right"),
         [](const DataSubjectRequest& r) {
             return core::enumLabel(r.right);
         }},
        {RequestSection::tr("From"),
         [](const DataSubjectRequest& r) {
             return r.requesterName;
         }},
    };
    return columns;
}

} // namespace

RecordSection RequestSection::make(const core::Period& promise, const core::Clock& clock)
{
    RecordSection section;
    section.kind = core::EntityKind::DataSubjectRequest;
    section.listName = sectionName(section.kind);
    section.headers = headersOf(requestColumns(DueById()));
    section.sortColumn = 1;
    section.sortOrder = Qt::DescendingOrder;
    section.rows = [promise, &clock](const storage::SqliteDatabase& db) {
        const QList<DataSubjectRequest> requests = RequestRepository::all(db);
        const core::DueItems items = core::DueItems::compute(requests, {}, {}, promise, clock);
        DueById due;
        due.reserve(items.requests.size());
        for (const core::RequestDue& request : items.requests) {
            due.insert(request.requestId, request);
        }
        return rowsOf<DataSubjectRequest>(
            requests, requestColumns(due), [&due](const DataSubjectRequest& r) {
                const auto found = due.constFind(r.id);
                return found != due.cend() ? attentionOf(*found) : RowAttention::None;
            });
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
        details.add(tr("Why the identity is in doubt"), request->identityDoubt);
        details.add(tr("Proof asked for"), request->identityProofAsked);
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
        details.add(tr("Ground of refusal"),
                    request->refusalGround ? core::enumLabel(*request->refusalGround) : QString());
        details.add(tr("Reason for refusal"), request->refusalReason);
        details.add(tr("Copy of the data provided"), request->copyProvided);
        details.add(tr("Recipients told of the erasure"), request->recipientsInformed);
        details.add(tr("Notes for the file"), request->notes);
        return details;
    };
    return section;
}

} // namespace pr::gui
