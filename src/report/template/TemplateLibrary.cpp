#include "report/template/TemplateLibrary.h"

#include "report/ReportError.h"
#include "report/template/TemplateScanner.h"
#include "storage/ByteView.h"
#include "storage/RegisterErrors.h"
#include "storage/file/AtomicFile.h"
#include "storage/file/WriteFailure.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <utility>

using namespace Qt::StringLiterals;

namespace pr::report {

namespace {

// Matches the PREFIX of qt_add_resources in src/report/CMakeLists.txt.
const QString kResourceFolder = u":/pr/report/templates/"_s;
const QString kPartialFolder = u"partials/"_s;

QString partialName(const QString& fileName)
{
    // "partials/style.html" is {{> style}}.
    return QFileInfo(fileName).completeBaseName();
}

} // namespace

TemplateLibrary::TemplateLibrary(QString userFolder)
    : m_userFolder(std::move(userFolder))
{}

QString TemplateLibrary::defaultUserFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/templates"_s;
}

QStringList TemplateLibrary::builtInNames()
{
    QStringList names;
    for (QDirIterator it(kResourceFolder, QDir::Files, QDirIterator::Subdirectories);
         it.hasNext();) {
        names.append(it.next().mid(kResourceFolder.size()));
    }
    names.sort();
    return names;
}

bool TemplateLibrary::isBuiltIn(const QString& name)
{
    return !name.contains(u".."_s) && QFile::exists(kResourceFolder + name);
}

QString TemplateLibrary::builtInText(const QString& name)
{
    QFile file(kResourceFolder + name);
    if (!isBuiltIn(name) || !file.open(QIODevice::ReadOnly)) {
        throw ReportError(tr("There is no template \"%1\".").arg(name).toStdString());
    }
    return QString::fromUtf8(file.readAll());
}

QString TemplateLibrary::userPath(const QString& name) const
{
    return m_userFolder.isEmpty() ? QString() : QDir(m_userFolder).filePath(name);
}

bool TemplateLibrary::hasUserCopy(const QString& name) const
{
    return !m_userFolder.isEmpty() && QFileInfo(userPath(name)).isFile();
}

QString TemplateLibrary::readUserCopy(const QString& name) const
{
    return QString::fromUtf8(storage::AtomicFile::read(userPath(name)));
}

TemplateLibrary::Template TemplateLibrary::load(const QString& name) const
{
    Template loaded;
    loaded.name = name;
    loaded.userCopy = hasUserCopy(name);
    if (loaded.userCopy) {
        loaded.origin = userPath(name);
        loaded.text = readUserCopy(name);
    } else {
        loaded.origin = kResourceFolder + name;
        loaded.text = builtInText(name);
    }
    renderer().check(loaded.text, loaded.origin);
    return loaded;
}

TemplateRenderer TemplateLibrary::renderer() const
{
    TemplateRenderer renderer;
    for (const QString& name : builtInNames()) {
        if (!name.startsWith(kPartialFolder)) {
            continue;
        }
        const bool user = hasUserCopy(name);
        const QString text = user ? readUserCopy(name) : builtInText(name);
        // setPartial checks the syntax too, but names the partial; this names the file.
        TemplateScanner::scan(user ? userPath(name) : kResourceFolder + name, text);
        renderer.setPartial(partialName(name), text);
    }
    return renderer;
}

void TemplateLibrary::saveUserCopy(const QString& name, const QString& text) const
{
    if (m_userFolder.isEmpty() || !isBuiltIn(name)) {
        throw ReportError(tr("There is no template \"%1\".").arg(name).toStdString());
    }
    if (name.startsWith(kPartialFolder)) {
        TemplateScanner::scan(userPath(name), text);
    } else {
        renderer().check(text, userPath(name));
    }
    const QString path = userPath(name);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        throw storage::writeFailure(path, tr("The folder cannot be created."));
    }
    storage::AtomicFile::write(path, storage::byteView(text.toUtf8()));
}

void TemplateLibrary::removeUserCopy(const QString& name) const
{
    if (hasUserCopy(name) && !QFile::remove(userPath(name))) {
        throw storage::writeFailure(userPath(name), tr("The file cannot be deleted."));
    }
}

} // namespace pr::report
