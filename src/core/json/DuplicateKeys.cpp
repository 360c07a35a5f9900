#include "core/json/DuplicateKeys.h"

#include "core/json/JsonMessages.h"
#include "core/json/JsonPath.h"

#include <QSet>
#include <QString>

#include <vector>

namespace pr::core::json {

namespace {

// One open object or array while scanning, and where it is.
struct Level {
    bool isObject = false;
    QString path;
    QSet<QString> keys;  // objects: the keys seen so far
    QString currentKey;  // objects: the key whose value comes next
    qsizetype index = 0; // arrays: the index of the next item
};

// A scanner over text that is known to be valid JSON: it only has to find strings, the
// brackets that open and close objects and arrays, and the colons and commas between them.
class KeyScanner {
public:
    explicit KeyScanner(const QByteArray& utf8)
        : m_text(utf8)
    {}

    QList<JsonIssue> run()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text.at(m_pos);
            switch (c) {
            case '{':
            case '[':
                open(c == '{');
                ++m_pos;
                break;
            case '}':
            case ']':
                m_levels.pop_back();
                ++m_pos;
                break;
            case ',':
                if (!m_levels.empty() && !m_levels.back().isObject) {
                    ++m_levels.back().index;
                }
                m_expectKey = !m_levels.empty() && m_levels.back().isObject;
                ++m_pos;
                break;
            case '"':
                string();
                break;
            default:
                ++m_pos;
                break;
            }
        }
        return m_issues;
    }

private:
    QString pathOfNextValue() const
    {
        if (m_levels.empty()) {
            return QStringLiteral("$");
        }
        const Level& level = m_levels.back();
        return level.isObject ? memberPath(level.path, level.currentKey)
                              : indexPath(level.path, level.index);
    }

    void open(bool isObject)
    {
        Level level;
        level.isObject = isObject;
        level.path = pathOfNextValue();
        m_levels.push_back(std::move(level));
        m_expectKey = isObject;
    }

    void string()
    {
        const QString text = readString();
        if (!m_expectKey) {
            return;
        }
        m_expectKey = false;
        Level& level = m_levels.back();
        level.currentKey = text;
        if (level.keys.contains(text)) {
            m_issues.append({memberPath(level.path, text), messages::duplicateKey()});
        } else {
            level.keys.insert(text);
        }
    }

    // Reads the string at m_pos (its opening quote) and decodes its escapes.
    QString readString()
    {
        ++m_pos;
        QByteArray raw;
        QString decoded;
        const auto flushRaw = [&] {
            decoded += QString::fromUtf8(raw);
            raw.clear();
        };
        while (m_pos < m_text.size()) {
            const char c = m_text.at(m_pos++);
            if (c == '"') {
                break;
            }
            if (c != '\\' || m_pos >= m_text.size()) {
                raw.append(c);
                continue;
            }
            const char escaped = m_text.at(m_pos++);
            switch (escaped) {
            case 'b':
                raw.append('\b');
                break;
            case 'f':
                raw.append('\f');
                break;
            case 'n':
                raw.append('\n');
                break;
            case 'r':
                raw.append('\r');
                break;
            case 't':
                raw.append('\t');
                break;
            case 'u': {
                flushRaw();
                bool ok = false;
                const ushort unit = m_text.mid(m_pos, 4).toUShort(&ok, 16);
                m_pos += 4;
                decoded += QChar(ok ? unit : ushort{0xFFFD});
                break;
            }
            default: // '"', '\\', '/'
                raw.append(escaped);
                break;
            }
        }
        flushRaw();
        return decoded;
    }

    const QByteArray& m_text;
    qsizetype m_pos = 0;
    bool m_expectKey = false;
    std::vector<Level> m_levels;
    QList<JsonIssue> m_issues;
};

} // namespace

QList<JsonIssue> findDuplicateKeys(const QByteArray& utf8)
{
    return KeyScanner(utf8).run();
}

} // namespace pr::core::json
