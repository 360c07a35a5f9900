#include "gui/documents/DocumentPreview.h"

#include <QBuffer>
#include <QPdfDocument>
#include <QPdfView>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace pr::gui {

DocumentPreview::DocumentPreview(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_pdfView(new QPdfView(m_stack))
    , m_textView(new QTextBrowser(m_stack))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_pdfView->setObjectName(QStringLiteral("pdfView"));
    m_pdfView->setAccessibleName(tr("Preview of the document"));
    m_pdfView->setPageMode(QPdfView::PageMode::MultiPage);
    m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_pdfView->setFocusPolicy(Qt::StrongFocus); // scrolled with the keyboard too
    m_stack->addWidget(m_pdfView);

    m_textView->setObjectName(QStringLiteral("textPreview"));
    m_textView->setAccessibleName(tr("Preview of the document"));
    // A preview, not a browser: links in the document lead nowhere from here.
    m_textView->setOpenLinks(false);
    m_textView->setOpenExternalLinks(false);
    m_stack->addWidget(m_textView);
}

DocumentPreview::~DocumentPreview()
{
    // The view refers to the document, the document reads from the buffer.
    m_pdfView->setDocument(nullptr);
    delete m_document;
    delete m_buffer;
}

void DocumentPreview::showPdf(const QByteArray& pdf)
{
    const int position = m_showsPdf ? m_pdfView->verticalScrollBar()->value() : 0;
    // The new document is read completely before the old one goes, so the view never shows
    // an empty page between two renderings.
    auto* buffer = new QBuffer(this);
    buffer->setData(pdf);
    buffer->open(QIODevice::ReadOnly);
    auto* document = new QPdfDocument(this);
    connect(document, &QPdfDocument::statusChanged, this,
            [this, document, position](QPdfDocument::Status status) {
                if (status == QPdfDocument::Status::Ready && document == m_document) {
                    restoreScrollPosition(position);
                    Q_EMIT pdfShown();
                }
            });
    QPdfDocument* oldDocument = m_document;
    QBuffer* oldBuffer = m_buffer;
    m_document = document;
    m_buffer = buffer;
    m_showsPdf = true;
    m_pdfView->setDocument(document);
    m_stack->setCurrentWidget(m_pdfView);
    document->load(buffer);
    delete oldDocument;
    delete oldBuffer;
}

void DocumentPreview::restoreScrollPosition(int position)
{
    // The view lays out the new pages when it learns their number; scroll after that.
    QTimer::singleShot(0, this, [this, position] {
        if (m_showsPdf) {
            m_pdfView->verticalScrollBar()->setValue(position);
        }
    });
}

void DocumentPreview::showText(const QString& text, report::DocumentFormat format)
{
    const int position = m_showsPdf ? 0 : m_textView->verticalScrollBar()->value();
    m_showsPdf = false;
    if (format == report::DocumentFormat::Markdown) {
        m_textView->setMarkdown(text);
    } else {
        m_textView->setHtml(text);
    }
    m_stack->setCurrentWidget(m_textView);
    m_textView->verticalScrollBar()->setValue(position);
}

void DocumentPreview::clear()
{
    m_showsPdf = false;
    m_textView->clear();
    m_stack->setCurrentWidget(m_textView);
}

} // namespace pr::gui
