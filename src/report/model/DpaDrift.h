#pragma once

#include "core/domain/Agreement.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace pr::storage {
class SqliteDatabase;
}

namespace pr::report {

// Whether a signed agreement still says what today's register would make it say, and if not,
// what changed: the DPA's content as signed (core::Agreement::signedContent) against the same
// content built from the register now (DpaContent). The comparison walks the view model's data
// as it finds it — sections, records named by their name or title, fields — so that what the
// DPA comes to hold is compared without a list of fields to keep up to date.
class DpaDrift {
    Q_DECLARE_TR_FUNCTIONS(pr::report::DpaDrift)

public:
    enum class Status {
        NotSigned,     // nothing was signed: nothing to compare with
        Same,          // today's register makes the same agreement
        Changed,       // it would say something else: changes lists what
        NotComparable, // signed, but what it said then was not kept (signed before the program
                       // kept it): never to be taken for "unchanged"
    };

    Status status = Status::NotSigned;
    QStringList changes; // one line per change, in the order of the DPA's sections

    bool differs() const { return status == Status::Changed; }

    // AGREEMENT's signed content against what DB makes of it now. Throws as DpaModel::build.
    static DpaDrift check(const storage::SqliteDatabase& db, const core::Agreement& agreement);
    // What changed from SIGNEDCONTENT to CURRENT (both DpaContent::of).
    static DpaDrift compare(const QByteArray& signedContent, const QByteArray& current);
    // The content of AGREEMENT as DB would make it now, in LANGUAGE.
    static QByteArray currentContent(const storage::SqliteDatabase& db,
                                     const core::Agreement& agreement,
                                     const QString& language = QStringLiteral("nl"));

    // The warning a front end shows for a Changed result, with the list.
    QString warning() const;
    // One sentence on the state of the comparison (for every status).
    QString summary() const;
};

} // namespace pr::report
