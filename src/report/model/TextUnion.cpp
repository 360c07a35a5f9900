#include "report/model/TextUnion.h"

namespace pr::report {

void TextUnion::add(const QStringList& texts)
{
    for (const QString& text : texts) {
        const QString trimmed = text.trimmed();
        const QString key = trimmed.toCaseFolded();
        if (trimmed.isEmpty() || m_seen.contains(key)) {
            continue;
        }
        m_seen.insert(key);
        m_values.append(trimmed);
    }
}

} // namespace pr::report
