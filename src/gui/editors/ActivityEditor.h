#pragma once

#include "core/domain/ProcessingActivity.h"
#include "core/domain/validation/ProcessingActivityValidation.h"
#include "gui/editors/RecordEditorOf.h"
#include "storage/repositories/ActivityRepository.h"

#include <QHash>

#include <memory>
#include <optional>

class QListWidget;

namespace Ui {
class ActivityEditor;
}

namespace pr::storage {
class SqliteDatabase;
}

namespace pr::gui {

// A processing activity: name and role, the clients it is done for, purposes and legal basis,
// the data with its sensitive kinds, the staff roles with their operations, retention,
// recipients, transfers and source, and per client what differs for that client. Pick lists
// offer the catalogues and what other activities already use.
class ActivityEditor
    : public RecordEditorOf<core::ProcessingActivity, storage::ActivityRepository> {
    Q_OBJECT

public:
    // RECORD is nothing for a new activity.
    ActivityEditor(const storage::SqliteDatabase& db,
                   const std::optional<core::ProcessingActivity>& record,
                   QWidget* parent = nullptr);
    ~ActivityEditor() override;

    QString dialogTitle() const override;
    core::ProcessingActivity value() const override;
    QString nameOf(const core::ProcessingActivity& record) const override { return record.name; }

protected:
    QList<core::ValidationIssue> placeIssues(const QList<core::ValidationIssue>& issues) override;

private:
    void offerChoices(const storage::SqliteDatabase& db);
    void load(const core::ProcessingActivity& record);
    void showOperationsOf(int roleRow);
    void storeOperations();
    QList<core::StaffRole> staffRoles() const;
    void updateEnabled();
    void updateClientScopes();
    void addStatementFields();

    std::unique_ptr<Ui::ActivityEditor> m_ui;
    QHash<qint64, QString> m_clientNames;
    QListWidget* m_audiences = nullptr;    // the privacy statements that name it
    QListWidget* m_furtherBases = nullptr; // legal bases besides the main one
};

} // namespace pr::gui
