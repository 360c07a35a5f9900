#include "gui/editors/SubProcessorEditor.h"

#include "gui/editors/EnumCombo.h"
#include "storage/repositories/ActivityRepository.h"
#include "ui_SubProcessorEditor.h"

namespace pr::gui {

using core::SubProcessor;

SubProcessorEditor::SubProcessorEditor(const storage::SqliteDatabase& db,
                                       const std::optional<SubProcessor>& record, QDate today,
                                       QWidget* parent)
    : RecordEditorOf(core::EntityKind::SubProcessor, record.value_or(SubProcessor{}),
                     !record.has_value(), parent)
    , m_ui(std::make_unique<Ui::SubProcessorEditor>())
{
    m_ui->setupUi(this);
    fillEnumCombo<core::TransferSafeguard>(m_ui->safeguardCombo, tr("(none)"));
    m_ui->dpaDateEdit->setSuggestedDate(today);
    m_ui->assessmentDateEdit->setSuggestedDate(today);
    QList<QPair<qint64, QString>> activities;
    for (const core::ProcessingActivity& activity : storage::ActivityRepository::all(db)) {
        activities.append({activity.id, activity.name});
    }
    m_ui->activityList->setChoices(activities);

    const SubProcessor& start = loaded();
    m_ui->nameEdit->setText(start.name);
    m_ui->serviceEdit->setText(start.service);
    m_ui->countryEdit->setText(start.country);
    m_ui->dataLocationEdit->setText(start.dataLocation);
    m_ui->insideEeaCheck->setChecked(start.insideEea);
    setEnum(m_ui->safeguardCombo, start.safeguard);
    m_ui->dpaDateEdit->setValue(start.dpaDate);
    m_ui->assessmentDateEdit->setValue(start.transferAssessmentDate);
    m_ui->assessmentSummaryEdit->setText(start.transferAssessmentSummary);
    m_ui->activityList->setCheckedIds(start.activityIds);

    QFormLayout* form = m_ui->form;
    fieldIssues().add(form, m_ui->nameEdit, QStringLiteral("name"), tr("name"));
    fieldIssues().add(form, m_ui->serviceEdit, QStringLiteral("service"), tr("service"));
    fieldIssues().add(form, m_ui->countryEdit, QStringLiteral("country"), tr("country"));
    fieldIssues().add(form, m_ui->safeguardCombo, QStringLiteral("safeguard"), tr("safeguard"));
    fieldIssues().add(form, m_ui->assessmentDateEdit, QStringLiteral("transferAssessmentDate"),
                      tr("transfer impact assessment"));
    fieldIssues().add(form, m_ui->activityList, QStringLiteral("activityIds"), tr("activities"));
    for (QWidget* widget : std::initializer_list<QWidget*>{
             m_ui->nameEdit, m_ui->serviceEdit, m_ui->countryEdit, m_ui->dataLocationEdit,
             m_ui->insideEeaCheck, m_ui->safeguardCombo, m_ui->assessmentDateEdit,
             m_ui->assessmentSummaryEdit, m_ui->dpaDateEdit, m_ui->activityList}) {
        watch(widget);
    }
}

SubProcessorEditor::~SubProcessorEditor() = default;

QString SubProcessorEditor::dialogTitle() const
{
    return isNew() ? tr("New sub-processor") : tr("Edit sub-processor");
}

SubProcessor SubProcessorEditor::value() const
{
    SubProcessor value = loaded();
    value.name = m_ui->nameEdit->text();
    value.service = m_ui->serviceEdit->text();
    value.country = m_ui->countryEdit->text();
    value.dataLocation = m_ui->dataLocationEdit->text();
    value.insideEea = m_ui->insideEeaCheck->isChecked();
    value.safeguard = enumOf<core::TransferSafeguard>(m_ui->safeguardCombo);
    value.dpaDate = m_ui->dpaDateEdit->value();
    value.transferAssessmentDate = m_ui->assessmentDateEdit->value();
    value.transferAssessmentSummary = m_ui->assessmentSummaryEdit->text();
    value.activityIds = m_ui->activityList->checkedIds();
    return value;
}

} // namespace pr::gui
