#include "gui/editors/ClientScopeForm.h"

#include "gui/editors/RetentionEdit.h"
#include "gui/editors/SpecialCategoriesEdit.h"
#include "gui/editors/TextListEdit.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pr::gui {

ClientScopeForm::ClientScopeForm(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_ownCategories(new QCheckBox(tr("Own data categories for this client"), this))
    , m_categories(new TextListEdit(this))
    , m_ownSpecial(new QCheckBox(tr("Own special data for this client"), this))
    , m_special(new SpecialCategoriesEdit(this))
    , m_childrenSafeguards(new QLineEdit(this))
    , m_ownSubjects(new QCheckBox(tr("Own data subjects for this client"), this))
    , m_subjects(new TextListEdit(this))
    , m_ownRetention(new QCheckBox(tr("Own retention for this client"), this))
    , m_retention(new RetentionEdit(this))
{
    m_title->setWordWrap(true);
    m_categories->setListName(tr("Data categories of this client"));
    m_subjects->setListName(tr("Data subject categories of this client"));
    m_special->table()->setAccessibleName(tr("Special categories of data of this client"));
    m_childrenSafeguards->setAccessibleName(tr("How this client's children's data is protected"));
    m_childrenSafeguards->setPlaceholderText(tr("How children's data is protected"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    for (QWidget* widget : std::initializer_list<QWidget*>{
             m_ownCategories, m_categories, m_ownSpecial, m_special, m_childrenSafeguards,
             m_ownSubjects, m_subjects, m_ownRetention, m_retention}) {
        layout->addWidget(widget);
    }

    for (QCheckBox* own : {m_ownCategories, m_ownSpecial, m_ownSubjects, m_ownRetention}) {
        connect(own, &QCheckBox::toggled, this, [this] {
            // Unticked, the part shows the activity's values again; ticked, it starts from
            // them.
            showActivityWhereNotOwn();
            updateEnabled();
            edited();
        });
    }
    connect(m_categories, &TextListEdit::changed, this, &ClientScopeForm::edited);
    connect(m_special, &SpecialCategoriesEdit::changed, this, &ClientScopeForm::edited);
    connect(m_childrenSafeguards, &QLineEdit::textChanged, this, &ClientScopeForm::edited);
    connect(m_subjects, &TextListEdit::changed, this, &ClientScopeForm::edited);
    connect(m_retention, &RetentionEdit::changed, this, &ClientScopeForm::edited);
    updateEnabled();
}

void ClientScopeForm::setChoices(const QStringList& dataCategories, const QStringList& dataSubjects)
{
    m_categories->setChoices(dataCategories);
    m_subjects->setChoices(dataSubjects);
}

void ClientScopeForm::setScope(const QString& clientName, const core::ClientScope& scope,
                               const core::ProcessingActivity& activity)
{
    m_loading = true;
    m_activity = activity;
    m_title->setText(tr("For %1:").arg(clientName));
    m_ownCategories->setChecked(scope.dataCategories.has_value());
    m_ownSpecial->setChecked(scope.specialCategories.has_value());
    m_ownSubjects->setChecked(scope.dataSubjectCategories.has_value());
    m_ownRetention->setChecked(scope.retention.has_value());
    if (scope.dataCategories) {
        m_categories->setItems(*scope.dataCategories);
    }
    if (scope.specialCategories) {
        m_special->setValue(scope.specialCategories->categories,
                            scope.specialCategories->art9Exceptions);
        m_childrenSafeguards->setText(scope.specialCategories->childrenSafeguards);
    }
    if (scope.dataSubjectCategories) {
        m_subjects->setItems(*scope.dataSubjectCategories);
    }
    if (scope.retention) {
        m_retention->setValue(*scope.retention);
    }
    showActivityWhereNotOwn();
    updateEnabled();
    m_loading = false;
}

void ClientScopeForm::setActivity(const core::ProcessingActivity& activity)
{
    m_loading = true;
    m_activity = activity;
    showActivityWhereNotOwn();
    m_loading = false;
}

core::ClientScope ClientScopeForm::scope(qint64 clientId) const
{
    core::ClientScope scope;
    scope.clientId = clientId;
    if (m_ownCategories->isChecked()) {
        scope.dataCategories = m_categories->items();
    }
    if (m_ownSpecial->isChecked()) {
        scope.specialCategories = core::SpecialCategoryScope{
            m_special->categories(), m_special->exceptions(), m_childrenSafeguards->text()};
    }
    if (m_ownSubjects->isChecked()) {
        scope.dataSubjectCategories = m_subjects->items();
    }
    if (m_ownRetention->isChecked()) {
        scope.retention = m_retention->value();
    }
    return scope;
}

void ClientScopeForm::showActivityWhereNotOwn()
{
    const bool loading = m_loading;
    m_loading = true;
    if (!m_ownCategories->isChecked()) {
        m_categories->setItems(m_activity.dataCategories);
    }
    if (!m_ownSpecial->isChecked()) {
        m_special->setValue(m_activity.specialCategories, m_activity.art9Exceptions);
        m_childrenSafeguards->setText(m_activity.childrenSafeguards);
    }
    if (!m_ownSubjects->isChecked()) {
        m_subjects->setItems(m_activity.dataSubjectCategories);
    }
    if (!m_ownRetention->isChecked()) {
        m_retention->setValue(m_activity.retention);
    }
    m_loading = loading;
}

void ClientScopeForm::updateEnabled()
{
    m_categories->setEnabled(m_ownCategories->isChecked());
    m_special->setEnabled(m_ownSpecial->isChecked());
    m_childrenSafeguards->setEnabled(m_ownSpecial->isChecked());
    m_subjects->setEnabled(m_ownSubjects->isChecked());
    m_retention->setEnabled(m_ownRetention->isChecked());
}

void ClientScopeForm::edited()
{
    if (!m_loading) {
        Q_EMIT changed();
    }
}

} // namespace pr::gui
