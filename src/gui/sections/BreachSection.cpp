#include "gui/sections/BreachSection.h"

#include "core/dashboard/TimeLeft.h"
#include "core/time/DutchTime.h"
#include "core/workflow/BreachDuty.h"
#include "gui/SectionNames.h"
#include "gui/models/RecordColumns.h"
#include "gui/sections/DisplayText.h"
#include "storage/repositories/BreachRepository.h"
#include "storage/repositories/ClientRepository.h"
#include "usecases/due/DueItemsQuery.h"

#include <QHash>
#include <QLocale>

#include <limits>

namespace pr::gui {

using core::Breach;
using storage::BreachRepository;

namespace {

QString apText(const Breach& breach)
{
    if (!breach.apNotified.has_value() && breach.apNotifications.isEmpty()) {
        // As processor the report is the client's to make, not an open question of ours.
        return core::BreachDuty::decidesApReport(breach)
                   ? QCoreApplication::translate("BreachSection", "Not decided yet")
                   : QCoreApplication::translate("BreachSection", "The client decides");
    }
    if (!breach.apNotified.has_value()) {
        return QCoreApplication::translate("BreachSection", "Reported");
    }
    return *breach.apNotified ? QCoreApplication::translate("BreachSection", "Reported")
                              : QCoreApplication::translate("BreachSection", "Not reported");
}

QString firstLine(const QString& text)
{
    return text.section(u'\n', 0, 0);
}

QString countText(const std::optional<qint64>& count)
{
    return count ? QLocale().toString(*count)
                 : QCoreApplication::translate("BreachSection", "Unknown");
}

// "10 to 40", "at least 10", "at most 40" or "Unknown".
QString rangeText(const std::optional<qint64>& min, const std::optional<qint64>& max)
{
    if (min && max) {
        return *min == *max ? QLocale().toString(*min)
                            : QCoreApplication::translate("BreachSection", "%1 to %2")
                                  .arg(QLocale().toString(*min), QLocale().toString(*max));
    }
    if (max) {
        return QCoreApplication::translate("BreachSection", "at most %1")
            .arg(QLocale().toString(*max));
    }
    return min ? QCoreApplication::translate("BreachSection", "at least %1")
                     .arg(QLocale().toString(*min))
               : countText(min);
}

QString reportsText(const Breach& breach)
{
    QStringList lines;
    for (const core::ApNotification& report : breach.apNotifications) {
        const QString state = report.final
                                  ? QCoreApplication::translate("BreachSection", "final")
                                  : QCoreApplication::translate("BreachSection", "preliminary");
        lines << QCoreApplication::translate("BreachSection", "%1 (%2, %3): %4")
                     .arg(core::enumLabel(report.phase), DisplayText::dateTime(report.at), state,
                          report.summary);
    }
    return DisplayText::bullets(lines);
}

QString timelineText(const Breach& breach)
{
    const QString started = breach.startedAt.isValid()
                                ? DisplayText::dateTime(breach.startedAt)
                                : QCoreApplication::translate("BreachSection", "Unknown");
    if (breach.ongoing) {
        return QCoreApplication::translate("BreachSection", "From %1, still going on").arg(started);
    }
    const QString ended = breach.endedAt.isValid()
                              ? DisplayText::dateTime(breach.endedAt)
                              : QCoreApplication::translate("BreachSection", "unknown");
    return QCoreApplication::translate("BreachSection", "From %1 to %2").arg(started, ended);
}

template <core::CodedEnum E>
QStringList labelsOf(const QList<E>& values)
{
    QStringList labels;
    for (const E value : values) {
        labels << core::enumLabel(value);
    }
    return labels;
}

QStringList specialLabels(core::SpecialCategories flags)
{
    QStringList labels;
    for (const core::SpecialCategory category : core::enumValues<core::SpecialCategory>()) {
        if (flags.testFlag(category)) {
            labels << core::enumLabel(category);
        }
    }
    return labels;
}

QString lostText(const Breach& breach)
{
    QStringList lost;
    if (breach.confidentialityLost) {
        lost << QCoreApplication::translate("BreachSection", "Confidentiality");
    }
    if (breach.integrityLost) {
        lost << QCoreApplication::translate("BreachSection", "Integrity");
    }
    if (breach.availabilityLost) {
        lost << QCoreApplication::translate("BreachSection", "Availability");
    }
    return DisplayText::commaList(lost);
}

} // namespace

QString BreachSection::clockText(const core::BreachClock& clock)
{
    return tr("%1: %2").arg(core::enumLabel(clock.kind), core::TimeLeft::of(clock).status());
}

RecordSection BreachSection::make(const usecases::UseCaseContext& context)
{
    RecordSection section;
    section.kind = core::EntityKind::Breach;
    section.listName = sectionName(section.kind);
    section.headers = {tr("Reference"), tr("Discovered"),         tr("What happened"),
                       tr("Clock"),     tr("Reported to the AP"), tr("Client")};
    section.sortColumn = 1;
    section.sortOrder = Qt::DescendingOrder;
    section.rows = [&context](const storage::SqliteDatabase& db) {
        QHash<qint64, QString> clients;
        for (const core::Client& client : storage::ClientRepository::all(db)) {
            clients.insert(client.id, client.legalName);
        }
        const QList<Breach> breaches = BreachRepository::all(db);
        // The clocks come earliest deadline first: the first one of a breach is its most
        // urgent.
        QHash<qint64, core::BreachClock> firstClock;
        for (const core::BreachClock& running : usecases::DueItemsQuery::breachClocks(context)) {
            if (!firstClock.contains(running.breachId)) {
                firstClock.insert(running.breachId, running);
            }
        }
        const QList<RecordColumn<Breach>> columns{
            {{},
             [](const Breach& b) {
                 return b.reference;
             }},
            {{},
             [](const Breach& b) { return DisplayText::dateTime(b.discoveredAt); },
             [](const Breach& b) {
                 return QVariant(b.discoveredAt);
             }},
            {{},
             [](const Breach& b) {
                 return firstLine(b.description);
             }},
            {{},
             [&firstClock](const Breach& b) {
                 const auto found = firstClock.constFind(b.id);
                 return found != firstClock.cend() ? clockText(*found) : QString();
             },
             [&firstClock](const Breach& b) {
                 const auto found = firstClock.constFind(b.id);
                 return QVariant(found != firstClock.cend() ? found->secondsLeft
                                                            : std::numeric_limits<qint64>::max());
             }},
            {{}, apText},
            {{},
             [clients](const Breach& b) {
                 return clients.value(b.clientId);
             }},
        };
        return rowsOf<Breach>(breaches, columns, [&firstClock](const Breach& b) {
            const auto found = firstClock.constFind(b.id);
            if (found == firstClock.cend()) {
                return RowAttention::None;
            }
            // A running breach clock is never far away: 72 hours at most.
            return found->state == core::DueState::Overdue ? RowAttention::Overdue
                                                           : RowAttention::Soon;
        });
    };
    section.details = [&context](const storage::SqliteDatabase& db,
                                 qint64 id) -> std::optional<RecordDetails> {
        const auto breach = BreachRepository::find(db, id);
        if (!breach) {
            return std::nullopt;
        }
        RecordDetails details;
        details.title = tr("Data breach %1").arg(breach->reference);
        details.add(tr("Reported internally by"), breach->internalReporter);
        details.add(tr("Contact for the AP"), breach->apContactPerson);
        details.add(tr("Discovered"), DisplayText::dateTime(breach->discoveredAt));
        // The running clocks to the minute, with their deadline in Dutch time.
        for (const core::BreachClock& clock : usecases::DueItemsQuery::breachClocks(context)) {
            if (clock.breachId == id) {
                details.add(core::enumLabel(clock.kind),
                            tr("before %1 (Dutch time): %2")
                                .arg(core::dutchMinute(clock.deadline),
                                     core::TimeLeft::hoursAndMinutes(clock)));
            }
        }
        details.add(tr("Duration"), timelineText(*breach));
        details.add(tr("Kind of breach"), DisplayText::bullets(labelsOf(breach->natures)));
        details.add(tr("What happened"), breach->description);
        details.add(tr("Cause"), breach->cause);
        details.add(tr("Personal data"), DisplayText::bullets(breach->dataCategories));
        details.add(tr("Special categories"),
                    DisplayText::bullets(specialLabels(breach->specialCategories)));
        details.add(tr("Data subjects"), DisplayText::bullets(breach->dataSubjectCategories));
        details.add(tr("How many people"),
                    rangeText(breach->approxSubjectCount, breach->maxSubjectCount));
        details.add(tr("How many records"),
                    rangeText(breach->approxRecordCount, breach->maxRecordCount));
        details.add(tr("Unintelligible to others"),
                    breach->unintelligible ? DisplayText::yesNo(*breach->unintelligible)
                                           : tr("Not known yet"));
        details.add(tr("How protected"), breach->protection);
        details.add(tr("Lost"), lostText(*breach));
        details.add(tr("Likely consequences"), breach->likelyConsequences);
        details.add(tr("Measures taken"), breach->measuresTaken);
        details.add(tr("Measures planned"), breach->measuresPlanned);
        details.add(tr("Risk"),
                    breach->risk ? core::enumLabel(*breach->risk) : tr("Not assessed yet"));
        details.add(tr("Why that risk"), breach->riskReasoning);
        if (breach->otherEuCountries) {
            details.add(tr("Other EU countries"), breach->otherEuCountriesDetail.isEmpty()
                                                      ? DisplayText::yesNo(true)
                                                      : breach->otherEuCountriesDetail);
        }
        details.add(tr("Other authorities told"), breach->otherAuthorities);
        details.add(tr("Reported to the AP"), apText(*breach));
        details.add(tr("Why not reported"), breach->apNotNotifiedReason);
        details.add(tr("AP reference"), breach->apReference);
        details.add(tr("Reports to the AP"), reportsText(*breach));
        // As processor telling the people is the client's decision, as the AP report is.
        details.add(tr("People informed"),
                    !breach->subjectsInformed.has_value() &&
                            !core::BreachDuty::decidesApReport(*breach)
                        ? QCoreApplication::translate("BreachSection", "The client decides")
                        : DisplayText::yesNoOpen(breach->subjectsInformed));
        details.add(tr("Informed on"), DisplayText::date(breach->subjectsInformedDate));
        details.add(tr("Informed how"), breach->subjectsInformedHow);
        details.add(tr("Ground for not informing"),
                    breach->subjectsNotInformedGround
                        ? core::enumLabel(*breach->subjectsNotInformedGround)
                        : QString());
        details.add(tr("Why not informed"), breach->subjectsNotInformedReason);
        if (breach->clientId != 0) {
            const auto client = storage::ClientRepository::find(db, breach->clientId);
            details.add(tr("Client"), client ? client->legalName : QString());
            details.add(tr("Client told on"), breach->clientNotifiedAt.isValid()
                                                  ? DisplayText::dateTime(breach->clientNotifiedAt)
                                                  : tr("Not yet"));
        }
        return details;
    };
    return section;
}

} // namespace pr::gui
