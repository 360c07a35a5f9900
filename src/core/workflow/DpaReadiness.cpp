#include "core/workflow/DpaReadiness.h"

#include <QLocale>

namespace pr::core {

namespace {

bool servesAgreement(const SubProcessor& subProcessor, const Agreement& agreement)
{
    for (const qint64 id : subProcessor.activityIds) {
        if (agreement.activityIds.contains(id)) {
            return true;
        }
    }
    return false;
}

QString measureWithDate(const SecurityMeasure& measure)
{
    if (!measure.plannedDate.isValid()) {
        return DpaReadiness::tr("%1 (no date yet)").arg(measure.title);
    }
    return DpaReadiness::tr("%1 (planned for %2)")
        .arg(measure.title, QLocale().toString(measure.plannedDate, QLocale::ShortFormat));
}

} // namespace

QStringList DpaReadiness::warnings(const Agreement& agreement,
                                   const QList<SecurityMeasure>& measures,
                                   const QList<SubProcessor>& subProcessors)
{
    QStringList warnings;
    if (agreement.mainAgreementName.trimmed().isEmpty()) {
        warnings << tr("The main agreement is not named: the DPA leaves a line to fill in for "
                       "it, and its duration depends on it. Enter it in the agreement.");
    } else if (!agreement.mainAgreementDate.isValid()) {
        warnings << tr("The date of the main agreement is not recorded: the DPA leaves a line "
                       "to fill in for it. Enter it in the agreement.");
    }
    if (!agreement.liabilityCap.limited() &&
        !agreement.liabilityCap.formerText.trimmed().isEmpty()) {
        warnings << tr("The liability cap is only recorded in words, which the DPA no longer "
                       "prints: enter the cap per event and per year as amounts.");
    }
    QStringList planned;
    for (const SecurityMeasure& measure : measures) {
        if (measure.status == MeasureStatus::Planned) {
            planned << measureWithDate(measure);
        }
    }
    if (!planned.isEmpty()) {
        warnings << tr("Bijlage 2 lists %n planned measure(s) apart from those in place: %1. "
                       "The client signs for them as planned, with their dates.",
                       nullptr, static_cast<int>(planned.size()))
                        .arg(planned.join(QStringLiteral("; ")));
    }
    for (const SubProcessor& subProcessor : subProcessors) {
        if (servesAgreement(subProcessor, agreement) && needsTransferAssessment(subProcessor) &&
            !subProcessor.transferAssessmentDate.isValid()) {
            warnings << tr("No transfer impact assessment is recorded for sub-processor %1 "
                           "(%2): Bijlage 3 says so. Record it with the sub-processor.")
                            .arg(subProcessor.name, subProcessor.country);
        }
    }
    return warnings;
}

} // namespace pr::core
