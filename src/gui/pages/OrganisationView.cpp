#include "gui/pages/OrganisationView.h"

#include "gui/pages/DetailPane.h"
#include "gui/sections/OrganisationDetails.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace pr::gui {

OrganisationView::OrganisationView(const storage::Register& reg, QWidget* parent)
    : QWidget(parent)
    , m_register(reg)
    , m_profile(new DetailPane(this))
    , m_file(new DetailPane(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_layout(new QVBoxLayout(this))
{
    m_profile->setAccessibleName(tr("Organisation profile"));
    m_file->setAccessibleName(tr("Register file"));
    m_edit->setObjectName(QStringLiteral("editOrganisationButton"));
    m_edit->setAccessibleName(tr("Edit organisation"));
    m_profile->actions()->insertWidget(0, m_edit);
    auto* panes = new QHBoxLayout;
    panes->addWidget(m_profile, 1);
    panes->addWidget(m_file, 1);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addLayout(panes, 1);
    reload();
}

void OrganisationView::addSection(QWidget* widget)
{
    m_layout->addWidget(widget);
}

void OrganisationView::reload()
{
    m_profile->showDetails(OrganisationDetails::profile(m_register));
    m_file->showDetails(OrganisationDetails::registerFile(m_register));
}

} // namespace pr::gui
