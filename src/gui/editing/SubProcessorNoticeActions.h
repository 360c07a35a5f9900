#pragma once

#include "core/domain/SubProcessor.h"
#include "gui/editing/SubProcessorNoticesDialog.h"

#include <QObject>
#include <QPointer>

class QPushButton;
class QWidget;

namespace pr::core {
class Clock;
}

namespace pr::gui {

class RecordEditing;
class RegisterEditor;
class SectionPages;

// Telling the clients of a sub-processor change (art. 28(2) GDPR): a "Tell the clients…" button
// in the sub-processor's details, and, right after a sub-processor is added or starts serving
// more activities, the same dialog with the clients that change touches
// (SubProcessorNoticesDialog: render and save each notice, record it as sent, record an
// objection). A read-only register can still make the notices, not record them.
class SubProcessorNoticeActions : public QObject {
    Q_OBJECT

public:
    SubProcessorNoticeActions(RegisterEditor& editor, RecordEditing& editing, SectionPages& pages,
                              const core::Clock& clock, QWidget* window);

    QPushButton* notifyButton() const { return m_notify; }
    // The dialog for every client the selected sub-processor touches now; nullptr when none.
    SubProcessorNoticesDialog* notifyClients();
    // After BEFORE (nullopt: new) was saved as sub-processor ID: the dialog with the clients
    // the change touches, nullptr when it touches none.
    SubProcessorNoticesDialog* afterSave(const std::optional<core::SubProcessor>& before,
                                         qint64 id);
    SubProcessorNoticesDialog* openDialog() const { return m_dialog; }

private:
    void updateButton();
    SubProcessorNoticesDialog* show(qint64 id, QList<core::AffectedClient> clients);

    RegisterEditor& m_editor;
    SectionPages& m_pages;
    const core::Clock& m_clock;
    QWidget* m_window;
    QPushButton* m_notify;
    QPointer<SubProcessorNoticesDialog> m_dialog;
};

} // namespace pr::gui
