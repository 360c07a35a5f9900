#include "gui/editing/EditActions.h"

#include "core/domain/validation/SecurityMeasureValidation.h"
#include "gui/editing/AppliedChangeCommand.h"
#include "gui/editing/DeleteRecordCommand.h"
#include "gui/editing/RegisterEditor.h"
#include "gui/pages/DetailPane.h"
#include "gui/pages/RecordListPage.h"
#include "gui/pages/SectionPages.h"
#include "storage/Register.h"
#include "storage/repositories/Referrer.h"
#include "storage/repositories/SecurityMeasureRepository.h"
#include "usecases/records/MeasureStatusChange.h"
#include "usecases/records/RecordSnapshot.h"

#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

namespace pr::gui {

using core::EntityKind;

EditActions::EditActions(RegisterEditor& editor, QUndoStack& undo, SectionPages& pages,
                         QWidget* window)
    : QObject(window)
    , m_editor(editor)
    , m_undo(undo)
    , m_pages(pages)
    , m_window(window)
    , m_statusButton(new QPushButton(window))
{
    RecordListPage* measures = m_pages.listPage(EntityKind::SecurityMeasure);
    measures->detailPane()->actions()->insertWidget(0, m_statusButton);
    connect(m_statusButton, &QPushButton::clicked, this, &EditActions::toggleMeasureStatus);
    connect(measures, &RecordListPage::currentRecordChanged, this,
            &EditActions::updateMeasureButton);
    updateMeasureButton();
}

const storage::Register& EditActions::currentRegister() const
{
    return m_editor.currentRegister();
}

bool EditActions::canDelete() const
{
    const RecordListPage* page = m_pages.currentListPage();
    return page != nullptr && page != m_pages.auditPage() && !m_editor.isReadOnly() &&
           usecases::RecordSnapshot::isDeletable(page->section().kind) && page->currentId() != 0;
}

void EditActions::deleteSelected()
{
    if (!canDelete()) {
        return;
    }
    const RecordListPage* page = m_pages.currentListPage();
    const EntityKind kind = page->section().kind;
    const qint64 id = page->currentId();
    const auto snapshot = usecases::RecordSnapshot::take(currentRegister().database(), kind, id);
    if (!snapshot) {
        return;
    }
    // Not exec(): the window stays responsive, and tests can answer the question.
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete"),
                                tr("Delete %1?").arg(storage::nameOf(snapshot->record())),
                                QMessageBox::NoButton, m_window);
    box->setTextFormat(Qt::PlainText); // the name is register content
    QString consequence = tr("You can undo this with Edit > Undo (Ctrl+Z).");
    if (kind == EntityKind::DataSubjectRequest) {
        // storage::RequestRepository::remove redacts the requester from the trail: say so
        // before, since undo brings the request back but not that history.
        consequence = tr("The requester's name, contact and texts are also removed from the "
                         "request's history in the audit trail. Edit > Undo (Ctrl+Z) brings the "
                         "request back, but not that history.");
    }
    box->setInformativeText(consequence);
    QPushButton* confirm = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, confirm, kind, id] {
        if (box->clickedButton() != confirm) {
            return;
        }
        // Read again: the record as it is when the user confirms is the one undo restores.
        if (auto current = usecases::RecordSnapshot::take(currentRegister().database(), kind, id)) {
            m_undo.push(new DeleteRecordCommand(m_editor, std::move(current)));
        }
    });
    box->open();
}

void EditActions::toggleMeasureStatus()
{
    const qint64 id = m_pages.listPage(EntityKind::SecurityMeasure)->currentId();
    const auto measure = storage::SecurityMeasureRepository::find(currentRegister().database(), id);
    if (!measure || m_editor.isReadOnly()) {
        return;
    }
    const core::MeasureStatus to = measure->status == core::MeasureStatus::InPlace
                                       ? core::MeasureStatus::Planned
                                       : core::MeasureStatus::InPlace;
    auto change = usecases::MeasureStatusChange::set(m_editor.context(), id, to);
    m_editor.report(EntityKind::SecurityMeasure, change.result);
    if (change.taken()) {
        const QString text = to == core::MeasureStatus::Planned
                                 ? tr("mark '%1' as planned").arg(measure->title)
                                 : tr("mark '%1' as in place").arg(measure->title);
        m_undo.push(
            new AppliedChangeCommand<storage::SecurityMeasureRepository, core::SecurityMeasure>(
                m_editor, EntityKind::SecurityMeasure, *change.before, *change.after, text));
    }
}

void EditActions::updateMeasureButton()
{
    const qint64 id = m_pages.listPage(EntityKind::SecurityMeasure)->currentId();
    const auto measure =
        id != 0 ? storage::SecurityMeasureRepository::find(currentRegister().database(), id)
                : std::nullopt;
    const bool inPlace = measure && measure->status == core::MeasureStatus::InPlace;
    m_statusButton->setText(inPlace ? tr("Mark as &planned") : tr("Mark as &in place"));
    m_statusButton->setAccessibleName(inPlace ? tr("Mark as planned") : tr("Mark as in place"));
    m_statusButton->setEnabled(measure.has_value());
    // Read-only: no edit to offer, rather than a button that never works.
    m_statusButton->setVisible(!m_editor.isReadOnly());
}

} // namespace pr::gui
