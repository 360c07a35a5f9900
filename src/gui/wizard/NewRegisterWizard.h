#pragma once

#include "core/time/Clock.h"
#include "storage/Register.h"

#include <QWizard>

#include <memory>

namespace pr::gui {

class LocationPage;
class OrganisationPage;
class PasswordPage;

// "Nieuw register…": where, the password, the organisation. Finishing creates the register
// and stores the profile; a failure is shown and the wizard stays open.
class NewRegisterWizard : public QWizard {
    Q_OBJECT

public:
    NewRegisterWizard(storage::RegisterOptions options, const core::Clock& clock,
                      QWidget* parent = nullptr);
    ~NewRegisterWizard() override;

    void accept() override;
    // The new, open register after the wizard was accepted.
    std::unique_ptr<storage::Register> takeRegister();

private:
    storage::RegisterOptions m_options;
    const core::Clock& m_clock;
    LocationPage* m_location;
    PasswordPage* m_password;
    OrganisationPage* m_organisation;
    std::unique_ptr<storage::Register> m_register;
};

} // namespace pr::gui
