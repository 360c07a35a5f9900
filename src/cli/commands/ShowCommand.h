#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace pr::storage {
class SqliteDatabase;
}

namespace pr::cli {

// show ENTITY ID: one record with all its fields (or JSON); files by size and SHA-256; an
// agreement also with its signed version and whether the register still makes it.
class ShowCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(ShowCommand)
public:
    QString name() const override { return QStringLiteral("show"); }
    QString summary() const override;
    void defineOptions(QCommandLineParser& parser) const override;
    ExitCode run(CommandContext& context, const QCommandLineParser& arguments) override;

private:
    // The signed version of agreement ID (PDF, date, SHA-256, who signed) and how the
    // register compares with it; empty for an agreement nobody signed.
    static QString signedVersionText(const storage::SqliteDatabase& db, qint64 id);
};

} // namespace pr::cli
