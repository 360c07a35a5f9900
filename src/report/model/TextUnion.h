#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace pr::report {

// Collects the texts of several activities into one list for a summary ("which data do we
// process"): each text once, ignoring case and surrounding space, in the order first seen,
// with the spelling first seen.
class TextUnion {
public:
    void add(const QStringList& texts);
    const QStringList& values() const { return m_values; }
    // Whether TEXT is among the values, ignoring case and surrounding space.
    bool contains(const QString& text) const
    {
        return m_seen.contains(text.trimmed().toCaseFolded());
    }

private:
    QStringList m_values;
    QSet<QString> m_seen;
};

} // namespace pr::report
