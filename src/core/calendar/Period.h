#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace pr::core {

// A length of time as the law and privacy statements state it ("binnen vier weken", "een
// maand"). Kept as amount and unit rather than as days, because a month is not a fixed number
// of days: DeadlineCalendar turns it into a date by the rules of Regulation 1182/71.
struct Period {
    enum class Unit { Days, Weeks, Months };

    // Limits are three years in every unit: longer than any deadline the register tracks, and
    // small enough that a typo ("40m" for "4w") is rejected instead of silently accepted.
    static constexpr int kMaxDays = 1095;
    static constexpr int kMaxWeeks = 156;
    static constexpr int kMaxMonths = 36;

    int amount = 0;
    Unit unit = Unit::Days;

    // Reads the stored form: ASCII digits, optional whitespace, then one of "d", "w", "m"
    // (lower case), e.g. "28d", "4w", "1 m". Anything else, or an amount outside 1 up to the
    // unit's limit, gives nullopt.
    static std::optional<Period> parse(QStringView text);

    bool isValid() const;
    // The stored form without spaces ("4w"); parse(toString()) returns the same period.
    QString toString() const;
    // Text for people in the user's language ("4 weeks", Dutch "4 weken"), translated with
    // numerus forms in the "Period" context.
    QString describe() const;

    friend bool operator==(const Period&, const Period&) = default;
};

} // namespace pr::core
