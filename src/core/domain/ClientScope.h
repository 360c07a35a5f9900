#pragma once

#include "core/domain/Art9Exception.h"
#include "core/domain/RetentionPeriod.h"
#include "core/domain/SpecialCategory.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace pr::core {

// The sensitive kinds of data of one client's processing, with the art. 9(2) ground that fits
// that client and, for children's data, how it is protected: the same three facts an activity
// keeps for itself (ProcessingActivity).
struct SpecialCategoryScope {
    SpecialCategories categories;                        // none = no sensitive data for the client
    QMap<SpecialCategory, Art9Exception> art9Exceptions; // per flagged art. 9 category its ground
    QString childrenSafeguards;                          // when Children is flagged

    friend bool operator==(const SpecialCategoryScope&, const SpecialCategoryScope&) = default;
};

// What a processor activity touches for one of the clients it serves, where that differs from
// the activity itself: a dental practice's backups hold health data and BSNs, an accountant's
// do not. Each part left empty (nullopt) is the activity's own; a part that is set replaces
// it for that client, whether it narrows the activity's list or names other data. The
// client's DPA (art. 2 and Bijlage 1) and its part of the processor register (art. 30(2))
// show the activity as activityForClient() gives it.
struct ClientScope {
    qint64 clientId = 0; // one of the activity's clientIds
    std::optional<QStringList> dataCategories;
    std::optional<SpecialCategoryScope> specialCategories;
    std::optional<QStringList> dataSubjectCategories;
    std::optional<RetentionPeriod> retention;

    // Nothing set: the client gets the activity as it is.
    bool isEmpty() const
    {
        return !dataCategories && !specialCategories && !dataSubjectCategories && !retention;
    }

    friend bool operator==(const ClientScope&, const ClientScope&) = default;
};

} // namespace pr::core
