#pragma once

#include "core/domain/Agreement.h"
#include "usecases/ChangeResult.h"
#include "usecases/records/RecordVersion.h"

#include <QCoreApplication>
#include <QDate>

#include <memory>

namespace pr::usecases {

class UseCaseContext;

// The next version of a signed data processing agreement, for "New version…" and
// `privacyregister-cli agreement-version`.
//
// How versions relate: a signed agreement is a record and stays exactly as it was signed —
// its PDF, its content, its signatures and its state. The next version is a new agreement with
// the same client: a draft with the next version number, starting today (or when the signed one
// starts, if that is later), with the same terms
// and Bijlage 1, its signatories' names and functions but no dates, places or PDFs. It renders
// from today's register like every draft and goes through its own signing. The old one stays in
// force until the new one is signed; then it is terminated with the usual step, which the
// program leaves to the user (the date the parties agree on). Both are listed under the client,
// by start date; the DPA of the client is the latest that is not terminated.
class NewAgreementVersion {
    Q_DECLARE_TR_FUNCTIONS(NewAgreementVersion)

public:
    // Whether AGREEMENT has a next version to make: it was signed (by the firm, or by both) and
    // is not terminated.
    static bool isOffered(const core::Agreement& agreement);
    // The leading number plus one: "1.0" -> "2.0", "3" -> "4", "2024-1" -> "2025"; a version
    // without a leading number gets "2".
    static QString nextVersionNumber(const QString& version);
    // The draft that follows SIGNED, starting on TODAY or SIGNED's start, whichever is later
    // (see the class comment).
    static core::Agreement proposal(const core::Agreement& signedOne, QDate today);

    // The new version of agreement AGREEMENTID as a record version to save (RecordChanges,
    // or the desktop program's undoable save); nullptr, with WHY set, when there is none to make.
    static std::unique_ptr<RecordVersion> version(const UseCaseContext& context, qint64 agreementId,
                                                  QString& why);
    // Makes and stores it in one write; the result's id is the new agreement's.
    static ChangeResult create(const UseCaseContext& context, qint64 agreementId);
};

} // namespace pr::usecases
