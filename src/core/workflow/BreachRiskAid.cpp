#include "core/workflow/BreachRiskAid.h"

#include "core/workflow/BreachDuty.h"

#include <QLocale>

namespace pr::core {

BreachRiskAnswers BreachRiskAnswers::of(const Breach& breach)
{
    BreachRiskAnswers answers;
    answers.unintelligible = breach.unintelligible;
    if (breach.specialCategories != SpecialCategories{}) {
        answers.sensitive = true;
    }
    answers.people = breach.maxSubjectCount ? breach.maxSubjectCount : breach.approxSubjectCount;
    answers.processor = BreachDuty::roleOf(breach) == BreachRole::Processor;
    return answers;
}

QString BreachRiskAid::dutyAt(BreachRisk risk, bool processor)
{
    // As processor the firm gives no advice on the AP: the client decides (art. 33(2)).
    if (processor) {
        return tr("As processor you tell the client without undue delay; the client, as "
                  "controller, decides on the report to the AP and on telling the people.");
    }
    return risk == BreachRisk::High
               ? tr("At a high risk, report the breach to the AP within 72 hours and tell the "
                    "people without undue delay (art. 33(1), 34(1)).")
               : tr("Report the breach to the AP within 72 hours (art. 33(1)).");
}

BreachRiskAdvice BreachRiskAid::advise(const BreachRiskAnswers& answers)
{
    BreachRiskAdvice advice;
    if (answers.personalData == false) {
        advice.personalDataBreach = false;
        advice.risk = BreachRisk::None;
        advice.reasons << tr("No personal data was involved, so it is no personal data breach: "
                             "the AVG asks neither a report nor a letter.");
        return advice;
    }
    if (answers.unintelligible == true && answers.harmUndone != false) {
        advice.risk = BreachRisk::None;
        advice.reasons << tr("The data was unintelligible to whoever may have it, and the key "
                             "is safe: a risk to the people is unlikely.");
        return advice;
    }
    if (answers.harmUndone == true && answers.illIntent == false && answers.sensitive != true) {
        advice.risk = BreachRisk::None;
        advice.reasons << tr("The harm was undone (the data retrieved, deleted by a trusted "
                             "recipient or restored) and nobody with ill intent had it: a risk "
                             "to the people is unlikely. Record how you know.");
        return advice;
    }
    // From here on there is a risk; what makes it high.
    QStringList high;
    if (answers.sensitive == true) {
        high << tr("Special or sensitive data is involved (such as health, BSN, ID documents, "
                   "financial data or data of children): the harm to the people can be "
                   "serious.");
    }
    if (answers.illIntent == true) {
        high << tr("The data is, or may be, in the hands of unknown people or people with ill "
                   "intent: misuse such as fraud or phishing is likely.");
    }
    if (answers.harmUndone == false && answers.sensitive == true) {
        high << tr("The harm cannot be undone.");
    }
    if (answers.people && *answers.people >= kManyPeople && !high.isEmpty()) {
        high << tr("Many people are affected (%1 or more).").arg(QLocale().toString(kManyPeople));
    }
    if (answers.sensitive == true || answers.illIntent == true) {
        advice.risk = BreachRisk::High;
        advice.reasons = high;
        advice.reasons << dutyAt(BreachRisk::High, answers.processor);
        return advice;
    }
    advice.risk = BreachRisk::Risk;
    if (!answers.unintelligible || !answers.harmUndone || !answers.illIntent ||
        !answers.sensitive || !answers.personalData) {
        advice.reasons << tr("Some answers are still unknown: until they are known, assume a "
                             "risk.");
    }
    advice.reasons << tr("Personal data was exposed and the harm is not shown to be undone: a "
                         "risk to the people cannot be ruled out.")
                   << dutyAt(BreachRisk::Risk, answers.processor);
    return advice;
}

} // namespace pr::core
