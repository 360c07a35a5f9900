#include "gui/editors/RequestEditor.h"

#include "core/workflow/RequestFacts.h"
#include "gui/editors/EnumCombo.h"
#include "storage/repositories/ClientRepository.h"
#include "ui_RequestEditor.h"

#include <QPlainTextEdit>

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
    , m_today(today)
{
    m_ui->setupUi(this);
    fillEnumCombo<core::DataSubjectRight>(m_ui->rightCombo);
    fillEnumCombo<core::RequestChannel>(m_ui->channelCombo);
    m_ui->clientCombo->addItem(tr("(own processing)"), qint64{0});
    for (const core::Client& client : storage::ClientRepository::all(db)) {
        m_ui->clientCombo->addItem(client.legalName, client.id);
    }
    m_ui->receivedDateEdit->setSuggestedDate(today);

    const DataSubjectRequest& start = loaded();
    m_ui->referenceEdit->setText(start.reference);
    m_ui->requesterNameEdit->setText(start.requesterName);
    m_ui->requesterContactEdit->setText(start.requesterContact);
    setEnum(m_ui->rightCombo, std::optional(start.right));
    m_ui->receivedDateEdit->setValue(start.receivedDate);
    setEnum(m_ui->channelCombo, std::optional(start.channel));
    const int client = m_ui->clientCombo->findData(start.clientId);
    if (client < 0) {
        // A client that is gone keeps its id, so that an unchanged request stays as it was.
        m_ui->clientCombo->addItem(tr("(client %1)").arg(start.clientId), start.clientId);
    }
    m_ui->clientCombo->setCurrentIndex(client >= 0 ? client : m_ui->clientCombo->count() - 1);
    m_ui->identityDoubtEdit->setPlainText(start.identityDoubt);
    m_ui->identityProofAskedEdit->setPlainText(start.identityProofAsked);
    m_ui->copyProvidedEdit->setText(start.copyProvided);
    m_ui->recipientsInformedEdit->setText(start.recipientsInformed);
    m_ui->notesEdit->setPlainText(start.notes);
    // The doubt and the proof are asked by the step "identity check requested"; here they can
    // be corrected once that step is recorded.
    const bool identityAsked = start.identityRequestedDate.isValid();
    m_ui->identityDoubtEdit->setEnabled(identityAsked);
    m_ui->identityProofAskedEdit->setEnabled(identityAsked);
    for (QPlainTextEdit* text :
         {m_ui->identityDoubtEdit, m_ui->identityProofAskedEdit, m_ui->notesEdit}) {
        text->setMaximumHeight(text->fontMetrics().lineSpacing() * 4 + 2 * text->frameWidth() + 8);
    }
    m_ui->copyProvidedEdit->setPlaceholderText(tr("Access: e.g. enclosed with this letter"));
    m_ui->recipientsInformedEdit->setPlaceholderText(
        tr("Erasure: who was told of it (AVG art. 19)"));
    m_ui->notesEdit->setToolTip(tr("Kept for the file only: no letter prints the notes."));
    // Where the handling went is not edited here: say where it is done instead.
    m_ui->handlingNote->setText(
        isNew() ? tr("A new request starts as received. Once it is saved, record its handling "
                     "(identity check, extension, answer) with the buttons in the request's "
                     "details.")
                : tr("Status: %1. The handling (identity check, extension, answer) is recorded "
                     "with the buttons in the request's details.")
                      .arg(core::enumLabel(start.status)));

    FieldIssues& issues = fieldIssues();
    QFormLayout* form = m_ui->form;
    issues.add(form, m_ui->requesterContactEdit, QStringLiteral("requesterName"),
               tr("name or contact"));
    issues.add(form, m_ui->receivedDateEdit, QStringLiteral("receivedDate"), tr("received on"));
    issues.add(form, m_ui->clientCombo, QStringLiteral("clientId"), tr("client"));
    issues.add(form, m_ui->identityDoubtEdit, QStringLiteral("identityDoubt"),
               tr("why the identity is in doubt"));
    for (QWidget* widget : std::initializer_list<QWidget*>{
             m_ui->referenceEdit, m_ui->requesterNameEdit, m_ui->requesterContactEdit,
             m_ui->rightCombo, m_ui->receivedDateEdit, m_ui->channelCombo, m_ui->clientCombo,
             m_ui->identityDoubtEdit, m_ui->identityProofAskedEdit, m_ui->copyProvidedEdit,
             m_ui->recipientsInformedEdit, m_ui->notesEdit}) {
        watch(widget);
    }
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

QList<core::ValidationIssue> RequestEditor::issues() const
{
    const DataSubjectRequest edited = value();
    QList<core::ValidationIssue> found = validate(edited);
    // The rules of an edit are the use case's (usecases::EditRules): the same call, so that
    // the form says before saving what the save would refuse.
    found += core::RequestFacts::check(isNew() ? nullptr : &loaded(), edited, m_today);
    return found;
}

DataSubjectRequest RequestEditor::value() const
{
    DataSubjectRequest facts = loaded();
    facts.reference = m_ui->referenceEdit->text();
    facts.requesterName = m_ui->requesterNameEdit->text();
    facts.requesterContact = m_ui->requesterContactEdit->text();
    facts.right = enumOf<core::DataSubjectRight>(m_ui->rightCombo).value_or(facts.right);
    facts.receivedDate = m_ui->receivedDateEdit->value();
    facts.channel = enumOf<core::RequestChannel>(m_ui->channelCombo).value_or(facts.channel);
    facts.clientId = m_ui->clientCombo->currentData().toLongLong();
    facts.identityDoubt = m_ui->identityDoubtEdit->toPlainText();
    facts.identityProofAsked = m_ui->identityProofAskedEdit->toPlainText();
    facts.copyProvided = m_ui->copyProvidedEdit->text();
    facts.recipientsInformed = m_ui->recipientsInformedEdit->text();
    facts.notes = m_ui->notesEdit->toPlainText();
    return core::RequestFacts::withHandlingOf(isNew() ? nullptr : &loaded(), facts);
}

} // namespace pr::gui
