#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

namespace pr::cli {

// The options every command accepts, before or after the command name:
//   --register PATH, --password-file PATH | --password-stdin, --verbose
struct GlobalOptions {
    Q_DECLARE_TR_FUNCTIONS(GlobalOptions)

public:
    QString registerPath;
    QString passwordFile;
    bool passwordFromStdin = false;
    bool verbose = false;

    static void addTo(QCommandLineParser& parser);
    // Takes the values present in PARSER, leaving the others as they are.
    void mergeFrom(const QCommandLineParser& parser);
};

} // namespace pr::cli
