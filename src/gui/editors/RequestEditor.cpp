#include "gui/editors/RequestEditor.h"

#include "gui/editors/EnumCombo.h"
#include "storage/repositories/ClientRepository.h"
#include "ui_RequestEditor.h"

namespace pr::gui {

using core::DataSubjectRequest;

namespace {

DataSubjectRequest newRequest(QDate today)
{
    DataSubjectRequest request;
    request.receivedDate = today;
    return request;
}

} // namespace

RequestEditor::RequestEditor(const storage::SqliteDatabase& db,
                             const std::optional<DataSubjectRequest>& record, QDate today,
                             QWidget* parent)
    : RecordEditorOf(core::EntityKind::DataSubjectRequest, record.value_or(newRequest(today)),
                     !record.has_value(), parent)
    , m_ui(std::make_unique<Ui::RequestEditor>())
{
    m_ui->setupUi(this);
    fillEnumCombo<core::DataSubjectRight>(m_ui->rightCombo);
    fillEnumCombo<core::RequestChannel>(m_ui->channelCombo);
    fillEnumCombo<core::RequestStatus>(m_ui->statusCombo);
    m_ui->clientCombo->addItem(tr("(own processing)"), qint64{0});
    for (const core::Client& client : storage::ClientRepository::all(db)) {
        m_ui->clientCombo->addItem(client.legalName, client.id);
    }
    const QList<DateField*> dates = {
        m_ui->receivedDateEdit,         m_ui->identityRequestedDateEdit,
        m_ui->identityVerifiedDateEdit, m_ui->idCopyDestroyedDateEdit,
        m_ui->clientInformedDateEdit,   m_ui->extensionToldOnEdit,
        m_ui->answeredDateEdit};
    for (DateField* date : dates) {
        date->setSuggestedDate(today);
    }

    const DataSubjectRequest& start = loaded();
    m_ui->referenceEdit->setText(start.reference);
    m_ui->requesterNameEdit->setText(start.requesterName);
    m_ui->requesterContactEdit->setText(start.requesterContact);
    setEnum(m_ui->rightCombo, std::optional(start.right));
    m_ui->receivedDateEdit->setValue(start.receivedDate);
    setEnum(m_ui->channelCombo, std::optional(start.channel));
    m_ui->identityRequestedDateEdit->setValue(start.identityRequestedDate);
    m_ui->identityVerifiedDateEdit->setValue(start.identityVerifiedDate);
    m_ui->idCopyDestroyedDateEdit->setValue(start.idCopyDestroyedDate);
    const int client = m_ui->clientCombo->findData(start.clientId);
    if (client < 0) {
        // A client that is gone keeps its id, so that an unchanged request stays as it was.
        m_ui->clientCombo->addItem(tr("(client %1)").arg(start.clientId), start.clientId);
    }
    m_ui->clientCombo->setCurrentIndex(client >= 0 ? client : m_ui->clientCombo->count() - 1);
    m_ui->clientInformedDateEdit->setValue(start.clientInformedDate);
    setEnum(m_ui->statusCombo, std::optional(start.status));
    m_ui->extendedCheck->setChecked(start.extension.has_value());
    if (start.extension) {
        m_ui->extensionToldOnEdit->setValue(start.extension->toldOn);
        m_ui->extensionReasonEdit->setText(start.extension->reason);
    }
    m_ui->answeredDateEdit->setValue(start.answeredDate);
    m_ui->outcomeEdit->setPlainText(start.outcome);
    m_ui->refusalReasonEdit->setText(start.refusalReason);

    FieldIssues& issues = fieldIssues();
    QFormLayout* form = m_ui->form;
    issues.add(form, m_ui->requesterContactEdit, QStringLiteral("requesterName"),
               tr("name or contact"));
    issues.add(form, m_ui->receivedDateEdit, QStringLiteral("receivedDate"), tr("received on"));
    issues.add(form, m_ui->identityRequestedDateEdit, QStringLiteral("identityRequestedDate"),
               tr("identity asked on"));
    issues.add(form, m_ui->identityVerifiedDateEdit, QStringLiteral("identityVerifiedDate"),
               tr("identity verified on"));
    issues.add(form, m_ui->idCopyDestroyedDateEdit, QStringLiteral("idCopyDestroyedDate"),
               tr("ID copy destroyed on"));
    issues.add(form, m_ui->clientCombo, QStringLiteral("clientId"), tr("client"));
    issues.add(form, m_ui->clientInformedDateEdit, QStringLiteral("clientInformedDate"),
               tr("client informed on"));
    issues.add(form, m_ui->statusCombo, QStringLiteral("status"), tr("status"));
    issues.add(form, m_ui->extensionToldOnEdit, QStringLiteral("extension.toldOn"),
               tr("extension told on"));
    issues.add(form, m_ui->extensionReasonEdit, QStringLiteral("extension.reason"),
               tr("reason for the extension"));
    issues.add(form, m_ui->answeredDateEdit, QStringLiteral("answeredDate"), tr("answered on"));
    issues.add(form, m_ui->refusalReasonEdit, QStringLiteral("refusalReason"),
               tr("reason for refusal"));
    for (QWidget* widget : std::initializer_list<QWidget*>{
             m_ui->referenceEdit, m_ui->requesterNameEdit, m_ui->requesterContactEdit,
             m_ui->rightCombo, m_ui->channelCombo, m_ui->clientCombo, m_ui->statusCombo,
             m_ui->extendedCheck, m_ui->extensionReasonEdit, m_ui->outcomeEdit,
             m_ui->refusalReasonEdit}) {
        watch(widget);
    }
    for (DateField* date : dates) {
        watch(date);
    }
    connect(this, &RecordEditor::changed, this, &RequestEditor::updateEnabled);
    updateEnabled();
}

RequestEditor::~RequestEditor() = default;

QString RequestEditor::dialogTitle() const
{
    return isNew() ? tr("New request") : tr("Edit request");
}

QString RequestEditor::nameOf(const DataSubjectRequest& record) const
{
    return record.reference.isEmpty() ? tr("request of %1").arg(record.requesterName)
                                      : record.reference;
}

void RequestEditor::updateEnabled()
{
    const bool extended = m_ui->extendedCheck->isChecked();
    m_ui->extensionToldOnEdit->setEnabled(extended);
    m_ui->extensionReasonEdit->setEnabled(extended);
    m_ui->clientInformedDateEdit->setEnabled(m_ui->clientCombo->currentData().toLongLong() != 0 ||
                                             m_ui->clientInformedDateEdit->value().isValid());
}

DataSubjectRequest RequestEditor::value() const
{
    DataSubjectRequest value = loaded();
    value.reference = m_ui->referenceEdit->text();
    value.requesterName = m_ui->requesterNameEdit->text();
    value.requesterContact = m_ui->requesterContactEdit->text();
    value.right = enumOf<core::DataSubjectRight>(m_ui->rightCombo).value_or(value.right);
    value.receivedDate = m_ui->receivedDateEdit->value();
    value.channel = enumOf<core::RequestChannel>(m_ui->channelCombo).value_or(value.channel);
    value.identityRequestedDate = m_ui->identityRequestedDateEdit->value();
    value.identityVerifiedDate = m_ui->identityVerifiedDateEdit->value();
    value.idCopyDestroyedDate = m_ui->idCopyDestroyedDateEdit->value();
    value.clientId = m_ui->clientCombo->currentData().toLongLong();
    value.clientInformedDate = m_ui->clientInformedDateEdit->value();
    value.status = enumOf<core::RequestStatus>(m_ui->statusCombo).value_or(value.status);
    if (m_ui->extendedCheck->isChecked()) {
        value.extension = core::RequestExtension{m_ui->extensionToldOnEdit->value(),
                                                 m_ui->extensionReasonEdit->text()};
    } else {
        value.extension.reset();
    }
    value.answeredDate = m_ui->answeredDateEdit->value();
    value.outcome = m_ui->outcomeEdit->toPlainText();
    value.refusalReason = m_ui->refusalReasonEdit->text();
    return value;
}

} // namespace pr::gui
