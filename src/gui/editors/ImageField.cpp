#include "gui/editors/ImageField.h"

#include "gui/editors/PngImage.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace pr::gui {

namespace {

constexpr int kPreviewWidth = 160;
constexpr int kPreviewHeight = 60;

} // namespace

ImageField::ImageField(const QString& chooseText, const QString& removeText, const QString& what,
                       QWidget* parent)
    : QWidget(parent)
    , m_what(what)
    , m_preview(new QLabel(this))
    , m_choose(new QPushButton(chooseText, this))
    , m_remove(new QPushButton(removeText, this))
    , m_problem(new QLabel(this))
{
    m_preview->setFixedSize(kPreviewWidth, kPreviewHeight);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setAccessibleName(tr("Preview of the %1").arg(what));
    m_choose->setAccessibleName(tr("Choose %1").arg(what));
    m_remove->setAccessibleName(tr("Remove %1").arg(what));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_problem->setAccessibleName(tr("Problem with the %1").arg(what));
    m_problem->hide();

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_choose);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_preview);
    row->addLayout(buttons);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_problem);

    connect(m_choose, &QPushButton::clicked, this, &ImageField::askForFile);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        m_problem->hide();
        setPng({});
        Q_EMIT changed();
    });
    showPreview();
}

void ImageField::setPng(const QByteArray& png)
{
    m_png = png;
    showPreview();
}

bool ImageField::chooseFile(const QString& path)
{
    const PngImage image = PngImage::fromFile(path);
    if (image.png.isEmpty()) {
        m_problem->setText(image.problem);
        m_problem->show();
        return false;
    }
    m_problem->hide();
    setPng(image.png);
    Q_EMIT changed();
    return true;
}

void ImageField::askForFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose the %1").arg(m_what), QString(),
                                     tr("Images (*.png *.jpg *.jpeg);;All files (*)"));
    if (!path.isEmpty()) {
        chooseFile(path);
    }
}

void ImageField::showPreview()
{
    QPixmap pixmap;
    if (!m_png.isEmpty() && pixmap.loadFromData(m_png, "PNG")) {
        m_preview->setPixmap(
            pixmap.scaled(m_preview->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    } else {
        m_preview->setPixmap({});
        m_preview->setText(tr("(none)"));
    }
    m_remove->setEnabled(!m_png.isEmpty());
}

} // namespace pr::gui
