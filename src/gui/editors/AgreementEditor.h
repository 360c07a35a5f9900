#pragma once

#include "core/domain/Agreement.h"
#include "core/domain/ProcessingActivity.h"
#include "core/domain/validation/AgreementValidation.h"
#include "gui/editors/RecordEditorOf.h"
#include "storage/repositories/AgreementRepository.h"

#include <QHash>

#include <memory>
#include <optional>

namespace Ui {
class AgreementEditor;
}

namespace pr::gui {

// A processing agreement (DPA): the client, the contract's terms, the activities of its
// Bijlage 1 (only the processor activities done for the chosen client are offered) and who
// signs for each party. Where it stands in signing (sent, signed, the signed document) is
// shown, not edited: the agreement's own actions change it.
class AgreementEditor : public RecordEditorOf<core::Agreement, storage::AgreementRepository> {
    Q_OBJECT

public:
    AgreementEditor(const storage::SqliteDatabase& db, const std::optional<core::Agreement>& record,
                    QDate today, QWidget* parent = nullptr);
    ~AgreementEditor() override;

    QString dialogTitle() const override;
    core::Agreement value() const override;
    QString nameOf(const core::Agreement& record) const override;
    QList<core::ValidationIssue> issues() const override;

private:
    void offerActivities();

    std::unique_ptr<Ui::AgreementEditor> m_ui;
    QHash<qint64, QString> m_clientNames;
    QList<core::ProcessingActivity> m_activities;
};

} // namespace pr::gui
