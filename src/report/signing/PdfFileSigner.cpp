#include "report/signing/PdfFileSigner.h"

#include "report/signing/PdfSigner.h"
#include "report/signing/PdfSigningError.h"
#include "storage/file/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <span>

namespace pr::report {

namespace {

// The canonical form of PATH, or for a file that does not exist yet the canonical form of its
// folder plus its name, so that "out.pdf" and "./dir/../out.pdf" compare equal.
QString canonical(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists()) {
        return info.canonicalFilePath();
    }
    const QString folder = info.absoluteDir().canonicalPath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

} // namespace

bool isSameFile(const QString& first, const QString& second)
{
    return canonical(first) == canonical(second);
}

void signPdfFile(const QString& inputPath, const QString& outputPath,
                 const crypto::SigningCredentials& credentials, const PdfSignatureRequest& request)
{
    if (isSameFile(inputPath, outputPath)) {
        throw PdfSigningError(
            QCoreApplication::translate("pr::report::PdfFileSigner",
                                        "The signed PDF must go to another file than the input: "
                                        "signing never overwrites its input.")
                .toStdString());
    }
    const QByteArray input = storage::AtomicFile::read(inputPath);
    const QByteArray output = signPdf(input, credentials, request);
    storage::AtomicFile::write(outputPath,
                               std::span(reinterpret_cast<const std::uint8_t*>(output.constData()),
                                         static_cast<std::size_t>(output.size())));
}

} // namespace pr::report
