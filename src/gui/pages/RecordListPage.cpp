#include "gui/pages/RecordListPage.h"

#include "gui/models/RecordFilterModel.h"
#include "gui/models/RecordTableModel.h"
#include "gui/pages/DetailPane.h"
#include "storage/Register.h"
#include "ui_RecordListPage.h"

#include <QHeaderView>
#include <QItemSelectionModel>

namespace pr::gui {

namespace {
// Wide enough for a name, narrow enough that five columns fit beside the details.
constexpr int kMaxInitialColumnWidth = 220;
constexpr int kMinimumDetailsWidth = 280;
} // namespace

RecordListPage::RecordListPage(RecordSection section, const storage::Register& reg, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RecordListPage>())
    , m_section(std::move(section))
    , m_register(reg)
    , m_model(new RecordTableModel(this))
    , m_filter(new RecordFilterModel(this))
    , m_details(new DetailPane(this))
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->titleLabel->setText(m_section.listName);

    m_model->setHeaders(m_section.headers);
    m_filter->setSourceModel(m_model);
    m_ui->tableView->setModel(m_filter);
    m_ui->tableView->setAccessibleName(m_section.listName);
    m_ui->tableView->sortByColumn(m_section.sortColumn, m_section.sortOrder);
    // Compact rows: a register is read as a list, not as a form.
    m_ui->tableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_details->setMinimumWidth(kMinimumDetailsWidth);
    m_ui->splitter->addWidget(m_details);
    m_ui->splitter->setStretchFactor(0, 5);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->splitter->setSizes({5 * kMinimumDetailsWidth, 3 * kMinimumDetailsWidth});
    setTabOrder(m_ui->tableView, m_details);

    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setSearchText(text);
        updateCount();
    });
    // Selection, not the current index: a mouse click moves the current index before it
    // selects the row.
    connect(m_ui->tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RecordListPage::showCurrent);
    // The filter drops the selection of a row it hides; the pane must follow. A search that
    // keeps the selected record shown leaves the pane as it is: no reading it on each keystroke.
    connect(m_filter, &QAbstractItemModel::modelReset, this, &RecordListPage::showCurrent);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this,
            &RecordListPage::showCurrentIfChanged);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this,
            &RecordListPage::showCurrentIfChanged);
    reload();
}

RecordListPage::~RecordListPage()
{
    // The models and the view go after this object; what they signal then is for no one.
    m_filter->disconnect(this);
    m_ui->tableView->selectionModel()->disconnect(this);
}

QLineEdit* RecordListPage::searchField() const
{
    return m_ui->searchEdit;
}

QTableView* RecordListPage::table() const
{
    return m_ui->tableView;
}

void RecordListPage::reload()
{
    const qint64 selected = currentId();
    m_model->setRows(m_section.rows(m_register.database()));
    if (!m_sized && m_model->rowCount() > 0) {
        m_sized = true;
        QHeaderView* header = m_ui->tableView->horizontalHeader();
        m_ui->tableView->resizeColumnsToContents();
        for (int column = 0; column < header->count(); ++column) {
            header->resizeSection(column,
                                  std::min(header->sectionSize(column), kMaxInitialColumnWidth));
        }
    }
    if (selected != 0) {
        selectRecord(selected);
    }
    updateCount();
    showCurrent();
}

void RecordListPage::setSection(RecordSection section)
{
    m_section = std::move(section);
    m_model->setHeaders(m_section.headers);
    reload();
}

bool RecordListPage::selectRecord(qint64 id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0) {
        return false;
    }
    QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        m_ui->searchEdit->clear();
        index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_ui->tableView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
    m_ui->tableView->scrollTo(index);
    return true;
}

qint64 RecordListPage::currentId() const
{
    const QModelIndexList rows = m_ui->tableView->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(RecordTableModel::IdRole).toLongLong();
}

void RecordListPage::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void RecordListPage::showCurrent()
{
    const qint64 id = currentId();
    const auto details =
        id != 0 ? m_section.details(m_register.database(), id) : std::optional<RecordDetails>();
    if (details) {
        m_details->showDetails(*details);
    } else {
        m_details->showHint(m_model->rowCount() == 0
                                ? tr("There is nothing here yet.")
                                : tr("Choose an item in the list to see it here."));
    }
    m_shownId = details ? id : 0;
    Q_EMIT currentRecordChanged(m_shownId);
}

void RecordListPage::showCurrentIfChanged()
{
    if (currentId() != m_shownId) {
        showCurrent();
    }
}

void RecordListPage::updateCount()
{
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();
    m_ui->countLabel->setText(shown == total ? tr("%n item(s)", nullptr, total)
                                             : tr("%1 of %2 shown").arg(shown).arg(total));
}

} // namespace pr::gui
