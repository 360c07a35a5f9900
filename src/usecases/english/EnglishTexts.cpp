#include "usecases/english/EnglishTexts.h"

#include "core/domain/ActivityForClient.h"
#include "report/model/TextUnion.h"
#include "storage/repositories/ActivityRepository.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/OrganisationRepository.h"
#include "storage/repositories/SecurityMeasureRepository.h"
#include "storage/repositories/SubProcessorRepository.h"
#include "usecases/UseCaseContext.h"
#include "usecases/records/OrganisationVersion.h"
#include "usecases/records/RecordChanges.h"

#include <QSet>

#include <algorithm>

namespace pr::usecases {

namespace {

core::Organisation organisationOf(const UseCaseContext& context)
{
    return storage::OrganisationRepository::find(context.database()).value_or(core::Organisation{});
}

} // namespace

core::EnglishGlossary EnglishTexts::glossary(const core::Organisation& organisation)
{
    return core::EnglishGlossary::withShippedCatalogues(organisation.englishTexts);
}

QList<EnglishTextRow> EnglishTexts::rows(const UseCaseContext& context)
{
    const auto& db = context.database();
    report::TextUnion texts;
    for (const core::ProcessingActivity& activity : storage::ActivityRepository::all(db)) {
        if (activity.role == core::ProcessingRole::Processor) {
            texts.add(core::textsOf(activity));
        }
    }
    for (const core::SecurityMeasure& measure : storage::SecurityMeasureRepository::all(db)) {
        texts.add(core::textsOf(measure));
    }
    for (const core::SubProcessor& subProcessor : storage::SubProcessorRepository::all(db)) {
        texts.add(core::textsOf(subProcessor));
    }

    const core::Organisation organisation = organisationOf(context);
    const core::EnglishGlossary english = glossary(organisation);
    QList<EnglishTextRow> rows;
    for (const QString& dutch : texts.values()) {
        rows.append(
            {dutch, english.find(dutch).value_or(QString()), english.sourceOf(dutch), true});
    }
    for (const core::EnglishText& recorded : organisation.englishTexts) {
        if (!texts.contains(recorded.dutch)) {
            rows.append({recorded.dutch, recorded.english, core::EnglishSource::Recorded, false});
        }
    }
    return rows;
}

QStringList EnglishTexts::withoutEnglish(const UseCaseContext& context, qint64 agreementId)
{
    const auto& db = context.database();
    const std::optional<core::Agreement> agreement =
        storage::AgreementRepository::find(db, agreementId);
    if (!agreement) {
        return {};
    }
    // What the agreement's DPA shows (report::DpaModel): its activities as they apply to its
    // client, every measure, and the sub-processors of those activities.
    report::TextUnion texts;
    QSet<qint64> activityIds;
    for (const core::ProcessingActivity& activity : storage::ActivityRepository::all(db)) {
        if (agreement->activityIds.contains(activity.id)) {
            texts.add(core::textsOf(core::activityForClient(activity, agreement->clientId)));
            activityIds.insert(activity.id);
        }
    }
    for (const core::SecurityMeasure& measure : storage::SecurityMeasureRepository::all(db)) {
        texts.add(core::textsOf(measure));
    }
    for (const core::SubProcessor& subProcessor : storage::SubProcessorRepository::all(db)) {
        const bool serves =
            std::any_of(subProcessor.activityIds.cbegin(), subProcessor.activityIds.cend(),
                        [&](qint64 id) { return activityIds.contains(id); });
        if (serves) {
            texts.add(core::textsOf(subProcessor));
        }
    }
    const core::EnglishGlossary english = glossary(organisationOf(context));
    QStringList missing;
    for (const QString& dutch : texts.values()) {
        if (!english.find(dutch)) {
            missing.append(dutch);
        }
    }
    return missing;
}

QString EnglishTexts::warning(const UseCaseContext& context, qint64 agreementId)
{
    const QStringList missing = withoutEnglish(context, agreementId);
    if (missing.isEmpty()) {
        return {};
    }
    QStringList quoted;
    for (const QString& text : missing) {
        quoted.append(u'"' + text + u'"');
    }
    return tr("The English DPA shows %n text(s) of the register in Dutch, for want of an English "
              "version (Edit > English texts): %1.",
              nullptr, static_cast<int>(missing.size()))
        .arg(quoted.join(QStringLiteral(", ")));
}

core::Organisation EnglishTexts::withEnglish(core::Organisation organisation, const QString& dutch,
                                             const QString& english)
{
    QList<core::EnglishText>& recorded = organisation.englishTexts;
    const auto same = [&dutch](const core::EnglishText& text) {
        return core::EnglishGlossary::matchKey(text.dutch) ==
               core::EnglishGlossary::matchKey(dutch);
    };
    const auto found = std::find_if(recorded.begin(), recorded.end(), same);
    if (english.trimmed().isEmpty()) {
        if (found != recorded.end()) {
            recorded.erase(found);
        }
    } else if (found != recorded.end()) {
        found->english = english.trimmed();
    } else {
        recorded.append({dutch.trimmed(), english.trimmed()});
    }
    return organisation;
}

core::Organisation EnglishTexts::withEnglish(core::Organisation organisation,
                                             const QList<core::EnglishText>& changes)
{
    for (const core::EnglishText& change : changes) {
        organisation = withEnglish(std::move(organisation), change.dutch, change.english);
    }
    return organisation;
}

ChangeResult EnglishTexts::record(const UseCaseContext& context, const QString& dutch,
                                  const QString& english)
{
    const core::Organisation before = organisationOf(context);
    const OrganisationVersion old(before);
    OrganisationVersion changed(withEnglish(before, dutch, english));
    return RecordChanges::save(context, &old, changed);
}

} // namespace pr::usecases
