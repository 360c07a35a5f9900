#include "report/model/PartyModel.h"

#include "report/model/ImageMarkup.h"

using namespace Qt::StringLiterals;

namespace pr::report {

namespace {

// In CSS pixels: the logo as a letterhead.
constexpr int kLogoWidth = 180;
constexpr int kLogoHeight = 60;

// An image for a template: null (so {{#x}} skips it) when there is none.
QVariant image(const QByteArray& png, const QString& alt, int width, int height)
{
    if (png.isEmpty()) {
        return {};
    }
    const TrustedHtml tag = ImageMarkup::imgTag(png, alt, width, height);
    return tag.html().isEmpty() ? QVariant() : QVariant::fromValue(tag);
}

// The client's FG or privacy contact as the register names it (art. 30(2)(a)); nothing is
// made up for a client that recorded none.
QVariantMap clientPrivacyContact(const core::PrivacyContact& contact)
{
    const bool present = !contact.name.trimmed().isEmpty() || !contact.email.trimmed().isEmpty();
    return {{u"present"_s, present},
            {u"name"_s, contact.name.trimmed()},
            {u"email"_s, contact.email.trimmed()},
            {u"phone"_s, contact.phone.trimmed()},
            {u"isDpo"_s, present && contact.isDpo}};
}

} // namespace

QString PartyModel::postalLine(const QString& postcode, const QString& city)
{
    // "3512 XA Utrecht", or whichever of the two there is.
    QStringList parts;
    for (const QString& part : {postcode.trimmed(), city.trimmed()}) {
        if (!part.isEmpty()) {
            parts.append(part);
        }
    }
    return parts.join(u' ');
}

QVariantMap PartyModel::firm(const core::Organisation& organisation)
{
    const core::PrivacyContact& contact = organisation.privacyContact;
    const bool hasContact = !contact.name.isEmpty() || !contact.email.isEmpty();
    const QString name = organisation.legalName;
    return {
        {u"name"_s, name},
        {u"tradeName"_s, organisation.tradeName},
        {u"hasTradeName"_s,
         !organisation.tradeName.isEmpty() && organisation.tradeName != organisation.legalName},
        {u"address"_s, organisation.address},
        {u"postcode"_s, organisation.postcode},
        {u"city"_s, organisation.city},
        {u"postalLine"_s, postalLine(organisation.postcode, organisation.city)},
        {u"kvkNumber"_s, organisation.kvkNumber},
        {u"vatNumber"_s, organisation.vatNumber},
        {u"phone"_s, organisation.phone},
        {u"email"_s, organisation.email},
        {u"website"_s, organisation.website},
        {u"representative"_s, QVariantMap{{u"name"_s, organisation.representativeName},
                                          {u"function"_s, organisation.representativeFunction}}},
        {u"privacyContact"_s,
         QVariantMap{{u"present"_s, hasContact},
                     {u"name"_s, contact.name},
                     {u"email"_s, contact.email.isEmpty() ? organisation.email : contact.email},
                     {u"phone"_s, contact.phone.isEmpty() ? organisation.phone : contact.phone},
                     {u"isDpo"_s, hasContact && contact.isDpo}}},
        {u"logo"_s, image(organisation.logoPng, name, kLogoWidth, kLogoHeight)},
    };
}

QVariantMap PartyModel::client(const core::Client& client)
{
    return {
        {u"name"_s, client.legalName},
        {u"address"_s, client.address},
        {u"postcode"_s, client.postcode},
        {u"city"_s, client.city},
        {u"postalLine"_s, postalLine(client.postcode, client.city)},
        {u"kvkNumber"_s, client.kvkNumber},
        {u"representative"_s, QVariantMap{{u"name"_s, client.representativeName},
                                          {u"function"_s, client.representativeFunction}}},
        {u"contact"_s, QVariantMap{{u"name"_s, client.contactName},
                                   {u"email"_s, client.contactEmail},
                                   {u"phone"_s, client.contactPhone}}},
        {u"privacyContact"_s, clientPrivacyContact(client.privacyContact)},
    };
}

} // namespace pr::report
