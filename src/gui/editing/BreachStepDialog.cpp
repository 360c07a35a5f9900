#include "gui/editing/BreachStepDialog.h"

#include "core/calendar/DeadlineCalendar.h"
#include "core/workflow/BreachWorkflow.h"
#include "gui/sections/DisplayText.h"

#include <QLineEdit>
#include <QPlainTextEdit>

namespace pr::gui {

using core::BreachStep;

namespace {

bool isFollowUp(BreachStep step, const core::Breach& breach)
{
    return step == BreachStep::ReportToAuthority && !breach.apNotifications.isEmpty();
}

QString titleOf(BreachStep step, const core::Breach& breach)
{
    switch (step) {
    case BreachStep::ReportToAuthority:
        return isFollowUp(step, breach) ? BreachStepDialog::tr("Follow-up report to the AP")
                                        : BreachStepDialog::tr("Report to the AP");
    case BreachStep::DecideNotToReport:
        return BreachStepDialog::tr("Not reported to the AP");
    case BreachStep::InformClient:
        return BreachStepDialog::tr("Client informed");
    case BreachStep::InformSubjects:
        return BreachStepDialog::tr("People informed");
    case BreachStep::DecideNotToInform:
        return BreachStepDialog::tr("People not informed");
    }
    return {};
}

QString momentLabelOf(BreachStep step)
{
    switch (step) {
    case BreachStep::ReportToAuthority:
        return BreachStepDialog::tr("Reported on:");
    case BreachStep::DecideNotToReport:
    case BreachStep::DecideNotToInform:
        return BreachStepDialog::tr("Decided on:");
    case BreachStep::InformClient:
        return BreachStepDialog::tr("Client informed on:");
    case BreachStep::InformSubjects:
        return BreachStepDialog::tr("People informed on:");
    }
    return {};
}

QString introOf(const core::Breach& breach)
{
    const QString name = breach.reference.isEmpty() ? QString::number(breach.id) : breach.reference;
    return BreachStepDialog::tr("Breach %1, discovered on %2.")
        .arg(name, DisplayText::dateTime(breach.discoveredAt));
}

// The minute: what a person reads on a clock and types in the time field.
QDateTime toTheMinute(const QDateTime& moment)
{
    const QDateTime local = moment.toLocalTime();
    return QDateTime(local.date(), QTime(local.time().hour(), local.time().minute()));
}

} // namespace

BreachStepDialog::BreachStepDialog(BreachStep step, const core::Breach& breach,
                                   const QDateTime& now, QWidget* parent)
    : StepDialog(titleOf(step, breach), momentLabelOf(step),
                 core::BreachWorkflow::momentField(step), toTheMinute(now).date(), parent)
    , m_step(step)
{
    setObjectName(QStringLiteral("breachStepDialog"));
    setIntro(introOf(breach));
    addTime(toTheMinute(now).time());
    switch (step) {
    case BreachStep::ReportToAuthority:
        if (isFollowUp(step, breach)) {
            addNote(tr("Earlier reports: %n, the last on %1. This one adds what has become known "
                       "since (AVG art. 33(4)).",
                       nullptr, static_cast<int>(breach.apNotifications.size()))
                        .arg(DisplayText::dateTime(breach.apNotifications.last().at)));
        } else if (const QDateTime deadline = core::apNotificationDeadline(breach.discoveredAt);
                   deadline.isValid() && deadline < now) {
            addNote(tr("The 72 hours after the discovery ended on %1: give the reasons for the "
                       "delay in the report (AVG art. 33(1)).")
                        .arg(DisplayText::dateTime(deadline)));
        } else {
            addNote(tr("Report within 72 hours of the discovery, by %1 (AVG art. 33(1)). What is "
                       "not known yet can follow in a follow-up report.")
                        .arg(DisplayText::dateTime(deadline)));
        }
        m_text = textField(QStringLiteral("stepText"));
        addField(isFollowUp(step, breach) ? tr("What this report added:")
                                          : tr("What the report said:"),
                 m_text);
        m_apReference = new QLineEdit(breach.apReference, this);
        m_apReference->setObjectName(QStringLiteral("apReference"));
        addField(tr("AP reference number:"), m_apReference, QStringLiteral("apReference"),
                 tr("AP reference number"));
        if (breach.apReference.isEmpty()) {
            addNote(tr("The number in the AP's confirmation of the report. Leave it empty when "
                       "you do not have it yet."));
        }
        break;
    case BreachStep::DecideNotToReport:
        m_text = textField(QStringLiteral("stepReason"));
        addField(tr("Reason:"), m_text, QStringLiteral("apNotNotifiedReason"), tr("reason"));
        addNote(tr("The AVG asks you to document why the breach is unlikely to result in a risk "
                   "to the people (art. 33(1) and (5)), for example because the data was "
                   "encrypted or the recipient deleted it unread. The AP can ask for it."));
        break;
    case BreachStep::DecideNotToInform:
        m_text = textField(QStringLiteral("stepReason"));
        addField(tr("Reason:"), m_text, QStringLiteral("subjectsNotInformedReason"), tr("reason"));
        addNote(tr("Not telling them is allowed when the data cannot be read by others (e.g. "
                   "encrypted), when measures taken afterwards take the high risk away, or when "
                   "telling each of them would take a disproportionate effort; then make a "
                   "public announcement instead (AVG art. 34(3))."));
        break;
    case BreachStep::InformClient:
        addNote(tr("The client, as controller, decides on the report to the AP and on telling "
                   "the people (AVG art. 33(2))."));
        break;
    case BreachStep::InformSubjects:
        addNote(tr("The register keeps the day the people were told."));
        break;
    }
    fitWidth(540);
}

QPlainTextEdit* BreachStepDialog::textField(const QString& objectName)
{
    auto* edit = new QPlainTextEdit(this);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    // A few lines: a summary or a reason, not the report itself.
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 2 * edit->frameWidth() + 8);
    return edit;
}

core::BreachStepDetails BreachStepDialog::details() const
{
    core::BreachStepDetails details;
    if (m_text != nullptr) {
        details.text = m_text->toPlainText();
    }
    if (m_apReference != nullptr) {
        details.apReference = m_apReference->text();
    }
    return details;
}

} // namespace pr::gui
