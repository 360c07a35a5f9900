#include "gui/dashboard/DashboardPage.h"

#include "core/dashboard/WarningText.h"
#include "gui/SectionNames.h"
#include "gui/dashboard/CountTile.h"
#include "storage/RegisterSummary.h"
#include "storage/repositories/OrganisationRepository.h"
#include "ui_DashboardPage.h"
#include "usecases/UseCaseContext.h"
#include "usecases/due/DashboardWarningsQuery.h"

#include <QHeaderView>
#include <QTimer>

namespace pr::gui {

using core::WarningLevel;

namespace {

constexpr int kRefreshMs = 60 * 1000;
constexpr int kTileColumns = 4;
constexpr int kMaxVisibleWarnings = 12;

// Dark text on a light background: readable, and the status text carries the meaning too.
struct LevelColours {
    QColor background{};
    QColor text{};
};

LevelColours coloursOf(WarningLevel level)
{
    switch (level) {
    case WarningLevel::Urgent:
        return {QColor(0xf8, 0xd7, 0xda), QColor(0x72, 0x1c, 0x24)};
    case WarningLevel::Soon:
        return {QColor(0xff, 0xf3, 0xcd), QColor(0x5c, 0x44, 0x00)};
    case WarningLevel::ToDo:
        return {QColor(0xd9, 0xe8, 0xf5), QColor(0x1b, 0x3a, 0x57)};
    }
    return {};
}

// The parts of the register that get a count, in the order of the navigation.
const QList<core::EntityKind> kCountedParts{
    core::EntityKind::ProcessingActivity,
    core::EntityKind::SecurityMeasure,
    core::EntityKind::SubProcessor,
    core::EntityKind::Client,
    core::EntityKind::Agreement,
    core::EntityKind::DataSubjectRequest,
    core::EntityKind::Breach,
};

} // namespace

DashboardPage::DashboardPage(const usecases::UseCaseContext& context, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DashboardPage>())
    , m_context(context)
    , m_timer(new QTimer(this))
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    QFont summaryFont = m_ui->summaryLabel->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.15);
    m_ui->summaryLabel->setFont(summaryFont);

    m_ui->warningsTree->setStyleSheet(QStringLiteral("QTreeWidget::item { padding: 3px 2px; }"));
    QHeaderView* header = m_ui->warningsTree->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(m_ui->warningsTree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        openItem(m_ui->warningsTree->indexOfTopLevelItem(item));
    });
    connect(m_ui->warningsTree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        openItem(m_ui->warningsTree->indexOfTopLevelItem(item));
    });

    int position = 0;
    for (const core::EntityKind kind : kCountedParts) {
        auto* tile = new CountTile(this);
        m_tiles.insert(kind, tile);
        m_ui->tilesLayout->addWidget(tile, position / kTileColumns, position % kTileColumns);
        connect(tile, &QPushButton::clicked, this, [this, kind] { Q_EMIT partRequested(kind); });
        setTabOrder(position == 0 ? static_cast<QWidget*>(m_ui->warningsTree)
                                  : m_tiles.value(kCountedParts[position - 1]),
                    tile);
        ++position;
    }

    m_ui->layout->setStretchFactor(m_ui->warningsTree, 1);
    m_ui->layout->addStretch(); // takes the space while there are no warnings

    // The clock of a breach runs while the window is open.
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (isVisible()) {
            refresh();
        }
    });
    m_timer->start();
    refresh();
}

DashboardPage::~DashboardPage() = default;

QTreeWidget* DashboardPage::warningList() const
{
    return m_ui->warningsTree;
}

void DashboardPage::refresh()
{
    m_ui->titleLabel->setText(storage::OrganisationRepository::legalName(m_context.database()));
    // The settings are read each time: the settings dialog changes them in place.
    m_warnings = usecases::DashboardWarningsQuery::load(m_context);
    showWarnings();
    showCounts();
}

void DashboardPage::showWarnings()
{
    m_ui->summaryLabel->setText(core::WarningText::summary(m_warnings));
    QTreeWidget* tree = m_ui->warningsTree;
    const int selected = tree->indexOfTopLevelItem(tree->currentItem());
    tree->clear();
    for (const core::DashboardWarning& warning : m_warnings) {
        auto* item = new QTreeWidgetItem(tree, {core::WarningText::status(warning),
                                                core::enumLabel(warning.entity), warning.subject,
                                                core::WarningText::details(warning)});
        const LevelColours colours = coloursOf(warning.level);
        item->setBackground(0, colours.background);
        item->setForeground(0, colours.text);
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setToolTip(3, item->text(3));
    }
    if (selected >= 0 && selected < tree->topLevelItemCount()) {
        tree->setCurrentItem(tree->topLevelItem(selected));
    }
    m_ui->warningsLabel->setVisible(!m_warnings.isEmpty());
    tree->setVisible(!m_warnings.isEmpty());
    fitWarningList();
}

void DashboardPage::fitWarningList()
{
    // As high as its rows, up to a screenful: a short list keeps the counts close below it,
    // a long one scrolls.
    QTreeWidget* tree = m_ui->warningsTree;
    const int rowHeight =
        tree->topLevelItemCount() > 0 ? tree->visualItemRect(tree->topLevelItem(0)).height() : 0;
    const int rows = std::min(tree->topLevelItemCount(), kMaxVisibleWarnings);
    const int height = tree->header()->sizeHint().height() + rows * std::max(rowHeight, 1) +
                       2 * tree->frameWidth() + 4;
    tree->setMaximumHeight(tree->topLevelItemCount() > kMaxVisibleWarnings ? QWIDGETSIZE_MAX
                                                                           : height);
}

void DashboardPage::showCounts()
{
    const storage::RegisterSummary summary = storage::RegisterSummary::of(m_context.database());
    QHash<core::EntityKind, int> attention;
    for (const core::DashboardWarning& warning : m_warnings) {
        ++attention[warning.entity];
    }
    for (const storage::RegisterSummary::Part& part : summary.parts) {
        if (CountTile* tile = m_tiles.value(part.kind)) {
            tile->setCount(sectionName(part.kind), part.count, attention.value(part.kind));
        }
    }
}

void DashboardPage::openItem(int row)
{
    if (row >= 0 && row < m_warnings.size()) {
        const core::DashboardWarning& warning = m_warnings[row];
        if (warning.entityId == 0) {
            // About several records (requests past retention): their section.
            Q_EMIT partRequested(warning.entity);
            return;
        }
        Q_EMIT recordRequested(warning.entity, warning.entityId);
    }
}

} // namespace pr::gui
