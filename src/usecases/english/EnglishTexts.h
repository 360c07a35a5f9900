#pragma once

#include "core/domain/EnglishGlossary.h"
#include "core/domain/Organisation.h"
#include "core/domain/RegisterTexts.h"
#include "usecases/ChangeResult.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace pr::usecases {

class UseCaseContext;

// One text that the English DPAs take from the register, with its English version.
struct EnglishTextRow {
    QString dutch;
    QString english;                                        // empty when there is none
    core::EnglishSource source = core::EnglishSource::None; // where the English comes from
    bool inUse = true; // false: recorded for a text the register no longer holds

    friend bool operator==(const EnglishTextRow&, const EnglishTextRow&) = default;
};

// The English versions of the register's texts, for both front ends: which texts the English
// DPA shows, which of them are still in Dutch, and recording an English version. The English
// is kept with the organisation (core::Organisation::englishTexts); recording it is a change
// of the organisation profile, audited and undone as one.
class EnglishTexts {
    Q_DECLARE_TR_FUNCTIONS(EnglishTexts)

public:
    // The glossary of the register of CONTEXT: its recorded English and the shipped catalogues'.
    static core::EnglishGlossary glossary(const core::Organisation& organisation);

    // Every text an English DPA can take from the register, each once: those of the activities
    // done as processor (with their per-client parts), then the security measures, then the
    // sub-processors; after them the recorded versions of texts no longer in use (inUse
    // false), so that they can be removed.
    static QList<EnglishTextRow> rows(const UseCaseContext& context);

    // The texts the English DPA of agreement AGREEMENT_ID would show in Dutch, each once;
    // empty when there are none or there is no such agreement.
    static QStringList withoutEnglish(const UseCaseContext& context, qint64 agreementId);
    // That list as one warning for a person about to send or print the English DPA; empty
    // when there is nothing to say.
    static QString warning(const UseCaseContext& context, qint64 agreementId);

    // ORGANISATION with ENGLISH recorded for DUTCH; an empty ENGLISH removes the recorded
    // version (a catalogue item then shows the catalogue's English again).
    static core::Organisation withEnglish(core::Organisation organisation, const QString& dutch,
                                          const QString& english);
    // ORGANISATION with each of CHANGES applied as withEnglish() does.
    static core::Organisation withEnglish(core::Organisation organisation,
                                          const QList<core::EnglishText>& changes);
    // Records ENGLISH for DUTCH (as withEnglish()) in one write.
    static ChangeResult record(const UseCaseContext& context, const QString& dutch,
                               const QString& english);
};

} // namespace pr::usecases
