#pragma once

#include "core/domain/DataSubjectRequest.h"
#include "core/domain/validation/DataSubjectRequestValidation.h"
#include "gui/editors/RecordEditorOf.h"
#include "storage/repositories/RequestRepository.h"

#include <memory>
#include <optional>

namespace Ui {
class RequestEditor;
}

namespace pr::gui {

// The facts of a data subject's request: who asked what, how and when, the client it concerns
// (as processor) and the firm's reference. Its handling (status, identity check, extension,
// answer) is not a field here: it changes only through the dated steps of the request's
// details (RequestActions, core::RequestFacts), and an edit saves it as it was. A new request
// starts as received today.
class RequestEditor : public RecordEditorOf<core::DataSubjectRequest, storage::RequestRepository> {
    Q_OBJECT

public:
    RequestEditor(const storage::SqliteDatabase& db,
                  const std::optional<core::DataSubjectRequest>& record, QDate today,
                  QWidget* parent = nullptr);
    ~RequestEditor() override;

    QString dialogTitle() const override;
    core::DataSubjectRequest value() const override;
    QString nameOf(const core::DataSubjectRequest& record) const override;
    // The record's own validation and the rules of an edit (core::RequestFacts): a received
    // date in the future is refused under its field.
    QList<core::ValidationIssue> issues() const override;

private:
    std::unique_ptr<Ui::RequestEditor> m_ui;
    QDate m_today;
};

} // namespace pr::gui
