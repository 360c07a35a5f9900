#include "gui/editors/OrganisationEditor.h"

#include "core/domain/validation/OrganisationValidation.h"
#include "gui/OrganisationForm.h"
#include "gui/editors/CookiesEdit.h"
#include "gui/editors/ImageField.h"
#include "gui/editors/StatementFactsEdit.h"
#include "usecases/records/OrganisationVersion.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pr::gui {

OrganisationEditor::OrganisationEditor(const core::Organisation& stored, QWidget* parent)
    : RecordEditor(parent)
    , m_loaded(stored)
    , m_form(new OrganisationForm(this))
    , m_logo(new ImageField(tr("Choose &logo…"), tr("&Remove"), tr("logo"), this))
    , m_signature(new ImageField(tr("Choose &signature…"), tr("R&emove"),
                                 tr("signature of the representative"), this))
    , m_backupDays(new QSpinBox(this))
    , m_statement(new StatementFactsEdit(this))
{
    m_logo->setObjectName(QStringLiteral("logoField"));
    m_signature->setObjectName(QStringLiteral("signatureField"));
    m_form->setOrganisation(stored);
    // A stored profile with a problem (an older register) shows it at once.
    m_form->showAllIssues();
    m_logo->setPng(stored.logoPng);
    m_signature->setPng(stored.signaturePng);
    m_statement->setValue(stored.privacyContact, stored.statement);

    auto* images = new QFormLayout;
    images->addRow(tr("Logo"), m_logo);
    images->addRow(tr("Signature"), m_signature);
    // A fact only the erasure letter states, and only once it is filled in.
    m_backupDays->setObjectName(QStringLiteral("backupOverwriteDays"));
    m_backupDays->setAccessibleName(tr("Back-ups overwritten after"));
    m_backupDays->setRange(0, 3650);
    m_backupDays->setSuffix(tr(" days"));
    m_backupDays->setSpecialValueText(tr("not recorded"));
    m_backupDays->setValue(stored.backupOverwriteDays);
    m_backupDays->setToolTip(tr("The erasure letter says when back-ups are overwritten only when "
                                "this is filled in."));
    auto* letters = new QFormLayout;
    letters->addRow(tr("Back-ups overwritten after"), m_backupDays);
    fieldIssues().add(letters, m_backupDays, QStringLiteral("backupOverwriteDays"),
                      tr("back-ups overwritten after"));

    auto* statementBox = new QGroupBox(tr("Privacy contact and privacy statement"), this);
    auto* statementLayout = new QVBoxLayout(statementBox);
    statementLayout->addWidget(m_statement);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addLayout(images);
    layout->addLayout(letters);
    layout->addWidget(statementBox);
    layout->addStretch(1);
    // A stored image that is not a PNG (an imported register) says so under the image.
    fieldIssues().add(images, m_logo, QStringLiteral("logoPng"), tr("logo"));
    fieldIssues().add(images, m_signature, QStringLiteral("signaturePng"),
                      tr("signature of the representative"));
    QFormLayout* statementForm = m_statement->form();
    fieldIssues().add(statementForm, m_statement->contactNameEdit(),
                      QStringLiteral("privacyContact.name"), tr("privacy contact's name"));
    fieldIssues().add(statementForm, m_statement->contactEmailEdit(),
                      QStringLiteral("privacyContact.email"), tr("privacy contact's e-mail"));
    fieldIssues().add(statementForm, m_statement->cookiesEdit(),
                      QStringLiteral("statement.cookies"), tr("cookies"));
    fieldIssues().add(statementForm, m_statement->automatedDecisionsEdit(),
                      QStringLiteral("statement.automatedDecisions"), tr("automated decisions"));

    connect(m_form, &OrganisationForm::changed, this, &RecordEditor::changed);
    connect(m_logo, &ImageField::changed, this, &RecordEditor::changed);
    connect(m_signature, &ImageField::changed, this, &RecordEditor::changed);
    connect(m_backupDays, &QSpinBox::valueChanged, this, &RecordEditor::changed);
    connect(m_statement, &StatementFactsEdit::changed, this, &RecordEditor::changed);
}

QString OrganisationEditor::dialogTitle() const
{
    return tr("Edit organisation");
}

core::Organisation OrganisationEditor::value() const
{
    core::Organisation edited = m_form->organisation();
    edited.logoPng = m_logo->png();
    edited.signaturePng = m_signature->png();
    edited.backupOverwriteDays = m_backupDays->value();
    edited.privacyContact = m_statement->privacyContact();
    edited.statement = m_statement->facts();
    return edited;
}

QList<core::ValidationIssue> OrganisationEditor::issues() const
{
    return core::validate(value());
}

QList<core::ValidationIssue>
OrganisationEditor::placeIssues(const QList<core::ValidationIssue>& issues)
{
    // The form shows the problems of its own fields itself, as the wizard does: only the rest
    // (the images here, the privacy contact in the summary) is left to place.
    return RecordEditor::placeIssues(m_form->issuesWithoutField(issues));
}

std::unique_ptr<usecases::RecordVersion> OrganisationEditor::loadedVersion() const
{
    return std::make_unique<usecases::OrganisationVersion>(m_loaded);
}

std::unique_ptr<usecases::RecordVersion> OrganisationEditor::editedVersion() const
{
    return std::make_unique<usecases::OrganisationVersion>(value());
}

} // namespace pr::gui
