#include "core/domain/validation/OrganisationValidation.h"

#include "ValidationTestSupport.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::core::Organisation;
using pr::test::checkRules;
using pr::test::fieldsOf;
using Case = pr::test::RuleCase<Organisation>;

namespace {

Organisation validOrganisation()
{
    Organisation value;
    value.legalName = u"Voorbeeld ICT B.V."_s;
    value.address = u"Stationsweg 12"_s;
    value.postcode = u"3511 AB"_s;
    value.city = u"Utrecht"_s;
    value.kvkNumber = u"12345678"_s;
    value.vatNumber = u"NL123456789B01"_s;
    value.email = u"info@voorbeeld-ict.nl"_s;
    value.representativeName = u"J. de Vries"_s;
    value.representativeFunction = u"directeur"_s;
    value.privacyContact = {u"A. Jansen"_s, u"privacy@voorbeeld-ict.nl"_s, QString(), true};
    value.logoPng = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(16, 'x');
    return value;
}

} // namespace

TEST_CASE("A complete organisation profile is valid", "[domain][validation][organisation]")
{
    CHECK(fieldsOf(validate(validOrganisation())).isEmpty());

    Organisation minimal = validOrganisation();
    minimal.kvkNumber.clear();
    minimal.vatNumber.clear();
    minimal.privacyContact = {};
    minimal.logoPng.clear();
    CHECK(fieldsOf(validate(minimal)).isEmpty());
}

TEST_CASE("Each organisation rule names its field", "[domain][validation][organisation]")
{
    checkRules(
        validOrganisation(),
        std::vector<Case>{
            {"legal name required",
             [](Organisation& o) { o.legalName = u"  "_s; },
             {u"legalName"_s}},
            {"address required", [](Organisation& o) { o.address.clear(); }, {u"address"_s}},
            {"postcode required", [](Organisation& o) { o.postcode.clear(); }, {u"postcode"_s}},
            {"postcode format", [](Organisation& o) { o.postcode = u"351 AB"_s; }, {u"postcode"_s}},
            {"city required", [](Organisation& o) { o.city.clear(); }, {u"city"_s}},
            {"KvK 8 digits", [](Organisation& o) { o.kvkNumber = u"1234567"_s; }, {u"kvkNumber"_s}},
            {"VAT format",
             [](Organisation& o) { o.vatNumber = u"NL123456789"_s; },
             {u"vatNumber"_s}},
            {"e-mail required", [](Organisation& o) { o.email.clear(); }, {u"email"_s}},
            {"e-mail plausible",
             [](Organisation& o) { o.email = u"info@voorbeeld"_s; },
             {u"email"_s}},
            {"representative required",
             [](Organisation& o) { o.representativeName.clear(); },
             {u"representativeName"_s}},
            {"representative function required",
             [](Organisation& o) { o.representativeFunction.clear(); },
             {u"representativeFunction"_s}},
            {"DPO needs a name",
             [](Organisation& o) { o.privacyContact.name.clear(); },
             {u"privacyContact.name"_s}},
            {"DPO needs an e-mail address",
             [](Organisation& o) { o.privacyContact.email.clear(); },
             {u"privacyContact.email"_s}},
            {"privacy e-mail plausible even without DPO",
             [](Organisation& o) {
                 o.privacyContact.isDpo = false;
                 o.privacyContact.email = u"privacy at voorbeeld.nl"_s;
             },
             {u"privacyContact.email"_s}},
            {"logo must be PNG", [](Organisation& o) { o.logoPng = "GIF89a"; }, {u"logoPng"_s}},
            {"signature must be PNG",
             [](Organisation& o) { o.signaturePng = "\xff\xd8\xff"; },
             {u"signaturePng"_s}},
            {"English text needs its Dutch text",
             [](Organisation& o) {
                 o.englishTexts = {{u" "_s, u"Remote backup"_s}};
             },
             {u"englishTexts[0].dutch"_s}},
            {"English text needs its English",
             [](Organisation& o) {
                 o.englishTexts = {{u"Back-up"_s, QString()}};
             },
             {u"englishTexts[0].english"_s}},
            {"one English version per Dutch text, ignoring case",
             [](Organisation& o) {
                 o.englishTexts = {{u"Back-up"_s, u"Backup"_s}, {u"back-up "_s, u"Copy"_s}};
             },
             {u"englishTexts[1]"_s}},
        });
}

TEST_CASE("Organisation validation reports every problem at once",
          "[domain][validation][organisation]")
{
    CHECK(fieldsOf(validate(Organisation{})) ==
          QStringList{u"legalName"_s, u"address"_s, u"postcode"_s, u"city"_s, u"email"_s,
                      u"representativeName"_s, u"representativeFunction"_s});
}
