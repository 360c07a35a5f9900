#include "gui/sections/OrganisationDetails.h"

#include "gui/sections/DisplayText.h"
#include "storage/Register.h"
#include "storage/repositories/OrganisationRepository.h"

#include <QDir>

namespace pr::gui {

RecordDetails OrganisationDetails::profile(const storage::Register& reg)
{
    const auto organisation = storage::OrganisationRepository::find(reg.database());
    RecordDetails details;
    if (!organisation) {
        return details;
    }
    details.title = organisation->legalName;
    details.add(tr("Trade name"), organisation->tradeName);
    details.add(
        tr("Address"),
        DisplayText::lines(
            {organisation->address,
             QStringLiteral("%1  %2").arg(organisation->postcode, organisation->city).trimmed()}));
    details.add(tr("KvK number"), organisation->kvkNumber);
    details.add(tr("VAT number"), organisation->vatNumber);
    details.add(tr("Phone"), organisation->phone);
    details.add(tr("E-mail"), organisation->email);
    details.add(tr("Website"), organisation->website);
    QStringList signer{organisation->representativeName, organisation->representativeFunction};
    signer.removeAll(QString());
    details.add(tr("Signs for the firm"), DisplayText::commaList(signer));
    const core::PrivacyContact& contact = organisation->privacyContact;
    details.add(contact.isDpo ? tr("Data protection officer (FG)") : tr("Privacy contact"),
                DisplayText::lines({contact.name, contact.email, contact.phone}));
    // What the privacy statement says beside the processing, as recorded.
    QStringList cookies;
    for (const core::Cookie& cookie : organisation->statement.cookies) {
        cookies << tr("%1 (%2)").arg(cookie.name, core::enumLabel(cookie.kind));
    }
    details.add(tr("Cookies of the website"),
                cookies.isEmpty() ? tr("None recorded") : DisplayText::bullets(cookies));
    const core::PrivacyStatementFacts& facts = organisation->statement;
    details.add(tr("Automated decisions"), !facts.automatedDecisions.trimmed().isEmpty()
                                               ? facts.automatedDecisions
                                           : facts.noAutomatedDecisions ? tr("None")
                                                                        : tr("Not recorded"));
    details.add(tr("Logo"), organisation->logoPng.isEmpty() ? tr("None") : tr("Added"));
    details.add(tr("Signature"), organisation->signaturePng.isEmpty() ? tr("None") : tr("Added"));
    return details;
}

RecordDetails OrganisationDetails::registerFile(const storage::Register& reg)
{
    const storage::RegisterInfo info = reg.info();
    RecordDetails details;
    details.title = tr("The register file");
    details.add(tr("File"), QDir::toNativeSeparators(reg.path()));
    details.add(tr("Access"),
                reg.isReadOnly() ? tr("Read-only: changes cannot be saved") : tr("Read and write"));
    details.add(tr("Protection"),
                tr("AES-256-GCM, key from the password with Argon2id (%1 MiB, %2 iterations)")
                    .arg(info.kdf.memoryKiB / 1024)
                    .arg(info.kdf.iterations));
    details.add(tr("Backups"), tr("%n backup(s) in %1", nullptr, info.backupCount)
                                   .arg(QDir::toNativeSeparators(reg.backups().directory())));
    return details;
}

} // namespace pr::gui
