#include "report/model/AgreementModel.h"

#include "report/model/DocumentLanguage.h"
#include "report/model/ImageMarkup.h"

using namespace Qt::StringLiterals;

namespace pr::report {

namespace {

constexpr int kSignatureWidth = 200;
constexpr int kSignatureHeight = 80;

QString orDefault(const QString& value, const QString& fallback)
{
    return value.trimmed().isEmpty() ? fallback : value;
}

QVariantMap signatory(const core::Signatory& signatory, const QString& representative,
                      const QString& function, const DocumentLanguage& language)
{
    const QString name = orDefault(signatory.name, representative);
    const QString role = orDefault(signatory.function, function);
    // The has* flags let the template print a line to fill in by hand where a value is
    // missing: a DPA signed on paper is printed before anybody signed it.
    return {{u"name"_s, name},
            {u"hasName"_s, !name.trimmed().isEmpty()},
            {u"function"_s, role},
            {u"hasFunction"_s, !role.trimmed().isEmpty()},
            {u"date"_s, language.date(signatory.date)},
            {u"place"_s, signatory.place},
            {u"hasPlace"_s, !signatory.place.trimmed().isEmpty()},
            {u"signed"_s, signatory.date.isValid()}};
}

} // namespace

QVariantMap AgreementModel::parameters(const core::Agreement& agreement,
                                       const DocumentLanguage& language)
{
    const core::LiabilityCap& cap = agreement.liabilityCap;
    const QString perEvent = language.money(cap.perEventCents, cap.currency);
    const QString perYear = language.money(cap.perYearCents, cap.currency);
    const QString insuranceCover = language.money(agreement.insuranceCoverCents, cap.currency);
    // A cap kept only in words (registers from before amounts) is not printed: the DPA leaves
    // lines to fill in rather than an unlimited liability nobody agreed to.
    const bool undecided = !cap.limited() && !cap.formerText.trimmed().isEmpty();
    return {
        {u"version"_s, agreement.version},
        {u"mainAgreement"_s,
         QVariantMap{{u"name"_s, agreement.mainAgreementName},
                     {u"hasName"_s, !agreement.mainAgreementName.trimmed().isEmpty()},
                     {u"date"_s, language.date(agreement.mainAgreementDate)},
                     {u"hasDate"_s, agreement.mainAgreementDate.isValid()}}},
        {u"startDate"_s, language.date(agreement.startDate)},
        {u"hasStartDate"_s, agreement.startDate.isValid()},
        {u"fixedDuration"_s, agreement.durationMonths.has_value()},
        {u"indefinite"_s, !agreement.durationMonths.has_value()},
        {u"durationMonths"_s,
         agreement.durationMonths ? language.number(*agreement.durationMonths) : QString()},
        {u"endDate"_s, language.date(agreement.endDate)},
        {u"hasEndDate"_s, agreement.endDate.isValid()},
        {u"breachNotificationHours"_s, language.number(agreement.breachNotificationHours)},
        {u"auditLimited"_s, agreement.auditIntervalMonths.has_value()},
        {u"auditIntervalMonths"_s, agreement.auditIntervalMonths
                                       ? language.number(*agreement.auditIntervalMonths)
                                       : QString()},
        {u"liabilityCap"_s, QVariantMap{{u"perEvent"_s, perEvent},
                                        {u"hasPerEvent"_s, !perEvent.isEmpty()},
                                        {u"perYear"_s, perYear},
                                        {u"hasPerYear"_s, !perYear.isEmpty()},
                                        {u"both"_s, !perEvent.isEmpty() && !perYear.isEmpty()},
                                        {u"limited"_s, cap.limited()},
                                        {u"undecided"_s, undecided},
                                        {u"unlimited"_s, !cap.limited() && !undecided}}},
        {u"insurance"_s,
         QVariantMap{{u"required"_s, !insuranceCover.isEmpty()}, {u"cover"_s, insuranceCover}}},
        {u"changeNoticeDays"_s, language.number(agreement.changeNoticeDays)},
        {u"processingLocation"_s, agreement.processingLocation},
        {u"hasProcessingLocation"_s, !agreement.processingLocation.trimmed().isEmpty()},
        {u"returnDeletionDays"_s, language.number(agreement.returnDeletionDays)},
        {u"signingState"_s, language.label(agreement.signingState)},
    };
}

QVariantMap AgreementModel::signatures(const core::Agreement& agreement,
                                       const core::Organisation& firm, const core::Client& client,
                                       const DocumentLanguage& language)
{
    QVariantMap forFirm = signatory(agreement.firmSignatory, firm.representativeName,
                                    firm.representativeFunction, language);
    const bool representativeSigns =
        forFirm.value(u"name"_s).toString().trimmed() == firm.representativeName.trimmed();
    QVariant image;
    if (representativeSigns && !firm.signaturePng.isEmpty()) {
        const TrustedHtml tag = ImageMarkup::imgTag(firm.signaturePng, firm.representativeName,
                                                    kSignatureWidth, kSignatureHeight);
        if (!tag.html().isEmpty()) {
            image = QVariant::fromValue(tag);
        }
    }
    forFirm.insert(u"signature"_s, image);
    return {{u"firm"_s, forFirm},
            {u"client"_s, signatory(agreement.clientSignatory, client.representativeName,
                                    client.representativeFunction, language)}};
}

} // namespace pr::report
