#pragma once

#include "core/domain/EnglishText.h"
#include "core/domain/PrivacyContact.h"
#include "core/domain/PrivacyStatementFacts.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace pr::core {

// The firm that keeps the register: the party that signs every DPA as processor and publishes
// the privacy statement as controller. One per register.
struct Organisation {
    qint64 id = 0;                   // 0 = not yet stored
    QString legalName;               // statutaire naam, as registered with the KvK
    QString tradeName;               // handelsnaam when it differs; optional
    QString address;                 // street and house number
    QString postcode;                // Dutch postcode, "1234 AB"
    QString city;                    // plaats
    QString kvkNumber;               // Chamber of Commerce number, 8 digits
    QString vatNumber;               // BTW-identificatienummer, "NL123456789B01"
    QString phone;                   // general number
    QString email;                   // general address
    QString website;                 // e.g. "https://example.nl"
    QString representativeName;      // the person who signs on the firm's behalf
    QString representativeFunction;  // that person's function, e.g. "directeur"
    PrivacyContact privacyContact;   // privacy contact or FG/DPO
    QByteArray logoPng;              // logo as PNG bytes; empty = none
    QByteArray signaturePng;         // scanned signature of the representative as PNG; empty = none
    PrivacyStatementFacts statement; // cookies, automated decisions, children
    // The period after which back-ups are overwritten, which the erasure letter states only
    // when recorded; 0 = not recorded.
    int backupOverwriteDays = 0;
    // The English versions of the register's texts (activities, measures, sub-processors) for
    // the English DPA, one per Dutch text, in the order the user keeps them.
    QList<EnglishText> englishTexts;

    friend bool operator==(const Organisation&, const Organisation&) = default;
};

} // namespace pr::core
