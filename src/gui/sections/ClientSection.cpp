#include "gui/sections/ClientSection.h"

#include "core/time/Clock.h"
#include "gui/SectionNames.h"
#include "gui/models/RecordColumns.h"
#include "gui/sections/DisplayText.h"
#include "gui/sections/NoticeText.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/ClientRepository.h"
#include "storage/repositories/SubProcessorNoticeRepository.h"
#include "storage/repositories/SubProcessorRepository.h"

namespace pr::gui {

using core::Client;
using storage::ClientRepository;

namespace {

// "name, function" without a dangling comma when one of them is missing.
QString person(const QString& name, const QString& role)
{
    QStringList parts{name.trimmed(), role.trimmed()};
    parts.removeAll(QString());
    return DisplayText::commaList(parts);
}

} // namespace

RecordSection ClientSection::make(const core::Clock& clock)
{
    const QList<RecordColumn<Client>> columns{
        {tr("Client"),
         [](const Client& c) {
             return c.legalName;
         }},
        {tr("City"),
         [](const Client& c) {
             return c.city;
         }},
        {tr("KvK number"),
         [](const Client& c) {
             return c.kvkNumber;
         }},
        {tr("Contact"),
         [](const Client& c) {
             return c.contactName;
         }},
    };

    RecordSection section;
    section.kind = core::EntityKind::Client;
    section.listName = sectionName(section.kind);
    section.headers = headersOf(columns);
    section.rows = [columns](const storage::SqliteDatabase& db) {
        return rowsOf(ClientRepository::all(db), columns);
    };
    section.details = [&clock](const storage::SqliteDatabase& db,
                               qint64 id) -> std::optional<RecordDetails> {
        const auto client = ClientRepository::find(db, id);
        if (!client) {
            return std::nullopt;
        }
        QStringList agreements;
        for (const core::Agreement& agreement : storage::AgreementRepository::forClient(db, id)) {
            agreements << tr("Version %1: %2")
                              .arg(agreement.version, core::enumLabel(agreement.signingState));
        }
        RecordDetails details;
        details.title = client->legalName;
        details.add(tr("Address"),
                    DisplayText::lines(
                        {client->address,
                         QStringLiteral("%1  %2").arg(client->postcode, client->city).trimmed()}));
        details.add(tr("KvK number"), client->kvkNumber);
        details.add(tr("Signs for the client"),
                    person(client->representativeName, client->representativeFunction));
        details.add(
            tr("Contact for privacy"),
            DisplayText::lines({client->contactName, client->contactEmail, client->contactPhone}));
        const core::PrivacyContact& privacy = client->privacyContact;
        details.add(privacy.isDpo ? tr("FG (data protection officer)") : tr("Privacy contact"),
                    DisplayText::lines({privacy.name, privacy.email, privacy.phone}));
        details.add(tr("Processing agreements"), DisplayText::bullets(agreements));
        QStringList notices;
        for (const core::SubProcessorNotice& notice :
             storage::SubProcessorNoticeRepository::forClient(db, id)) {
            const auto sub = storage::SubProcessorRepository::find(db, notice.subProcessorId);
            notices << NoticeText::line(notice, sub ? sub->name : QString(), clock.today());
        }
        details.add(tr("Sub-processor notices"), DisplayText::bullets(notices));
        return details;
    };
    return section;
}

} // namespace pr::gui
