#include "report/DocumentKind.h"

#include <array>
#include <utility>

namespace pr::report {

namespace {

constexpr std::array kKinds{
    std::pair{DocumentKind::PrivacyStatement, u"privacy-statement"},
    std::pair{DocumentKind::Dpa, u"dpa"},
    std::pair{DocumentKind::ProcessingRegister, u"register"},
    std::pair{DocumentKind::AcknowledgementLetter, u"letter-acknowledgement"},
    std::pair{DocumentKind::IdentificationLetter, u"letter-identification"},
    std::pair{DocumentKind::ExtensionLetter, u"letter-extension"},
    std::pair{DocumentKind::AccessLetter, u"letter-access"},
    std::pair{DocumentKind::RefusalLetter, u"letter-refusal"},
    std::pair{DocumentKind::ErasureLetter, u"letter-erasure"},
    std::pair{DocumentKind::SubProcessorNotice, u"subprocessor-notice"},
    std::pair{DocumentKind::BreachNotificationAp, u"breach-notification-ap"},
    std::pair{DocumentKind::BreachNotificationClient, u"breach-notification-client"},
    std::pair{DocumentKind::BreachNotificationSubjects, u"breach-notification-subjects"},
    std::pair{DocumentKind::BreachRegister, u"breaches"},
};

constexpr std::array kLetters{
    std::pair{DocumentKind::AcknowledgementLetter, u"acknowledgement"},
    std::pair{DocumentKind::IdentificationLetter, u"identification"},
    std::pair{DocumentKind::ExtensionLetter, u"extension"},
    std::pair{DocumentKind::AccessLetter, u"access"},
    std::pair{DocumentKind::RefusalLetter, u"refusal"},
    std::pair{DocumentKind::ErasureLetter, u"erasure"},
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

bool isBreachNotification(DocumentKind kind)
{
    return kind == DocumentKind::BreachNotificationAp ||
           kind == DocumentKind::BreachNotificationClient ||
           kind == DocumentKind::BreachNotificationSubjects;
}

bool isLetter(DocumentKind kind)
{
    return !codeOf(kLetters, kind).isEmpty();
}

QString letterCode(DocumentKind kind)
{
    return codeOf(kLetters, kind);
}

std::optional<DocumentKind> letterFromCode(QStringView code)
{
    return valueOf(kLetters, code);
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
