#pragma once

#include "core/domain/EnumTable.h"
#include "core/workflow/DueState.h"

#include <QDateTime>
#include <QString>

#include <array>

namespace pr::core {

// The clocks a breach can start (AVG art. 33); which one runs follows from the firm's role
// (BreachDuty): as controller the report to the Autoriteit Persoonsgegevens within 72 hours,
// as processor telling the client within the window of that client's agreement.
enum class BreachClockKind {
    Authority, // art. 33(1): own data only
    Client,    // art. 33(2), window from the DPA: a client's data only
};

// Where a client clock's window comes from.
enum class WindowSource {
    NotApplicable,       // the AP clock: always 72 hours
    AgreementInForce,    // an agreement with the client in force at discovery
    AgreementNotInForce, // none was in force then: the client's other agreements
    Default,             // the client has no agreement at all: the default of a new agreement
};

// One running clock of one breach (DueItems). Holds the breach's id and reference only.
struct BreachClock {
    qint64 breachId = 0;
    QString reference;
    BreachClockKind kind = BreachClockKind::Authority;
    QDateTime discoveredAt; // the clock starts here
    int hours = 0;          // its length
    QDateTime deadline;     // discoveredAt + hours of elapsed time, never moved
    qint64 clientId = 0;    // Client clocks: whom to tell
    WindowSource windowSource = WindowSource::NotApplicable;
    qint64 secondsLeft = 0; // until the deadline; negative when overdue
    DueState state = DueState::Running;

    // Whole hours left, rounded down; when overdue, the hours overdue as a negative number,
    // rounded away from zero (one minute late is "1 hour overdue", never "0").
    qint64 hoursLeft() const
    {
        return secondsLeft >= 0 ? secondsLeft / 3600 : -((-secondsLeft + 3599) / 3600);
    }
    // Whole minutes left, rounded the same way: one second late is "1 minute overdue".
    qint64 minutesLeft() const
    {
        return secondsLeft >= 0 ? secondsLeft / 60 : -((-secondsLeft + 59) / 60);
    }
};

// The codes are what `due` prints and the calendar export puts into UIDs: never change them.
template <>
struct EnumTable<BreachClockKind> {
    static constexpr std::array entries{
        EnumEntry<BreachClockKind>{BreachClockKind::Authority, u"breach-ap",
                                   QT_TRANSLATE_NOOP("Domain", "Report to the AP")},
        EnumEntry<BreachClockKind>{BreachClockKind::Client, u"breach-client",
                                   QT_TRANSLATE_NOOP("Domain", "Inform the client")},
    };
};

template <>
struct EnumTable<WindowSource> {
    static constexpr std::array entries{
        EnumEntry<WindowSource>{WindowSource::NotApplicable, u"law",
                                QT_TRANSLATE_NOOP("Domain", "The law (72 hours)")},
        EnumEntry<WindowSource>{WindowSource::AgreementInForce, u"agreement",
                                QT_TRANSLATE_NOOP("Domain", "The client's agreement")},
        EnumEntry<WindowSource>{
            WindowSource::AgreementNotInForce, u"agreement-not-in-force",
            QT_TRANSLATE_NOOP("Domain", "An agreement not in force at discovery")},
        EnumEntry<WindowSource>{WindowSource::Default, u"default",
                                QT_TRANSLATE_NOOP("Domain", "No agreement: the default window")},
    };
};

} // namespace pr::core
