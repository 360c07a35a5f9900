#include "gui/editors/MeasureEditor.h"

#include "core/catalogue/CatalogueSet.h"
#include "core/catalogue/ShippedCatalogues.h"
#include "gui/editors/EnumCombo.h"
#include "gui/editors/PickChoices.h"
#include "ui_MeasureEditor.h"

#include <QCompleter>
#include <QLineEdit>

namespace pr::gui {

using core::SecurityMeasure;

namespace {

std::optional<core::CatalogueEntry> catalogueEntry(const QString& title)
{
    const core::CatalogueSet* catalogues = core::shippedCatalogues();
    if (catalogues == nullptr) {
        return std::nullopt;
    }
    for (const core::CatalogueEntry& entry :
         catalogues->catalogue(core::CatalogueKind::SecurityMeasures).entries()) {
        if (entry.title.compare(title.trimmed(), Qt::CaseInsensitive) == 0) {
            return entry;
        }
    }
    return std::nullopt;
}

} // namespace

MeasureEditor::MeasureEditor(const storage::SqliteDatabase& db,
                             const std::optional<SecurityMeasure>& record, QDate today,
                             QWidget* parent)
    : RecordEditorOf(core::EntityKind::SecurityMeasure, record.value_or(SecurityMeasure{}),
                     !record.has_value(), parent)
    , m_ui(std::make_unique<Ui::MeasureEditor>())
{
    m_ui->setupUi(this);
    fillEnumCombo<core::SecurityCategory>(m_ui->categoryCombo);
    fillEnumCombo<core::MeasureStatus>(m_ui->statusCombo);
    m_ui->reviewDateEdit->setSuggestedDate(today);
    m_ui->plannedDateEdit->setSuggestedDate(today);
    QStringList titles;
    for (const SecurityMeasure& measure : storage::SecurityMeasureRepository::all(db)) {
        titles << measure.title;
    }
    const QStringList choices = pickChoices(core::CatalogueKind::SecurityMeasures, titles);
    m_ui->titleCombo->setInsertPolicy(QComboBox::NoInsert);
    m_ui->titleCombo->lineEdit()->setAccessibleName(m_ui->titleCombo->accessibleName());
    m_ui->titleCombo->addItems(choices);
    auto* completer = new QCompleter(choices, m_ui->titleCombo);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_ui->titleCombo->setCompleter(completer);

    const SecurityMeasure& start = loaded();
    m_ui->titleCombo->setEditText(start.title);
    setEnum(m_ui->categoryCombo, std::optional(start.category));
    m_ui->descriptionEdit->setPlainText(start.description);
    setEnum(m_ui->statusCombo, std::optional(start.status));
    m_ui->plannedDateEdit->setValue(start.plannedDate);
    m_ui->ownerEdit->setText(start.owner);
    m_ui->reviewDateEdit->setValue(start.lastReviewDate);

    fieldIssues().add(m_ui->form, m_ui->titleCombo, QStringLiteral("title"), tr("title"));
    fieldIssues().add(m_ui->form, m_ui->descriptionEdit, QStringLiteral("description"),
                      tr("description"));
    fieldIssues().add(m_ui->form, m_ui->plannedDateEdit, QStringLiteral("plannedDate"),
                      tr("in force from"));
    for (QWidget* widget : std::initializer_list<QWidget*>{
             m_ui->categoryCombo, m_ui->descriptionEdit, m_ui->statusCombo, m_ui->plannedDateEdit,
             m_ui->ownerEdit, m_ui->reviewDateEdit}) {
        watch(widget);
    }
    // Only a planned measure has a date it will be in force.
    const auto showPlannedDate = [this] {
        const bool planned =
            enumOf<core::MeasureStatus>(m_ui->statusCombo) == core::MeasureStatus::Planned;
        m_ui->plannedDateEdit->setVisible(planned);
        m_ui->plannedDateEditLabel->setVisible(planned);
    };
    showPlannedDate();
    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this, showPlannedDate);
    connect(m_ui->titleCombo, &QComboBox::editTextChanged, this, &RecordEditor::changed);
    // Picked from the list (not typed): take the catalogue's group and text.
    connect(m_ui->titleCombo, &QComboBox::textActivated, this, &MeasureEditor::takeFromCatalogue);
}

MeasureEditor::~MeasureEditor() = default;

QString MeasureEditor::dialogTitle() const
{
    return isNew() ? tr("New security measure") : tr("Edit security measure");
}

void MeasureEditor::takeFromCatalogue(const QString& title)
{
    const auto entry = catalogueEntry(title);
    if (!entry) {
        return;
    }
    if (const auto category = core::enumFromCode<core::SecurityCategory>(entry->group)) {
        setEnum(m_ui->categoryCombo, category);
    }
    if (m_ui->descriptionEdit->toPlainText().trimmed().isEmpty()) {
        m_ui->descriptionEdit->setPlainText(entry->description);
    }
}

QString MeasureEditor::catalogueIdOf(const QString& title) const
{
    if (title == loaded().title) {
        return loaded().catalogueId;
    }
    const auto entry = catalogueEntry(title);
    return entry ? entry->id : QString();
}

SecurityMeasure MeasureEditor::value() const
{
    SecurityMeasure value = loaded();
    value.title = m_ui->titleCombo->currentText();
    value.catalogueId = catalogueIdOf(value.title);
    value.category = enumOf<core::SecurityCategory>(m_ui->categoryCombo).value_or(value.category);
    value.description = m_ui->descriptionEdit->toPlainText();
    value.status = enumOf<core::MeasureStatus>(m_ui->statusCombo).value_or(value.status);
    value.plannedDate =
        value.status == core::MeasureStatus::Planned ? m_ui->plannedDateEdit->value() : QDate();
    value.owner = m_ui->ownerEdit->text();
    value.lastReviewDate = m_ui->reviewDateEdit->value();
    return value;
}

} // namespace pr::gui
