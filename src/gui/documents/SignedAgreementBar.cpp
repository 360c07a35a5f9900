#include "gui/documents/SignedAgreementBar.h"

#include "core/domain/SignedVersion.h"
#include "gui/sections/DisplayText.h"
#include "report/model/DpaDrift.h"
#include "report/model/DpaModel.h"
#include "usecases/signing/NewAgreementVersion.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pr::gui {

namespace {

const QString kPlain =
    QStringLiteral("QFrame#signedAgreementBar { background: #eef4fb; border: 1px "
                   "solid #9bb8d8; }");
const QString kWarning =
    QStringLiteral("QFrame#signedAgreementBar { background: #fff4e0; border: 1px "
                   "solid #e0a040; }");

} // namespace

SignedAgreementBar::SignedAgreementBar(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_draft(new QCheckBox(tr("Draft of a new version"), this))
    , m_newVersion(new QPushButton(tr("&New version…"), this))
{
    setObjectName(QStringLiteral("signedAgreementBar"));
    m_text->setObjectName(QStringLiteral("signedAgreementText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_draft->setObjectName(QStringLiteral("signedAgreementDraft"));
    m_draft->setToolTip(tr("Show today's register as the draft of a new version, marked on "
                           "every page, instead of the signed PDF"));
    m_newVersion->setObjectName(QStringLiteral("signedAgreementNewVersion"));
    m_newVersion->setToolTip(tr("Add the next version of this agreement as a draft; the signed "
                                "version stays as it was signed"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    auto* row = new QHBoxLayout;
    row->addWidget(m_draft);
    row->addStretch();
    row->addWidget(m_newVersion);
    layout->addLayout(row);
    connect(m_draft, &QCheckBox::toggled, this, &SignedAgreementBar::draftChosen);
    connect(m_newVersion, &QPushButton::clicked, this,
            [this] { Q_EMIT newVersionRequested(m_agreementId); });
    setStyleSheet(kPlain);
    hide();
}

bool SignedAgreementBar::newVersionDraft() const
{
    // For an agreement nobody signed the renderer ignores it: its render is a draft anyway.
    return m_draft->isChecked();
}

void SignedAgreementBar::setNewVersionDraft(bool draft)
{
    m_draft->setChecked(draft);
}

QString SignedAgreementBar::text() const
{
    return m_text->text();
}

void SignedAgreementBar::showFor(const storage::SqliteDatabase& db,
                                 const report::DocumentRequest& request, bool writable)
{
    std::optional<core::Agreement> agreement;
    if (request.kind == report::DocumentKind::Dpa && request.clientId > 0) {
        try {
            agreement = report::DpaModel::agreementFor(db, request.clientId, request.agreementId);
        } catch (const std::exception&) {
            // The preview says why there is no document; the bar has nothing to add.
        }
    }
    if (!agreement || !core::SignedVersion::isSigned(*agreement)) {
        m_agreementId = 0;
        hide();
        return;
    }
    m_agreementId = agreement->id;
    const std::optional<core::SignedVersion> version = core::SignedVersion::of(*agreement);
    const bool draft = m_draft->isChecked();
    QStringList lines;
    if (draft) {
        lines << tr("The preview is today's register as the draft of a new version, marked so "
                    "on every page. It is not the signed agreement.");
    } else if (version && request.format == report::DocumentFormat::Pdf) {
        lines << tr("The preview is the signed version the register keeps: printing and saving "
                    "give exactly this PDF.");
    } else if (version) {
        lines << tr("The signed version is the PDF the register keeps; choose PDF to see it.");
    } else {
        lines << tr("This agreement is signed, but the register keeps no signed PDF. Attach the "
                    "signed copy or its scan to keep it.");
    }
    if (version) {
        lines << tr("Signed on %1%2; SHA-256 %3")
                     .arg(DisplayText::date(version->date),
                          version->signers.isEmpty()
                              ? QString()
                              : tr(" by %1").arg(version->signers.join(QStringLiteral("; "))),
                          version->sha256);
    }
    report::DpaDrift drift;
    try {
        drift = report::DpaDrift::check(db, *agreement);
    } catch (const std::exception&) {
        drift.status = report::DpaDrift::Status::NotComparable;
    }
    lines << (drift.differs() ? drift.warning() : drift.summary());
    m_text->setText(lines.join(u'\n'));
    setStyleSheet(drift.differs() ? kWarning : kPlain);
    m_newVersion->setVisible(writable && usecases::NewAgreementVersion::isOffered(*agreement));
    show();
}

} // namespace pr::gui
