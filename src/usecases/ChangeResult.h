#pragma once

#include "core/domain/validation/ValidationIssue.h"

#include <QList>
#include <QString>

namespace pr::usecases {

// What a use case that changes the register tells its caller. It never throws for what a
// person can cause (a rule, a refused delete, a failed save): both front ends show the result,
// and the desktop program calls use cases from undo commands, where no exception may pass.
struct ChangeResult {
    enum class Status {
        Saved,    // the change is in the register and on disk
        NotSaved, // the change is in the register, but saving failed (message says why): the
                  // user can save again or elsewhere
        Refused,  // nothing changed: issues (a rule, per field) or message (e.g. a delete that
                  // other records refer to, with their names) say why
    };

    Status status = Status::Saved;
    QList<core::ValidationIssue> issues;
    QString message;
    qint64 id = 0; // the record the change was about; for an insert, the id it was given

    bool changed() const { return status != Status::Refused; }
    bool refused() const { return status == Status::Refused; }
    // Every reason, one a line: the message, then each issue's text.
    QString explanation() const;

    static ChangeResult refusedBecause(QList<core::ValidationIssue> issues);
    static ChangeResult refusedBecause(QString message);
};

} // namespace pr::usecases
