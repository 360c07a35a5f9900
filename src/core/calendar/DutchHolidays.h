#pragma once

#include <QDate>
#include <QList>
#include <QString>

// The Dutch public holidays that stop a deadline: the "algemeen erkende feestdagen" of art. 3
// of the Algemene termijnenwet. Regulation 1182/71 leaves the list of holidays to the Member
// State, and domain.md fixes it to this one. Days that the government occasionally equates
// with these by decree (art. 3(3) of that law) are not modelled: they are rare, announced
// per year, and a missing one only makes a deadline earlier, never later.

namespace pr::core {

struct PublicHoliday {
    QDate date;
    QString name; // in the user's language, translated in the "DutchHolidays" context
};

// Easter Sunday of the Gregorian calendar, computed for any year from 1583 on (the first full
// year of that calendar); an invalid date for earlier years.
QDate easterSunday(int year);

// The holidays of one year in date order. Two of them can share a date (Hemelvaartsdag fell on
// 5 May in 2016); both are then listed. Rules before 2014 follow Koninginnedag on 30 April, as
// celebrated from 1980 to 2013; years before 1980 are outside what the register needs.
QList<PublicHoliday> publicHolidays(int year);

bool isPublicHoliday(QDate date);

// Monday to Friday and not a public holiday. An invalid date is not a working day.
bool isWorkingDay(QDate date);

} // namespace pr::core
