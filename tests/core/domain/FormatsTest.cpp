#include "core/domain/validation/Formats.h"

#include <QString>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace pr::core;

TEST_CASE("KvK numbers have 8 digits", "[domain][formats]")
{
    for (const QString& good : {u"12345678"_s, u"0123 4567"_s, u" 87654321 "_s}) {
        INFO(good.toStdString());
        CHECK(isKvkNumber(good));
    }
    for (const QString& bad : {u""_s, u"1234567"_s, u"123456789"_s, u"1234567a"_s, u"1234-5678"_s,
                               u"\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668"_s}) {
        INFO(bad.toStdString());
        CHECK_FALSE(isKvkNumber(bad));
    }
}

TEST_CASE("VAT numbers are NL, 9 digits, B and 2 digits", "[domain][formats]")
{
    for (const QString& good : {u"NL123456789B01"_s, u"nl123456789b01"_s, u"NL 1234 56789 B01"_s}) {
        INFO(good.toStdString());
        CHECK(isVatNumber(good));
    }
    for (const QString& bad : {u""_s, u"NL12345678B01"_s, u"NL123456789B1"_s, u"BE123456789B01"_s,
                               u"NL123456789X01"_s, u"123456789B01"_s, u"NL123456789B012"_s}) {
        INFO(bad.toStdString());
        CHECK_FALSE(isVatNumber(bad));
    }
}

TEST_CASE("Postcodes are 4 digits and 2 letters", "[domain][formats]")
{
    for (const QString& good : {u"1234 AB"_s, u"1234AB"_s, u"9999zz"_s, u" 3511 ab "_s}) {
        INFO(good.toStdString());
        CHECK(isPostcode(good));
    }
    for (const QString& bad :
         {u""_s, u"0123 AB"_s, u"123 AB"_s, u"1234 A"_s, u"1234  AB"_s, u"1234 ABC"_s, u"1234 SS"_s,
          u"1234 sa"_s, u"1234 SD"_s, u"B-1000"_s}) {
        INFO(bad.toStdString());
        CHECK_FALSE(isPostcode(bad));
    }
}

TEST_CASE("E-mail addresses are plausible", "[domain][formats]")
{
    for (const QString& good :
         {u"info@example.nl"_s, u"a.b+c@mail.example.co.uk"_s, u"jan@café.nl"_s, u" x@y-z.nl "_s}) {
        INFO(good.toStdString());
        CHECK(isPlausibleEmail(good));
    }
    for (const QString& bad :
         {u""_s, u"info"_s, u"info@"_s, u"@example.nl"_s, u"info@example"_s, u"in fo@example.nl"_s,
          u"a@b@example.nl"_s, u"info@.example.nl"_s, u"info@example..nl"_s, u"info@-example.nl"_s,
          u"info@example.n"_s, u"info@example.nl."_s}) {
        INFO(bad.toStdString());
        CHECK_FALSE(isPlausibleEmail(bad));
    }
}

TEST_CASE("Currency codes and file signatures", "[domain][formats]")
{
    CHECK(isCurrencyCode(u"EUR"));
    CHECK_FALSE(isCurrencyCode(u"eur"));
    CHECK_FALSE(isCurrencyCode(u"EURO"));
    CHECK(isPng(QByteArray("\x89PNG\r\n\x1a\n\x00\x00", 10)));
    CHECK_FALSE(isPng(QByteArray("\x89PNG\r\n", 6)));
    CHECK_FALSE(isPng(QByteArray()));
    CHECK(isPdf(QByteArray("%PDF-1.4\n")));
    CHECK_FALSE(isPdf(QByteArray("%PD")));
}
