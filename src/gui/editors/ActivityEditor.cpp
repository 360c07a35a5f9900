#include "gui/editors/ActivityEditor.h"

#include "gui/editors/ActivityChoices.h"
#include "gui/editors/ClientScopesEdit.h"
#include "gui/editors/EnumChecklist.h"
#include "gui/editors/EnumCombo.h"
#include "ui_ActivityEditor.h"

#include <QListWidget>
#include <QRegularExpression>

namespace pr::gui {

using core::ProcessingActivity;

namespace {
// Where a staff role's operations are kept while the role is in the list: they move, and
// go, with the role's item.
constexpr int kOperationsRole = Qt::UserRole + 1;

// A new activity is the firm's own and, until the user says otherwise, part of the statement
// for customers and website visitors, the one most processing belongs in.
ProcessingActivity newActivity()
{
    ProcessingActivity activity;
    activity.audiences = core::StatementAudience::Customers;
    return activity;
}
} // namespace

ActivityEditor::ActivityEditor(const storage::SqliteDatabase& db,
                               const std::optional<ProcessingActivity>& record, QWidget* parent)
    : RecordEditorOf(core::EntityKind::ProcessingActivity, record.value_or(newActivity()),
                     !record.has_value(), parent)
    , m_ui(std::make_unique<Ui::ActivityEditor>())
{
    m_ui->setupUi(this);
    fillEnumCombo<core::ProcessingRole>(m_ui->roleCombo);
    fillEnumCombo<core::LegalBasis>(m_ui->legalBasisCombo, tr("(none yet)"));
    fillEnumCombo<core::RetentionKind>(m_ui->retentionKindCombo);
    fillEnumCombo<core::RetentionUnit>(m_ui->retentionUnitCombo);
    fillEnumCombo<core::RetentionTrigger>(m_ui->retentionTriggerCombo);
    fillEnumCombo<core::DataSource>(m_ui->sourceCombo);
    m_ui->purposesEdit->setListName(tr("Purposes"));
    m_ui->dataCategoriesEdit->setListName(tr("Data categories"));
    m_ui->staffRolesEdit->setListName(tr("Staff roles"));
    m_ui->operationsEdit->setListName(tr("Operations of the selected staff role"));
    m_ui->dataSubjectsEdit->setListName(tr("Data subject categories"));
    m_ui->recipientsEdit->setListName(tr("Recipients"));
    addStatementFields();
    offerChoices(db);
    load(loaded());

    auto& issues = fieldIssues();
    QFormLayout* form = m_ui->form;
    issues.add(form, m_ui->nameEdit, QStringLiteral("name"), tr("name"));
    issues.add(form, m_ui->roleCombo, QStringLiteral("role"), tr("role"));
    issues.add(form, m_ui->clientList, QStringLiteral("clientIds"), tr("clients"));
    issues.add(form, m_ui->purposesEdit, QStringLiteral("purposes"), tr("purposes"));
    issues.add(form, m_ui->legalBasisCombo, QStringLiteral("legalBasis"), tr("legal basis"));
    issues.add(form, m_furtherBases, QStringLiteral("furtherLegalBases"),
               tr("further legal bases"));
    issues.add(form, m_ui->legitimateInterestEdit, QStringLiteral("legitimateInterest"),
               tr("legitimate interest"));
    issues.add(form, m_ui->dataCategoriesEdit, QStringLiteral("dataCategories"),
               tr("data categories"));
    issues.add(form, m_ui->specialEdit, QStringLiteral("art9Exceptions"), tr("special data"));
    issues.add(form, m_ui->specialEdit, QStringLiteral("nationalGrounds"),
               tr("national-law grounds"));
    issues.add(form, m_ui->childrenSafeguardsEdit, QStringLiteral("childrenSafeguards"),
               tr("children's safeguards"));
    issues.add(form, m_ui->operationsEdit, QStringLiteral("staffRoles"), tr("staff roles"));
    issues.add(form, m_ui->dataSubjectsEdit, QStringLiteral("dataSubjectCategories"),
               tr("data subjects"));
    issues.add(form, m_ui->retentionLegalBasisEdit, QStringLiteral("retention"), tr("retention"));
    issues.add(form, m_ui->clientScopesEdit, QStringLiteral("clientScopes"),
               tr("scope per client"));
    issues.add(form, m_ui->recipientsEdit, QStringLiteral("recipients"), tr("recipients"));
    issues.add(form, m_ui->transfersEdit, QStringLiteral("transfers"), tr("transfers"));
    issues.add(form, m_ui->sourceDescriptionEdit, QStringLiteral("sourceDescription"),
               tr("other source"));
    issues.add(form, m_audiences, QStringLiteral("audiences"), tr("privacy statements"));

    for (QWidget* widget : std::initializer_list<QWidget*>{
             m_ui->nameEdit, m_ui->roleCombo, m_ui->clientList, m_ui->purposesEdit,
             m_ui->legalBasisCombo, m_ui->legitimateInterestEdit, m_ui->dataCategoriesEdit,
             m_ui->childrenSafeguardsEdit, m_ui->staffRolesEdit, m_ui->dataSubjectsEdit,
             m_ui->retentionKindCombo, m_ui->retentionAmountSpin, m_ui->retentionUnitCombo,
             m_ui->retentionTriggerCombo, m_ui->retentionDescriptionEdit,
             m_ui->retentionLegalBasisEdit, m_ui->recipientsEdit, m_ui->sourceCombo,
             m_ui->sourceDescriptionEdit}) {
        watch(widget);
    }
    connect(m_ui->specialEdit, &SpecialCategoriesEdit::changed, this, &RecordEditor::changed);
    connect(m_ui->transfersEdit, &TransfersEdit::changed, this, &RecordEditor::changed);
    connect(m_ui->clientScopesEdit, &ClientScopesEdit::changed, this, &RecordEditor::changed);
    // The per-client part follows the clients ticked and shows the activity's own values
    // where a client has none of its own.
    connect(this, &RecordEditor::changed, this, &ActivityEditor::updateClientScopes);
    for (QListWidget* list : {m_audiences, m_furtherBases}) {
        connect(list, &QListWidget::itemChanged, this, &RecordEditor::changed);
    }
    connect(m_ui->operationsEdit, &TextListEdit::changed, this, [this] {
        storeOperations();
        Q_EMIT changed();
    });
    connect(m_ui->staffRolesEdit, &TextListEdit::currentRowChanged, this,
            &ActivityEditor::showOperationsOf);
    connect(this, &RecordEditor::changed, this, &ActivityEditor::updateEnabled);
    updateClientScopes();
    updateEnabled();
}

ActivityEditor::~ActivityEditor() = default;

void ActivityEditor::addStatementFields()
{
    // Added here rather than in the form file: rows that only the privacy statements need.
    m_audiences = new QListWidget(this);
    m_audiences->setObjectName(QStringLiteral("audiencesList"));
    m_audiences->setAccessibleName(tr("Privacy statements that name this processing"));
    m_audiences->setToolTip(tr("Own processing: the people whose privacy statement names it. "
                               "The staff's records do not belong in the customers' statement."));
    fillEnumChecklist<core::StatementAudience>(m_audiences);
    m_furtherBases = new QListWidget(this);
    m_furtherBases->setObjectName(QStringLiteral("furtherLegalBasesList"));
    m_furtherBases->setAccessibleName(tr("Further legal bases"));
    m_furtherBases->setToolTip(tr("Bases besides the main one for a part of the processing, "
                                  "such as a legal obligation to keep invoices beside the "
                                  "contract."));
    fillEnumChecklist<core::LegalBasis>(m_furtherBases);

    QFormLayout* form = m_ui->form;
    int row = 0;
    QFormLayout::ItemRole role{};
    form->getWidgetPosition(m_ui->roleCombo, &row, &role);
    form->insertRow(row + 1, tr("Privacy &statements:"), m_audiences);
    form->getWidgetPosition(m_ui->legalBasisCombo, &row, &role);
    form->insertRow(row + 1, tr("F&urther legal bases:"), m_furtherBases);
}

QString ActivityEditor::dialogTitle() const
{
    return isNew() ? tr("New processing activity") : tr("Edit processing activity");
}

void ActivityEditor::offerChoices(const storage::SqliteDatabase& db)
{
    const ActivityChoices choices = ActivityChoices::of(db);
    m_ui->purposesEdit->setChoices(choices.purposes);
    m_ui->dataCategoriesEdit->setChoices(choices.dataCategories);
    m_ui->dataSubjectsEdit->setChoices(choices.dataSubjects);
    m_ui->recipientsEdit->setChoices(choices.recipients);
    m_ui->staffRolesEdit->setChoices(choices.staffRoles);
    m_ui->operationsEdit->setChoices(choices.operations);
    m_ui->clientList->setChoices(choices.clients);
    m_ui->clientScopesEdit->setChoices(choices.dataCategories, choices.dataSubjects);
    for (const auto& [id, name] : choices.clients) {
        m_clientNames.insert(id, name);
    }
}

void ActivityEditor::load(const ProcessingActivity& record)
{
    m_ui->nameEdit->setText(record.name);
    setEnum(m_ui->roleCombo, std::optional(record.role));
    m_ui->clientList->setCheckedIds(record.clientIds);
    m_ui->clientScopesEdit->setScopes(record.clientScopes);
    m_ui->purposesEdit->setItems(record.purposes);
    setEnum(m_ui->legalBasisCombo, record.legalBasis);
    m_ui->legitimateInterestEdit->setText(record.legitimateInterest);
    m_ui->dataCategoriesEdit->setItems(record.dataCategories);
    m_ui->specialEdit->setValue(record.specialCategories, record.art9Exceptions);
    m_ui->specialEdit->setNationalGrounds(record.nationalGrounds);
    QList<core::StatementAudience> audiences;
    for (const core::StatementAudience audience : core::enumValues<core::StatementAudience>()) {
        if (record.audiences.testFlag(audience)) {
            audiences << audience;
        }
    }
    setCheckedEnums(m_audiences, audiences);
    setCheckedEnums(m_furtherBases, record.furtherLegalBases);
    m_ui->childrenSafeguardsEdit->setText(record.childrenSafeguards);
    QStringList roles;
    for (const core::StaffRole& role : record.staffRoles) {
        roles << role.role;
    }
    m_ui->staffRolesEdit->setItems(roles);
    QListWidget* roleList = m_ui->staffRolesEdit->list();
    for (int row = 0; row < roleList->count(); ++row) {
        roleList->item(row)->setData(kOperationsRole, record.staffRoles.at(row).operations);
    }
    if (roleList->count() > 0) {
        roleList->setCurrentRow(0);
    }
    showOperationsOf(roleList->currentRow());
    m_ui->dataSubjectsEdit->setItems(record.dataSubjectCategories);
    setEnum(m_ui->retentionKindCombo, std::optional(record.retention.kind));
    m_ui->retentionAmountSpin->setValue(record.retention.amount);
    setEnum(m_ui->retentionUnitCombo, std::optional(record.retention.unit));
    setEnum(m_ui->retentionTriggerCombo, std::optional(record.retention.trigger));
    m_ui->retentionDescriptionEdit->setText(record.retention.description);
    m_ui->retentionLegalBasisEdit->setText(record.retention.legalBasis);
    m_ui->recipientsEdit->setItems(record.recipients);
    m_ui->transfersEdit->setTransfers(record.transfers);
    setEnum(m_ui->sourceCombo, std::optional(record.source));
    m_ui->sourceDescriptionEdit->setText(record.sourceDescription);
}

void ActivityEditor::showOperationsOf(int roleRow)
{
    const QListWidgetItem* role = m_ui->staffRolesEdit->list()->item(roleRow);
    m_ui->operationsEdit->setItems(role != nullptr ? role->data(kOperationsRole).toStringList()
                                                   : QStringList());
    m_ui->operationsEdit->setEnabled(role != nullptr);
}

void ActivityEditor::storeOperations()
{
    if (QListWidgetItem* role = m_ui->staffRolesEdit->list()->currentItem()) {
        role->setData(kOperationsRole, m_ui->operationsEdit->items());
    }
}

QList<core::StaffRole> ActivityEditor::staffRoles() const
{
    QList<core::StaffRole> roles;
    const QListWidget* list = m_ui->staffRolesEdit->list();
    for (int row = 0; row < list->count(); ++row) {
        roles.append(
            {list->item(row)->text(), list->item(row)->data(kOperationsRole).toStringList()});
    }
    return roles;
}

ProcessingActivity ActivityEditor::value() const
{
    ProcessingActivity value = loaded();
    value.name = m_ui->nameEdit->text();
    value.role = enumOf<core::ProcessingRole>(m_ui->roleCombo).value_or(value.role);
    value.clientIds = m_ui->clientList->checkedIds();
    value.purposes = m_ui->purposesEdit->items();
    value.legalBasis = enumOf<core::LegalBasis>(m_ui->legalBasisCombo);
    value.legitimateInterest = m_ui->legitimateInterestEdit->text();
    value.dataCategories = m_ui->dataCategoriesEdit->items();
    value.specialCategories = m_ui->specialEdit->categories();
    value.art9Exceptions = m_ui->specialEdit->exceptions();
    value.nationalGrounds = m_ui->specialEdit->nationalGrounds();
    value.audiences = {};
    for (const core::StatementAudience audience :
         checkedEnums<core::StatementAudience>(m_audiences)) {
        value.audiences |= audience;
    }
    value.furtherLegalBases = checkedEnums<core::LegalBasis>(m_furtherBases);
    value.childrenSafeguards = m_ui->childrenSafeguardsEdit->text();
    value.staffRoles = staffRoles();
    value.dataSubjectCategories = m_ui->dataSubjectsEdit->items();
    value.retention.kind =
        enumOf<core::RetentionKind>(m_ui->retentionKindCombo).value_or(value.retention.kind);
    value.retention.amount = m_ui->retentionAmountSpin->value();
    value.retention.unit =
        enumOf<core::RetentionUnit>(m_ui->retentionUnitCombo).value_or(value.retention.unit);
    value.retention.trigger = enumOf<core::RetentionTrigger>(m_ui->retentionTriggerCombo)
                                  .value_or(value.retention.trigger);
    value.retention.description = m_ui->retentionDescriptionEdit->text();
    value.retention.legalBasis = m_ui->retentionLegalBasisEdit->text();
    value.recipients = m_ui->recipientsEdit->items();
    value.transfers = m_ui->transfersEdit->transfers();
    value.source = enumOf<core::DataSource>(m_ui->sourceCombo).value_or(value.source);
    value.sourceDescription = m_ui->sourceDescriptionEdit->text();
    value.clientScopes = m_ui->clientScopesEdit->scopes(value.clientIds);
    return value;
}

void ActivityEditor::updateClientScopes()
{
    ClientScopesEdit* scopes = m_ui->clientScopesEdit;
    QList<QPair<qint64, QString>> served;
    for (const qint64 id : m_ui->clientList->checkedIds()) {
        served.append({id, m_clientNames.value(id)});
    }
    scopes->setClients(served);
    ProcessingActivity own = value();
    own.clientScopes.clear();
    scopes->setActivity(own);
}

QList<core::ValidationIssue> ActivityEditor::placeIssues(const QList<core::ValidationIssue>& issues)
{
    // "clientScopes[2]…" names the third scope of value(): mark its client in the list, so
    // that the message under the part says which client it is about.
    static const QRegularExpression scopeIndex(QStringLiteral("^clientScopes\\[(\\d+)\\]"));
    const QList<core::ClientScope> scopes = value().clientScopes;
    QSet<qint64> clients;
    for (const core::ValidationIssue& issue : issues) {
        const QRegularExpressionMatch match = scopeIndex.match(issue.field);
        const qsizetype index = match.hasMatch() ? match.captured(1).toLongLong() : -1;
        if (index >= 0 && index < scopes.size()) {
            clients.insert(scopes[index].clientId);
        }
    }
    m_ui->clientScopesEdit->markProblems(clients);
    return RecordEditor::placeIssues(issues);
}

void ActivityEditor::updateEnabled()
{
    // Fields that only matter for some choices stay visible (so the form does not jump) but
    // are disabled while they do not apply; what they hold is kept.
    const bool processor =
        enumOf<core::ProcessingRole>(m_ui->roleCombo) == core::ProcessingRole::Processor;
    m_ui->clientList->setEnabled(processor || !m_ui->clientList->checkedIds().isEmpty());
    m_ui->clientScopesEdit->setEnabled(processor && !m_ui->clientList->checkedIds().isEmpty());
    // As processor the client informs the people; a ticked statement stays editable, so that
    // it can be cleared.
    m_audiences->setEnabled(!processor ||
                            !checkedEnums<core::StatementAudience>(m_audiences).isEmpty());
    const bool fixed =
        enumOf<core::RetentionKind>(m_ui->retentionKindCombo) == core::RetentionKind::Fixed;
    m_ui->retentionAmountSpin->setEnabled(fixed);
    m_ui->retentionUnitCombo->setEnabled(fixed);
    m_ui->retentionTriggerCombo->setEnabled(fixed);
}

} // namespace pr::gui
