#pragma once

#include "core/domain/EnumTable.h"

#include <array>

namespace pr::core {

// How a data-subject request reached the firm. A request needs no particular form, so any
// channel counts and starts the deadline.
enum class RequestChannel {
    Email,
    Letter,
    Phone,
    WebForm,
    InPerson,
    Other,
};

template <>
struct EnumTable<RequestChannel> {
    static constexpr std::array entries{
        EnumEntry<RequestChannel>{RequestChannel::Email, u"email",
                                  QT_TRANSLATE_NOOP("Domain", "E-mail")},
        EnumEntry<RequestChannel>{RequestChannel::Letter, u"letter",
                                  QT_TRANSLATE_NOOP("Domain", "Letter")},
        EnumEntry<RequestChannel>{RequestChannel::Phone, u"phone",
                                  QT_TRANSLATE_NOOP("Domain", "Telephone")},
        EnumEntry<RequestChannel>{RequestChannel::WebForm, u"web-form",
                                  QT_TRANSLATE_NOOP("Domain", "Web form")},
        EnumEntry<RequestChannel>{RequestChannel::InPerson, u"in-person",
                                  QT_TRANSLATE_NOOP("Domain", "In person")},
        EnumEntry<RequestChannel>{RequestChannel::Other, u"other",
                                  QT_TRANSLATE_NOOP("Domain", "Other")},
    };
};

} // namespace pr::core
