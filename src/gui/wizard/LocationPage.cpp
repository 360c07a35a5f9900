#include "gui/wizard/LocationPage.h"

#include "core/AppInfo.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace pr::gui {

LocationPage::LocationPage(QWidget* parent)
    : QWizardPage(parent)
    , m_path(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setTitle(tr("Where to keep the register"));
    setSubTitle(tr("The register is one encrypted file. Keep it in a folder that is backed up."));

    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(documents).filePath(
        QStringLiteral("privacyregister.%1").arg(QLatin1String(app::kRegisterSuffix))));
    m_path->setAccessibleName(tr("File of the new register"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setAccessibleName(tr("Choose the file"));
    auto* label = new QLabel(tr("&File:"), this);
    label->setBuddy(m_path);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_problem->setAccessibleName(tr("Problem with the file"));

    auto* row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_problem);
    layout->addStretch();

    connect(browse, &QPushButton::clicked, this, &LocationPage::browse);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_problem->setText(problem());
        Q_EMIT completeChanged();
    });
    m_problem->setText(problem());
}

QString LocationPage::path() const
{
    QString path = QDir::cleanPath(QDir::fromNativeSeparators(m_path->text().trimmed()));
    const QString suffix = QLatin1Char('.') + QLatin1String(app::kRegisterSuffix);
    if (!path.isEmpty() && !path.endsWith(suffix, Qt::CaseInsensitive)) {
        path += suffix;
    }
    return path;
}

QString LocationPage::problem() const
{
    const QString file = path();
    if (file.isEmpty()) {
        return tr("Choose a file name.");
    }
    const QFileInfo info(file);
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir()) {
        return tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder.filePath()));
    }
    if (!folder.isWritable()) {
        return tr("The folder %1 cannot be written to.")
            .arg(QDir::toNativeSeparators(folder.filePath()));
    }
    if (info.exists()) {
        return tr("%1 already exists. Choose another name: an existing file is never "
                  "overwritten.")
            .arg(info.fileName());
    }
    return {};
}

bool LocationPage::isComplete() const
{
    return problem().isEmpty();
}

void LocationPage::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("New register"), m_path->text(),
        tr("Registers (*.%1)").arg(QLatin1String(app::kRegisterSuffix)), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty()) {
        m_path->setText(QDir::toNativeSeparators(chosen));
    }
}

} // namespace pr::gui
