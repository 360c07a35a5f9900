#pragma once

#include "core/domain/Organisation.h"

#include <QWizardPage>

namespace pr::gui {

class OrganisationForm;

// The firm's profile: it appears in every document the register prints.
class OrganisationPage : public QWizardPage {
    Q_OBJECT

public:
    explicit OrganisationPage(QWidget* parent = nullptr);
    bool isComplete() const override;
    bool validatePage() override;
    core::Organisation organisation() const;

private:
    OrganisationForm* m_form;
};

} // namespace pr::gui
