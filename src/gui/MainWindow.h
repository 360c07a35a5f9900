#pragma once

#include "core/calendar/Period.h"
#include "core/domain/EntityKind.h"
#include "gui/Section.h"
#include "storage/Register.h"

#include <QMainWindow>

#include <memory>

class QPushButton;
class QUndoStack;

namespace Ui {
class MainWindow;
}

namespace pr::core {
class AppSettings;
class Clock;
} // namespace pr::core

namespace pr::gui {

class AnonymiseRequests;
class EditActions;
class RecordEditing;
class RegisterEditor;
class SectionPages;

// The window of one open register: the navigation on the left, the section on the right, the
// menus, and undo/redo of every change. It owns the register: closing the window closes the
// register, releases its lock and wipes its key. CLOCK (which must outlive the window) is
// what the overview's deadlines and the audit trail read the time from.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // SETTINGS (which must outlive the window) are the rules' settings: the promised answer
    // period, the retention of closed requests; the use cases read them as they read CLOCK.
    MainWindow(std::unique_ptr<storage::Register> reg, const core::Clock& clock,
               const core::AppSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    const storage::Register& currentRegister() const { return *m_register; }
    // Saves the register under PATH and continues there (File > Save as).
    bool saveAs(const QString& path);
    // Saves again what a failed save left unsaved, before the register is locked. True when
    // nothing is left unsaved; false (with the warning shown) when the save fails again.
    bool saveBeforeLock();

    void showSection(Section section);
    Section currentSection() const;
    // Shows the section of KIND with record ID selected (the overview's warnings lead here).
    bool showRecord(core::EntityKind kind, qint64 id);

    SectionPages& pages() const { return *m_pages; }
    QUndoStack* undoStack() const { return m_undo; }
    // The button in a security measure's details that marks it planned or in place.
    QPushButton* measureStatusButton() const;
    // Adding and editing records in their editors (Edit > New…, Edit > Edit…).
    RecordEditing& recordEditing() const { return *m_recordEditing; }

    // Edit > Delete: asks (a message box of this window), then deletes the selected record.
    void deleteSelected();
    // Marks the selected security measure as planned when in place, and the other way round.
    void toggleMeasureStatus();

    // Applies a changed promised answer period: the request deadlines and the overview are
    // computed again.
    void setPromisedAnswerPeriod(const core::Period& period);
    // Applies a changed retention period of closed requests: Edit > Anonymise expired
    // requests… and the overview look again at what is due.
    void setRequestRetentionPeriod(const core::Period& period);
    // Edit > Anonymise expired requests… (also a button in the requests' details).
    AnonymiseRequests& anonymiseRequests() const { return *m_anonymise; }

Q_SIGNALS:
    // Edit > Settings… (Ctrl+,): DesktopController shows the settings.
    void settingsRequested();

private:
    void setUpNavigation();
    void setUpEditing();
    void updateActions();
    void updateTitle();
    void chooseSaveAsPath();
    void saveAgain();
    void showAbout();
    void showMessage(const QString& title, const QString& text, const QString& details = {});

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<storage::Register> m_register;
    RegisterEditor* m_editor;
    QUndoStack* m_undo;
    SectionPages* m_pages = nullptr;
    AnonymiseRequests* m_anonymise = nullptr;
    EditActions* m_edits = nullptr;
    RecordEditing* m_recordEditing = nullptr;
};

} // namespace pr::gui
