#pragma once

#include "core/domain/TransferSafeguard.h"

#include <QString>

#include <optional>

namespace pr::core {

// Personal data that a processing activity sends to a country outside the EEA. Only such
// transfers are listed: within the EEA the data moves freely and needs no safeguard.
struct ThirdCountryTransfer {
    QString recipient;                          // who receives it, e.g. a cloud provider
    QString country;                            // the country outside the EEA
    std::optional<TransferSafeguard> safeguard; // what makes the transfer lawful
    QString safeguardDetails; // which decision, clause module or derogation; required for art. 49

    friend bool operator==(const ThirdCountryTransfer&, const ThirdCountryTransfer&) = default;
};

} // namespace pr::core
