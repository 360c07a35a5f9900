#pragma once

#include "cli/Command.h"
#include "crypto/SecureAllocator.h"
#include "crypto/signing/CertificateInfo.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace pr::cli {

// certificate import|show|remove: the PKCS#12 certificate the firm signs DPAs with, kept
// inside the encrypted register (docs/security.md, "Signing").
class CertificateCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CertificateCommand)
public:
    QString name() const override { return QStringLiteral("certificate"); }
    QString summary() const override;
    QString details() const override;
    void defineOptions(QCommandLineParser& parser) const override;
    ExitCode run(CommandContext& context, const QCommandLineParser& arguments) override;

    // The PKCS#12 file at PATH, read into wiped memory.
    static crypto::SecureBytes readPkcs12(const QString& path);
    // A certificate's description for --json and for people.
    static QJsonObject toJson(const crypto::CertificateInfo& info);

private:
    ExitCode import(CommandContext& context, const QCommandLineParser& arguments);
    ExitCode show(CommandContext& context, const QCommandLineParser& arguments);
    ExitCode remove(CommandContext& context);
};

} // namespace pr::cli
