#pragma once

#include "gui/sections/RecordDetails.h"

#include <QCoreApplication>

namespace pr::storage {
class Register;
}

namespace pr::gui {

// The organisation profile and the register file it lives in (where, how protected, its
// backups), for the Organisation section. Read-only until the profile's editor arrives.
class OrganisationDetails {
    Q_DECLARE_TR_FUNCTIONS(OrganisationDetails)

public:
    static RecordDetails profile(const storage::Register& reg);
    static RecordDetails registerFile(const storage::Register& reg);
};

} // namespace pr::gui
