#include "core/domain/validation/ClientValidation.h"

#include "ValidationTestSupport.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::core::Client;
using pr::test::checkRules;
using pr::test::fieldsOf;
using Case = pr::test::RuleCase<Client>;

namespace {

Client validClient()
{
    Client value;
    value.legalName = u"Bakkerij Het Korenaar"_s;
    value.address = u"Dorpsstraat 3"_s;
    value.postcode = u"7411ab"_s;
    value.city = u"Deventer"_s;
    value.kvkNumber = u"8765 4321"_s;
    value.contactEmail = u"kees@korenaar.example"_s;
    return value;
}

} // namespace

TEST_CASE("A client with a name is valid", "[domain][validation][client]")
{
    CHECK(fieldsOf(validate(validClient())).isEmpty());
    Client onlyName;
    onlyName.legalName = u"Alleen een naam"_s;
    CHECK(fieldsOf(validate(onlyName)).isEmpty());
}

TEST_CASE("Each client rule names its field", "[domain][validation][client]")
{
    checkRules(
        validClient(),
        std::vector<Case>{
            {"legal name required", [](Client& c) { c.legalName.clear(); }, {u"legalName"_s}},
            {"postcode format", [](Client& c) { c.postcode = u"7411"_s; }, {u"postcode"_s}},
            {"KvK 8 digits", [](Client& c) { c.kvkNumber = u"123456789"_s; }, {u"kvkNumber"_s}},
            {"contact e-mail plausible",
             [](Client& c) { c.contactEmail = u"kees"_s; },
             {u"contactEmail"_s}},
        });
}

TEST_CASE("Client validation reports every problem at once", "[domain][validation][client]")
{
    Client value;
    value.postcode = u"x"_s;
    value.kvkNumber = u"x"_s;
    value.contactEmail = u"x"_s;
    CHECK(fieldsOf(validate(value)) ==
          QStringList{u"legalName"_s, u"postcode"_s, u"kvkNumber"_s, u"contactEmail"_s});
}
