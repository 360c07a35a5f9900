#pragma once

#include "core/domain/SecurityMeasure.h"
#include "core/domain/validation/SecurityMeasureValidation.h"
#include "gui/editors/RecordEditorOf.h"
#include "storage/repositories/SecurityMeasureRepository.h"

#include <memory>
#include <optional>

namespace Ui {
class MeasureEditor;
}

namespace pr::storage {
class SqliteDatabase;
}

namespace pr::gui {

// A security measure of Bijlage 2. The title's pick list offers the catalogue's measures and
// the titles in use; picking a catalogue measure fills in its group and description (when
// still empty) and remembers which entry it came from.
class MeasureEditor
    : public RecordEditorOf<core::SecurityMeasure, storage::SecurityMeasureRepository> {
    Q_OBJECT

public:
    MeasureEditor(const storage::SqliteDatabase& db,
                  const std::optional<core::SecurityMeasure>& record, QDate today,
                  QWidget* parent = nullptr);
    ~MeasureEditor() override;

    QString dialogTitle() const override;
    core::SecurityMeasure value() const override;
    QString nameOf(const core::SecurityMeasure& record) const override { return record.title; }

private:
    void takeFromCatalogue(const QString& title);
    QString catalogueIdOf(const QString& title) const;

    std::unique_ptr<Ui::MeasureEditor> m_ui;
};

} // namespace pr::gui
