#include "report/DocumentTestSupport.h"

#include "core/domain/SignedVersion.h"
#include "core/json/RegisterDocument.h"
#include "report/PdfTestSupport.h"
#include "report/model/DpaDrift.h"
#include "report/pdf/PageOptions.h"
#include "report/pdf/PdfPageGeometry.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/transfer/RegisterTransfer.h"
#include "support/TestRegister.h"

#include <QFile>
#include <QRegularExpression>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace pr::test {

DemoRegister::DemoRegister()
    : m_clock(QDateTime(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC))
{
    QFile source(QStringLiteral(PR_SOURCE_DIR "/resources/demo/demo-register.json"));
    core::json::RegisterDocument document;
    QList<core::json::JsonIssue> issues;
    if (!source.open(QIODevice::ReadOnly) ||
        !core::json::parseRegisterDocument(source.readAll(), document, issues)) {
        throw std::runtime_error("the demo register cannot be read");
    }
    storage::RegisterOptions options = fastOptions();
    options.clock = &m_clock;
    m_register = storage::Register::create(m_dir.filePath(u"demo.prreg"_s), password(),
                                           document.organisation.legalName, options);
    m_register->write([&](storage::SqliteDatabase& db) {
        const storage::AuditContext audit{m_clock, u"test"_s};
        storage::RegisterTransfer::importDocument(db, audit, document);
        // As `init --demo` (usecases::RegisterCreation::createDemo) makes it: the signed
        // agreements keep what they say.
        for (core::Agreement agreement : storage::AgreementRepository::all(db)) {
            if (core::SignedVersion::isSigned(agreement)) {
                agreement.signedContent = report::DpaDrift::currentContent(db, agreement);
                storage::AgreementRepository::update(db, audit, agreement);
            }
        }
    });
}

void DemoRegister::write(
    const std::function<void(storage::SqliteDatabase&, const storage::AuditContext&)>& change)
{
    m_register->write([&](storage::SqliteDatabase& db) {
        change(db, storage::AuditContext{m_clock, u"test"_s});
    });
}

QByteArray DemoRegister::render(const report::DocumentRequest& request) const
{
    return render(request, report::TemplateLibrary());
}

QByteArray DemoRegister::render(const report::DocumentRequest& request,
                                const report::TemplateLibrary& library) const
{
    return report::DocumentRenderer(db(), m_clock, library).render(request);
}

report::DocumentRequest request(report::DocumentKind kind, report::DocumentFormat format,
                                qint64 clientId)
{
    report::DocumentRequest request;
    request.kind = kind;
    request.format = format;
    request.clientId = clientId;
    return request;
}

QRect bodyCropPt(bool withInitialsLine)
{
    report::PageOptions options;
    options.headerText = u"header"_s;
    if (withInitialsLine) {
        options.initialsLine = u"initials"_s;
    }
    // At 72 dpi the device units are points. Rounded inwards, so that nothing of the header
    // or footer band is read.
    const QRectF body = report::PdfPageGeometry(options, 72).body();
    return QRect(qCeil(body.left()), qCeil(body.top()), qFloor(body.width()),
                 qFloor(body.height()));
}

QString normalised(const QString& text)
{
    return text.simplified();
}

QString compact(const QString& text)
{
    // NFKC turns the ligatures the PDF's font uses ("ﬁ" in "Rectiﬁcatie") back into letters.
    const QString letters = text.normalized(QString::NormalizationForm_KC);
    QString result;
    result.reserve(letters.size());
    for (const QChar ch : letters) {
        if (!ch.isSpace()) {
            result.append(ch);
        }
    }
    return result;
}

QString compactBodyText(const QByteArray& pdf, bool withInitialsLine)
{
    return compact(PdfFile(pdf).pagesInReadingOrder(bodyCropPt(withInitialsLine)).join(u' '));
}

} // namespace pr::test
