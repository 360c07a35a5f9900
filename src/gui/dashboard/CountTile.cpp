#include "gui/dashboard/CountTile.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace pr::gui {

namespace {

QLabel* tileLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Clicks on the texts are clicks on the tile.
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    return label;
}

} // namespace

CountTile::CountTile(QWidget* parent)
    : QPushButton(parent)
    , m_count(tileLabel(this))
    , m_caption(tileLabel(this))
    , m_note(tileLabel(this))
{
    QFont big = m_count->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_count->setFont(big);
    m_note->setStyleSheet(
        QStringLiteral("background: #fff3cd; color: #5c4400; border-radius: 3px; padding: 1px "
                       "4px;"));
    // Tiles with and without a note line up.
    QSizePolicy notePolicy = m_note->sizePolicy();
    notePolicy.setRetainSizeWhenHidden(true);
    m_note->setSizePolicy(notePolicy);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(2);
    layout->addWidget(m_count);
    layout->addWidget(m_caption);
    layout->addWidget(m_note, 0, Qt::AlignLeft);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void CountTile::setCount(const QString& caption, qint64 count, int needingAttention)
{
    m_count->setText(QLocale().toString(count));
    m_caption->setText(caption);
    m_note->setText(needingAttention > 0 ? tr("%n need(s) attention", nullptr, needingAttention)
                                         : QString());
    m_note->setVisible(needingAttention > 0);
    // A screen reader reads the whole tile as one button.
    const QString name = tr("%1: %2").arg(caption, m_count->text());
    setAccessibleName(needingAttention > 0 ? tr("%1, %2").arg(name, m_note->text()) : name);
    setToolTip(tr("Open %1").arg(caption));
    updateGeometry();
}

QSize CountTile::sizeHint() const
{
    // A push button does not size itself to a layout of labels; the layout knows the size.
    const QSize content = layout()->sizeHint();
    return {std::max(content.width(), 150), content.height()};
}

QString CountTile::countText() const
{
    return m_count->text();
}

QString CountTile::noteText() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

} // namespace pr::gui
