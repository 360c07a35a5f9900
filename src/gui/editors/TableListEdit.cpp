#include "gui/editors/TableListEdit.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pr::gui {

TableListEdit::TableListEdit(const Texts& texts, QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, static_cast<int>(texts.headers.size()), this))
    , m_add(new QPushButton(texts.add, this))
    , m_remove(new QPushButton(texts.remove, this))
{
    m_table->setHorizontalHeaderLabels(texts.headers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setMaximumHeight(120);
    m_table->setAccessibleName(texts.tableName);
    m_add->setAutoDefault(false);
    m_remove->setAutoDefault(false);
    m_add->setAccessibleName(texts.add);
    m_remove->setAccessibleName(texts.remove);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    setFocusProxy(m_table);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow();
        Q_EMIT changed();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) {
            m_table->removeRow(m_table->currentRow());
            updateButtons();
            Q_EMIT changed();
        }
    });
    connect(m_table, &QTableWidget::itemChanged, this, &TableListEdit::changed);
    connect(m_table, &QTableWidget::currentCellChanged, this, &TableListEdit::updateButtons);
    updateButtons();
}

void TableListEdit::updateButtons()
{
    m_remove->setEnabled(m_table->currentRow() >= 0);
}

} // namespace pr::gui
