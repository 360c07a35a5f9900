#include "report/template/MarkdownEscape.h"

#include <cctype>
#include <string_view>

namespace pr::report {

namespace {

// CommonMark lets any ASCII punctuation be escaped; these are the ones that start markup
// within a line ("&" an entity, "<" HTML, "|" a table cell, "{" and "}" for Mustache-looking
// text, which some site generators expand).
constexpr std::string_view kInlineMarkup = "\\`*_[]<>#|~&!{}";
// At the start of a line these begin a list, a quote or a heading underline.
constexpr std::string_view kLineStartMarkup = "-+=";

} // namespace

std::string markdownEscapeUtf8(const std::string& text)
{
    std::string result;
    result.reserve(text.size() + text.size() / 4);
    // A value may start a line ("- {{.}}" puts it after a list marker, which still counts).
    std::size_t digitsAtStart = 0;
    bool atStart = true;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char ch = text[i];
        if (ch == '\r') {
            continue;
        }
        if (ch == '\n') {
            ch = ' ';
        }
        if (atStart && ch == ' ' && digitsAtStart == 0) {
            result.push_back(ch); // spaces before a marker do not stop it being one
            continue;
        }
        if (atStart && std::isdigit(static_cast<unsigned char>(ch)) != 0) {
            ++digitsAtStart;
            result.push_back(ch);
            continue;
        }
        if (atStart && digitsAtStart > 0 && (ch == '.' || ch == ')')) {
            result.push_back('\\'); // "1." would start an ordered list
        } else if ((atStart && kLineStartMarkup.find(ch) != std::string_view::npos) ||
                   kInlineMarkup.find(ch) != std::string_view::npos) {
            result.push_back('\\');
        }
        atStart = false;
        result.push_back(ch);
    }
    return result;
}

} // namespace pr::report
