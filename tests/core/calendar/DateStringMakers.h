#pragma once

#include <QDate>
#include <QDateTime>

#include <catch2/catch.hpp>

#include <string>

// Lets Catch print dates in failure messages ("2026-12-28 (Mon)") instead of "{?}".

namespace Catch {

template <>
struct StringMaker<QDate> {
    static std::string convert(const QDate& date)
    {
        if (!date.isValid()) {
            return "(invalid date)";
        }
        return date.toString(Qt::ISODate).toStdString() + " (day " +
               std::to_string(date.dayOfWeek()) + ")";
    }
};

template <>
struct StringMaker<QDateTime> {
    static std::string convert(const QDateTime& dateTime)
    {
        if (!dateTime.isValid()) {
            return "(invalid date-time)";
        }
        return dateTime.toString(Qt::ISODateWithMs).toStdString();
    }
};

} // namespace Catch
