#include "report/model/ActivityModel.h"

#include "report/model/DocumentLanguage.h"

using namespace Qt::StringLiterals;

namespace pr::report {

namespace {

using core::LegalBasis;

// Art. 13(2)(e): whether people must provide the data, which follows from the bases (a
// contract with a legal duty to keep invoices is both). The template words each case;
// processor activities have no basis of their own (the client's).
QVariantMap provision(const core::ProcessingActivity& activity)
{
    const std::optional<LegalBasis> basis = activity.legalBasis;
    const auto relies = [&](LegalBasis wanted) {
        return basis == wanted || (basis && activity.furtherLegalBases.contains(wanted));
    };
    const bool contractual = relies(LegalBasis::Contract);
    const bool statutory = relies(LegalBasis::LegalObligation);
    return {{u"contractual"_s, contractual},
            {u"statutory"_s, statutory},
            {u"voluntary"_s, basis.has_value() && !contractual && !statutory}};
}

// A list as one line, for running text and Markdown; templates that want one item a line
// iterate the list instead.
QString joined(const QStringList& items)
{
    return items.join(u"; "_s);
}

} // namespace

QVariantMap ActivityModel::build(const core::ProcessingActivity& activity,
                                 const DocumentLanguage& language)
{
    const QVariantList special = specialCategories(activity, language);
    const QVariantList transferList = transfers(activity, language);
    const bool otherSource = activity.source == core::DataSource::OtherSource;
    return {
        {u"name"_s, activity.name},
        {u"controller"_s, activity.role == core::ProcessingRole::Controller},
        {u"processor"_s, activity.role == core::ProcessingRole::Processor},
        {u"purposes"_s, activity.purposes},
        {u"purposesText"_s, joined(activity.purposes)},
        {u"legalBasis"_s, legalBasis(activity, language)},
        {u"provision"_s, provision(activity)},
        {u"dataCategories"_s, activity.dataCategories},
        {u"dataCategoriesText"_s, joined(activity.dataCategories)},
        {u"specialCategories"_s, special},
        {u"hasSpecialCategories"_s, !special.isEmpty()},
        {u"childrenSafeguards"_s, activity.childrenSafeguards},
        {u"staffRoles"_s, staffRoles(activity)},
        {u"dataSubjectCategories"_s, activity.dataSubjectCategories},
        {u"dataSubjectCategoriesText"_s, joined(activity.dataSubjectCategories)},
        {u"retention"_s, retention(activity.retention, language)},
        {u"recipients"_s, activity.recipients},
        {u"recipientsText"_s, joined(activity.recipients)},
        {u"hasRecipients"_s, !activity.recipients.isEmpty()},
        {u"transfers"_s, transferList},
        {u"hasTransfers"_s, !transferList.isEmpty()},
        {u"source"_s, QVariantMap{{u"dataSubject"_s, !otherSource},
                                  {u"other"_s, otherSource},
                                  {u"description"_s, activity.sourceDescription}}},
    };
}

QVariantMap ActivityModel::legalBasis(const core::ProcessingActivity& activity,
                                      const DocumentLanguage& language)
{
    const std::optional<LegalBasis> basis = activity.legalBasis;
    // Further bases for a part of the processing, e.g. (c) for keeping invoices beside (b).
    QVariantList further;
    for (const LegalBasis each : activity.furtherLegalBases) {
        further.append(
            QVariantMap{{u"letter"_s, core::enumCode(each)}, {u"label"_s, language.label(each)}});
    }
    const auto relies = [&](LegalBasis wanted) {
        return basis == wanted || activity.furtherLegalBases.contains(wanted);
    };
    return {
        {u"present"_s, basis.has_value()},
        // The letter of art. 6(1), the code the enum table stores.
        {u"letter"_s, basis ? core::enumCode(*basis) : QString()},
        {u"label"_s, basis ? language.label(*basis) : QString()},
        {u"further"_s, further},
        {u"hasFurther"_s, !further.isEmpty()},
        {u"consent"_s, relies(LegalBasis::Consent)},
        {u"legitimateInterests"_s, relies(LegalBasis::LegitimateInterests)},
        {u"legitimateInterest"_s, activity.legitimateInterest},
    };
}

QVariantList ActivityModel::specialCategories(const core::ProcessingActivity& activity,
                                              const DocumentLanguage& language)
{
    QVariantList list;
    for (const core::SpecialCategory category : core::enumValues<core::SpecialCategory>()) {
        if (!activity.specialCategories.testFlag(category)) {
            continue;
        }
        const auto exception = activity.art9Exceptions.constFind(category);
        const bool hasException = exception != activity.art9Exceptions.cend();
        list.append(QVariantMap{
            {u"label"_s, language.label(category)},
            {u"article9"_s, core::isArticle9(category)},
            {u"article10"_s, category == core::SpecialCategory::Criminal},
            {u"exception"_s, hasException ? language.label(*exception) : QString()},
            {u"exceptionLetter"_s, hasException ? core::enumCode(*exception) : QString()},
            // The provision of Dutch law the processing also rests on, e.g. art. 30 UAVG.
            {u"nationalGround"_s, activity.nationalGrounds.value(category)},
        });
    }
    return list;
}

QVariantMap ActivityModel::retention(const core::RetentionPeriod& period,
                                     const DocumentLanguage& language)
{
    const QString structured = language.retention(period);
    // One text for a table cell: the period and the free text as sentences, whichever there
    // are ("Zolang de overeenkomst loopt. Mailboxen blijven …").
    QStringList parts;
    for (const QString& part : {structured, period.description}) {
        QString sentence = part.trimmed();
        if (sentence.isEmpty()) {
            continue;
        }
        sentence[0] = sentence[0].toUpper();
        if (!sentence.back().isPunct()) {
            sentence += u'.';
        }
        parts.append(sentence);
    }
    return {{u"period"_s, structured},
            {u"description"_s, period.description},
            {u"legalBasis"_s, period.legalBasis},
            {u"text"_s, parts.join(u' ')},
            {u"specified"_s, period.kind != core::RetentionKind::Unspecified}};
}

QVariantList ActivityModel::transfers(const core::ProcessingActivity& activity,
                                      const DocumentLanguage& language)
{
    QVariantList list;
    for (const core::ThirdCountryTransfer& transfer : activity.transfers) {
        list.append(QVariantMap{
            {u"activity"_s, activity.name},
            {u"recipient"_s, transfer.recipient},
            {u"country"_s, transfer.country},
            {u"safeguard"_s, transfer.safeguard ? language.label(*transfer.safeguard) : QString()},
            {u"safeguardDetails"_s, transfer.safeguardDetails},
        });
    }
    return list;
}

QVariantList ActivityModel::staffRoles(const core::ProcessingActivity& activity)
{
    QVariantList list;
    for (const core::StaffRole& role : activity.staffRoles) {
        // The list for templates that print one operation a line, the text for a table cell.
        list.append(QVariantMap{{u"role"_s, role.role},
                                {u"operations"_s, role.operations},
                                {u"operationsText"_s, role.operations.join(u", "_s)}});
    }
    return list;
}

} // namespace pr::report
