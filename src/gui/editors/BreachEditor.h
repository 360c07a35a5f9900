#pragma once

#include "core/domain/Breach.h"
#include "core/domain/validation/BreachValidation.h"
#include "gui/editors/RecordEditorOf.h"
#include "storage/repositories/BreachRepository.h"

#include <memory>
#include <optional>

class QComboBox;

namespace pr::gui {
class BreachRiskDialog;
}

namespace Ui {
class BreachEditor;
}

namespace pr::gui {

// A data breach: what the AP's notification form asks, in its order (who reported it, the
// timeline, its kinds, the data and people, protection, consequences, measures, the risk with
// the decision aid of BreachRiskDialog, international aspects), the decision to report it to the
// AP (with the reports), to inform the people, and, as processor, when the client was told. A
// new breach starts as discovered now. Breaches are edited, never deleted (art. 33(5)).
class BreachEditor : public RecordEditorOf<core::Breach, storage::BreachRepository> {
    Q_OBJECT

public:
    BreachEditor(const storage::SqliteDatabase& db, const std::optional<core::Breach>& record,
                 const QDateTime& now, QWidget* parent = nullptr);
    ~BreachEditor() override;

    QString dialogTitle() const override;
    core::Breach value() const override;
    QString nameOf(const core::Breach& record) const override;

    // Opens the decision aid on the breach as it stands in the form (what "Assess the risk…"
    // does); its OK puts the chosen level and the reasoning into the form.
    BreachRiskDialog* assessRisk();

private:
    void updateEnabled();

    std::unique_ptr<Ui::BreachEditor> m_ui;
};

} // namespace pr::gui
