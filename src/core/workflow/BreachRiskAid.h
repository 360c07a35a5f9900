#pragma once

#include "core/domain/Breach.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace pr::core {

// The questions the AP's form and the EDPB's guidance ask to judge the risk of a breach to the
// people, and the risk level they point to. A proposal: the user confirms it or chooses another
// level with a reason of their own (the breach editor's "Assess the risk…"). Empty answers are
// unknown, and an unknown answer never lowers the risk.
struct BreachRiskAnswers {
    std::optional<bool> personalData;   // were personal data involved at all?
    std::optional<bool> unintelligible; // encrypted, hashed or otherwise unreadable, key safe
    std::optional<bool> sensitive;      // special categories, BSN, ID, financial, children …
    std::optional<bool> illIntent;      // in the hands of unknown people or people with ill intent
    std::optional<bool> harmUndone;     // retrieved, or deleted by a trusted recipient; restored
    std::optional<qint64> people;       // how many people, at most
    bool processor = false;             // a client's data: the client decides on the duties

    // The answers the record already gives: its encryption, special categories, numbers, and
    // whose data it was.
    static BreachRiskAnswers of(const Breach& breach);
};

struct BreachRiskAdvice {
    bool personalDataBreach = true; // false: no personal data, so not a breach in law
    BreachRisk risk = BreachRisk::Risk;
    QStringList reasons; // why, one sentence each, in the order the questions come
};

class BreachRiskAid {
    Q_DECLARE_TR_FUNCTIONS(BreachRiskAid)

public:
    // From this many people on, a breach counts as large for the risk.
    static constexpr qint64 kManyPeople = 1000;

    static BreachRiskAdvice advise(const BreachRiskAnswers& answers);

private:
    // What the law asks at RISK, in the firm's role.
    static QString dutyAt(BreachRisk risk, bool processor);
};

} // namespace pr::core
