#include "gui/editing/SubProcessorNoticeActions.h"

#include "gui/editing/RecordEditing.h"
#include "gui/editing/RegisterEditor.h"
#include "gui/editing/SubProcessorNoticesDialog.h"
#include "gui/pages/DetailPane.h"
#include "gui/pages/RecordListPage.h"
#include "gui/pages/SectionPages.h"
#include "storage/repositories/SubProcessorRepository.h"
#include "usecases/subprocessors/SubProcessorNotices.h"

#include <QPushButton>

namespace pr::gui {

using core::EntityKind;

SubProcessorNoticeActions::SubProcessorNoticeActions(RegisterEditor& editor, RecordEditing& editing,
                                                     SectionPages& pages, const core::Clock& clock,
                                                     QWidget* window)
    : QObject(window)
    , m_editor(editor)
    , m_pages(pages)
    , m_clock(clock)
    , m_window(window)
    , m_notify(new QPushButton(tr("&Tell the clients…"), window))
{
    setObjectName(QStringLiteral("subProcessorNoticeActions"));
    m_notify->setObjectName(QStringLiteral("notifyClientsButton"));
    m_notify->setToolTip(tr("The clients whose agreements this sub-processor touches: make "
                            "their notices and record them as sent."));
    RecordListPage* subProcessors = m_pages.listPage(EntityKind::SubProcessor);
    subProcessors->detailPane()->addActionRow(m_notify);
    connect(m_notify, &QPushButton::clicked, this, [this] { notifyClients(); });
    connect(subProcessors, &RecordListPage::currentRecordChanged, this,
            &SubProcessorNoticeActions::updateButton);
    connect(&editing, &RecordEditing::subProcessorSaved, this,
            [this](const std::optional<core::SubProcessor>& before, qint64 id) {
                afterSave(before, id);
            });
    updateButton();
}

void SubProcessorNoticeActions::updateButton()
{
    m_notify->setVisible(m_pages.listPage(EntityKind::SubProcessor)->currentId() != 0);
}

SubProcessorNoticesDialog* SubProcessorNoticeActions::notifyClients()
{
    const qint64 id = m_pages.listPage(EntityKind::SubProcessor)->currentId();
    return id != 0
               ? show(id, usecases::SubProcessorNotices::affectedClients(m_editor.context(), id))
               : nullptr;
}

SubProcessorNoticesDialog*
SubProcessorNoticeActions::afterSave(const std::optional<core::SubProcessor>& before, qint64 id)
{
    if (m_editor.isReadOnly()) {
        return nullptr;
    }
    const auto after = storage::SubProcessorRepository::find(m_editor.context().database(), id);
    if (!after) {
        return nullptr;
    }
    QList<core::AffectedClient> clients =
        before
            ? usecases::SubProcessorNotices::affectedByChange(m_editor.context(), *before, *after)
            : usecases::SubProcessorNotices::affectedClients(m_editor.context(), id);
    return clients.isEmpty() ? nullptr : show(id, std::move(clients));
}

SubProcessorNoticesDialog* SubProcessorNoticeActions::show(qint64 id,
                                                           QList<core::AffectedClient> clients)
{
    if (m_dialog) {
        m_dialog->close();
    }
    auto* dialog =
        new SubProcessorNoticesDialog(m_editor, m_clock, id, std::move(clients), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    // Window-modal, not exec(): tests drive it, and the main window keeps painting.
    dialog->open();
    return dialog;
}

} // namespace pr::gui
