#include "gui/wizard/OrganisationPage.h"

#include "gui/OrganisationForm.h"

#include <QVBoxLayout>

namespace pr::gui {

OrganisationPage::OrganisationPage(QWidget* parent)
    : QWizardPage(parent)
    , m_form(new OrganisationForm(this))
{
    setTitle(tr("Your organisation"));
    setSubTitle(tr("These details appear in the privacy statement and in every processing "
                   "agreement. You can change them later."));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    connect(m_form, &OrganisationForm::changed, this, &QWizardPage::completeChanged);
}

bool OrganisationPage::isComplete() const
{
    return m_form->isValid();
}

bool OrganisationPage::validatePage()
{
    m_form->showAllIssues();
    return m_form->isValid();
}

core::Organisation OrganisationPage::organisation() const
{
    return m_form->organisation();
}

} // namespace pr::gui
