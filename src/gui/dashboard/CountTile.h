#pragma once

#include <QPushButton>

class QLabel;

namespace pr::gui {

// One count on the overview: how many records a part of the register holds and, when some
// need attention, how many; clicking it opens that part. The attention note is text on a
// coloured background, never colour alone.
class CountTile : public QPushButton {
    Q_OBJECT

public:
    explicit CountTile(QWidget* parent = nullptr);

    void setCount(const QString& caption, qint64 count, int needingAttention);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

    QString countText() const;
    QString noteText() const;

private:
    QLabel* m_count;
    QLabel* m_caption;
    QLabel* m_note;
};

} // namespace pr::gui
