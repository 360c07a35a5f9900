#include "gui/editors/TextListEdit.h"

#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace pr::gui {

TextListEdit::TextListEdit(QWidget* parent)
    : QWidget(parent)
    , m_picker(new ListEntryCombo(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_list(new QListWidget(this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_up(new QPushButton(tr("Up"), this))
    , m_down(new QPushButton(tr("Down"), this))
{
    // As wide as the form allows, not as the longest choice.
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_picker->setMinimumContentsLength(12);
    m_picker->lineEdit()->setPlaceholderText(tr("Pick or type, then Enter"));
    m_list->installEventFilter(this);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->setMaximumHeight(110);
    for (QPushButton* button : {m_add, m_remove, m_up, m_down}) {
        button->setAutoDefault(false);
    }

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_picker, 0, 0);
    grid->addWidget(m_add, 0, 1);
    grid->addWidget(m_list, 1, 0);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch();
    grid->addLayout(buttons, 1, 1);
    setFocusProxy(m_picker);

    connect(m_picker, &ListEntryCombo::entered, this, &TextListEdit::addFromPicker);
    connect(m_add, &QPushButton::clicked, this, &TextListEdit::addFromPicker);
    connect(m_remove, &QPushButton::clicked, this, &TextListEdit::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        updateButtons();
        Q_EMIT currentRowChanged(row);
    });
    connect(m_list, &QListWidget::itemChanged, this, &TextListEdit::changed);
    setListName(tr("List"));
    updateButtons();
}

void TextListEdit::setListName(const QString& name)
{
    m_listName = name;
    m_picker->setAccessibleName(tr("Add to %1").arg(name));
    m_picker->lineEdit()->setAccessibleName(tr("Add to %1").arg(name));
    m_add->setAccessibleName(tr("Add to %1").arg(name));
    m_list->setAccessibleName(name);
    m_remove->setAccessibleName(tr("Remove from %1").arg(name));
    m_up->setAccessibleName(tr("Move up in %1").arg(name));
    m_down->setAccessibleName(tr("Move down in %1").arg(name));
}

void TextListEdit::setChoices(const QStringList& choices)
{
    const QString typed = m_picker->currentText();
    m_picker->clear();
    m_picker->addItems(choices);
    m_picker->setEditText(typed);
    // Suggest entries that contain what is typed, anywhere, in any case.
    auto* completer = new QCompleter(choices, m_picker);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_picker->setCompleter(completer);
}

QStringList TextListEdit::items() const
{
    QStringList result;
    for (int row = 0; row < m_list->count(); ++row) {
        result << m_list->item(row)->text();
    }
    return result;
}

void TextListEdit::setItems(const QStringList& items)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const QString& text : items) {
        auto* item = new QListWidgetItem(text, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    updateButtons();
    Q_EMIT currentRowChanged(m_list->currentRow());
}

void TextListEdit::addItem(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return;
    }
    auto* item = new QListWidgetItem(trimmed);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    {
        const QSignalBlocker blocker(m_list);
        m_list->addItem(item);
    }
    m_list->setCurrentItem(item);
    updateButtons();
    Q_EMIT changed();
}

QString TextListEdit::pendingText() const
{
    // A disabled list cannot take it (the operations while no staff role is selected).
    const QString text = m_picker->currentText().trimmed();
    if (text.isEmpty() || !isEnabled()) {
        return {};
    }
    // Compared as validation compares the items: adding it again would only be "listed twice".
    const QString key = text.toCaseFolded();
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->text().trimmed().toCaseFolded() == key) {
            return {};
        }
    }
    return text;
}

void TextListEdit::addPendingText()
{
    const QString text = pendingText();
    if (!text.isEmpty()) {
        addItem(text);
        m_picker->setEditText(QString());
    }
}

void TextListEdit::addFromPicker()
{
    addItem(m_picker->currentText());
    m_picker->setEditText(QString());
}

void TextListEdit::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0) {
        return;
    }
    delete m_list->takeItem(row);
    updateButtons();
    Q_EMIT changed();
}

void TextListEdit::move(int step)
{
    const int row = m_list->currentRow();
    const int target = row + step;
    if (row < 0 || target < 0 || target >= m_list->count()) {
        return;
    }
    QListWidgetItem* item;
    {
        const QSignalBlocker blocker(m_list);
        item = m_list->takeItem(row);
        m_list->insertItem(target, item);
    }
    m_list->setCurrentItem(item);
    updateButtons();
    Q_EMIT changed();
}

void TextListEdit::updateButtons()
{
    const int row = m_list->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_list->count());
}

bool TextListEdit::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress) {
        return QWidget::eventFilter(watched, event);
    }
    const auto* key = static_cast<QKeyEvent*>(event);
    // While an item is being edited its editor has the focus and these keys go there.
    if (watched == m_list) {
        if (key->key() == Qt::Key_Delete) {
            removeCurrent();
            return true;
        }
        if (key->modifiers().testFlag(Qt::AltModifier) &&
            (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            move(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pr::gui
