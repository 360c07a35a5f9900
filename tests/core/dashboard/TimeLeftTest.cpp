// The one rule for the time a deadline leaves: a breach clock in hours below 48 hours and in
// whole days from there, never more than there is; a request in calendar days.

#include "core/dashboard/TimeLeft.h"

#include <catch2/catch.hpp>

using pr::core::TimeLeft;

TEST_CASE("A clock is counted in hours below 48 hours, in whole days from 48 hours on",
          "[dashboard][text][time]")
{
    CHECK(TimeLeft::ofHours(21).status() == QStringLiteral("21 hour(s) left"));
    CHECK(TimeLeft::ofHours(47).status() == QStringLiteral("47 hour(s) left"));
    CHECK(TimeLeft::ofHours(48).status() == QStringLiteral("2 day(s) left"));
    // Rounded down: 69 hours are two whole days and 21 hours, never "3 days".
    CHECK(TimeLeft::ofHours(69).status() == QStringLiteral("2 day(s) left"));
    CHECK(TimeLeft::ofHours(71).unit() == TimeLeft::Unit::Days);
    CHECK(TimeLeft::ofHours(72).status() == QStringLiteral("3 day(s) left"));
    CHECK(TimeLeft::ofHours(1).status() == QStringLiteral("1 hour(s) left"));
    CHECK(TimeLeft::ofHours(0).status() == QStringLiteral("Less than an hour left"));

    CHECK(TimeLeft::ofHours(-1).status() == QStringLiteral("1 hour(s) overdue"));
    CHECK(TimeLeft::ofHours(-47).status() == QStringLiteral("47 hour(s) overdue"));
    CHECK(TimeLeft::ofHours(-50).status() == QStringLiteral("2 day(s) overdue"));
    CHECK(TimeLeft::ofHours(-50).isOverdue());
}

TEST_CASE("A date deadline is counted in calendar days; today is today", "[dashboard][text][time]")
{
    CHECK(TimeLeft::ofDays(0).status() == QStringLiteral("Due today"));
    CHECK(TimeLeft::ofDays(1).status() == QStringLiteral("1 day(s) left"));
    CHECK(TimeLeft::ofDays(37).status() == QStringLiteral("37 day(s) left"));
    CHECK(TimeLeft::ofDays(-11).status() == QStringLiteral("11 day(s) overdue"));
    CHECK(TimeLeft::ofDays(0).inText() == QStringLiteral("today"));
    CHECK(TimeLeft::ofDays(6).withinText() == QStringLiteral("within 6 day(s)"));
}

TEST_CASE("Within rounds up, so that it is never untrue", "[dashboard][text][time]")
{
    constexpr qint64 kHour = 3600;
    CHECK(TimeLeft::within(69 * kHour).withinText() == QStringLiteral("within 3 day(s)"));
    CHECK(TimeLeft::within(21 * kHour + 1800).withinText() == QStringLiteral("within 22 hour(s)"));
    CHECK(TimeLeft::within(21 * kHour).withinText() == QStringLiteral("within 21 hour(s)"));
    CHECK(TimeLeft::within(48 * kHour).withinText() == QStringLiteral("within 2 day(s)"));
    CHECK(TimeLeft::ofHours(21).inText() == QStringLiteral("in 21 hour(s)"));
    CHECK(TimeLeft::ofHours(0).inText() == QStringLiteral("in less than an hour"));
}
