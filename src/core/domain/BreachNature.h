#pragma once

#include "core/domain/EnumTable.h"

#include <array>

namespace pr::core {

// What kind of breach it was, in the terms of the Autoriteit Persoonsgegevens' notification
// form (Meldloket datalekken), which asks to tick every kind that applies. The codes are
// stored and exported: never change them.
enum class BreachNature {
    WrongRecipient,     // sent (e-mail, post) to the wrong recipient
    VisibleAddresses,   // e-mail addresses in To/Cc instead of Bcc
    WrongPerson,        // shown or handed to the wrong person
    DeviceLostOrStolen, // laptop, phone, USB stick, disk
    PaperLostOrStolen,  // paper lost, stolen or left in an unsafe place
    PostLostOrOpened,   // post lost or opened on the way
    Hacking,            // hacking, malware (ransomware) or phishing
    PublishedByMistake, // published by mistake
    NotWiped,           // not removed from a device that was disposed of
    MisuseByInsider,    // seen or used by someone within the organisation without need
    LostOrUnavailable,  // lost, destroyed or no longer available (availability)
    Other,
};

template <>
struct EnumTable<BreachNature> {
    static constexpr std::array entries{
        EnumEntry<BreachNature>{BreachNature::WrongRecipient, u"wrong-recipient",
                                QT_TRANSLATE_NOOP("Domain", "Sent to the wrong recipient")},
        EnumEntry<BreachNature>{
            BreachNature::VisibleAddresses, u"visible-addresses",
            QT_TRANSLATE_NOOP("Domain", "E-mail addresses visible to others (To/Cc instead of "
                                        "Bcc)")},
        EnumEntry<BreachNature>{BreachNature::WrongPerson, u"wrong-person",
                                QT_TRANSLATE_NOOP("Domain", "Shown or given to the wrong person")},
        EnumEntry<BreachNature>{BreachNature::DeviceLostOrStolen, u"device-lost-or-stolen",
                                QT_TRANSLATE_NOOP("Domain", "Device or data carrier lost or "
                                                            "stolen")},
        EnumEntry<BreachNature>{BreachNature::PaperLostOrStolen, u"paper-lost-or-stolen",
                                QT_TRANSLATE_NOOP("Domain", "Paper lost, stolen or left in an "
                                                            "unsafe place")},
        EnumEntry<BreachNature>{BreachNature::PostLostOrOpened, u"post-lost-or-opened",
                                QT_TRANSLATE_NOOP("Domain", "Post lost or opened")},
        EnumEntry<BreachNature>{BreachNature::Hacking, u"hacking-malware-phishing",
                                QT_TRANSLATE_NOOP("Domain", "Hacking, malware (such as "
                                                            "ransomware) or phishing")},
        EnumEntry<BreachNature>{BreachNature::PublishedByMistake, u"published-by-mistake",
                                QT_TRANSLATE_NOOP("Domain", "Published by mistake")},
        EnumEntry<BreachNature>{BreachNature::NotWiped, u"not-wiped",
                                QT_TRANSLATE_NOOP("Domain", "Not removed from a device that "
                                                            "was disposed of")},
        EnumEntry<BreachNature>{BreachNature::MisuseByInsider, u"misuse-by-insider",
                                QT_TRANSLATE_NOOP("Domain", "Seen or used without authority by "
                                                            "someone within the organisation")},
        EnumEntry<BreachNature>{BreachNature::LostOrUnavailable, u"lost-or-unavailable",
                                QT_TRANSLATE_NOOP("Domain", "Lost, destroyed or no longer "
                                                            "available")},
        EnumEntry<BreachNature>{BreachNature::Other, u"other",
                                QT_TRANSLATE_NOOP("Domain", "Other")},
    };
};

} // namespace pr::core
