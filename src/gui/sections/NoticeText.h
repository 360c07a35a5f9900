#pragma once

#include "core/domain/SubProcessorNotice.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace pr::gui {

// A sub-processor notice in one line of a detail pane, where it stands on TODAY: "Lindeboom
// Accountants B.V.: told on 8-12-2026, may object until 7-1-2027 (2 weeks left)", or with its
// objection and outcome. PARTY is the other side: the client in a sub-processor's details,
// the sub-processor in a client's.
class NoticeText {
    Q_DECLARE_TR_FUNCTIONS(NoticeText)

public:
    static QString line(const core::SubProcessorNotice& notice, const QString& party, QDate today);
};

} // namespace pr::gui
