#include "report/DocumentKind.h"

#include <array>
#include <utility>

namespace pr::report {

namespace {

constexpr std::array kKinds{
    std::pair{DocumentKind::PrivacyStatement, u"privacy-statement"},
    std::pair{DocumentKind::Dpa, u"dpa"},
    std::pair{DocumentKind::ProcessingRegister, u"register"},
};

constexpr std::array kFormats{
    std::pair{DocumentFormat::Pdf, u"pdf"},
    std::pair{DocumentFormat::Html, u"html"},
    std::pair{DocumentFormat::Markdown, u"md"},
};

template <typename E, std::size_t N>
QString codeOf(const std::array<std::pair<E, const char16_t*>, N>& table, E value)
{
    for (const auto& [entry, code] : table) {
        if (entry == value) {
            return QStringView(code).toString();
        }
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char16_t*>, N>& table,
                         QStringView code)
{
    for (const auto& [entry, entryCode] : table) {
        if (QStringView(entryCode) == code) {
            return entry;
        }
    }
    return std::nullopt;
}

} // namespace

QString documentKindCode(DocumentKind kind)
{
    return codeOf(kKinds, kind);
}

std::optional<DocumentKind> documentKindFromCode(QStringView code)
{
    return valueOf(kKinds, code);
}

QString documentFormatCode(DocumentFormat format)
{
    return codeOf(kFormats, format);
}

std::optional<DocumentFormat> documentFormatFromCode(QStringView code)
{
    return valueOf(kFormats, code);
}

} // namespace pr::report
