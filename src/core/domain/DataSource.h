#pragma once

#include "core/domain/EnumTable.h"

#include <array>

namespace pr::core {

// Where the data of a processing comes from. It decides which article governs the privacy
// statement: art. 13 when collected from the person, art. 14 (which adds the categories of
// data and their source) otherwise.
enum class DataSource {
    DataSubject, // collected from the person it is about
    OtherSource, // obtained elsewhere: a client, an employer, a public register
};

template <>
struct EnumTable<DataSource> {
    static constexpr std::array entries{
        EnumEntry<DataSource>{DataSource::DataSubject, u"data-subject",
                              QT_TRANSLATE_NOOP("Domain", "From the data subject")},
        EnumEntry<DataSource>{DataSource::OtherSource, u"other",
                              QT_TRANSLATE_NOOP("Domain", "From another source")},
    };
};

} // namespace pr::core
