#pragma once

#include "core/calendar/Period.h"
#include "core/domain/DataSubjectRequest.h"

#include <QList>
#include <QObject>

class QAction;
class QMessageBox;
class QPushButton;
class QUndoStack;
class QWidget;

namespace pr::gui {

class RecordListPage;
class RegisterEditor;
class SectionPages;

// "Anonymise expired requests…" (privacy of the requester), both a button in the
// requests section's details and an action for the Edit menu, so that it is found without
// selecting a request first: lists the closed requests kept past their retention period (the
// setting), asks once, and anonymises all of them in one write with
// usecases::ExpiredRequestAnonymisation, the same use case as `privacyregister-cli
// anonymise-requests`. Button
// and action are disabled, with the same tooltip saying why, when the register is read-only
// or nothing is due.
class AnonymiseRequests : public QObject {
    Q_OBJECT

public:
    AnonymiseRequests(RegisterEditor& editor, QUndoStack& undo, SectionPages& pages,
                      QWidget* window);

    QPushButton* button() const { return m_button; }
    QAction* action() const { return m_action; }
    // The requests the action would anonymise now.
    QList<core::DataSubjectRequest> expired() const;
    // Opens the confirmation listing expired() (what the button does); nullptr when there is
    // nothing to do or the register is read-only. Accepting it anonymises them.
    QMessageBox* start();

    // The retention period of closed requests (the setting) changed: what is due changes too.
    void setRetentionPeriod(const core::Period& period);
    // Enables the button and the action when something is due (the clock may have moved on).
    void updateState();

private:
    void anonymise(const QList<core::DataSubjectRequest>& requests);

    RegisterEditor& m_editor;
    QUndoStack& m_undo;
    QWidget* m_window;
    RecordListPage* m_requests;
    QPushButton* m_button;
    QAction* m_action;
    core::Period m_retention;
};

} // namespace pr::gui
