#include "gui/sections/AgreementSection.h"

#include "core/domain/SignedVersion.h"
#include "gui/SectionNames.h"
#include "gui/models/RecordColumns.h"
#include "gui/sections/DisplayText.h"
#include "report/model/DpaDrift.h"
#include "storage/repositories/ActivityRepository.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/ClientRepository.h"

#include <QHash>
#include <QLocale>

namespace pr::gui {

using core::Agreement;
using storage::AgreementRepository;

namespace {

QString signatoryText(const core::Signatory& signatory)
{
    if (signatory.name.trimmed().isEmpty()) {
        return QCoreApplication::translate("AgreementSection", "Not signed yet");
    }
    QStringList lines{signatory.name, signatory.function};
    if (signatory.date.isValid()) {
        lines << QCoreApplication::translate("AgreementSection", "Signed on %1 in %2")
                     .arg(DisplayText::date(signatory.date), signatory.place)
                     .trimmed();
    }
    return DisplayText::lines(lines);
}

// "€ 50.000" in Dutch, "€50,000" in English: cents only when there are any.
QString money(qint64 cents, const QString& currency)
{
    const QString symbol = currency == u"EUR" ? QStringLiteral("€") : currency;
    const int precision = cents % 100 == 0 ? 0 : 2;
    return QLocale().toCurrencyString(static_cast<double>(cents) / 100.0, symbol, precision);
}

QString liabilityText(const core::LiabilityCap& cap)
{
    QStringList parts;
    if (cap.perEventCents) {
        parts << QCoreApplication::translate("AgreementSection", "%1 per event")
                     .arg(money(*cap.perEventCents, cap.currency));
    }
    if (cap.perYearCents) {
        parts << QCoreApplication::translate("AgreementSection", "%1 per year")
                     .arg(money(*cap.perYearCents, cap.currency));
    }
    if (parts.isEmpty() && !cap.formerText.trimmed().isEmpty()) {
        return QCoreApplication::translate("AgreementSection", "Only in words (not printed): %1")
            .arg(cap.formerText);
    }
    return parts.isEmpty() ? QCoreApplication::translate("AgreementSection", "No limit agreed")
                           : parts.join(QStringLiteral("; "));
}

// The signed version the register keeps: which PDF, when, by whom, and its SHA-256, by which
// a copy can be recognised as exactly the stored one.
QString signedVersionText(const core::Agreement& agreement)
{
    const std::optional<core::SignedVersion> version = core::SignedVersion::of(agreement);
    if (!version) {
        return QCoreApplication::translate(
            "AgreementSection", "No signed PDF kept (signed on paper without a scan, or before "
                                "the register kept signed PDFs)");
    }
    QStringList lines;
    lines << (version->copy == core::SignedVersion::Copy::Client
                  ? QCoreApplication::translate("AgreementSection",
                                                "PDF signed by both parties, or the scan of "
                                                "the paper copy")
                  : QCoreApplication::translate("AgreementSection", "PDF signed by us"));
    lines << QCoreApplication::translate("AgreementSection", "Signed on %1")
                 .arg(DisplayText::date(version->date));
    if (!version->signers.isEmpty()) {
        lines << QCoreApplication::translate("AgreementSection", "Signed by %1")
                     .arg(version->signers.join(QStringLiteral("; ")));
    }
    lines << QCoreApplication::translate("AgreementSection", "SHA-256: %1").arg(version->sha256);
    return DisplayText::lines(lines);
}

void addSignedVersion(const storage::SqliteDatabase& db, const core::Agreement& agreement,
                      RecordDetails& details)
{
    if (!core::SignedVersion::isSigned(agreement)) {
        return;
    }
    details.add(QCoreApplication::translate("AgreementSection", "Signed version"),
                signedVersionText(agreement));
    try {
        const report::DpaDrift drift = report::DpaDrift::check(db, agreement);
        details.add(QCoreApplication::translate("AgreementSection", "Compared with the register"),
                    drift.summary());
        if (drift.differs()) {
            details.warning = drift.warning();
        }
    } catch (const std::exception&) {
        // The pane shows the record; a comparison that cannot be made is no reason to hide it.
        details.add(QCoreApplication::translate("AgreementSection", "Compared with the register"),
                    QCoreApplication::translate("AgreementSection", "Cannot be compared now."));
    }
}

} // namespace

RecordSection AgreementSection::make()
{
    // The client's name is not part of an agreement: the rows look it up once per load.
    RecordSection section;
    section.kind = core::EntityKind::Agreement;
    section.listName = sectionName(section.kind);
    section.headers = {tr("Client"), tr("Version"), tr("Status"), tr("Starts"),
                       tr("Client signed on")};
    section.rows = [](const storage::SqliteDatabase& db) {
        QHash<qint64, QString> clients;
        for (const core::Client& client : storage::ClientRepository::all(db)) {
            clients.insert(client.id, client.legalName);
        }
        const QList<RecordColumn<Agreement>> columns{
            {{},
             [clients](const Agreement& a) {
                 return clients.value(a.clientId);
             }},
            {{},
             [](const Agreement& a) {
                 return a.version;
             }},
            {{},
             [](const Agreement& a) { return core::enumLabel(a.signingState); },
             [](const Agreement& a) {
                 return QVariant(static_cast<int>(a.signingState));
             }},
            {{},
             [](const Agreement& a) { return DisplayText::date(a.startDate); },
             [](const Agreement& a) {
                 return QVariant(a.startDate);
             }},
            {{},
             [](const Agreement& a) { return DisplayText::date(a.clientSignatory.date); },
             [](const Agreement& a) {
                 return QVariant(a.clientSignatory.date);
             }},
        };
        return rowsOf(AgreementRepository::all(db), columns);
    };
    section.details = [](const storage::SqliteDatabase& db,
                         qint64 id) -> std::optional<RecordDetails> {
        const auto agreement = AgreementRepository::find(db, id);
        if (!agreement) {
            return std::nullopt;
        }
        const auto client = storage::ClientRepository::find(db, agreement->clientId);
        QStringList activities;
        for (const qint64 activityId : agreement->activityIds) {
            if (const auto activity = storage::ActivityRepository::find(db, activityId)) {
                activities << activity->name;
            }
        }
        const int breachHours = agreement->breachNotificationHours;
        const int noticeDays = agreement->changeNoticeDays;
        const int returnDays = agreement->returnDeletionDays;
        RecordDetails details;
        details.title =
            tr("%1, version %2").arg(client ? client->legalName : QString(), agreement->version);
        details.add(tr("Status"), core::enumLabel(agreement->signingState));
        details.add(tr("Main agreement"),
                    agreement->mainAgreementName.trimmed().isEmpty()
                        ? tr("Not named yet")
                        : (agreement->mainAgreementDate.isValid()
                               ? tr("%1 of %2")
                                     .arg(agreement->mainAgreementName,
                                          DisplayText::date(agreement->mainAgreementDate))
                               : agreement->mainAgreementName));
        details.add(tr("Starts"), DisplayText::date(agreement->startDate));
        if (agreement->durationMonths) {
            const int months = *agreement->durationMonths;
            details.add(tr("Duration"), tr("%n month(s)", nullptr, months));
        } else {
            details.add(tr("Duration"), tr("Indefinite"));
        }
        details.add(tr("Ends"), DisplayText::date(agreement->endDate));
        details.add(tr("Tell the client of a breach within"),
                    tr("%n hour(s)", nullptr, breachHours));
        if (agreement->auditIntervalMonths) {
            const int months = *agreement->auditIntervalMonths;
            details.add(tr("Audits"), tr("At most once every %n month(s)", nullptr, months));
        }
        details.add(tr("Liability"), liabilityText(agreement->liabilityCap));
        if (agreement->insuranceCoverCents) {
            details.add(
                tr("Insurance we must hold"),
                tr("At least %1 per event")
                    .arg(money(*agreement->insuranceCoverCents, agreement->liabilityCap.currency)));
        }
        details.add(tr("Notice of changes"), tr("%n day(s) in advance", nullptr, noticeDays));
        details.add(tr("Data processed"), agreement->processingLocation);
        details.add(tr("Data returned or deleted"),
                    tr("Within %n day(s) after the end", nullptr, returnDays));
        details.add(tr("Activities (Bijlage 1)"), DisplayText::bullets(activities));
        details.add(tr("Sent to the client"), agreement->sentDate.isValid()
                                                  ? DisplayText::date(agreement->sentDate)
                                                  : tr("Not sent yet"));
        details.add(tr("Signs for us"), signatoryText(agreement->firmSignatory));
        details.add(tr("Signs for the client"), signatoryText(agreement->clientSignatory));
        const bool attached = !agreement->signedPdf.isEmpty();
        details.add(tr("Signed document"),
                    agreement->signedOnPaper
                        ? (attached ? tr("Signed on paper; scan attached") : tr("Signed on paper"))
                        : (attached ? tr("Attached") : tr("Not attached")));
        addSignedVersion(db, *agreement, details);
        return details;
    };
    return section;
}

} // namespace pr::gui
