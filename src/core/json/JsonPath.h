#pragma once

#include <QString>

// Building the paths that issues carry: "$.activities[3].purposes[0]". The root is "$"; a
// member is appended with a dot, an array item with its index in brackets, as JSONPath writes
// them and as the validation of the domain types names fields ("purposes[0]").

namespace pr::core::json {

inline QString memberPath(const QString& path, const QString& key)
{
    return path + u'.' + key;
}

inline QString indexPath(const QString& path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

} // namespace pr::core::json
