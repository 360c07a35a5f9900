#include "gui/editing/EnglishTextsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pr::gui {

namespace {

enum Column { DutchColumn, EnglishColumn, SourceColumn };

bool lacksEnglish(const usecases::EnglishTextRow& row)
{
    return row.inUse && row.source == core::EnglishSource::None;
}

} // namespace

EnglishTextsDialog::EnglishTextsDialog(QList<usecases::EnglishTextRow> rows, QWidget* parent)
    : QDialog(parent)
    , m_rows(std::move(rows))
    , m_table(new QTableWidget(this))
    , m_missingOnly(new QCheckBox(tr("Only texts without an English version"), this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("englishTextsDialog"));
    setWindowTitle(tr("English texts"));
    // Texts still in Dutch first, where the work is; the rest in the register's order.
    std::stable_partition(m_rows.begin(), m_rows.end(), lacksEnglish);

    auto* intro = new QLabel(
        tr("The English DPA shows these texts of the register. Where you fill in an English "
           "version, it shows that; otherwise the Dutch text. Items picked unchanged from the "
           "program's lists already have one. A text that changes in the register needs its "
           "English version again."),
        this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("englishTexts"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Dutch"), tr("English"), tr("Source")});
    m_table->horizontalHeader()->setSectionResizeMode(DutchColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(EnglishColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SourceColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_missingOnly->setObjectName(QStringLiteral("missingOnly"));
    m_summary->setObjectName(QStringLiteral("englishTextsSummary"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_missingOnly, &QCheckBox::toggled, this, &EnglishTextsDialog::applyFilter);
    connect(m_table, &QTableWidget::itemChanged, this, &EnglishTextsDialog::updateSummary);
    // Long texts wrap: their rows follow the columns' width, which the window sets.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table,
            &QTableWidget::resizeRowsToContents);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_missingOnly);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    fill();
    resize(900, 600);
}

void EnglishTextsDialog::fill()
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(static_cast<int>(m_rows.size()));
    for (int i = 0; i < m_table->rowCount(); ++i) {
        const usecases::EnglishTextRow& row = m_rows[i];
        auto* dutch = new QTableWidgetItem(row.dutch);
        dutch->setFlags(dutch->flags() & ~Qt::ItemIsEditable);
        auto* english = new QTableWidgetItem(row.english);
        english->setToolTip(tr("The English version; leave empty to show the Dutch text."));
        QString source;
        if (!row.inUse) {
            source = tr("No longer in the register");
        } else if (row.source == core::EnglishSource::Recorded) {
            source = tr("Your own");
        } else if (row.source == core::EnglishSource::Catalogue) {
            source = tr("From the list");
        } else {
            source = tr("Still in Dutch");
        }
        auto* sourceItem = new QTableWidgetItem(source);
        sourceItem->setFlags(sourceItem->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(i, DutchColumn, dutch);
        m_table->setItem(i, EnglishColumn, english);
        m_table->setItem(i, SourceColumn, sourceItem);
    }
    m_table->resizeRowsToContents();
    updateSummary();
}

void EnglishTextsDialog::applyFilter()
{
    for (int i = 0; i < m_table->rowCount(); ++i) {
        const bool hide = m_missingOnly->isChecked() && !lacksEnglish(m_rows[i]);
        m_table->setRowHidden(i, hide);
    }
}

void EnglishTextsDialog::updateSummary()
{
    int missing = 0;
    for (int i = 0; i < m_table->rowCount(); ++i) {
        if (m_rows[i].inUse && m_table->item(i, EnglishColumn)->text().trimmed().isEmpty()) {
            ++missing;
        }
    }
    m_summary->setText(missing == 0 ? tr("Every text has an English version.")
                                    : tr("%n text(s) will be shown in Dutch in the English DPA.",
                                         nullptr, missing));
}

QList<core::EnglishText> EnglishTextsDialog::changes() const
{
    QList<core::EnglishText> changes;
    for (int i = 0; i < m_table->rowCount(); ++i) {
        const QString english = m_table->item(i, EnglishColumn)->text().trimmed();
        if (english != m_rows[i].english.trimmed()) {
            changes.append({m_rows[i].dutch, english});
        }
    }
    return changes;
}

} // namespace pr::gui
