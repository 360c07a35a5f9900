#pragma once

#include "core/domain/LiabilityCap.h"
#include "core/domain/Signatory.h"
#include "core/domain/SigningState.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace pr::core {

// A data processing agreement (verwerkersovereenkomst, art. 28(3)) with one client: the
// parameters that fill its template, Bijlage 1 by reference to activities, and its signing.
struct Agreement {
    qint64 id = 0;       // 0 = not yet stored
    qint64 clientId = 0; // the client it is with
    // The main agreement (hoofdovereenkomst) for whose services the data is processed: this
    // DPA lasts, ends and survives with it. Empty name = not recorded yet; the DPA then leaves
    // a line to fill in and the program warns before it is sent.
    QString mainAgreementName;         // e.g. "Overeenkomst van opdracht IT-beheer"
    QDate mainAgreementDate;           // the date it was concluded; null = not recorded
    QString version;                   // e.g. "1.0"; a new version replaces the old one
    QDate startDate;                   // takes effect
    std::optional<int> durationMonths; // fixed duration; empty = indefinite
    QDate endDate;                     // when it ended or will end (terminated: the date it
                                       // was terminated on); null = not ended
    int breachNotificationHours = 24;  // tell the client of a breach within this many hours
    std::optional<int>
        auditIntervalMonths;   // at most one audit per this many months; empty = no limit
    LiabilityCap liabilityCap; // the processor's liability limit
    // The liability insurance the processor must hold, as cover per event in the cap's
    // currency; empty = the agreement names no insurance duty.
    std::optional<qint64> insuranceCoverCents;
    int changeNoticeDays = 30;   // notice before changes such as a new sub-processor
    QString processingLocation;  // where the data may be processed, e.g. "binnen de EER"
    int returnDeletionDays = 30; // days after the end to return or delete the data
    QList<qint64> activityIds;   // the processing activities of its Bijlage 1
    SigningState signingState = SigningState::Draft; // where it stands
    QDate sentDate;                                  // sent to the client; null = not sent
    Signatory firmSignatory;                         // signs for the firm
    Signatory clientSignatory;                       // signs for the client
    // The client signed a printed copy; signedPdf then holds its scan, or nothing.
    bool signedOnPaper = false;
    // The document as signed by the client, as PDF bytes (at most kMaxSignedPdfBytes);
    // empty = not attached.
    QByteArray signedPdf;
    // The PDF the firm signed (PAdES, with the register's certificate), byte for byte; empty =
    // not signed digitally by the firm. A signed agreement is a record: a later copy must be
    // these bytes, never a new render, which would differ and carry no signature.
    QByteArray firmSignedPdf;
    // What the DPA said when the firm signed it: the canonical form of its content
    // (report::DpaContent, UTF-8 JSON), so that a later register can be compared with what was
    // signed. Empty = not kept (signed before the program kept it, or not signed).
    QByteArray signedContent;

    friend bool operator==(const Agreement&, const Agreement&) = default;
};

// The largest signed PDF an agreement keeps, the client's or the firm's: a scan of a few pages
// fits easily, and the whole register is held in memory and re-encrypted on every save.
inline constexpr qsizetype kMaxSignedPdfBytes = 20 * 1024 * 1024;

} // namespace pr::core
