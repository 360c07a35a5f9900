#pragma once

#include "core/domain/DataSubjectRequest.h"
#include "core/domain/validation/ValidationIssue.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace pr::core {

// What an editor may change of a data-subject request: its facts (who, the right invoked, the
// channel, the client it concerns, when it came in, the reference; what the letters state and
// the request step asked first: the doubt about the identity and the proof asked, how the copy
// of an access answer is provided, the recipients told of an erasure; and the notes for the
// file). Where it stands in its
// handling (status, identity dates, extension, client informed, answer, refusal) changes only
// through RequestWorkflow's dated steps, which check the order and the law; an editor that
// could set them would let a request be closed without an identity step.
class RequestFacts {
    Q_DECLARE_TR_FUNCTIONS(RequestFacts)

public:
    // Every reason why AFTER cannot be stored as the new version of BEFORE (nullptr: as a new
    // request) on TODAY.
    static QList<ValidationIssue> check(const DataSubjectRequest* before,
                                        const DataSubjectRequest& after, QDate today);
    // AFTER with the handling of BEFORE (or of a fresh request): what an editor saves.
    static DataSubjectRequest withHandlingOf(const DataSubjectRequest* before,
                                             DataSubjectRequest after);
};

} // namespace pr::core
