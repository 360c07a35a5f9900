#include "gui/editing/RequestStepDialog.h"

#include "core/calendar/DeadlineCalendar.h"
#include "core/workflow/RequestWorkflow.h"
#include "gui/editors/DateField.h"
#include "gui/sections/DisplayText.h"

#include <QComboBox>
#include <QPlainTextEdit>

namespace pr::gui {

using core::RequestStep;

namespace {

QString dateLabelOf(RequestStep step)
{
    switch (step) {
    case RequestStep::RequestIdentity:
        return RequestStepDialog::tr("Asked on:");
    case RequestStep::VerifyIdentity:
        return RequestStepDialog::tr("Verified on:");
    case RequestStep::Start:
        return RequestStepDialog::tr("Started on:");
    case RequestStep::Extend:
        return RequestStepDialog::tr("Requester told on:");
    case RequestStep::InformClient:
        return RequestStepDialog::tr("Client informed on:");
    case RequestStep::Answer:
        return RequestStepDialog::tr("Answered on:");
    case RequestStep::Refuse:
        return RequestStepDialog::tr("Refused on:");
    case RequestStep::Withdraw:
        return RequestStepDialog::tr("Withdrawn on:");
    }
    return {};
}

QString introOf(const core::DataSubjectRequest& request)
{
    const QString who = request.requesterName.isEmpty()
                            ? RequestStepDialog::tr("Request %1").arg(request.reference)
                            : RequestStepDialog::tr("Request %1 of %2")
                                  .arg(request.reference, request.requesterName);
    return RequestStepDialog::tr("%1, received on %2.")
        .arg(who, DisplayText::date(request.receivedDate));
}

} // namespace

RequestStepDialog::RequestStepDialog(RequestStep step, const core::DataSubjectRequest& request,
                                     QDate today, QWidget* parent)
    : StepDialog(core::enumLabel(step), dateLabelOf(step), core::RequestWorkflow::dateField(step),
                 today, parent)
    , m_step(step)
{
    setObjectName(QStringLiteral("requestStepDialog"));
    setIntro(introOf(request));
    switch (step) {
    case RequestStep::VerifyIdentity:
        m_copyDestroyed = new DateField(this);
        m_copyDestroyed->setObjectName(QStringLiteral("idCopyDestroyed"));
        m_copyDestroyed->setSuggestedDate(today);
        addField(tr("ID copy destroyed on:"), m_copyDestroyed,
                 QStringLiteral("idCopyDestroyedDate"), tr("ID copy destroyed on"));
        addNote(tr("Only this date is kept, never the copy. Leave it empty when you received no "
                   "copy."));
        break;
    case RequestStep::Extend: {
        m_reason = textField(QStringLiteral("stepReason"));
        addField(tr("Reason:"), m_reason, QStringLiteral("extension.reason"), tr("reason"));
        const QDate noticeBy = core::requestDeadlines(request.receivedDate).extensionNoticeBy;
        addNote(tr("Tell the requester within the first month, by %1, and why (AVG art. 12(3)).")
                    .arg(DisplayText::date(noticeBy)));
        break;
    }
    case RequestStep::Answer:
        m_outcome = textField(QStringLiteral("stepOutcome"));
        addField(tr("What was done:"), m_outcome);
        break;
    case RequestStep::Refuse:
        m_ground = new QComboBox(this);
        m_ground->setObjectName(QStringLiteral("refusalGround"));
        // Only the grounds that can refuse this right (core::refusalGroundFits); none chosen
        // to start with, so that the choice is the user's.
        m_ground->addItem(tr("(choose the ground)"), QString());
        for (const core::RefusalGround ground : core::enumValues<core::RefusalGround>()) {
            if (core::refusalGroundFits(ground, request.right)) {
                m_ground->addItem(core::enumLabel(ground), core::enumCode(ground));
            }
        }
        addField(tr("Ground:"), m_ground, QStringLiteral("refusalGround"),
                 tr("ground of the refusal"));
        m_reason = textField(QStringLiteral("stepReason"));
        addField(tr("Reason for refusal:"), m_reason, QStringLiteral("refusalReason"),
                 tr("reason for refusal"));
        m_outcome =
            textField(QStringLiteral("stepOutcome"), core::RequestWorkflow::complaintInformation());
        addField(tr("Told about complaint and appeal:"), m_outcome);
        addNote(tr("The requester must hear why, and that they can complain to the Autoriteit "
                   "Persoonsgegevens or go to court (AVG art. 12(4))."));
        break;
    case RequestStep::Withdraw:
        m_outcome = textField(QStringLiteral("stepOutcome"));
        addField(tr("Note:"), m_outcome);
        break;
    case RequestStep::RequestIdentity:
        m_doubt = textField(QStringLiteral("identityDoubt"));
        addField(tr("Why in doubt:"), m_doubt, QStringLiteral("identityDoubt"),
                 tr("why the identity is in doubt"));
        m_proofAsked = textField(QStringLiteral("identityProofAsked"));
        addField(tr("What you ask for:"), m_proofAsked);
        addNote(tr("Proof may only be asked when there is reasonable doubt, and no more than "
                   "needed (AVG art. 12(6)). The letter states both; the deadline keeps running "
                   "from receipt."));
        break;
    case RequestStep::Start:
    case RequestStep::InformClient:
        break;
    }
    fitWidth(520);
}

QPlainTextEdit* RequestStepDialog::textField(const QString& objectName, const QString& text)
{
    auto* edit = new QPlainTextEdit(text, this);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    // A few lines: a reason or a note, not a letter.
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 2 * edit->frameWidth() + 8);
    return edit;
}

core::RequestStepDetails RequestStepDialog::details() const
{
    core::RequestStepDetails details;
    if (m_reason != nullptr) {
        details.reason = m_reason->toPlainText();
    }
    if (m_outcome != nullptr) {
        details.outcome = m_outcome->toPlainText();
    }
    if (m_copyDestroyed != nullptr) {
        details.idCopyDestroyed = m_copyDestroyed->value();
    }
    if (m_doubt != nullptr) {
        details.identityDoubt = m_doubt->toPlainText();
        details.identityProofAsked = m_proofAsked->toPlainText();
    }
    if (m_ground != nullptr) {
        details.refusalGround =
            core::enumFromCode<core::RefusalGround>(m_ground->currentData().toString());
    }
    return details;
}

} // namespace pr::gui
