#pragma once

#include "core/domain/Agreement.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace pr::core {

// The signed version of an agreement: the PDF the register keeps as what both parties signed,
// which the program shows, prints and exports instead of a new render. When the client's copy
// is back (signed by both, or the scan of the paper copy) that is the record, else the PDF the
// firm signed.
struct SignedVersion {
    enum class Copy {
        Firm,   // Agreement::firmSignedPdf: signed by the firm only
        Client, // Agreement::signedPdf: the client's signed copy or the scan of the paper copy
    };

    Copy copy = Copy::Firm;
    QByteArray pdf;
    QString sha256;      // of PDF, lower-case hex
    QDate date;          // signed on: the client's date for its copy, else the firm's
    QStringList signers; // "name (function)" of each party that signed, the firm first

    // The record of AGREEMENT, or nothing when it keeps no signed PDF.
    static std::optional<SignedVersion> of(const Agreement& agreement);

    // Whether somebody signed AGREEMENT: its content is then a record, and a render of today's
    // register is at most the draft of a new version. True for "signed by us", "signed by both
    // parties", and a terminated agreement that was signed.
    static bool isSigned(const Agreement& agreement);

    // SHA-256 of BYTES as lower-case hex.
    static QString sha256Of(const QByteArray& bytes);
};

} // namespace pr::core
