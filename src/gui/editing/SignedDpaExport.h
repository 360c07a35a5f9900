#pragma once

#include <QCoreApplication>
#include <QString>

namespace pr::core {
class Clock;
struct Agreement;
} // namespace pr::core

namespace pr::storage {
class SqliteDatabase;
}

namespace pr::gui {

// "Sign with certificate…" of an agreement (issue 7): renders its DPA as PDF in memory, signs
// it (PAdES B-B, report::signPdf) with the certificate kept in the register and writes it
// atomically to a file the user chose. The register itself does not change: the user records
// the firm's signature as a step, and the client's signed copy when it comes back.
class SignedDpaExport {
    Q_DECLARE_TR_FUNCTIONS(SignedDpaExport)

public:
    // Whether the register holds a certificate to sign with.
    static bool available(const storage::SqliteDatabase& db);
    // Writes the signed DPA of AGREEMENT to PATH; an empty string on success, else what went
    // wrong, for the user. PATH is never left half-written.
    static QString write(const storage::SqliteDatabase& db, const core::Clock& clock,
                         const core::Agreement& agreement, const QString& path);
};

} // namespace pr::gui
