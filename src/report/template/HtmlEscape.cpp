#include "report/template/HtmlEscape.h"

namespace pr::report {

namespace {

// Returns the entity for CH, or nullptr when CH stays as it is.
template <typename Char>
const char* entityFor(Char ch)
{
    switch (ch) {
    case '&':
        return "&amp;";
    case '<':
        return "&lt;";
    case '>':
        return "&gt;";
    case '"':
        return "&quot;";
    case '\'':
        return "&#39;";
    default:
        return nullptr;
    }
}

} // namespace

QString htmlEscape(const QString& text)
{
    QString result;
    result.reserve(text.size() + text.size() / 8);
    for (const QChar ch : text) {
        if (const char* entity = entityFor(ch.unicode())) {
            result.append(QLatin1String(entity));
        } else {
            result.append(ch);
        }
    }
    return result;
}

std::string htmlEscapeUtf8(const std::string& text)
{
    std::string result;
    result.reserve(text.size() + text.size() / 8);
    for (const char ch : text) {
        if (const char* entity = entityFor(ch)) {
            result.append(entity);
        } else {
            result.push_back(ch);
        }
    }
    return result;
}

} // namespace pr::report
