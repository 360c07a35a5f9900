#include "core/time/Clock.h"

#include <catch2/catch.hpp>

using pr::core::FixedClock;

TEST_CASE("FixedClock returns the injected time and advances only when told", "[clock]")
{
    const QDateTime start(QDate(2026, 11, 21), QTime(9, 30), Qt::LocalTime);
    FixedClock clock(start);
    CHECK(clock.now() == start);
    CHECK(clock.today() == QDate(2026, 11, 21));

    clock.advanceSeconds(15 * 3600);
    CHECK(clock.today() == QDate(2026, 11, 22));
}

TEST_CASE("SystemClock follows the real time", "[clock]")
{
    const pr::core::SystemClock clock;
    const QDateTime before = QDateTime::currentDateTime();
    const QDateTime now = clock.now();
    CHECK(now >= before);
    CHECK(now.secsTo(QDateTime::currentDateTime()) < 60);
}
