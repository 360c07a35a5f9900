#pragma once

#include "core/workflow/SubProcessorImpact.h"
#include "usecases/ChangeResult.h"

#include <QDialog>
#include <QPointer>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace pr::core {
class Clock;
}

namespace pr::gui {

class ObjectionDialog;
class RegisterEditor;

// The clients a new, replacing or widened sub-processor touches (usecases::SubProcessorNotices),
// one row each with its agreement, the objection period of that agreement and where its notice
// stands. For the chosen client the user saves the notice as a PDF (render
// subprocessor-notice), records that it was sent, and records an objection when one comes.
class SubProcessorNoticesDialog : public QDialog {
    Q_OBJECT

public:
    SubProcessorNoticesDialog(RegisterEditor& editor, const core::Clock& clock,
                              qint64 subProcessorId, QList<core::AffectedClient> clients,
                              QWidget* parent = nullptr);

    QTreeWidget* clientList() const { return m_list; }
    QLineEdit* replacesEdit() const { return m_replaces; }
    QDateEdit* sentDateEdit() const { return m_sentDate; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* sentButton() const { return m_sent; }
    QPushButton* objectionButton() const { return m_objection; }
    QLabel* statusLabel() const { return m_status; }

    // The notice of the chosen client as a PDF at PATH; false (with the reason shown) when it
    // cannot be made or written. The save button asks for PATH first.
    bool saveNoticeTo(const QString& path);
    // Records that the chosen client's notice was sent on the date shown.
    usecases::ChangeResult recordSent();
    // Opens the objection dialog for the chosen client's notice; nullptr without one.
    ObjectionDialog* startObjection();

private:
    qint64 currentClientId() const;
    void refresh();
    void updateButtons();
    void chooseSavePath();
    void finishObjection(ObjectionDialog* dialog, qint64 noticeId);
    void showStatus(const QString& text);

    RegisterEditor& m_editor;
    const core::Clock& m_clock;
    qint64 m_subProcessorId;
    QList<core::AffectedClient> m_clients;
    QTreeWidget* m_list;
    QLineEdit* m_replaces;
    QDateEdit* m_sentDate;
    QPushButton* m_save;
    QPushButton* m_sent;
    QPushButton* m_objection;
    QLabel* m_status;
    QPointer<ObjectionDialog> m_objectionDialog;
};

} // namespace pr::gui
