#pragma once

#include <QLayout>
#include <QList>

namespace pr::gui {

// Lays its widgets out in a row and wraps to the next row where the width ends, as words in
// a line of text: for a varying set of buttons in a narrow pane, which a row would widen.
// Hidden widgets take no place.
class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget* parent = nullptr);
    ~FlowLayout() override;
    FlowLayout(const FlowLayout&) = delete;
    FlowLayout& operator=(const FlowLayout&) = delete;

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;

    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    // Places the items in RECT (only measures when TEST_ONLY); returns the height they take.
    int arrange(const QRect& rect, bool testOnly) const;

    QList<QLayoutItem*> m_items;
};

} // namespace pr::gui
