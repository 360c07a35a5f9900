#include "gui/editors/SpecialCategoriesEdit.h"

#include "gui/editors/EnumCombo.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pr::gui {

using core::SpecialCategory;

SpecialCategoriesEdit::SpecialCategoriesEdit(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(this))
{
    const QList<SpecialCategory> all = core::enumValues<SpecialCategory>();
    m_table->setColumnCount(3);
    m_table->setRowCount(static_cast<int>(all.size()));
    m_table->setHorizontalHeaderLabels(
        {tr("Kind of data"), tr("Art. 9(2) exception"), tr("Ground in national law")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setMinimumHeight(160);
    m_table->setAccessibleName(tr("Special categories of data"));
    int row = 0;
    for (const SpecialCategory category : all) {
        auto* item = new QTableWidgetItem(core::enumLabel(category));
        item->setData(Qt::UserRole, static_cast<uint>(category));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        m_table->setItem(row, 0, item);
        if (core::isArticle9(category)) {
            auto* combo = new QComboBox(m_table);
            fillEnumCombo<core::Art9Exception>(combo, tr("(choose the exception)"));
            combo->setAccessibleName(
                tr("Art. 9(2) exception for %1").arg(core::enumLabel(category)));
            m_table->setCellWidget(row, 1, combo);
            m_exceptionCombos.insert(category, combo);
            connect(combo, &QComboBox::currentIndexChanged, this, &SpecialCategoriesEdit::changed);
        }
        auto* ground = new QLineEdit(m_table);
        ground->setPlaceholderText(tr("where one applies, e.g. art. 30 UAVG"));
        ground->setAccessibleName(
            tr("Ground in national law for %1").arg(core::enumLabel(category)));
        m_table->setCellWidget(row, 2, ground);
        m_groundEdits.insert(category, ground);
        connect(ground, &QLineEdit::textChanged, this, &SpecialCategoriesEdit::changed);
        ++row;
    }
    connect(m_table, &QTableWidget::itemChanged, this, &SpecialCategoriesEdit::changed);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    setFocusProxy(m_table);
}

core::SpecialCategories SpecialCategoriesEdit::categories() const
{
    core::SpecialCategories result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* item = m_table->item(row, 0);
        if (item->checkState() == Qt::Checked) {
            result |= static_cast<SpecialCategory>(item->data(Qt::UserRole).toUInt());
        }
    }
    return result;
}

QMap<SpecialCategory, core::Art9Exception> SpecialCategoriesEdit::exceptions() const
{
    // Also for a category that is not ticked: validation then says to remove it, and an
    // unchanged record reads back as it was.
    QMap<SpecialCategory, core::Art9Exception> result;
    for (auto it = m_exceptionCombos.cbegin(); it != m_exceptionCombos.cend(); ++it) {
        if (const auto exception = enumOf<core::Art9Exception>(it.value())) {
            result.insert(it.key(), *exception);
        }
    }
    return result;
}

QMap<SpecialCategory, QString> SpecialCategoriesEdit::nationalGrounds() const
{
    // As the exceptions: also for a category that is not ticked, for validation to point at.
    QMap<SpecialCategory, QString> result;
    for (auto it = m_groundEdits.cbegin(); it != m_groundEdits.cend(); ++it) {
        if (!it.value()->text().trimmed().isEmpty()) {
            result.insert(it.key(), it.value()->text());
        }
    }
    return result;
}

void SpecialCategoriesEdit::setNationalGrounds(const QMap<SpecialCategory, QString>& grounds)
{
    for (auto it = m_groundEdits.cbegin(); it != m_groundEdits.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->setText(grounds.value(it.key()));
        it.value()->setCursorPosition(0); // the start of a long provision, not its end
    }
}

void SpecialCategoriesEdit::setValue(core::SpecialCategories categories,
                                     const QMap<SpecialCategory, core::Art9Exception>& exceptions)
{
    const QSignalBlocker blocker(m_table);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem* item = m_table->item(row, 0);
        const auto category = static_cast<SpecialCategory>(item->data(Qt::UserRole).toUInt());
        item->setCheckState(categories.testFlag(category) ? Qt::Checked : Qt::Unchecked);
    }
    for (auto it = m_exceptionCombos.cbegin(); it != m_exceptionCombos.cend(); ++it) {
        const QSignalBlocker comboBlocker(it.value());
        const auto found = exceptions.constFind(it.key());
        setEnum<core::Art9Exception>(it.value(), found != exceptions.cend() ? std::optional(*found)
                                                                            : std::nullopt);
    }
}

} // namespace pr::gui
