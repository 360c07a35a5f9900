#pragma once

// The demo register and the helpers the document tests share: the demo firm of
// resources/demo/demo-register.json in a temporary register, a fixed clock, rendering, and
// reading a rendered PDF's body the way a person reads it.

#include "core/time/Clock.h"
#include "report/DocumentRenderer.h"
#include "storage/Register.h"
#include "storage/audit/AuditContext.h"

#include <QByteArray>
#include <QRect>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace pr::test {

// The demo firm's client ids (resources/demo/demo-register.json).
inline constexpr qint64 kZonnehoek = 1; // agreement: activities 1–6, 9, 10
inline constexpr qint64 kLindeboom = 2; // agreement: activities 1–6, 8, 10
inline constexpr qint64 kBuurtwerk = 3;
inline constexpr qint64 kTrapkracht = 4;

class DemoRegister {
public:
    DemoRegister();

    const storage::SqliteDatabase& db() const { return m_register->database(); }
    const core::FixedClock& clock() const { return m_clock; }
    // A change to the register as the program would make it: one transaction, audited.
    void write(
        const std::function<void(storage::SqliteDatabase&, const storage::AuditContext&)>& change);

    // Renders with the built-in templates only (no user folder), or with LIBRARY.
    QByteArray render(const report::DocumentRequest& request) const;
    QByteArray render(const report::DocumentRequest& request,
                      const report::TemplateLibrary& library) const;

private:
    QTemporaryDir m_dir;
    core::FixedClock m_clock;
    std::unique_ptr<storage::Register> m_register;
};

// The request for KIND from the demo register.
report::DocumentRequest request(report::DocumentKind kind,
                                report::DocumentFormat format = report::DocumentFormat::Pdf,
                                qint64 clientId = 0);

// The body of every page of a document rendered by DocumentRenderer (the page minus header
// and footer), in points from the top left, for PdfFile::pages(): text that Qt leaves just
// outside the body (a continued table cell) and the running header and footer stay out.
QRect bodyCropPt(bool withInitialsLine);

// White space collapsed to single spaces, so that a phrase is found whatever line it was
// broken over.
QString normalised(const QString& text);
// All white space removed and ligatures undone: Qt breaks a word that is wider than its table
// column anywhere, without a hyphen, so "Systeembeheerder" may come out of a narrow cell as
// "Systeembeheer der". Compare compact(text).contains(compact(phrase)).
QString compact(const QString& text);

// The text of a PDF's body, page by page, in reading order (PdfFile::pagesInReadingOrder with
// bodyCropPt), compacted, all pages joined.
QString compactBodyText(const QByteArray& pdf, bool withInitialsLine);

} // namespace pr::test
