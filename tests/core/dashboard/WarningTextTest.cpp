#include "core/dashboard/WarningText.h"

#include <QLocale>

#include <catch2/catch.hpp>

using namespace pr::core;

// The words of the warnings: the status that goes on the coloured label must say on its own
// what the colour says, and dates are in the user's notation (Dutch: 21-11-2026).

namespace {

// Sets the default locale for one test and restores it afterwards.
class DefaultLocale {
public:
    explicit DefaultLocale(const QLocale& locale) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(m_previous); }
    DefaultLocale(const DefaultLocale&) = delete;
    DefaultLocale& operator=(const DefaultLocale&) = delete;

private:
    QLocale m_previous;
};

DashboardWarning requestWarning(WarningKind kind, int daysLeft)
{
    DashboardWarning warning;
    warning.kind = kind;
    warning.level = kind == WarningKind::RequestOverdue ? WarningLevel::Urgent : WarningLevel::Soon;
    warning.daysLeft = daysLeft;
    warning.promisedDue = QDate(2026, 11, 16);
    warning.legalDue = QDate(2026, 11, 19);
    return warning;
}

} // namespace

TEST_CASE("Request warnings name both deadlines in Dutch notation", "[dashboard][text]")
{
    const DefaultLocale dutch(QLocale(QLocale::Dutch, QLocale::Netherlands));
    const DashboardWarning overdue = requestWarning(WarningKind::RequestOverdue, -5);
    CHECK(WarningText::status(overdue) == QStringLiteral("5 day(s) overdue"));
    CHECK(WarningText::details(overdue) ==
          QStringLiteral("Answer now. Our deadline: 16-11-2026. Legal deadline: 19-11-2026."));
    CHECK(WarningText::details(requestWarning(WarningKind::RequestDueSoon, 4)) ==
          QStringLiteral("Answer by 16-11-2026 (our deadline). Legal deadline: 19-11-2026."));

    CHECK(WarningText::status(requestWarning(WarningKind::RequestDueSoon, 0)) ==
          QStringLiteral("Due today"));
    CHECK(WarningText::status(requestWarning(WarningKind::RequestDueSoon, 4)).contains(u'4'));

    DashboardWarning extended = overdue;
    extended.extended = true;
    extended.legalDue = QDate(2026, 12, 28);
    CHECK(WarningText::details(extended) ==
          QStringLiteral("Answer now. Legal deadline after the extension: 28-12-2026."));
}

TEST_CASE("A breach clock shows the time left in hours, from 48 hours on in days, then how "
          "late it is",
          "[dashboard][text]")
{
    const DefaultLocale dutch(QLocale(QLocale::Dutch, QLocale::Netherlands));
    DashboardWarning warning;
    warning.kind = WarningKind::BreachApClock;
    warning.level = WarningLevel::Urgent;
    warning.windowHours = 72;
    warning.clockDeadline = QDateTime(QDate(2026, 11, 23), QTime(15, 0));
    warning.hoursLeft = 54;
    CHECK(WarningText::status(warning) == QStringLiteral("2 day(s) left"));
    CHECK(WarningText::details(warning).contains(QStringLiteral("23-11-2026 at 15:00")));
    CHECK(WarningText::details(warning).contains(QStringLiteral("Autoriteit Persoonsgegevens")));
    warning.hoursLeft = 21;
    CHECK(WarningText::status(warning) == QStringLiteral("21 hour(s) left"));
    warning.hoursLeft = -1;
    CHECK(WarningText::status(warning) == QStringLiteral("1 hour(s) overdue"));
    CHECK(WarningText::details(warning).contains(QStringLiteral("ended on 23-11-2026")));
}

TEST_CASE("A client's clock says to tell the client, and that the client decides on the AP",
          "[dashboard][text]")
{
    const DefaultLocale dutch(QLocale(QLocale::Dutch, QLocale::Netherlands));
    DashboardWarning warning;
    warning.kind = WarningKind::BreachClientClock;
    warning.level = WarningLevel::Urgent;
    warning.clockDeadline = QDateTime(QDate(2026, 11, 23), QTime(15, 0));
    warning.windowHours = 24;
    warning.windowSource = WindowSource::AgreementInForce;
    warning.hoursLeft = 6;
    warning.clientName = QStringLiteral("Lindeboom Accountants B.V.");
    CHECK(WarningText::status(warning) == QStringLiteral("6 hour(s) left"));
    const QString details = WarningText::details(warning);
    CHECK(details.startsWith(QStringLiteral(
        "Tell Lindeboom Accountants B.V. by 23-11-2026 at 15:00: the agreement allows")));
    CHECK(details.endsWith(QStringLiteral("Lindeboom Accountants B.V. decides whether to report "
                                          "it to the Autoriteit Persoonsgegevens.")));
    CHECK_FALSE(details.contains(QStringLiteral("Report it")));

    // Without an agreement no agreement allows anything: the usual window stands in.
    warning.windowSource = WindowSource::Default;
    CHECK(WarningText::details(warning).contains(QStringLiteral("there is no agreement")));
    CHECK_FALSE(WarningText::details(warning).contains(QStringLiteral("the agreement allows")));

    warning.hoursLeft = -3;
    CHECK(WarningText::status(warning) == QStringLiteral("3 hour(s) overdue"));
    CHECK(WarningText::details(warning).startsWith(
        QStringLiteral("The 24 hour(s) to tell Lindeboom Accountants B.V. ended on 23-11-2026")));
}

TEST_CASE("Every kind of warning has a status and a sentence", "[dashboard][text]")
{
    for (const WarningKind kind :
         {WarningKind::BreachApClock, WarningKind::BreachClientClock, WarningKind::RequestOverdue,
          WarningKind::RequestDueSoon, WarningKind::AgreementCountersignatureOverdue,
          WarningKind::AgreementNotCountersigned, WarningKind::ActivityWithoutLegalBasis,
          WarningKind::ActivityWithoutRetention, WarningKind::MeasureNotReviewed,
          WarningKind::RequestsPastRetention}) {
        DashboardWarning warning;
        warning.kind = kind;
        CAPTURE(static_cast<int>(kind));
        CHECK_FALSE(WarningText::status(warning).isEmpty());
        CHECK_FALSE(WarningText::details(warning).isEmpty());
    }
}

TEST_CASE("The summary counts the items and the urgent ones", "[dashboard][text]")
{
    CHECK(WarningText::summary({}) == QStringLiteral("Nothing needs your attention right now."));
    DashboardWarning urgent;
    urgent.level = WarningLevel::Urgent;
    DashboardWarning later;
    later.level = WarningLevel::ToDo;
    const QString summary = WarningText::summary({urgent, later, later});
    CHECK(summary.startsWith(QStringLiteral("3 item")));
    CHECK(summary.endsWith(QStringLiteral("1 of them urgent.")));
    CHECK(WarningText::summary({later}).startsWith(QStringLiteral("1 item")));
}
