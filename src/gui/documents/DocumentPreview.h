#pragma once

#include "report/DocumentKind.h"

#include <QByteArray>
#include <QWidget>

class QBuffer;
class QPdfDocument;
class QPdfView;
class QStackedWidget;
class QTextBrowser;

namespace pr::gui {

// The Documents page's preview: a PDF in a QPdfView, or an HTML or Markdown document as a
// browser would show it. The PDF is read from memory (a QBuffer), never from a file: the
// document holds register content, which must not reach the disk unencrypted unless the user
// saves it.
class DocumentPreview : public QWidget {
    Q_OBJECT

public:
    explicit DocumentPreview(QWidget* parent = nullptr);
    ~DocumentPreview() override;

    // Shows PDF, keeping the place the user scrolled to.
    void showPdf(const QByteArray& pdf);
    // Shows TEXT, rendered HTML or Markdown as FORMAT says.
    void showText(const QString& text, report::DocumentFormat format);
    // Shows nothing (after an error: an old document would look like the current one).
    void clear();

    // The PDF shown, or nullptr when the preview shows text or nothing.
    QPdfDocument* pdfDocument() const { return m_showsPdf ? m_document : nullptr; }
    QPdfView* pdfView() const { return m_pdfView; }
    QTextBrowser* textView() const { return m_textView; }

Q_SIGNALS:
    // A new PDF has been read and its pages are shown.
    void pdfShown();

private:
    void restoreScrollPosition(int position);

    QStackedWidget* m_stack;
    QPdfView* m_pdfView;
    QTextBrowser* m_textView;
    QPdfDocument* m_document = nullptr;
    QBuffer* m_buffer = nullptr;
    bool m_showsPdf = false;
};

} // namespace pr::gui
