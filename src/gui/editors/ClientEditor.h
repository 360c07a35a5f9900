#pragma once

#include "core/domain/Client.h"
#include "core/domain/validation/ClientValidation.h"
#include "gui/editors/RecordEditorOf.h"
#include "storage/repositories/ClientRepository.h"

#include <memory>
#include <optional>

class QLineEdit;

namespace Ui {
class ClientEditor;
}

namespace pr::gui {

// A client: the party block of its DPA and where notices go.
class ClientEditor : public RecordEditorOf<core::Client, storage::ClientRepository> {
    Q_OBJECT

public:
    ClientEditor(const storage::SqliteDatabase& db, const std::optional<core::Client>& record,
                 QWidget* parent = nullptr);
    ~ClientEditor() override;

    QString dialogTitle() const override;
    core::Client value() const override;
    QString nameOf(const core::Client& record) const override { return record.legalName; }

private:
    std::unique_ptr<Ui::ClientEditor> m_ui;
    // Each field by the domain member it edits, as validation names it.
    QList<QPair<QString, QLineEdit*>> m_fields;
};

} // namespace pr::gui
