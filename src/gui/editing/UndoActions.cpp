#include "gui/editing/UndoActions.h"

#include "gui/editing/SaveRecordCommand.h"

#include <QAction>
#include <QUndoStack>

namespace pr::gui {

UndoActions::UndoActions(QUndoStack& stack, QObject* parent)
    : QObject(parent)
    , m_stack(stack)
    , m_undo(new QAction(tr("&Undo"), this))
    , m_redo(new QAction(tr("&Redo"), this))
{
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(m_undo, &QAction::triggered, this, [this] {
        // The action may still be triggered by its shortcut between two updates.
        if (m_undo->isEnabled()) {
            m_stack.undo();
        }
    });
    connect(m_redo, &QAction::triggered, &m_stack, &QUndoStack::redo);
    connect(&m_stack, &QUndoStack::indexChanged, this, &UndoActions::update);
    connect(&m_stack, &QUndoStack::cleanChanged, this, &UndoActions::update);
    connect(&m_stack, &QUndoStack::canUndoChanged, this, &UndoActions::update);
    connect(&m_stack, &QUndoStack::canRedoChanged, this, &UndoActions::update);
    update();
}

void UndoActions::update()
{
    const auto* last =
        m_stack.index() > 0
            ? dynamic_cast<const SaveRecordCommand*>(m_stack.command(m_stack.index() - 1))
            : nullptr;
    if (last != nullptr && last->isPermanent()) {
        m_undo->setEnabled(false);
        m_undo->setText(tr("Cannot undo: %1").arg(last->text()));
        m_undo->setToolTip(last->whyPermanent());
        m_undo->setStatusTip(last->whyPermanent());
    } else {
        const QString text = m_stack.undoText();
        m_undo->setEnabled(m_stack.canUndo());
        m_undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo: %1").arg(text));
        m_undo->setToolTip(QString());
        m_undo->setStatusTip(QString());
    }
    const QString redoText = m_stack.redoText();
    m_redo->setEnabled(m_stack.canRedo());
    m_redo->setText(redoText.isEmpty() ? tr("&Redo") : tr("&Redo: %1").arg(redoText));
}

} // namespace pr::gui
