#pragma once

#include <QString>

#include <string>

namespace pr::report {

// Escapes the five characters that can end a text or a quoted attribute in HTML.
// Apostrophes become &#39; rather than &apos;, which not every HTML reader knows (HTML 4).
QString htmlEscape(const QString& text);
// The same on UTF-8, for kainjow's escape handler.
std::string htmlEscapeUtf8(const std::string& text);

} // namespace pr::report
