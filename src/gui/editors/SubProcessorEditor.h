#pragma once

#include "core/domain/SubProcessor.h"
#include "core/domain/validation/SubProcessorValidation.h"
#include "gui/editors/RecordEditorOf.h"
#include "storage/repositories/SubProcessorRepository.h"

#include <memory>
#include <optional>

namespace Ui {
class SubProcessorEditor;
}

namespace pr::gui {

// A sub-processor: who it is, what it does, where the data is (with the safeguard when it
// leaves the EEA), the date of its agreement and the activities it serves.
class SubProcessorEditor
    : public RecordEditorOf<core::SubProcessor, storage::SubProcessorRepository> {
    Q_OBJECT

public:
    SubProcessorEditor(const storage::SqliteDatabase& db,
                       const std::optional<core::SubProcessor>& record, QDate today,
                       QWidget* parent = nullptr);
    ~SubProcessorEditor() override;

    QString dialogTitle() const override;
    core::SubProcessor value() const override;
    QString nameOf(const core::SubProcessor& record) const override { return record.name; }

private:
    std::unique_ptr<Ui::SubProcessorEditor> m_ui;
};

} // namespace pr::gui
