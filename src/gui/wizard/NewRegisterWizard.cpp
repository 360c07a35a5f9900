#include "gui/wizard/NewRegisterWizard.h"

#include "gui/wizard/LocationPage.h"
#include "gui/wizard/OrganisationPage.h"
#include "gui/wizard/PasswordPage.h"
#include "storage/RegisterErrors.h"
#include "usecases/register/RegisterCreation.h"

#include <QApplication>
#include <QMessageBox>

namespace pr::gui {

NewRegisterWizard::NewRegisterWizard(storage::RegisterOptions options, const core::Clock& clock,
                                     QWidget* parent)
    : QWizard(parent)
    , m_options(std::move(options))
    , m_clock(clock)
    , m_location(new LocationPage(this))
    , m_password(new PasswordPage(this))
    , m_organisation(new OrganisationPage(this))
{
    setWindowTitle(tr("New register"));
    setWizardStyle(QWizard::ModernStyle);
    addPage(m_location);
    addPage(m_password);
    addPage(m_organisation);
    setButtonText(QWizard::FinishButton, tr("&Create register"));
}

NewRegisterWizard::~NewRegisterWizard() = default;

std::unique_ptr<storage::Register> NewRegisterWizard::takeRegister()
{
    return std::move(m_register);
}

void NewRegisterWizard::accept()
{
    const core::Organisation organisation = m_organisation->organisation();
    const crypto::SecureBytes password = m_password->takePassword();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_register = usecases::RegisterCreation::create(m_location->path(), password, organisation,
                                                        m_options, m_clock);
    } catch (const storage::RegisterError& error) {
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(this, tr("Register not created"), error.message());
        // The password fields were emptied; go back to them.
        restart();
        return;
    }
    QApplication::restoreOverrideCursor();
    QWizard::accept();
}

} // namespace pr::gui
