#include "gui/sections/ActivitySection.h"

#include "core/domain/ActivityForClient.h"
#include "gui/SectionNames.h"
#include "gui/models/RecordColumns.h"
#include "gui/sections/DisplayText.h"
#include "storage/repositories/ActivityRepository.h"
#include "storage/repositories/ClientRepository.h"

namespace pr::gui {

using core::ProcessingActivity;
using core::ProcessingRole;
using storage::ActivityRepository;

namespace {

QString legalBasisText(const ProcessingActivity& activity)
{
    if (activity.legalBasis) {
        return core::enumLabel(*activity.legalBasis);
    }
    // As processor the basis is the client's to choose; as controller it is missing.
    return activity.role == ProcessingRole::Processor
               ? QCoreApplication::translate("ActivitySection", "Decided by the client")
               : QCoreApplication::translate("ActivitySection", "Not filled in");
}

QString retentionText(const ProcessingActivity& activity)
{
    const QString period = activity.retention.describe();
    return period.isEmpty() ? QCoreApplication::translate("ActivitySection", "Not filled in")
                            : period;
}

QString specialCategoriesText(const ProcessingActivity& activity)
{
    QStringList lines;
    for (const core::SpecialCategory category : core::enumValues<core::SpecialCategory>()) {
        if (!activity.specialCategories.testFlag(category)) {
            continue;
        }
        const auto exception = activity.art9Exceptions.constFind(category);
        lines << (exception == activity.art9Exceptions.cend()
                      ? core::enumLabel(category)
                      : QCoreApplication::translate("ActivitySection", "%1 (exception: %2)")
                            .arg(core::enumLabel(category), core::enumLabel(*exception)));
    }
    return DisplayText::bullets(lines);
}

// What the privacy statements need: which ones name the activity, its further bases and the
// national-law grounds of its sensitive data.
QStringList audienceLabels(const ProcessingActivity& activity)
{
    QStringList labels;
    for (const core::StatementAudience audience : core::enumValues<core::StatementAudience>()) {
        if (activity.audiences.testFlag(audience)) {
            labels << core::enumLabel(audience);
        }
    }
    return labels;
}

QStringList furtherBasisLabels(const ProcessingActivity& activity)
{
    QStringList labels;
    for (const core::LegalBasis basis : activity.furtherLegalBases) {
        labels << core::enumLabel(basis);
    }
    return labels;
}

QStringList nationalGroundLines(const ProcessingActivity& activity)
{
    QStringList lines;
    for (auto it = activity.nationalGrounds.cbegin(); it != activity.nationalGrounds.cend(); ++it) {
        lines << QCoreApplication::translate("ActivitySection", "%1: %2")
                     .arg(core::enumLabel(it.key()), it.value());
    }
    return lines;
}

QString staffText(const ProcessingActivity& activity)
{
    QStringList lines;
    for (const core::StaffRole& role : activity.staffRoles) {
        lines << QCoreApplication::translate("ActivitySection", "%1: %2")
                     .arg(role.role, DisplayText::commaList(role.operations));
    }
    return DisplayText::bullets(lines);
}

QString retentionDetails(const core::RetentionPeriod& retention)
{
    QStringList lines{retention.describe(), retention.description};
    if (!retention.legalBasis.isEmpty()) {
        lines << QCoreApplication::translate("ActivitySection", "Based on: %1")
                     .arg(retention.legalBasis);
    }
    lines.removeAll(QString());
    return DisplayText::lines(lines);
}

QString transfersText(const ProcessingActivity& activity)
{
    QStringList lines;
    for (const core::ThirdCountryTransfer& transfer : activity.transfers) {
        const QString safeguard =
            transfer.safeguard ? core::enumLabel(*transfer.safeguard) : QString();
        lines << QCoreApplication::translate("ActivitySection", "%1 (%2): %3 %4")
                     .arg(transfer.recipient, transfer.country, safeguard,
                          transfer.safeguardDetails)
                     .trimmed();
    }
    return DisplayText::bullets(lines);
}

// What a client's scope sets of its own, for the line of that client.
QString ownPartsText(const core::ClientScope& scope)
{
    QStringList parts;
    if (scope.dataCategories) {
        parts << QCoreApplication::translate("ActivitySection", "personal data");
    }
    if (scope.specialCategories) {
        parts << QCoreApplication::translate("ActivitySection", "sensitive data");
    }
    if (scope.dataSubjectCategories) {
        parts << QCoreApplication::translate("ActivitySection", "data subjects");
    }
    if (scope.retention) {
        parts << QCoreApplication::translate("ActivitySection", "retention period");
    }
    return DisplayText::commaList(parts);
}

QString clientsText(const storage::SqliteDatabase& db, const ProcessingActivity& activity)
{
    QStringList names;
    for (const qint64 id : activity.clientIds) {
        if (const auto client = storage::ClientRepository::find(db, id)) {
            const core::ClientScope* scope = core::clientScopeOf(activity, id);
            names << (scope == nullptr || scope->isEmpty()
                          ? client->legalName
                          : QCoreApplication::translate("ActivitySection", "%1 (own %2)")
                                .arg(client->legalName, ownPartsText(*scope)));
        }
    }
    return DisplayText::bullets(names);
}

} // namespace

RecordSection ActivitySection::make()
{
    const QList<RecordColumn<ProcessingActivity>> columns{
        {tr("Processing activity"),
         [](const ProcessingActivity& a) {
             return a.name;
         }},
        {tr("We act as"),
         [](const ProcessingActivity& a) {
             return core::enumLabel(a.role);
         }},
        {tr("Legal basis"), legalBasisText},
        {tr("Retention period"), retentionText},
    };

    RecordSection section;
    section.kind = core::EntityKind::ProcessingActivity;
    section.listName = sectionName(section.kind);
    section.headers = headersOf(columns);
    section.rows = [columns](const storage::SqliteDatabase& db) {
        return rowsOf(ActivityRepository::all(db), columns);
    };
    section.details = [](const storage::SqliteDatabase& db,
                         qint64 id) -> std::optional<RecordDetails> {
        const auto activity = ActivityRepository::find(db, id);
        if (!activity) {
            return std::nullopt;
        }
        RecordDetails details;
        details.title = activity->name;
        details.add(tr("We act as"), core::enumLabel(activity->role));
        details.add(tr("For the clients"), clientsText(db, *activity));
        details.add(tr("Purposes"), DisplayText::bullets(activity->purposes));
        details.add(tr("Legal basis"), legalBasisText(*activity));
        details.add(tr("Further legal bases"), DisplayText::bullets(furtherBasisLabels(*activity)));
        details.add(tr("Legitimate interest"), activity->legitimateInterest);
        details.add(tr("Personal data"), DisplayText::bullets(activity->dataCategories));
        details.add(tr("Sensitive data"), specialCategoriesText(*activity));
        details.add(tr("Grounds in national law"),
                    DisplayText::bullets(nationalGroundLines(*activity)));
        details.add(tr("Children's data protected by"), activity->childrenSafeguards);
        details.add(tr("Data subjects"), DisplayText::bullets(activity->dataSubjectCategories));
        details.add(tr("Staff and what they do"), staffText(*activity));
        details.add(tr("Retention period"),
                    activity->retention.kind == core::RetentionKind::Unspecified
                        ? tr("Not filled in")
                        : retentionDetails(activity->retention));
        details.add(tr("Recipients"), DisplayText::bullets(activity->recipients));
        details.add(tr("Outside the EEA"), transfersText(*activity));
        details.add(tr("Source of the data"), activity->source == core::DataSource::OtherSource &&
                                                      !activity->sourceDescription.isEmpty()
                                                  ? activity->sourceDescription
                                                  : core::enumLabel(activity->source));
        details.add(tr("In the privacy statements for"),
                    DisplayText::bullets(audienceLabels(*activity)));
        return details;
    };
    return section;
}

} // namespace pr::gui
