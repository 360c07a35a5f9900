#pragma once

#include <QString>

namespace pr::core {

// Who people contact about privacy: the Functionaris Gegevensbescherming (FG, the DPO of
// art. 37–39) when the firm has appointed one, otherwise simply the person who handles it.
// Art. 13(1)(b) and 30(1)(a) ask for the DPO's contact details where there is one.
struct PrivacyContact {
    QString name;       // the person's name
    QString email;      // where requests and questions go
    QString phone;      // optional
    bool isDpo = false; // appointed as FG/DPO, so registered with the AP and named as such

    friend bool operator==(const PrivacyContact&, const PrivacyContact&) = default;
};

} // namespace pr::core
