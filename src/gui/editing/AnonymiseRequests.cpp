#include "gui/editing/AnonymiseRequests.h"

#include "core/workflow/RequestRetention.h"
#include "gui/editing/RegisterEditor.h"
#include "gui/pages/DetailPane.h"
#include "gui/pages/RecordListPage.h"
#include "gui/pages/SectionPages.h"
#include "storage/Register.h"
#include "usecases/requests/ExpiredRequestAnonymisation.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

namespace pr::gui {

using core::EntityKind;

AnonymiseRequests::AnonymiseRequests(RegisterEditor& editor, QUndoStack& undo, SectionPages& pages,
                                     QWidget* window)
    : QObject(window)
    , m_editor(editor)
    , m_undo(undo)
    , m_window(window)
    , m_requests(pages.listPage(EntityKind::DataSubjectRequest))
    , m_button(new QPushButton(tr("&Anonymise expired requests…"), window))
    , m_action(new QAction(m_button->text(), this))
    , m_retention(usecases::ExpiredRequestAnonymisation::retention(editor.context()))
{
    setObjectName(QStringLiteral("anonymiseRequests"));
    m_button->setObjectName(QStringLiteral("anonymiseExpiredRequests"));
    m_action->setObjectName(QStringLiteral("anonymiseExpiredRequestsAction"));
    m_requests->detailPane()->actions()->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, [this] { start(); });
    connect(m_action, &QAction::triggered, this, [this] { start(); });
    // Not on every selection in the list: finding what is due reads every request, half a
    // second on a register of 100,000. The state changes with the requests, the retention
    // setting and the day; a new day is picked up when the window opens again (after a lock).
    connect(&m_editor, &RegisterEditor::changed, this, [this](EntityKind kind, qint64) {
        if (kind == EntityKind::DataSubjectRequest) {
            updateState();
        }
    });
    updateState();
}

QList<core::DataSubjectRequest> AnonymiseRequests::expired() const
{
    return usecases::ExpiredRequestAnonymisation::due(m_editor.context(), m_retention);
}

void AnonymiseRequests::setRetentionPeriod(const core::Period& period)
{
    m_retention = period;
    updateState();
}

void AnonymiseRequests::updateState()
{
    const bool possible = !m_editor.isReadOnly() && !expired().isEmpty();
    const QString why =
        possible ? QString() : tr("No closed request is past its retention period.");
    m_button->setEnabled(possible);
    m_button->setToolTip(why);
    m_action->setEnabled(possible);
    m_action->setToolTip(why);
    // A menu shows no tooltips: the status bar says why the entry is grey.
    m_action->setStatusTip(why);
}

QMessageBox* AnonymiseRequests::start()
{
    const QList<core::DataSubjectRequest> requests = expired();
    if (m_editor.isReadOnly() || requests.isEmpty()) {
        return nullptr;
    }
    // Reference and closing date only: the names are what is about to go.
    QStringList lines;
    for (const core::DataSubjectRequest& request : requests) {
        lines << tr("%1, closed on %2")
                     .arg(request.reference,
                          QLocale().toString(core::RequestRetention::closedOn(request),
                                             QLocale::ShortFormat));
    }
    const int count = static_cast<int>(requests.size());
    auto* box = new QMessageBox(
        QMessageBox::Warning, tr("Anonymise expired requests"),
        tr("%n closed request(s) are past their retention period:", nullptr, count) +
            QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
            tr("The requester's name, contact and every free text will be removed. The "
               "reference, right, dates and outcome are kept for the statistics. This cannot "
               "be undone, and Edit > Undo will forget the changes made before."),
        QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("anonymiseRequestsConfirmation"));
    box->setTextFormat(Qt::PlainText); // references are the user's text
    QPushButton* confirm = box->addButton(tr("&Anonymise"), QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("anonymiseConfirm"));
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, confirm, requests](QAbstractButton* clicked) {
                if (clicked == confirm) {
                    anonymise(requests);
                }
            });
    // Not exec(): the window stays responsive, and tests can answer the dialog.
    box->open();
    return box;
}

void AnonymiseRequests::anonymise(const QList<core::DataSubjectRequest>& requests)
{
    // Not an undo command: undoing would put the requesters' personal data back, which is
    // exactly what the retention period says must go. One write: one transaction, one
    // encrypted save, and the audit trail records each request.
    // The selected request (the window keeps it selected after the change).
    usecases::ChangeResult result =
        usecases::ExpiredRequestAnonymisation::anonymise(m_editor.context(), requests);
    result.id = m_requests->currentId();
    m_editor.report(EntityKind::DataSubjectRequest, result);
    if (result.changed()) {
        // The commands on the stack hold snapshots of these requests with the names in them;
        // undoing one would bring a name back. Clearing is the honest choice (the dialog
        // said so).
        m_undo.clear();
    }
    updateState();
}

} // namespace pr::gui
