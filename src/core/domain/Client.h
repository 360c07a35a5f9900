#pragma once

#include "core/domain/PrivacyContact.h"

#include <QString>

namespace pr::core {

// A controller the firm processes data for: the other party of a DPA.
struct Client {
    qint64 id = 0;                  // 0 = not yet stored
    QString legalName;              // statutaire naam
    QString address;                // street and house number
    QString postcode;               // Dutch postcode, "1234 AB"
    QString city;                   // plaats
    QString kvkNumber;              // Chamber of Commerce number, 8 digits; optional
    QString representativeName;     // who signs for the client
    QString representativeFunction; // that person's function
    QString contactName;            // day-to-day contact for privacy matters
    QString contactEmail;           // where notices (breaches, sub-processors) go
    QString contactPhone;           // for urgent notices
    // The client's own FG/DPO, or the person who handles privacy there when it appointed none:
    // the register names them for each controller (art. 30(2)(a)).
    PrivacyContact privacyContact;

    friend bool operator==(const Client&, const Client&) = default;
};

} // namespace pr::core
