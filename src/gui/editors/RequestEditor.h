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

// A request of a data subject: who asked what and when, the identity check, the client it
// concerns (as processor), an extension of the deadline, and the answer. A new request
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

private:
    void updateEnabled();

    std::unique_ptr<Ui::RequestEditor> m_ui;
};

} // namespace pr::gui
