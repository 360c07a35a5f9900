#include "core/domain/DataSubjectRight.h"

namespace pr::core {

QString gdprArticle(DataSubjectRight right)
{
    switch (right) {
    case DataSubjectRight::Access:
        return QStringLiteral("15");
    case DataSubjectRight::Rectification:
        return QStringLiteral("16");
    case DataSubjectRight::Erasure:
        return QStringLiteral("17");
    case DataSubjectRight::Restriction:
        return QStringLiteral("18");
    case DataSubjectRight::Portability:
        return QStringLiteral("20");
    case DataSubjectRight::Objection:
        return QStringLiteral("21");
    case DataSubjectRight::ConsentWithdrawal:
        return QStringLiteral("7(3)");
    }
    return {};
}

} // namespace pr::core
