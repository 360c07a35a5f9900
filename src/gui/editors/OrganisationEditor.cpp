#include "gui/editors/OrganisationEditor.h"

#include "core/domain/validation/OrganisationValidation.h"
#include "gui/OrganisationForm.h"
#include "gui/editors/ImageField.h"
#include "usecases/records/OrganisationVersion.h"

#include <QFormLayout>
#include <QVBoxLayout>

namespace pr::gui {

OrganisationEditor::OrganisationEditor(const core::Organisation& stored, QWidget* parent)
    : RecordEditor(parent)
    , m_loaded(stored)
    , m_form(new OrganisationForm(this))
    , m_logo(new ImageField(tr("Choose &logo…"), tr("&Remove"), tr("logo"), this))
    , m_signature(new ImageField(tr("Choose &signature…"), tr("R&emove"),
                                 tr("signature of the representative"), this))
{
    m_logo->setObjectName(QStringLiteral("logoField"));
    m_signature->setObjectName(QStringLiteral("signatureField"));
    m_form->setOrganisation(stored);
    // A stored profile with a problem (an older register) shows it at once.
    m_form->showAllIssues();
    m_logo->setPng(stored.logoPng);
    m_signature->setPng(stored.signaturePng);

    auto* images = new QFormLayout;
    images->addRow(tr("Logo"), m_logo);
    images->addRow(tr("Signature"), m_signature);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addLayout(images);
    layout->addStretch(1);
    // A stored image that is not a PNG (an imported register) says so under the image.
    fieldIssues().add(images, m_logo, QStringLiteral("logoPng"), tr("logo"));
    fieldIssues().add(images, m_signature, QStringLiteral("signaturePng"),
                      tr("signature of the representative"));

    connect(m_form, &OrganisationForm::changed, this, &RecordEditor::changed);
    connect(m_logo, &ImageField::changed, this, &RecordEditor::changed);
    connect(m_signature, &ImageField::changed, this, &RecordEditor::changed);
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
