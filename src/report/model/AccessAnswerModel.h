#pragma once

#include <QCoreApplication>
#include <QList>
#include <QVariantMap>

namespace pr::storage {
class SqliteDatabase;
}

namespace pr::report {

class DocumentLanguage;

// The register's part of the answer to an access request (art. 15(1) and (2)): the processing
// activities the user chose as those that concern the person, each as the "activity" map of
// ActivityModel plus the sub-processors that serve it, and what the letter says once for all
// of them (docs/templates.md, "Letters"). The person's data itself is not in the register; the
// letter encloses the copy of art. 15(3), which the firm takes from its systems.
class AccessAnswerModel {
    Q_DECLARE_TR_FUNCTIONS(pr::report::AccessAnswerModel)

public:
    // The block "access". ACTIVITYIDS in the user's order, each once. Throws
    // storage::MissingRecordError for an id the register does not have, ReportError for an
    // activity the firm does as processor: for those the client answers (art. 28(3)(e)).
    static QVariantMap build(const storage::SqliteDatabase& db, const QList<qint64>& activityIds,
                             const DocumentLanguage& language);
    // The block for the other letters: no activities.
    static QVariantMap empty();
};

} // namespace pr::report
