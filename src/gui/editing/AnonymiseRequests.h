#pragma once

#include "core/domain/DataSubjectRequest.h"

#include <QList>
#include <QObject>

class QMessageBox;
class QPushButton;
class QUndoStack;
class QWidget;

namespace pr::core {
class Clock;
}

namespace pr::gui {

class RecordListPage;
class RegisterEditor;
class SectionPages;

// "Anonymise expired requests…" in the requests section (issue 8, privacy of the requester):
// lists the closed requests kept past their retention period (the setting), asks once, and
// anonymises all of them in one RegisterEditor::write, with storage::ExpiredRequests, the
// same code as `privacyregister-cli anonymise-requests`. Disabled when the register is
// read-only or nothing is due.
class AnonymiseRequests : public QObject {
    Q_OBJECT

public:
    AnonymiseRequests(RegisterEditor& editor, QUndoStack& undo, SectionPages& pages,
                      const core::Clock& clock, QWidget* window);

    QPushButton* button() const { return m_button; }
    // The requests the action would anonymise now.
    QList<core::DataSubjectRequest> expired() const;
    // Opens the confirmation listing expired() (what the button does); nullptr when there is
    // nothing to do or the register is read-only. Accepting it anonymises them.
    QMessageBox* start();

    void updateButton();

private:
    void anonymise(const QList<core::DataSubjectRequest>& requests);

    RegisterEditor& m_editor;
    QUndoStack& m_undo;
    const core::Clock& m_clock;
    QWidget* m_window;
    RecordListPage* m_requests;
    QPushButton* m_button;
};

} // namespace pr::gui
