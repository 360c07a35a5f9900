#pragma once

#include <string>

namespace pr::report {

// Makes a value print literally in Markdown (CommonMark), for the Markdown export of the
// privacy statement: a backslash before every character that could start markup inline
// (emphasis, links, code, HTML, tables), so "<b>" stays text when a website renders the file
// and "{{x}}" stays braces; a leading "-", "+", "=" or "1." that would start a list or
// heading is escaped too; line breaks become spaces, since a value sits inside one line or
// list item of the template. Works on UTF-8: every character it touches is ASCII.
std::string markdownEscapeUtf8(const std::string& text);

} // namespace pr::report
