#pragma once

#include "cli/Command.h"
#include "report/signing/PdfSignatureRequest.h"

#include <QCoreApplication>

#include <optional>

namespace pr::crypto {
class SigningCredentials;
}
namespace pr::storage {
class SqliteDatabase;
}

namespace pr::cli {

// sign: signs a PDF (PAdES B-B) with the register's certificate or a given PKCS#12 file,
// into another file. Also used by `render dpa --sign`.
class SignCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(SignCommand)
public:
    QString name() const override { return QStringLiteral("sign"); }
    QString summary() const override;
    QString details() const override;
    void defineOptions(QCommandLineParser& parser) const override;
    ExitCode run(CommandContext& context, const QCommandLineParser& arguments) override;

    // The signature dictionary's fields: now from the context's clock; the place and contact
    // from the organisation profile when DB is given.
    static report::PdfSignatureRequest requestFor(const CommandContext& context,
                                                  const storage::SqliteDatabase* db);
    // The register's certificate, ready to sign now; prints why not and returns nothing when
    // there is none or it cannot be used.
    static std::optional<crypto::SigningCredentials>
    registerCredentials(CommandContext& context, const storage::SqliteDatabase& db);
};

} // namespace pr::cli
